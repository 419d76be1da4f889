// render/language: the article's language from the payload's locale: a valid BCP 47 tag
// ("en_US" -> "en-US", "zh-hant-tw" -> "zh-Hant-TW") and its direction.
#pragma once

#include <string>
#include <string_view>

namespace cr::render {

struct Language {
  std::string tag = "en";
  std::string primary = "en";  // the language subtag, lower case ("pt" for "pt-BR")
  std::string region;          // upper case, or ""
  std::string numbering;       // the tag's numbering system ("latn" of "ar-u-nu-latn"), lower case, or ""
  bool rtl = false;
  bool valid = true;           // false: the locale was not a language tag and "en" was used
};

Language parse_language(std::string_view locale);

}  // namespace cr::render
