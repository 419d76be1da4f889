// Fuzzes the URL policy against an independent oracle: whatever is_allowed_url lets through,
// a browser must see as http(s), mailto, tel, a raster data: image (for images) or no scheme,
// also after the HTML writer's percent-encoding.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/buffer.hpp"
#include "html/escape.hpp"
#include "html/url_policy.hpp"
#include "html_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  auto use = (data[0] & 1) ? cr::html::UrlUse::image : cr::html::UrlUse::link;
  std::string_view url(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (!cr::html::is_allowed_url(url, use)) return 0;
  const char* tag = use == cr::html::UrlUse::image ? "img" : "a";
  if (cr::fuzz::dangerous_url(url, tag)) cr::fuzz::fail("an allowed URL a browser reads as a dangerous scheme", url);
  cr::Buffer encoded;
  cr::html::append_url_encoded(encoded, url);
  if (cr::fuzz::dangerous_url(encoded.view(), tag)) {
    cr::fuzz::fail("an allowed URL dangerous once percent-encoded", encoded.view());
  }
  return 0;
}
