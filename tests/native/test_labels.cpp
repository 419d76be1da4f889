// The words the renderer adds, per language: CLDR plural forms and dates.
#include <gtest/gtest.h>

#include <tuple>

#include "render/dates.hpp"
#include "render/label_tables.hpp"
#include "render/labels.hpp"
#include "render/language.hpp"

using namespace cr::render;

static const LabelOverrides kNone;

static std::string ties(const char* lang, std::uint64_t n) {
  Labels l(parse_language(lang), kNone);
  cr::Buffer out;
  std::string count = l.number(n);
  l.append_count_html(out, Label::summaryTies, n, {{"count", count, false}});
  return out.str();
}

static std::string lead_alone(const char* lang, std::uint64_t total) {
  Labels l(parse_language(lang), kNone);
  cr::Buffer out;
  std::string t = l.number(total), c = l.number(1);
  l.append_count_html(out, Label::summaryLeadAlone, total, {{"leader", "Go", false}, {"count", c, false}, {"total", t, false}});
  return out.str();
}

TEST(Plurals, EnglishHasOneAndOther) {
  EXPECT_EQ(ties("en", 0), "0 ties");
  EXPECT_EQ(ties("en", 1), "1 tie");
  EXPECT_EQ(ties("en", 2), "2 ties");
  EXPECT_EQ(ties("en", 3), "3 ties");
  EXPECT_EQ(ties("en", 11), "11 ties");
  EXPECT_EQ(ties("en", 100), "100 ties");
  EXPECT_EQ(lead_alone("en", 1), "Go leads in 1 of 1 feature");
  EXPECT_EQ(lead_alone("en", 11), "Go leads in 1 of 11 features");
}

TEST(Plurals, RussianHasOneFewMany) {
  EXPECT_EQ(ties("ru", 0), "0 ничьих");
  EXPECT_EQ(ties("ru", 1), "1 ничья");
  EXPECT_EQ(ties("ru", 2), "2 ничьи");
  EXPECT_EQ(ties("ru", 3), "3 ничьи");
  EXPECT_EQ(ties("ru", 11), "11 ничьих");
  EXPECT_EQ(ties("ru", 21), "21 ничья");
  EXPECT_EQ(ties("ru", 100), "100 ничьих");
  EXPECT_EQ(lead_alone("ru", 1), "Go лидирует в 1 из 1 критерия");
  EXPECT_EQ(lead_alone("ru", 3), "Go лидирует в 1 из 3 критериев");
  EXPECT_EQ(lead_alone("ru", 21), "Go лидирует в 1 из 21 критерия");
}

TEST(Plurals, ArabicHasSixFormsAndItsOwnDigits) {
  EXPECT_EQ(ties("ar", 0), "لا تعادل");
  EXPECT_EQ(ties("ar", 1), "تعادل واحد");
  EXPECT_EQ(ties("ar", 2), "تعادلان");
  EXPECT_EQ(ties("ar", 3), "٣ تعادلات");
  EXPECT_EQ(ties("ar", 11), "١١ تعادلًا");
  EXPECT_EQ(ties("ar", 100), "١٠٠ تعادل");
  EXPECT_EQ(lead_alone("ar", 2), "يتفوق Go في ١ من أصل ميزتين");
  EXPECT_EQ(lead_alone("ar", 3), "يتفوق Go في ١ من أصل ٣ ميزات");
  EXPECT_EQ(lead_alone("ar", 11), "يتفوق Go في ١ من أصل ١١ ميزة");
}

TEST(Plurals, JapaneseHasOneForm) {
  for (std::uint64_t n : {0, 1, 2, 3, 11, 100}) EXPECT_EQ(ties("ja", n), "引き分け" + std::to_string(n) + "項目");
  EXPECT_EQ(lead_alone("ja", 8), "8項目中、Goが1項目で優位");
}

TEST(Labels, EveryBuiltinLanguageHasEveryEnglishWord) {
  LabelTable en = label_table("en");
  const int phrases = static_cast<int>(Label::summaryEven), days = static_cast<int>(Label::day1);
  for (std::string_view lang : kBuiltinLanguages) {
    LabelTable t = builtin_label_table(lang);
    ASSERT_FALSE(t.empty()) << lang;
    for (int i = 0; i < phrases; ++i) {
      const auto label = static_cast<Label>(i);
      if (en[label].empty()) continue;  // digits: only languages with their own
      const bool month = i >= static_cast<int>(Label::month1) && i <= static_cast<int>(Label::month12);
      if (month && (lang == "ja" || lang == "zh" || lang == "ko")) continue;  // numeric months
      EXPECT_FALSE(t[label].empty()) << lang << " lacks label " << i;
    }
    for (int p = phrases; p < days; p += 6) {  // every counted phrase has its ".other"
      EXPECT_FALSE(t[static_cast<Label>(p + 5)].empty()) << lang << " lacks phrase " << p << ".other";
    }
  }
}

