// api: the whole C++ surface of comparison-renderer. Plain C++ types; no Emscripten, no
// third-party headers. Inputs are untrusted: every failure is a Result error, nothing throws,
// nothing aborts. Inputs that are not valid UTF-8 are repaired (U+FFFD) before anything reads
// them, unless the caller vouches for them (the bindings do: TextEncoder's output is valid).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/buffer.hpp"
#include "core/result.hpp"
#include "markdown/options.hpp"
#include "markdown/toc.hpp"
#include "options.hpp"
#include "payload/revive.hpp"

namespace cr {

inline constexpr std::string_view kVersion = "0.1.0";

struct RenderResult {
  Buffer html;  // one <article> element
  std::string title;
  std::string lang;
  std::string dir;  // "ltr" or "rtl"
  std::string slug;
  std::string description;
  std::string meta_title;
  std::string meta_description;
  std::string_view format;  // which reading gave the comparison: "devalue" or "json"
  std::vector<std::string> warnings;
  markdown::Toc toc;
};

struct DecodeResult {
  bool plain = false;       // a plain JSON input: `tape.tape` is that JSON text itself
  payload::ValueTape tape;  // otherwise the revived devalue value (payload/revive.hpp)
};

enum class Utf8 { check, trusted };

// The input as a call reads it: itself, or (`check`, when it is not valid UTF-8) a copy in
// `storage` with each invalid sequence replaced by U+FFFD, as TextDecoder would read the bytes.
// A call's error offsets count in that text (wire.cpp repairs first, to say them in UTF-16).
std::string_view readable_input(std::string_view input, Utf8 utf8, std::string& storage);

// The most input bytes a call with these options accepts (the input or markdown limit; the
// default when the options do not parse: the call itself will report them).
std::size_t input_limit(InputKind kind, std::string_view options_json);

// renderComparison: a Nuxt payload, a plain JSON comparison (or array of them), or an HTML page.
Result<RenderResult> render_comparison(std::string_view input, const RenderOptions& options,
                                       Utf8 utf8 = Utf8::check);
// decodePayload: the payload's value as devalue.parse(payload, nuxtRevivers) would give it.
Result<DecodeResult> decode_payload(std::string_view input, const DecodeOptions& options = {},
                                    Utf8 utf8 = Utf8::check);
// renderMarkdown: markdown to HTML (markdown/markdown_html.hpp).
Result<Buffer> render_markdown(std::string_view markdown, const MarkdownOptions& options,
                               Utf8 utf8 = Utf8::check);

}  // namespace cr
