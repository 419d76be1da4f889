#include "core/utf8.hpp"

#include <cstdint>
#include <cstring>

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

namespace cr::utf8 {

void append_wtf8(std::string& out, std::uint32_t cp) {
  if (cp > 0x10FFFF) cp = replacement_char;
  char bytes[4];
  out.append(bytes, static_cast<std::size_t>(write_wtf8(bytes, cp) - bytes));
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

#ifdef __wasm_simd128__
namespace {

// UTF-8 validation sixteen bytes a step, by table lookups on each byte and the one before it
// (Keiser and Lemire, "Validating UTF-8 in less than one instruction per byte", 2021). Each
// table gives, for a nibble, the set of errors it can take part in; a pair of bytes is an error
// when all three of its nibbles (the first byte's two, the second's high one) agree on one.
// Bits of an error set:
constexpr std::uint8_t kTooShort = 1 << 0;     // a lead, then no continuation
constexpr std::uint8_t kTooLong = 1 << 1;      // ASCII, then a continuation
constexpr std::uint8_t kOverlong3 = 1 << 2;    // E0 80..9F
constexpr std::uint8_t kTooLarge = 1 << 3;     // F4 90..BF, F5..FF
constexpr std::uint8_t kSurrogate = 1 << 4;    // ED A0..BF
constexpr std::uint8_t kOverlong2 = 1 << 5;    // C0, C1
constexpr std::uint8_t kTooLarge1000 = 1 << 6; // F5..FF 80..8F
constexpr std::uint8_t kOverlong4 = 1 << 6;    // F0 80..8F (shares the bit: same second nibble)
constexpr std::uint8_t kTwoConts = 1 << 7;     // a continuation after a continuation (unless
                                               // a three- or four-byte lead asked for it)
constexpr std::uint8_t kCarry = kTooShort | kTooLong | kTwoConts;

// The errors a pair (previous byte `prev1`, byte `in`) can make, plus the third and fourth bytes
// of a sequence, which two continuations in a row are not an error for.
v128_t pair_errors(v128_t in, v128_t prev1, v128_t prev2, v128_t prev3) {
  const v128_t low_nibble = wasm_i8x16_splat(0x0F);
  const v128_t first_high = wasm_i8x16_swizzle(
      wasm_u8x16_make(kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong,
                      kTwoConts, kTwoConts, kTwoConts, kTwoConts, kTooShort | kOverlong2, kTooShort,
                      kTooShort | kOverlong3 | kSurrogate, kTooShort | kTooLarge | kTooLarge1000 | kOverlong4),
      wasm_u8x16_shr(prev1, 4));
  constexpr std::uint8_t kLarge = kCarry | kTooLarge | kTooLarge1000;
  const v128_t first_low = wasm_i8x16_swizzle(
      wasm_u8x16_make(kCarry | kOverlong3 | kOverlong2 | kOverlong4, kCarry | kOverlong2, kCarry, kCarry,
                      kCarry | kTooLarge, kLarge, kLarge, kLarge, kLarge, kLarge, kLarge, kLarge, kLarge,
                      kLarge | kSurrogate, kLarge, kLarge),
      wasm_v128_and(prev1, low_nibble));
  constexpr std::uint8_t kCont = kTooLong | kOverlong2 | kTwoConts;
  const v128_t second_high = wasm_i8x16_swizzle(
      wasm_u8x16_make(kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,
                      kCont | kOverlong3 | kTooLarge1000 | kOverlong4, kCont | kOverlong3 | kTooLarge,
                      kCont | kSurrogate | kTooLarge, kCont | kSurrogate | kTooLarge,
                      kTooShort, kTooShort, kTooShort, kTooShort),
      wasm_u8x16_shr(in, 4));
  const v128_t errors = wasm_v128_and(wasm_v128_and(first_high, first_low), second_high);
  // Bytes two after a three- or four-byte lead, or three after a four-byte one, must be
  // continuations: there the lookup's kTwoConts (bit 7) is expected, and flipping it makes its
  // absence the error.
  const v128_t third = wasm_u8x16_sub_sat(prev2, wasm_u8x16_splat(0xE0 - 0x80));
  const v128_t fourth = wasm_u8x16_sub_sat(prev3, wasm_u8x16_splat(0xF0 - 0x80));
  const v128_t must_continue = wasm_v128_and(wasm_v128_or(third, fourth), wasm_u8x16_splat(0x80));
  return wasm_v128_xor(errors, must_continue);
}

bool is_valid_simd(const unsigned char* p, std::size_t n) {
  v128_t previous = wasm_u8x16_splat(0), error = wasm_u8x16_splat(0);
  // Whether the previous block ends inside a sequence (a lead among its last three bytes that
  // needs more bytes than are left in it).
  const v128_t last_leads = wasm_u8x16_make(255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
                                            0xF0 - 1, 0xE0 - 1, 0xC0 - 1);
  v128_t incomplete = wasm_u8x16_splat(0);
  auto block = [&](v128_t in) {
    if (!wasm_i8x16_bitmask(in)) {  // ASCII: only an unfinished sequence before it is an error
      error = wasm_v128_or(error, incomplete);
      incomplete = wasm_u8x16_splat(0);
    } else {
      const v128_t prev1 = wasm_i8x16_shuffle(previous, in, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30);
      const v128_t prev2 = wasm_i8x16_shuffle(previous, in, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29);
      const v128_t prev3 = wasm_i8x16_shuffle(previous, in, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28);
      error = wasm_v128_or(error, pair_errors(in, prev1, prev2, prev3));
      incomplete = wasm_u8x16_sub_sat(in, last_leads);
    }
    previous = in;
  };
  std::size_t i = 0;
  for (; i + 16 <= n; i += 16) block(wasm_v128_load(p + i));
  // The rest, then zeros (ASCII, at least one): a sequence the text leaves unfinished meets
  // them and is an error.
  alignas(16) unsigned char tail[16] = {};
  if (n > i) std::memcpy(tail, p + i, n - i);
  block(wasm_v128_load(tail));
  return !wasm_v128_any_true(error);
}

}  // namespace
#endif

bool is_valid(std::string_view s) {
#ifdef __wasm_simd128__
  return is_valid_simd(reinterpret_cast<const unsigned char*>(s.data()), s.size());
#else
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    // Eight ASCII bytes at a time.
    if (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (!(w & 0x8080808080808080ULL)) { i += 8; continue; }
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
    std::size_t len = valid_sequence_length(s, i);
    if (!len) return false;
    i += len;
  }
  return true;
#endif
}

std::string_view valid_or_replaced(std::string_view s, std::string& storage) {
  if (is_valid(s)) return s;
  storage.clear();
  append_valid(storage, s);
  return storage;
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

namespace {

// The bytes of s outside ASCII, sixteen a step, counted until there are more than `enough`.
std::size_t count_outside_ascii(std::string_view s, std::size_t enough = SIZE_MAX) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t outside = 0, i = 0;
#ifdef __wasm_simd128__
  for (; i + 16 <= n && outside <= enough; i += 16) {
    outside += static_cast<std::size_t>(__builtin_popcount(static_cast<unsigned>(wasm_i8x16_bitmask(wasm_v128_load(p + i)))));
  }
#endif
  for (; i < n && outside <= enough; ++i) outside += p[i] >> 7;
  return outside;
}

}  // namespace

bool mostly_ascii(std::string_view s, std::size_t one_in) {
  return count_outside_ascii(s, s.size() / one_in) <= s.size() / one_in;
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
    // that is not ASCII (there is room: every byte left makes at least one unit). A whole step
    // of ASCII is a predicted branch, so the next step's address does not wait on the bitmask.
    while (end - p >= 16) {
      v128_t v = wasm_v128_load(p);
      wasm_v128_store(o, wasm_u16x8_extend_low_u8x16(v));
      wasm_v128_store(o + 8, wasm_u16x8_extend_high_u8x16(v));
      const unsigned high = static_cast<unsigned>(wasm_i8x16_bitmask(v));
      if (__builtin_expect(high == 0, 1)) {
        p += 16;
        o += 16;
        continue;
      }
      const unsigned ascii = static_cast<unsigned>(__builtin_ctz(high));
      p += ascii;
      o += ascii;
      break;
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

namespace {

#ifdef __wasm_simd128__
// Swizzles that write four units' UTF-8 side by side, by which of the four take the longer form
// (bit i: unit i): from four 16-bit lanes of [lead, last] when each unit takes one byte or two,
// and from four 32-bit lanes of [lead, middle, last, 0] when each takes one or three.
struct UnitSwizzles {
  std::uint8_t one_or_two[16][8];
  std::uint8_t one_or_three[16][16];
};

constexpr UnitSwizzles make_unit_swizzles() {
  UnitSwizzles t{};
  for (int longer = 0; longer < 16; ++longer) {
    int two = 0, three = 0;
    for (int i = 0; i < 4; ++i) {
      t.one_or_two[longer][two++] = static_cast<std::uint8_t>(2 * i);
      t.one_or_three[longer][three++] = static_cast<std::uint8_t>(4 * i);
      if (longer & (1 << i)) {
        t.one_or_two[longer][two++] = static_cast<std::uint8_t>(2 * i + 1);
        t.one_or_three[longer][three++] = static_cast<std::uint8_t>(4 * i + 1);
        t.one_or_three[longer][three++] = static_cast<std::uint8_t>(4 * i + 2);
      }
    }
  }
  return t;
}

constexpr UnitSwizzles kUnitSwizzles = make_unit_swizzles();

// Four units' UTF-8 in 32-bit lanes, each lane stored whole and the output advanced by its length.
template <int first>
void store_lanes_apart(v128_t quads, v128_t lengths, char*& o) {
  const auto store = [&](std::uint32_t bytes, unsigned length) {
    std::memcpy(o, &bytes, 4);
    o += length;
  };
  store(static_cast<std::uint32_t>(wasm_i32x4_extract_lane(quads, 0)), wasm_u16x8_extract_lane(lengths, first));
  store(static_cast<std::uint32_t>(wasm_i32x4_extract_lane(quads, 1)), wasm_u16x8_extract_lane(lengths, first + 1));
  store(static_cast<std::uint32_t>(wasm_i32x4_extract_lane(quads, 2)), wasm_u16x8_extract_lane(lengths, first + 2));
  store(static_cast<std::uint32_t>(wasm_i32x4_extract_lane(quads, 3)), wasm_u16x8_extract_lane(lengths, first + 3));
}

// UTF-8 for the units from `in` while 32 are left, up to a step that holds a surrogate: sixteen
// units of ASCII a step; otherwise eight units of the Basic Multilingual Plane, of one to three
// bytes each, built side by side in lanes. Words of a script are short runs between spaces and
// punctuation: steps that branched on each run's kind or length mispredicted at every change.
// Where each unit takes one or two bytes (ASCII with Arabic, Cyrillic, Greek, Hebrew, accents)
// or one or three (ASCII with CJK, kana, Devanagari, Thai), a swizzle writes four units at once;
// a mix of all three lengths is stored a unit apart. A step stores at most 28 bytes: while 32
// units are left, that stays behind the units not yet read (see the header).
void write_steps(const char16_t*& in, const char16_t* end, char*& o) {
  while (end - in >= 32) {
    const v128_t v = wasm_v128_load(in);
    const v128_t next = wasm_v128_load(in + 8);
    if (!wasm_v128_any_true(wasm_v128_and(wasm_v128_or(v, next), wasm_i16x8_splat(static_cast<short>(0xFF80))))) {
      wasm_v128_store(o, wasm_u8x16_narrow_i16x8(v, next));
      in += 16;
      o += 16;
      continue;
    }
    const v128_t top5 = wasm_v128_and(v, wasm_i16x8_splat(static_cast<short>(0xF800)));
    if (wasm_v128_any_true(wasm_i16x8_eq(top5, wasm_i16x8_splat(static_cast<short>(0xD800))))) return;
    const v128_t two = wasm_i16x8_ne(wasm_v128_and(v, wasm_i16x8_splat(static_cast<short>(0xFF80))), wasm_i16x8_splat(0));
    const v128_t three = wasm_i16x8_ne(top5, wasm_i16x8_splat(0));
    const unsigned longer = static_cast<unsigned>(wasm_i16x8_bitmask(two));
    const unsigned longest = static_cast<unsigned>(wasm_i16x8_bitmask(three));
    // A lane's bytes: its lead, then (two or three bytes) its middle, then (three) its last.
    const v128_t last = wasm_v128_or(wasm_v128_and(v, wasm_i16x8_splat(0x3F)), wasm_i16x8_splat(0x80));
    const v128_t lead2 = wasm_v128_or(wasm_u16x8_shr(v, 6), wasm_i16x8_splat(0xC0));
    in += 8;
    if (longest == 0) {  // one or two bytes each: [lead, last] in 16-bit lanes
      const v128_t pairs = wasm_v128_or(wasm_v128_bitselect(lead2, v, two), wasm_i16x8_shl(last, 8));
      const auto* swizzles = kUnitSwizzles.one_or_two;
      wasm_v128_store64_lane(o, wasm_i8x16_swizzle(pairs, wasm_v128_load64_zero(swizzles[longer & 15])), 0);
      o += 4 + __builtin_popcount(longer & 15);
      const v128_t high = wasm_i8x16_add(wasm_v128_load64_zero(swizzles[longer >> 4]), wasm_i8x16_splat(8));
      wasm_v128_store64_lane(o, wasm_i8x16_swizzle(pairs, high), 0);
      o += 4 + __builtin_popcount(longer >> 4);
      continue;
    }
    const v128_t lead3 = wasm_v128_or(wasm_u16x8_shr(v, 12), wasm_i16x8_splat(0xE0));
    const v128_t middle3 = wasm_v128_or(wasm_v128_and(wasm_u16x8_shr(v, 6), wasm_i16x8_splat(0x3F)), wasm_i16x8_splat(0x80));
    // [lead, middle, last, 0] in 32-bit lanes, units 0-3 and 4-7 (without two-byte lanes, fewer steps).
    const bool one_or_three = longer == longest;
    const v128_t pairs =
        one_or_three ? wasm_v128_or(wasm_v128_bitselect(lead3, v, three), wasm_i16x8_shl(middle3, 8))
                     : wasm_v128_or(wasm_v128_bitselect(lead3, wasm_v128_bitselect(lead2, v, two), three),
                                    wasm_i16x8_shl(wasm_v128_bitselect(middle3, last, three), 8));
    const v128_t low_quads = wasm_i16x8_shuffle(pairs, last, 0, 8, 1, 9, 2, 10, 3, 11);
    const v128_t high_quads = wasm_i16x8_shuffle(pairs, last, 4, 12, 5, 13, 6, 14, 7, 15);
    if (one_or_three) {
      const auto* swizzles = kUnitSwizzles.one_or_three;
      wasm_v128_store(o, wasm_i8x16_swizzle(low_quads, wasm_v128_load(swizzles[longest & 15])));
      o += 4 + 2 * __builtin_popcount(longest & 15);
      wasm_v128_store(o, wasm_i8x16_swizzle(high_quads, wasm_v128_load(swizzles[longest >> 4])));
      o += 4 + 2 * __builtin_popcount(longest >> 4);
      continue;
    }
    const v128_t lengths = wasm_i16x8_sub(wasm_i16x8_sub(wasm_i16x8_splat(1), two), three);
    store_lanes_apart<0>(low_quads, lengths, o);
    store_lanes_apart<4>(high_quads, lengths, o);
  }
}

#endif

// One character's UTF-8 (a surrogate pair is one; a lone surrogate is U+FFFD).
void write_character(const char16_t*& in, const char16_t* end, char*& o) {
  std::uint32_t cp = *in++;
  if ((cp & 0xF800) == 0xD800) {
    if (cp < 0xDC00 && in < end && (*in & 0xFC00) == 0xDC00) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (*in++ - 0xDC00u);
    } else {
      cp = replacement_char;
    }
  }
  o = write_wtf8(o, cp);
}

}  // namespace

std::size_t from_latin1(char* s, std::size_t n) {
  const std::size_t high = count_outside_ascii(std::string_view(s, n));
  if (high == 0) return n;
  // From the end: each byte's UTF-8 lands at or after the byte itself. Sixteen bytes a step
  // where they are all ASCII (most of a European text), one at a time elsewhere.
  char* out = s + n + high;
  std::size_t i = n;
  while (i > 0) {
#ifdef __wasm_simd128__
    if (i >= 16) {
      const v128_t v = wasm_v128_load(s + i - 16);
      if (!wasm_i8x16_bitmask(v)) {
        out -= 16;
        i -= 16;
        wasm_v128_store(out, v);
        continue;
      }
    }
#endif
    for (const std::size_t stop = i >= 16 ? i - 16 : 0; i > stop;) {
      const unsigned char c = static_cast<unsigned char>(s[--i]);
      if (c < 0x80) {
        *--out = static_cast<char>(c);
      } else {
        *--out = static_cast<char>(0x80 | (c & 0x3F));
        *--out = static_cast<char>(0xC0 | (c >> 6));
      }
    }
  }
  return n + high;
}

std::size_t from_utf16(const char16_t* in, std::size_t units, char* out) {
  const char16_t* end = in + units;
  char* o = out;
  while (in < end) {
#ifdef __wasm_simd128__
    write_steps(in, end, o);
    // Then the step that holds a surrogate, or the last units, a character at a time.
    const char16_t* stop = end - in >= 32 ? in + 8 : end;
#else
    const char16_t* stop = end;
#endif
    while (in < stop) write_character(in, end, o);
  }
  return static_cast<std::size_t>(o - out);
}

bool is_blank_from(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') return false;
      ++i;
      continue;
    }
    const std::size_t len = valid_sequence_length(s, i);
    if (len < 2) return false;
    std::uint32_t cp = c & (0xFF >> (len + 1));
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    const bool invisible = cp == 0x00A0 || cp == 0x00AD || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200D) ||
                           cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x2060 ||
                           cp == 0x3000 || cp == 0xFEFF;
    if (!invisible) return false;
    i += len;
  }
  return true;
}

}  // namespace cr::utf8
