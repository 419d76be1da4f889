// wire: results as the JS side receives them, in one buffer per call:
//   a JSON header, one NUL byte, then the body (the HTML, or the decoded value's tape)
//   and, for decodePayload, the ArrayBuffer bytes at the very end ("blob": their length).
// Header: {"ok":true, ...fields} or {"ok":false,"error":{"code","message","path"[,"offset"]}},
// where offset is a UTF-16 index into the input string (what the page's text box counts).
#pragma once

#include <string>
#include <string_view>

#include "api.hpp"

namespace cr::wire {

void render_comparison(std::string_view input, std::string_view options_json, std::string& out, Utf8 utf8);
void decode_payload(std::string_view input, std::string_view options_json, std::string& out, Utf8 utf8);
void render_markdown(std::string_view markdown, std::string_view options_json, std::string& out, Utf8 utf8);

// The header of a failure (exposed for tests and for the bindings' own errors).
void write_error(const Error& error, std::string_view input, std::string& out);

}  // namespace cr::wire
