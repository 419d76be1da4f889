#include "html/heading_levels.hpp"

#include <algorithm>

namespace cr::html {

int HeadingLevels::place(int level) {
  if (!article_) return std::clamp(level + offset_, 1, 6);
  if (!known_) {
    offset_ = top_ - level;
    known_ = true;
  }
  previous_ = std::min(std::clamp(level + offset_, top_, 6), previous_ + 1);
  return previous_;
}

}  // namespace cr::html
