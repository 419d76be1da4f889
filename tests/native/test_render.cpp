#include <gtest/gtest.h>

#include <algorithm>
#include <utility>

#include "render/dates.hpp"
#include "render/labels.hpp"
#include "render/language.hpp"
#include "render/option_names.hpp"
#include "test_support.hpp"

using namespace cr;
using namespace cr::render;

// Both names option_names gives for a title and a slug (a failure names the call).
void expect_names(std::string_view title, std::string_view slug, std::string_view a, std::string_view b) {
  SCOPED_TRACE(std::string(title) + " / " + std::string(slug));
  const OptionNames n = option_names(title, slug);
  EXPECT_EQ(n.a, a);
  EXPECT_EQ(n.b, b);
}

TEST(OptionNames, FromSlugInTheTitlesSpelling) {
  expect_names("Rust vs Go for Backend Development", "rust-vs-go", "Rust", "Go");
  expect_names("Node.js versus Deno: which runtime?", "node-js-vs-deno", "Node.js", "Deno");
  expect_names("C++ vs C# in 2026", "c-vs-c", "C++", "C#");
  expect_names("PostgreSQL vs MySQL", "postgresql-vs-mysql-for-startups", "PostgreSQL", "MySQL");
  expect_names("React \xD8\xB6\xD8\xAF Vue.js 3", "", "React", "Vue.js 3");  // Arabic "against"
  expect_names("React \xD9\x85\xD9\x82\xD8\xA7\xD8\xA8\xD9\x84 Vue", "", "React", "Vue");  // and "versus"
}

TEST(OptionNames, FallsBackToTheTitleThenTheSlugThenNothing) {
  auto n = option_names("Review: Vue vs React for dashboards", "");
  EXPECT_EQ(n.a, "Vue");
  EXPECT_EQ(n.b, "React");
  n = option_names("Golang and gophers", "go-vs-rust");  // "go" must not match inside "Golang"
  EXPECT_EQ(n.a, "Go");                                  // (the slug's own words, capitalised)
  EXPECT_EQ(n.b, "Rust");
  n = option_names("Best editors", "visual-studio-code-vs-emacs");
  EXPECT_EQ(n.a, "Visual Studio Code");
  EXPECT_EQ(n.b, "Emacs");
  n = option_names("Which one?", "c-vs-c");  // two names the same are no names
  EXPECT_EQ(n.a, "");
  n = option_names("Editors", "vim-vs-emacs-for-writing-long-books");  // more than a name
  EXPECT_EQ(n.a, "");
  n = option_names("Just a title", "");
  EXPECT_EQ(n.a, "");
  EXPECT_EQ(n.b, "");
}

TEST(Language, NormalisesTagsAndDirection) {
  EXPECT_EQ(parse_language("en_US").tag, "en-US");
  EXPECT_EQ(parse_language("zh-hant-tw").tag, "zh-Hant-TW");
  EXPECT_EQ(parse_language("de_DE.UTF-8").tag, "de-DE");
  EXPECT_TRUE(parse_language("ar").rtl);
  EXPECT_TRUE(parse_language("he-IL").rtl);
  EXPECT_TRUE(parse_language("ku-Arab").rtl);
  EXPECT_FALSE(parse_language("ku-Latn").rtl);
  EXPECT_FALSE(parse_language("en").rtl);
  EXPECT_FALSE(parse_language("not a tag!").valid);
  EXPECT_EQ(parse_language("x").tag, "en");
}

TEST(Language, ReadsEverySubtagAndRefusesEmptyOnes) {
  EXPECT_EQ(parse_language("SR_latn_rs").tag, "sr-Latn-RS");
  EXPECT_EQ(parse_language("es-419").tag, "es-419");
  EXPECT_EQ(parse_language("es-419").region, "419");
  EXPECT_EQ(parse_language("en-US-x-Twain").tag, "en-US-x-twain");  // after a singleton: lower case, no region
  EXPECT_EQ(parse_language("de-x-DE").region, "");
  EXPECT_EQ(parse_language("fa-Arab-IR").primary, "fa");
  EXPECT_TRUE(parse_language("fa-Arab-IR").rtl);
  EXPECT_TRUE(parse_language("az-arab").rtl);  // the script decides, in any case
  EXPECT_FALSE(parse_language("ar-Latn").rtl);
  // Old codes, and regions where a language is written in another script (CLDR's likely subtags);
  // a script given decides.
  const std::pair<const char*, bool> directions[] = {
      {"ji", true},     {"iw", true},    {"pa-PK", true}, {"pa_pk", true},      {"pa-IN", false},      {"uz-AF", true},
      {"az-IR", true},  {"sd-IN", false}, {"sd-PK", true}, {"ug-KZ", false},    {"pa-Guru-PK", false}, {"sd-Arab-IN", true}};
  for (const auto& [tag, rtl] : directions) EXPECT_EQ(parse_language(tag).rtl, rtl) << tag;
  for (const char* bad : {"en-", "en--US", "-en", "en_US_", "en-toolongsubtag", "e1"}) {
    EXPECT_FALSE(parse_language(bad).valid) << bad;
    EXPECT_EQ(parse_language(bad).tag, "en") << bad;
  }
}

