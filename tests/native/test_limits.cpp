// Every limit in src/core/limits.hpp at its edge: one byte / level / value / output byte under
// passes, one over gives the limit's code with a message that names the numbers (and a path
// where one makes sense). Small limits (through the `limits` option, as a caller would raise or
// lower them) make the edges cheap; each limit is also tested once at its default value.
// tests/node/limits.test.mjs does the same through dist/.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "api.hpp"
#include "payload/json_tape.hpp"
#include "test_support.hpp"

using namespace cr;

namespace {

constexpr std::size_t kMiB = 1u << 20;

std::string code_of(const Error& e) { return std::string(error_code_name(e.code)); }

std::string limit_json(std::string_view name, std::size_t value) {
  return "{\"limits\":{\"" + std::string(name) + "\":" + std::to_string(value) + "}}";
}

Result<DecodeResult> decode(std::string_view input, std::string_view options_json = "") {
  auto options = parse_decode_options(options_json);
  if (!options.ok()) return options.error();
  return decode_payload(input, options.value());
}

Result<Buffer> render_md(std::string_view md, std::string_view options_json = "") {
  auto options = parse_markdown_options(options_json);
  if (!options.ok()) return options.error();
  return render_markdown(md, options.value());
}

// A plain JSON comparison; `members` (",\"key\":value...") is spliced in after the matrix.
std::string plain(std::string_view members = "") {
  return std::string(R"({"title":"Rust vs Go","slug":"rust-vs-go","feature_matrix":[)"
                     R"({"feature":"Speed","optionA":"fast","optionB":"fast too","winner":"tie"}])") +
         std::string(members) + "}";
}

std::string nested_arrays(std::size_t levels) { return std::string(levels, '[') + std::string(levels, ']'); }

std::size_t token_count(std::string_view json) {
  Limits big;
  big.max_nodes = SIZE_MAX;
  auto tape = payload::scan_json(json, big);
  EXPECT_TRUE(tape.ok());
  return tape.ok() ? tape.value().size() : 0;
}

// The seed's markdown (slot 8), decoded.
std::string seed_markdown() { return nlohmann::json::parse(test::seed())[8].get<std::string>(); }

std::string page_around(std::string_view payload) {
  return "<!DOCTYPE html><html><head><title>x</title></head><body><div id=\"__nuxt\"></div>\n"
         "<script type=\"application/json\" data-nuxt-data=\"nuxt-app\" data-ssr=\"true\" id=\"__NUXT_DATA__\">" +
         std::string(payload) + "</script></body></html>";
}

#define EXPECT_ERROR(result, code)                                   \
  do {                                                               \
    ASSERT_FALSE((result).ok()) << "expected " << (code);            \
    EXPECT_EQ(code_of((result).error()), (code)) << (result).error().message; \
  } while (0)

}  // namespace

// ---- the defaults, as README's Limits table states them ----

TEST(LimitsDefaults, AreTheDocumentedValues) {
  Limits l;
  EXPECT_EQ(l.max_input_bytes, 32u * kMiB);
  EXPECT_EQ(l.max_depth, 512u);
  EXPECT_EQ(l.max_nodes, 4'000'000u);
  EXPECT_EQ(l.max_output_bytes, 64u * kMiB);
  EXPECT_EQ(l.max_markdown_bytes, 16u * kMiB);
  // Every entry point starts from them.
  EXPECT_EQ(parse_render_options("").value().article.limits.max_depth, 512u);
  EXPECT_EQ(parse_markdown_options("").value().limits.max_markdown_bytes, 16u * kMiB);
  EXPECT_EQ(parse_markdown_options("").value().markdown.max_output_bytes, 64u * kMiB);
  EXPECT_EQ(parse_decode_options("").value().limits.max_nodes, 4'000'000u);
}

// ---- input bytes -> too_large ----

TEST(LimitsInputBytes, EdgeForRenderAndDecode) {
  const std::string seed = test::seed();
  const std::size_t n = seed.size();
  auto at = test::render(seed, limit_json("maxInputBytes", n));
  ASSERT_TRUE(at.ok()) << at.error().message;
  EXPECT_EQ(at.value().html.view(), test::render(seed).value().html.view());
  ASSERT_TRUE(decode(seed, limit_json("maxInputBytes", n)).ok());

  auto over = test::render(seed, limit_json("maxInputBytes", n - 1));
  EXPECT_ERROR(over, "too_large");
  EXPECT_EQ(over.error().message,
            "The payload is " + std::to_string(n) + " bytes, over the limit of " + std::to_string(n - 1) +
                " bytes (limits.maxInputBytes).");
  EXPECT_EQ(over.error().path, "");
  auto decoded = decode(seed, limit_json("maxInputBytes", n - 1));
  EXPECT_ERROR(decoded, "too_large");
  EXPECT_EQ(decoded.error().message, over.error().message);
}

