// render/labels: every word the renderer adds to an article (column headers, "Tie", the summary
// sentence, "Published", ...), chosen by the article's language, with the caller's `labels`
// option on top. Sentences are templates with {placeholders}; counts pick a CLDR plural form
// ("summaryTies.one" / "summaryTies.other"); payload strings put into a sentence are isolated
// with <bdi> so an English name inside an Arabic sentence keeps both in order.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>

#include "core/buffer.hpp"
#include "render/dates.hpp"
#include "render/label_tables.hpp"
#include "render/language.hpp"

namespace cr::render {

enum class Plural : std::uint8_t { zero, one, two, few, many, other };

// The CLDR plural category of the whole number n in `language` (a primary subtag).
Plural plural_category(std::string_view language, std::uint64_t n);
std::string_view plural_name(Plural p);

// One {placeholder} value: payload text (escaped, isolated) or a number (written as is).
struct Arg {
  std::string_view name;
  std::string_view text;
  bool isolate = true;  // payload text: wrap in <bdi>
};

// The caller's words (the `labels` option), by key.
using LabelOverrides = std::map<std::string, std::string, std::less<>>;

class Labels {
 public:
  // `label_language` ("" = the article's own) picks the built-in words; the overrides go on top
  // (kept by reference: they must outlive the Labels).
  Labels(const Language& language, const LabelOverrides& overrides, std::string_view label_language = {});
  Labels(const Language& language, LabelOverrides&& overrides, std::string_view label_language = {}) = delete;

  // The word for `key`, unescaped (escape it when writing it).
  std::string_view word(std::string_view key) const;
  // Appends the template `key` as HTML: its own text escaped, each {name} replaced by its Arg.
  void append_html(Buffer& out, std::string_view key, std::initializer_list<Arg> args) const;
  // The same for a count: picks "key.<plural form>" by n (falling back to "key.other").
  void append_count_html(Buffer& out, std::string_view key, std::uint64_t n,
                         std::initializer_list<Arg> args) const;
  // The same as plain text (for the result's own fields, e.g. not HTML).
  std::string text(std::string_view key, std::initializer_list<Arg> args) const;
  // A date as this language writes it ("22 January 2026"), as HTML.
  void append_date_html(Buffer& out, const IsoDate& d) const;
  // A whole number in this language's digits.
  std::string number(std::uint64_t n) const;

  static bool is_known_key(std::string_view key);

  // Attributes for an element whose words are the renderer's own: ` lang="en"` (and
  // ` dir="ltr"` in a right-to-left article) when the article's language has no built-in words
  // and the caller gave none, so its English is announced as English; otherwise "".
  std::string_view foreign_attributes() const { return foreign_attributes_; }

 private:
  std::string_view lookup(std::string_view key) const;
  std::string plural_key(std::string_view key, std::uint64_t n) const;

  std::string language_;
  LabelTable builtin_;
  const LabelOverrides& overrides_;
  std::string foreign_attributes_;
};

}  // namespace cr::render
