// The WebAssembly half of core/number_platform.hpp: JavaScript's own Number and String, which
// are exactly what the module's numbers must match (JSON.parse, String(value)). A native build
// links src/core/number_platform_native.cpp instead.
#include <emscripten.h>

#include "core/number_platform.hpp"

// clang-format off
EM_JS(double, cr_js_parse_number, (const char* text, int length), {
  return Number(UTF8ToString(text, length));
});
EM_JS(int, cr_js_number_text, (double value, char* out, int capacity), {
  return stringToUTF8(String(value), out, capacity);
});
// clang-format on

namespace cr::number_platform {

double parse(std::string_view json_number) {
  return cr_js_parse_number(json_number.data(), static_cast<int>(json_number.size()));
}

void append(std::string& out, double value) {
  char text[32];  // String(value) of a double is at most 25 characters
  int length = cr_js_number_text(value, text, sizeof text);
  out.append(text, static_cast<std::size_t>(length));
}

}  // namespace cr::number_platform
