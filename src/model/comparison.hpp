// model/comparison: the typed comparison the renderer draws, read from any payload shape.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace cr::model {

enum class Winner : std::uint8_t {
  a,        // "A" (any case)
  b,        // "B"
  tie,      // "tie", "draw", "both", "equal" (any case)
  none,     // "", null, or missing: no verdict given
  unknown,  // anything else; `winner_text` keeps it so the renderer can match an option name
};

// Cell texts are views: into the payload text when a string has no escapes (the common case),
// else into the comparison's own `text_storage`. Both outlive the rendering.
struct MatrixRow {
  std::string_view feature;
  std::string_view option_a;
  std::string_view option_b;
  Winner winner = Winner::none;
  std::string winner_text;  // the payload's own value when winner == unknown
  std::string path;         // JSON Pointer of the row, for warnings
};

struct Comparison {
  std::string title;
  std::string slug;
  std::string description;
  std::string content_md;
  std::string locale = "en";
  std::string meta_title;        // defaults to title
  std::string meta_description;  // defaults to description
  std::string created_at;        // as given (ISO 8601 expected)
  std::string updated_at;
  bool published = true;
  std::vector<MatrixRow> rows;
  std::vector<std::string> warnings;
  std::deque<std::string> text_storage;  // decoded cell texts the rows point into (stable addresses)
};

}  // namespace cr::model
