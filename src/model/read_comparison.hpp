// model/read_comparison: finds the comparison in a payload and reads it into the model.
// Looks through a Nuxt payload's `data` (any useFetch/useAsyncData key, listing arrays too), a
// plain comparison object, or a plain array of them; `slug` picks one. Required fields missing
// or of the wrong type are errors with a JSON Pointer; oddities it can live with become warnings.
// Reads only the slots it renders.
#pragma once

#include <string>

#include "core/limits.hpp"
#include "core/result.hpp"
#include "model/comparison.hpp"
#include "payload/payload.hpp"

namespace cr::model {

struct ReadOptions {
  std::string slug;  // which comparison, when the payload holds several; "" = the first
  Limits limits;
};

// Errors: not_a_comparison, fetch_failed, error_page, payload_external, missing_field,
// wrong_type, bad_reference, forbidden_key, circular_reference, too_large.
Result<Comparison> read_comparison(const payload::Payload& payload, const ReadOptions& options);

}  // namespace cr::model
