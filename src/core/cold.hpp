// core/cold: CR_COLD marks a function that a render seldom or never runs (errors, rare payload
// shapes) in a file otherwise built for speed: kept out of line and, under clang, built for
// size, as whole files off the render path are (docs/decisions.md §9, §12).
#pragma once

#if defined(__clang__)
#define CR_COLD [[gnu::noinline]] __attribute__((minsize))
#else
#define CR_COLD [[gnu::noinline]]
#endif
