#include <gtest/gtest.h>

#include <vector>

#include "markdown/heading_ids.hpp"

#include "markdown/heading_ids.hpp"
#include "test_support.hpp"

using cr::test::markdown;

TEST(Markdown, CommonMarkBasics) {
  EXPECT_EQ(markdown("# Title\n\nSome *em* and **strong**.\n", R"({"dialect":"commonmark"})"),
            "<h1>Title</h1>\n<p>Some <em>em</em> and <strong>strong</strong>.</p>\n");
  EXPECT_EQ(markdown("```js\nlet a = 1 < 2;\n```\n"), "<pre><code class=\"language-js\">let a = 1 &lt; 2;\n</code></pre>\n");
  EXPECT_EQ(markdown("&ouml; &MadeUp; &#0;"), "<p>\xC3\xB6 &amp;MadeUp; \xEF\xBF\xBD</p>\n");
}

TEST(Markdown, GithubExtensions) {
  EXPECT_EQ(markdown("| a | b |\n|:--|--:|\n| 1 | 2 |\n"),
            "<table>\n<thead>\n<tr>\n<th class=\"cr-align-left\">a</th>\n<th class=\"cr-align-right\">b</th>\n</tr>\n"
            "</thead>\n<tbody>\n<tr>\n<td class=\"cr-align-left\">1</td>\n<td class=\"cr-align-right\">2</td>\n</tr>\n"
            "</tbody>\n</table>\n");
  EXPECT_EQ(markdown("~~gone~~ www.example.com"),
            "<p><del>gone</del> <a href=\"http://www.example.com\">www.example.com</a></p>\n");
  EXPECT_EQ(markdown("- [x] done\n"),
            "<ul>\n<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled checked>done</li>\n</ul>\n");
}

TEST(Markdown, UnsafeUrlsNeverBecomeLinks) {
  EXPECT_EQ(markdown("[x](javascript:alert(1)) <javascript:alert(1)> [y](&#106;avascript:x)"),
            "<p>x javascript:alert(1) y</p>\n");
  EXPECT_EQ(markdown("![alt](javascript:x)"), "<p>alt</p>\n");
  EXPECT_EQ(markdown("[r]: javascript:x\n\n[r]"), "<p>r</p>\n");
}

// md4c 0.5.2 finds autolinks inside a link's text (its #152); raw HTML may put an <a> around a
// markdown link or inside one. Links do not nest: the inner one is its text.
TEST(Markdown, LinksNeverNest) {
  EXPECT_EQ(markdown("[see www.example.com](https://y.test/)"), "<p><a href=\"https://y.test/\">see www.example.com</a></p>\n");
  EXPECT_EQ(markdown("[mail a@b.co or https://c.test](https://y.test/)"),
            "<p><a href=\"https://y.test/\">mail a@b.co or https://c.test</a></p>\n");
  EXPECT_EQ(markdown("<a href=\"https://x.test/\">[b](https://y.test/)</a>"), "<p><a href=\"https://x.test/\">b</a></p>\n");
  EXPECT_EQ(markdown("[x <a href=\"https://z.test/\">z</a> y](https://y.test/)"), "<p><a href=\"https://y.test/\">x z y</a></p>\n");
  EXPECT_EQ(markdown("www.example.com and [a](https://y.test/)"),
            "<p><a href=\"http://www.example.com\">www.example.com</a> and <a href=\"https://y.test/\">a</a></p>\n");
}

TEST(Markdown, ImageAltIsPlainText) {
  EXPECT_EQ(markdown("![a ![b](c) <i>d</i>](e \"T\")"),
            "<p><img src=\"e\" alt=\"a b &lt;i&gt;d&lt;/i&gt;\" title=\"T\"></p>\n");
  EXPECT_EQ(markdown("![<b title='\"onerror=alert(1)//'>](x.png)"),
            "<p><img src=\"x.png\" alt=\"&lt;b title='&quot;onerror=alert(1)//'&gt;\"></p>\n");
}

TEST(Markdown, RawHtmlModes) {
  const char* md = "<div onclick=\"x\">*a*</div>\n\nb <span style=\"x\">c</span>\n";
  EXPECT_EQ(markdown(md), "<div>*a*</div>\n<p>b <span>c</span></p>\n");
  EXPECT_EQ(markdown(md, R"({"rawHtml":"escape"})"),
            "<p>&lt;div onclick=&quot;x&quot;&gt;<em>a</em>&lt;/div&gt;</p>\n<p>b &lt;span style=&quot;x&quot;&gt;c&lt;/span&gt;</p>\n");
  EXPECT_EQ(markdown(md, R"({"rawHtml":"drop"})"), "<p>b c</p>\n");
  EXPECT_EQ(markdown(md, R"({"rawHtml":"trust"})"), "<div onclick=\"x\">*a*</div>\n<p>b <span style=\"x\">c</span></p>\n");
}

