// markdown/heading_ids: GitHub-style slugs for heading ids ("Memory Safety" -> "memory-safety"),
// unique within one output.
#pragma once

#include <cstdint>
#include <set>
#include <string_view>

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
  bool taken(std::string_view id) const;

 private:
  void insert(std::string_view id);
  std::string_view at(std::uint32_t record) const;

  // The ids given out, ordered by their text: records at offsets into `ids_`. A tree and not a
  // hash table, because the headings are the payload's: a hash anyone can compute lets a
  // payload pick thousands of slugs that share a slot (found with FNV-1a: 1.4 MB, 1.8 s).
  struct ByText {
    using is_transparent = void;
    const HeadingIds* ids;
    bool operator()(std::uint32_t a, std::uint32_t b) const { return ids->at(a) < ids->at(b); }
    bool operator()(std::uint32_t a, std::string_view b) const { return ids->at(a) < b; }
    bool operator()(std::string_view a, std::uint32_t b) const { return a < ids->at(b); }
  };
  Buffer ids_;  // records: the id's length and last suffix (4 bytes each), then its bytes
  std::set<std::uint32_t, ByText> given_{ByText{this}};
};

// The slug alone: ASCII letters lower-cased, letters/digits/'_'/'-' and non-ASCII letters kept,
// spaces turned into '-', punctuation and symbols dropped.
void append_slug(Buffer& out, std::string_view text);

}  // namespace cr::markdown
