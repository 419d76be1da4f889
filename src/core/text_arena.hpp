// core/text_arena: storage for text decoded during one call, at addresses that never move (so
// views into it stay valid), freed all at once. Small pieces share 4 KB blocks; a large one
// (an article's markdown) gets a block of its own.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace cr {

class TextArena {
 public:
  // n bytes to write into; they stay valid as long as the arena.
  char* allocate(std::size_t n);
  // Gives back the tail of the last allocation when fewer bytes were written than asked for
  // (nothing, when that allocation was a large piece with a block of its own).
  void shrink_last(char* start, std::size_t used);
  std::string_view store(std::string_view text);

 private:
  static constexpr std::size_t kBlock = 4096;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* free_ = nullptr;  // where the shared block's next piece goes
  char* last_ = nullptr;  // the shared block's last piece, which shrink_last may cut short
  std::size_t left_ = 0;
};

}  // namespace cr
