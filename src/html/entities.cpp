#include "html/entities.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "core/utf8.hpp"

namespace cr::html {

namespace {

// md4c's entity table (entity.c of its source tarball), packed at build time by
// scripts/pack-entities.mjs: kEntityData, kEntityIndex, kEntityCount, kEntityBucket.
#include "entity_table.inc"

// One packed record: its name (rebuilt in `name` from the previous one) and code points.
struct Record {
  const unsigned char* next;
  std::uint32_t codepoints[2];
};

Record read_record(const unsigned char* p, std::string& name) {
  const unsigned shared = p[0], rest = p[1] & 0x3F;
  const int count = p[1] & 0x80 ? 2 : 1;
  name.resize(shared);
  name.append(reinterpret_cast<const char*>(p + 2), rest);
  p += 2 + rest;
  Record r{nullptr, {0, 0}};
  for (int i = 0; i < count; ++i, p += 3) r.codepoints[i] = (std::uint32_t{p[0]} << 16) | (p[1] << 8) | p[2];
  r.next = p;
  return r;
}

// The code points `name` (without '&' and ';') stands for, or false.
bool find_entity(std::string_view name, std::uint32_t (&codepoints)[2]) {
  std::string scratch;
  // The last bucket whose first (whole) name is <= name, then a scan through it.
  int lo = 0, hi = static_cast<int>(std::size(kEntityIndex)) - 1;
  while (lo < hi) {
    const int mid = (lo + hi + 1) / 2;
    read_record(kEntityData + kEntityIndex[mid], scratch);
    if (std::string_view(scratch) <= name) lo = mid; else hi = mid - 1;
  }
  const unsigned char* p = kEntityData + kEntityIndex[lo];
  const int end = std::min(kEntityCount, (lo + 1) * kEntityBucket);
  for (int i = lo * kEntityBucket; i < end; ++i) {
    Record r = read_record(p, scratch);
    if (std::string_view(scratch) == name) {
      codepoints[0] = r.codepoints[0];
      codepoints[1] = r.codepoints[1];
      return true;
    }
    p = r.next;
  }
  return false;
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