TEST(OptionNames, SlugWordsInAnyCase) {
  expect_names("Editors compared", "VIM-vs-GNU_Emacs", "Vim", "Gnu Emacs");
  expect_names("NODE.JS vs deno", "node-js-vs-Deno", "NODE.JS", "deno");
}

TEST(Dates, ParsesIsoAndRefusesTheRest) {
  auto d = parse_iso_date("2026-01-22T10:00:00Z");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->datetime, "2026-01-22T10:00:00Z");
  EXPECT_EQ(d->day, 22);
  EXPECT_EQ(parse_iso_date("2026-01-22")->datetime, "2026-01-22");
  EXPECT_EQ(parse_iso_date("2026-01-22 10:00+0200")->datetime, "2026-01-22T10:00+02:00");
  EXPECT_EQ(parse_iso_date("2026-01-22T10:00:00.123456Z")->datetime, "2026-01-22T10:00:00.123Z");
  EXPECT_EQ(parse_iso_date(" 2026-01-22t23:59:59,5-05:30 ")->datetime, "2026-01-22T23:59:59.5-05:30");
  EXPECT_EQ(parse_iso_date("2024-02-29T00:00z")->datetime, "2024-02-29T00:00Z");
  EXPECT_FALSE(parse_iso_date("2026-01-22T10:00:00."));
  EXPECT_FALSE(parse_iso_date("2026-01-22T10:00+2400"));
  EXPECT_FALSE(parse_iso_date("2026-01-22T10:00Zjunk"));
  EXPECT_FALSE(parse_iso_date("2026-02-30"));
  EXPECT_FALSE(parse_iso_date("22/01/2026"));
  EXPECT_FALSE(parse_iso_date("2026-01-22T25:00"));
  EXPECT_FALSE(parse_iso_date("yesterday"));
}

TEST(Labels, EnglishWordsAndOverrides) {
  const LabelOverrides draw{{"tie", "Draw"}};
  Labels l(parse_language("en"), draw);
  EXPECT_EQ(l.word(Label::tie), "Draw");
  EXPECT_EQ(l.word(Label::noVerdict), "No verdict");
  cr::Buffer out;
  l.append_count_html(out, Label::summaryTies, 1, {{"count", "1", false}});
  EXPECT_EQ(out.view(), "1 tie");
  out.clear();
  l.append_html(out, Label::caption, {{"a", "A<b>", true}, {"b", "B", false}});
  EXPECT_EQ(out.view(), "<bdi>A&lt;b&gt;</bdi> vs B: feature by feature");
  out.clear();
  l.append_date_html(out, *parse_iso_date("2026-01-22"));
  EXPECT_EQ(out.view(), "22 January 2026");
}

TEST(Labels, PluralCategories) {
  EXPECT_EQ(plural_category("en", 1), Plural::one);
  EXPECT_EQ(plural_category("en", 0), Plural::other);
  EXPECT_EQ(plural_category("ru", 21), Plural::one);
  EXPECT_EQ(plural_category("ru", 3), Plural::few);
  EXPECT_EQ(plural_category("ru", 11), Plural::many);
  EXPECT_EQ(plural_category("ar", 0), Plural::zero);
  EXPECT_EQ(plural_category("ar", 2), Plural::two);
  EXPECT_EQ(plural_category("ar", 3), Plural::few);
  EXPECT_EQ(plural_category("ar", 11), Plural::many);
  EXPECT_EQ(plural_category("ar", 100), Plural::other);
  EXPECT_EQ(plural_category("ja", 1), Plural::other);
  EXPECT_EQ(plural_category("fr", 0), Plural::one);
  // Whole millions are "many" in French, Spanish, Italian and Portuguese, as Intl.PluralRules says
  // (tests/node/i18n-cldr.test.mjs checks every smaller count against Intl through the module).
  for (const char* lang : {"fr", "es", "it", "pt"}) {
    EXPECT_EQ(plural_category(lang, 1000000), Plural::many) << lang;
    EXPECT_EQ(plural_category(lang, 2000000), Plural::many) << lang;
    EXPECT_EQ(plural_category(lang, 1000001), Plural::other) << lang;
  }
  EXPECT_EQ(plural_category("en", 1000000), Plural::other);
  EXPECT_EQ(plural_category("ru", 1000000), Plural::many);
  EXPECT_EQ(plural_category("ru", 1000001), Plural::one);
}

