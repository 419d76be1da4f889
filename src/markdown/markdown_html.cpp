#include "markdown/markdown_html.hpp"

#include <algorithm>
#include <cstdint>

extern "C" {
#include "md4c.h"
}

#include "core/ascii.hpp"
#include "core/cold.hpp"
#include "core/message.hpp"
#include "core/utf8.hpp"
#include "html/entities.hpp"
#include "html/sanitize.hpp"
#include "html/url_policy.hpp"
#include "html/writer.hpp"
#include "markdown/fragment_links.hpp"
#include "markdown/heading_ids.hpp"

namespace cr::markdown {

namespace {

using html::HtmlWriter;

constexpr char kReplacement[] = "\xEF\xBF\xBD";

// Decodes an md4c attribute (text + entity + NUL pieces) into plain UTF-8, replacing `out`.
std::string_view decode_attribute(const MD_ATTRIBUTE& a, std::string& out) {
  out.clear();
  if (!a.text) return out;
  for (int i = 0; a.substr_offsets[i] < a.size; ++i) {
    std::string_view piece(a.text + a.substr_offsets[i], a.substr_offsets[i + 1] - a.substr_offsets[i]);
    switch (a.substr_types[i]) {
      case MD_TEXT_NULLCHAR: out += kReplacement; break;
      case MD_TEXT_ENTITY:
        if (!html::append_entity(out, piece)) out += piece;
        break;
      default: out += piece;
    }
  }
  return out;
}

// A fence's language (its info string's first word, entities decoded) is one class name only if
// it is made of class-safe characters: ASCII letters and digits, - _ + # . and anything outside
// ASCII. Otherwise an info string such as `x&#32;fixed&#32;inset-0` would hand the page's CSS
// classes of the author's choosing.
bool is_safe_language(std::string_view lang) {
  if (lang.empty()) return false;
  for (unsigned char c : lang) {
    const bool safe = c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '-' ||
                      c == '_' || c == '+' || c == '#' || c == '.';
    if (!safe) return false;
  }
  return true;
}

// Whether a and b are the same words, ignoring ASCII case and how much whitespace separates them
// (or leads or trails).
bool same_words(std::string_view a, std::string_view b) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  std::size_t i = 0, j = 0;
  for (;;) {
    const bool gap_a = i < a.size() && blank(a[i]), gap_b = j < b.size() && blank(b[j]);
    while (i < a.size() && blank(a[i])) ++i;
    while (j < b.size() && blank(b[j])) ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if ((gap_a != gap_b && i > 0 && j > 0) || ascii_lower(a[i]) != ascii_lower(b[j])) return false;
    ++i;
    ++j;
  }
}

class Writer {
 public:
  Writer(const Options& o, Buffer& out, Toc* toc)
      : o_(o), out_(out), w_(out), toc_(toc), levels_(o.heading_offset, o.article, article_section_level(o.heading_offset)),
        inline_html_(out, html::HtmlContext::phrasing, &levels_, o.article),
        block_html_(out, html::HtmlContext::flow, &levels_, o.article) {
    for (const auto& id : o.reserved_ids) ids_.reserve(id);
  }

