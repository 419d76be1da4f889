#include "render/option_names.hpp"

#include <algorithm>
#include <vector>

#include "core/ascii.hpp"

namespace cr::render {

namespace {

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == ':' || s.back() == ',')) s.remove_suffix(1);
  return std::string(s);
}

// The words of one side of a slug ("visual-studio_code" -> visual, studio, code), as views of it.
std::vector<std::string_view> split_words(std::string_view part) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= part.size(); ++i) {
    if (i == part.size() || part[i] == '-' || part[i] == '_' || part[i] == '.') {
      if (i > start) words.push_back(part.substr(start, i - start));
      start = i + 1;
    }
  }
  return words;
}

// What separates the two names in a title (lower-cased): " vs " and its kin (vs., versus, v.,
// gegen, contre, frente a, contra, contro, против, מול, נגד, مقابل, ضد, 対, 대, 对比).
constexpr std::string_view kTitleSeparators[] = {
    " vs. ", " vs ", " versus ", " v. ", " vs: ", " gegen ", " contre ", " frente a ", " contra ", " contro ",
    " \xD0\xBF\xD1\x80\xD0\xBE\xD1\x82\xD0\xB8\xD0\xB2 ", " \xD7\x9E\xD7\x95\xD7\x9C ", " \xD7\xA0\xD7\x92\xD7\x93 ",
    " \xD9\x85\xD9\x82\xD8\xA7\xD8\xA8\xD9\x84 ", " \xD8\xB6\xD8\xAF ", " \xE5\xAF\xBE ", "\xE5\xAF\xBE", " \xEB\x8C\x80 ",
    " \xE5\xAF\xB9\xE6\xAF\x94 ", "\xE5\xAF\xB9\xE6\xAF\x94"};
// Where the second name ends: " for ", " in ", ":", " - ", " — ", ",", "(", "?" and their kin.
constexpr std::string_view kNameEnds[] = {
    " for ", " in ", ":", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", ",", "(", "?", " on ", " as ", "\xEF\xBC\x9A",
    "\xEF\xBC\x9F", "\xE3\x80\x81", "\xEF\xBC\x8C", "\xD8\x9F", "\xD8\x8C", " f\xC3\xBCr ", " pour ", " para ", " per ",
    " \xD0\xB4\xD0\xBB\xD1\x8F "};
// What separates the two names in a slug.
constexpr std::string_view kSlugSeparators[] = {"-vs-", "-versus-", "_vs_"};

// Finds the slug words words[0..count) in the title, in order, each at a word start, separated
// by nothing but punctuation or spaces ("node-js" matches "Node.js", "c-sharp" does not match
// "C#"); letters are compared without case. Returns the title's own text for them.
std::string find_in_title(std::string_view title, const std::string_view* words, std::size_t count,
                          std::size_t from = 0, std::size_t* found_at = nullptr) {
  if (count == 0) return {};
  for (std::size_t start = from; start < title.size(); ++start) {
    if (start > 0 && is_alnum(title[start - 1])) continue;
    std::size_t pos = start;
    bool ok = true;
    for (std::size_t w = 0; w < count && ok; ++w) {
      if (w > 0) {
        while (pos < title.size() && !is_alnum(title[pos]) && title[pos] != '#' && title[pos] != '+') ++pos;
      }
      const std::string_view word = words[w];
      if (pos + word.size() > title.size()) { ok = false; break; }
      for (std::size_t k = 0; k < word.size(); ++k) {
        if (ascii_lower(title[pos + k]) != ascii_lower(word[k])) { ok = false; break; }
      }
      pos += word.size();
    }
    if (!ok) continue;
    // The name continues through symbols that belong to it ("C++", "C#", "F#").
    while (pos < title.size() && (title[pos] == '+' || title[pos] == '#')) ++pos;
    if (pos < title.size() && is_alnum(title[pos])) continue;  // "go" inside "golang"
    if (found_at) *found_at = pos;
    return std::string(title.substr(start, pos - start));
  }
  return {};
}

// "X vs Y" (or a kin of " vs " in kTitleSeparators) in the title: X is what precedes it after
// any ':'; Y ends at the first of kNameEnds.
bool split_title(std::string_view title, std::string& a, std::string& b) {
  std::string lowered(title);
  for (char& c : lowered) c = ascii_lower(c);
  const std::string_view low(lowered);
  for (std::string_view sep : kTitleSeparators) {
    std::size_t at = low.find(sep);
    if (at == std::string_view::npos) continue;
    std::string_view left = title.substr(0, at);
    std::size_t colon = left.rfind(':');
    if (colon != std::string_view::npos) left = left.substr(colon + 1);
    std::string_view right = title.substr(at + sep.size());
    const std::string_view right_low = low.substr(at + sep.size());
    std::size_t end = right.size();
    for (std::string_view stop : kNameEnds) {
      std::size_t p = right_low.find(stop);
      if (p != std::string_view::npos && p < end) end = p;
    }
    a = trim(left);
    b = trim(right.substr(0, end));
    return !a.empty() && !b.empty();
  }
  return false;
}

}  // namespace

