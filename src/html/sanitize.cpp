#include "html/sanitize.hpp"

#include <algorithm>

#include "core/ascii.hpp"
#include "core/utf8.hpp"
#include "html/entities.hpp"
#include "html/escape.hpp"
#include "html/url_policy.hpp"

namespace cr::html {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool in(std::string_view name, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), name) != set.end();
}

// Elements whose text is not markup; dropped with everything up to their end tag.
bool is_raw_text(std::string_view n) {
  return in(n, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
                "template"});
}
// Subtrees dropped whole: foreign content and embedding.
bool is_dropped_subtree(std::string_view n) {
  return in(n, {"svg", "math", "object", "applet", "select", "frameset", "head", "audio", "video", "canvas"});
}
bool is_phrasing(std::string_view n) {
  return in(n, {"a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i", "img",
                "ins", "kbd", "mark", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub",
                "sup", "time", "u", "var", "wbr"});
}
bool is_flow_only(std::string_view n) {
  return in(n, {"blockquote", "caption", "col", "colgroup", "dd", "details", "div", "dl", "dt", "figcaption",
                "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre", "summary", "table",
                "tbody", "td", "tfoot", "th", "thead", "tr", "ul"});
}
bool is_heading(std::string_view n) { return n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6'; }
// Start tags before which the parser closes an open <p> (HTML's "close a p element"), among the
// elements the sanitizer writes.
bool closes_p(std::string_view n) {
  return is_heading(n) || in(n, {"blockquote", "dd", "details", "div", "dl", "dt", "figcaption", "figure", "hr", "li",
                                 "ol", "p", "pre", "summary", "table", "ul"});
}
// Elements that bound the parser's search for an open <p> ("button scope").
bool bounds_p_scope(std::string_view n) { return in(n, {"table", "td", "th", "caption"}); }
// Parts of a table that hold only other parts: text or another element directly inside one is
// moved out in front of the table by the parser ("foster parenting").
bool holds_table_parts_only(std::string_view n) { return in(n, {"table", "thead", "tbody", "tfoot", "tr", "colgroup"}); }
bool is_table_part(std::string_view n) {
  return in(n, {"caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th"});
}
bool is_void(std::string_view n) {
  return in(n, {"br", "hr", "img", "wbr", "col", "area", "base", "embed", "input", "link", "meta", "param",
                "source", "track"});
}

// Elements valid only inside a certain parent (among the elements the sanitizer opened);
// without it the tag goes and its content stays. True when `name` may open inside `parent`
// ("" = no open element).
bool parent_allows(std::string_view name, std::string_view parent) {
  if (name == "td" || name == "th") return parent == "tr";
  if (name == "tr") return in(parent, {"table", "thead", "tbody", "tfoot"});
  if (name == "thead" || name == "tbody" || name == "tfoot" || name == "caption" || name == "colgroup") return parent == "table";
  if (name == "col") return parent == "colgroup" || parent == "table";
  if (name == "li") return parent == "ul" || parent == "ol";
  if (name == "dt" || name == "dd") return parent == "dl";
  if (name == "figcaption") return parent == "figure";
  if (name == "summary") return parent == "details";
  if (name == "rp" || name == "rt") return parent == "ruby";
  return true;
}

bool all_digits(std::string_view v, std::size_t max_len = 9) {
  if (v.empty() || v.size() > max_len) return false;
  for (char c : v) if (c < '0' || c > '9') return false;
  return true;
}

// A language tag as `lang` takes one: a primary language of two or three letters, then subtags of
// one to eight letters or digits ("en", "pt-BR", "zh-Hant-TW"), or nothing (a language unknown).
// Anything else would have assistive technology read the text in no language it knows.
bool is_language_tag(std::string_view v) {
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  std::size_t i = 0;
  while (i < v.size() && letter(v[i])) ++i;
  if (v.empty()) return true;
  if (i < 2 || i > 3) return false;
  while (i < v.size()) {
    if (v[i++] != '-') return false;
    std::size_t start = i;
    while (i < v.size() && (letter(v[i]) || (v[i] >= '0' && v[i] <= '9'))) ++i;
    if (i == start || i - start > 8) return false;
  }
  return true;
}

// Whether attribute `a` may stay on element `tag`, and in what form.
bool allowed_attribute(std::string_view tag, const std::string& a, std::string& value) {
  if (a == "title") return true;
  if (a == "lang") return is_language_tag(value);
  if (a == "dir") return value == "ltr" || value == "rtl" || value == "auto";
  if (a == "href" && tag == "a") return is_allowed_url(value, UrlUse::link);
  if (a == "src" && tag == "img") return is_allowed_url(value, UrlUse::image);
  if (a == "cite" && in(tag, {"q", "blockquote", "del", "ins"})) return is_allowed_url(value, UrlUse::link);
  if (a == "alt" && tag == "img") return true;
  if ((a == "width" || a == "height") && tag == "img") return all_digits(value, 5);
  if (a == "start" && tag == "ol") return all_digits(value);
  if (a == "reversed" && tag == "ol") { value.clear(); return true; }
  if (a == "type" && tag == "ol") return value == "1" || value == "a" || value == "A" || value == "i" || value == "I";
  if (a == "value" && tag == "li") return all_digits(value);
  if ((a == "colspan" || a == "rowspan") && (tag == "td" || tag == "th")) return all_digits(value, 3);
  if (a == "scope" && tag == "th") return value == "row" || value == "col" || value == "rowgroup" || value == "colgroup";
  if (a == "span" && (tag == "col" || tag == "colgroup")) return all_digits(value, 3);
  if (a == "datetime" && in(tag, {"time", "del", "ins"})) return true;
  if (a == "value" && tag == "data") return true;
  if (a == "open" && tag == "details") { value.clear(); return true; }
  return false;
}

// Position of "</name" (any case, followed by space, '/' or '>') in s, or npos.
std::size_t find_end_tag(std::string_view s, std::string_view name) {
  for (std::size_t i = s.find("</"); i != std::string_view::npos; i = s.find("</", i + 1)) {
    std::size_t k = i + 2;
    if (k + name.size() > s.size()) return std::string_view::npos;
    bool match = true;
    for (std::size_t j = 0; j < name.size(); ++j) if (ascii_lower(s[k + j]) != name[j]) { match = false; break; }
    if (!match) continue;
    std::size_t after = k + name.size();
    if (after == s.size()) return std::string_view::npos;  // cannot tell yet
    if (is_space(s[after]) || s[after] == '/' || s[after] == '>') return i;
  }
  return std::string_view::npos;
}

}  // namespace

