// markdown/fragment_links: keeps in-article links working when ids carry a prefix. A link written
// as `[see](#introduction)` names the heading's slug; the heading's id is `<prefix>introduction`.
// The writer notes every `#fragment` href as it writes it (headings later in the text are not
// known yet) and, once the whole text is written, the prefix is put in front of each fragment
// that names an id of the article. Fragments that name nothing of the article stay as written.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/buffer.hpp"
#include "markdown/heading_ids.hpp"

namespace cr::markdown {

class FragmentLinks {
 public:
  // `at`: where in the output the href's text starts (just after its '#'); `fragment`: the href
  // after its '#', as the author wrote it (entities decoded, percent escapes kept).
  void note(std::size_t at, std::string_view fragment);
  // The output from `at` on moved by `by` bytes (a heading's start tag was inserted there).
  void shift(std::size_t at, std::size_t by);
  // The output from `at` on was taken back (a heading that is dropped).
  void forget_from(std::size_t at);
  // Prefixes every noted fragment that names an id of `ids` (percent escapes decoded, as a
  // browser matches fragments). `prefix` goes in URL-encoded.
  void apply(Buffer& out, const HeadingIds& ids, std::string_view prefix) const;

 private:
  struct Link {
    std::size_t at;                     // in the output
    std::uint32_t start, length;        // the fragment in fragments_
  };
  std::vector<Link> links_;
  Buffer fragments_;
};

}  // namespace cr::markdown
