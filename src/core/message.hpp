// core/message: error messages and warnings put together from pieces. One out-of-line function
// joins them, so a call site costs a list of views instead of a chain of std::string
// concatenations (measured: a chain of five `+` is about a kilobyte of WebAssembly, and the
// module has about a hundred such sites, nearly all on paths a good payload never takes).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace cr {

std::string message(std::initializer_list<std::string_view> pieces);

// Payload text quoted in a message: its first 60 bytes or so, cut between characters, and "…"
// where it was cut. A warning about one row must not repeat a megabyte of it.
std::string excerpt(std::string_view text);

// A whole number as text, for a message piece (no allocation).
class Decimal {
 public:
  explicit Decimal(std::uint64_t n);
  operator std::string_view() const { return {digits_ + start_, sizeof digits_ - start_}; }  // NOLINT: a piece

 private:
  char digits_[20];
  std::uint8_t start_;
};

// A whole number and its noun, for a message piece: "1 byte", "2 bytes" (the English plural:
// an "s" for all but one). Nouns up to 24 bytes.
class Count {
 public:
  Count(std::uint64_t n, std::string_view noun);
  operator std::string_view() const { return {text_, size_}; }  // NOLINT: a piece

 private:
  char text_[48];
  std::uint8_t size_;
};

}  // namespace cr
