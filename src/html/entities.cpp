#include "html/entities.hpp"

#include <cstdint>

#include "core/utf8.hpp"

namespace cr::html {

namespace {

// md4c's entity table (entity.c of its source tarball), packed at build time by
// scripts/pack-entities.mjs for the download: kEntityCount, kEntityLongestName, kEntityNames
// (in code point order, each ended by '\0'), kEntityCodepoints (differences, base 128).
#include "entity_table.inc"

// The packed table, indexed on the first lookup: each name hashed into a table of slots.
class EntityIndex {
 public:
  EntityIndex() {
    const unsigned char* p = kEntityCodepoints;
    auto number = [&p] {
      std::uint32_t v = 0;
      for (int shift = 0;; shift += 7) {
        v |= std::uint32_t{*p & 0x7Fu} << shift;
        if (!(*p++ & 0x80)) return v;
      }
    };
    std::uint32_t first = 0;
    unsigned offset = 0;
    for (int e = 0; e < kEntityCount; ++e) {
      const std::uint32_t head = number();
      first += head >> 1;
      std::uint32_t second = 0;
      if (head & 1) {
        const std::uint32_t d = number();
        second = d & 1 ? first - (d >> 1) - 1 : first + (d >> 1);
      }
      codepoints_[e][0] = first;
      codepoints_[e][1] = second;
      names_[e] = static_cast<std::uint16_t>(offset);
      const std::string_view name(kEntityNames + offset);
      offset += static_cast<unsigned>(name.size()) + 1;
      unsigned slot = hash(name);
      while (slots_[slot]) slot = (slot + 1) & (kSlots - 1);
      slots_[slot] = static_cast<std::uint16_t>(e + 1);
    }
    names_[kEntityCount] = static_cast<std::uint16_t>(offset);
  }

  // The code points `name` (without '&' and ';') stands for, or false.
  bool find(std::string_view name, std::uint32_t (&codepoints)[2]) const {
    if (name.size() > kEntityLongestName) return false;
    for (unsigned slot = hash(name); slots_[slot]; slot = (slot + 1) & (kSlots - 1)) {
      const int e = slots_[slot] - 1;
      const std::string_view candidate(kEntityNames + names_[e], names_[e + 1] - names_[e] - 1u);
      if (candidate == name) {
        codepoints[0] = codepoints_[e][0];
        codepoints[1] = codepoints_[e][1];
        return true;
      }
    }
    return false;
  }

 private:
  static constexpr unsigned kSlots = 4096;  // a power of two, about twice the entities
  static_assert(kEntityCount < kSlots * 2 / 3);

  static unsigned hash(std::string_view name) {  // FNV-1a
    std::uint32_t h = 2166136261u;
    for (char c : name) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return (h ^ (h >> 16)) & (kSlots - 1);
  }

  std::uint16_t names_[kEntityCount + 1] = {};  // where each name starts in kEntityNames
  std::uint32_t codepoints_[kEntityCount][2] = {};
  std::uint16_t slots_[kSlots] = {};  // entity + 1; 0 is empty
};

bool find_entity(std::string_view name, std::uint32_t (&codepoints)[2]) {
  static const EntityIndex index;
  return index.find(name, codepoints);
}

int digit_value(char c, bool hex) {
  if (c >= '0' && c <= '9') return c - '0';
  if (hex && c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (hex && c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads a numeric reference starting at text[i] == '&' ("&#" digits). Returns the length
// consumed (0 if none) and the code point.
std::size_t read_numeric(std::string_view text, std::size_t i, std::uint32_t& cp) {
  std::size_t k = i + 2;
  bool hex = k < text.size() && (text[k] == 'x' || text[k] == 'X');
  if (hex) ++k;
  std::size_t first = k;
  std::uint64_t v = 0;
  while (k < text.size() && digit_value(text[k], hex) >= 0) {
    if (v <= 0x10FFFF) v = v * (hex ? 16 : 10) + digit_value(text[k], hex);
    ++k;
  }
  if (k == first) return 0;
  if (k < text.size() && text[k] == ';') ++k;
  cp = v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) ? utf8::replacement_char
                                                                 : static_cast<std::uint32_t>(v);
  return k - i;
}

}  // namespace

bool append_entity(std::string& out, std::string_view ref) {
  if (ref.size() > 3 && ref[1] == '#') {
    std::uint32_t cp = 0;
    if (!read_numeric(ref, 0, cp)) return false;
    utf8::append(out, cp);
    return true;
  }
  std::uint32_t codepoints[2];
  if (ref.size() < 3 || ref.front() != '&' || ref.back() != ';' ||
      !find_entity(ref.substr(1, ref.size() - 2), codepoints)) {
    return false;
  }
  utf8::append(out, codepoints[0]);
  if (codepoints[1]) utf8::append(out, codepoints[1]);
  return true;
}

void append_decoded(std::string& out, std::string_view text) {
  std::size_t run = 0, i = 0;
  while ((i = text.find('&', i)) != std::string_view::npos) {
    std::size_t len = 0;
    std::string decoded;
    if (i + 2 < text.size() && text[i + 1] == '#') {
      std::uint32_t cp = 0;
      len = read_numeric(text, i, cp);
      if (len) utf8::append(decoded, cp);
    } else {
      std::size_t k = i + 1;
      while (k < text.size() && k - i <= 48 &&
             ((text[k] >= 'a' && text[k] <= 'z') || (text[k] >= 'A' && text[k] <= 'Z') ||
              (text[k] >= '0' && text[k] <= '9'))) {
        ++k;
      }
      if (k < text.size() && text[k] == ';' && k > i + 1 && append_entity(decoded, text.substr(i, k + 1 - i))) {
        len = k + 1 - i;
      }
    }
    if (!len) { ++i; continue; }
    out.append(text.data() + run, i - run);
    out += decoded;
    i += len;
    run = i;
  }
  out.append(text.data() + run, text.size() - run);
}

}  // namespace cr::html
