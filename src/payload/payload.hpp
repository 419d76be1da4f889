// payload/payload: one untrusted input opened for reading. Decides which of the three inputs
// it is (a Nuxt devalue payload, a plain JSON comparison, or an HTML page holding a payload),
// scans its JSON once into a tape and exposes it as a Graph. Only the scan touches every byte;
// everything after reads the slots it needs.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/limits.hpp"
#include "core/result.hpp"
#include "payload/graph.hpp"
#include "payload/json_tape.hpp"

namespace cr::payload {

enum class InputShape : std::uint8_t { nuxt_payload, plain_json, html_page };

// How to read the JSON: auto_detect takes a devalue graph for one (a page's script always is)
// and anything else for plain JSON; devalue refuses what is not a devalue graph, with the error
// devalue's own reading would give; json never reads it as devalue.
enum class Reading : std::uint8_t { auto_detect, devalue, json };

struct Payload {
  InputShape shape = InputShape::plain_json;
  std::string_view json;        // the JSON text (all of the input, or a page's script)
  std::size_t json_offset = 0;  // where `json` starts in the input, for error positions
  std::string data_src;         // a page's external payload URL (data-src), if any
  JsonTape tape;
  std::optional<Graph> graph;
};

// The input must be valid UTF-8 and must outlive the Payload.
// Errors: too_large, json_syntax, too_deep, no_payload_script, bad_payload.
Result<std::unique_ptr<Payload>> open_payload(std::string_view input, const Limits& limits,
                                              Reading reading = Reading::auto_detect);

}  // namespace cr::payload
