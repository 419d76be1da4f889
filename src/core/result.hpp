// core/result: the error type every stage returns, and Result<T> (a value or an Error).
// Errors carry a stable code (spelled like the contract's wire strings), one human sentence,
// a JSON Pointer into the revived input ("" = the whole input) and, when known, the position
// in the input text (UTF-8 byte offset; the bindings turn it into a UTF-16 index).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace cr {

enum class ErrorCode : std::uint8_t {
  json_syntax,         // the text is not JSON (or the JSON inside a page is not)
  bad_payload,         // valid JSON, but not a devalue payload / plain comparison
  bad_reference,       // a devalue reference that points nowhere
  unknown_type,        // a devalue tag no reviver knows
  bad_value,           // a tagged value whose argument its type refuses (BigInt, URL, ...)
  circular_reference,  // a reviver wrapper that wraps itself
  forbidden_key,       // a __proto__ key (prototype pollution attempt)
  no_payload_script,   // an HTML page without a __NUXT_DATA__ script
  payload_external,    // the page's data lives in an external _payload.json
  fetch_failed,        // the page has no data because its fetch failed
  error_page,          // the payload is a Nuxt error page
  not_a_comparison,    // decoded fine, but holds no comparison
  missing_field,       // a required field is absent
  wrong_type,          // a field has the wrong JSON type
  too_large,           // input, node count or output over its limit
  too_deep,            // nesting over its limit
  bad_option,          // an option has a wrong type or value
  internal,            // a bug: reported instead of crashing
};

inline constexpr int error_code_count = static_cast<int>(ErrorCode::internal) + 1;

// The contract's string for a code ("json_syntax", ...). The one table lives in error_code.cpp.
std::string_view error_code_name(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;
  std::string path;
  std::int64_t offset = -1;  // byte offset into the input text, -1 when not about a position

  // Out of line (error_code.cpp): errors travel through a hundred return paths, and inlined
  // copies of two strings at each of them were a fifth of the module's code.
  Error();
  Error(ErrorCode code, std::string message, std::string path, std::int64_t offset);
  Error(const Error& other);
  Error(Error&& other) noexcept;
  Error& operator=(const Error& other);
  Error& operator=(Error&& other) noexcept;
  ~Error();
};

inline Error make_error(ErrorCode code, std::string message, std::string path = {},
                        std::int64_t offset = -1) {
  return Error(code, std::move(message), std::move(path), offset);
}

// An error on the heap, made and freed out of line (error.cpp), so the many Results a call
// passes around each cost a null check where they are destroyed.
Error* new_error(Error&& error);
void delete_error(Error* error);

// A value, or an error. The error lives behind a pointer: a success (nearly every call) moves
// only the value and a null pointer, and the type needs none of std::variant's machinery.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}
  Result(Error error) : error_(new_error(std::move(error))) {}
  Result(Result&& other) noexcept : value_(std::move(other.value_)), error_(other.error_) { other.error_ = nullptr; }
  Result& operator=(Result&& other) noexcept {
    if (this != &other) {
      if (error_) delete_error(error_);
      value_ = std::move(other.value_);
      error_ = other.error_;
      other.error_ = nullptr;
    }
    return *this;
  }
  Result(const Result&) = delete;
  Result& operator=(const Result&) = delete;
  ~Result() {
    if (error_) delete_error(error_);
  }

  bool ok() const { return !error_; }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  Error& error() { return *error_; }
  const Error& error() const { return *error_; }

 private:
  std::optional<T> value_;
  Error* error_ = nullptr;
};

// For steps that produce nothing but may fail: nullopt means success.
using Status = std::optional<Error>;

}  // namespace cr
