#include "markdown/toc.hpp"

namespace cr::markdown {

void Toc::add(int level, std::string_view id, std::string_view text) {
  Entry e{level, static_cast<std::uint32_t>(text_.size()), static_cast<std::uint32_t>(id.size()), 0, 0};
  text_.append(id);
  e.text = static_cast<std::uint32_t>(text_.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = text_.size() > e.text;
      continue;
    }
    if (space) text_.push_back(' ');
    space = false;
    text_.push_back(c);
  }
  e.text_length = static_cast<std::uint32_t>(text_.size()) - e.text;
  entries_.push_back(e);
}

}  // namespace cr::markdown
