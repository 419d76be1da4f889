// render/labels: every word the renderer adds to an article (column headers, "Tie", the summary
// sentence, "Published", ...), chosen by the article's language, with the caller's `labels`
// option on top. Sentences are templates with {placeholders}; counts pick a CLDR plural form
// ("summaryTies.one" / "summaryTies.other"); payload strings put into a sentence are isolated
// with <bdi> so an English name inside an Arabic sentence keeps both in order.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
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

// One {placeholder} value: payload text (escaped; isolated, and marked as the article's
// language when the words around it are in another) or the renderer's own (written as is).
struct Arg {
  std::string_view name;
  std::string_view text;
  bool isolate = true;   // wrap in <bdi>: its direction may differ from the sentence's
  bool payload = false;  // the article's text (a name), not a number or a word of the labels
};

// The caller's words (the `labels` option), by key.
using LabelOverrides = std::map<std::string, std::string, std::less<>>;

class Labels {
 public:
  // `label_language` ("" = the article's own) picks the built-in words; the overrides go on top
  // (kept by reference: they must outlive the Labels).
  Labels(const Language& language, const LabelOverrides& overrides, std::string_view label_language = {});
  Labels(const Language& language, LabelOverrides&& overrides, std::string_view label_language = {}) = delete;

  // The word for `label`, unescaped (escape it when writing it).
  std::string_view word(Label label) const;
  // Appends the template `label` as HTML: its own text escaped, each {name} replaced by its Arg.
  void append_html(Buffer& out, Label label, std::initializer_list<Arg> args) const;
  // The same for a counted phrase (`phrase` is its first, ".zero" label): picks the plural form
  // of n (falling back to ".other").
  void append_count_html(Buffer& out, Label phrase, std::uint64_t n, std::initializer_list<Arg> args) const;
  // A date as this language writes it ("22 January 2026"), as HTML; as its region writes it
  // where that differs ("January 22, 2026" in en-US, "كانون الثاني" in ar-LB, "Jänner" in de-AT).
  void append_date_html(Buffer& out, const IsoDate& d) const;
  // A whole number in this language's digits: the `digits` label's, else those of the tag's
  // numbering system (-u-nu-latn, -u-nu-arab), else the language's own, which for Arabic are
  // ASCII in the regions where CLDR writes Latin digits (ar-MA, ar-DZ, ...). The tag is the label
  // language's, with the article's region and keyword where it has none.
  std::string number(std::uint64_t n) const;

  // Whether `key` names a word the renderer uses (the `labels` option's keys).
  static bool is_known_key(std::string_view key);
  // Whether the words given for a known `key` are used: not blank, for any label that names
  // something (all but digits, summaryEnd and summarySeparator, which may be empty). A blank one
  // would leave a heading, caption, column or cell without a name. Digits are used when they can
  // write numbers: empty (ASCII digits) or ten characters, 0 to 9; otherwise the locale's stay.
  static bool takes(std::string_view key, std::string_view value);

  // Attributes for an element whose words are the renderer's own: ` lang="en"` (and
  // ` dir="ltr"` in a right-to-left article) when the article's language has no built-in words
  // and the caller gave none, so its English is announced as English; otherwise "".
  std::string_view foreign_attributes() const { return foreign_attributes_; }
  // The reverse, for payload text inside such an element: ` lang="sv"` (and its `dir` when it
  // differs), so a Japanese name in an English sentence is not read as English; otherwise "".
  std::string_view native_attributes() const { return native_attributes_; }
  // Whether the `label_language` asked for has no built-in words (English ones are used).
  bool label_language_unknown() const { return label_language_unknown_; }

 private:
  // The caller's word for `label`, if any.
  const std::string* override_of(Label label) const {
    return overridden_ ? (*overridden_)[static_cast<std::size_t>(label)] : nullptr;
  }
  Label plural_form(Label phrase, std::uint64_t n) const;

  std::string language_;
  std::string_view digits_;  // what numbers are written in: ten characters, or "" for ASCII digits
  RegionalForms regional_;  // how the words' region writes dates and numbers, where it differs
  LabelTable builtin_;
  LabelTable english_;
  // Only when the caller gave words: each label's override, by index.
  std::unique_ptr<std::array<const std::string*, kLabelCount>> overridden_;
  std::string foreign_attributes_;
  std::string native_attributes_;
  bool label_language_unknown_ = false;
};

}  // namespace cr::render
