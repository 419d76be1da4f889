#include "model/fields.hpp"

#include <cmath>

#include "core/json_pointer.hpp"
#include "core/message.hpp"
#include "core/number_text.hpp"

namespace cr::model {

using payload::Handle;
using payload::Kind;
namespace sentinel = payload::sentinel;
namespace jp = json_pointer;

std::string PathRef::str() const { return has_index ? jp::child(base, index) : base; }
std::string PathRef::child(std::string_view key) const { return jp::child(str(), key); }

Error at(std::string_view prefix, Error e) {
  e.path.insert(0, prefix);
  return e;
}

std::string kind_name(const payload::Graph& g, Handle h) {
  switch (g.kind(h)) {
    case Kind::undefined: return "undefined";
    case Kind::hole: return "a hole";
    case Kind::null: return "null";
    case Kind::boolean: return "a boolean";
    case Kind::number: return "a number";
    case Kind::string: return "a string";
    case Kind::object: return "an object";
    case Kind::array: return "an array";
    case Kind::tagged: {
      std::string scratch;
      return message({"a value of type \"", excerpt(g.tag(h, scratch)), "\""});
    }
  }
  return "a value";
}

Result<std::optional<Handle>> Fields::field_at(std::uint32_t token, std::string_view key, PathRef path) const {
  if (token == payload::Graph::kAbsent) return std::optional<Handle>();
  auto h = g_.follow(token);
  if (!h.ok()) return at(path.child(key), h.error());
  return value_of(h.value(), key, path);
}

Result<std::optional<Handle>> Fields::value_of(Handle h, std::string_view key, PathRef path) const {
  auto v = g_.unwrap(h);
  if (!v.ok()) return at(path.child(key), v.error());
  Kind k = g_.kind(v.value());
  if (k == Kind::undefined || k == Kind::null || k == Kind::hole) return std::optional<Handle>();
  return std::optional<Handle>(v.value());
}

std::optional<std::string_view> Fields::text_of(Handle h, TextArena& arena) const {
  Kind k = g_.kind(h);
  if (k == Kind::string) return g_.string(h, arena);
  if (k == Kind::number) {
    double v = g_.number(h);
    if (std::isnan(v)) return "NaN";
    if (std::isinf(v)) return v > 0 ? "Infinity" : "-Infinity";
    std::string text;
    number_text::append(text, v);
    return arena.store(text);
  }
  if (k == Kind::tagged && h < sentinel::first) {
    std::string tag_scratch;
    if (g_.tag(h, tag_scratch) == "Date" && g_.tape()[h].next > h + 2 &&
        g_.tape()[h + 2].type == payload::JsonType::string) {
      return g_.string(h + 2, arena);
    }
  }
  return std::nullopt;
}

Status Fields::required_text(std::uint32_t token, std::string_view key, PathRef path, TextArena& arena,
                             std::string_view& out, std::size_t row) const {
  auto f = field_at(token, key, path);
  if (!f.ok()) return f.error();
  if (!f.value()) {
    return make_error(ErrorCode::missing_field,
                      row == kNoRow ? message({"The comparison is missing \"", key, "\"."})
                                    : message({"Row ", Decimal(row), " of the feature matrix is missing \"", key, "\"."}),
                      path.child(key));
  }
  auto text = text_of(*f.value(), arena);
  if (!text) {
    const std::string kind = kind_name(g_, *f.value());
    return make_error(ErrorCode::wrong_type,
                      row == kNoRow ? message({"\"", key, "\" must be a string, not ", kind, "."})
                                    : message({"Row ", Decimal(row), " of the feature matrix: \"", key,
                                               "\" must be a string, not ", kind, "."}),
                      path.child(key));
  }
  out = *text;
  return std::nullopt;
}

}  // namespace cr::model
