// render/matrix_table: the feature matrix as an accessible data table.
// A heading, a visible summary ("Go leads in 5 of 8 features, Rust in 3.") tied to the table by
// aria-describedby, and a native table in a focusable, named scroll region: <caption> naming
// both options, <th scope="col"> headers, one <th scope="row"> per feature in payload order, and
// the winner in words in its own column (never colour or an icon alone: the winning value's
// highlight and check mark are decoration the stylesheet adds). An empty matrix is a sentence,
// not an empty table.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/buffer.hpp"
#include "model/comparison.hpp"
#include "render/labels.hpp"
#include "render/option_names.hpp"

namespace cr::render {

// Ids the matrix uses (without the caller's prefix, "cr-" by default), so markdown headings never
// take them.
inline constexpr std::string_view kMatrixHeadingId = "feature-comparison";
inline constexpr std::string_view kMatrixSummaryId = "matrix-summary";
inline constexpr std::string_view kMatrixCaptionId = "matrix-caption";

struct MatrixContext {
  const model::Comparison& comparison;
  const OptionNames& names;
  const Labels& labels;
  std::string_view id_prefix;
  bool rtl = false;  // the article's direction, for isolating payload text of the other one
  int heading_level = 2;  // the matrix's heading: one below the article's title
  std::size_t max_output_bytes = SIZE_MAX;  // rows stop once the output is past it (the caller says too_large)
};

void write_matrix(Buffer& out, const MatrixContext& context, std::vector<std::string>& warnings);

// Whether payload text needs <bdi> in a sentence or cell of the given direction.
bool needs_isolation(std::string_view text, bool rtl_context);

}  // namespace cr::render
