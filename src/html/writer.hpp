// html/writer: HtmlWriter, the one way the module writes markup. Tag and attribute names are
// the caller's literals; every text and attribute value goes through html/escape.
#pragma once

#include <string>
#include <string_view>

#include "html/escape.hpp"

namespace cr::html {

class HtmlWriter {
 public:
  explicit HtmlWriter(Buffer& out) : out_(out) {}

  Buffer& buffer() { return out_; }
  std::size_t size() const { return out_.size(); }

  // Markup the module wrote itself (constants such as "<p>" or "</td>\n").
  HtmlWriter& markup(std::string_view m) { out_.append(m); return *this; }
  template <std::size_t N>
  HtmlWriter& markup(const char (&literal)[N]) { out_.append(literal, N - 1); return *this; }
  // Untrusted text.
  HtmlWriter& text(std::string_view t) { append_escaped(out_, t); return *this; }

  // "<tag" — finish with attributes and end_start().
  HtmlWriter& start(std::string_view tag) { out_.push_back('<'); out_.append(tag); return *this; }
  HtmlWriter& attribute(std::string_view name, std::string_view value) {
    out_.push_back(' ');
    out_.append(name);
    out_.append("=\"", 2);
    append_escaped(out_, value);
    out_.push_back('"');
    return *this;
  }
  // An id (or idref) made of the caller's prefix and a local name.
  HtmlWriter& id_attribute(std::string_view name, std::string_view prefix, std::string_view local) {
    out_.push_back(' ');
    out_.append(name);
    out_.append("=\"", 2);
    append_escaped(out_, prefix);
    append_escaped(out_, local);
    out_.push_back('"');
    return *this;
  }
  // A URL that already passed url_policy (or is trusted): percent-encoded.
  HtmlWriter& url_attribute(std::string_view name, std::string_view url) {
    out_.push_back(' ');
    out_.append(name);
    out_.append("=\"", 2);
    append_url_encoded(out_, url);
    out_.push_back('"');
    return *this;
  }
  HtmlWriter& end_start() { out_.push_back('>'); return *this; }
  HtmlWriter& end(std::string_view tag) {
    out_.append("</", 2);
    out_.append(tag);
    out_.push_back('>');
    return *this;
  }

 private:
  Buffer& out_;
};

}  // namespace cr::html
