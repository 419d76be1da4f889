// markdown/options: what renderMarkdown (and the article body) may ask of the writer.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace cr::markdown {

enum class Dialect { github, commonmark };

enum class RawHtml {
  sanitize,  // allow-listed tags and attributes only (the default)
  escape,    // raw HTML shown as text
  drop,      // raw HTML removed (text between inline tags stays)
  trust,     // passed through untouched, URLs unchecked: only for content the caller wrote
};

// Every id starts with this unless the caller asks otherwise (even ""): a heading named "config"
// must not become `window.config` on the page the HTML goes into (DOM clobbering).
inline constexpr std::string_view kDefaultIdPrefix = "cr-";

// An article's first level below its title (h2, or deeper with heading_offset; h6 at most): where
// its markdown headings and the matrix's heading start.
inline int article_section_level(int heading_offset) { return heading_offset + 2 < 6 ? heading_offset + 2 : 6; }

struct Options {
  Dialect dialect = Dialect::github;
  RawHtml raw_html = RawHtml::sanitize;
  // Added to every heading level (result clamped to 1..6). In article mode, the outline's depth
  // instead: the article's title is an h(1 + offset) and its headings start one level below.
  int heading_offset = 0;
  bool heading_ids = false;    // give headings GitHub-style ids, unique within the output
  std::string id_prefix = std::string(kDefaultIdPrefix);  // prepended to every id
  std::size_t max_output_bytes = 64u << 20;

  // Article mode (renderComparison's body): headings start at h2 (h(2 + heading_offset)) whatever
  // level the markdown starts at and never skip a level, a leading h1 equal to `title` is dropped, empty headings
  // are dropped, tables get header scopes, a name and a focusable scroll region, code blocks
  // are focusable scroll regions named after their language, images load lazily, and task-list items carry a glyph and words instead of a
  // disabled (unlabelled) checkbox.
  bool article = false;
  // The output as a run of <section class="cr-section"> elements, a new one at each top-level
  // heading of the level the first one has (or a higher one), and after 8 KB at the next
  // top-level block: the page can insert a long article piece by piece (comparison-article.mjs).
  bool sections = false;
  // The views below point at strings the caller keeps alive for the call.
  std::string_view title;
  std::span<const std::string_view> reserved_ids;  // ids the rest of the article uses (without prefix)
  std::string_view table_label = "Table";          // name of a table with no heading before it
  std::string_view task_done_label = "Done:";      // what a screen reader hears for a checked task
  std::string_view task_open_label = "To do:";
  std::string_view code_label = "Code";                         // name of a code block's scroll region
  std::string_view code_language_label = "Code: {language}";    // ... when its fence names the language
  // Attributes for the words above where they are text (` lang="en"` when they are not in the
  // article's language), so that they are read in theirs.
  std::string_view label_attributes;
};

}  // namespace cr::markdown
