// options: the JS options objects (as JSON text) read into typed options, with defaults and
// validation. A wrong type or value is a bad_option error whose path names the option.
#pragma once

#include <string>
#include <string_view>

#include "core/limits.hpp"
#include "core/result.hpp"
#include "markdown/options.hpp"
#include "payload/payload.hpp"
#include "render/article.hpp"

namespace cr {

struct RenderOptions {
  std::string slug;
  render::ArticleOptions article;  // includes the limits
};

struct MarkdownOptions {
  markdown::Options markdown;
  Limits limits;
};

struct DecodeOptions {
  payload::Reading format = payload::Reading::auto_detect;  // the option `format`
  Limits limits;
};

// `json` is the options object as JSON ("" or "null" means all defaults).
Result<RenderOptions> parse_render_options(std::string_view json);
Result<MarkdownOptions> parse_markdown_options(std::string_view json);
Result<DecodeOptions> parse_decode_options(std::string_view json);

}  // namespace cr
