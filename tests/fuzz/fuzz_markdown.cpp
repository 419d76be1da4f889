// Fuzzes renderMarkdown; the first byte picks dialect, raw-HTML mode (never "trust") and heading
// options. Output must be valid UTF-8 and pass the safety check.
#include <cstdint>
#include <string>
#include <string_view>

#include "api.hpp"
#include "html_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  std::uint8_t flags = data[0];
  cr::MarkdownOptions o;
  o.markdown.dialect = (flags & 1) ? cr::markdown::Dialect::commonmark : cr::markdown::Dialect::github;
  o.markdown.raw_html = (flags & 6) == 2 ? cr::markdown::RawHtml::escape
                      : (flags & 6) == 4 ? cr::markdown::RawHtml::drop : cr::markdown::RawHtml::sanitize;
  o.markdown.heading_ids = flags & 8;
  o.markdown.heading_offset = (flags >> 4) % 6;
  if (flags & 0x80) {
    o.markdown.article = true;
    o.markdown.title = "T";
  }
  std::string_view md(reinterpret_cast<const char*>(data) + 1, size - 1);
  auto r = cr::render_markdown(md, o);
  if (r.ok()) cr::fuzz::check_safe_html(r.value().view());
  return 0;
}
