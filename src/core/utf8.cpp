#include "core/utf8.hpp"

#include <cstdint>
#include <cstring>

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

namespace cr::utf8 {

void append_wtf8(std::string& out, std::uint32_t cp) {
  if (cp > 0x10FFFF) cp = replacement_char;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

void append(std::string& out, std::uint32_t cp) {
  if (cp >= 0xD800 && cp <= 0xDFFF) cp = replacement_char;
  append_wtf8(out, cp);
}

std::size_t valid_sequence_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const std::size_t n = s.size();
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  auto cont = [&](std::size_t k) { return k < n && (byte(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    unsigned char c1 = byte(i + 1);
    if (c == 0xE0 && c1 < 0xA0) return 0;   // overlong
    if (c == 0xED && c1 >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    unsigned char c1 = byte(i + 1);
    if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
    if (c == 0xF4 && c1 >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

// Bytes a broken sequence at s[i] occupies, as the WHATWG decoder counts them (the "maximal
// subpart"): the lead plus the continuation bytes that were still acceptable. Always >= 1.
static std::size_t invalid_sequence_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  std::size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c >= 0xE0 && c <= 0xEF) { need = 2; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
  else if (c >= 0xF0 && c <= 0xF4) { need = 3; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
  else return 1;
  std::size_t k = 1;
  while (k <= need && i + k < s.size()) {
    unsigned char b = byte(i + k);
    if (b < lo || b > hi) break;
    lo = 0x80; hi = 0xBF;
    ++k;
  }
  return k;
}

void append_valid(std::string& out, std::string_view s) {
  std::size_t i = 0, run = 0;
  const std::size_t n = s.size();
  while (i < n) {
    if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
    std::size_t len = valid_sequence_length(s, i);
    if (len) { i += len; continue; }
    out.append(s.data() + run, i - run);
    append(out, replacement_char);
    i += invalid_sequence_length(s, i);
    run = i;
  }
  out.append(s.data() + run, n - run);
}

bool is_ascii(std::string_view s) {
  const char* p = s.data();
  std::size_t i = 0, n = s.size();
#ifdef __wasm_simd128__
  for (; i + 16 <= n; i += 16) {
    if (wasm_i8x16_bitmask(wasm_v128_load(p + i))) return false;
  }
#endif
  for (std::uint64_t word; i + 8 <= n; i += 8) {
    std::memcpy(&word, p + i, 8);
    if (word & 0x8080808080808080ULL) return false;
  }
  for (; i < n; ++i) {
    if (static_cast<unsigned char>(p[i]) >= 0x80) return false;
  }
  return true;
}

std::size_t utf16_length(std::string_view s, std::size_t bytes) {
  if (bytes > s.size()) bytes = s.size();
  std::size_t units = 0, i = 0;
  while (i < bytes) {
    // ASCII eight bytes at a time: one unit each.
    for (std::uint64_t word; i + 8 <= bytes; i += 8, units += 8) {
      std::memcpy(&word, s.data() + i, 8);
      if (word & 0x8080808080808080ULL) break;
    }
    if (i >= bytes) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; ++units; continue; }
    std::size_t len = valid_sequence_length(s, i);
    if (len == 0) { i += invalid_sequence_length(s, i); ++units; continue; }
    units += len == 4 ? 2 : 1;
    i += len;
  }
  return units;
}

std::size_t to_utf16(std::string_view s, char16_t* out) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  char16_t* o = out;
  while (p < end) {
#ifdef __wasm_simd128__
    // ASCII, sixteen bytes at a time: all sixteen widened and stored, kept up to the first byte
    // that is not ASCII (there is room: every byte left makes at least one unit).
    while (end - p >= 16) {
      v128_t v = wasm_v128_load(p);
      wasm_v128_store(o, wasm_u16x8_extend_low_u8x16(v));
      wasm_v128_store(o + 8, wasm_u16x8_extend_high_u8x16(v));
      const unsigned high = static_cast<unsigned>(wasm_i8x16_bitmask(v));
      const unsigned ascii = high ? static_cast<unsigned>(__builtin_ctz(high)) : 16;
      p += ascii;
      o += ascii;
      if (ascii < 16) break;
    }
#endif
    // Then characters one at a time, for as long as they are not ASCII (words of a script).
    while (p < end) {
      const unsigned c = *p;
      if (c < 0x80) {
        *o++ = static_cast<char16_t>(c);
        ++p;
        break;
      }
#ifdef __wasm_simd128__
      // Two-byte characters (Latin accents, Greek, Cyrillic, Hebrew, Arabic), eight at a time:
      // sixteen bytes read as eight lead/continuation pairs, all eight units stored, kept up to
      // the first pair that is not one (there is room: sixteen bytes left make at least eight).
      if (c < 0xE0 && end - p >= 16) {
        const v128_t v = wasm_v128_load(p);
        const v128_t pairs = wasm_i16x8_eq(wasm_v128_and(v, wasm_i16x8_splat(static_cast<short>(0xC0E0))),
                                           wasm_i16x8_splat(static_cast<short>(0x80C0)));
        const unsigned k = static_cast<unsigned>(__builtin_ctz(~static_cast<unsigned>(wasm_i16x8_bitmask(pairs))));
        if (k > 0) {
          wasm_v128_store(o, wasm_v128_or(wasm_i16x8_shl(wasm_v128_and(v, wasm_i16x8_splat(0x1F)), 6),
                                          wasm_v128_and(wasm_u16x8_shr(v, 8), wasm_i16x8_splat(0x3F))));
          p += 2 * k;
          o += k;
          continue;
        }
      }
      // Three-byte characters (CJK, kana, most other scripts' letters), four at a time: twelve
      // bytes spread into four 32-bit lanes of lead and continuations, kept up to the first lane
      // that is not one (eight units stored: sixteen bytes left make at least sixteen).
      if (c - 0xE0 < 0x10 && end - p >= 16) {
        const v128_t t = wasm_i8x16_swizzle(wasm_v128_load(p),
                                            wasm_i8x16_const(0, 1, 2, -1, 3, 4, 5, -1, 6, 7, 8, -1, 9, 10, 11, -1));
        const v128_t triples = wasm_i32x4_eq(wasm_v128_and(t, wasm_i32x4_splat(0x00C0C0F0)), wasm_i32x4_splat(0x008080E0));
        const unsigned k = static_cast<unsigned>(__builtin_ctz(~static_cast<unsigned>(wasm_i32x4_bitmask(triples))));
        if (k > 0) {
          const v128_t units = wasm_v128_or(
              wasm_v128_or(wasm_i32x4_shl(wasm_v128_and(t, wasm_i32x4_splat(0x0F)), 12),
                           wasm_u32x4_shr(wasm_v128_and(t, wasm_i32x4_splat(0x3F00)), 2)),
              wasm_v128_and(wasm_u32x4_shr(t, 16), wasm_i32x4_splat(0x3F)));
          wasm_v128_store(o, wasm_u16x8_narrow_i32x4(units, units));
          p += 3 * k;
          o += k;
          continue;
        }
      }
#endif
      const std::ptrdiff_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (end - p < need) {  // a sequence cut short (the text should be valid): one U+FFFD, and done
        *o++ = 0xFFFD;
        return static_cast<std::size_t>(o - out);
      }
      if (need == 2) {
        *o++ = static_cast<char16_t>(((c & 0x1F) << 6) | (p[1] & 0x3F));
      } else if (need == 3) {
        *o++ = static_cast<char16_t>(((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
      } else {
        const std::uint32_t cp = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
        *o++ = static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
        *o++ = static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
      }
      p += need;
    }
  }
  return static_cast<std::size_t>(o - out);
}

}  // namespace cr::utf8
