#include "payload/json_tape.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "core/cold.hpp"
#include "core/message.hpp"
#include "core/number_text.hpp"
#include "core/utf8.hpp"

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

namespace cr::payload {

namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighs = 0x8080808080808080ULL;

// Non-zero when some byte of w is below n (n <= 128), equals '"' or equals '\\'.
inline std::uint64_t needs_attention(std::uint64_t w) {
  std::uint64_t quote = w ^ (kOnes * '"');
  std::uint64_t slash = w ^ (kOnes * '\\');
  std::uint64_t zero_quote = (quote - kOnes) & ~quote;
  std::uint64_t zero_slash = (slash - kOnes) & ~slash;
  std::uint64_t control = (w - kOnes * 0x20) & ~w;
  return (zero_quote | zero_slash | control) & kHighs;
}

inline bool is_ws(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr std::array<signed char, 256> make_hex_table() {
  std::array<signed char, 256> t{};
  for (auto& v : t) v = -1;
  for (int c = '0'; c <= '9'; ++c) t[c] = static_cast<signed char>(c - '0');
  for (int c = 'a'; c <= 'f'; ++c) t[c] = static_cast<signed char>(c - 'a' + 10);
  for (int c = 'A'; c <= 'F'; ++c) t[c] = static_cast<signed char>(c - 'A' + 10);
  return t;
}
constexpr auto kHex = make_hex_table();
inline int hex_value(char c) { return kHex[static_cast<unsigned char>(c)]; }

// One pass, no recursion: containers being read are a stack of token indices. The position is a
// local pointer in the hot loops (a member would be reloaded after every token written).
class Scanner {
 public:
  Scanner(std::string_view text, const Limits& limits, std::string_view subject)
      : t_(text), begin_(text.data()), end_(text.data() + text.size()), limits_(limits), subject_(subject) {}

  Result<JsonTape> run() {
    // Payloads run at about one value per 8-30 bytes; starting near that saves regrowth copies.
    tokens_.reserve(std::min<std::size_t>(t_.size() / 16 + 16, limits_.max_nodes));
    const char* p = skip_ws(begin_);
    if (p == end_) return fail_with(end_, ErrorCode::json_syntax, message({subject_, " is empty."}));
    // Each iteration reads one value, then closes containers / consumes separators until the
    // next value position (or the end).
    for (;;) {
      bool opened = false;
      p = value(p, opened);
      if (!p) return std::move(error_);
      if (opened) continue;  // a non-empty container: its first value (after its first key) is next
      for (;;) {
        p = skip_ws(p);
        if (stack_.empty()) {
          if (p != end_) return fail(p, "unexpected text after the JSON value");
          JsonTape tape;
          tape.text = t_;
          tape.tokens = std::move(tokens_);
          return tape;
        }
        const std::uint32_t top = stack_.back();
        const bool in_object = tokens_[top].type == JsonType::object;
        if (p == end_) return fail(p, in_object ? "the text ends inside an object" : "the text ends inside an array");
        const char c = *p;
        if (c == ',') {
          p = skip_ws(p + 1);
          if (in_object && !(p = key(p))) return std::move(error_);
          break;  // read the next value
        }
        if (c == (in_object ? '}' : ']')) {
          ++p;
          close(top, p);
          continue;
        }
        return fail(p, in_object ? "expected ',' or '}' after an object member"
                                 : "expected ',' or ']' after an array element");
      }
    }
  }

 private:
  std::uint32_t offset(const char* p) const { return static_cast<std::uint32_t>(p - begin_); }

  // A syntax error at `at` (the first one found stands).
  CR_COLD Error fail(const char* at, const char* what) {
    if (failed_) return error_;
    return fail_with(at, ErrorCode::json_syntax,
                     message({subject_, " is not valid JSON: ", what, " at ", describe_position(t_, offset(at)), "."}));
  }
  Error fail_with(const char* at, ErrorCode code, std::string message) {
    failed_ = true;
    error_ = make_error(code, std::move(message), "", static_cast<std::int64_t>(at - begin_));
    return error_;
  }

  const char* skip_ws(const char* p) const {
    while (p != end_ && is_ws(*p)) ++p;
    return p;
  }

  // A token for the value [begin, end); its `next` is the token after it (containers fix theirs
  // when they close).
  bool push(JsonType type, const char* begin, const char* end, std::uint8_t escaped = 0) {
    if (tokens_.size() >= limits_.max_nodes) {
      fail_with(begin, ErrorCode::too_large,
                 message({subject_, " holds more than ", Count(limits_.max_nodes, "JSON value"), " (limits.maxNodes)."}));
      return false;
    }
    const auto index = static_cast<std::uint32_t>(tokens_.size());
    tokens_.push_back(JsonToken{offset(begin), offset(end), index + 1, type, escaped});
    return true;
  }

  void close(std::uint32_t top, const char* p) {
    JsonToken& tok = tokens_[top];
    tok.end = offset(p);
    tok.next = static_cast<std::uint32_t>(tokens_.size());
    stack_.pop_back();
  }

  // Reads `"key" :` inside an object (whitespace around it allowed); the position after it, or
  // null on an error.
  const char* key(const char* p) {
    if (p == end_ || *p != '"') {
      fail(p, p == end_ ? "the text ends inside an object" : "expected a string key");
      return nullptr;
    }
    if (!(p = string(p))) return nullptr;
    p = skip_ws(p);
    if (p == end_ || *p != ':') {
      fail(p, "expected ':' after an object key");
      return nullptr;
    }
    return p + 1;
  }

  // Reads one value at p (after whitespace). A non-empty container is opened and left on the
  // stack with `opened` set (its first key read, for an object): the caller reads its first
  // value next, in its loop, so nesting never becomes recursion. Returns the position after
  // what was read, or null on an error.
  const char* value(const char* p, bool& opened) {
    p = skip_ws(p);
    if (p == end_) {
      fail(p, "the text ends where a value should be");
      return nullptr;
    }
    const char c = *p;
    switch (c) {
      case '"':
        return string(p);
      case '{':
      case '[': {
        if (stack_.size() >= limits_.max_depth) {
          fail_with(p, ErrorCode::too_deep,
                     message({subject_, " nests arrays and objects more than ", Count(limits_.max_depth, "level"),
                              " deep (limits.maxDepth)."}));
          return nullptr;
        }
        if (!push(c == '{' ? JsonType::object : JsonType::array, p, p)) return nullptr;
        stack_.push_back(static_cast<std::uint32_t>(tokens_.size() - 1));
        p = skip_ws(p + 1);
        if (p != end_ && *p == (c == '{' ? '}' : ']')) {
          ++p;
          close(stack_.back(), p);
          return p;
        }
        if (c == '{' && !(p = key(p))) return nullptr;
        opened = true;
        return p;
      }
      case 't': return literal(p, "true", JsonType::literal_true);
      case 'f': return literal(p, "false", JsonType::literal_false);
      case 'n': return literal(p, "null", JsonType::null);
      default:
        if (c == '-' || is_digit(c)) return number(p);
        fail(p, "unexpected character");
        return nullptr;
    }
  }

  const char* literal(const char* p, std::string_view word, JsonType type) {
    if (static_cast<std::size_t>(end_ - p) < word.size() || std::memcmp(p, word.data(), word.size()) != 0) {
      fail(p, "unexpected character");
      return nullptr;
    }
    return push(type, p, p + word.size()) ? p + word.size() : nullptr;
  }

  const char* digits(const char* p) const {
    while (p != end_ && is_digit(*p)) ++p;
    return p;
  }

  const char* number(const char* p) {
    const char* begin = p;
    if (*p == '-') ++p;
    if (p == end_ || !is_digit(*p)) { fail(p, "a number needs digits"); return nullptr; }
    p = *p == '0' ? p + 1 : digits(p);
    if (p != end_ && *p == '.') {
      ++p;
      if (p == end_ || !is_digit(*p)) { fail(p, "a number needs digits after '.'"); return nullptr; }
      p = digits(p);
    }
    if (p != end_ && (*p == 'e' || *p == 'E')) {
      ++p;
      if (p != end_ && (*p == '+' || *p == '-')) ++p;
      if (p == end_ || !is_digit(*p)) { fail(p, "a number needs digits in its exponent"); return nullptr; }
      p = digits(p);
    }
    return push(JsonType::number, begin, p) ? p : nullptr;
  }

  // The first byte from p that is a quote, a backslash or a control character (or end_).
  const char* skip_string_text(const char* p) const {
#ifdef __wasm_simd128__
    while (end_ - p >= 16) {
      v128_t v = wasm_v128_load(p);
      v128_t m = wasm_i8x16_eq(v, wasm_i8x16_splat('"')) | wasm_i8x16_eq(v, wasm_i8x16_splat('\\')) |
                 wasm_u8x16_lt(v, wasm_i8x16_splat(0x20));
      if (wasm_v128_any_true(m)) return p + __builtin_ctz(wasm_i8x16_bitmask(m));
      p += 16;
    }
#endif
    while (end_ - p >= 8) {
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      if (std::uint64_t m = needs_attention(w)) {
        // The lowest flagged byte is exact (borrows only spill upwards); little-endian order.
        return p + __builtin_ctzll(m) / 8;
      }
      p += 8;
    }
    while (p != end_) {
      const unsigned char c = static_cast<unsigned char>(*p);
      if (c == '"' || c == '\\' || c < 0x20) break;
      ++p;
    }
    return p;
  }

  const char* string(const char* p) {
    const char* begin = p++;
    std::uint8_t escaped = 0;
    for (;;) {
      p = skip_string_text(p);
      if (p == end_) { fail(begin, "a string is not closed"); return nullptr; }
      const char c = *p;
      if (c == '"') break;
      if (c != '\\') { fail(p, "a control character must be escaped inside a string"); return nullptr; }
      escaped = 1;
      if (end_ - p < 2) { fail(p, "a string is not closed"); return nullptr; }
      const char e = p[1];
      if (e == 'u') {
        if (end_ - p < 6 || (hex_value(p[2]) | hex_value(p[3]) | hex_value(p[4]) | hex_value(p[5])) < 0) {
          fail(p, "\\u must be followed by four hex digits");
          return nullptr;
        }
        p += 6;
      } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
        p += 2;
      } else {
        fail(p, "invalid escape in a string");
        return nullptr;
      }
    }
    ++p;  // the closing quote
    return push(JsonType::string, begin, p, escaped) ? p : nullptr;
  }

  std::string_view t_;
  const char* begin_;
  const char* end_;
  const Limits& limits_;
  std::string_view subject_;  // what the messages call the text: "The payload", ...
  std::vector<JsonToken> tokens_;
  std::vector<std::uint32_t> stack_;
  bool failed_ = false;
  Error error_;
};

}  // namespace

