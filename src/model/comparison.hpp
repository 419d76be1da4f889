// model/comparison: the typed comparison the renderer draws, read from any payload shape.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/text_arena.hpp"

namespace cr::model {

enum class Winner : std::uint8_t {
  a,        // "A" (any case)
  b,        // "B"
  tie,      // "tie", "draw", "both", "equal" (any case)
  none,     // "", null, or missing: no verdict given
  unknown,  // anything else; `winner_text` keeps it so the renderer can match an option name
};

// Every text is a view: into the payload text when its JSON string has no escapes (the common
// case), else into the comparison's own `storage`. Both outlive the rendering.
struct MatrixRow {
  std::string_view feature;
  std::string_view option_a;
  std::string_view option_b;
  std::string_view winner_text;  // the payload's own value when winner == unknown
  Winner winner = Winner::none;
};

struct Comparison {
  std::string_view title;
  std::string_view slug;
  std::string_view description;
  std::string_view content_md;
  std::string_view locale = "en";
  std::string_view meta_title;        // defaults to title
  std::string_view meta_description;  // defaults to description
  std::string_view created_at;        // as given (ISO 8601 expected)
  std::string_view updated_at;
  bool published = true;
  std::vector<MatrixRow> rows;
  std::string matrix_path;  // JSON Pointer of feature_matrix (row i is matrix_path + "/" + i)
  std::vector<std::string> warnings;
  TextArena storage;  // decoded texts the views point into (stable addresses)
};

}  // namespace cr::model
