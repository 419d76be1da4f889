#include "render/language.hpp"

#include <vector>

namespace cr::render {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }

bool all(std::string_view s, bool (*pred)(char)) {
  for (char c : s) if (!pred(c)) return false;
  return !s.empty();
}
bool alnum(char c) { return is_alpha(c) || is_digit(c); }

// Languages written right to left (ISO 639 codes), and scripts that are.
bool rtl_language(std::string_view l) {
  for (std::string_view x : {"ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "arc", "syr",
                             "nqo", "ks", "ku_arab", "prs", "pnb", "mzn", "lrc", "glk", "bal", "azb"}) {
    if (l == x) return true;
  }
  return false;
}
bool rtl_script(std::string_view s) {
  for (std::string_view x : {"Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr"}) {
    if (s == x) return true;
  }
  return false;
}

}  // namespace

Language parse_language(std::string_view locale) {
  // Drop a POSIX charset or modifier ("en_US.UTF-8", "de_DE@euro").
  locale = locale.substr(0, locale.find_first_of(".@"));
  std::vector<std::string> parts;
  std::string cur;
  for (char c : locale) {
    if (c == '-' || c == '_') { parts.push_back(cur); cur.clear(); }
    else cur.push_back(c);
  }
  parts.push_back(cur);
  Language out;
  const std::string& first = parts[0];
  if (!(all(first, is_alpha) && (first.size() == 2 || first.size() == 3 || (first.size() >= 5 && first.size() <= 8)))) {
    out.valid = false;
    return out;
  }
  std::string tag;
  for (char c : first) tag.push_back(lower(c));
  out.primary = tag;
  std::string script;
  bool in_extension = false;
  for (std::size_t i = 1; i < parts.size(); ++i) {
    const std::string& p = parts[i];
    if (p.empty() || p.size() > 8 || !all(p, alnum)) { out.valid = false; return Language{}; }
    std::string norm;
    if (p.size() == 1) in_extension = true;
    if (!in_extension && i >= 1 && p.size() == 4 && all(p, is_alpha) && script.empty() && out.region.empty()) {
      norm.push_back(upper(p[0]));
      for (std::size_t k = 1; k < p.size(); ++k) norm.push_back(lower(p[k]));
      script = norm;
    } else if (!in_extension && ((p.size() == 2 && all(p, is_alpha)) || (p.size() == 3 && all(p, is_digit))) &&
               out.region.empty()) {
      for (char c : p) norm.push_back(upper(c));
      out.region = norm;
    } else {
      for (char c : p) norm.push_back(lower(c));
    }
    tag += "-" + norm;
  }
  out.tag = tag;
  out.rtl = script.empty() ? rtl_language(out.primary) : rtl_script(script);
  return out;
}

}  // namespace cr::render
