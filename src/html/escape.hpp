// html/escape: the only functions that put untrusted text into HTML.
// Text and attribute values escape & < > " (attributes are always double-quoted); URLs are
// percent-encoded the way CommonMark's reference output does, with & written as &amp;.
#pragma once

#include <string_view>

#include "core/buffer.hpp"

namespace cr::html {

// For element content and double-quoted attribute values alike. Code points HTML forbids in a
// document (controls other than whitespace, C1 controls, noncharacters) become U+FFFD.
void append_escaped(Buffer& out, std::string_view text);

// For href/src values that already passed url_policy: keeps A-Z a-z 0-9 and
// -_.+!*(),%#@?=;:/$~ as they are, writes & as &amp; and percent-encodes every other byte.
void append_url_encoded(Buffer& out, std::string_view url);

}  // namespace cr::html
