#include "wire.hpp"

#include "core/json_writer.hpp"
#include "core/utf8.hpp"

namespace cr::wire {

namespace {

using json_writer::append_string;

void field(std::string& out, std::string_view name, std::string_view value) {
  out.push_back(',');
  append_string(out, name);
  out.push_back(':');
  append_string(out, value);
}

}  // namespace

void write_error(const Error& e, std::string_view input, std::string& out) {
  out.push_back('\0');
  out += "{\"ok\":false,\"error\":{\"code\":";
  append_string(out, error_code_name(e.code));
  field(out, "message", e.message);
  field(out, "path", e.path);
  if (e.offset >= 0) {
    out += ",\"offset\":";
    out += std::to_string(utf8::utf16_length(input, static_cast<std::size_t>(e.offset)));
  }
  out += "}}";
}

void render_comparison(std::string_view input, std::string_view options_json, std::string& out, Utf8 utf8) {
  auto options = parse_render_options(options_json);
  if (!options.ok()) return write_error(options.error(), {}, out);
  auto r = cr::render_comparison(input, options.value(), utf8);
  if (!r.ok()) return write_error(r.error(), input, out);
  RenderResult& v = r.value();
  out.swap(v.html);  // the article becomes the body, without a copy
  out.push_back('\0');
  out += "{\"ok\":true";
  field(out, "title", v.title);
  field(out, "lang", v.lang);
  field(out, "dir", v.dir);
  field(out, "slug", v.slug);
  field(out, "description", v.description);
  field(out, "metaTitle", v.meta_title);
  field(out, "metaDescription", v.meta_description);
  out += ",\"warnings\":[";
  for (std::size_t i = 0; i < v.warnings.size(); ++i) {
    if (i) out.push_back(',');
    append_string(out, v.warnings[i]);
  }
  out += "],\"toc\":[";
  for (std::size_t i = 0; i < v.toc.size(); ++i) {
    if (i) out.push_back(',');
    out += "{\"level\":" + std::to_string(v.toc[i].level);
    field(out, "id", v.toc[i].id);
    field(out, "text", v.toc[i].text);
    out.push_back('}');
  }
  out += "]}";
}

void decode_payload(std::string_view input, std::string_view options_json, std::string& out, Utf8 utf8) {
  auto options = parse_decode_options(options_json);
  if (!options.ok()) return write_error(options.error(), {}, out);
  auto r = cr::decode_payload(input, options.value(), utf8);
  if (!r.ok()) return write_error(r.error(), input, out);
  out.swap(r.value().tape.tape);
  out += r.value().tape.blob;
  out.push_back('\0');
  out += r.value().plain ? "{\"ok\":true,\"plain\":true,\"blob\":0}" : "{\"ok\":true,\"plain\":false,\"blob\":";
  if (!r.value().plain) {
    out += std::to_string(r.value().tape.blob.size());
    out.push_back('}');
  }
}

void render_markdown(std::string_view markdown, std::string_view options_json, std::string& out, Utf8 utf8) {
  auto options = parse_markdown_options(options_json);
  if (!options.ok()) return write_error(options.error(), {}, out);
  auto r = cr::render_markdown(markdown, options.value(), utf8);
  if (!r.ok()) return write_error(r.error(), markdown, out);
  out.swap(r.value());
  out.push_back('\0');
  out += "{\"ok\":true}";
}

}  // namespace cr::wire
