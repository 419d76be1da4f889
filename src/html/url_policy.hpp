// html/url_policy: which link and image URLs may reach the page.
// Decides on the URL as a browser will see it: after entity decoding (done by the caller),
// percent-decoding, trimming of C0 controls and spaces, and deleting tabs and newlines.
// Allowed: http, https, mailto, tel, and URLs without a scheme (relative paths, "#fragment",
// "//host"). data: only for raster images (png, gif, jpeg, webp, avif, bmp) in <img>.
// Never: javascript:, vbscript:, file:, data: (otherwise) or any other scheme.
#pragma once

#include <string_view>

namespace cr::html {

enum class UrlUse { link, image };

bool is_allowed_url(std::string_view decoded_url, UrlUse use);

}  // namespace cr::html
