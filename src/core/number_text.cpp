#include "core/number_text.hpp"

#include <cstdint>

#include "core/number_platform.hpp"

namespace cr::number_text {

namespace {

// Every power of ten a double holds exactly.
constexpr double kPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                              1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

}  // namespace

double parse(std::string_view s) {
  // Clinger's fast path: at most 15 significant digits and a power of ten a double holds
  // exactly make one correctly rounded multiplication or division.
  std::size_t i = 0;
  const bool negative = !s.empty() && s[0] == '-';
  if (negative) ++i;
  std::uint64_t mantissa = 0;
  int digits = 0, exponent = 0;
  bool leading = true;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
    if (leading && s[i] == '0') continue;
    leading = false;
    mantissa = mantissa * 10 + static_cast<unsigned>(s[i] - '0');
    if (++digits > 15) return number_platform::parse(s);
  }
  if (i < s.size() && s[i] == '.') {
    for (++i; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
      if (leading && s[i] == '0') { --exponent; continue; }
      leading = false;
      mantissa = mantissa * 10 + static_cast<unsigned>(s[i] - '0');
      --exponent;
      if (++digits > 15) return number_platform::parse(s);
    }
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    const bool minus = i < s.size() && s[i] == '-';
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    int e = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
      if (e > 10000) return number_platform::parse(s);
      e = e * 10 + (s[i] - '0');
    }
    exponent += minus ? -e : e;
  }
  double value = static_cast<double>(mantissa);
  if (mantissa == 0) {
    value = 0;
  } else if (exponent >= 0 && exponent <= 22) {
    value *= kPowers[exponent];
  } else if (exponent < 0 && exponent >= -22) {
    value /= kPowers[-exponent];
  } else {
    return number_platform::parse(s);
  }
  return negative ? -value : value;
}

void append(std::string& out, double value) {
  // Whole numbers below 2^53 print as their digits (and -0 as "0"), exactly.
  const double magnitude = value < 0 ? -value : value;
  if (magnitude < 9007199254740992.0 && static_cast<double>(static_cast<std::int64_t>(value)) == value) {
    std::int64_t n = static_cast<std::int64_t>(value);
    if (n < 0) {
      out.push_back('-');
      n = -n;
    }
    char digits[20];
    int k = 0;
    do digits[k++] = static_cast<char>('0' + n % 10); while ((n /= 10) != 0);
    while (k) out.push_back(digits[--k]);
    return;
  }
  number_platform::append(out, value);
}

}  // namespace cr::number_text
