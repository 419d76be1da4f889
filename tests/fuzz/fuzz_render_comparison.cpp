// Fuzzes renderComparison end to end (payload -> article); the first byte picks the raw-HTML
// mode. Every article must be one well-formed <article> that passes the safety check.
#include <cstdint>
#include <string_view>

#include "api.hpp"
#include "html_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const char* modes[] = {"", "{\"rawHtml\":\"escape\"}", "{\"rawHtml\":\"drop\"}", "{\"idPrefix\":\"f-\",\"headingOffset\":1}"};
  std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  auto options = cr::parse_render_options(modes[data[0] % 4]);
  auto r = cr::render_comparison(input, options.value());
  if (!r.ok()) return 0;
  std::string_view html = r.value().html.view();
  if (html.substr(0, 9) != "<article " || html.size() < 11 || html.substr(html.size() - 11) != "</article>\n") {
    cr::fuzz::fail("not one article", html);
  }
  cr::fuzz::check_safe_html(html);
  return 0;
}
