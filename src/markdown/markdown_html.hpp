// markdown/markdown_html: markdown to HTML with md4c 0.5.2's callback parser and the project's
// own writer (md4c's md4c-html.c is not used: it filters no URLs and leaks raw HTML into alt).
// With dialect "commonmark" and raw HTML "trust" the output is the CommonMark spec's; otherwise
// every URL passes url_policy, raw HTML follows `raw_html`, and the output is valid UTF-8 and
// safe to insert into a page. Linear time: md4c bounds its own pathological cases, and the
// writer does constant work per callback (headings aside, which it rewrites once).
#pragma once

#include <string_view>

#include "core/buffer.hpp"
#include "core/result.hpp"
#include "markdown/options.hpp"
#include "markdown/toc.hpp"

namespace cr::markdown {

// Appends the HTML of `markdown` (valid UTF-8) to `out`; fills `toc` with the headings kept.
// Errors: too_large (output over options.max_output_bytes), internal (md4c out of memory).
Status render_markdown(std::string_view markdown, const Options& options, Buffer& out, Toc* toc = nullptr);

}  // namespace cr::markdown
