// render/label_tables: the built-in words per language (label_tables.cpp). Keys are the ones
// the `labels` option uses; plural forms are "key.one", "key.other", ...
#pragma once

#include <span>
#include <string_view>

namespace cr::render {

struct LabelEntry {
  std::string_view key;
  std::string_view value;
};
using LabelTable = std::span<const LabelEntry>;  // sorted by key

// The table for a primary language subtag; English for a language without one.
LabelTable label_table(std::string_view language);
// The table for a primary language subtag, or an empty one when there is no built-in one.
LabelTable builtin_label_table(std::string_view language);
// The value of `key` in `table`, or "" when it has none.
std::string_view find_label(LabelTable table, std::string_view key);

// The languages with built-in words.
inline constexpr std::string_view kBuiltinLanguages[] = {"en", "de", "fr", "es", "pt", "it", "ru",
                                                         "ja", "zh", "ko", "ar", "he"};

}  // namespace cr::render
