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
  const std::string& html = r.value().html;
  if (html.rfind("<article ", 0) != 0 || html.size() < 11 || html.compare(html.size() - 11, 11, "</article>\n") != 0) {
    cr::fuzz::fail("not one article", html);
  }
  cr::fuzz::check_safe_html(html);
  return 0;
}
