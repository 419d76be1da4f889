// wire: results as the JS side receives them, in one buffer per call:
//   the body (the HTML; or the decoded value's tape followed by its ArrayBuffer bytes), one NUL
//   byte, then a JSON header. The body comes first so the rendered HTML can become the output
//   buffer without a copy; the header (JSON, never holding a raw NUL) follows the LAST NUL.
// Header: {"ok":true, ...fields} or {"ok":false,"error":{"code","message","path"[,"offset"]}},
// where offset is a UTF-16 index into the input string (what the page's text box counts);
// for decodePayload, "blob" is the number of ArrayBuffer bytes at the end of the body.
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