TEST(Markdown, HeadingIdsAndOffset) {
  EXPECT_EQ(markdown("# A b\n## A b\n", R"({"headingIds":true,"idPrefix":"x-","headingOffset":1})"),
            "<h2 id=\"x-a-b\">A b</h2>\n<h3 id=\"x-a-b-1\">A b</h3>\n");
  EXPECT_EQ(markdown("###### deep", R"({"headingOffset":3})"), "<h6>deep</h6>\n");
}

// Ids start with "cr-" unless the caller says otherwise (a heading "config" must not become
// window.config); links to a heading's slug follow it, wherever the heading is.
TEST(Markdown, IdsCarryAPrefixAndFragmentLinksFollowIt) {
  EXPECT_EQ(markdown("[up](#config) [no](#elsewhere) [x](#Config)\n\n# config\n", R"({"headingIds":true})"),
            "<p><a href=\"#cr-config\">up</a> <a href=\"#elsewhere\">no</a> <a href=\"#Config\">x</a></p>\n"
            "<h1 id=\"cr-config\">config</h1>\n");
  // Percent escapes are read as a browser reads a fragment; links inside headings move with them.
  EXPECT_EQ(markdown("# [see](#%C3%BCber) ## x\n\n## \xC3\xBC" "ber\n", R"({"headingIds":true,"idPrefix":"a/b-"})"),
            "<h1 id=\"a/b-see--x\"><a href=\"#a/b-%C3%BCber\">see</a> ## x</h1>\n<h2 id=\"a/b-\xC3\xBC" "ber\">\xC3\xBC" "ber</h2>\n");
  // An explicit "" keeps the bare slugs, and links as written.
  EXPECT_EQ(markdown("[a](#a)\n# a\n", R"({"headingIds":true,"idPrefix":""})"),
            "<p><a href=\"#a\">a</a></p>\n<h1 id=\"a\">a</h1>\n");
  // Without ids nothing is rewritten.
  EXPECT_EQ(markdown("[a](#a)\n# a\n"), "<p><a href=\"#a\">a</a></p>\n<h1>a</h1>\n");
}

// CommonMark's language is the info string's first word; a word made of other characters (an
// entity-decoded space, quotes, ...) would choose the page's class names, so it gives no class.
TEST(Markdown, FenceLanguageNeverInjectsClasses) {
  const std::string hostile = "```x&#32;fixed&#32;inset-0&#32;z-50\nhi\n```\n";
  for (const char* mode : {R"({})", R"({"rawHtml":"escape"})", R"({"rawHtml":"drop"})"}) {
    EXPECT_EQ(markdown(hostile, mode), "<pre><code>hi\n</code></pre>\n") << mode;
  }
  for (const char* lang : {"x&#x20;y", "x&#9;y", "x&#10;y", "x&#12;y", "a&quot;b", "a<b"}) {
    EXPECT_EQ(markdown(std::string("```") + lang + "\nhi\n```\n"), "<pre><code>hi\n</code></pre>\n") << lang;
  }
  EXPECT_EQ(markdown("```c++ extra words\nx\n```\n"), "<pre><code class=\"language-c++\">x\n</code></pre>\n");
  EXPECT_EQ(markdown("```objective-c.v2_#\nx\n```\n"), "<pre><code class=\"language-objective-c.v2_#\">x\n</code></pre>\n");
  // "trust" keeps CommonMark's output, as the spec's examples expect.
  EXPECT_EQ(markdown("```a&#32;b\nx\n```\n", R"({"rawHtml":"trust"})"), "<pre><code class=\"language-a b\">x\n</code></pre>\n");
}

static std::string slug(std::string_view text) {
  cr::Buffer out;
  cr::markdown::append_slug(out, text);
  return out.str();
}

TEST(Markdown, SlugsLikeGithub) {
  EXPECT_EQ(slug("Hello, World! 2.0"), "hello-world-20");
  EXPECT_EQ(slug("Ünïcode «text»"), "ünïcode-text");
  // Lower case in every script, as GitHub's (JavaScript's toLowerCase): Greek's final sigma, İ.
  EXPECT_EQ(slug("Über Преимущества ΣΟΦΟΣ Σ"), "über-преимущества-σοφος-σ");
  EXPECT_EQ(slug("İstanbul"), "i\xCC\x87stanbul");
  EXPECT_EQ(slug("ΑΣ."), "ας");
  EXPECT_EQ(slug("ΑΣΑ"), "ασα");
  EXPECT_EQ(slug("a_b-c"), "a_b-c");
}

