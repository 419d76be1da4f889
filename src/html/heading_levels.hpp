// html/heading_levels: the level a heading gets in the output, from the level its author gave
// it. One object serves a document's markdown headings and its raw HTML ones (the sanitizer's),
// so that neither skips a level after the other.
#pragma once

namespace cr::html {

class HeadingLevels {
 public:
  // Outside an article: every level moves by `offset`, within 1..6. In an article, whose title
  // sits at `top` - 1: the first heading goes to `top`, the rest keep their distance from it,
  // within top..6, and none goes more than one level below the heading before it.
  HeadingLevels(int offset, bool article, int top)
      : offset_(offset), known_(!article), article_(article), top_(top), previous_(top - 1) {}

  // The level a heading its author gave `level` gets (the next heading may go one below it).
  int place(int level);

 private:
  int offset_;
  bool known_;
  bool article_;
  int top_;
  int previous_;
};

}  // namespace cr::html
