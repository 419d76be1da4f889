// Fuzzes the raw-HTML sanitizer directly, fed in chunks (the first byte picks the chunk size and
// the context), as md4c feeds it. Output must pass the safety check, and every element it opens
// must be closed (the check counts start and end tags of non-void elements).
#include <cstdint>
#include <string>
#include <string_view>

#include "core/buffer.hpp"
#include "html/sanitize.hpp"
#include "html_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  std::size_t chunk = 1 + (data[0] & 0x3F);
  auto context = (data[0] & 0x40) ? cr::html::HtmlContext::phrasing : cr::html::HtmlContext::flow;
  // The sanitizer only ever sees valid UTF-8 (the API repairs input first); chunks may still
  // split a character, as the fuzzer's arbitrary chunk sizes do.
  std::string repaired;
  cr::utf8::append_valid(repaired, std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  std::string_view input = repaired;
  cr::Buffer written;
  const int offset = data[0] >> 7;  // an article's outline, moved down by 0 or 1
  cr::html::HeadingLevels levels(offset, true, 2 + offset);
  cr::html::Sanitizer s(written, context, &levels);
  for (std::size_t i = 0; i < input.size(); i += chunk) s.feed(input.substr(i, chunk));
  s.finish();
  std::string out(written.view());
  if (!s.idle()) cr::fuzz::fail("the sanitizer is not idle after finish()", out);
  cr::fuzz::check_safe_html(out);
  // Balance: every start tag of a non-void element has its end tag.
  int depth = 0;
  for (std::size_t i = out.find('<'); i != std::string::npos; i = out.find('<', i + 1)) {
    bool end = i + 1 < out.size() && out[i + 1] == '/';
    std::size_t name_begin = i + (end ? 2 : 1), k = name_begin;
    while (k < out.size() && out[k] != ' ' && out[k] != '>') ++k;
    std::string name = out.substr(name_begin, k - name_begin);
    if (name == "br" || name == "hr" || name == "img" || name == "wbr" || name == "col") continue;
    depth += end ? -1 : 1;
    if (depth < 0) cr::fuzz::fail("an end tag without its start tag", out);
  }
  if (depth != 0) cr::fuzz::fail("unbalanced elements", out);
  return 0;
}
