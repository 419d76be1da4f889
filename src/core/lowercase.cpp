#include "core/lowercase.hpp"

#include <algorithm>
#include <iterator>

namespace cr {

namespace {

struct Run {
  std::uint32_t packed;  // first code point (21 bits) | span (10 bits) << 21 | alternate << 31
  std::int32_t delta;
  std::uint32_t first() const { return packed & 0x1FFFFF; }
  std::uint32_t last() const { return first() + ((packed >> 21) & 0x3FF); }
  bool alternate() const { return (packed >> 31) != 0; }  // every other code point from first, + 1
};

constexpr Run kRuns[] = {
#include "core/lowercase_table.inc"
};

}  // namespace

std::uint32_t lowercase(std::uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
  // The last run that starts at or before cp.
  const Run* run = std::upper_bound(std::begin(kRuns), std::end(kRuns), cp,
                                    [](std::uint32_t c, const Run& r) { return c < r.first(); });
  if (run == std::begin(kRuns)) return cp;
  --run;
  if (cp > run->last() || (run->alternate() && ((cp - run->first()) & 1) != 0)) return cp;
  return static_cast<std::uint32_t>(static_cast<std::int32_t>(cp) + run->delta);
}

}  // namespace cr