TEST(LimitsInputBytes, CountsUtf8BytesNotCharacters) {
  // "é" is two bytes: the limit is about bytes.
  std::string input = plain(",\"note\":\"" + std::string(100, 'x') + "\xC3\xA9\"");
  EXPECT_TRUE(test::render(input, limit_json("maxInputBytes", input.size())).ok());
  EXPECT_ERROR(test::render(input, limit_json("maxInputBytes", input.size() - 1)), "too_large");
}

TEST(LimitsInputBytes, AnHtmlPageCountsWhole) {
  const std::string page = page_around(test::seed());
  EXPECT_TRUE(test::render(page, limit_json("maxInputBytes", page.size())).ok());
  auto over = test::render(page, limit_json("maxInputBytes", page.size() - 1));
  EXPECT_ERROR(over, "too_large");
  EXPECT_NE(over.error().message.find(std::to_string(page.size()) + " bytes"), std::string::npos);
}

TEST(LimitsInputBytes, AtTheDefault) {
  // Trailing whitespace is valid JSON: the seed padded to exactly 32 MiB.
  std::string input = test::seed();
  input.resize(32 * kMiB, ' ');
  auto at = test::render(input);
  ASSERT_TRUE(at.ok()) << at.error().message;
  EXPECT_EQ(at.value().title, "Rust vs Go for Backend Development");
  EXPECT_TRUE(decode(input).ok());
  input.push_back(' ');
  auto over = test::render(input);
  EXPECT_ERROR(over, "too_large");
  EXPECT_EQ(over.error().message, "The payload is 33554433 bytes, over the limit of 33554432 bytes (limits.maxInputBytes).");
  EXPECT_ERROR(decode(input), "too_large");
}

// ---- nesting depth -> too_deep ----

TEST(LimitsDepth, EdgeWithArraysAndObjects) {
  // The comparison object is level 1, so "x" holds 7 more levels: 8 in all.
  const std::string at = plain(",\"x\":" + nested_arrays(7));
  auto ok = test::render(at, R"({"limits":{"maxDepth":8}})");
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_EQ(ok.value().title, "Rust vs Go");
  EXPECT_TRUE(decode(at, R"({"limits":{"maxDepth":8}})").ok());

  const std::string over = plain(",\"x\":" + nested_arrays(8));
  auto r = test::render(over, R"({"limits":{"maxDepth":8}})");
  EXPECT_ERROR(r, "too_deep");
  EXPECT_EQ(r.error().message, "The payload nests arrays and objects more than 8 levels deep (limits.maxDepth).");
  EXPECT_EQ(r.error().path, "");
  // The offset is the bracket that opens level 9.
  EXPECT_EQ(r.error().offset, static_cast<std::int64_t>(over.find("\"x\":") + 4 + 7));
  EXPECT_ERROR(decode(over, R"({"limits":{"maxDepth":8}})"), "too_deep");

  // Objects count as arrays do.
  std::string objects = "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{}}}}}}}}";  // 8 levels
  auto obj_at = test::render(objects, R"({"limits":{"maxDepth":8}})");
  EXPECT_ERROR(obj_at, "not_a_comparison");  // scanned whole: the depth is fine
  std::string deeper = "{\"z\":" + objects + "}";
  EXPECT_ERROR(test::render(deeper, R"({"limits":{"maxDepth":8}})"), "too_deep");
}