unsigned read_hex4(const char* s) {
  return (hex_value(s[0]) << 12) | (hex_value(s[1]) << 8) | (hex_value(s[2]) << 4) | hex_value(s[3]);
}

Result<JsonTape> scan_json(std::string_view text, const Limits& limits, std::string_view subject) {
  if (text.size() > limits.max_input_bytes) return input_too_large(text.size(), limits.max_input_bytes);
  return Scanner(text, limits, subject).run();
}

namespace {

// Copies s[k, n) to o up to the first backslash; returns where it stopped (n when none) and
// advances o. `out` holds n bytes and o is never ahead of k in it (an escape is at least as long
// as what it stands for), so a whole block may be stored at o before knowing where the backslash
// in it is: nothing past out + n is written. Escapes come every few words in a Nuxt payload (each
// '/' of a URL is "\u002F"), too often for a call to memchr and memcpy per run.
std::size_t copy_to_backslash(const char* s, std::size_t k, std::size_t n, char*& o) {
#ifdef __wasm_simd128__
  while (k + 16 <= n) {
    const v128_t v = wasm_v128_load(s + k);
    wasm_v128_store(o, v);
    const v128_t slash = wasm_i8x16_eq(v, wasm_i8x16_splat('\\'));
    if (wasm_v128_any_true(slash)) {
      const unsigned at = static_cast<unsigned>(__builtin_ctz(wasm_i8x16_bitmask(slash)));
      o += at;
      return k + at;
    }
    o += 16;
    k += 16;
  }
#endif
  const char* slash = static_cast<const char*>(std::memchr(s + k, '\\', n - k));
  const std::size_t run = slash ? static_cast<std::size_t>(slash - (s + k)) : n - k;
  std::memcpy(o, s + k, run);
  o += run;
  return k + run;
}

}  // namespace

