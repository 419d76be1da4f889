// core/number_text: JSON numbers read and printed the way JavaScript does (JSON.parse, String),
// without printf or strtod: those pull long-double arithmetic and 20 KB of libc into the
// module for numbers that are almost always small integers. The common forms take an exact fast
// path here; the rest ask the platform (core/number_platform.hpp): libc natively, JavaScript's
// own Number and String in WebAssembly (bindings/number_platform_js.cpp).
#pragma once

#include <string>
#include <string_view>

namespace cr::number_text {

// The value of a valid JSON number's text, as JSON.parse gives it (1e400 -> Infinity).
double parse(std::string_view json_number);

// Appends a finite double as JavaScript's String(value) writes it (-0 as "0").
void append(std::string& out, double value);

}  // namespace cr::number_text
