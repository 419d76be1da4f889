#include "markdown/heading_ids.hpp"

#include <cstdint>

#include "core/utf8.hpp"

namespace cr::markdown {

namespace {

// Non-ASCII code points that are punctuation or symbols in common scripts: dropped from slugs.
bool is_unicode_punctuation(std::uint32_t cp) {
  return (cp >= 0x00A0 && cp <= 0x00BF) || cp == 0x00D7 || cp == 0x00F7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
         (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE10 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
         (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) ||
         (cp >= 0x1F000 && cp <= 0x1FAFF) || cp == 0xFFFD || (cp >= 0x0600 && cp <= 0x060F && cp != 0x0600) ||
         cp == 0x061F || cp == 0x066A || cp == 0x066B || cp == 0x066C || cp == 0x066D || cp == 0x06D4;
}

std::uint32_t decode_at(std::string_view s, std::size_t i, std::size_t len) {
  auto b = [&](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(s[i + k])); };
  if (len == 2) return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
  if (len == 3) return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
  return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
}

}  // namespace

std::string slugify(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c + 32));
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') out.push_back(static_cast<char>(c));
      else if (c == ' ' || c == '\t' || c == '\n') out.push_back('-');
      ++i;
      continue;
    }
    std::size_t len = utf8::valid_sequence_length(text, i);
    if (len == 0) { ++i; continue; }
    if (!is_unicode_punctuation(decode_at(text, i, len))) out.append(text.substr(i, len));
    i += len;
  }
  return out;
}

std::string HeadingIds::make(std::string_view text) {
  std::string base = slugify(text);
  if (base.empty()) base = "section";
  std::string id = base;
  if (used_.count(id)) {
    int& n = last_suffix_[base];
    do id = base + "-" + std::to_string(++n); while (used_.count(id));
  }
  used_.insert(id);
  return id;
}

}  // namespace cr::markdown
