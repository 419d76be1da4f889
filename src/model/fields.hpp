// model/fields: reading one field of a comparison or a matrix row: follow the reference, unwrap
// Nuxt's wrappers, take its text (strings, numbers as JavaScript prints them, a Date's ISO
// text), with the contract's errors and their JSON Pointer paths. Shared by the comparison
// reader (read_comparison) and the matrix reader (read_matrix), which use it off their fast path.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "core/text_arena.hpp"
#include "payload/graph.hpp"

namespace cr::model {

// Where a reader is: a path, or a path plus an array index, turned into a string only when an
// error or warning needs it (reading 5,000 rows must not build 5,000 path strings).
struct PathRef {
  const std::string& base;
  std::size_t index = 0;
  bool has_index = false;
  PathRef(const std::string& b) : base(b) {}  // NOLINT: implicit on purpose
  PathRef(const std::string& b, std::size_t i) : base(b), index(i), has_index(true) {}
  std::string str() const;
  std::string child(std::string_view key) const;
};

// Prefixes the relative path of an error from the graph with the reader's own path.
Error at(std::string_view prefix, Error e);

// "a string", "an object", "a value of type \"Set\"", ...: how messages name a value's kind.
std::string kind_name(const payload::Graph& g, payload::Handle h);

class Fields {
 public:
  explicit Fields(const payload::Graph& graph) : g_(graph) {}

  // A member found by Graph::members (kAbsent when the key was not there), unwrapped; nullopt
  // when absent, undefined or null. `path` is the object's; it is only read when an error happens.
  Result<std::optional<payload::Handle>> field_at(std::uint32_t token, std::string_view key, PathRef path) const;
  Result<std::optional<payload::Handle>> value_of(payload::Handle h, std::string_view key, PathRef path) const;

  // The text of a value that should be a string: strings as they are, numbers as JS prints
  // them, a devalue Date as its ISO text; views into the payload or `arena`. Nothing for
  // anything else.
  std::optional<std::string_view> text_of(payload::Handle h, TextArena& arena) const;

  // The text of a required field of the comparison, or of the feature matrix's row `row` (its
  // messages then say the row): missing_field or wrong_type otherwise.
  static constexpr std::size_t kNoRow = ~std::size_t{0};
  Status required_text(std::uint32_t token, std::string_view key, PathRef path, TextArena& arena,
                       std::string_view& out, std::size_t row = kNoRow) const;

 private:
  const payload::Graph& g_;
};

}  // namespace cr::model
