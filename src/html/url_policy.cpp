#include "html/url_policy.hpp"

#include <string>

namespace cr::html {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = lower(c);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// The URL as the scheme check sees it: percent-decoded (repeatedly, so %253A cannot hide a
// colon either), with every ASCII control, space and invisible separator removed.
std::string normalise(std::string_view url) {
  std::string s(url);
  for (int round = 0; round < 3; ++round) {
    std::string decoded;
    bool changed = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
        decoded.push_back(static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2])));
        i += 2;
        changed = true;
      } else {
        decoded.push_back(s[i]);
      }
    }
    s.swap(decoded);
    if (!changed) break;
  }
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c <= 0x20 || c == 0x7F) continue;
    // U+00A0, U+1680, U+2000-U+200F, U+2028-U+202F, U+205F-U+206F, U+3000, U+FEFF: spaces and
    // invisible format characters a reader (or an old parser) might skip.
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) { ++i; continue; }
    if (c == 0xE2 && i + 2 < s.size()) {
      unsigned char c1 = static_cast<unsigned char>(s[i + 1]), c2 = static_cast<unsigned char>(s[i + 2]);
      if ((c1 == 0x80 && (c2 <= 0x8F || (c2 >= 0xA8 && c2 <= 0xAF))) || (c1 == 0x81 && c2 >= 0x9F)) {
        i += 2;
        continue;
      }
    }
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
        static_cast<unsigned char>(s[i + 2]) == 0xBF) { i += 2; continue; }
    if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0x80) { i += 2; continue; }
    if (c == 0xE1 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x9A &&
        static_cast<unsigned char>(s[i + 2]) == 0x80) { i += 2; continue; }
    out.push_back(static_cast<char>(c));
  }
  return out;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) if (lower(s[i]) != prefix[i]) return false;
  return true;
}

bool is_raster_data_url(std::string_view s) {
  for (std::string_view type : {"data:image/png", "data:image/gif", "data:image/jpeg", "data:image/jpg",
                                "data:image/webp", "data:image/avif", "data:image/bmp"}) {
    if (starts_with_ci(s, type) && s.size() > type.size() && (s[type.size()] == ';' || s[type.size()] == ',')) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool is_allowed_url(std::string_view decoded_url, UrlUse use) {
  std::string s = normalise(decoded_url);
  // A scheme is letters, digits, + . - before the first ':' that precedes any / ? #.
  std::size_t colon = std::string::npos;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ':') { colon = i; break; }
    if (c == '/' || c == '?' || c == '#') break;
  }
  if (colon == std::string::npos) return true;  // no scheme: relative, fragment, //host
  std::string_view scheme(s.data(), colon);
  bool scheme_like = !scheme.empty() && is_alpha(scheme[0]);
  for (char c : scheme) {
    if (!is_alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') scheme_like = false;
  }
  // Something like "a b:c" or "€:x" is no scheme to a browser, but there is no reason to let a
  // colon-holding oddity through either: only the allow-listed schemes pass.
  std::string lowered;
  for (char c : scheme) lowered.push_back(lower(c));
  if (scheme_like && (lowered == "http" || lowered == "https" || lowered == "mailto" || lowered == "tel")) {
    return true;
  }
  return use == UrlUse::image && lowered == "data" && is_raster_data_url(s);
}

}  // namespace cr::html