TEST(LimitsDepth, DevalueAndPagesUseTheSameScanner) {
  // A devalue payload with an unused slot nested 3 deep inside the payload array (4 levels).
  const std::string devalue = R"([{"data":1},{"c":2},{"title":3,"feature_matrix":4},"A vs B",[],)";
  const std::string at = devalue + nested_arrays(3) + "]";
  ASSERT_TRUE(test::render(at, R"({"limits":{"maxDepth":4}})").ok());
  const std::string over = devalue + nested_arrays(4) + "]";
  auto r = test::render(over, R"({"limits":{"maxDepth":4}})");
  EXPECT_ERROR(r, "too_deep");
  EXPECT_EQ(r.error().offset, static_cast<std::int64_t>(devalue.size() + 3));

  // In a page, the offset is the page's, not the script's.
  const std::string page = page_around(over);
  auto p = test::render(page, R"({"limits":{"maxDepth":4}})");
  EXPECT_ERROR(p, "too_deep");
  EXPECT_EQ(p.error().offset, static_cast<std::int64_t>(page.find(over) + devalue.size() + 3));
  EXPECT_TRUE(test::render(page_around(at), R"({"limits":{"maxDepth":4}})").ok());
}

TEST(LimitsDepth, AtTheDefault) {
  const std::string at = plain(",\"x\":" + nested_arrays(511));  // 512 levels
  auto ok = test::render(at);
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_TRUE(decode(at).ok());
  const std::string over = plain(",\"x\":" + nested_arrays(512));
  auto r = test::render(over);
  EXPECT_ERROR(r, "too_deep");
  EXPECT_NE(r.error().message.find("512 levels"), std::string::npos);
  EXPECT_ERROR(decode(over), "too_deep");
  // A million levels: the same answer, at once, without a stack.
  EXPECT_ERROR(test::render(std::string(1000000, '[')), "too_deep");
}

TEST(LimitsDepth, RaisedPastTheInputTheScannerDoesNotRecurse) {
  // The option accepts up to 10^7 levels (trusted input). The scanner then reads every level, so
  // it must not recurse per level: the wasm stack is 1 MiB, a Debug/ASan frame is large. (An
  // optimising native build may turn a tail call into a loop and hide the recursion; the wasm
  // build and the sanitizer build do not: tests/node/hostile.test.mjs sees it through dist/.)
  const std::string raised = R"({"limits":{"maxDepth":2000000}})";
  EXPECT_ERROR(test::render(nested_arrays(1000000), raised), "bad_reference");
  EXPECT_ERROR(test::render(std::string(1000000, '['), raised), "json_syntax");
  std::string objects;
  for (int i = 0; i < 1000000; ++i) objects += "{\"a\":";
  objects += "1" + std::string(1000000, '}');
  EXPECT_ERROR(test::render(objects, raised), "not_a_comparison");
  EXPECT_TRUE(decode(objects, raised).ok());
  EXPECT_ERROR(decode(nested_arrays(1000000), raised), "bad_reference");
}

// ---- node count -> too_large ----

TEST(LimitsNodes, EdgeForRenderAndDecode) {
  const std::string seed = test::seed();
  const std::size_t n = token_count(seed);
  ASSERT_GT(n, 50u);
  auto at = test::render(seed, limit_json("maxNodes", n));
  ASSERT_TRUE(at.ok()) << at.error().message;
  auto decoded = decode(seed, limit_json("maxNodes", n));
  ASSERT_TRUE(decoded.ok()) << decoded.error().message;

  auto over = test::render(seed, limit_json("maxNodes", n - 1));
  EXPECT_ERROR(over, "too_large");
  EXPECT_EQ(over.error().message,
            "The payload holds more than " + std::to_string(n - 1) + " JSON values (limits.maxNodes).");
  EXPECT_EQ(over.error().path, "");
  EXPECT_ERROR(decode(seed, limit_json("maxNodes", n - 1)), "too_large");

  // Keys are values too: {"a":1} is three.
  EXPECT_EQ(token_count(R"({"a":1})"), 3u);
  const std::string p = plain();
  EXPECT_TRUE(test::render(p, limit_json("maxNodes", token_count(p))).ok());
  EXPECT_ERROR(test::render(p, limit_json("maxNodes", token_count(p) - 1)), "too_large");
}

