#include "options.hpp"

#include <cmath>

#include "core/cold.hpp"
#include "core/json_pointer.hpp"
#include "core/message.hpp"
#include "payload/json_tape.hpp"
#include "render/language.hpp"

namespace cr {

namespace {

using payload::JsonTape;
using payload::JsonType;

Error bad(std::string_view key, std::string text) {
  return make_error(ErrorCode::bad_option, std::move(text), json_pointer::child("", key));
}

// An error about a member of the `limits` option: path "/limits/<name>".
Error bad_limit(std::string_view name, std::string text) {
  return make_error(ErrorCode::bad_option, std::move(text), json_pointer::child(json_pointer::child("", "limits"), name));
}

// The options' JSON scanned, within the payloads' default bounds: an unknown member is ignored
// however large it is (a caller may hand over a framework's props or context), up to what no real
// options come near. The `limits` option bounds payloads, not the options, so the messages do not
// name it. Out of line: every parse_*_options would carry its own copy of the messages.
CR_COLD Error unreadable_options(const Error& scanned, const Limits& bounds) {
  if (scanned.code == ErrorCode::too_deep) {
    return make_error(ErrorCode::bad_option,
                      message({"The options nest arrays and objects more than ", Count(bounds.max_depth, "level"), " deep."}));
  }
  if (scanned.code == ErrorCode::too_large) {
    return make_error(ErrorCode::bad_option, message({"The options hold more than ", Count(bounds.max_nodes, "JSON value"),
                                                      " or ", Count(bounds.max_input_bytes, "byte"), "."}));
  }
  return make_error(ErrorCode::bad_option, scanned.message);
}

Result<JsonTape> scan_options(std::string_view json) {
  const Limits bounds;
  auto tape = payload::scan_json(json, bounds, "The options");
  if (!tape.ok()) return unreadable_options(tape.error(), bounds);
  return tape;
}

// Walks the members of the options object, handing each (key, value token) to `handle`.
template <class Handle>
Status each_member(std::string_view json, const Handle& handle) {
  std::size_t first = json.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || json.substr(first) == "null") return std::nullopt;
  auto tape = scan_options(json);
  if (!tape.ok()) return tape.error();
  const JsonTape& t = tape.value();
  if (t[0].type != JsonType::object) return make_error(ErrorCode::bad_option, "The options must be an object.");
  std::string scratch;
  for (std::uint32_t k = 1; k < t[0].next; k = t[k + 1].next) {
    std::string key(payload::string_view_of(t, k, scratch));
    if (Status e = handle(t, key, k + 1)) return e;
  }
  return std::nullopt;
}

Status read_string(const JsonTape& t, std::uint32_t v, std::string_view key, std::string& out) {
  if (t[v].type == JsonType::null) return std::nullopt;
  if (t[v].type != JsonType::string) return bad(key, message({"The option \"", key, "\" must be a string."}));
  out.clear();
  payload::append_string(t, v, out, payload::Surrogates::replace);
  return std::nullopt;
}

Status read_integer(const JsonTape& t, std::uint32_t v, std::string_view key, double lo, double hi, double& out,
                    bool in_limits = false) {
  auto fail = [&](std::string m) { return in_limits ? bad_limit(key, std::move(m)) : bad(key, std::move(m)); };
  const std::string_view prefix = in_limits ? "limits." : "";
  const bool number = t[v].type == JsonType::number;
  const double d = number ? payload::number_value(t, v) : 0;
  if (!number || d != std::floor(d) || d < lo || d > hi) {
    // What was given, as JSON; NaN and ±Infinity (which the facade sends as text) bare.
    std::string_view given = t.raw(v);
    if (given == "\"NaN\"" || given == "\"Infinity\"" || given == "\"-Infinity\"") given = given.substr(1, given.size() - 2);
    return fail(message({"The option \"", prefix, key, "\" must be a whole number from ",
                         Decimal(static_cast<std::uint64_t>(lo)), " to ", Decimal(static_cast<std::uint64_t>(hi)), ", not ",
                         excerpt(given), "."}));
  }
  out = d;
  return std::nullopt;
}

Status read_raw_html(const JsonTape& t, std::uint32_t v, markdown::RawHtml& out) {
  std::string s;
  if (Status e = read_string(t, v, "rawHtml", s)) return e;
  if (t[v].type == JsonType::null) return std::nullopt;
  if (s == "sanitize") out = markdown::RawHtml::sanitize;
  else if (s == "escape") out = markdown::RawHtml::escape;
  else if (s == "drop") out = markdown::RawHtml::drop;
  else if (s == "trust") out = markdown::RawHtml::trust;
  else return bad("rawHtml", message({"The option \"rawHtml\" must be \"sanitize\", \"escape\", \"drop\" or \"trust\", not \"", s, "\"."}));
  return std::nullopt;
}

Status read_id_prefix(const JsonTape& t, std::uint32_t v, std::string& out) {
  if (Status e = read_string(t, v, "idPrefix", out)) return e;
  for (char c : out) {
    // Spaces would split the id; a control character would be written as U+FFFD in the ids but
    // percent-encoded in the links to them, which would then lead nowhere.
    if (static_cast<unsigned char>(c) <= ' ' || c == '\x7f') {
      return bad("idPrefix", "The option \"idPrefix\" must not contain spaces or control characters (it starts every id).");
    }
  }
  return std::nullopt;
}

Status read_limits(const JsonTape& t, std::uint32_t v, Limits& limits) {
  if (t[v].type == JsonType::null) return std::nullopt;
  if (t[v].type != JsonType::object) return bad("limits", "The option \"limits\" must be an object.");
  std::string scratch;
  for (std::uint32_t k = v + 1; k < t[v].next; k = t[k + 1].next) {
    std::string key(payload::string_view_of(t, k, scratch));
    double value = 0;
    // Raising a limit is for trusted input; 2 GiB is where wasm memory ends anyway.
    constexpr double max = 2147483647.0;
    if (Status e = read_integer(t, k + 1, key, 1, max, value, true)) return e;
    if (key == "maxInputBytes") limits.max_input_bytes = static_cast<std::size_t>(value);
    else if (key == "maxDepth") limits.max_depth = static_cast<std::uint32_t>(std::min(value, 1e7));
    else if (key == "maxNodes") limits.max_nodes = static_cast<std::size_t>(value);
    else if (key == "maxOutputBytes") limits.max_output_bytes = static_cast<std::size_t>(value);
    else if (key == "maxMarkdownBytes") limits.max_markdown_bytes = static_cast<std::size_t>(value);
    else return bad_limit(key, message({"\"", key, "\" is not a limit (maxInputBytes, maxDepth, maxNodes, maxOutputBytes, maxMarkdownBytes)."}));
  }
  return std::nullopt;
}

}  // namespace

