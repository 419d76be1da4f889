#include "render/dates.hpp"

#include <algorithm>

namespace cr::render {

namespace {

bool digits(std::string_view s, std::size_t at, std::size_t n, int& value) {
  if (at + n > s.size()) return false;
  value = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    value = value * 10 + (s[i] - '0');
  }
  return true;
}

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : days[m - 1];
}

}  // namespace

std::optional<IsoDate> parse_iso_date(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  IsoDate d;
  if (!digits(s, 0, 4, d.year) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, d.month) || s[7] != '-' ||
      !digits(s, 8, 2, d.day)) {
    return std::nullopt;
  }
  if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month)) {
    return std::nullopt;
  }
  // The value is written once, as it is read: "YYYY-MM-DD", then "THH:MM[:SS[.fff]]" and a zone.
  std::string& out = d.datetime;
  out.assign(s.substr(0, 10));
  std::size_t i = 10;
  if (i == s.size()) return d;
  out.reserve(29);
  if (s[i] != 'T' && s[i] != 't' && s[i] != ' ') return std::nullopt;
  int hh, mm, ss = 0;
  if (!digits(s, i + 1, 2, hh) || s.size() < i + 6 || s[i + 3] != ':' || !digits(s, i + 4, 2, mm) || hh > 23 || mm > 59) {
    return std::nullopt;
  }
  out.push_back('T');
  out.append(s.substr(i + 1, 5));
  i += 6;
  if (i < s.size() && s[i] == ':') {
    if (!digits(s, i + 1, 2, ss) || ss > 59) return std::nullopt;
    out.append(s.substr(i, 3));
    i += 3;
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
      std::size_t f = i + 1;
      while (f < s.size() && s[f] >= '0' && s[f] <= '9') ++f;
      if (f == i + 1) return std::nullopt;
      out.push_back('.');
      out.append(s.substr(i + 1, std::min<std::size_t>(f - i - 1, 3)));
      i = f;
    }
  }
  if (i < s.size()) {
    if (s[i] == 'Z' || s[i] == 'z') {
      out.push_back('Z');
      ++i;
    } else if (s[i] == '+' || s[i] == '-') {
      int zh, zm;
      if (!digits(s, i + 1, 2, zh) || zh > 23) return std::nullopt;
      std::size_t k = i + 3;
      if (k < s.size() && s[k] == ':') ++k;
      if (!digits(s, k, 2, zm) || zm > 59) return std::nullopt;
      out.push_back(s[i]);
      out.append(s.substr(i + 1, 2));
      out.push_back(':');
      out.append(s.substr(k, 2));
      i = k + 2;
    }
  }
  if (i != s.size()) return std::nullopt;
  return d;
}

}  // namespace cr::render