TEST(Markdown, UniqueIdsStayLinearAndSkipTakenSuffixes) {
  cr::markdown::HeadingIds ids;
  ids.reserve("a-2");
  std::vector<std::string> got;
  for (int i = 0; i < 4; ++i) {
    cr::Buffer out;
    ids.make("A", out);
    got.push_back(out.str());
  }
  EXPECT_EQ(got, (std::vector<std::string>{"a", "a-1", "a-3", "a-4"}));
  cr::Buffer empty;
  ids.make("!!", empty);
  EXPECT_EQ(empty.view(), "section");
  // Many headings with one text: each new id is found in constant time (the set grows too).
  for (int i = 0; i < 20000; ++i) {
    cr::Buffer out;
    ids.make("Same", out);
    if (i == 19999) {
      EXPECT_EQ(out.view(), "same-19999");
    }
  }
}

TEST(Markdown, SlugsChosenToShareASlotMoveTheIdsIntoATree) {
  // Anyone can compute FNV-1a: 300 slugs whose hashes share their low 12 bits (the table's slot
  // for up to 2,048 ids) would make every lookup walk all of them. A long probe moves the ids
  // into a tree, and every id stays what it was.
  auto fnv = [](const std::string& s) {
    std::uint32_t h = 2166136261u;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
  };
  std::vector<std::string> colliding;
  for (std::uint32_t n = 0; colliding.size() < 300; ++n) {
    std::string s;
    for (std::uint32_t k = n; s.size() < 5; k /= 26) s.push_back(static_cast<char>('a' + k % 26));
    if ((fnv(s) & 0xFFF) == 0x123) colliding.push_back(s);
  }
  cr::markdown::HeadingIds ids;
  for (const std::string& s : colliding) {
    cr::Buffer out;
    ids.make(s, out);
    EXPECT_EQ(out.view(), s);
  }
  EXPECT_TRUE(ids.in_tree());
  for (const std::string& s : colliding) EXPECT_TRUE(ids.taken(s));
  EXPECT_FALSE(ids.taken("zzzzzz"));
  cr::Buffer again;
  ids.make(colliding[7], again);
  EXPECT_EQ(again.view(), colliding[7] + "-1");

  cr::markdown::HeadingIds honest;  // ordinary slugs never get there
  for (int i = 0; i < 5000; ++i) {
    cr::Buffer out;
    honest.make("Section " + std::to_string(i), out);
  }
  EXPECT_FALSE(honest.in_tree());
}

TEST(Markdown, OutputIsValidUtf8) {
  std::string bad = "a\xFF\xFE b \x80";
  std::string out = markdown(bad);
  EXPECT_EQ(out, "<p>a\xEF\xBF\xBD\xEF\xBF\xBD b \xEF\xBF\xBD</p>\n");
}

// md4c 0.5.2 drops the space for a line ending inside a code span when the line ends in spaces
// (CommonMark examples 335, 337, 640); the writer puts it back, in every rawHtml mode.
TEST(Markdown, CodeSpanKeepsLineEndingAfterTrailingSpaces) {
  EXPECT_EQ(markdown("``\nfoo\nbar  \nbaz\n``\n"), "<p><code>foo bar   baz</code></p>\n");
  EXPECT_EQ(markdown("`foo   bar \nbaz`\n", R"({"dialect":"commonmark"})"), "<p><code>foo   bar  baz</code></p>\n");
  EXPECT_EQ(markdown("`code  \r\nspan`\n"), "<p><code>code   span</code></p>\n");
  EXPECT_EQ(markdown("` a \n`\n"), "<p><code>a </code></p>\n");      // the stripped trailing space
  EXPECT_EQ(markdown("`a  \n`\n"), "<p><code>a   </code></p>\n");     // nothing stripped
  EXPECT_EQ(markdown("``\nfoo \n``\n"), "<p><code>foo </code></p>\n");  // example 336
  EXPECT_EQ(markdown("`  \t\na`\n"), "<p><code>  \t a</code></p>\n");   // md4c sends this space itself
  EXPECT_EQ(markdown("![`a  \nb`](x.png)"), "<p><img src=\"x.png\" alt=\"a   b\"></p>\n");
}

// md4c 0.5.2 keeps a tab after "#" and blanks at the end of a setext heading (examples 10, 82).
TEST(Markdown, HeadingContentIsTrimmed) {
  EXPECT_EQ(markdown("#\tFoo\n"), "<h1>Foo</h1>\n");
  EXPECT_EQ(markdown("  Foo *bar\nbaz*\t\n====\n"), "<h1>Foo <em>bar\nbaz</em></h1>\n");
  EXPECT_EQ(markdown("#\tA b\t\n", R"({"headingIds":true})"), "<h1 id=\"cr-a-b\">A b</h1>\n");
  EXPECT_EQ(markdown("# Foo&#9;\n"), "<h1>Foo\t</h1>\n");  // a tab from a reference is content
  EXPECT_EQ(markdown("# <b>x</b>\t\n"), "<h1><b>x</b></h1>\n");
}
