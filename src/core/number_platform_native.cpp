// The native half of core/number_platform.hpp (the WebAssembly one is in bindings/).
#include <cstdio>
#include <cstdlib>

#include "core/number_platform.hpp"

namespace cr::number_platform {

double parse(std::string_view json_number) {
  std::string copy(json_number);
  return std::strtod(copy.c_str(), nullptr);  // overflow gives HUGE_VAL = Infinity, as in JS
}

void append(std::string& out, double value) {
  // The shortest %g form that reads back as the same double, spelled as JavaScript spells it.
  char buf[40];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, value);
    if (std::strtod(buf, nullptr) == value) break;
  }
  std::string_view s(buf);
  std::size_t e = s.find('e');
  if (e == std::string_view::npos) {
    out += s;
    return;
  }
  // %g writes "1e+21" and "1e-07"; JavaScript writes "1e+21" and "1e-7".
  out += s.substr(0, e + 2);
  std::string_view exponent = s.substr(e + 2);
  while (exponent.size() > 1 && exponent[0] == '0') exponent.remove_prefix(1);
  out += exponent;
}

}  // namespace cr::number_platform