Result<RenderOptions> parse_render_options(std::string_view json) {
  RenderOptions o;
  auto& a = o.article;
  Status e = each_member(json, [&](const JsonTape& t, std::string_view key, std::uint32_t v) -> Status {
    if (key == "slug") return read_string(t, v, key, o.slug);
    if (key == "optionA") return read_string(t, v, key, a.option_a);
    if (key == "optionB") return read_string(t, v, key, a.option_b);
    if (key == "idPrefix") return read_id_prefix(t, v, a.id_prefix);
    if (key == "labelLanguage") {
      if (Status e = read_string(t, v, key, a.label_language)) return e;
      if (!a.label_language.empty() && !render::parse_language(a.label_language).valid) {
        return bad(key, message({"The option \"labelLanguage\" must be a language tag such as \"de\" or \"pt-BR\", not \"",
                                 a.label_language, "\"."}));
      }
      return std::nullopt;
    }
    if (key == "rawHtml") return read_raw_html(t, v, a.raw_html);
    if (key == "limits") return read_limits(t, v, a.limits);
    if (key == "headingOffset") {
      if (t[v].type == JsonType::null) return std::nullopt;
      double d = 0;
      if (Status err = read_integer(t, v, key, 0, 5, d)) return err;
      a.heading_offset = static_cast<int>(d);
      return std::nullopt;
    }
    if (key == "labels") {
      if (t[v].type == JsonType::null) return std::nullopt;
      if (t[v].type != JsonType::object) return bad(key, "The option \"labels\" must be an object of strings.");
      std::string scratch;
      for (std::uint32_t k = v + 1; k < t[v].next; k = t[k + 1].next) {
        std::string name(payload::string_view_of(t, k, scratch));
        std::string value;
        if (t[k + 1].type != JsonType::string) {
          return make_error(ErrorCode::bad_option, message({"The label \"", name, "\" must be a string."}),
                            json_pointer::child("/labels", name));
        }
        payload::append_string(t, k + 1, value, payload::Surrogates::replace);
        a.labels[name] = value;
      }
      return std::nullopt;
    }
    return std::nullopt;  // unknown options are ignored (newer callers, older module)
  });
  if (e) return *e;
  return o;
}

