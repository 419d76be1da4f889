#include "core/text_arena.hpp"

#include <cstring>

namespace cr {

char* TextArena::allocate(std::size_t n) {
  if (n > left_) {
    if (n > kBlock / 4) {  // a large piece: its own block, leaving the current one as it is
      blocks_.push_back(std::unique_ptr<char[]>(new char[n ? n : 1]));
      last_ = nullptr;  // nothing of the shared block to give back
      return blocks_.back().get();
    }
    blocks_.push_back(std::unique_ptr<char[]>(new char[kBlock]));
    free_ = blocks_.back().get();
    left_ = kBlock;
  }
  last_ = free_;
  free_ += n;
  left_ -= n;
  return last_;
}

void TextArena::shrink_last(char* start, std::size_t used) {
  // Only the shared block's last piece has a tail to give back: a large piece has a block of
  // its own, which may lie anywhere in memory (comparing its address with the shared block's
  // once moved the write position into it, and later pieces past its end).
  if (start == last_ && used <= static_cast<std::size_t>(free_ - start)) {
    left_ += static_cast<std::size_t>(free_ - (start + used));
    free_ = start + used;
  }
}

std::string_view TextArena::store(std::string_view text) {
  char* at = allocate(text.size());
  std::memcpy(at, text.data(), text.size());
  return {at, text.size()};
}

}  // namespace cr
