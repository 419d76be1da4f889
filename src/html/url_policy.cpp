#include "html/url_policy.hpp"

#include <array>
#include <string>

#include "core/ascii.hpp"
#include "html/escape.hpp"

namespace cr::html {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = ascii_lower(c);
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
  for (std::size_t i = 0; i < prefix.size(); ++i) if (ascii_lower(s[i]) != prefix[i]) return false;
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

// The scheme of `s` (lower-cased), "" when there is none: letters, digits, + . - before the
// first ':' that precedes any / ? #. A colon after anything else also counts, as an unknown
// scheme, so that oddities are refused rather than guessed about.
std::string scheme_of(std::string_view s) {
  std::size_t colon = std::string_view::npos;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ':') { colon = i; break; }
    if (c == '/' || c == '?' || c == '#') break;
  }
  if (colon == std::string_view::npos) return {};
  std::string lowered;
  for (std::size_t i = 0; i < colon; ++i) {
    char c = s[i];
    bool ok = is_alpha(c) || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-'));
    lowered.push_back(ok ? ascii_lower(c) : '\x01');  // a character no allowed scheme has
  }
  return lowered.empty() ? std::string("\x01") : lowered;
}

// The URL as a browser's URL parser reads it: C0 controls and spaces trimmed from both ends,
// tabs and newlines deleted everywhere.
std::string browser_view(std::string_view url) {
  std::size_t b = 0, e = url.size();
  while (b < e && static_cast<unsigned char>(url[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(url[e - 1]) <= 0x20) --e;
  std::string out;
  for (std::size_t i = b; i < e; ++i) {
    if (url[i] != '\t' && url[i] != '\n' && url[i] != '\r') out.push_back(url[i]);
  }
  return out;
}

// The scheme a browser would parse (strict syntax), "" when there is none.
std::string strict_scheme_of(std::string_view s) {
  std::string scheme = scheme_of(s);
  return scheme.find('\x01') == std::string::npos ? scheme : std::string();
}

// The allow-list: no scheme, http(s), mailto, tel; for images also raster data: URLs.
bool scheme_allowed(std::string_view scheme, std::string_view view, UrlUse use) {
  if (scheme.empty() || scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel") return true;
  return use == UrlUse::image && scheme == "data" && is_raster_data_url(view);
}

bool passes(std::string_view view, UrlUse use) { return scheme_allowed(scheme_of(view), view, use); }

// What plainly_safe looks for in each byte, by table: one load a byte, the verdict at the end.
constexpr unsigned char kUnplain = 1;  // a control, space, DEL, non-ASCII, % & or backslash
constexpr unsigned char kColon = 2;
constexpr std::array<unsigned char, 256> make_plain_table() {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c <= 0x20 || c >= 0x7F || c == '%' || c == '&' || c == '\\') t[c] = kUnplain;
  }
  t[':'] = kColon;
  return t;
}
constexpr auto kPlainTable = make_plain_table();

// Most URLs are plainly safe: http(s)://, a path, a fragment, or no colon at all, made only of
// printable ASCII with no '%' or '&' that could hide anything. Those pass without the slow
// checks below (which allocate). The answer is the same either way; this only saves time.
bool plainly_safe(std::string_view url) {
  unsigned seen = 0;
  for (char ch : url) seen |= kPlainTable[static_cast<unsigned char>(ch)];
  if (seen & kUnplain) return false;
  if (!(seen & kColon)) return true;
  auto starts = [&](std::string_view p) {
    if (url.size() < p.size()) return false;
    for (std::size_t i = 0; i < p.size(); ++i) if (ascii_lower(url[i]) != p[i]) return false;
    return true;
  };
  if (starts("https://") || starts("http://") || starts("mailto:")) return true;
  // A colon after the first '/', '?' or '#' is not a scheme's.
  std::size_t first_colon = url.find(':');
  std::size_t first_delim = url.find_first_of("/?#");
  return first_delim != std::string_view::npos && first_delim < first_colon;
}

}  // namespace

bool is_allowed_url(std::string_view decoded_url, UrlUse use) {
  if (plainly_safe(decoded_url)) return true;
  // Both the browser's reading and a suspicious one (percent-decoded, every control and
  // invisible separator removed) must pass: what one reader would take for a script scheme,
  // no reader gets.
  std::string view = browser_view(decoded_url);
  for (std::size_t i = 0; i < view.size(); ++i) {
    auto c = static_cast<unsigned char>(view[i]);
    if (c < 0x20 || c == 0x7F) {
      // A control left inside the URL: only after a / ? or # (a path, query or fragment),
      // never where it could be part of a scheme.
      if (std::string_view(view.data(), i).find_first_of("/?#") == std::string_view::npos) return false;
      break;
    }
  }
  if (!passes(view, use) || !passes(normalise(decoded_url), use)) return false;
  // The markdown writer emits the URL percent-encoded (a tab becomes %09, which a browser keeps):
  // the form the browser finally reads must pass as well.
  Buffer written;
  append_url_encoded(written, decoded_url);
  std::string encoded;  // as the browser reads the attribute: each "&amp;" is "&" (in one pass)
  const std::string_view w = written.view();
  encoded.reserve(w.size());
  for (std::size_t from = 0;;) {
    const std::size_t at = w.find("&amp;", from);
    encoded.append(w.substr(from, at - from));
    if (at == std::string_view::npos) break;
    encoded.push_back('&');
    from = at + 5;
  }
  std::string final_view = browser_view(encoded);
  return scheme_allowed(strict_scheme_of(final_view), final_view, use);
}

}  // namespace cr::html
