// render/label_tables: the built-in words per language (label_tables.cpp). Keys are the ones
// the `labels` option uses; plural forms are "key.one", "key.other", ...
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace cr::render {

// The table for a primary language subtag; English for a language without one.
const std::map<std::string, std::string, std::less<>>& label_table(std::string_view language);

}  // namespace cr::render