TEST(LimitsNodes, BoundsASparseMatrix) {
  // A devalue sparse array declares its length: [-7, length]. Two values cannot make a matrix
  // of more rows than the node limit allows.
  auto payload = [](std::size_t length) {
    return R"([{"data":1},{"c":2},{"title":3,"feature_matrix":4},"A vs B",[-7,)" + std::to_string(length) + "]]";
  };
  const std::string at = payload(100);
  ASSERT_LE(token_count(at), 100u);
  auto ok = test::render(at, limit_json("maxNodes", 100));
  EXPECT_ERROR(ok, "missing_field");  // within the limit: row 0 is a hole
  EXPECT_EQ(ok.error().path, "/data/c/feature_matrix/0");
  auto over = test::render(payload(101), limit_json("maxNodes", 100));
  EXPECT_ERROR(over, "too_large");
  EXPECT_EQ(over.error().path, "/data/c/feature_matrix");
  EXPECT_NE(over.error().message.find("101"), std::string::npos);
  // At the default: a 4,000,001-row sparse matrix is refused before anything is allocated.
  auto big = test::render(payload(4'000'001));
  EXPECT_ERROR(big, "too_large");
  EXPECT_EQ(big.error().path, "/data/c/feature_matrix");
}

TEST(LimitsNodes, AtTheDefault) {
  const std::size_t base = token_count(plain(R"(,"x":[])"));
  const std::size_t zeros = 4'000'000 - base;
  auto with = [&](std::size_t k) {  // "x":[0,0,...,0] with k zeros
    std::string zeros(2 * k - 1, ',');
    for (std::size_t i = 0; i < zeros.size(); i += 2) zeros[i] = '0';
    return plain(",\"x\":[" + zeros + "]");
  };
  ASSERT_EQ(token_count(with(3)), base + 3);
  // `at` passing and `over` (one value more) failing pin the edge at exactly 4,000,000 values.
  // (decodePayload reads through the same scanner; LimitsNodes.EdgeForRenderAndDecode has it.)
  auto ok = test::render(with(zeros));
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  auto r = test::render(with(zeros + 1));
  EXPECT_ERROR(r, "too_large");
  EXPECT_EQ(r.error().message, "The payload holds more than 4000000 JSON values (limits.maxNodes).");
}

// ---- output bytes -> too_large ----

TEST(LimitsOutputBytes, EdgeForAnArticle) {
  const std::string seed = test::seed();
  const std::string html = test::render(seed).value().html.str();
  const std::size_t n = html.size();
  auto at = test::render(seed, limit_json("maxOutputBytes", n));
  ASSERT_TRUE(at.ok()) << at.error().message;
  EXPECT_EQ(at.value().html.view(), html);
  auto over = test::render(seed, limit_json("maxOutputBytes", n - 1));
  EXPECT_ERROR(over, "too_large");
  EXPECT_NE(over.error().message.find("(limits.maxOutputBytes)"), std::string::npos);
  EXPECT_NE(over.error().message.find(std::to_string(n - 1)), std::string::npos);
  EXPECT_EQ(over.error().path, "");
  // Stopped inside the markdown body (most of the article) the answer is the same.
  auto early = test::render(seed, limit_json("maxOutputBytes", 2000));
  EXPECT_ERROR(early, "too_large");
  EXPECT_NE(early.error().message.find("2000 bytes"), std::string::npos);
}

TEST(LimitsOutputBytes, EdgeForAnArticleWithoutMarkdown) {
  // No body: only the final check of the article sees the output.
  const std::string p = plain();
  const std::string html = test::render(p).value().html.str();
  EXPECT_TRUE(test::render(p, limit_json("maxOutputBytes", html.size())).ok());
  EXPECT_ERROR(test::render(p, limit_json("maxOutputBytes", html.size() - 1)), "too_large");
}

TEST(LimitsOutputBytes, EdgeForMarkdown) {
  const std::string md = seed_markdown();
  const std::string html = render_md(md).value().str();
  auto at = render_md(md, limit_json("maxOutputBytes", html.size()));
  ASSERT_TRUE(at.ok()) << at.error().message;
  EXPECT_EQ(at.value().view(), html);
  auto over = render_md(md, limit_json("maxOutputBytes", html.size() - 1));
  EXPECT_ERROR(over, "too_large");
  EXPECT_NE(over.error().message.find("(limits.maxOutputBytes)"), std::string::npos);
}

TEST(LimitsOutputBytes, EdgeForDecode) {
  // decodePayload's output is the value tape plus the blob.
  const std::string seed = test::seed();
  auto full = decode(seed);
  ASSERT_TRUE(full.ok());
  const std::size_t n = full.value().tape.tape.size() + full.value().tape.blob.size();
  auto at = decode(seed, limit_json("maxOutputBytes", n));
  EXPECT_TRUE(at.ok()) << "a decoded value of exactly the limit is refused: " << at.error().message;
  auto over = decode(seed, limit_json("maxOutputBytes", n - 1));
  EXPECT_ERROR(over, "too_large");
  EXPECT_NE(over.error().message.find("(limits.maxOutputBytes)"), std::string::npos);
}

