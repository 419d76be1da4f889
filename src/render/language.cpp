#include "render/language.hpp"

#include <iterator>

#include "core/ascii.hpp"

namespace cr::render {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }

bool all(std::string_view s, bool (*pred)(char)) {
  for (char c : s) if (!pred(c)) return false;
  return !s.empty();
}
bool alnum(char c) { return is_alpha(c) || is_digit(c); }

// Languages written right to left (ISO 639 codes; "iw" and "ji" are the old codes of Hebrew and
// Yiddish), and scripts that are.
constexpr std::string_view kRtlLanguages[] = {"ar",  "he",  "iw",  "fa",  "ur",  "ps",  "sd",  "ug",  "yi",  "ji",
                                              "dv",  "ckb", "arc", "syr", "nqo", "ks",  "prs", "pnb", "mzn", "lrc",
                                              "glk", "bal", "azb", "sdh", "skr", "khw", "haz", "hnd", "bqi", "luz",
                                              "bgn", "brh", "wni", "zdj"};
constexpr std::string_view kRtlScripts[] = {"Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr"};
// Where a language's region changes its usual script, and so the direction above (CLDR's likely
// subtags: Punjabi in Pakistan is written in Arabic script, Sindhi in India in Devanagari).
constexpr std::string_view kOtherDirectionIn[] = {"az-IQ", "az-IR", "ha-CM", "ha-SD", "kk-AF", "kk-CN", "kk-IR",
                                                  "kk-MN", "ku-IQ", "ku-IR", "ku-LB", "ky-CN", "ms-CC", "pa-PK",
                                                  "tg-PK", "uz-AF", "sd-IN", "ug-KZ", "ug-MN"};

bool listed(std::string_view s, const std::string_view* list, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) if (list[i] == s) return true;
  return false;
}

// Appends `s` to `out` with the case `convert` gives each letter.
void append_converted(std::string& out, std::string_view s, char (*convert)(char)) {
  for (char c : s) out.push_back(convert(c));
}

}  // namespace

Language parse_language(std::string_view locale) {
  // Drop a POSIX charset or modifier ("en_US.UTF-8", "de_DE@euro").
  locale = locale.substr(0, locale.find_first_of(".@"));
  // Subtags are separated by '-' or '_'; each is read as a view of `locale`.
  std::size_t at = 0;
  auto next_subtag = [&]() {
    std::size_t end = at;
    while (end < locale.size() && locale[end] != '-' && locale[end] != '_') ++end;
    std::string_view part = locale.substr(at, end - at);
    at = end + 1;
    return part;
  };
  const std::string_view first = next_subtag();
  Language out;
  if (!(all(first, is_alpha) && (first.size() == 2 || first.size() == 3 || (first.size() >= 5 && first.size() <= 8)))) {
    out.valid = false;
    return out;
  }
  std::string tag;
  tag.reserve(locale.size());
  append_converted(tag, first, ascii_lower);
  out.primary = tag;
  std::size_t script_at = 0;  // where the script subtag is in `tag`, written in its case ("Arab")
  char singleton = 0;           // the extension being read, if any ('u': Unicode locale keywords)
  bool numbering_next = false;  // the last subtag was the u extension's key "nu"
  while (at <= locale.size()) {
    const std::string_view p = next_subtag();
    if (p.empty() || p.size() > 8 || !all(p, alnum)) {
      Language english;  // not a tag after all ("en-", "de--DE"): English, said so
      english.valid = false;
      return english;
    }
    if (p.size() == 1 && singleton != 'x') singleton = ascii_lower(p[0]);  // after x-, all is private use
    tag.push_back('-');
    if (!singleton && p.size() == 4 && all(p, is_alpha) && script_at == 0 && out.region.empty()) {
      script_at = tag.size();
      tag.push_back(upper(p[0]));
      append_converted(tag, p.substr(1), ascii_lower);
    } else if (!singleton && ((p.size() == 2 && all(p, is_alpha)) || (p.size() == 3 && all(p, is_digit))) &&
               out.region.empty()) {
      append_converted(out.region, p, upper);
      tag += out.region;
    } else {
      append_converted(tag, p, ascii_lower);
      if (singleton == 'u' && p.size() > 1) {  // a keyword's key or type, now lower case at the end of `tag`
        const std::string_view lower = std::string_view(tag).substr(tag.size() - p.size());
        if (numbering_next && out.numbering == Numbering::unspecified) {
          out.numbering = lower == "latn" ? Numbering::latin : lower == "arab" ? Numbering::arabic : Numbering::unspecified;
        }
        numbering_next = lower == "nu";
      }
    }
  }
  if (script_at != 0) {
    out.rtl = listed(std::string_view(tag).substr(script_at, 4), kRtlScripts, std::size(kRtlScripts));
  } else {
    out.rtl = listed(out.primary, kRtlLanguages, std::size(kRtlLanguages));
    if (out.primary.size() == 2 && out.region.size() == 2) {
      const char in_region[] = {out.primary[0], out.primary[1], '-', out.region[0], out.region[1]};
      if (listed(std::string_view(in_region, 5), kOtherDirectionIn, std::size(kOtherDirectionIn))) out.rtl = !out.rtl;
    }
  }
  out.tag = std::move(tag);
  return out;
}

}  // namespace cr::render
