#pragma once

#include <cstddef>
#include <string_view>

// ASCII letter case, for the names and keywords the renderer compares without case (tag and
// attribute names, schemes, language subtags, titles, winners). Other bytes, UTF-8 included,
// are compared as they are.

namespace cr {

inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

inline bool ascii_iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

}  // namespace cr
