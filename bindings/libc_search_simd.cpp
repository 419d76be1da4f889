// The WebAssembly build's memchr and strcspn, in place of musl's (this file's definitions are
// linked first, so libc's are never pulled in). musl's run a word at a time with an alignment
// prologue: in a Node profile of 1,000 ~10 KB articles they were 7 % of the time, called by md4c
// (a line's rest per memchr) and by the JSON string decoder. Here memchr takes sixteen bytes a
// step with wasm SIMD. strcspn is how md4c finds the end of each line (CMakeLists.txt lets it):
// sixteen bytes a step for up to four characters to stop at, musl's byte loop for more. (md4c's
// strchr on its short palettes is inline, cmake/md4c_palette.h.) Built with -fno-builtin, so the
// compiler cannot turn them into calls to themselves. A native build keeps its own libc's.
#include <wasm_simd128.h>

#include <cstddef>
#include <cstdint>

extern "C" {

void* memchr(const void* source, int c, std::size_t n) {
  const auto* s = static_cast<const unsigned char*>(source);
  const auto wanted = static_cast<unsigned char>(c);
  if (n >= 16) {
    const v128_t needle = wasm_i8x16_splat(static_cast<signed char>(wanted));
    const unsigned char* last = s + n - 16;
    for (;;) {
      const v128_t hits = wasm_i8x16_eq(wasm_v128_load(s), needle);
      if (wasm_v128_any_true(hits)) return const_cast<unsigned char*>(s + __builtin_ctz(wasm_i8x16_bitmask(hits)));
      if (s == last) return nullptr;
      s += 16;
      if (s > last) s = last;  // the final sixteen overlap bytes already read: none of them matched
    }
  }
  for (; n != 0; ++s, --n) {
    if (*s == wanted) return const_cast<unsigned char*>(s);
  }
  return nullptr;
}

// Reads whole sixteen-byte blocks from the one holding `s` on: a block never crosses the end of
// the memory (its size is a multiple of 64 KiB), whatever lies past the terminating NUL.
std::size_t strcspn(const char* s, const char* reject) {
  std::size_t count = 0;
  while (count < 5 && reject[count] != '\0') ++count;
  if (count > 4) {
    std::size_t n = 0;
    for (; s[n] != '\0'; ++n) {
      for (const char* r = reject; *r != '\0'; ++r) {
        if (s[n] == *r) return n;
      }
    }
    return n;
  }
  v128_t stops[4];
  for (std::size_t i = 0; i < 4; ++i) stops[i] = wasm_i8x16_splat(i < count ? reject[i] : '\0');
  const auto start = reinterpret_cast<std::uintptr_t>(s);
  const char* block = reinterpret_cast<const char*>(start & ~std::uintptr_t{15});
  unsigned skip = static_cast<unsigned>(start & 15);  // lanes of the first block before `s`
  for (;; block += 16, skip = 0) {
    const v128_t v = wasm_v128_load(block);
    const v128_t hits = wasm_i8x16_eq(v, wasm_i8x16_splat(0)) | wasm_i8x16_eq(v, stops[0]) | wasm_i8x16_eq(v, stops[1]) |
                        wasm_i8x16_eq(v, stops[2]) | wasm_i8x16_eq(v, stops[3]);
    const unsigned found = static_cast<unsigned>(wasm_i8x16_bitmask(hits)) >> skip << skip;
    if (found != 0) return static_cast<std::size_t>(block + __builtin_ctz(found) - s);
  }
}

}  // extern "C"
