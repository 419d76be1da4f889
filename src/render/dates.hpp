// render/dates: reading the payload's ISO 8601 dates for <time datetime="...">.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cr::render {

struct IsoDate {
  int year = 0, month = 0, day = 0;
  std::string datetime;  // a valid HTML datetime value: "2026-01-22" or "2026-01-22T10:00:00Z"
};

// Accepts "YYYY-MM-DD" optionally followed by "T" (or a space) "HH:MM[:SS[.fraction]]" and a
// zone ("Z", "+HH:MM", "+HHMM"). The date must exist (2026-02-30 does not).
std::optional<IsoDate> parse_iso_date(std::string_view text);

}  // namespace cr::render
