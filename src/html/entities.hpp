// html/entities: decoding character references with md4c's own HTML5 entity table
// (entity.c from the same md4c source tarball, packed at build time; no hand-typed table).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cr::html {

// Appends what the complete reference `ref` ("&ouml;", "&#123;", "&#x1F600;") stands for and
// returns true; returns false (appending nothing) for an unknown name. Code point 0, surrogates
// and values above U+10FFFF become U+FFFD.
bool append_entity(std::string& out, std::string_view ref);

// Decodes every well-formed reference in `text` (an HTML attribute value or raw text):
// named ones with ';', numeric ones with or without ';'. Anything else stays as it is.
void append_decoded(std::string& out, std::string_view text);

}  // namespace cr::html