std::size_t decode_string(const JsonTape& tape, std::uint32_t i, char* out, Surrogates mode) {
  const JsonToken& tok = tape[i];
  const char* s = tape.text.data() + tok.begin + 1;
  const std::size_t n = tok.end - tok.begin - 2;
  char* o = out;
  std::size_t k = 0;
  while (k < n) {
    k = copy_to_backslash(s, k, n, o);
    if (k >= n) break;
    const char e = s[k + 1];
    if (e != 'u') {
      switch (e) {
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        default: *o++ = e;  // " \ /
      }
      k += 2;
      continue;
    }
    unsigned unit = read_hex4(s + k + 2);
    k += 6;
    std::uint32_t cp = unit;
    if (unit >= 0xD800 && unit <= 0xDBFF && k + 6 <= n && s[k] == '\\' && s[k + 1] == 'u') {
      const unsigned low = read_hex4(s + k + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        k += 6;
      }
    }
    if (cp >= 0xD800 && cp <= 0xDFFF && mode == Surrogates::replace) cp = utf8::replacement_char;
    // Every escape is at least as long as the UTF-8 it stands for (6 bytes for up to 3, 12 for 4);
    // surrogates kept (Surrogates::keep) come out as WTF-8.
    o = utf8::write_wtf8(o, cp);
  }
  return static_cast<std::size_t>(o - out);
}

