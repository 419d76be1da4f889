#include "payload/json_tape.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>

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

class Scanner {
 public:
  Scanner(std::string_view text, const Limits& limits) : t_(text), n_(text.size()), limits_(limits) {}

  Result<JsonTape> run() {
    // Payloads run at about one value per 8-30 bytes; starting near that saves regrowth copies.
    tokens_.reserve(std::min<std::size_t>(n_ / 16 + 16, limits_.max_nodes));
    skip_ws();
    if (p_ >= n_) return fail(n_, "the text is empty");
    // Each iteration reads one value, then closes containers / consumes separators until the
    // next value position (or the end).
    for (;;) {
      bool opened = false;
      if (!value(opened)) return std::move(error_);
      if (opened) continue;  // a non-empty container: its first value (after its first key) is next
      for (;;) {
        skip_ws();
        if (stack_.empty()) {
          if (p_ < n_) return fail(p_, "unexpected text after the JSON value");
          JsonTape tape;
          tape.text = t_;
          tape.tokens = std::move(tokens_);
          return tape;
        }
        std::uint32_t top = stack_.back();
        bool in_object = tokens_[top].type == JsonType::object;
        if (p_ >= n_) return fail(p_, in_object ? "the text ends inside an object" : "the text ends inside an array");
        char c = t_[p_];
        if (c == ',') {
          ++p_;
          skip_ws();
          if (in_object && !key()) return std::move(error_);
          break;  // read the next value
        }
        if (c == (in_object ? '}' : ']')) {
          ++p_;
          close(top);
          continue;
        }
        return fail(p_, in_object ? "expected ',' or '}' after an object member"
                                  : "expected ',' or ']' after an array element");
      }
    }
  }

 private:
  Error fail(std::size_t at, const char* what) {
    if (!failed_) {
      failed_ = true;
      error_ = make_error(ErrorCode::json_syntax,
                          std::string("The payload is not valid JSON: ") + what + " at " +
                              describe_position(t_, at) + ".",
                          "", static_cast<std::int64_t>(at));
    }
    return error_;
  }
  Error fail_limit(ErrorCode code, std::string message) {
    failed_ = true;
    error_ = make_error(code, std::move(message), "", static_cast<std::int64_t>(p_));
    return error_;
  }

  void skip_ws() {
    while (p_ < n_ && is_ws(t_[p_])) ++p_;
  }

  bool push(JsonType type, std::size_t begin) {
    if (tokens_.size() >= limits_.max_nodes) {
      fail_limit(ErrorCode::too_large, "The payload holds more than " + std::to_string(limits_.max_nodes) +
                                           " JSON values (the node limit).");
      return false;
    }
    tokens_.push_back(JsonToken{static_cast<std::uint32_t>(begin), 0,
                                 static_cast<std::uint32_t>(tokens_.size() + 1), type, 0});
    return true;
  }

  void close(std::uint32_t top) {
    JsonToken& tok = tokens_[top];
    tok.end = static_cast<std::uint32_t>(p_);
    tok.next = static_cast<std::uint32_t>(tokens_.size());
    stack_.pop_back();
  }

  // Reads `"key" :` inside an object (whitespace around it allowed).
  bool key() {
    if (p_ >= n_ || t_[p_] != '"') {
      fail(p_, p_ >= n_ ? "the text ends inside an object" : "expected a string key");
      return false;
    }
    if (!string()) return false;
    skip_ws();
    if (p_ >= n_ || t_[p_] != ':') {
      fail(p_, "expected ':' after an object key");
      return false;
    }
    ++p_;
    return true;
  }

