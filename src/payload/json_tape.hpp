// payload/json_tape: one validating pass over JSON text that records where every value is,
// without decoding strings or numbers (a "tape", as simdjson calls it). Readers then decode
// only the values they use: the render path never touches a payload's unused content_html.
// Iterative (an explicit stack), so nesting depth is a limit with an error, never a crash.
// Accepts exactly what JSON.parse accepts (RFC 8259); lone surrogate escapes are legal.
// The text must be valid UTF-8 (the API checks that once, at the boundary); decoded strings
// then are too, except lone surrogates kept on purpose (Surrogates::keep).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/limits.hpp"
#include "core/result.hpp"
#include "core/text_arena.hpp"

namespace cr::payload {

enum class JsonType : std::uint8_t { object, array, string, number, literal_true, literal_false, null };

struct JsonToken {
  std::uint32_t begin;  // byte offset of the first character
  std::uint32_t end;    // byte offset after the last character (after '"', ']' or '}')
  std::uint32_t next;   // index of the token after this value's subtree (skip to the next sibling)
  JsonType type;
  std::uint8_t escaped;  // strings only: 1 when the string holds a backslash escape
};

struct JsonTape {
  std::string_view text;
  std::vector<JsonToken> tokens;  // pre-order; an object's children alternate key, value

  const JsonToken& operator[](std::uint32_t i) const { return tokens[i]; }
  std::uint32_t size() const { return static_cast<std::uint32_t>(tokens.size()); }
  std::string_view raw(std::uint32_t i) const {
    return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  }
};

// Builds the tape. Errors: json_syntax (with the offset), too_deep, too_large (token count); their
// messages call the text `subject` ("The payload is not valid JSON: ...").
Result<JsonTape> scan_json(std::string_view text, const Limits& limits, std::string_view subject = "The payload");

// How lone surrogate escapes (\ud800 without its pair) are decoded.
enum class Surrogates : std::uint8_t {
  replace,  // U+FFFD: for text that becomes HTML
  keep,     // WTF-8 bytes: for values that go back to JavaScript unchanged
};

// Appends the decoded contents of the string token at index i (no quotes).
void append_string(const JsonTape& tape, std::uint32_t i, std::string& out, Surrogates mode);

// Writes the decoded contents of string token i to `out`, which has room for the token's raw
// length (decoding never lengthens a JSON string); returns the bytes written.
std::size_t decode_string(const JsonTape& tape, std::uint32_t i, char* out, Surrogates mode);

// The decoded string: a view into the text when it holds no escapes, else into `arena`.
std::string_view string_in(const JsonTape& tape, std::uint32_t i, TextArena& arena,
                           Surrogates mode = Surrogates::replace);

// The decoded string; a view into the text when the string holds no escapes.
// `scratch` holds the decoded form otherwise (the view points into it).
std::string_view string_view_of(const JsonTape& tape, std::uint32_t i, std::string& scratch,
                                Surrogates mode = Surrogates::replace);

// True when the string token i decodes to exactly `s`.
bool string_equals(const JsonTape& tape, std::uint32_t i, std::string_view s);

// The code unit of a \\u escape's four hex digits at `s` (the scanner has checked them).
unsigned read_hex4(const char* s);

// The value of number token i, as JavaScript's JSON.parse reads it (1e400 -> Infinity).
double number_value(const JsonTape& tape, std::uint32_t i);

// "line L, column C" of a byte offset, for messages.
std::string describe_position(std::string_view text, std::size_t offset);

}  // namespace cr::payload
