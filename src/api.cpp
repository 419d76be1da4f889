#include "api.hpp"

#include "core/utf8.hpp"
#include "markdown/markdown_html.hpp"
#include "model/read_comparison.hpp"
#include "payload/payload.hpp"
#include "render/article.hpp"

namespace cr {

std::string_view readable_input(std::string_view input, Utf8 utf8, std::string& storage) {
  return utf8 == Utf8::trusted ? input : utf8::valid_or_replaced(input, storage);
}

std::size_t input_limit(InputKind kind, std::string_view options_json) {
  if (kind == InputKind::markdown) {
    auto o = parse_markdown_options(options_json);
    return o.ok() ? o.value().limits.max_markdown_bytes : Limits{}.max_markdown_bytes;
  }
  auto o = parse_decode_options(options_json);  // reads only `limits`, which all calls share
  return o.ok() ? o.value().limits.max_input_bytes : Limits{}.max_input_bytes;
}

Result<RenderResult> render_comparison(std::string_view raw_input, const RenderOptions& options, Utf8 utf8) {
  // Checked on the caller's bytes, before any repair, as render_markdown does (the module's
  // wire.cpp repairs first: there the limit counts the text's UTF-8, as for a string).
  if (raw_input.size() > options.article.limits.max_input_bytes) {
    return input_too_large(raw_input.size(), options.article.limits.max_input_bytes);
  }
  std::string storage;
  std::string_view input = readable_input(raw_input, utf8, storage);
  const Limits& limits = options.article.limits;
  auto opened = payload::open_payload(input, limits);
  if (!opened.ok()) return opened.error();
  auto comparison = model::read_comparison(*opened.value(), model::ReadOptions{options.slug, limits});
  if (!comparison.ok()) return comparison.error();
  const model::Comparison& c = comparison.value();
  auto article = render::render_article(c, options.article);
  if (!article.ok()) return article.error();

  RenderResult r;
  r.html = std::move(article.value().html);
  r.title = c.title;
  r.lang = article.value().language.tag;
  r.dir = article.value().language.rtl ? "rtl" : "ltr";
  r.slug = c.slug;
  r.description = c.description;
  r.meta_title = c.meta_title;
  r.meta_description = c.meta_description;
  r.format = opened.value()->graph->format() == payload::Graph::Format::plain ? "json" : "devalue";
  r.warnings = std::move(article.value().warnings);
  r.toc = std::move(article.value().toc);
  return r;
}

Result<DecodeResult> decode_payload(std::string_view raw_input, const DecodeOptions& options, Utf8 utf8) {
  if (raw_input.size() > options.limits.max_input_bytes) {
    return input_too_large(raw_input.size(), options.limits.max_input_bytes);
  }
  std::string storage;
  std::string_view input = readable_input(raw_input, utf8, storage);
  auto opened = payload::open_payload(input, options.limits, options.format);
  if (!opened.ok()) return opened.error();
  const payload::Payload& p = *opened.value();
  DecodeResult r;
  if (p.graph->format() == payload::Graph::Format::plain) {
    r.plain = true;
    r.tape.tape.assign(p.json);
    return r;
  }
  auto tape = payload::revive(*p.graph, options.limits);
  if (!tape.ok()) return tape.error();
  r.tape = std::move(tape.value());
  return r;
}

Result<Buffer> render_markdown(std::string_view raw_markdown, const MarkdownOptions& options, Utf8 utf8) {
  if (raw_markdown.size() > options.limits.max_markdown_bytes) {
    return input_too_large(raw_markdown.size(), options.limits.max_markdown_bytes, InputKind::markdown);
  }
  std::string storage;
  std::string_view md = readable_input(raw_markdown, utf8, storage);
  Buffer html;
  html.reserve(md.size() + md.size() / 4 + 64);
  if (Status e = markdown::render_markdown(md, options.markdown, html)) return *e;
  return html;
}

}  // namespace cr
