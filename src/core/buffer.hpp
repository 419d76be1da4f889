// core/buffer: the growable byte buffer every stage writes its output into.
// Writing HTML is mostly appending short literals and runs of text. std::string::append is an
// out-of-line library call in WebAssembly (libc++ instantiates basic_string<char> once, in the
// library) and keeps a NUL terminator and a short-string mode up to date; this buffer's appends
// are inline, and a literal's copy becomes a few stores. Profiled on the seed render, the string
// calls were a fifth of the time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace cr {

class Buffer {
 public:
  Buffer() = default;
  Buffer(const Buffer&) = delete;
  Buffer& operator=(const Buffer&) = delete;
  Buffer(Buffer&& other) noexcept : data_(other.data_), size_(other.size_), capacity_(other.capacity_) {
    other.data_ = nullptr;
    other.size_ = other.capacity_ = 0;
  }
  Buffer& operator=(Buffer&& other) noexcept {
    if (this != &other) {
      release();
      data_ = other.data_;
      size_ = other.size_;
      capacity_ = other.capacity_;
      other.data_ = nullptr;
      other.size_ = other.capacity_ = 0;
    }
    return *this;
  }
  ~Buffer() { release(); }

  const char* data() const { return data_; }
  char* data() { return data_; }
  std::size_t size() const { return size_; }
  std::size_t capacity() const { return capacity_; }
  bool empty() const { return size_ == 0; }
  std::string_view view() const { return {data_, size_}; }
  std::string str() const { return std::string(data_, size_); }
  char operator[](std::size_t i) const { return data_[i]; }
  char back() const { return data_[size_ - 1]; }

  void clear() { size_ = 0; }
  // Keeps the first n bytes (n <= size()).
  void truncate(std::size_t n) { size_ = n; }
  void reserve(std::size_t n) {
    if (n > capacity_) grow_to(n);
  }
  // Frees the memory when it is larger than `keep` bytes, so one huge call does not pin it.
  void shrink_if_over(std::size_t keep) {
    if (capacity_ > keep) release();
  }

  // `p` must not point into this buffer (growing it may move the bytes). A literal's few bytes
  // are copied in place (its length is a constant after inlining); other text goes through one
  // out-of-line function, which keeps the hundreds of call sites small.
  void append(const char* p, std::size_t n) {
    if (__builtin_constant_p(n) && n <= 16 && n <= capacity_ - size_) {
      copy_small(data_ + size_, p, n);
      size_ += n;
    } else {
      append_text(p, n);
    }
  }
  void append(std::string_view s) { append(s.data(), s.size()); }
  // A literal: its length comes from its type (no strlen, even where the optimiser inlines little).
  template <std::size_t N>
  void append(const char (&literal)[N]) {
    append(literal, N - 1);
  }
  void push_back(char c) {
    if (size_ == capacity_) grow_to(size_ + 1);
    data_[size_++] = c;
  }
  Buffer& operator+=(std::string_view s) {
    append(s);
    return *this;
  }
  template <std::size_t N>
  Buffer& operator+=(const char (&literal)[N]) {
    append(literal, N - 1);
    return *this;
  }
  Buffer& operator+=(char c) {
    push_back(c);
    return *this;
  }
  // Room for n more bytes, returned for the caller to fill; size() grows by n.
  char* extend(std::size_t n) {
    if (n > capacity_ - size_) grow_to(size_ + n);
    char* at = data_ + size_;
    size_ += n;
    return at;
  }
  // Inserts s before byte `at` (moves the bytes after it: for short tails only).
  void insert(std::size_t at, std::string_view s);

 private:
  // A few bytes: two overlapping word copies (with a constant n the branches fold away).
  static void copy_small(char* d, const char* s, std::size_t n) {
    if (n >= 8) {
      std::uint64_t a, b;
      std::memcpy(&a, s, 8);
      std::memcpy(&b, s + n - 8, 8);
      std::memcpy(d, &a, 8);
      std::memcpy(d + n - 8, &b, 8);
    } else if (n >= 4) {
      std::uint32_t a, b;
      std::memcpy(&a, s, 4);
      std::memcpy(&b, s + n - 4, 4);
      std::memcpy(d, &a, 4);
      std::memcpy(d + n - 4, &b, 4);
    } else if (n > 0) {
      d[0] = s[0];
      d[n / 2] = s[n / 2];
      d[n - 1] = s[n - 1];
    }
  }
  void append_text(const char* p, std::size_t n);
  void grow_to(std::size_t need);  // at least `need` bytes of capacity, growing geometrically
  void release();

  char* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

}  // namespace cr
