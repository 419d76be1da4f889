#include "wire.hpp"

#include <string>

#include "core/utf8.hpp"

namespace cr::wire {

namespace {

// Starts a response whose body (already in r.out) is `body_bytes` long.
void begin(Response& r, bool ok, std::size_t body_bytes, std::size_t fields) {
  r.meta.clear();
  r.meta.reserve(3 + fields + 8);
  r.meta.push_back(ok ? 1 : 0);
  r.meta.push_back(static_cast<std::uint32_t>(body_bytes));
  r.meta.push_back(static_cast<std::uint32_t>(fields));
}

void field(Response& r, std::string_view text) {
  r.out.append(text);
  r.meta.push_back(static_cast<std::uint32_t>(utf8::utf16_length(text, text.size())));
}

}  // namespace

void write_error(const Error& e, std::string_view input, Response& r) {
  r.out.clear();
  begin(r, false, 0, 3);
  field(r, error_code_name(e.code));
  field(r, e.message);
  field(r, e.path);
  r.meta.push_back(e.offset >= 0 ? static_cast<std::uint32_t>(utf8::utf16_length(input, static_cast<std::size_t>(e.offset))) + 1
                                 : 0);
}

void render_comparison(std::string_view input, std::string_view options_json, Response& r, Utf8 utf8) {
  auto options = parse_render_options(options_json);
  if (!options.ok()) return write_error(options.error(), {}, r);
  std::string repaired;  // repaired here, so that errors' offsets count in the text the call read
  input = readable_input(input, utf8, repaired);
  auto result = cr::render_comparison(input, options.value(), Utf8::trusted);
  if (!result.ok()) return write_error(result.error(), input, r);
  RenderResult& v = result.value();
  r.out = std::move(v.html);  // the article is the body, without a copy
  const std::size_t toc = v.toc.size();
  begin(r, true, r.out.size(), 8 + v.warnings.size() + 2 * toc);
  for (std::string_view f : {std::string_view(v.title), std::string_view(v.lang), std::string_view(v.dir),
                             std::string_view(v.slug), std::string_view(v.description), std::string_view(v.meta_title),
                             std::string_view(v.meta_description), v.format}) {
    field(r, f);
  }
  for (const std::string& w : v.warnings) field(r, w);
  for (std::size_t i = 0; i < toc; ++i) {
    field(r, v.toc.id(i));
    field(r, v.toc.text(i));
  }
  r.meta.push_back(static_cast<std::uint32_t>(v.warnings.size()));
  r.meta.push_back(static_cast<std::uint32_t>(toc));
  for (std::size_t i = 0; i < toc; ++i) r.meta.push_back(static_cast<std::uint32_t>(v.toc.level(i)));
}

void decode_payload(std::string_view input, std::string_view options_json, Response& r, Utf8 utf8) {
  auto options = parse_decode_options(options_json);
  if (!options.ok()) return write_error(options.error(), {}, r);
  std::string repaired;  // repaired here, so that errors' offsets count in the text the call read
  input = readable_input(input, utf8, repaired);
  auto result = cr::decode_payload(input, options.value(), Utf8::trusted);
  if (!result.ok()) return write_error(result.error(), input, r);
  const DecodeResult& v = result.value();
  r.out.clear();
  r.out.append(v.tape.tape);
  r.out.append(v.tape.blob);
  begin(r, true, r.out.size(), 0);
  r.meta.push_back(static_cast<std::uint32_t>(v.tape.blob.size()));
  r.meta.push_back(v.plain ? 1 : 0);
}

void render_markdown(std::string_view markdown, std::string_view options_json, Response& r, Utf8 utf8) {
  auto options = parse_markdown_options(options_json);
  if (!options.ok()) return write_error(options.error(), {}, r);
  std::string repaired;  // repaired here, so that errors' offsets count in the text the call read
  markdown = readable_input(markdown, utf8, repaired);
  auto result = cr::render_markdown(markdown, options.value(), Utf8::trusted);
  if (!result.ok()) return write_error(result.error(), markdown, r);
  r.out = std::move(result.value());
  begin(r, true, r.out.size(), 0);
}

}  // namespace cr::wire
