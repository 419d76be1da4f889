// render/label_tables: the built-in words per language (label_tables.cpp), looked up by a
// Label, which is an index: one array read, not a search. Keys are the ones the `labels` option
// uses ("caption", "month.1", "summaryTies.other", ...); a counted phrase has one label per CLDR
// plural category, in the order of Plural (labels.hpp), starting at its `.zero` label.
#pragma once

#include <cstdint>
#include <string_view>

namespace cr::render {

enum class Label : std::uint8_t {
  caption, code, codeLanguage, date, digits, emptyMatrix, feature, featureComparison,
  month1, month2, month3, month4, month5, month6, month7, month8, month9, month10, month11, month12,
  noVerdict, notStated, optionA, optionB, published, summaryEnd, summarySeparator,
  table, taskDone, taskOpen, tie, updated, winner,
  // Counted phrases: six labels each (.zero .one .two .few .many .other).
  summaryEven, summaryLead = summaryEven + 6, summaryLeadAlone = summaryLead + 6,
  summaryNoVerdict = summaryLeadAlone + 6, summaryNone = summaryNoVerdict + 6, summaryTies = summaryNone + 6,
  // "day.1" .. "day.31": how a day of the month is written, when not as its number (French: "1er").
  day1 = summaryTies + 6,
  count = day1 + 31,
};
inline constexpr int kLabelCount = static_cast<int>(Label::count);

// The label a key of the `labels` option names ("summaryTies.other", "day.1"), or Label::count.
Label label_of(std::string_view name);

// One language's words, packed: the text of label i is text[offsets[i] .. offsets[i + 1]).
struct LabelTable {
  const char* text = nullptr;
  const std::uint16_t* offsets = nullptr;

  bool empty() const { return text == nullptr; }
  // The value, or "" when the table has none for this label.
  std::string_view operator[](Label label) const {
    if (!text) return {};
    const auto i = static_cast<std::size_t>(label);
    return {text + offsets[i], static_cast<std::size_t>(offsets[i + 1] - offsets[i])};
  }
};

// The table for a primary language subtag; English for a language without one.
LabelTable label_table(std::string_view language);
// The table for a primary language subtag, or an empty one when there is no built-in one.
LabelTable builtin_label_table(std::string_view language);

// How a language's region writes dates and numbers where it differs from the language's table
// (CLDR 48): its month names (Arabic in the Levant, Algeria and Tunisia, Morocco, Mauritania;
// Austrian German's "Jänner"; "setiembre" in Peru and Uruguay), its order (English in the United
// States and the regions that write "January 1, 2026"), its digits (Arabic with Latin digits in
// the Maghreb and the Emirates), or none of these.
struct RegionalForms {
  std::string_view months;    // twelve names, January first, between "|"s; an empty one is the language's
  std::string_view date;      // the `date` template, or "" for the language's
  bool latin_digits = false;  // ASCII digits where the language has its own
  bool padded_day = false;    // days 1-9 written with a leading zero ("01 January 2026")

  // Month m's name (1-12) in this region, or "" for the language's.
  std::string_view month(int m) const;
};
RegionalForms regional_forms(std::string_view language, std::string_view region);

// The languages with built-in words.
inline constexpr std::string_view kBuiltinLanguages[] = {"en", "de", "fr", "es", "pt", "it", "ru",
                                                         "ja", "zh", "ko", "ar", "he"};

}  // namespace cr::render