TEST(Labels, KeysNameLabels) {
  EXPECT_EQ(label_of("caption"), Label::caption);
  EXPECT_EQ(label_of("month.12"), Label::month12);
  EXPECT_EQ(label_of("summaryTies.other"), static_cast<Label>(static_cast<int>(Label::summaryTies) + 5));
  EXPECT_EQ(label_of("day.31"), static_cast<Label>(static_cast<int>(Label::day1) + 30));
  for (std::string_view bad : {"", "day.0", "day.32", "day.01", "summaryTies", "summaryTies.other.x", "winnerMarker", "Caption"}) {
    EXPECT_EQ(label_of(bad), Label::count) << bad;
  }
  EXPECT_EQ(label_table("en")[Label::summaryEnd], ".");
  EXPECT_EQ(label_table("fr")[Label::day1], "1er");
  EXPECT_EQ(label_table("ar")[Label::digits], "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669");
}

TEST(Labels, DigitsOfTheWrongLengthLeaveTheBuiltInOnes) {
  // Ten characters replace 0-9 ("" means ASCII digits); fewer or more cannot, and the language's
  // own digits stay: ASCII in English, Arabic-Indic in Arabic.
  const std::string arabic_indic = "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669";
  for (const auto& [digits, english, arabic] : std::initializer_list<std::tuple<std::string, std::string, std::string>>{
           {arabic_indic, "\u0669\u0660\u0663", "\u0669\u0660\u0663"},
           {"abcdefghij", "jad", "jad"},
           {"", "903", "903"},
           {"0123", "903", "\u0669\u0660\u0663"},
           {"\u0660\u0661", "903", "\u0669\u0660\u0663"},
           {"abcdefghijk", "903", "\u0669\u0660\u0663"}}) {
    LabelOverrides overrides{{"digits", digits}};
    EXPECT_EQ(Labels(parse_language("en"), overrides).number(903), english) << digits;
    EXPECT_EQ(Labels(parse_language("ar"), overrides).number(903), arabic) << digits;
    EXPECT_EQ(Labels::takes("digits", digits), digits.empty() || digits == "abcdefghij" || digits == arabic_indic) << digits;
  }
}

