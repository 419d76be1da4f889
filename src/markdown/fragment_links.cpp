#include "markdown/fragment_links.hpp"

#include <cstring>

#include "html/escape.hpp"

namespace cr::markdown {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
  return -1;
}

// `s` with its %XX escapes decoded (a malformed escape stays as written).
void append_percent_decoded(Buffer& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      const int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        continue;
      }
    }
    out.push_back(s[i]);
  }
}

}  // namespace

void FragmentLinks::note(std::size_t at, std::string_view fragment) {
  links_.push_back(Link{at, static_cast<std::uint32_t>(fragments_.size()), static_cast<std::uint32_t>(fragment.size())});
  fragments_.append(fragment);
}

void FragmentLinks::shift(std::size_t at, std::size_t by) {
  // Links are noted in output order, so those from `at` on are the last ones (a heading's own).
  for (std::size_t k = links_.size(); k > 0 && links_[k - 1].at >= at; --k) links_[k - 1].at += by;
}

void FragmentLinks::forget_from(std::size_t at) {
  while (!links_.empty() && links_.back().at >= at) {
    fragments_.truncate(links_.back().start);
    links_.pop_back();
  }
}

void FragmentLinks::apply(Buffer& out, const HeadingIds& ids, std::string_view prefix) const {
  if (links_.empty() || prefix.empty()) return;
  Buffer encoded_prefix, decoded;
  html::append_url_encoded(encoded_prefix, prefix);
  std::vector<std::size_t> targets;  // the links to prefix, in output order
  for (const Link& link : links_) {
    decoded.clear();
    append_percent_decoded(decoded, fragments_.view().substr(link.start, link.length));
    if (ids.taken(decoded.view())) targets.push_back(link.at);
  }
  if (targets.empty()) return;
  // One pass from the end: each insertion moves only what follows it, which is already final.
  const std::size_t grow = targets.size() * encoded_prefix.size();
  const std::size_t old_size = out.size();
  out.extend(grow);
  char* data = out.data();
  std::size_t end = old_size, shift = grow;
  for (std::size_t k = targets.size(); k-- > 0;) {
    const std::size_t at = targets[k];
    std::memmove(data + at + shift, data + at, end - at);
    shift -= encoded_prefix.size();
    std::memcpy(data + at + shift, encoded_prefix.data(), encoded_prefix.size());
    end = at;
  }
}

}  // namespace cr::markdown
