// markdown/heading_ids: GitHub-style slugs for heading ids ("Memory Safety" -> "memory-safety"),
// unique within one output.
#pragma once

#include <cstdint>
#include <set>
#include <string_view>
#include <vector>

#include "core/buffer.hpp"

namespace cr::markdown {

class HeadingIds {
 public:
  HeadingIds() = default;
  HeadingIds(const HeadingIds&) = delete;  // the tree's order refers to this object
  HeadingIds& operator=(const HeadingIds&) = delete;
  // Marks an id as taken (the article's own ids, so a heading cannot steal them).
  void reserve(std::string_view id);
  // Appends to `out` the slug of `text`, with "-1", "-2", ... appended when it is taken (never
  // empty: "section"), and marks it taken.
  void make(std::string_view text, Buffer& out);
  // Whether `id` was given out (or reserved).
  bool taken(std::string_view id) const { return find(id) != kNone; }
  // Whether a probe ran long enough to move the ids into the tree (below; tests ask).
  bool in_tree() const { return in_tree_; }

 private:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  std::uint32_t find(std::string_view id) const;  // the id's record, or kNone
  void insert(std::string_view id);
  std::string_view at(std::uint32_t record) const;
  // The tree's side, out of line: only slugs chosen to collide get there.
  void use_tree() const;
  std::uint32_t find_in_tree(std::string_view id) const;

  // The ids given out are records in `ids_` (the id's length and the last suffix tried, 4 bytes
  // each, then its bytes), found through an open-addressing table on FNV-1a. The headings are
  // the payload's and anyone can compute FNV-1a, so a payload can pick thousands of slugs that
  // share a slot (1.4 MB took 1.8 s). A probe longer than any honest one moves the ids into a
  // tree ordered by their text, which no input makes slow, for the rest of the render (a tree
  // from the start cost ~1 us more per heading: a 1 MB article 3.7 -> 6.4 ms).
  struct ByText {
    using is_transparent = void;
    const HeadingIds* ids;
    bool operator()(std::uint32_t a, std::uint32_t b) const { return ids->at(a) < ids->at(b); }
    bool operator()(std::uint32_t a, std::string_view b) const { return ids->at(a) < b; }
    bool operator()(std::string_view a, std::uint32_t b) const { return a < ids->at(b); }
  };
  Buffer ids_;
  mutable std::vector<std::uint32_t> slots_;  // record offset + 1; 0 = empty
  std::size_t count_ = 0;
  mutable std::set<std::uint32_t, ByText> tree_{ByText{this}};
  mutable bool in_tree_ = false;
  mutable std::size_t tree_next_ = 0;  // the first record not in the tree yet
};

// The slug alone: ASCII letters lower-cased, letters/digits/'_'/'-' and non-ASCII letters kept,
// spaces turned into '-', punctuation and symbols dropped.
void append_slug(Buffer& out, std::string_view text);

}  // namespace cr::markdown
