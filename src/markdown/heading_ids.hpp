// markdown/heading_ids: GitHub-style slugs for heading ids ("Memory Safety" -> "memory-safety"),
// unique within one output.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace cr::markdown {

class HeadingIds {
 public:
  // Marks an id as taken (the article's own ids, so a heading cannot steal them).
  void reserve(std::string_view id) { used_.emplace(id); }
  // The slug of `text`, with "-1", "-2", ... appended when it is taken; never empty.
  std::string make(std::string_view text);

 private:
  std::unordered_set<std::string> used_;
  std::unordered_map<std::string, int> last_suffix_;  // per slug: every suffix up to it is taken
};

// The slug alone: ASCII letters lower-cased, letters/digits/'_'/'-' and non-ASCII letters kept,
// spaces turned into '-', punctuation and symbols dropped.
std::string slugify(std::string_view text);

}  // namespace cr::markdown
