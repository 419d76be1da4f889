// What the fuzzers assert about HTML the module wrote: valid UTF-8, no forbidden element, no
// event handler or style attribute, no URL attribute with a scheme other than http(s), mailto,
// tel (or a raster data: image). Written independently of src/html so a bug there is caught.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/utf8.hpp"

namespace cr::fuzz {

[[noreturn]] inline void fail(const char* what, std::string_view html) {
  std::fprintf(stderr, "PROPERTY VIOLATED: %s\n--- output ---\n%.*s\n", what, static_cast<int>(html.size()), html.data());
  std::abort();
}

inline bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = utf8::valid_sequence_length(s, i);
    if (!len) return false;
    i += len;
  }
  return true;
}

inline char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

inline std::string decode_attribute(std::string_view v) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i] != '&') { out.push_back(v[i]); continue; }
    std::size_t semi = v.find(';', i);
    std::string_view ent = semi == std::string_view::npos ? std::string_view() : v.substr(i, semi - i + 1);
    if (ent == "&amp;") out.push_back('&');
    else if (ent == "&lt;") out.push_back('<');
    else if (ent == "&gt;") out.push_back('>');
    else if (ent == "&quot;") out.push_back('"');
    else { out.push_back('&'); continue; }
    i = semi;
  }
  return out;
}

inline bool dangerous_url(std::string_view raw, std::string_view tag) {
  std::string v = decode_attribute(raw), s;
  std::size_t b = 0, e = v.size();
  while (b < e && static_cast<unsigned char>(v[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(v[e - 1]) <= 0x20) --e;
  for (std::size_t i = b; i < e; ++i) if (v[i] != '\t' && v[i] != '\n' && v[i] != '\r') s.push_back(lower(v[i]));
  std::size_t colon = s.find(':');
  if (colon == std::string::npos) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    char c = s[i];
    bool scheme_char = (c >= 'a' && c <= 'z') || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
    if (!scheme_char) return false;  // a '/', '?' or '#' first: no scheme
  }
  std::string scheme = s.substr(0, colon);
  if (scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel") return false;
  if (scheme == "data" && tag == "img") {
    for (const char* t : {"data:image/png", "data:image/gif", "data:image/jpeg", "data:image/jpg", "data:image/webp",
                          "data:image/avif", "data:image/bmp"}) {
      std::string_view ts(t);
      if (s.compare(0, ts.size(), ts) == 0 && s.size() > ts.size() && (s[ts.size()] == ';' || s[ts.size()] == ',')) return false;
    }
  }
  return true;
}

// Checks every tag of `html` (as a browser's tokenizer would split it in data state).
inline void check_safe_html(std::string_view html) {
  if (!valid_utf8(html)) fail("output is not valid UTF-8", html);
  static const char* forbidden[] = {"script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "svg",
                                    "math", "form", "button", "select", "textarea", "meta", "base", "link", "template",
                                    "noscript", "xmp", "plaintext", "video", "audio", "body", "html", "head"};
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    std::size_t k = i + 1;
    if (k >= html.size()) break;
    if (html[k] == '!' || html[k] == '?') fail("a comment, declaration or processing instruction in the output", html);
    if (!((html[k] >= 'a' && html[k] <= 'z') || (html[k] >= 'A' && html[k] <= 'Z'))) continue;
    std::string name;
    while (k < html.size() && html[k] != ' ' && html[k] != '>' && html[k] != '/' && html[k] != '\t' && html[k] != '\n') {
      name.push_back(lower(html[k++]));
    }
    for (const char* f : forbidden) if (name == f) fail("a forbidden element", html);
    if (name == "input" && html.compare(k, 42, " type=\"checkbox\" class=\"task-list-item-che") != 0) fail("an <input>", html);
    // Attributes: name="value" (the writer always double-quotes).
    while (k < html.size() && html[k] != '>') {
      while (k < html.size() && (html[k] == ' ' || html[k] == '/')) ++k;
      std::string attr;
      while (k < html.size() && html[k] != '=' && html[k] != ' ' && html[k] != '>') attr.push_back(lower(html[k++]));
      std::string_view value;
      if (k < html.size() && html[k] == '=') {
        if (k + 1 >= html.size() || html[k + 1] != '"') fail("an unquoted attribute", html);
        std::size_t close = html.find('"', k + 2);
        if (close == std::string_view::npos) fail("an unterminated attribute", html);
        value = html.substr(k + 2, close - k - 2);
        k = close + 1;
      }
      if (attr.size() > 2 && attr[0] == 'o' && attr[1] == 'n') fail("an event handler attribute", html);
      if (attr == "style") fail("a style attribute", html);
      if ((attr == "href" || attr == "src" || attr == "cite" || attr == "srcset" || attr == "action" || attr == "poster") &&
          dangerous_url(value, name)) {
        fail("a dangerous URL", html);
      }
    }
  }
}

}  // namespace cr::fuzz