  // Reads one value at p_ (after whitespace). A non-empty container is opened and left on the
  // stack with `opened` set (its first key read, for an object): the caller reads its first
  // value next, in its loop, so nesting never becomes recursion.
  bool value(bool& opened) {
    skip_ws();
    if (p_ >= n_) { fail(p_, "the text ends where a value should be"); return false; }
    char c = t_[p_];
    switch (c) {
      case '{':
      case '[': {
        if (stack_.size() >= limits_.max_depth) {
          fail_limit(ErrorCode::too_deep, "The payload nests arrays and objects more than " +
                                              std::to_string(limits_.max_depth) + " levels deep.");
          return false;
        }
        if (!push(c == '{' ? JsonType::object : JsonType::array, p_)) return false;
        stack_.push_back(static_cast<std::uint32_t>(tokens_.size() - 1));
        ++p_;
        skip_ws();
        if (p_ < n_ && t_[p_] == (c == '{' ? '}' : ']')) {
          ++p_;
          close(stack_.back());
          return true;
        }
        if (c == '{' && !key()) return false;
        opened = true;
        return true;
      }
      case '"':
        return string();
      case 't': return literal("true", JsonType::literal_true);
      case 'f': return literal("false", JsonType::literal_false);
      case 'n': return literal("null", JsonType::null);
      default:
        if (c == '-' || is_digit(c)) return number();
        fail(p_, "unexpected character");
        return false;
    }
  }

  bool literal(std::string_view word, JsonType type) {
    if (t_.compare(p_, word.size(), word) != 0) {
      fail(p_, "unexpected character");
      return false;
    }
    if (!push(type, p_)) return false;
    p_ += word.size();
    tokens_.back().end = static_cast<std::uint32_t>(p_);
    return true;
  }

  bool number() {
    std::size_t begin = p_;
    if (t_[p_] == '-') ++p_;
    if (p_ >= n_ || !is_digit(t_[p_])) { fail(p_, "a number needs digits"); return false; }
    if (t_[p_] == '0') {
      ++p_;
    } else {
      while (p_ < n_ && is_digit(t_[p_])) ++p_;
    }
    if (p_ < n_ && t_[p_] == '.') {
      ++p_;
      if (p_ >= n_ || !is_digit(t_[p_])) { fail(p_, "a number needs digits after '.'"); return false; }
      while (p_ < n_ && is_digit(t_[p_])) ++p_;
    }
    if (p_ < n_ && (t_[p_] == 'e' || t_[p_] == 'E')) {
      ++p_;
      if (p_ < n_ && (t_[p_] == '+' || t_[p_] == '-')) ++p_;
      if (p_ >= n_ || !is_digit(t_[p_])) { fail(p_, "a number needs digits in its exponent"); return false; }
      while (p_ < n_ && is_digit(t_[p_])) ++p_;
    }
    if (!push(JsonType::number, begin)) return false;
    tokens_.back().end = static_cast<std::uint32_t>(p_);
    return true;
  }

