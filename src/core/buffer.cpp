#include "core/buffer.hpp"

#include <cstdlib>

namespace cr {

void Buffer::grow_to(std::size_t need) {
  // A first allocation of 256 bytes: most of a render's small buffers (a heading's tag and id,
  // the ids given out, the matrix's repeated cells) then never grow again.
  std::size_t capacity = capacity_ < 256 ? 256 : capacity_ + capacity_ / 2;
  if (capacity < need) capacity = need;
  auto* grown = static_cast<char*>(std::realloc(data_, capacity));
  // Out of memory: as std::string would, stop; the bindings turn the trap into "internal".
  if (!grown) std::abort();
  data_ = grown;
  capacity_ = capacity;
}

void Buffer::append_text(const char* p, std::size_t n) {
  if (n == 0) return;  // memcpy from a null pointer is undefined even for no bytes
  if (n > capacity_ - size_) grow_to(size_ + n);
  // Most runs of text between escapes and markup are short. WebAssembly's memory.copy (what
  // memcpy becomes) is a call into the engine with a fixed cost; a few loads and stores are not.
  if (n <= 16) copy_small(data_ + size_, p, n);
  else std::memcpy(data_ + size_, p, n);
  size_ += n;
}

void Buffer::release() {
  std::free(data_);
  data_ = nullptr;
  size_ = capacity_ = 0;
}

void Buffer::insert(std::size_t at, std::string_view s) {
  std::size_t tail = size_ - at;
  extend(s.size());
  std::memmove(data_ + at + s.size(), data_ + at, tail);
  std::memcpy(data_ + at, s.data(), s.size());
}

}  // namespace cr
