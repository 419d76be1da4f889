// core/number_platform: the exact, rarely needed half of core/number_text, provided by the
// platform the module is built for: number_platform_native.cpp (strtod, snprintf) in native
// builds, bindings/number_platform_js.cpp (JavaScript's Number and String) in WebAssembly.
#pragma once

#include <string>
#include <string_view>

namespace cr::number_platform {

double parse(std::string_view json_number);
void append(std::string& out, double value);  // finite values only

}  // namespace cr::number_platform
