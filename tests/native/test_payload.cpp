#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "api.hpp"
#include "options.hpp"
#include "payload/graph.hpp"
#include "payload/json_tape.hpp"
#include "payload/nuxt_page.hpp"
#include "payload/payload.hpp"
#include "payload/revive.hpp"
#include "test_support.hpp"

using namespace cr;
using namespace cr::payload;

static Result<JsonTape> scan(std::string_view s) { return scan_json(s, Limits{}); }

TEST(JsonTape, AgreesWithNlohmannOnAcceptance) {
  // nlohmann-json is the reference parser; lone surrogates aside, both accept the same text.
  for (const char* text : {"[]", "{}", "0", "-0", "1.5e3", "[1,2,{\"a\":[true,false,null]}]", "\"a\\u00e9\\n\"",
                           " [ 1 , 2 ] ", "[1,]", "[01]", "[+1]", "[.5]", "[1.]", "{\"a\" 1}", "[\"\\x41\"]",
                           "[\"\\u12\"]", "[\"a\nb\"]", "nul", "[1] x", "", "[", "{\"a\":}", "[1e5]", "[-]", "[1E+2]",
                           "\"\\/\"", "[tru]", "{\"a\":1,}", "[\"\x7f\"]"}) {
    bool ours = scan(text).ok();
    bool reference = !nlohmann::json::parse(text, nullptr, false).is_discarded();
    EXPECT_EQ(ours, reference) << text;
  }
}

TEST(JsonTape, AcceptsLoneSurrogateEscapesLikeJsonParse) {
  auto t = scan("[\"\\ud800\", \"\\uD83E\\uDD80\"]");
  ASSERT_TRUE(t.ok());
  std::string kept, replaced;
  append_string(t.value(), 1, kept, Surrogates::keep);
  append_string(t.value(), 1, replaced, Surrogates::replace);
  EXPECT_EQ(kept, "\xED\xA0\x80");
  EXPECT_EQ(replaced, "\xEF\xBF\xBD");
  std::string pair;
  append_string(t.value(), 2, pair, Surrogates::replace);
  EXPECT_EQ(pair, "\xF0\x9F\xA6\x80");
}

TEST(JsonTape, SyntaxErrorsSayWhere) {
  auto t = scan("[1,\n  2,\n  x]");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().code, ErrorCode::json_syntax);
  EXPECT_EQ(t.error().offset, 11);
  EXPECT_NE(t.error().message.find("line 3, column 3"), std::string::npos) << t.error().message;
  t = scan(" \n ");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().code, ErrorCode::json_syntax);
  EXPECT_EQ(t.error().message, "The payload is empty.");
}

// A page's script is named in the message; its offset still counts in the page.
TEST(OpenPayload, APageScriptsErrorsNameTheScript) {
  const std::string page = "<html><body>\n<script id=\"__NUXT_DATA__\">[1,\n x]</script>";
  auto p = open_payload(page, Limits{});
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error().message, "The page's __NUXT_DATA__ script is not valid JSON: unexpected character at line 2, column 2.");
  EXPECT_EQ(p.error().offset, static_cast<std::int64_t>(page.find('x')));
  auto empty = open_payload("<script id=\"__NUXT_DATA__\"> </script>", Limits{});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().message, "The page's __NUXT_DATA__ script is empty.");
}

TEST(JsonTape, DeepNestingIsAnErrorNotACrash) {
  std::string deep(1000000, '[');
  auto t = scan(deep);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().code, ErrorCode::too_deep);
}

TEST(JsonTape, NumbersReadAsJavaScriptDoes) {
  auto t = scan("[1, -0, 1e400, 10e-1, -7]");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(number_value(t.value(), 1), 1);
  EXPECT_TRUE(std::signbit(number_value(t.value(), 2)));
  EXPECT_TRUE(std::isinf(number_value(t.value(), 3)));
  EXPECT_EQ(number_value(t.value(), 4), 1);
  EXPECT_EQ(number_value(t.value(), 5), -7);
}