void append_string(const JsonTape& tape, std::uint32_t i, std::string& out, Surrogates mode) {
  const JsonToken& tok = tape[i];
  const std::size_t raw = tok.end - tok.begin - 2;
  if (!tok.escaped) {
    out.append(tape.text.data() + tok.begin + 1, raw);
    return;
  }
  const std::size_t at = out.size();
  out.resize(at + raw);
  out.resize(at + decode_string(tape, i, out.data() + at, mode));
}

std::string_view string_in(const JsonTape& tape, std::uint32_t i, TextArena& arena, Surrogates mode) {
  const JsonToken& tok = tape[i];
  const std::size_t raw = tok.end - tok.begin - 2;
  if (!tok.escaped) return {tape.text.data() + tok.begin + 1, raw};
  char* at = arena.allocate(raw);
  const std::size_t n = decode_string(tape, i, at, mode);
  arena.shrink_last(at, n);
  return {at, n};
}

std::string_view string_view_of(const JsonTape& tape, std::uint32_t i, std::string& scratch,
                                Surrogates mode) {
  const JsonToken& tok = tape[i];
  std::string_view raw = tape.text.substr(tok.begin + 1, tok.end - tok.begin - 2);
  if (!tok.escaped) return raw;  // the text is valid UTF-8 (checked at the API boundary)
  scratch.clear();
  append_string(tape, i, scratch, mode);
  return scratch;
}

bool string_equals(const JsonTape& tape, std::uint32_t i, std::string_view s) {
  const JsonToken& tok = tape[i];
  std::string_view raw = tape.text.substr(tok.begin + 1, tok.end - tok.begin - 2);
  if (!tok.escaped) return raw == s;
  if (raw.size() < s.size()) return false;
  std::string decoded;
  append_string(tape, i, decoded, Surrogates::keep);
  return decoded == s;
}

double number_value(const JsonTape& tape, std::uint32_t i) {
  std::string_view raw = tape.raw(i);
  // Plain small integers (every devalue reference) without a library call.
  if (raw.size() <= 9) {
    bool neg = raw[0] == '-';
    std::size_t k = neg ? 1 : 0;
    std::int64_t v = 0;
    bool simple = k < raw.size();
    for (; k < raw.size(); ++k) {
      if (!is_digit(raw[k])) { simple = false; break; }
      v = v * 10 + (raw[k] - '0');
    }
    if (simple) return neg ? (v == 0 ? -0.0 : -static_cast<double>(v)) : static_cast<double>(v);
  }
  return number_text::parse(raw);
}

std::string describe_position(std::string_view text, std::size_t offset) {
  if (offset > text.size()) offset = text.size();
  std::size_t line = 1, line_start = 0;
  for (std::size_t k = 0; k < offset; ++k) {
    if (text[k] == '\n') { ++line; line_start = k + 1; }
  }
  std::size_t column = utf8::utf16_length(text.substr(line_start), offset - line_start) + 1;
  return message({"line ", Decimal(line), ", column ", Decimal(column)});
}

}  // namespace cr::payload
