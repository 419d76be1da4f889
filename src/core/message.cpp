#include "core/message.hpp"

namespace cr {

std::string message(std::initializer_list<std::string_view> pieces) {
  std::size_t n = 0;
  for (std::string_view p : pieces) n += p.size();
  std::string out;
  out.reserve(n);
  for (std::string_view p : pieces) out.append(p.data(), p.size());
  return out;
}

std::string excerpt(std::string_view text) {
  constexpr std::size_t kBytes = 60;
  if (text.size() <= kBytes + 3) return std::string(text);  // as short as with the cut and "…"
  std::size_t cut = kBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return message({text.substr(0, cut), "\u2026"});
}

Decimal::Decimal(std::uint64_t n) : start_(sizeof digits_) {
  do digits_[--start_] = static_cast<char>('0' + n % 10); while ((n /= 10) != 0);
}

Count::Count(std::uint64_t n, std::string_view noun) : size_(0) {
  const Decimal decimal(n);
  const std::string_view digits = decimal;
  noun = noun.substr(0, sizeof text_ - digits.size() - 2);
  for (std::string_view piece : {digits, std::string_view(" "), noun, std::string_view(n == 1 ? "" : "s")}) {
    piece.copy(text_ + size_, piece.size());
    size_ = static_cast<std::uint8_t>(size_ + piece.size());
  }
}

}  // namespace cr