Result<MarkdownOptions> parse_markdown_options(std::string_view json) {
  MarkdownOptions o;
  auto& m = o.markdown;
  Status e = each_member(json, [&](const JsonTape& t, std::string_view key, std::uint32_t v) -> Status {
    if (key == "rawHtml") return read_raw_html(t, v, m.raw_html);
    if (key == "idPrefix") return read_id_prefix(t, v, m.id_prefix);
    if (key == "limits") return read_limits(t, v, o.limits);
    if (key == "headingOffset") {
      if (t[v].type == JsonType::null) return std::nullopt;
      double d = 0;
      if (Status err = read_integer(t, v, key, 0, 5, d)) return err;
      m.heading_offset = static_cast<int>(d);
      return std::nullopt;
    }
    if (key == "dialect") {
      std::string s;
      if (Status err = read_string(t, v, key, s)) return err;
      if (t[v].type == JsonType::null) return std::nullopt;
      if (s == "github") m.dialect = markdown::Dialect::github;
      else if (s == "commonmark") m.dialect = markdown::Dialect::commonmark;
      else return bad(key, message({"The option \"dialect\" must be \"github\" or \"commonmark\", not \"", s, "\"."}));
      return std::nullopt;
    }
    if (key == "headingIds") {
      if (t[v].type == JsonType::null) return std::nullopt;
      if (t[v].type != JsonType::literal_true && t[v].type != JsonType::literal_false) {
        return bad(key, "The option \"headingIds\" must be true or false.");
      }
      m.heading_ids = t[v].type == JsonType::literal_true;
      return std::nullopt;
    }
    return std::nullopt;
  });
  if (e) return *e;
  m.max_output_bytes = o.limits.max_output_bytes;
  return o;
}

Result<DecodeOptions> parse_decode_options(std::string_view json) {
  DecodeOptions o;
  Status e = each_member(json, [&](const JsonTape& t, std::string_view key, std::uint32_t v) -> Status {
    if (key == "limits") return read_limits(t, v, o.limits);
    if (key == "format") {
      std::string s;
      if (Status err = read_string(t, v, key, s)) return err;
      if (t[v].type == JsonType::null) return std::nullopt;
      if (s == "auto") o.format = payload::Reading::auto_detect;
      else if (s == "devalue") o.format = payload::Reading::devalue;
      else if (s == "json") o.format = payload::Reading::json;
      else return bad(key, message({"The option \"format\" must be \"auto\", \"devalue\" or \"json\", not \"", s, "\"."}));
      return std::nullopt;
    }
    return std::nullopt;
  });
  if (e) return *e;
  return o;
}

}  // namespace cr