TEST(Article, TheSeedRendersItsMatrix) {
  auto r = test::render(test::seed());
  ASSERT_TRUE(r.ok()) << r.error().message;
  const std::string html = r.value().html.str();
  EXPECT_EQ(html.rfind("<article class=\"cr-article\" lang=\"en\" dir=\"ltr\"", 0), 0u);
  EXPECT_EQ(test::count(html, "<h1"), 1u);
  EXPECT_EQ(test::count(html, "<th scope=\"row\">"), 8u);
  EXPECT_NE(html.find("<th scope=\"col\">Feature</th><th scope=\"col\">Rust</th><th scope=\"col\">Go</th><th scope=\"col\">Winner</th>"),
            std::string::npos);
  EXPECT_NE(html.find("Go leads in 5 of 8 features, Rust in 3."), std::string::npos);
  EXPECT_NE(html.find("<caption id=\"cr-matrix-caption\">Rust vs Go: feature by feature</caption>"), std::string::npos);
  EXPECT_EQ(test::count(html, "<td class=\"cr-verdict-a\">Rust</td>"), 3u);
  EXPECT_EQ(test::count(html, "<td class=\"cr-verdict-b\">Go</td>"), 5u);
  // The winner is said once, in words, in its own column; the winning value is highlighted.
  EXPECT_NE(html.find("<tr><th scope=\"row\">Performance</th><td class=\"cr-win\">Near C/C++</td><td>Very Good</td>"
                      "<td class=\"cr-verdict-a\">Rust</td></tr>\n"),
            std::string::npos);
  EXPECT_EQ(test::count(html, "class=\"cr-win\""), 8u);
  // Nothing the renderer adds is outside ASCII (the page decodes ASCII fastest).
  EXPECT_TRUE(std::all_of(html.begin(), html.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }));
  EXPECT_NE(html.find("<time datetime=\"2026-01-22T10:00:00Z\">22 January 2026</time>"), std::string::npos);
  // The markdown's leading "# Rust vs Go for Backend Development" equals the title: dropped.
  EXPECT_EQ(html.find("<h1>"), std::string::npos);
  EXPECT_NE(html.find("<h2 id=\"cr-introduction\">Introduction</h2>"), std::string::npos);
  EXPECT_EQ(r.value().toc.size(), 8u);
  EXPECT_EQ(r.value().warnings.size(), 0u);
  EXPECT_EQ(r.value().meta_title, "Rust vs Go: Backend Language Comparison 2026");
}

TEST(Article, IdPrefixReachesEveryId) {
  auto r = test::render(test::seed(), "{\"idPrefix\":\"p1-\"}");
  ASSERT_TRUE(r.ok());
  const std::string html = r.value().html.str();
  std::size_t ids = test::count(html, " id=\"");
  EXPECT_GT(ids, 10u);
  EXPECT_EQ(test::count(html, " id=\"p1-"), ids);
  EXPECT_EQ(test::count(html, "aria-labelledby=\"p1-"), test::count(html, "aria-labelledby=\""));
  EXPECT_EQ(test::count(html, "aria-describedby=\"p1-"), 1u);
}

