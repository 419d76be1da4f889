// model/comparison: the typed comparison the renderer draws, read from any payload shape.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace cr::model {

enum class Winner : std::uint8_t {
  a,        // "A" (any case)
  b,        // "B"
  tie,      // "tie", "draw", "both", "equal" (any case)
  none,     // "", null, or missing: no verdict given
  unknown,  // anything else; `winner_text` keeps it so the renderer can match an option name
};

struct MatrixRow {
  std::string feature;
  std::string option_a;
  std::string option_b;
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
};

}  // namespace cr::model