std::string Sanitizer::mapped_name(const std::string& name) {
  if (levels_ && is_heading(name)) return std::string("h") + static_cast<char>('0' + levels_->place(name[1] - '0'));
  return name;
}

void Sanitizer::feed(std::string_view chunk) {
  std::string joined;
  std::string_view s = chunk;
  if (!pending_.empty()) {
    joined = std::move(pending_);
    pending_.clear();
    joined.append(chunk);
    s = joined;
  }
  std::size_t i = 0;
  while (i < s.size()) {
    std::string_view rest = s.substr(i);
    if (!skip_until_.empty()) {
      std::size_t end = find_end_tag(rest, skip_until_);
      if (end == std::string_view::npos) {
        // Keep a tail that may be the start of the end tag.
        std::size_t keep = std::min(rest.size(), skip_until_.size() + 2);
        pending_.assign(rest.substr(rest.size() - keep));
        return;
      }
      std::size_t close = rest.find('>', end);
      if (close == std::string_view::npos) { pending_.assign(rest.substr(end)); return; }
      skip_until_.clear();
      i += close + 1;
      continue;
    }
    if (rest[0] != '<') {
      std::size_t lt = rest.find('<');
      std::string_view text = rest.substr(0, lt);
      // A character reference cut by the chunk boundary waits for the rest.
      std::size_t amp = text.rfind('&');
      if (lt == std::string_view::npos && amp != std::string_view::npos && text.size() - amp < 34 &&
          text.find_first_of("; \t\n<", amp) == std::string_view::npos) {
        write_text(text.substr(0, amp));
        pending_.assign(text.substr(amp));
        return;
      }
      write_text(text);
      if (lt == std::string_view::npos) return;
      i += lt;
      continue;
    }
    std::size_t used = take_markup(rest);
    if (used == 0) { pending_.assign(rest); return; }
    i += used;
  }
}

