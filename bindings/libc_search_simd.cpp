// The WebAssembly build's memchr and strchr, in place of musl's (this file's definitions are
// linked first, so libc's are never pulled in). musl's run a word at a time with an alignment
// prologue: in a Node profile of 1,000 ~10 KB articles they were 7 % of the time, called by md4c
// (a palette of a few characters per strchr, a line's rest per memchr) and by the JSON string
// decoder. Here memchr takes sixteen bytes a step with wasm SIMD, and strchr is the plain loop a
// short palette wants. Built with -fno-builtin, so the compiler cannot turn them into calls to
// themselves. A native build keeps its own libc's.
#include <wasm_simd128.h>

#include <cstddef>

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

char* strchr(const char* s, int c) {
  const char wanted = static_cast<char>(c);
  for (;; ++s) {
    if (*s == wanted) return const_cast<char*>(s);
    if (*s == '\0') return nullptr;
  }
}

}  // extern "C"
