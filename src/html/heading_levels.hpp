// html/heading_levels: the level a heading gets in the output, from the level its author gave
// it. One object serves a document's markdown headings and its raw HTML ones (the sanitizer's),
// so that neither skips a level after the other.
#pragma once

#include <algorithm>

namespace cr::html {

class HeadingLevels {
 public:
  // Outside an article: every level moves by `offset`, within 1..6. In an article, whose title
  // sits at `top` - 1: the first heading goes to `top`, the rest keep their distance from it,
  // within top..6, and none goes more than one level below the heading before it.
  HeadingLevels(int offset, bool article, int top)
      : offset_(offset), known_(!article), article_(article), top_(top), previous_(top - 1) {}

  int place(int level) {
    if (!article_) return std::clamp(level + offset_, 1, 6);
    if (!known_) {
      offset_ = top_ - level;
      known_ = true;
    }
    previous_ = std::min(std::clamp(level + offset_, top_, 6), previous_ + 1);
    return previous_;
  }

 private:
  int offset_;
  bool known_;
  bool article_;
  int top_;
  int previous_;
};

}  // namespace cr::html