std::size_t Sanitizer::take_markup(std::string_view s) {
  // s[0] == '<'
  if (s.size() < 2) return 0;
  if (s.compare(0, 4, "<!--") == 0 || (s.size() < 4 && std::string_view("<!--").substr(0, s.size()) == s)) {
    if (s.size() < 4) return 0;
    // <!--> and <!---> are complete comments (HTML and CommonMark 0.31).
    if (s.compare(0, 5, "<!-->") == 0) return 5;
    if (s.compare(0, 6, "<!--->") == 0) return 6;
    std::size_t end = s.find("-->", 4);
    return end == std::string_view::npos ? 0 : end + 3;
  }
  if (s.compare(0, 9, "<![CDATA[") == 0) {
    std::size_t end = s.find("]]>", 9);
    return end == std::string_view::npos ? 0 : end + 3;
  }
  if (s[1] == '!' || s[1] == '?') {
    std::size_t end = s.find('>', 2);
    return end == std::string_view::npos ? 0 : end + 1;
  }
  if (s[1] == '/') {
    if (s.size() < 3) return 0;
    if (is_alpha(s[2])) return take_end_tag(s);
    // "</>" is ignored by browsers; "</ x>" is a bogus comment. Either way, nothing to write.
    std::size_t end = s.find('>', 2);
    return end == std::string_view::npos ? 0 : end + 1;
  }
  if (is_alpha(s[1])) return take_start_tag(s);
  write_text("<");
  return 1;
}

std::size_t Sanitizer::take_start_tag(std::string_view s) {
  std::size_t k = 1;
  std::string name;
  while (k < s.size() && !is_space(s[k]) && s[k] != '/' && s[k] != '>') name.push_back(ascii_lower(s[k++]));
  std::vector<Attribute> attributes;
  bool self_closing = false;
  for (;;) {
    while (k < s.size() && (is_space(s[k]) || s[k] == '/')) {
      self_closing = s[k] == '/';
      ++k;
    }
    if (k >= s.size()) return 0;
    if (s[k] == '>') { ++k; break; }
    self_closing = false;
    Attribute a;
    std::size_t begin = k++;
    while (k < s.size() && !is_space(s[k]) && s[k] != '/' && s[k] != '>' && s[k] != '=') ++k;
    for (std::size_t j = begin; j < k; ++j) a.name.push_back(ascii_lower(s[j]));
    std::size_t after_name = k;
    while (k < s.size() && is_space(s[k])) ++k;
    if (k >= s.size()) return 0;
    if (s[k] == '=') {
      ++k;
      while (k < s.size() && is_space(s[k])) ++k;
      if (k >= s.size()) return 0;
      std::string_view raw;
      if (s[k] == '"' || s[k] == '\'') {
        char q = s[k++];
        std::size_t close = s.find(q, k);
        if (close == std::string_view::npos) return 0;
        raw = s.substr(k, close - k);
        k = close + 1;
      } else {
        std::size_t b = k;
        while (k < s.size() && !is_space(s[k]) && s[k] != '>') ++k;
        if (k >= s.size()) return 0;
        raw = s.substr(b, k - b);
      }
      append_decoded(a.value, raw);
      a.has_value = true;
    } else {
      k = after_name;
    }
    // The first of repeated attributes wins, as in browsers. A tag keeps at most kMaxAttributes
    // (more are dropped, which is always safe): looking for repeats stays linear in the tag.
    if (attributes.size() >= kMaxAttributes) continue;
    bool repeated = false;
    for (const auto& prev : attributes) if (prev.name == a.name) repeated = true;
    if (!repeated) attributes.push_back(std::move(a));
  }
  if (drop_depth_ > 0) {
    if (name == drop_name_ && !self_closing) ++drop_depth_;
    return k;
  }
  if (is_raw_text(name)) { skip_until_ = name; return k; }
  if (name == "plaintext") { skip_until_ = "\x01never"; return k; }
  if (is_dropped_subtree(name)) {
    if (!self_closing) { drop_name_ = name; drop_depth_ = 1; }
    return k;
  }
  write_start_tag(name, attributes, self_closing);
  return k;
}

