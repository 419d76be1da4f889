// wire: a call's result as the JS side reads it (web/js/facade.js), without JSON for the result
// itself: one buffer of UTF-8 the facade decodes once, and a few numbers that say where each
// piece is.
//   out   the body (the article or markdown HTML; for decodePayload the value's tape, then its
//         binary blob), then every text field, one after the other.
//   meta  32-bit words: [0] 1 for success, 0 for failure; [1] bytes of the body; [2] the number
//         S of text fields; [3..3+S) their lengths in UTF-16 code units (the facade decodes the
//         fields' bytes as one text and slices it); then numbers particular to the call:
//     renderComparison ok: fields title, lang, dir, slug, description, metaTitle, metaDescription,
//                          format, the W warnings, then each toc entry's id and text;
//                          numbers W, T (toc entries), then T levels.
//     decodePayload ok:    no fields (the body is the tape); numbers: blob bytes (the end of the
//                          body), 1 when the input was plain JSON (the body is its text), else 0.
//     renderMarkdown ok:   no fields, no numbers.
//     any failure:         fields code, message, path; number: the UTF-16 offset into the input
//                          plus one (0 when the error is not about a position).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "api.hpp"
#include "core/buffer.hpp"

namespace cr::wire {

struct Response {
  Buffer out;
  std::vector<std::uint32_t> meta;
};

void render_comparison(std::string_view input, std::string_view options_json, Response& r, Utf8 utf8);
void decode_payload(std::string_view input, std::string_view options_json, Response& r, Utf8 utf8);
void render_markdown(std::string_view markdown, std::string_view options_json, Response& r, Utf8 utf8);

// A failure (exposed for the bindings' own errors).
void write_error(const Error& error, std::string_view input, Response& r);

}  // namespace cr::wire
