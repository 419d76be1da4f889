// core/utf8: encoding code points, replacing invalid sequences, and counting UTF-16 units.
// Output of the module is always valid UTF-8: anything invalid becomes U+FFFD.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace cr::utf8 {

inline constexpr std::uint32_t replacement_char = 0xFFFD;

// Appends the UTF-8 form of cp; surrogates and values above U+10FFFF become U+FFFD.
void append(std::string& out, std::uint32_t cp);

// Writes the UTF-8 form of cp (at most U+10FFFF) at `out`, a surrogate as its 3-byte "WTF-8"
// sequence; returns the end of what it wrote (one to four bytes).
inline char* write_wtf8(char* out, std::uint32_t cp) {
  auto put = [&](std::uint32_t byte) { *out++ = static_cast<char>(byte); };
  if (cp < 0x80) {
    put(cp);
  } else if (cp < 0x800) {
    put(0xC0 | (cp >> 6));
    put(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    put(0xE0 | (cp >> 12));
    put(0x80 | ((cp >> 6) & 0x3F));
    put(0x80 | (cp & 0x3F));
  } else {
    put(0xF0 | (cp >> 18));
    put(0x80 | ((cp >> 12) & 0x3F));
    put(0x80 | ((cp >> 6) & 0x3F));
    put(0x80 | (cp & 0x3F));
  }
  return out;
}

// Appends the UTF-8 form of cp, keeping surrogates as 3-byte "WTF-8" sequences.
// Used only for strings that go back to JavaScript, where lone surrogates must survive.
void append_wtf8(std::string& out, std::uint32_t cp);

// Length of the longest valid UTF-8 sequence at s[i] (1..4), or 0 if s[i] starts none.
std::size_t valid_sequence_length(std::string_view s, std::size_t i);

// Appends s with every invalid sequence (and every WTF-8 surrogate) replaced by U+FFFD.
void append_valid(std::string& out, std::string_view s);

// Whether s is valid UTF-8 (no WTF-8 surrogates).
bool is_valid(std::string_view s);

// s when it is valid UTF-8; otherwise its append_valid copy, kept in `storage`: the text
// TextDecoder makes of the same bytes (each maximal invalid subpart one U+FFFD).
std::string_view valid_or_replaced(std::string_view s, std::string& storage);

// Whether s shows a reader nothing: only white space (U+00A0, U+3000 and the other Unicode
// spaces included) and invisible format characters (U+200B-U+200D, U+2060, U+FEFF, U+00AD).
// Invalid UTF-8 is not blank (it shows as U+FFFD). Inline for the usual answer, at once: text
// that starts with a visible ASCII character.
bool is_blank_from(std::string_view s);
inline bool is_blank(std::string_view s) {
  if (!s.empty() && static_cast<unsigned char>(s[0]) > ' ' && static_cast<unsigned char>(s[0]) < 0x7F) return false;
  return is_blank_from(s);
}

// Whether every byte of s is ASCII (stops at the first that is not).
bool is_ascii(std::string_view s);

// Whether at most one byte in `one_in` of s is outside ASCII (stops once more are).
bool mostly_ascii(std::string_view s, std::size_t one_in);

// Number of UTF-16 code units the first `bytes` bytes of s take as a JS string
// (each invalid byte counts as one U+FFFD).
std::size_t utf16_length(std::string_view s, std::size_t bytes);

// Writes valid UTF-8 `s` as UTF-16 code units to `out` (room for s.size() units); returns how
// many it wrote. JavaScript engines make a string from UTF-16 several times faster than from
// UTF-8 text outside ASCII (measured in Node 20: 2 µs against 95 µs for 30 KB of Japanese).
std::size_t to_utf16(std::string_view s, char16_t* out);

// Writes `units` UTF-16 code units as UTF-8 to `out` (room for 3 bytes a unit), as TextEncoder
// does: a lone surrogate becomes U+FFFD. Returns how many bytes it wrote. `in` may lie in the
// same buffer as `out`, at least `units` bytes after it: the bytes written never catch up with
// the units not yet read. (In Chromium, copying a string's units into memory and writing them
// here takes half the time of TextEncoder.encodeInto on text outside ASCII.)
std::size_t from_utf16(const char16_t* in, std::size_t units, char* out);

// Rewrites the `n` Latin-1 bytes at `s` (characters U+0000-U+00FF, one byte each) as UTF-8 in
// place, with room for 2 * n bytes; returns the UTF-8's length. ASCII stays as it is, untouched.
// (In Chromium, btoa and Uint8Array.prototype.setFromBase64 put a short text of such characters
// into memory in 0.65-0.75 the time TextEncoder.encodeInto takes.)
std::size_t from_latin1(char* s, std::size_t n);

}  // namespace cr::utf8