std::size_t Sanitizer::take_end_tag(std::string_view s) {
  std::size_t k = 2;
  std::string name;
  while (k < s.size() && !is_space(s[k]) && s[k] != '/' && s[k] != '>') name.push_back(ascii_lower(s[k++]));
  // End tags may carry (ignored) attributes; skip them, minding quotes.
  while (k < s.size() && s[k] != '>') {
    if (s[k] == '"' || s[k] == '\'') {
      std::size_t close = s.find(s[k], k + 1);
      if (close == std::string_view::npos) return 0;
      k = close + 1;
    } else {
      ++k;
    }
  }
  if (k >= s.size()) return 0;
  ++k;
  if (drop_depth_ > 0) {
    if (name == drop_name_ && --drop_depth_ == 0) drop_name_.clear();
    return k;
  }
  write_end_tag(name);
  return k;
}

void Sanitizer::write_text(std::string_view raw) {
  if (raw.empty() || drop_depth_ > 0) return;
  // Text where a table holds only its parts would be moved out in front of the table: only the
  // white space between the parts is kept.
  if (!open_.empty() && holds_table_parts_only(open_.back())) {
    if (std::all_of(raw.begin(), raw.end(), is_space)) out_ += raw;
    return;
  }
  std::string decoded;
  std::string_view text = raw;
  if (raw.find('&') != std::string_view::npos) {
    append_decoded(decoded, raw);
    text = decoded;
  }
  if (!link_named_ && !utf8::is_blank(text)) link_named_ = true;
  append_escaped(out_, text);
}