// A side of the slug as a name, when the title does not say it: its words capitalised
// ("visual-studio-code" -> "Visual Studio Code"); "" when it is empty or longer than a name
// usually is (then it most likely carries more than the name: "go-for-backend-services").
std::string name_from_slug(std::string_view side) {
  const std::vector<std::string_view> words = split_words(side);
  if (words.empty() || words.size() > 3) return {};
  std::string name;
  for (const std::string_view w : words) {
    if (!name.empty()) name.push_back(' ');
    const char first = ascii_lower(w[0]);
    name.push_back(first >= 'a' && first <= 'z' ? static_cast<char>(first - 32) : first);
    for (char c : w.substr(1)) name.push_back(ascii_lower(c));
  }
  return name;
}

OptionNames option_names(std::string_view title, std::string_view slug) {
  OptionNames out;
  std::string_view slug_a, slug_b;
  // Names are short. Each search below tries every word start of the title against a run of the
  // slug's words; bounded, so that a long title and slug cost linear time (unbounded, 8 KB of
  // "a a a ..." with "a-a-a-...-vs-b" took 14 s): a name is sought in the title's first
  // kNameSearchBytes, in a slug of at most kLongestSlug bytes, kNameWords words at most.
  constexpr std::size_t kNameSearchBytes = 512, kLongestSlug = 256, kNameWords = 16;
  const std::string_view head = title.substr(0, kNameSearchBytes);
  if (slug.size() > kLongestSlug) slug = {};
  for (std::string_view sep : kSlugSeparators) {
    std::size_t at = slug.find(sep);
    if (at == std::string_view::npos) continue;
    std::string_view left = slug.substr(0, at), right = slug.substr(at + sep.size());
    slug_a = left;
    slug_b = right;
    // Slugs often carry more than the two names ("rust-vs-go-for-backend"): try shrinking
    // the right side word by word until it is found in the title.
    const std::vector<std::string_view> lw = split_words(left), rw = split_words(right);
    std::string a, b;
    std::size_t a_end = 0;
    for (std::size_t drop = lw.size() > kNameWords ? lw.size() - kNameWords : 0; drop < lw.size() && a.empty(); ++drop) {
      a = find_in_title(head, lw.data() + drop, lw.size() - drop, 0, &a_end);
    }
    // B usually follows A ("C++ vs C#" from "c-vs-c"); look after A first, then anywhere.
    for (std::size_t from : {a_end, std::size_t{0}}) {
      for (std::size_t keep = std::min(rw.size(), kNameWords); keep > 0 && b.empty(); --keep) {
        b = find_in_title(head, rw.data(), keep, from);
      }
      if (!b.empty()) break;
    }
    if (!a.empty() && !b.empty()) return {a, b};
    break;
  }
  if (split_title(title, out.a, out.b)) return out;
  out.a = name_from_slug(slug_a);
  out.b = name_from_slug(slug_b);
  if (!out.a.empty() && !out.b.empty() && out.a != out.b) return out;  // "c-vs-c" names neither
  return {};  // the caller falls back to its labels ("Option A", "Option B")
}

}  // namespace cr::render
