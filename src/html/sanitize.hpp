// html/sanitize: raw HTML from markdown, reduced to an allow-list of harmless tags and attributes.
// md4c hands raw HTML over in chunks (one per inline tag; one per line of an HTML block, so a
// tag may be split across chunks): the sanitizer is a streaming tokenizer that keeps state
// across chunks and closes what it opened when the block ends.
// Guarantees: no script/style/iframe/object/svg/math/... (raw-text and foreign elements are
// dropped with their content), no event handler or style attribute, no URL the url_policy
// refuses, no end tag for an element it did not open and no heading inside a heading (whose end
// tag the parser lets close more than its own element), so the article's own structure cannot be
// closed from inside, and attribute values re-escaped from their decoded form (what the
// browser decodes is exactly what was checked).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/buffer.hpp"
#include "html/heading_levels.hpp"

namespace cr::html {

enum class HtmlContext {
  flow,      // an HTML block: block-level elements allowed
  phrasing,  // raw HTML inside a paragraph, heading, cell: inline elements only
};

class Sanitizer {
 public:
  // `levels` places raw <h1>..<h6> in the document's outline as its markdown headings are placed
  // (shared with them: an article keeps a single h1 and no level is skipped); without it they
  // keep their levels. `article`: as an article's markdown does, every <img> gets loading="lazy",
  // and a link with no words (nothing, or only images described as decorative) gets its address as
  // its name, for screen readers only (.cr-visually-hidden: what the page shows stays as it was).
  Sanitizer(Buffer& out, HtmlContext context, HeadingLevels* levels = nullptr, bool article = false)
      : out_(out), context_(context), levels_(levels), article_(article) {}

  void feed(std::string_view chunk);
  // Ends the current block: an unfinished tag is written as text, open elements are closed and
  // any raw-text skipping stops.
  void finish();
  bool idle() const { return pending_.empty() && open_.empty() && skip_until_.empty() && drop_depth_ == 0; }
  // Whether the HTML fed goes inside a link written around it (a markdown link's <a>): then an <a>
  // in it is dropped, as links do not nest.
  void set_in_link(bool in_link) { in_link_ = in_link; }
  // Whether an <a> it wrote is open (a markdown link inside it is then written as its text).
  bool link_open() const { return links_open_ > 0; }
  // Words written by someone else (the markdown around inline raw HTML) inside the <a> open: they
  // name it.
  void name_link() { link_named_ = true; }

 private:
  struct Attribute {
    std::string name;   // lower-case
    std::string value;  // decoded
    bool has_value = false;
  };
  // Returns the bytes consumed from `s` (0 when the construct is not complete yet).
  std::size_t take_markup(std::string_view s);
  std::size_t take_start_tag(std::string_view s);
  std::size_t take_end_tag(std::string_view s);
  void write_text(std::string_view raw);
  void write_start_tag(const std::string& name, const std::vector<Attribute>& attributes, bool self_closing);
  void write_end_tag(const std::string& name);
  void push_open(std::string tag);  // an element written and not closed yet
  void close_last();                // writes the end tag of the last element open
  std::string mapped_name(const std::string& name);

  Buffer& out_;
  HtmlContext context_;
  HeadingLevels* levels_;
  bool article_;
  static constexpr std::size_t kMaxAttributes = 256;  // kept per tag
  static constexpr std::size_t kMaxDepth = 512;       // elements open at once
  std::string pending_;                // an incomplete construct carried to the next chunk
  std::string skip_until_;             // inside a dropped raw-text element (script, style, ...)
  std::string drop_name_;              // inside a dropped foreign subtree (svg, math, ...)
  int drop_depth_ = 0;
  std::vector<std::string> open_;      // elements written and not yet closed (mapped names)
  bool in_link_ = false;
  int links_open_ = 0;                   // <a> among open_
  std::vector<std::size_t> open_p_;      // where each open <p> is in open_
  std::vector<std::size_t> open_scopes_; // where each element that bounds a <p>'s scope is in open_
  // The <a> open (at most one: links do not nest), in an article: its address, and whether words
  // or a described image were written in it.
  std::string link_href_;
  bool link_named_ = false;
};

}  // namespace cr::html