TEST(LimitsOutputBytes, AtTheDefault) {
  // '&' renders as "&amp;": 13 MB of markdown (under its 16 MiB limit) makes 64 MiB of HTML. In
  // a code block md4c hands the writer whole lines, which keeps this quick even under ASan. A
  // line of 1000 '&' is 5001 bytes of HTML, a last line of k letters k + 1 more; they tune the
  // total to exactly 64 MiB.
  const std::size_t limit = 64 * kMiB;
  const std::string line = std::string(1000, '&') + "\n";
  auto md_with = [&](std::size_t lines, std::size_t k) {
    std::string md = "```\n";
    md.reserve(lines * line.size() + k + 16);
    for (std::size_t i = 0; i < lines; ++i) md += line;
    return md + std::string(k, 'x') + "\n```\n";
  };
  const std::size_t frame = render_md(md_with(0, 1)).value().size() - 2;  // <pre><code>, </code></pre>
  ASSERT_EQ(render_md(md_with(2, 3)).value().size(), frame + 2 * 5001 + 3 + 1);  // the arithmetic holds
  const std::size_t lines = (limit - 10000) / 5001;
  const std::size_t k = limit - frame - lines * 5001 - 1;
  const std::string at = md_with(lines, k);
  ASSERT_LE(at.size(), 16 * kMiB);
  auto ok = render_md(at);
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_EQ(ok.value().size(), limit);
  auto over = render_md(md_with(lines, k + 1));
  EXPECT_ERROR(over, "too_large");
  EXPECT_EQ(over.error().message, "The rendered HTML would be larger than 67108864 bytes (limits.maxOutputBytes).");
}

// ---- markdown bytes -> too_large ----