// Every id starts with "cr-" by default (a heading "alert" must not shadow window.alert); an empty
// idPrefix is the caller's explicit choice.
TEST(Article, IdsHaveADefaultPrefix) {
  const std::string plain = R"({"title":"A vs B","content_md":"[go](#alert)\n\n## alert\n\n## title\n"})";
  auto r = test::render(plain);
  ASSERT_TRUE(r.ok());
  std::string html = r.value().html.str();
  EXPECT_EQ(test::count(html, " id=\""), test::count(html, " id=\"cr-"));
  EXPECT_NE(html.find("<h1 class=\"cr-title\" id=\"cr-title\">"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"#cr-alert\">go</a>"), std::string::npos);
  EXPECT_NE(html.find("<h2 id=\"cr-alert\">alert</h2>"), std::string::npos);
  EXPECT_NE(html.find("<h2 id=\"cr-title-1\">title</h2>"), std::string::npos);  // the title's id is taken
  EXPECT_EQ(r.value().toc.id(0), "cr-alert");
  r = test::render(plain, R"({"idPrefix":""})");
  ASSERT_TRUE(r.ok());
  html = r.value().html.str();
  EXPECT_NE(html.find("<a href=\"#alert\">go</a>"), std::string::npos);
  EXPECT_NE(html.find("<h2 id=\"alert\">alert</h2>"), std::string::npos);
  EXPECT_NE(html.find(" id=\"feature-comparison\""), std::string::npos);
}

// A leading level-1 heading that only repeats the title is dropped (the article has its title):
// ASCII case and runs of whitespace do not count, anything else does.
TEST(Article, LeadingHeadingThatRepeatsTheTitleIsDropped) {
  const auto h1_kept = [](const std::string& heading) {
    auto r = test::render(R"({"title":" Rust  vs Go ","content_md":")" + heading + R"(\n\nText.\n"})");
    EXPECT_TRUE(r.ok()) << heading;
    return r.ok() && r.value().toc.size() == 1;  // the matrix's heading is not in the toc
  };
  EXPECT_FALSE(h1_kept("# Rust vs Go"));
  EXPECT_FALSE(h1_kept("#   rust\\tVS  go  "));
  EXPECT_FALSE(h1_kept("Rust vs\\nGO\\n==="));
  EXPECT_TRUE(h1_kept("# Rust vs Go 2"));
  EXPECT_TRUE(h1_kept("# Rust vs"));
  EXPECT_TRUE(h1_kept("# Rustvs Go"));
  EXPECT_TRUE(h1_kept("# R ust vs Go"));
  EXPECT_TRUE(h1_kept("## Rust vs Go"));
}

// Code blocks scroll sideways: each is a focusable region named in the article's language (a
// repeated name numbered); raw HTML images load lazily as markdown images do.
TEST(Article, CodeBlocksAreNamedRegions) {
  auto r = test::render(R"({"title":"A vs B","locale":"de","content_md":"```rust\nfn main() {}\n```\n\n```\nplain\n```\n\n```a&#32;b\nx\n```\n\n<img src=\"x.png\" alt=\"X\">\n"})");
  ASSERT_TRUE(r.ok());
  const std::string html = r.value().html.str();
  EXPECT_NE(html.find("<pre class=\"cr-code\" tabindex=\"0\" role=\"region\" aria-label=\"Code: rust\"><code class=\"language-rust\">"),
            std::string::npos) << html;
  EXPECT_EQ(test::count(html, "aria-label=\"Code\"><code>"), 1u) << html;
  EXPECT_EQ(test::count(html, "aria-label=\"Code (2)\"><code>"), 1u) << html;  // regions differ by name
  EXPECT_NE(html.find("<img src=\"x.png\" alt=\"X\" loading=\"lazy\">"), std::string::npos) << html;
}

