#include "html/escape.hpp"

#include <array>
#include <cstdint>

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

namespace cr::html {

namespace {

constexpr std::uint8_t kText = 1;  // needs escaping in text/attributes
constexpr std::uint8_t kUrl = 2;   // needs escaping in a URL

constexpr std::array<std::uint8_t, 256> make_table() {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    bool url_safe = alnum;
    for (char s : std::string_view("-_.+!*(),%#@?=;:/$~")) if (c == s) url_safe = true;
    if (!url_safe) t[c] |= kUrl;
  }
  t['&'] |= kText;
  t['<'] |= kText;
  t['>'] |= kText;
  t['"'] |= kText;
  // Control characters HTML forbids in text (all but tab, newline, form feed, carriage return),
  // and the lead bytes of C1 controls (C2 80-9F) and noncharacters (EF B7 90-AF, EF BF BE-BF):
  // each becomes U+FFFD.
  for (int c = 0; c < 0x20; ++c) {
    if (c != '\t' && c != '\n' && c != '\f' && c != '\r') t[c] |= kText;
  }
  t[0x7F] |= kText;
  t[0xC2] |= kText;
  t[0xEF] |= kText;
  return t;
}
constexpr auto kTable = make_table();

inline bool needs_escape(unsigned char c) { return kTable[c] & kText; }

// The index of the first byte from `i` that needs a look (kText), or n.
inline std::size_t skip_plain(const char* p, std::size_t i, std::size_t n) {
#ifdef __wasm_simd128__
  // Sixteen bytes at a time, each classified by its two nibbles (one table lookup each): a byte
  // needs a look when the bits its high nibble selects meet those its low nibble allows.
  // Bits: 01 controls 00-0F but \t \n \f \r, 02 controls 10-1F, 04 " &, 08 < >, 10 DEL,
  // 20 C2, 40 EF.
  const v128_t by_low = wasm_u8x16_make(0x03, 0x03, 0x27, 0x03, 0x03, 0x03, 0x07, 0x03, 0x03, 0x02, 0x02, 0x03, 0x0A,
                                        0x02, 0x0B, 0x53);
  const v128_t by_high = wasm_u8x16_make(0x01, 0x02, 0x04, 0x08, 0, 0, 0, 0x10, 0, 0, 0, 0, 0x20, 0, 0x40, 0);
  while (i + 16 <= n) {
    v128_t v = wasm_v128_load(p + i);
    v128_t special = wasm_i8x16_swizzle(by_low, v & wasm_i8x16_splat(0x0F)) & wasm_i8x16_swizzle(by_high, wasm_u8x16_shr(v, 4));
    if (wasm_v128_any_true(special)) {
      const v128_t flagged = ~wasm_i8x16_eq(special, wasm_i8x16_splat(0));
      return i + static_cast<std::size_t>(__builtin_ctz(wasm_i8x16_bitmask(flagged)));
    }
    i += 16;
  }
#endif
  while (i + 4 <= n && !needs_escape(static_cast<unsigned char>(p[i])) &&
         !needs_escape(static_cast<unsigned char>(p[i + 1])) && !needs_escape(static_cast<unsigned char>(p[i + 2])) &&
         !needs_escape(static_cast<unsigned char>(p[i + 3]))) {
    i += 4;
  }
  while (i < n && !needs_escape(static_cast<unsigned char>(p[i]))) ++i;
  return i;
}

}  // namespace

void append_escaped(Buffer& out, std::string_view text) {
  const char* p = text.data();
  const std::size_t n = text.size();
  std::size_t run = 0, i = 0;
  while (i < n) {
    i = skip_plain(p, i, n);
    if (i >= n) break;
    const unsigned char c = static_cast<unsigned char>(p[i]);
    std::size_t forbidden = 0;  // bytes of a code point HTML forbids here
    if (c == 0xC2) {
      if (i + 1 < n && static_cast<unsigned char>(p[i + 1]) >= 0x80 && static_cast<unsigned char>(p[i + 1]) <= 0x9F) forbidden = 2;
    } else if (c == 0xEF) {
      if (i + 2 < n) {
        unsigned char c1 = static_cast<unsigned char>(p[i + 1]), c2 = static_cast<unsigned char>(p[i + 2]);
        if ((c1 == 0xB7 && c2 >= 0x90 && c2 <= 0xAF) || (c1 == 0xBF && c2 >= 0xBE)) forbidden = 3;
      }
    } else if (c < 0x20 || c == 0x7F) {
      forbidden = 1;
    }
    if (c == 0xC2 || c == 0xEF) {
      if (!forbidden) { ++i; continue; }  // an ordinary character that shares the lead byte
    }
    out.append(p + run, i - run);
    if (forbidden) {
      out.append("\xEF\xBF\xBD", 3);
      i += forbidden;
      run = i;
      continue;
    }
    switch (c) {
      case '&': out.append("&amp;", 5); break;
      case '<': out.append("&lt;", 4); break;
      case '>': out.append("&gt;", 4); break;
      default: out.append("&quot;", 6); break;
    }
    run = ++i;
  }
  out.append(p + run, n - run);
}

void append_url_encoded(Buffer& out, std::string_view url) {
  static const char hex[] = "0123456789ABCDEF";
  std::size_t run = 0;
  for (std::size_t i = 0; i < url.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(url[i]);
    if (!(kTable[c] & kUrl)) continue;
    out.append(url.data() + run, i - run);
    if (c == '&') {
      out.append("&amp;", 5);
    } else {
      char buf[3] = {'%', hex[c >> 4], hex[c & 15]};
      out.append(buf, 3);
    }
    run = i + 1;
  }
  out.append(url.data() + run, url.size() - run);
}

}  // namespace cr::html