TEST(Graph, ReadsTheSeedLazily) {
  std::string seed = test::seed();
  auto p = open_payload(seed, Limits{});
  ASSERT_TRUE(p.ok());
  const Graph& g = *p.value()->graph;
  EXPECT_EQ(p.value()->shape, InputShape::nuxt_payload);
  EXPECT_EQ(g.slot_count(), 51u);
  auto data = g.member(g.root(), "data");
  ASSERT_TRUE(data.ok() && data.value());
  auto unwrapped = g.unwrap(*data.value());  // ["ShallowReactive", 2]
  ASSERT_TRUE(unwrapped.ok());
  EXPECT_EQ(g.kind(unwrapped.value()), Kind::object);
  auto c = g.member(unwrapped.value(), "comparison-rust-vs-go");
  ASSERT_TRUE(c.ok() && c.value());
  auto rows = g.member(*c.value(), "feature_matrix");
  ASSERT_TRUE(rows.ok() && rows.value());
  EXPECT_EQ(g.length(*rows.value()), 8u);
  auto created = g.member(*c.value(), "created_at");
  auto updated = g.member(*c.value(), "updated_at");
  EXPECT_EQ(*created.value(), *updated.value());  // one slot, shared by reference
  std::string scratch;
  EXPECT_EQ(g.string(*created.value(), scratch), "2026-01-22T10:00:00Z");
}

TEST(Graph, ReferenceErrorsCarryRelativePaths) {
  std::string text = "[{\"a\":5}]";
  auto p = open_payload(text, Limits{});
  ASSERT_TRUE(p.ok());
  auto m = p.value()->graph->member(p.value()->graph->root(), "a");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().code, ErrorCode::bad_reference);
  EXPECT_EQ(m.error().path, "/a");
  EXPECT_EQ(m.error().message, "The payload has a reference to slot 5, past the end of the payload (1 slot).");
}

TEST(Graph, ReviverWrappersUnwrapAndCyclesAreCaught) {
  std::string text = "[[\"Ref\",1],[\"Ref\",0]]";
  auto p = open_payload(text, Limits{});
  ASSERT_TRUE(p.ok());
  auto u = p.value()->graph->unwrap(p.value()->graph->root());
  ASSERT_FALSE(u.ok());
  EXPECT_EQ(u.error().code, ErrorCode::circular_reference);
}

TEST(NuxtPage, FindsTheScriptWhateverTheAttributeOrder) {
  std::string page =
      "<!doctype html><html><head><meta content=\"<script id=__NUXT_DATA__>\"><!-- <script id=\"__NUXT_DATA__\">[9]</script> -->"
      "<script>var s = '<script id=\"__NUXT_DATA__\">[8]</script>';</script></head><body>"
      "<script data-ssr=\"true\" id=\"__NUXT_DATA__\" type=\"application/json\" data-nuxt-data=\"nuxt-app\">[1]</script>";
  auto s = find_nuxt_data(page);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(page.substr(s.value().begin, s.value().end - s.value().begin), "[1]");
}

TEST(NuxtPage, ReportsExternalPayloadAndMissingScript) {
  auto s = find_nuxt_data("<script type=\"application/json\" id=\"__NUXT_DATA__\" data-src=\"/x/_payload.json?a=1&amp;b=2\">[{}]</script>");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s.value().data_src, "/x/_payload.json?a=1&b=2");
  auto none = find_nuxt_data("<html><body>no payload</body></html>");
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, ErrorCode::no_payload_script);
}

TEST(OpenPayload, TellsTheThreeInputsApart) {
  std::string nuxt = "[{\"a\":1},2]", plain = "{\"title\":\"x\"}", list = "[{\"title\":\"x\"}]",
              page = "  <html><script id=\"__NUXT_DATA__\">[1]</script>";
  EXPECT_EQ(open_payload(nuxt, Limits{}).value()->graph->format(), Graph::Format::devalue);
  EXPECT_EQ(open_payload(plain, Limits{}).value()->graph->format(), Graph::Format::plain);
  EXPECT_EQ(open_payload(list, Limits{}).value()->graph->format(), Graph::Format::plain);
  EXPECT_EQ(open_payload(page, Limits{}).value()->shape, InputShape::html_page);
}

static std::string tape_of(std::string_view text) {
  auto p = open_payload(text, Limits{});
  if (!p.ok()) return "error: " + std::string(error_code_name(p.error().code));
  auto t = revive(*p.value()->graph, Limits{});
  if (!t.ok()) return "error: " + std::string(error_code_name(t.error().code)) + " at " + t.error().path;
  return t.value().tape;
}

