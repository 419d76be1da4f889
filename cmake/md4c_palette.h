/* Forced into md4c.c by the build (-include, CMakeLists.txt): md4c tests a character against a
   short palette with strchr() (its ISANYOF), once per mark in each of its inline passes. As a
   call into libc that is about 5 % of a render thick with markup; inline, the palette's few
   characters are compared in place (docs/decisions.md §12, 2026-12-07 19:00). <string.h> is
   read first, so its declaration of strchr keeps its name, and md4c's own #include of it
   changes nothing. */
#ifndef CR_MD4C_PALETTE_H
#define CR_MD4C_PALETTE_H
#include <string.h>

static inline char* cr_md4c_palette_find(const char* palette, int c) {
  for (;; ++palette) {
    if (*palette == (char)c) return (char*)palette;
    if (*palette == '\0') return 0;
  }
}
#define strchr cr_md4c_palette_find
#endif
