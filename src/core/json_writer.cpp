#include "core/json_writer.hpp"

#include <cstdint>

#include "core/utf8.hpp"

namespace cr::json_writer {

namespace {
const char kHex[] = "0123456789abcdef";

void append_u_escape(std::string& out, unsigned unit) {
  char buf[6] = {'\\', 'u', kHex[(unit >> 12) & 15], kHex[(unit >> 8) & 15], kHex[(unit >> 4) & 15],
                 kHex[unit & 15]};
  out.append(buf, 6);
}
}  // namespace

void append_string(std::string& out, std::string_view s) {
  out.push_back('"');
  std::size_t run = 0, i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) { ++i; continue; }
    if (c >= 0x80) {
      std::size_t len = utf8::valid_sequence_length(s, i);
      if (len) { i += len; continue; }
      out.append(s.data() + run, i - run);
      // A WTF-8 surrogate (ED A0..BF xx) goes back to JS as its lone code unit.
      if (c == 0xED && i + 2 < n && (static_cast<unsigned char>(s[i + 1]) & 0xE0) == 0xA0 &&
          (static_cast<unsigned char>(s[i + 2]) & 0xC0) == 0x80) {
        unsigned unit = 0xD000 | ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
                        (static_cast<unsigned char>(s[i + 2]) & 0x3F);
        append_u_escape(out, unit);
        i += 3;
      } else {
        append_u_escape(out, 0xFFFD);
        ++i;
      }
      run = i;
      continue;
    }
    out.append(s.data() + run, i - run);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: append_u_escape(out, c);
    }
    ++i;
    run = i;
  }
  out.append(s.data() + run, n - run);
  out.push_back('"');
}

}  // namespace cr::json_writer
