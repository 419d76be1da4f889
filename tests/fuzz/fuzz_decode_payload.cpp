// Fuzzes decodePayload (scanner, graph, reviver) and checks the scanner against nlohmann-json:
// on valid UTF-8 without lone-surrogate escapes, both accept or both refuse the same text.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <string_view>

#include "api.hpp"
#include "core/limits.hpp"
#include "html_check.hpp"
#include "payload/json_tape.hpp"

static bool has_surrogate_escape(std::string_view s) {
  for (std::size_t i = s.find("\\u"); i != std::string_view::npos; i = s.find("\\u", i + 1)) {
    if (i + 3 < s.size() && (s[i + 2] == 'd' || s[i + 2] == 'D') &&
        std::string_view("89abAB89abcdefCDEF").find(s[i + 3]) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto r = cr::decode_payload(input);
  if (r.ok() && !r.value().plain && !cr::fuzz::valid_utf8(r.value().tape.tape)) {
    // The tape is JSON text for TextDecoder: lone surrogates must be escapes, not raw bytes.
    cr::fuzz::fail("the value tape is not valid UTF-8", r.value().tape.tape);
  }
  if (cr::fuzz::valid_utf8(input) && !has_surrogate_escape(input)) {
    cr::Limits limits;
    limits.max_depth = 100000;
    bool ours = cr::payload::scan_json(input, limits).ok();
    bool reference = !nlohmann::json::parse(input, nullptr, false).is_discarded();
    if (ours != reference) cr::fuzz::fail(ours ? "the scanner accepts what nlohmann refuses" : "the scanner refuses what nlohmann accepts", input);
  }
  return 0;
}