  Status run(std::string_view markdown) {
    const std::string_view md = ending_in_a_line_end(markdown);
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = o_.dialect == Dialect::github ? MD_DIALECT_GITHUB : MD_DIALECT_COMMONMARK;
    if (o_.raw_html == RawHtml::escape) parser.flags |= MD_FLAG_NOHTML;
    parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* u) { return static_cast<Writer*>(u)->enter_block(t, d); };
    parser.leave_block = [](MD_BLOCKTYPE t, void* d, void* u) { return static_cast<Writer*>(u)->leave_block(t, d); };
    parser.enter_span = [](MD_SPANTYPE t, void* d, void* u) { return static_cast<Writer*>(u)->enter_span(t, d); };
    parser.leave_span = [](MD_SPANTYPE t, void* d, void* u) { return static_cast<Writer*>(u)->leave_span(t, d); };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR* s, MD_SIZE n, void* u) {
      return static_cast<Writer*>(u)->text(t, std::string_view(s, n));
    };
    source_ = md;
    if (o_.sections) {
      out_.append(kSectionStart);
      section_content_ = out_.size();
    }
    int rc = md_parse(md.data(), static_cast<MD_SIZE>(md.size()), &parser, this);
    if (!too_large_ && rc != 0) return make_error(ErrorCode::internal, "The markdown parser ran out of memory.");
    if (o_.sections && !too_large_) {
      if (out_.size() == section_content_) out_.truncate(section_content_ - kSectionStart.size());  // nothing in it
      else out_.append("</section>\n");
    }
    if (!too_large_) fragment_links_.apply(out_, ids_, o_.id_prefix);
    if (too_large_ || check()) {
      return make_error(ErrorCode::too_large, message({"The rendered HTML would be larger than ",
                                                       Decimal(o_.max_output_bytes), " bytes (limits.maxOutputBytes)."}));
    }
    return std::nullopt;
  }

 private:
  // md4c finds line ends with strcspn (sixteen bytes a step in the module) only in a document
  // that ends in a line ending, and a byte at a time otherwise. A final line ending changes
  // nothing in the output (CommonMark; checked on every example of md4c's specs, with and
  // without trailing spaces, tabs and backslashes), so a document without one gets one here.
  std::string_view ending_in_a_line_end(std::string_view md) {
    if (md.empty() || md.back() == '\n' || md.back() == '\r') return md;
    terminated_.reserve(md.size() + 1);
    terminated_.assign(md.data(), md.size());
    terminated_.push_back('\n');
    return terminated_;
  }

  bool sanitizing() const { return o_.raw_html == RawHtml::sanitize; }
  // Words (or a described image) written now name the links open around them: the markdown link's
  // and a raw <a>'s (inline raw HTML comes to the sanitizer a tag at a time; its words do not).
  void name_links() {
    if (!links_.empty()) links_.back().named = true;
    inline_html_.name_link();
  }
  // Whether an <a> of a markdown link is open around what is written now.
  bool in_written_link() const {
    return std::any_of(links_.begin(), links_.end(), [](const OpenLink& l) { return l.written; });
  }
  bool trusting() const { return o_.raw_html == RawHtml::trust; }
  // Links to `#slug` follow their heading's id when ids carry a prefix.
  bool rewrites_fragments() const { return (o_.heading_ids || o_.article) && !o_.id_prefix.empty(); }

  // The output limit, checked after every callback. md4c 0.5.2 stops the whole parse only on a
  // negative value: a positive one from a block callback ends that block and goes on to the next.
  int check() {
    if (out_.size() > o_.max_output_bytes) { too_large_ = true; return -1; }
    return 0;
  }

  // Before a block of the document itself: a new section at a heading of the first top-level
  // heading's level (or a higher one), or when the section has grown long (so the page can take
  // the article in pieces) — never while raw HTML keeps an element open across blocks.
  void maybe_new_section(MD_BLOCKTYPE type, void* detail) {
    int level = 0;
    if (type == MD_BLOCK_H) {
      level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
      if (section_level_ == 0) {
        section_level_ = level;
        section_level_block_ = blocks_;
      }
    }
    if (out_.size() == section_content_ || !block_html_.idle() || !inline_html_.idle()) return;
    if (out_.size() - section_content_ <= kSectionBytes && (level == 0 || level > section_level_)) return;
    out_.append("</section>\n", 11);
    out_.append(kSectionStart);
    section_content_ = out_.size();
  }

  // Raw inline HTML cannot stay open across a block boundary.
  void end_inline_html() {
    if (sanitizing() && !inline_html_.idle()) inline_html_.finish();
  }

  // ---- blocks ----

  int enter_block(MD_BLOCKTYPE type, void* detail) {
    flush_raw_html();
    end_inline_html();
    if (type != MD_BLOCK_DOC) {
      ++blocks_;
      ++depth_;
      if (o_.sections && depth_ == 1) maybe_new_section(type, detail);
    }
    switch (type) {
      case MD_BLOCK_DOC: break;
      case MD_BLOCK_QUOTE: w_.markup("<blockquote>\n"); break;
      case MD_BLOCK_UL: w_.markup("<ul>\n"); break;
      case MD_BLOCK_OL: {
        auto* d = static_cast<MD_BLOCK_OL_DETAIL*>(detail);
        if (d->start == 1) {
          w_.markup("<ol>\n");
        } else {
          w_.markup("<ol start=\"");
          out_.append(Decimal(d->start));
          w_.markup("\">\n");
        }
        break;
      }
      case MD_BLOCK_LI: {
        auto* d = static_cast<MD_BLOCK_LI_DETAIL*>(detail);
        if (d->is_task && o_.article) {
          // Not a form control: a glyph for the eye and words for a screen reader.
          bool done = d->task_mark == 'x' || d->task_mark == 'X';
          w_.markup(done ? "<li class=\"task-list-item cr-task-done\"><span class=\"cr-task-mark\" aria-hidden=\"true\">&#9745;</span>"
                         : "<li class=\"task-list-item cr-task-open\"><span class=\"cr-task-mark\" aria-hidden=\"true\">&#9744;</span>");
          w_.markup("<span class=\"cr-visually-hidden\"").markup(o_.label_attributes).markup(">");
          w_.text(done ? o_.task_done_label : o_.task_open_label).markup(" </span>");
        } else if (d->is_task) {
          w_.markup("<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled");
          if (d->task_mark == 'x' || d->task_mark == 'X') w_.markup(" checked");
          w_.markup(">");
        } else {
          w_.markup("<li>");
        }
        break;
      }
      case MD_BLOCK_HR: w_.markup("<hr>\n"); break;
      case MD_BLOCK_H: {
        heading_level_ = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
        heading_leading_ = blocks_ == 1;
        heading_block_ = blocks_;
        heading_start_ = out_.size();
        heading_text_.clear();
        in_heading_ = true;
        break;
      }
      case MD_BLOCK_CODE: {
        in_code_block_ = true;
        auto* d = static_cast<MD_BLOCK_CODE_DETAIL*>(detail);
        // "trust" keeps CommonMark's output (the spec's examples have `language-;`).
        std::string_view lang = d->lang.text ? decode_attribute(d->lang, scratch_) : std::string_view();
        const bool named = !lang.empty() && (trusting() || is_safe_language(lang));
        if (o_.article) {
          start_code_region(named ? lang : std::string_view());
        } else {
          w_.markup("<pre><code");
        }
        if (named) w_.markup(" class=\"language-").text(lang).markup("\"");
        w_.markup(">");
        break;
      }
      case MD_BLOCK_HTML: in_html_block_ = true; break;
      case MD_BLOCK_P: w_.markup("<p>"); break;
      case MD_BLOCK_TABLE:
        if (o_.article) {
          start_table_region();
        } else {
          w_.markup("<table>\n");
        }
        break;
      case MD_BLOCK_THEAD: w_.markup("<thead>\n"); in_thead_ = true; break;
      case MD_BLOCK_TBODY: w_.markup("<tbody>\n"); break;
      case MD_BLOCK_TR: w_.markup("<tr>\n"); break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD: {
        auto* d = static_cast<MD_BLOCK_TD_DETAIL*>(detail);
        cell_start_ = out_.size();
        w_.markup(type == MD_BLOCK_TH ? "<th" : "<td");
        if (type == MD_BLOCK_TH && o_.article) w_.markup(in_thead_ ? " scope=\"col\"" : " scope=\"row\"");
        switch (d->align) {
          case MD_ALIGN_LEFT: w_.markup(" class=\"cr-align-left\""); break;
          case MD_ALIGN_CENTER: w_.markup(" class=\"cr-align-center\""); break;
          case MD_ALIGN_RIGHT: w_.markup(" class=\"cr-align-right\""); break;
          default: break;
        }
        w_.markup(">");
        cell_content_ = out_.size();
        break;
      }
    }
    return check();
  }

  int leave_block(MD_BLOCKTYPE type, void* detail) {
    flush_raw_html();
    if (type != MD_BLOCK_DOC) --depth_;
    (void)detail;
    end_inline_html();
    switch (type) {
      case MD_BLOCK_DOC: break;
      case MD_BLOCK_QUOTE: w_.markup("</blockquote>\n"); break;
      case MD_BLOCK_UL: w_.markup("</ul>\n"); break;
      case MD_BLOCK_OL: w_.markup("</ol>\n"); break;
      case MD_BLOCK_LI: w_.markup("</li>\n"); break;
      case MD_BLOCK_HR: break;
      case MD_BLOCK_H: finish_heading(); break;
      case MD_BLOCK_CODE:
        in_code_block_ = false;
        w_.markup("</code></pre>\n");
        break;
      case MD_BLOCK_HTML:
        in_html_block_ = false;
        if (sanitizing()) block_html_.finish();
        break;
      case MD_BLOCK_P: w_.markup("</p>\n"); break;
      case MD_BLOCK_TABLE: w_.markup(o_.article ? "</table>\n</div>\n" : "</table>\n"); break;
      case MD_BLOCK_THEAD: w_.markup("</thead>\n"); in_thead_ = false; break;
      case MD_BLOCK_TBODY: w_.markup("</tbody>\n"); break;
      case MD_BLOCK_TR: w_.markup("</tr>\n"); break;
      case MD_BLOCK_TH:
        if (o_.article && out_.size() == cell_content_) {
          // A header with no words names no column (a table's corner): in an article, a plain cell.
          out_.truncate(cell_start_);
          w_.markup("<td></td>\n");
        } else {
          w_.markup("</th>\n");
        }
        break;
      case MD_BLOCK_TD: w_.markup("</td>\n"); break;
    }
    return check();
  }

  // Regions (code blocks, tables) are focusable, so that keyboard users can scroll them, and named,
  // no two alike in the article: from the second of a name on, a region's name is numbered
  // ("Code: rust (2)", "Performance (2)"). Once a block, so built for size.

  // A code block's region, named "Code: rust" (`lang`), or "Code".
  CR_COLD void start_code_region(std::string_view lang) {
    region_name_.clear();
    std::string_view label = lang.empty() ? o_.code_label : o_.code_language_label;
    constexpr std::string_view kSlot = "{language}";
    const std::size_t at = lang.empty() ? std::string_view::npos : label.find(kSlot);
    if (at != std::string_view::npos) {
      region_name_.append(label.substr(0, at)).append(lang);
      label = label.substr(at + kSlot.size());
    }
    region_name_.append(label);
    w_.markup("<pre class=\"cr-code\" tabindex=\"0\" role=\"region\"");
    w_.attribute("aria-label", numbered(region_name_, count_region_name(region_name_))).markup("><code");
  }

  // A table's region, and the table, named by the heading before it (else "Table"); a second
  // region of that name, under the same heading or under another of the same words, by the words
  // and its number, "Performance (2)".
  CR_COLD void start_table_region() {
    const bool headed = !last_heading_id_.empty();
    const std::string_view base = headed ? std::string_view(last_heading_text_) : o_.table_label;
    const std::uint32_t nth = count_region_name(base);
    const bool by_heading = headed && nth == 1;
    const std::string_view name = numbered(base, nth);
    const auto write_name = [&] {
      if (by_heading) w_.attribute("aria-labelledby", last_heading_id_);
      else w_.attribute("aria-label", name);
    };
    w_.markup("<div class=\"cr-table-scroll\" role=\"region\" tabindex=\"0\"");
    write_name();
    w_.markup(">\n<table");
    write_name();
    w_.markup(">\n");
  }

  // How many regions had this name, this one included, told apart by the names' FNV-1a hashes
  // (two names of one hash among a few dozen would only number one of them wrongly). The first
  // 64 names are counted; past them every region is a first (thousands of languages keep their
  // repeats rather than have each block searched against all of them).
  std::uint32_t count_region_name(std::string_view name) {
    std::uint32_t hash = 2166136261u;
    for (char c : name) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    const auto seen = std::find(region_name_hashes_.begin(), region_name_hashes_.end(), hash);
    if (seen != region_name_hashes_.end()) return ++region_name_counts_[static_cast<std::size_t>(seen - region_name_hashes_.begin())];
    if (region_name_hashes_.size() < 64) {
      region_name_hashes_.push_back(hash);
      region_name_counts_.push_back(1);
    }
    return 1;
  }

  // `name`, numbered from its second region on.
  std::string_view numbered(std::string_view name, std::uint32_t nth) {
    numbered_.assign(name.data(), name.size());
    if (nth > 1) numbered_.append(" (").append(std::string_view(Decimal(nth))).push_back(')');
    return numbered_;
  }

  void finish_heading() {
    in_heading_ = false;
    if (heading_blank_tail_ && heading_blank_tail_end_ == out_.size()) {
      out_.truncate(out_.size() - heading_blank_tail_);
      if (heading_text_.size() >= heading_blank_tail_) heading_text_.resize(heading_text_.size() - heading_blank_tail_);
    }
    heading_blank_tail_ = 0;
    if (o_.article) {
      bool drop = utf8::is_blank(heading_text_);
      if (heading_leading_ && heading_level_ == 1 && same_words(heading_text_, o_.title)) {
        drop = true;
      }
      if (drop) {
        out_.truncate(heading_start_);
        fragment_links_.forget_from(heading_start_);
        if (section_level_block_ == heading_block_) section_level_ = 0;  // a dropped heading sets no level
        return;
      }
    }
    int level = levels_.place(heading_level_);
    // The start tag goes in front of the heading's content, written already.
    tag_.clear();
    tag_.append("<h", 2);
    tag_.push_back(static_cast<char>('0' + level));
    id_.clear();
    if (o_.heading_ids || o_.article) {
      id_.append(o_.id_prefix);
      ids_.make(heading_text_, id_);
      HtmlWriter(tag_).attribute("id", id_.view());
      last_heading_id_.assign(id_.view());
      last_heading_text_.assign(heading_text_);
    }
    tag_.push_back('>');
    out_.insert(heading_start_, tag_.view());
    fragment_links_.shift(heading_start_, tag_.size());
    out_.append("</h", 3);
    out_.push_back(static_cast<char>('0' + level));
    out_.append(">\n", 2);
    if (toc_) toc_->add(level, id_.view(), heading_text_);
  }

  // ---- spans ----

  int enter_span(MD_SPANTYPE type, void* detail) {
    flush_raw_html();
    if (type == MD_SPAN_CODE) {  // also inside alt text
      in_code_span_ = code_span_first_chunk_ = true;
      code_span_break_pending_ = code_span_unstripped_ = false;
    }
    if (type == MD_SPAN_IMG) {
      if (image_depth_++ == 0) {
        auto* d = static_cast<MD_SPAN_IMG_DETAIL*>(detail);
        decode_attribute(d->src, image_src_);
        has_image_title_ = d->title.text != nullptr;
        decode_attribute(d->title, image_title_);
        alt_.clear();
      }
      return 0;
    }
    if (image_depth_ > 0) return 0;  // inside alt text: words only
    switch (type) {
      case MD_SPAN_EM: w_.markup("<em>"); break;
      case MD_SPAN_STRONG: w_.markup("<strong>"); break;
      case MD_SPAN_U: w_.markup("<u>"); break;
      case MD_SPAN_CODE: w_.markup("<code>"); break;
      case MD_SPAN_DEL: w_.markup("<del>"); break;
      case MD_SPAN_A: {
        // Links do not nest (the parser would end the outer one at the inner's start): md4c 0.5.2
        // finds a www. or address autolink inside a link's text (its #152), and raw HTML may hold
        // an <a> around a markdown link. The inner one is written as its text.
        if (in_written_link() || (sanitizing() && inline_html_.link_open())) {
          links_.push_back(OpenLink{false, 0, link_hrefs_.size()});
          break;
        }
        auto* d = static_cast<MD_SPAN_A_DETAIL*>(detail);
        std::string_view href = decode_attribute(d->href, href_);
        bool ok = trusting() || html::is_allowed_url(href, html::UrlUse::link);
        if (!ok) {
          links_.push_back(OpenLink{false, 0, link_hrefs_.size()});
          break;
        }
        w_.start("a");
        if (href.size() > 1 && href[0] == '#' && rewrites_fragments()) {
          fragment_links_.note(out_.size() + 8, href.substr(1));  // after ` href="#`
        }
        w_.url_attribute("href", href);
        if (d->title.text) w_.attribute("title", decode_attribute(d->title, scratch_));
        w_.end_start();
        links_.push_back(OpenLink{true, out_.size(), link_hrefs_.size()});
        if (o_.article) link_hrefs_.append(href);
        break;
      }
      default: break;  // LaTeX and wiki links are not enabled
    }
    return check();
  }

  int leave_span(MD_SPANTYPE type, void* detail) {
    flush_raw_html();
    (void)detail;
    if (type == MD_SPAN_CODE) {
      // A line ending right before the closer is the trailing space CommonMark strips, unless the
      // content was not stripped ("`a  \n`" is "a   ", "` a  \n`" is "a  ").
      if (code_span_break_pending_ && code_span_unstripped_) words(" ");
      in_code_span_ = code_span_break_pending_ = false;
    }
    if (type == MD_SPAN_IMG) {
      // md4c 0.5.2 can close an image it never opened ("[x](![)]()": the "![" in the address
      // pairs with the later "]("; fixed upstream after 0.5.2). Counting that close would leave
      // the depth below zero, and every later image would come out as its alt text.
      if (image_depth_ == 0) return check();
      if (--image_depth_ == 0) write_image();
      return check();
    }
    if (image_depth_ > 0) return 0;
    switch (type) {
      case MD_SPAN_EM: w_.markup("</em>"); break;
      case MD_SPAN_STRONG: w_.markup("</strong>"); break;
      case MD_SPAN_U: w_.markup("</u>"); break;
      case MD_SPAN_CODE: w_.markup("</code>"); break;
      case MD_SPAN_DEL: w_.markup("</del>"); break;
      case MD_SPAN_A:
        if (!links_.empty()) {
          OpenLink& link = links_.back();
          if (link.written) {
            end_inline_html();  // raw tags opened inside the link close inside it
            // A link with no words (nothing, or only images described as decorative) has no
            // accessible name: in an article its address becomes its text, seen or, beside an
            // image, for screen readers only.
            if (o_.article && !link.named) {
              const std::string_view href = link_hrefs_.view().substr(link.href_start);
              if (out_.size() == link.content_start) w_.text(href);
              else w_.markup("<span class=\"cr-visually-hidden\">").text(href).markup("</span>");
            }
            w_.markup("</a>");
          }
          const bool named = link.named;
          link_hrefs_.truncate(link.href_start);
          links_.pop_back();
          if (named && !links_.empty()) links_.back().named = true;  // its words were the outer link's
        }
        break;
      default: break;
    }
    return check();
  }

  void write_image() {
    if ((!links_.empty() || inline_html_.link_open()) && !utf8::is_blank(alt_)) name_links();
    if (!trusting() && !html::is_allowed_url(image_src_, html::UrlUse::image)) {
      w_.text(alt_);  // a refused image leaves its description
      return;
    }
    w_.start("img").url_attribute("src", image_src_).attribute("alt", alt_);
    if (has_image_title_) w_.attribute("title", image_title_);
    if (o_.article) w_.markup(" loading=\"lazy\"");
    w_.end_start();
  }

  // ---- text ----

  // Where words go: the alt text of an image, or the page.
  void words(std::string_view plain) {
    if (image_depth_ > 0) alt_ += plain;
    else w_.text(plain);
    if (image_depth_ == 0 && (!links_.empty() || inline_html_.link_open()) && !utf8::is_blank(plain)) name_links();
    if (in_heading_) heading_text_ += plain;
  }

  int text(MD_TEXTTYPE type, std::string_view s) {
    // md4c 0.5.2 sends a NUL in a code or HTML block twice: as MD_TEXT_NULLCHAR and again as the
    // first byte of the next piece of text, which the escaper and the sanitizer turn into U+FFFD
    // themselves (in its place: inside an HTML block the U+FFFD used to come out ahead of the
    // unfinished tag around it, and split its run of raw HTML).
    if (type == MD_TEXT_NULLCHAR && (in_code_block_ || in_html_block_)) return 0;
    if (type != MD_TEXT_HTML) flush_raw_html();
    if (in_code_span_) {
      if (code_span_first_chunk_) code_span_unstripped_ = type == MD_TEXT_CODE && code_span_starts_unstripped(s);
      code_span_first_chunk_ = false;
      if (code_span_break_pending_) words(" ");  // more code follows: the space was lost
      code_span_break_pending_ = false;
    }
    switch (type) {
      case MD_TEXT_NULLCHAR: words(kReplacement); break;
      case MD_TEXT_BR:
        if (image_depth_ > 0) alt_ += ' ';
        else w_.markup("<br>\n");
        if (in_heading_) heading_text_ += ' ';
        break;
      case MD_TEXT_SOFTBR:
        if (image_depth_ > 0) alt_ += ' ';
        else w_.markup("\n");
        if (in_heading_) heading_text_ += ' ';
        break;
      case MD_TEXT_ENTITY: {
        scratch_.clear();
        if (!html::append_entity(scratch_, s)) scratch_.assign(s);
        words(scratch_);
        break;
      }
      case MD_TEXT_HTML: raw_html(s); break;
      case MD_TEXT_CODE:
        words(s);
        if (in_code_span_) code_span_break_pending_ = lost_line_break(s);
        break;
      case MD_TEXT_NORMAL:
        if (in_heading_ && image_depth_ == 0) {
          heading_normal_text(s);
          break;
        }
        words(s);
        break;
      default: words(s); break;  // LATEXMATH
    }
    return check();
  }

  static bool is_blank(char c) { return c == ' ' || c == '\t'; }

  // Whether `s` is a piece of the markdown source (md4c also sends literals of its own).
  bool in_source(std::string_view s) const {
    auto at = [](const char* p) { return reinterpret_cast<std::uintptr_t>(p); };
    return !s.empty() && at(s.data()) >= at(source_.data()) &&
           at(s.data()) + s.size() <= at(source_.data()) + source_.size();
  }

  // md4c 0.5.2 bug (fixed upstream in mity/md4c#378): inside a code span, a line that ends in
  // spaces gets those spaces sent (md4c trims trailing spaces off every line and sends them
  // back as a chunk of the source running up to the line ending) but not the space that stands
  // for the line ending itself, so "`bar  \nbaz`" came out as "bar  baz" instead of
  // "bar   baz" (CommonMark examples 335, 337, 640). Such a chunk is recognised by its content
  // (spaces only) and by where it ends in the source (any other chunk that ends at a line
  // ending ends in a non-space, because the trimmed spaces are never part of it).
  bool lost_line_break(std::string_view s) const {
    if (!in_source(s) || s.data() + s.size() >= source_.data() + source_.size()) return false;
    if (s.find_first_not_of(' ') != std::string_view::npos) return false;
    char next = s.data()[s.size()];
    return next == '\n' || next == '\r';
  }

  // Called for the first text chunk of a code span: whether md4c kept the span's content
  // unstripped (CommonMark strips one leading and one trailing space or line ending when both
  // are there). Stripped content starts after the opener's space or on the next line; unstripped
  // content starts right after the opening backticks, or with md4c's own " " for a line ending
  // right after them. Anything else is "don't know" (false).
  bool code_span_starts_unstripped(std::string_view s) const {
    if (in_source(s)) return s.data() > source_.data() && s.data()[-1] == '`';
    return s == " ";
  }

  // A heading's content is trimmed of leading and trailing spaces and tabs (CommonMark 4.2, 4.3),
  // but md4c 0.5.2 passes some through ("#\tFoo", "Foo *bar*\t\n===", examples 10 and 82). Only
  // blanks from the source are trimmed (text chunks), never ones from references like "&#9;".
  void heading_normal_text(std::string_view s) {
    if (out_.size() == heading_start_) {
      while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
      if (s.empty()) return;
    }
    w_.text(s);
    heading_text_ += s;
    if ((!links_.empty() || inline_html_.link_open()) && !utf8::is_blank(s)) name_links();  // as words() does
    std::size_t blanks = 0;
    while (blanks < s.size() && is_blank(s[s.size() - 1 - blanks])) ++blanks;
    heading_blank_tail_ = blanks;
    heading_blank_tail_end_ = out_.size();
  }

  void raw_html(std::string_view s) {
    if (image_depth_ > 0) { alt_ += s; return; }  // alt is plain text: tags become words
    if (!links_.empty()) links_.back().named = true;  // it may name the link: taken as doing so
    switch (o_.raw_html) {
      case RawHtml::trust: w_.markup(s); break;
      case RawHtml::drop: break;
      case RawHtml::escape: w_.text(s); break;
      case RawHtml::sanitize: raw_html_run_.append(s); break;
    }
  }

  // md4c hands raw HTML over a line at a time. The sanitizer carries an unfinished tag over to
  // the next piece and parses it again from its start, so a tag spread over thousands of lines
  // cost the square of its length. Each run of raw HTML goes to the sanitizer whole, before
  // anything else is written.
  void flush_raw_html() {
    if (raw_html_run_.size() == 0) return;
    if (!in_html_block_) inline_html_.set_in_link(in_written_link());
    (in_html_block_ ? block_html_ : inline_html_).feed(raw_html_run_.view());
    raw_html_run_.clear();
  }

  const Options& o_;
  Buffer& out_;
  HtmlWriter w_;
  Toc* toc_;
  html::HeadingLevels levels_;  // markdown and raw HTML headings alike (before the sanitizers)
  html::Sanitizer inline_html_;
  html::Sanitizer block_html_;
  Buffer raw_html_run_;  // raw HTML not handed to a sanitizer yet (flush_raw_html)
  HeadingIds ids_;
  FragmentLinks fragment_links_;
  bool too_large_ = false;
  int blocks_ = 0;
  int depth_ = 0;               // blocks open (the document not counted)
  // sections
  static constexpr std::string_view kSectionStart = "<section class=\"cr-section\">\n";
  std::size_t section_content_ = 0;  // where the open section's content starts
  int section_level_ = 0;            // the markdown level that starts a section (the first top-level heading's)
  int section_level_block_ = 0;      // the heading that set it
  static constexpr std::size_t kSectionBytes = 8192;  // a section longer than this ends at the next block
  bool in_thead_ = false;
  std::size_t cell_start_ = 0, cell_content_ = 0;  // where a table cell's start tag and content begin
  bool in_html_block_ = false;  // md4c sends block HTML only between enter/leave of MD_BLOCK_HTML
  bool in_code_block_ = false;
  // headings
  bool in_heading_ = false;
  bool heading_leading_ = false;
  int heading_block_ = 0;       // the heading's number among the blocks
  int heading_level_ = 1;
  std::size_t heading_start_ = 0;
  std::string heading_text_;
  std::size_t heading_blank_tail_ = 0;      // blanks that ended the last text chunk written ...
  std::size_t heading_blank_tail_end_ = 0;  // ... and where that chunk ended in out_
  std::string last_heading_id_;
  std::string last_heading_text_;  // its words, for the name of a table under it
  // regions' names (numbered from the second of a name on)
  std::vector<std::uint32_t> region_name_hashes_;  // the names of code blocks' and tables' regions ...
  std::vector<std::uint32_t> region_name_counts_;  // ... and how many had each
  std::string region_name_, numbered_;
  // links and images
  struct OpenLink {
    bool written;               // false: the URL was refused and no <a> was written
    std::size_t content_start;  // where its text begins in out_
    std::size_t href_start;     // article mode: its href in link_hrefs_ (the text for a link that has none)
    bool named = false;         // words, an image's description or raw HTML were written in it
  };
  std::vector<OpenLink> links_;
  Buffer link_hrefs_;           // the hrefs of the open links, one after the other
  std::string href_;
  int image_depth_ = 0;
  std::string image_src_;
  std::string image_title_;
  bool has_image_title_ = false;
  std::string alt_;
  std::string scratch_;
  Buffer tag_;                  // a heading's start tag, while it is built
  Buffer id_;                   // and its id
  bool in_code_span_ = false;
  bool code_span_break_pending_ = false;  // see lost_line_break()
  bool code_span_first_chunk_ = false;
  bool code_span_unstripped_ = false;     // see code_span_starts_unstripped()
  std::string_view source_;  // the markdown being parsed (md4c's text chunks point into it)
  std::string terminated_;   // the markdown with a final line ending, when it had none
};

}  // namespace

Status render_markdown(std::string_view markdown, const Options& options, Buffer& out, Toc* toc) {
  Writer writer(options, out, toc);
  return writer.run(markdown);
}

}  // namespace cr::markdown
