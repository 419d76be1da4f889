// model/read_matrix: a comparison's feature_matrix, row by row, into the model's rows. The one
// part of reading a payload whose work grows with it (a matrix may have 20,000 rows): each row
// takes a fast path for the common shape (an object whose cells are plain strings) and falls
// back to model/fields for anything else, with the same errors and paths.
#pragma once

#include <string>

#include "core/limits.hpp"
#include "core/result.hpp"
#include "model/comparison.hpp"
#include "payload/graph.hpp"

namespace cr::model {

// `matrix` is the feature_matrix member's value token (Graph::kAbsent when the comparison has
// none); `path` is the comparison object's JSON Pointer. Fills out.rows, out.matrix_path and
// the matrix warnings. Errors: wrong_type, missing_field, bad_reference, forbidden_key, too_large.
Status read_matrix(const payload::Graph& graph, std::uint32_t matrix, const std::string& path, const Limits& limits,
                   Comparison& out);

}  // namespace cr::model