  bool string() {
    std::size_t begin = p_++;
    std::uint8_t escaped = 0;
    for (;;) {
#ifdef __wasm_simd128__
      // Sixteen bytes at a time: a quote, a backslash or a control character ends the run.
      while (p_ + 16 <= n_) {
        v128_t v = wasm_v128_load(t_.data() + p_);
        v128_t m = wasm_i8x16_eq(v, wasm_i8x16_splat('"')) | wasm_i8x16_eq(v, wasm_i8x16_splat('\\')) |
                   wasm_u8x16_lt(v, wasm_i8x16_splat(0x20));
        if (wasm_v128_any_true(m)) {
          p_ += static_cast<std::size_t>(__builtin_ctz(wasm_i8x16_bitmask(m)));
          break;
        }
        p_ += 16;
      }
#endif
      while (p_ + 8 <= n_) {
        std::uint64_t w;
        std::memcpy(&w, t_.data() + p_, 8);
        if (std::uint64_t m = needs_attention(w)) {
          // The lowest flagged byte is exact (borrows only spill upwards); little-endian order.
          p_ += static_cast<std::size_t>(__builtin_ctzll(m)) / 8;
          break;
        }
        p_ += 8;
      }
      while (p_ < n_) {
        unsigned char c = static_cast<unsigned char>(t_[p_]);
        if (c == '"' || c == '\\' || c < 0x20) break;
        ++p_;
      }
      if (p_ >= n_) { fail(begin, "a string is not closed"); return false; }
      char c = t_[p_];
      if (c == '"') break;
      if (c != '\\') { fail(p_, "a control character must be escaped inside a string"); return false; }
      escaped = 1;
      if (p_ + 1 >= n_) { fail(p_, "a string is not closed"); return false; }
      char e = t_[p_ + 1];
      if (e == 'u') {
        if (p_ + 6 > n_ || (hex_value(t_[p_ + 2]) | hex_value(t_[p_ + 3]) | hex_value(t_[p_ + 4]) |
                            hex_value(t_[p_ + 5])) < 0) {
          fail(p_, "\\u must be followed by four hex digits");
          return false;
        }
        p_ += 6;
      } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' ||
                 e == 't') {
        p_ += 2;
      } else {
        fail(p_, "invalid escape in a string");
        return false;
      }
    }
    ++p_;  // the closing quote
    if (!push(JsonType::string, begin)) return false;
    tokens_.back().end = static_cast<std::uint32_t>(p_);
    tokens_.back().escaped = escaped;
    return true;
  }

  std::string_view t_;
  std::size_t n_;
  std::size_t p_ = 0;
  const Limits& limits_;
  std::vector<JsonToken> tokens_;
  std::vector<std::uint32_t> stack_;
  bool failed_ = false;
  Error error_;
};

}  // namespace

unsigned read_hex4(const char* s) {
  return (hex_value(s[0]) << 12) | (hex_value(s[1]) << 8) | (hex_value(s[2]) << 4) | hex_value(s[3]);
}

Result<JsonTape> scan_json(std::string_view text, const Limits& limits) {
  if (text.size() > limits.max_input_bytes) return input_too_large(text.size(), limits.max_input_bytes);
  return Scanner(text, limits).run();
}

void append_string(const JsonTape& tape, std::uint32_t i, std::string& out, Surrogates mode) {
  const JsonToken& tok = tape[i];
  std::string_view s = tape.text.substr(tok.begin + 1, tok.end - tok.begin - 2);
  if (!tok.escaped) {
    out.append(s);
    return;
  }
  std::size_t run = 0, k = 0;
  const std::size_t n = s.size();
  out.reserve(out.size() + n);
  while (k < n) {
    k = s.find('\\', k);  // memchr: long unescaped runs go by fast
    if (k == std::string_view::npos) break;
    out.append(s.data() + run, k - run);
    char e = s[k + 1];
    if (e != 'u') {
      switch (e) {
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        default: out.push_back(e);  // " \ /
      }
      k += 2;
      run = k;
      continue;
    }
    unsigned unit = read_hex4(s.data() + k + 2);
    k += 6;
    if (unit >= 0xD800 && unit <= 0xDBFF && k + 6 <= n && s[k] == '\\' && s[k + 1] == 'u') {
      unsigned low = read_hex4(s.data() + k + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        utf8::append(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
        k += 6;
        run = k;
        continue;
      }
    }
    if (unit >= 0xD800 && unit <= 0xDFFF && mode == Surrogates::replace) unit = utf8::replacement_char;
    utf8::append_wtf8(out, unit);
    run = k;
  }
  out.append(s.data() + run, n - run);
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
  std::string copy(raw);
  return std::strtod(copy.c_str(), nullptr);  // overflow gives HUGE_VAL = Infinity, as in JS
}

std::string describe_position(std::string_view text, std::size_t offset) {
  if (offset > text.size()) offset = text.size();
  std::size_t line = 1, line_start = 0;
  for (std::size_t k = 0; k < offset; ++k) {
    if (text[k] == '\n') { ++line; line_start = k + 1; }
  }
  std::size_t column = utf8::utf16_length(text.substr(line_start), offset - line_start) + 1;
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

}  // namespace cr::payload