// The body is a run of sections (the page can take a long article in pieces): a new one at each
// heading of the first kept top-level heading's level, and after 8 KB at the next block; never
// inside an element raw HTML keeps open, nor inside a quote or list.
TEST(Article, TheBodyComesInSections) {
  auto body = [](const std::string& md) {
    std::string comparison = R"({"title":"Same","content_md":)" + cr::test::json_string(md) + "}";
    auto r = test::render(comparison);
    EXPECT_TRUE(r.ok());
    const std::string html = r.value().html.str(), open = "<div class=\"cr-body\">\n";
    const std::size_t start = html.find(open) + open.size();
    return html.substr(start, html.find("</div>\n<section class=\"cr-matrix-section\">") - start);
  };
  EXPECT_EQ(body("# Same\n\n## A\n\nx\n\n### a\n\ny\n\n> ## q\n\n## B\n"),
            "<section class=\"cr-section\">\n<h2 id=\"cr-a\">A</h2>\n<p>x</p>\n<h3 id=\"cr-a-1\">a</h3>\n<p>y</p>\n"
            "<blockquote>\n<h2 id=\"cr-q\">q</h2>\n</blockquote>\n</section>\n"
            "<section class=\"cr-section\">\n<h2 id=\"cr-b\">B</h2>\n</section>\n");
  // Raw HTML closes what it opened at the end of its block, so a section never cuts an element.
  EXPECT_EQ(body("<details>\n\n## Inside\n\n</details>\n\n## After\n"),
            "<section class=\"cr-section\">\n<details>\n</details></section>\n<section class=\"cr-section\">\n"
            "<h2 id=\"cr-inside\">Inside</h2>\n\n</section>\n<section class=\"cr-section\">\n<h2 id=\"cr-after\">After</h2>\n</section>\n");
  std::string long_text;
  for (int i = 0; i < 400; ++i) long_text += "A paragraph of one hundred characters, more or less, to make a long article without headings.\n\n";
  const std::string parts = body(long_text);
  EXPECT_GE(test::count(parts, "<section class=\"cr-section\">"), 2u);
  for (std::size_t at = 0, next; (next = parts.find("</section>", at)) != std::string::npos; at = next + 1) {
    EXPECT_LT(next - at, 8192u + 200u);
  }
}

TEST(Article, WinnerWordsTiesAndUnknowns) {
  std::string plain = R"({"title":"Vue vs React","feature_matrix":[
    {"feature":"a","optionA":"1","optionB":"2","winner":"tie"},
    {"feature":"b","optionA":"1","optionB":"2","winner":"DRAW"},
    {"feature":"c","optionA":"\u00a0\t\u200b","optionB":"","winner":null},
    {"feature":"d","optionA":"1","optionB":"2","winner":"react"},
    {"feature":"e","optionA":"1","optionB":"2","winner":"maybe"}]})";
  auto r = test::render(plain);
  ASSERT_TRUE(r.ok()) << r.error().message;
  const std::string html = r.value().html.str();
  EXPECT_EQ(test::count(html, ">Tie</td>"), 2u);
  EXPECT_EQ(test::count(html, ">No verdict</td>"), 2u);
  EXPECT_EQ(test::count(html, "cr-verdict-b\">React</td>"), 1u);
  EXPECT_EQ(test::count(html, "<td>Not stated</td>"), 2u);  // empty, or nothing a reader can see
  EXPECT_NE(html.find("React leads in 1 of 5 features; 2 ties; 2 without a verdict."), std::string::npos);
  ASSERT_EQ(r.value().warnings.size(), 1u);
  EXPECT_NE(r.value().warnings[0].find("\"maybe\""), std::string::npos);
  EXPECT_NE(r.value().warnings[0].find("/feature_matrix/4/winner"), std::string::npos);
}

