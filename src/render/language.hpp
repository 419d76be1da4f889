// render/language: the article's language from the payload's locale: a valid BCP 47 tag
// ("en_US" -> "en-US", "zh-hant-tw" -> "zh-Hant-TW") and its direction.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cr::render {

// The digits a tag asks for with a -u-nu- keyword ("ar-u-nu-latn"), among those the renderer has:
// latn (ASCII) and arab (Arabic-Indic); `unspecified` for no keyword or another system.
enum class Numbering : std::uint8_t { unspecified, latin, arabic };

struct Language {
  std::string tag = "en";
  std::string primary = "en";  // the language subtag, lower case ("pt" for "pt-BR")
  std::string region;          // upper case, or ""
  Numbering numbering = Numbering::unspecified;
  bool rtl = false;
  bool valid = true;           // false: the locale was not a language tag and "en" was used
};

Language parse_language(std::string_view locale);

}  // namespace cr::render
