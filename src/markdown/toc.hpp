// markdown/toc: the headings an article keeps, in order (the result's `toc`): level, id (with
// the prefix) and text (whitespace collapsed). Every string lives in one buffer, so a document
// with hundreds of headings costs two growing allocations, not two per heading.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/buffer.hpp"

namespace cr::markdown {

class Toc {
 public:
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  int level(std::size_t i) const { return entries_[i].level; }
  std::string_view id(std::size_t i) const { return {text_.data() + entries_[i].id, entries_[i].id_length}; }
  std::string_view text(std::size_t i) const {
    return {text_.data() + entries_[i].text, entries_[i].text_length};
  }

  // A heading: `level`, its id, and its text as written (whitespace runs become one space,
  // leading and trailing whitespace goes).
  void add(int level, std::string_view id, std::string_view text);

 private:
  struct Entry {
    int level;
    std::uint32_t id, id_length, text, text_length;  // offsets into text_
  };
  std::vector<Entry> entries_;
  Buffer text_;
};

}  // namespace cr::markdown