TEST(Article, AWinnerThatIsNoTextWarnsOrFails) {
  // true/false say nothing about which option won, as 1 or "none" do: a warning, no verdict.
  auto r = test::render(R"({"title":"Vue vs React","feature_matrix":[{"feature":"a","optionA":"1","optionB":"2","winner":true}]})");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(test::count(r.value().html.str(), ">No verdict</td>"), 1u);
  ASSERT_EQ(r.value().warnings.size(), 1u);
  EXPECT_NE(r.value().warnings[0].find("\"true\""), std::string::npos);
  r = test::render(R"({"title":"Vue vs React","feature_matrix":[{"feature":"a","optionA":"1","optionB":"2","winner":{}}]})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::wrong_type);
  EXPECT_EQ(r.error().path, "/feature_matrix/0/winner");
  EXPECT_EQ(r.error().message,
            "Row 0 of the feature matrix: \"winner\" must be \"A\", \"B\", \"tie\", an option's name or empty, not an object.");
}

TEST(Article, EmptyMatrixIsASentence) {
  auto r = test::render(R"({"title":"A vs B","content_md":"x","feature_matrix":[]})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().html.view().find("<table"), std::string::npos);
  EXPECT_NE(r.value().html.view().find("No features were compared."), std::string::npos);
}

TEST(Article, ErrorsHavePaths) {
  auto r = test::render(R"({"title":"A vs B","feature_matrix":[{"feature":"x","optionA":"1","optionB":"2"},{"feature":"y","optionA":"1"}]})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::missing_field);
  EXPECT_EQ(r.error().path, "/feature_matrix/1/optionB");
  EXPECT_EQ(r.error().message, "Row 1 of the feature matrix is missing \"optionB\".");
  r = test::render(R"({"title":"A vs B","feature_matrix":[{"feature":"x","optionA":"1","optionB":{},"winner":"A"}]})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::wrong_type);
  EXPECT_EQ(r.error().path, "/feature_matrix/0/optionB");
  EXPECT_EQ(r.error().message, "Row 0 of the feature matrix: \"optionB\" must be a string, not an object.");
  r = test::render(R"({"title":{},"feature_matrix":[]})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "\"title\" must be a string, not an object.");
  r = test::render(R"([{"title":1,"feature_matrix":2},["Widget",3],[],5])");  // devalue: a tag as the title
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::wrong_type);
  EXPECT_EQ(r.error().message, "\"title\" must be a string, not a value of type \"Widget\".");
  r = test::render(R"({"title":"A vs B","feature_matrix":[{"feature":"x","optionA":"1","optionB":"2"},null]})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::missing_field);
  EXPECT_EQ(r.error().message,
            "Row 1 of the feature matrix is null; a row is an object with \"feature\", \"optionA\" and \"optionB\".");
  r = test::render(R"({"hello":"world"})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message.find("The payload holds no comparison (an object with a feature_matrix, or a title with a "
                                   "content_md or a slug)."),
            0u);
  r = test::render(R"({"feature_matrix":[]})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::missing_field);
  EXPECT_EQ(r.error().path, "/title");
  EXPECT_EQ(r.error().message, "The comparison is missing \"title\".");
  r = test::render(R"({"data":{"x":1}})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::not_a_comparison);
}

TEST(Article, BadOptionsAreRefused) {
  for (const char* o : {R"({"rawHtml":"yes"})", R"({"headingOffset":9})", R"({"headingOffset":1.5})",
                        R"({"slug":3})", R"({"idPrefix":"a b"})", R"({"labels":{"tie":1}})", R"([1])"}) {
    auto r = test::render(test::seed(), o);
    ASSERT_FALSE(r.ok()) << o;
    EXPECT_EQ(r.error().code, ErrorCode::bad_option) << o;
  }
}

TEST(Article, TaskListsAreWordsNotUnlabelledCheckboxes) {
  auto r = test::render(R"({"title":"A vs B","content_md":"- [x] done it\n- [ ] not yet\n","feature_matrix":[]})");
  ASSERT_TRUE(r.ok());
  const std::string html = r.value().html.str();
  EXPECT_EQ(html.find("<input"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"cr-visually-hidden\">Done: </span>done it"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"cr-visually-hidden\">To do: </span>not yet"), std::string::npos);
}

TEST(OptionNames, InOtherLanguagesTitles) {
  auto n = option_names("Python \xD9\x85\xD9\x82\xD8\xA7\xD8\xA8\xD9\x84 JavaScript: \xD8\xA3\xD9\x8A\xD9\x87\xD9\x85\xD8\xA7\xD8\x9F", "");
  EXPECT_EQ(n.a, "Python");
  EXPECT_EQ(n.b, "JavaScript");
  n = option_names("Rust\xE5\xAF\xBE" "Go\xEF\xBC\x9A\xE6\xAF\x94\xE8\xBC\x83", "");  // "Rust対Go：比較"
  EXPECT_EQ(n.a, "Rust");
  EXPECT_EQ(n.b, "Go");
  n = option_names("Vue \xD0\xBF\xD1\x80\xD0\xBE\xD1\x82\xD0\xB8\xD0\xB2 React \xD0\xB4\xD0\xBB\xD1\x8F SPA", "");
  EXPECT_EQ(n.a, "Vue");
  EXPECT_EQ(n.b, "React");
}

TEST(Article, ALinkWithoutWordsIsNamedByItsAddress) {
  auto r = test::render(R"({"title":"A vs B","content_md":"See [](https://example.com/x) and [ok](https://e.com).","feature_matrix":[]})");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r.value().html.view().find("<a href=\"https://example.com/x\">https://example.com/x</a>"), std::string::npos);
  EXPECT_NE(r.value().html.view().find("<a href=\"https://e.com\">ok</a>"), std::string::npos);
  // renderMarkdown keeps CommonMark's output.
  EXPECT_EQ(test::markdown("[](/u)"), "<p><a href=\"/u\"></a></p>\n");
}
