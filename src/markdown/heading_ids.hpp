// markdown/heading_ids: GitHub-style slugs for heading ids ("Memory Safety" -> "memory-safety"),
// unique within one output.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/buffer.hpp"

namespace cr::markdown {

class HeadingIds {
 public:
  // Marks an id as taken (the article's own ids, so a heading cannot steal them).
  void reserve(std::string_view id);
  // Appends to `out` the slug of `text`, with "-1", "-2", ... appended when it is taken (never
  // empty: "section"), and marks it taken.
  void make(std::string_view text, Buffer& out);
  // Whether `id` was given out (or reserved).
  bool taken(std::string_view id) const;

 private:
  void insert(std::string_view id);
  std::string_view at(std::uint32_t slot) const;

  // An open-addressing set of the ids given out: slots hold offsets into `ids_` (+1; 0 = empty).
  Buffer ids_;                       // each id followed by its length as 4 bytes
  std::vector<std::uint32_t> slots_;
  std::size_t count_ = 0;
};

// The slug alone: ASCII letters lower-cased, letters/digits/'_'/'-' and non-ASCII letters kept,
// spaces turned into '-', punctuation and symbols dropped.
void append_slug(Buffer& out, std::string_view text);

}  // namespace cr::markdown