TEST(Revive, WritesTheValueTape) {
  EXPECT_EQ(tape_of("[{\"a\":1,\"b\":2,\"c\":2},1,\"x\"]"), "[0,[20,\"a\",1,\"b\",\"x\",\"c\",\"x\"],[0,1]]");
  EXPECT_EQ(tape_of("[[1,-2,1],\"s\"]"), "[0,[22,\"s\",{},\"s\"]]");
  EXPECT_EQ(tape_of("[[\"ShallowReactive\",1],{\"self\":0}]"), "[0,[20,\"self\",0]]");
  EXPECT_EQ(tape_of("-3"), "[0,[2]]");  // NaN
  EXPECT_EQ(tape_of("[[\"Date\",\"2001-09-09T01:46:40.000Z\"]]"), "[0,[7,\"2001-09-09T01:46:40.000Z\"]]");
  EXPECT_EQ(tape_of("[[\"EmptyRef\",1],\"_\"]"), "[0,[1]]");
}

TEST(Revive, RefusesWhatDevalueRefuses) {
  EXPECT_EQ(tape_of("[[\"Ref\",0]]"), "error: circular_reference at ");
  EXPECT_EQ(tape_of("[{\"a\":3}]"), "error: bad_reference at /a");
  EXPECT_EQ(tape_of("[{\"__proto__\":0}]"), "error: forbidden_key at /__proto__");
  EXPECT_EQ(tape_of("[[\"Foo\",0]]"), "error: unknown_type at ");
  EXPECT_EQ(tape_of("[[\"Map\",1],\"k\"]"), "error: bad_payload at ");
  EXPECT_EQ(tape_of("[[\"Object\",1],{}]"), "error: bad_payload at ");
  EXPECT_EQ(tape_of("[[\"Uint8Array\",1],\"x\"]"), "error: bad_payload at ");
  EXPECT_EQ(tape_of("5"), "error: bad_payload");
}

// decodePayload's `format` option (api.hpp): what each reading makes of inputs that are JSON but
// no devalue graph. "auto" takes them as plain JSON, "devalue" refuses them as devalue would,
// "json" never tries devalue.
static std::string decoded(std::string_view text, std::string_view format) {
  auto options = parse_decode_options(std::string("{\"format\":\"") + std::string(format) + "\"}");
  if (!options.ok()) return "bad option";
  auto r = decode_payload(text, options.value());
  if (!r.ok()) return "error: " + std::string(error_code_name(r.error().code)) + " at " + r.error().path;
  return r.value().plain ? "json" : "devalue";
}

TEST(DecodeFormat, EachReadingOfJsonThatIsNoDevalueGraph) {
  struct Case { std::string_view input, refused; };
  for (const Case& c : {Case{R"([{"a":"1"},2])", "error: bad_reference at /a"},
                        Case{R"([{"0":1,"toString":"push"},"hello"])", "error: bad_reference at /toString"},
                        Case{"[]", "error: bad_payload at "},
                        Case{"true", "error: bad_payload at "},
                        Case{R"("hello")", "error: bad_payload at "},
                        Case{R"({"title":"x"})", "error: bad_payload at "}}) {
    SCOPED_TRACE(std::string(c.input));
    EXPECT_EQ(decoded(c.input, "auto"), "json");
    EXPECT_EQ(decoded(c.input, "json"), "json");
    EXPECT_EQ(decoded(c.input, "devalue"), c.refused);
  }
}

TEST(DecodeFormat, ADevalueGraphReadEachWay) {
  const std::string graph = R"([{"a":1},"x"])", page = R"(<html><script id="__NUXT_DATA__">[{"a":1},"x"]</script>)";
  EXPECT_EQ(decoded(graph, "auto"), "devalue");
  EXPECT_EQ(decoded(graph, "devalue"), "devalue");
  EXPECT_EQ(decoded(graph, "json"), "json");
  EXPECT_EQ(decoded(page, "auto"), "devalue");
  EXPECT_EQ(decoded(page, "json"), "json");
  auto as_json = decode_payload(page, parse_decode_options(R"({"format":"json"})").value());
  EXPECT_EQ(as_json.value().tape.tape, R"([{"a":1},"x"])") << "json reads the page's script as itself";
}

TEST(DecodeFormat, AnyOtherValueIsABadOption) {
  auto o = parse_decode_options(R"({"format":"yaml"})");
  ASSERT_FALSE(o.ok());
  EXPECT_EQ(o.error().code, ErrorCode::bad_option);
  EXPECT_EQ(o.error().path, "/format");
  EXPECT_TRUE(parse_decode_options(R"({"format":null})").ok());
}
