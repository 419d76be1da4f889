// core/error_code: the one table from ErrorCode to the contract's strings.
#include "core/result.hpp"

namespace cr {

namespace {
constexpr std::string_view kNames[error_code_count] = {
    "json_syntax",       "bad_payload",      "bad_reference",   "unknown_type",
    "bad_value",         "circular_reference", "forbidden_key", "no_payload_script",
    "payload_external",  "fetch_failed",     "error_page",      "not_a_comparison",
    "missing_field",     "wrong_type",       "too_large",       "too_deep",
    "bad_option",        "internal",
};
}  // namespace

std::string_view error_code_name(ErrorCode code) {
  auto i = static_cast<int>(code);
  return i >= 0 && i < error_code_count ? kNames[i] : std::string_view("internal");
}

}  // namespace cr