TEST(Labels, DigitsFollowTheNumberingSystemAndTheRegion) {
  const std::string arabic_indic = "\u0669\u0660\u0663";
  const auto number = [](const char* tag, const LabelOverrides& overrides = {}, std::string_view label_language = {}) {
    return Labels(parse_language(tag), overrides, label_language).number(903);
  };
  EXPECT_EQ(number("ar"), arabic_indic);
  EXPECT_EQ(number("ar-EG"), arabic_indic);
  EXPECT_EQ(number("ar-SA"), arabic_indic);
  for (const char* maghreb : {"ar-MA", "ar-DZ", "ar-TN", "ar-LY", "ar-EH", "ar-AE", "ar_ma"}) EXPECT_EQ(number(maghreb), "903") << maghreb;
  // The tag's own numbering system (a BCP 47 -u-nu- keyword) comes before the region's.
  EXPECT_EQ(parse_language("ar-MA-u-ca-gregory-nu-arab").numbering, Numbering::arabic);
  EXPECT_EQ(parse_language("ar-u-NU-Latn").numbering, Numbering::latin);
  EXPECT_EQ(parse_language("ar-u-nu-thai").numbering, Numbering::unspecified);
  EXPECT_EQ(parse_language("ar-x-nu-latn").numbering, Numbering::unspecified);  // private use, not a keyword
  EXPECT_EQ(parse_language("en-x-u-nu-arab").numbering, Numbering::unspecified);
  EXPECT_EQ(parse_language("ar-EG-x-u-nu-latn").numbering, Numbering::unspecified);
  EXPECT_EQ(number("ar-MA-u-nu-arab"), arabic_indic);
  EXPECT_EQ(number("ar-u-nu-latn"), "903");
  EXPECT_EQ(number("en-u-nu-arab"), arabic_indic);
  EXPECT_EQ(number("en-u-nu-thai"), "903");  // a system without built-in digits: the language's
  // The caller's digits come first.
  EXPECT_EQ(number("ar-MA", {{"digits", "abcdefghij"}}), "jad");
  EXPECT_EQ(number("ar-u-nu-latn", {{"digits", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"}}), arabic_indic);
  // With a label language: its own region and keyword, else the article's (of the same language
  // for the region).
  EXPECT_EQ(number("de", {}, "ar-MA"), "903");
  EXPECT_EQ(number("de", {}, "ar"), arabic_indic);
  EXPECT_EQ(number("ar-MA", {}, "ar"), "903");
  EXPECT_EQ(number("ar-MA", {}, "ar-EG"), arabic_indic);
  EXPECT_EQ(number("ar-u-nu-latn", {}, "ar"), "903");
  EXPECT_EQ(number("ar-u-nu-latn", {}, "ar-u-nu-arab"), arabic_indic);
  EXPECT_EQ(number("en-u-nu-arab", {}, "de"), arabic_indic);
  EXPECT_EQ(number("de-MA", {}, "ar"), arabic_indic);  // another language's region is not Arabic's
  // A language without built-in words (English ones) keeps its keyword, labels or not.
  EXPECT_EQ(number("sv-u-nu-arab"), arabic_indic);
  EXPECT_EQ(number("sv-u-nu-arab", {{"caption", "x"}}), arabic_indic);
}

TEST(Labels, DigitsWithASpaceAreRefused) {
  EXPECT_FALSE(Labels::takes("digits", "          "));
  EXPECT_FALSE(Labels::takes("digits", "012345678\t"));
  EXPECT_TRUE(Labels::takes("digits", "0123456789"));
}

// A date as Labels writes it for an article in `lang` (with `overrides`, and `words` as labelLanguage).
static std::string date_of(const char* lang, const char* iso, const LabelOverrides& overrides = {}, std::string_view words = {}) {
  cr::Buffer out;
  Labels(parse_language(lang), overrides, words).append_date_html(out, *parse_iso_date(iso));
  return out.str();
}

TEST(Dates, InEachLanguage) {
  auto date = [](const char* lang) { return date_of(lang, "2026-03-01"); };
  EXPECT_EQ(date("en"), "1 March 2026");
  EXPECT_EQ(date("de"), "1. März 2026");
  EXPECT_EQ(date("fr"), "1er mars 2026");
  EXPECT_EQ(date("es"), "1 de marzo de 2026");
  EXPECT_EQ(date("ru"), "1 марта 2026\xC2\xA0г.");
  EXPECT_EQ(date("ja"), "2026年3月1日");
  EXPECT_EQ(date("ko"), "2026년 3월 1일");
  EXPECT_EQ(date("ar"), "١ مارس ٢٠٢٦");
  EXPECT_EQ(date("he"), "1 במרץ 2026");
}

TEST(Dates, ArabicMonthsByRegion) {
  auto date = [](const char* lang, const char* iso = "2026-01-21", const LabelOverrides& overrides = {}) {
    return date_of(lang, iso, overrides);
  };
  EXPECT_EQ(date("ar"), "٢١ يناير ٢٠٢٦");
  EXPECT_EQ(date("ar-EG"), "٢١ يناير ٢٠٢٦");
  EXPECT_EQ(date("ar-LB"), "٢١ كانون الثاني ٢٠٢٦");
  EXPECT_EQ(date("ar-iq"), "٢١ كانون الثاني ٢٠٢٦");
  EXPECT_EQ(date("ar-DZ"), "21 جانفي 2026");
  EXPECT_EQ(date("ar-MA"), "21 يناير 2026");
  EXPECT_EQ(date("ar-MA", "2026-08-01"), "1 غشت 2026");
  EXPECT_EQ(date("ar-MR", "2026-12-31"), "٣١ دجمبر ٢٠٢٦");
  // The caller's month name comes first.
  EXPECT_EQ(date("ar-LB", "2026-01-21", {{"month.1", "يناير"}}), "٢١ يناير ٢٠٢٦");
}

TEST(Dates, OtherRegionsThatWriteThemOtherwise) {
  EXPECT_EQ(date_of("en", "2026-01-21"), "21 January 2026");
  EXPECT_EQ(date_of("en-GB", "2026-01-21"), "21 January 2026");
  EXPECT_EQ(date_of("en-US", "2026-01-21"), "January 21, 2026");
  EXPECT_EQ(date_of("en-ca", "2026-01-21"), "January 21, 2026");
  EXPECT_EQ(date_of("de-AT", "2026-01-21"), "21. Jänner 2026");
  EXPECT_EQ(date_of("de-AT", "2026-02-21"), "21. Februar 2026");
  EXPECT_EQ(date_of("de-CH", "2026-01-21"), "21. Januar 2026");
  EXPECT_EQ(date_of("es-PE", "2026-09-21"), "21 de setiembre de 2026");
  EXPECT_EQ(date_of("es-MX", "2026-09-21"), "21 de septiembre de 2026");
  // South Africa and a few others write days 1-9 with a leading zero, in the region's digits.
  EXPECT_EQ(date_of("en-ZA", "2026-01-01"), "01 January 2026");
  EXPECT_EQ(date_of("en-ZA", "2026-01-21"), "21 January 2026");
  EXPECT_EQ(date_of("es-HN", "2026-09-09"), "09 de septiembre de 2026");
  EXPECT_EQ(date_of("en-ZA-u-nu-arab", "2026-01-01"), "٠١ January ٢٠٢٦");
  EXPECT_EQ(date_of("en-ZA", "2026-01-01", {{"day.1", "1st"}}), "1st January 2026");
  // The caller's template comes before the region's order.
  EXPECT_EQ(date_of("en-US", "2026-01-21", {{"date", "{day} {month} {year}"}}), "21 January 2026");
  // A date label replaces the region's order only; a month label that month's name only.
  EXPECT_EQ(date_of("de-AT", "2026-01-21", {{"date", "{month} {day}"}}), "Jänner 21");
  EXPECT_EQ(date_of("en-US", "2026-01-21", {{"month.1", "Jan."}}), "Jan. 21, 2026");
  // The words' language decides, with the article's region where it names none.
  const auto with_words = [](const char* article, const char* words) { return date_of(article, "2026-01-21", {}, words); };
  EXPECT_EQ(with_words("en", "de-AT"), "21. Jänner 2026");
  EXPECT_EQ(with_words("de-AT", "de"), "21. Jänner 2026");
  EXPECT_EQ(with_words("en-US", "en"), "January 21, 2026");
  EXPECT_EQ(with_words("en-US", "en-GB"), "21 January 2026");
  EXPECT_EQ(with_words("en-US", "de"), "21. Januar 2026");
}

TEST(Labels, WordsInAnotherLanguageAreMarkedAsSuch) {
  EXPECT_EQ(Labels(parse_language("fa"), kNone).foreign_attributes(), " lang=\"en\" dir=\"ltr\"");
  EXPECT_EQ(Labels(parse_language("sv"), kNone).foreign_attributes(), " lang=\"en\"");
  EXPECT_EQ(Labels(parse_language("de-AT"), kNone).foreign_attributes(), "");
  EXPECT_EQ(Labels(parse_language("en"), kNone, "ar").foreign_attributes(), " lang=\"ar\" dir=\"rtl\"");
  const LabelOverrides swedish{{"tie", "Oavgjort"}};
  EXPECT_EQ(Labels(parse_language("sv"), swedish).foreign_attributes(), "");
}

TEST(Labels, PayloadTextInWordsOfAnotherLanguageKeepsTheArticles) {
  EXPECT_EQ(Labels(parse_language("fa"), kNone).native_attributes(), " lang=\"fa\"");  // its own letters' direction
  EXPECT_EQ(Labels(parse_language("sv-SE"), kNone).native_attributes(), " lang=\"sv-SE\"");
  EXPECT_EQ(Labels(parse_language("de-AT"), kNone).native_attributes(), "");
  Labels ja(parse_language("ja"), kNone, "en");
  cr::Buffer out;
  // A name is the article's text; a number and the labels' own words are not.
  ja.append_html(out, Label::caption, {{"a", "ラスト", false, true}, {"b", "Option B", false, false}});
  EXPECT_EQ(out.str(), "<bdi lang=\"ja\">ラスト</bdi> vs Option B: feature by feature");
  cr::Buffer same;
  Labels(parse_language("en"), kNone).append_html(same, Label::caption, {{"a", "Rust", false, true}, {"b", "Go", false, true}});
  EXPECT_EQ(same.str(), "Rust vs Go: feature by feature");
}

TEST(Plurals, AFormIsNeverBorrowedFromEnglish) {
  Labels it(parse_language("it"), kNone);
  cr::Buffer out;
  it.append_count_html(out, Label::summaryNoVerdict, 1, {{"count", "1", false}});
  EXPECT_EQ(out.view(), "1 senza verdetto");
}
