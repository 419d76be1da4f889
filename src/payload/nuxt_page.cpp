#include "payload/nuxt_page.hpp"

#include <cstdint>

#include "core/ascii.hpp"
#include "core/utf8.hpp"

namespace cr::payload {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Position of "</name" (any case) at or after `from`, or npos.
std::size_t find_end_tag(std::string_view html, std::size_t from, std::string_view name) {
  for (std::size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
    if (i + 2 + name.size() <= html.size() && ascii_iequals(html.substr(i + 2, name.size()), name)) {
      std::size_t after = i + 2 + name.size();
      if (after == html.size() || is_space(html[after]) || html[after] == '>' || html[after] == '/') return i;
    }
  }
  return std::string_view::npos;
}

// Decodes the character references an attribute value may use (enough for a URL).
std::string decode_attribute(std::string_view v) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i] != '&') { out.push_back(v[i]); continue; }
    std::size_t semi = v.substr(0, i + 11).find(';', i);  // a reference is short: never look further
    if (semi == std::string_view::npos) { out.push_back('&'); continue; }
    std::string_view name = v.substr(i + 1, semi - i - 1);
    std::uint32_t cp = 0;
    if (name == "amp") cp = '&';
    else if (name == "quot") cp = '"';
    else if (name == "apos") cp = '\'';
    else if (name == "lt") cp = '<';
    else if (name == "gt") cp = '>';
    else if (name.size() > 1 && name[0] == '#') {
      bool hex = name[1] == 'x' || name[1] == 'X';
      for (std::size_t k = hex ? 2 : 1; k < name.size(); ++k) {
        char c = name[k];
        const char l = ascii_lower(c);
        int d = c >= '0' && c <= '9' ? c - '0' : hex && l >= 'a' && l <= 'f' ? l - 'a' + 10 : -1;
        if (d < 0 || cp > 0x10FFFF) { cp = 0; break; }
        cp = cp * (hex ? 16 : 10) + d;
      }
    }
    if (!cp) { out.push_back('&'); continue; }
    utf8::append(out, cp);
    i = semi;
  }
  return out;
}

struct Tag {
  std::string name;
  bool has_nuxt_id = false;
  bool has_nuxt_data = false;
  std::string data_src;
  std::size_t end = 0;  // position after '>'
};

// Reads a start tag whose name begins at `i` (just after '<'). Returns false at end of input.
bool read_start_tag(std::string_view html, std::size_t i, Tag& tag) {
  const std::size_t n = html.size();
  std::size_t k = i;
  bool seen_id = false, seen_src = false;
  while (k < n && !is_space(html[k]) && html[k] != '>' && html[k] != '/') tag.name.push_back(ascii_lower(html[k++]));
  while (k < n) {
    while (k < n && (is_space(html[k]) || html[k] == '/')) ++k;
    if (k >= n) return false;
    if (html[k] == '>') { tag.end = k + 1; return true; }
    std::size_t name_begin = k++;
    while (k < n && !is_space(html[k]) && html[k] != '/' && html[k] != '>' && html[k] != '=') ++k;
    std::string_view attr = html.substr(name_begin, k - name_begin);
    while (k < n && is_space(html[k])) ++k;
    std::string_view value;
    if (k < n && html[k] == '=') {
      ++k;
      while (k < n && is_space(html[k])) ++k;
      if (k < n && (html[k] == '"' || html[k] == '\'')) {
        char q = html[k++];
        std::size_t close = html.find(q, k);
        if (close == std::string_view::npos) return false;
        value = html.substr(k, close - k);
        k = close + 1;
      } else {
        std::size_t b = k;
        while (k < n && !is_space(html[k]) && html[k] != '>') ++k;
        value = html.substr(b, k - b);
      }
    }
    // HTML keeps the first of an attribute given twice.
    if (ascii_iequals(attr, "id")) {
      if (!seen_id) tag.has_nuxt_id = decode_attribute(value) == "__NUXT_DATA__";
      seen_id = true;
    } else if (ascii_iequals(attr, "data-nuxt-data")) {
      tag.has_nuxt_data = true;
    } else if (ascii_iequals(attr, "data-src")) {
      if (!seen_src) tag.data_src = decode_attribute(value);
      seen_src = true;
    }
  }
  return false;
}

bool is_raw_text_element(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp" ||
         name == "iframe" || name == "noembed" || name == "noframes" || name == "noscript";
}

}  // namespace

Result<NuxtDataScript> find_nuxt_data(std::string_view html) {
  const std::size_t n = html.size();
  bool have_fallback = false;
  NuxtDataScript fallback;
  std::size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.compare(i, 4, "<!--") == 0) {
      // "<!-->" and "<!--->" are whole (empty) comments, as HTML parses them.
      if (html.compare(i + 4, 1, ">") == 0) { i += 5; continue; }
      if (html.compare(i + 4, 2, "->") == 0) { i += 6; continue; }
      std::size_t close = html.find("-->", i + 4);
      if (close == std::string_view::npos) break;
      i = close + 3;
      continue;
    }
    if (i + 1 < n && (html[i + 1] == '!' || html[i + 1] == '?' || html[i + 1] == '/')) {
      std::size_t close = html.find('>', i + 2);
      if (close == std::string_view::npos) break;
      i = close + 1;
      continue;
    }
    if (i + 1 >= n || !is_alpha(html[i + 1])) { ++i; continue; }
    Tag tag;
    if (!read_start_tag(html, i + 1, tag)) break;
    i = tag.end;
    if (tag.name == "plaintext") break;
    if (!is_raw_text_element(tag.name)) continue;
    std::size_t close = find_end_tag(html, i, tag.name);
    std::size_t text_end = close == std::string_view::npos ? n : close;
    if (tag.name == "script" && (tag.has_nuxt_id || tag.has_nuxt_data)) {
      NuxtDataScript found{i, text_end, tag.data_src};
      if (tag.has_nuxt_id) return found;
      if (!have_fallback) { fallback = found; have_fallback = true; }
    }
    if (close == std::string_view::npos) break;
    i = close;
  }
  if (have_fallback) return fallback;
  bool old_style = html.find("window.__NUXT__=(function") != std::string_view::npos ||
                   html.find("window.__NUXT__=") != std::string_view::npos;
  return make_error(ErrorCode::no_payload_script,
                    old_style ? "The HTML page carries its data as JavaScript (window.__NUXT__, Nuxt 3.0-3.3 "
                                "or renderJsonPayloads: false), which is not supported; a JSON payload "
                                "script (__NUXT_DATA__) is needed."
                              : "The HTML page has no Nuxt payload script (<script id=\"__NUXT_DATA__\">).");
}

}  // namespace cr::payload
