#include "markdown/heading_ids.hpp"

#include <cstring>

#include "core/cold.hpp"
#include "core/lowercase.hpp"
#include "core/message.hpp"
#include "core/utf8.hpp"

namespace cr::markdown {

namespace {

// Non-ASCII code points that are punctuation or symbols in common scripts: dropped from slugs.
bool is_unicode_punctuation(std::uint32_t cp) {
  return (cp >= 0x00A0 && cp <= 0x00BF) || cp == 0x00D7 || cp == 0x00F7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
         (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE10 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
         (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) ||
         (cp >= 0x1F000 && cp <= 0x1FAFF) || cp == 0xFFFD || (cp >= 0x0600 && cp <= 0x060F && cp != 0x0600) ||
         cp == 0x061F || cp == 0x066A || cp == 0x066B || cp == 0x066C || cp == 0x066D || cp == 0x06D4;
}

std::uint32_t decode_at(std::string_view s, std::size_t i, std::size_t len) {
  auto b = [&](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(s[i + k])); };
  if (len == 2) return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
  if (len == 3) return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
  return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
}

// Unicode's "cased" letters, for Greek's final sigma: ASCII letters, and the letters of the
// scripts that have case (a lowercase letter has no mapping of its own, so blocks are named).
bool is_cased(std::uint32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return lowercase(cp) != cp || (cp >= 0x00DF && cp <= 0x024F && cp != 0x00F7) || (cp >= 0x0250 && cp <= 0x02AF) ||
         (cp >= 0x0370 && cp <= 0x03FF && cp != 0x0374 && cp != 0x0375 && cp != 0x037E && cp != 0x0384 &&
          cp != 0x0385 && cp != 0x0387) ||
         (cp >= 0x0430 && cp <= 0x052F) || (cp >= 0x0560 && cp <= 0x0588) || (cp >= 0x10D0 && cp <= 0x10FF) ||
         (cp >= 0x13F8 && cp <= 0x13FD) || (cp >= 0x1C80 && cp <= 0x1C8A) || (cp >= 0x1D00 && cp <= 0x1DBF) ||
         (cp >= 0x1E00 && cp <= 0x1FFC) ||
         (cp >= 0x2C30 && cp <= 0x2CE4) || (cp >= 0x2D00 && cp <= 0x2D2D) || (cp >= 0xA641 && cp <= 0xA69D) ||
         (cp >= 0xA723 && cp <= 0xA7FF) || (cp >= 0xAB30 && cp <= 0xABBF) || (cp >= 0xFF41 && cp <= 0xFF5A) ||
         (cp >= 0x10428 && cp <= 0x104FB) || (cp >= 0x1E922 && cp <= 0x1E943);
}

// Unicode's "case-ignorable" characters that a final sigma looks past: ' . : ^ ` and the
// apostrophes, combining marks, and invisible format characters.
bool is_case_ignorable(std::uint32_t cp) {
  return cp == '\'' || cp == '.' || cp == ':' || cp == '^' || cp == '`' || cp == 0x00A8 || cp == 0x00AD ||
         cp == 0x00AF || cp == 0x00B4 || cp == 0x00B7 || cp == 0x00B8 || cp == 0x2018 || cp == 0x2019 ||
         cp == 0x2024 || cp == 0x2027 || (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x0483 && cp <= 0x0489) ||
         (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x200B && cp <= 0x200F) ||
         (cp >= 0x20D0 && cp <= 0x20FF) || cp == 0x2060 || (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0xFEFF;
}

std::uint32_t hash(std::string_view s) {
  std::uint32_t h = 2166136261u;  // FNV-1a
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

// An honest table, at most half full, probes a few slots; a probe past this many means slugs
// chosen to collide.
constexpr std::size_t kLongestProbe = 64;

// A record in the id storage: the id's length, the last suffix given out for it as a base
// ("a" -> "a-3": every "a-1".."a-3" is taken, so the next one tries "a-4"), then its bytes.
struct Record {
  std::uint32_t length;
  std::uint32_t last_suffix;
};

}  // namespace

void append_slug(Buffer& out, std::string_view text) {
  // The code point at text[at] and its length (an invalid byte: U+FFFD, one byte).
  const auto code_point_at = [&](std::size_t at, std::size_t& length) -> std::uint32_t {
    const unsigned char b = static_cast<unsigned char>(text[at]);
    length = b < 0x80 ? 1 : utf8::valid_sequence_length(text, at);
    if (length == 0) { length = 1; return utf8::replacement_char; }
    return length == 1 ? b : decode_at(text, at, length);
  };
  // Whether a cased letter follows text[at] past case-ignorable characters (Σ is then not final).
  const auto cased_next = [&](std::size_t at) {
    while (at < text.size()) {
      std::size_t length;
      const std::uint32_t cp = code_point_at(at, length);
      if (!is_case_ignorable(cp)) return is_cased(cp);
      at += length;
    }
    return false;
  };
  bool after_cased = false;  // the last code point that is not case-ignorable was a cased letter
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c + 32));
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') out.push_back(static_cast<char>(c));
      else if (c == ' ' || c == '\t' || c == '\n') out.push_back('-');
      const bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
      if (letter || !is_case_ignorable(c)) after_cased = letter;  // letters first: most of a heading
      ++i;
      continue;
    }
    std::size_t len = utf8::valid_sequence_length(text, i);
    if (len == 0) { ++i; continue; }
    const std::uint32_t cp = decode_at(text, i, len);
    i += len;
    const bool before_cased = after_cased;
    if (!is_case_ignorable(cp)) after_cased = is_cased(cp);
    if (is_unicode_punctuation(cp)) continue;
    // In lower case, as GitHub's slugs (JavaScript's toLowerCase): "Über" is "über", and Σ ending
    // a word (after a cased letter, before none) is ς.
    std::uint32_t lower = lowercase(cp);
    if (cp == 0x03A3 && before_cased && !cased_next(i)) lower = 0x03C2;
    char bytes[8];
    char* end = utf8::write_wtf8(bytes, lower);
    if (cp == 0x0130) end = utf8::write_wtf8(utf8::write_wtf8(bytes, 'i'), 0x0307);  // İ is i and a dot above
    out.append(bytes, static_cast<std::size_t>(end - bytes));
  }
}

