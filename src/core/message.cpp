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

Decimal::Decimal(std::uint64_t n) : start_(sizeof digits_) {
  do digits_[--start_] = static_cast<char>('0' + n % 10); while ((n /= 10) != 0);
}

}  // namespace cr