TEST(LimitsMarkdownBytes, EdgeForAComparison) {
  const std::string seed = test::seed();
  const std::size_t n = seed_markdown().size();  // decoded: "\n" in the JSON is one byte
  auto at = test::render(seed, limit_json("maxMarkdownBytes", n));
  ASSERT_TRUE(at.ok()) << at.error().message;
  auto over = test::render(seed, limit_json("maxMarkdownBytes", n - 1));
  EXPECT_ERROR(over, "too_large");
  EXPECT_EQ(over.error().path, "/data/comparison-rust-vs-go/content_md");
  EXPECT_EQ(over.error().message, "The comparison's markdown is " + std::to_string(n) + " bytes, over the limit of " +
                                      std::to_string(n - 1) + " bytes (limits.maxMarkdownBytes).");
  // A plain comparison: the path is the field's.
  const std::string p = plain(R"(,"content_md":"# Hi\n\nSome *text*.")");
  EXPECT_TRUE(test::render(p, limit_json("maxMarkdownBytes", 18)).ok());
  auto plain_over = test::render(p, limit_json("maxMarkdownBytes", 17));
  EXPECT_ERROR(plain_over, "too_large");
  EXPECT_EQ(plain_over.error().path, "/content_md");
  // decodePayload does not render markdown: the limit does not apply to it.
  EXPECT_TRUE(decode(seed, limit_json("maxMarkdownBytes", 1)).ok());
}

TEST(LimitsMarkdownBytes, EdgeForRenderMarkdown) {
  const std::string md = "# Title\n\nSome \xC3\xA9 text.\n";  // é: two bytes
  auto at = render_md(md, limit_json("maxMarkdownBytes", md.size()));
  ASSERT_TRUE(at.ok()) << at.error().message;
  auto over = render_md(md, limit_json("maxMarkdownBytes", md.size() - 1));
  EXPECT_ERROR(over, "too_large");
  EXPECT_EQ(over.error().message, "The markdown is " + std::to_string(md.size()) + " bytes, over the limit of " +
                                      std::to_string(md.size() - 1) + " bytes (limits.maxMarkdownBytes).");
  EXPECT_EQ(over.error().path, "");
}

TEST(LimitsMarkdownBytes, AtTheDefault) {
  const std::size_t limit = 16 * kMiB;
  // One code block (quick for md4c even under ASan: it hands the writer whole lines).
  std::string md = "```rust\n";
  md.reserve(limit + 1);
  const std::string line = "let memory = safety(without, a, garbage_collector, and_a_scheduler);\n";
  while (md.size() + line.size() <= limit) md += line;
  md.append(limit - md.size(), 'x');
  ASSERT_EQ(md.size(), limit);
  auto ok = render_md(md);
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  md.push_back('x');
  auto over = render_md(md);
  EXPECT_ERROR(over, "too_large");
  EXPECT_EQ(over.error().message, "The markdown is 16777217 bytes, over the limit of 16777216 bytes (limits.maxMarkdownBytes).");

  // The same as a comparison's content_md: JSON writes each newline as two bytes ("\\n"), the
  // limit counts the decoded markdown (the payload, ~16.4 MiB, is under its own limit).
  md.pop_back();
  std::string escaped;
  escaped.reserve(md.size() + md.size() / 32);
  for (char c : md) {
    if (c == '\n') escaped += "\\n";
    else escaped.push_back(c);
  }
  auto article = test::render(plain(",\"content_md\":\"" + escaped + "\""));
  ASSERT_TRUE(article.ok()) << article.error().message;
  auto r = test::render(plain(",\"content_md\":\"" + escaped + "x\""));
  EXPECT_ERROR(r, "too_large");
  EXPECT_EQ(r.error().path, "/content_md");
  EXPECT_EQ(r.error().message, "The comparison's markdown is 16777217 bytes, over the limit of 16777216 bytes (limits.maxMarkdownBytes).");
}

// ---- the `limits` option ----

TEST(LimitsOption, RaisesALimitForTrustedInput) {
  const std::string deep = plain(",\"x\":" + nested_arrays(600));
  EXPECT_ERROR(test::render(deep), "too_deep");
  EXPECT_TRUE(test::render(deep, R"({"limits":{"maxDepth":1000}})").ok());
  EXPECT_TRUE(decode(deep, R"({"limits":{"maxDepth":1000}})").ok());
  // Only the named limit changes.
  auto o = parse_render_options(R"({"limits":{"maxDepth":1000}})").value().article.limits;
  EXPECT_EQ(o.max_depth, 1000u);
  EXPECT_EQ(o.max_input_bytes, Limits{}.max_input_bytes);
  EXPECT_EQ(o.max_nodes, Limits{}.max_nodes);
  // renderMarkdown's output limit reaches the markdown writer.
  EXPECT_EQ(parse_markdown_options(limit_json("maxOutputBytes", 123)).value().markdown.max_output_bytes, 123u);
  EXPECT_TRUE(parse_render_options(R"({"limits":null})").ok());
  EXPECT_TRUE(parse_render_options(R"({"limits":{}})").ok());
  EXPECT_TRUE(parse_render_options(limit_json("maxInputBytes", 2147483647)).ok());
}

TEST(LimitsOption, BadValuesAreBadOptionsWithTheOptionsPath) {
  struct Case { const char* json; const char* path; };
  for (auto c : {Case{R"({"limits":{"maxDepth":0}})", "/limits/maxDepth"},
                 Case{R"({"limits":{"maxDepth":-1}})", "/limits/maxDepth"},
                 Case{R"({"limits":{"maxNodes":1.5}})", "/limits/maxNodes"},
                 Case{R"({"limits":{"maxInputBytes":"big"}})", "/limits/maxInputBytes"},
                 Case{R"({"limits":{"maxOutputBytes":null}})", "/limits/maxOutputBytes"},
                 Case{R"({"limits":{"maxMarkdownBytes":2147483648}})", "/limits/maxMarkdownBytes"},
                 Case{R"({"limits":{"maxDepht":8}})", "/limits/maxDepht"},
                 Case{R"({"limits":5})", "/limits"},
                 Case{R"({"limits":[8]})", "/limits"}}) {
    for (auto r : {parse_render_options(c.json).ok() ? std::optional<Error>() : parse_render_options(c.json).error(),
                   parse_markdown_options(c.json).ok() ? std::optional<Error>() : parse_markdown_options(c.json).error(),
                   parse_decode_options(c.json).ok() ? std::optional<Error>() : parse_decode_options(c.json).error()}) {
      ASSERT_TRUE(r.has_value()) << c.json;
      EXPECT_EQ(code_of(*r), "bad_option") << c.json;
      EXPECT_EQ(r->path, c.path) << c.json << ": " << r->message;
    }
  }
}
