// Fuzzes decodePayload (scanner, graph, reviver) and checks the scanner against nlohmann-json:
// on valid UTF-8 without lone-surrogate escapes, both accept or both refuse the same text.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <string_view>

#include "api.hpp"
#include "core/limits.hpp"
#include "html_check.hpp"
#include "payload/json_tape.hpp"

// Why nlohmann refused a text: the id of its parse error (406 = a number out of range).
struct ErrorId : nlohmann::json_sax<nlohmann::json> {
  int id = 0;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
    id = e.id;
    return false;
  }
};

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
  // Known, deliberate difference: nlohmann skips a UTF-8 byte order mark; JSON.parse (which the
  // scanner follows) refuses it.
  bool bom = input.size() >= 3 && input.substr(0, 3) == "\xEF\xBB\xBF";
  // And nlohmann stops reading at a NUL byte, where JSON.parse refuses the text.
  bool nul = input.find('\0') != std::string_view::npos;
  if (cr::fuzz::valid_utf8(input) && !has_surrogate_escape(input) && !bom && !nul) {
    cr::Limits limits;
    limits.max_depth = 100000;
    bool ours = cr::payload::scan_json(input, limits).ok();
    bool reference = !nlohmann::json::parse(input, nullptr, false).is_discarded();
    if (ours && !reference) {
      // Known, deliberate difference: JSON.parse reads 1e400 as Infinity; nlohmann refuses it.
      ErrorId why;
      nlohmann::json::sax_parse(input, &why, nlohmann::json::input_format_t::json, false);
      if (why.id == 406) return 0;
    }
    if (ours != reference) cr::fuzz::fail(ours ? "the scanner accepts what nlohmann refuses" : "the scanner refuses what nlohmann accepts", input);
  }
  return 0;
}
