// core/lowercase: a code point in lower case, as JavaScript's toLowerCase() writes it, for the
// slugs of heading ids (GitHub's are lower case in every script).
#pragma once

#include <cstdint>

namespace cr {

// Unicode's simple lowercase mapping (one code point to one; scripts/make-lowercase-table.mjs),
// ASCII included; a code point without one is itself. U+0130 (İ), which toLowerCase() writes as
// two code points, is itself here: append_slug writes it.
std::uint32_t lowercase(std::uint32_t cp);

}  // namespace cr
