// core/limits: every bound the module puts on untrusted input, with its default.
// Each has a test at its edge (tests/native/test_limits.cpp) and a line in README's Limits table.
// Callers with trusted input may raise them through the `limits` option.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/message.hpp"
#include "core/result.hpp"

namespace cr {

struct Limits {
  // Payload text, in UTF-8 bytes. Real Nuxt payloads are kilobytes to a few MB; 32 MiB leaves
  // room for 10x the largest we have seen while keeping a render's memory well under 512 MB.
  std::size_t max_input_bytes = 32u << 20;
  // JSON nesting (arrays/objects inside each other). devalue payloads are 2-3 deep and plain
  // comparisons ~5; 512 catches hostile input while any real document passes. No code recurses
  // on input depth anyway: this is an answer, not a stack guard.
  std::uint32_t max_depth = 512;
  // JSON values (tokens) in the payload. Bounds the index the reader builds (16 bytes each).
  std::size_t max_nodes = 4'000'000;
  // HTML produced by one call. A 1 MB markdown article renders to ~1.3 MB.
  std::size_t max_output_bytes = 64u << 20;
  // The markdown field of a comparison, or renderMarkdown's input.
  std::size_t max_markdown_bytes = 16u << 20;
};

// What a call's input is, and so which byte limit applies to it.
enum class InputKind { payload, markdown };

// The error for an input over its byte limit, naming the option that sets it.
inline Error input_too_large(std::size_t bytes, std::size_t limit, InputKind kind = InputKind::payload) {
  const bool markdown = kind == InputKind::markdown;
  return make_error(ErrorCode::too_large,
                    message({"The ", markdown ? "markdown" : "payload", " is ", Count(bytes, "byte"), ", over the limit of ",
                             Count(limit, "byte"), markdown ? " (limits.maxMarkdownBytes)." : " (limits.maxInputBytes)."}));
}

}  // namespace cr