void Sanitizer::write_start_tag(const std::string& name, const std::vector<Attribute>& attributes,
                                bool self_closing) {
  bool allowed = is_phrasing(name) || (context_ == HtmlContext::flow && is_flow_only(name));
  if (!allowed) return;  // the tag goes, its content stays
  // Elements nest at most kMaxDepth deep, as in Chromium's parser (deeper tags go, their content
  // stays): an end tag looks for its element among at most that many.
  if (open_.size() >= kMaxDepth && !is_void(name)) return;
  if (!parent_allows(name, open_.empty() ? std::string_view() : std::string_view(open_.back()))) return;
  // Nothing but its parts opens where a table holds only its parts (the parser would move it out
  // in front of the table).
  if (!open_.empty() && holds_table_parts_only(open_.back()) && !is_table_part(name)) return;
  // Links do not nest: the parser ends the open one at the start of another (or a markdown link's
  // <a>, written around this raw HTML).
  if (name == "a" && (in_link_ || link_open())) return;
  // A block's start tag ends an open <p>, with what was opened inside it, as the parser does; its
  // end tag later finds no <p> open and goes.
  if (closes_p(name) && !open_p_.empty() && (open_scopes_.empty() || open_p_.back() > open_scopes_.back())) write_end_tag("p");
  // Headings do not nest. The parser closes a heading at the start of another, and the end tag of
  // any heading closes whichever is open, with everything opened inside it: the end tags that
  // follow would then close the article's own elements (its list item, its list, its section).
  if (is_heading(name) && std::any_of(open_.begin(), open_.end(), is_heading)) return;
  if (name == "img") {
    bool has_src = false;
    for (const Attribute& a : attributes) {
      std::string value = a.value;
      if (a.name == "src" && allowed_attribute(name, a.name, value)) has_src = true;
    }
    if (!has_src) return;  // an image without a source it may load is not an image
  }
  std::string tag = mapped_name(name);
  out_.push_back('<');
  out_ += tag;
  bool has_alt = false;
  if (name == "a") link_href_.clear();
  for (const Attribute& a : attributes) {
    std::string value = a.value;
    if (!allowed_attribute(name, a.name, value)) continue;
    if (a.name == "alt") has_alt = true;
    if (a.name == "alt" && !utf8::is_blank(value)) link_named_ = true;  // a described image names a link around it
    if (name == "a" && a.name == "href") link_href_ = value;
    out_.push_back(' ');
    out_ += a.name;
    if (a.has_value || a.name == "alt") {
      out_ += "=\"";
      append_escaped(out_, value);
      out_.push_back('"');
    }
  }
  if (name == "img" && !has_alt) out_ += " alt=\"\"";
  if (name == "img" && article_) out_ += " loading=\"lazy\"";
  out_.push_back('>');
  if (name == "a") link_named_ = false;
  if (!is_void(name) && !self_closing) push_open(std::move(tag));
  else if (!is_void(name) && self_closing) {  // <span/> is not self-closing in HTML; close it now
    push_open(std::move(tag));
    close_last();
  }
}

void Sanitizer::write_end_tag(const std::string& name) {
  // The end tag of any heading closes the one open (only one can be, above), as the parser does.
  auto it = is_heading(name) ? std::find_if(open_.rbegin(), open_.rend(), [](const std::string& n) { return is_heading(n); })
                             : std::find(open_.rbegin(), open_.rend(), name);
  if (it == open_.rend()) return;  // not opened here: never close someone else's element
  std::size_t keep = static_cast<std::size_t>(open_.rend() - it) - 1;
  while (open_.size() > keep) close_last();
}

void Sanitizer::close_last() {
  // A link that no words name (nothing in it, or only images described as decorative): in an
  // article, its address names it, for screen readers only (an empty raw <a> is often a heading's
  // anchor, styled by the page); one without an address stays as it is.
  if (article_ && open_.back() == "a" && !link_named_ && !link_href_.empty()) {
    out_ += "<span class=\"cr-visually-hidden\">";
    append_escaped(out_, link_href_);
    out_ += "</span>";
  }
  out_ += "</";
  out_ += open_.back();
  out_ += '>';
  const std::string& name = open_.back();
  if (name == "a") links_open_--;
  if (!open_p_.empty() && open_p_.back() == open_.size() - 1) open_p_.pop_back();
  if (!open_scopes_.empty() && open_scopes_.back() == open_.size() - 1) open_scopes_.pop_back();
  open_.pop_back();
}

// Counts what the start-tag rules ask about the open elements, so that none searches them.
void Sanitizer::push_open(std::string tag) {
  if (tag == "a") links_open_++;
  if (tag == "p") open_p_.push_back(open_.size());
  if (bounds_p_scope(tag)) open_scopes_.push_back(open_.size());
  open_.push_back(std::move(tag));
}

void Sanitizer::finish() {
  if (!pending_.empty() && skip_until_.empty() && drop_depth_ == 0) {
    std::string rest = std::move(pending_);
    pending_.clear();
    if (rest[0] == '<') {
      append_escaped(out_, rest);  // an unfinished tag is not markup
    } else {
      write_text(rest);
    }
  }
  pending_.clear();
  skip_until_.clear();
  drop_name_.clear();
  drop_depth_ = 0;
  while (!open_.empty()) close_last();
}

}  // namespace cr::html
