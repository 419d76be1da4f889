// Shared helpers for the native tests: reading fixtures and running the API on them.
#pragma once

#include <fstream>
#include <sstream>
#include <cstdio>
#include <string>

#include "api.hpp"

namespace cr::test {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string seed() { return read_file(std::string(CR_SOURCE_DIR) + "/tests/fixtures/seed/rust-vs-go.payload.json"); }
inline std::string fixture(const std::string& name) {
  return read_file(std::string(CR_SOURCE_DIR) + "/tests/fixtures/" + name);
}

inline Result<RenderResult> render(std::string_view input, std::string_view options_json = "") {
  auto options = parse_render_options(options_json);
  if (!options.ok()) return options.error();
  return render_comparison(input, options.value());
}

inline std::string markdown(std::string_view md, std::string_view options_json = "") {
  auto options = parse_markdown_options(options_json);
  if (!options.ok()) return "<bad options>";
  auto r = render_markdown(md, options.value());
  return r.ok() ? r.value().str() : "<error: " + r.error().message + ">";
}

// `s` as a JSON string literal (quotes, backslashes and control characters escaped).
inline std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') { out += '\\'; out += c; }
    else if (c == '\n') out += "\\n";
    else if (static_cast<unsigned char>(c) < 0x20) { char e[8]; std::snprintf(e, sizeof e, "\\u%04x", c); out += e; }
    else out += c;
  }
  return out + "\"";
}

inline std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t i = haystack.find(needle); i != std::string::npos; i = haystack.find(needle, i + 1)) ++n;
  return n;
}

}  // namespace cr::test
