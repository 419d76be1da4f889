// The malformed-payload table (tests/fixtures/malformed-payloads.json), natively: every entry
// through cr::decode_payload (and render_comparison where the entry names a "render" code).
// Entries marked "stage": "js" are refused only when JavaScript builds the value (a constructor
// refuses its argument), so the native decoder accepts them. tests/node/decode-errors.test.mjs
// runs the same table through dist/.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "api.hpp"
#include "core/result.hpp"
#include "test_support.hpp"

using namespace cr;

namespace {

struct Case {
  std::string name;
  std::string payload;
  std::optional<std::string> code;  // decodePayload's error code; nullopt: it decodes
  std::optional<std::string> path;
  std::optional<std::string> render;
  std::optional<std::string> render_path;
  bool js_stage = false;
};

// The large inputs the table only names ("generate"), built the same way in JavaScript.
std::string generate(const std::string& what) {
  constexpr std::size_t kDeep = 1000000;
  if (what == "deep-array") return std::string(kDeep, '[') + std::string(kDeep, ']');
  if (what == "deep-object") {
    std::string s = "[";
    for (std::size_t i = 0; i < kDeep; ++i) s += "{\"a\":";
    s += "1";
    s += std::string(kDeep, '}');
    return s + "]";
  }
  if (what == "deep-unreachable") return "[1," + std::string(kDeep, '[') + std::string(kDeep, ']') + "]";
  if (what == "many-values") {
    std::string s = "[";
    for (int i = 0; i < 4000000; ++i) s += "0,";
    return s + "0]";
  }
  ADD_FAILURE() << "unknown generator " << what;
  return {};
}

std::optional<std::string> optional_string(const nlohmann::json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return std::nullopt;
  return j[key].get<std::string>();
}

std::vector<Case> load() {
  auto table = nlohmann::json::parse(test::fixture("malformed-payloads.json"));
  std::vector<Case> cases;
  for (const auto& j : table) {
    Case c;
    c.name = j.at("name").get<std::string>();
    c.payload = j.contains("generate") ? generate(j["generate"].get<std::string>()) : j.at("payload").get<std::string>();
    c.code = optional_string(j, "code");
    c.path = optional_string(j, "path");
    c.render = optional_string(j, "render");
    c.render_path = optional_string(j, "renderPath");
    c.js_stage = j.value("stage", "") == "js";
    cases.push_back(std::move(c));
  }
  return cases;
}

const std::vector<Case>& cases() {
  static const std::vector<Case> all = load();
  return all;
}

}  // namespace

TEST(MalformedPayloads, TheTableHasEnoughCasesAndValidCodes) {
  ASSERT_GE(cases().size(), 40u);
  std::set<std::string> codes;
  for (int i = 0; i < error_code_count; ++i) codes.insert(std::string(error_code_name(static_cast<ErrorCode>(i))));
  for (const Case& c : cases()) {
    if (c.code) {
      EXPECT_TRUE(codes.count(*c.code)) << c.name << ": " << *c.code;
    }
    if (c.render) {
      EXPECT_TRUE(codes.count(*c.render)) << c.name << ": " << *c.render;
    }
    EXPECT_TRUE(c.code || c.render) << c.name << " expects nothing to fail";
  }
}

TEST(MalformedPayloads, DecodePayloadRefusesEachWithItsCode) {
  for (const Case& c : cases()) {
    SCOPED_TRACE(c.name);
    auto r = decode_payload(c.payload);
    if (!c.code || c.js_stage) {
      EXPECT_TRUE(r.ok()) << (r.ok() ? "" : std::string(error_code_name(r.error().code)) + ": " + r.error().message);
      continue;
    }
    if (r.ok()) {
      ADD_FAILURE() << "decoded although " << *c.code << " was expected";
      continue;
    }
    EXPECT_EQ(error_code_name(r.error().code), *c.code) << r.error().message;
    EXPECT_FALSE(r.error().message.empty());
    if (c.path) {
      EXPECT_EQ(r.error().path, *c.path) << r.error().message;
    }
  }
}

TEST(MalformedPayloads, RenderComparisonRefusesThoseThatHoldAComparison) {
  for (const Case& c : cases()) {
    if (!c.render) continue;
    SCOPED_TRACE(c.name);
    auto r = test::render(c.payload);
    if (r.ok()) {
      ADD_FAILURE() << "rendered although " << *c.render << " was expected";
      continue;
    }
    EXPECT_EQ(error_code_name(r.error().code), *c.render) << r.error().message;
    if (c.render_path) {
      EXPECT_EQ(r.error().path, *c.render_path) << r.error().message;
    }
  }
}

TEST(MalformedPayloads, RenderComparisonNeverSucceedsOnARefusedPayload) {
  // Whatever decodePayload refuses natively, renderComparison must not render (it reads less,
  // so its code may differ: often not_a_comparison).
  for (const Case& c : cases()) {
    if (!c.code || c.js_stage) continue;
    SCOPED_TRACE(c.name);
    auto r = test::render(c.payload);
    EXPECT_FALSE(r.ok());
  }
}
