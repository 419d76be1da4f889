// render/label_tables: the built-in words per language (label_tables.cpp). Keys are the ones
// the `labels` option uses; plural forms are "key.one", "key.other", ...
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace cr::render {

// The table for a primary language subtag; English for a language without one.
const std::map<std::string, std::string, std::less<>>& label_table(std::string_view language);
// The table for a primary language subtag, or nullptr when there is no built-in one.
const std::map<std::string, std::string, std::less<>>* builtin_label_table(std::string_view language);

// The languages with built-in words.
inline constexpr std::string_view kBuiltinLanguages[] = {"en", "de", "fr", "es", "pt", "it", "ru",
                                                         "ja", "zh", "ko", "ar", "he"};

}  // namespace cr::render