std::string_view HeadingIds::at(std::uint32_t record) const {
  Record r;
  std::memcpy(&r, ids_.data() + record, sizeof r);
  return {ids_.data() + record + sizeof r, r.length};
}

CR_COLD void HeadingIds::use_tree() const {
  in_tree_ = true;
  std::vector<std::uint32_t>().swap(slots_);
  for (std::size_t record = tree_next_; record < ids_.size(); record += sizeof(Record) + at(record).size()) {
    tree_.insert(static_cast<std::uint32_t>(record));
  }
  tree_next_ = ids_.size();
}

CR_COLD std::uint32_t HeadingIds::find_in_tree(std::string_view id) const {
  auto it = tree_.find(id);
  return it == tree_.end() ? kNone : *it;
}

std::uint32_t HeadingIds::find(std::string_view id) const {
  if (in_tree_) return find_in_tree(id);
  if (slots_.empty()) return kNone;
  const std::size_t mask = slots_.size() - 1;
  std::size_t probes = 0;
  for (std::size_t i = hash(id) & mask;; i = (i + 1) & mask) {
    if (!slots_[i]) return kNone;
    if (at(slots_[i] - 1) == id) return slots_[i] - 1;
    if (++probes > kLongestProbe) {
      use_tree();
      return find(id);
    }
  }
}

void HeadingIds::insert(std::string_view id) {
  Record r{static_cast<std::uint32_t>(id.size()), 0};
  const auto record = static_cast<std::uint32_t>(ids_.size());
  ids_.append(reinterpret_cast<const char*>(&r), sizeof r);
  ids_.append(id);
  ++count_;
  if (in_tree_) return use_tree();  // (again: the tree takes the records it lacks)
  if (count_ * 2 > slots_.size()) {  // keep the table at most half full
    std::vector<std::uint32_t> old;
    old.swap(slots_);
    slots_.resize(old.empty() ? 32 : old.size() * 2);
    const std::size_t mask = slots_.size() - 1;
    for (std::uint32_t s : old) {
      if (!s) continue;
      std::size_t i = hash(at(s - 1)) & mask;
      while (slots_[i]) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }
  const std::size_t mask = slots_.size() - 1;
  std::size_t probes = 0;
  std::size_t i = hash(id) & mask;
  while (slots_[i]) {
    if (++probes > kLongestProbe) return use_tree();  // the tree takes every record, this one too
    i = (i + 1) & mask;
  }
  slots_[i] = record + 1;
}

void HeadingIds::reserve(std::string_view id) {
  if (!taken(id)) insert(id);
}

void HeadingIds::make(std::string_view text, Buffer& out) {
  const std::size_t start = out.size();
  append_slug(out, text);
  if (out.size() == start) out.append("section");
  const std::size_t base_length = out.size() - start;
  const std::uint32_t record = find(std::string_view(out.data() + start, base_length));
  if (record == kNone) {
    insert(std::string_view(out.data() + start, base_length));
    return;
  }
  // The base's record keeps the last suffix tried, so n headings with one text cost O(n).
  Record r;
  std::memcpy(&r, ids_.data() + record, sizeof r);
  std::uint32_t n = r.last_suffix;
  do {
    out.truncate(start + base_length);
    out.push_back('-');
    out.append(Decimal(++n));
  } while (taken(std::string_view(out.data() + start, out.size() - start)));
  r.last_suffix = n;
  std::memcpy(ids_.data() + record, &r, sizeof r);
  insert(std::string_view(out.data() + start, out.size() - start));
}

}  // namespace cr::markdown
