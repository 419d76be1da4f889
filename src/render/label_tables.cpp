#include "render/label_tables.hpp"

#include <array>
#include <cstddef>

// The built-in words, per language, written as {key, value} pairs and packed at compile time
// into one text and an offset per label (the pairs themselves never reach the binary). Keys
// and placeholders are the same in every table; a label a table lacks falls back to English.
// Counted phrases have one entry per CLDR plural category the language uses (labels.cpp picks
// by the number; a missing category falls back to ".other").
// {placeholders}: a, b, leader, other (option names); count, total, otherCount (numbers);
// date: day, month, monthNumber, year; codeLanguage: language (a code block's, as its fence says).

namespace cr::render {

namespace {

struct LabelEntry {
  std::string_view key;
  std::string_view value;
};

constexpr std::string_view kPluralSuffixes[6] = {".zero", ".one", ".two", ".few", ".many", ".other"};
constexpr std::string_view kPhrases[6] = {"summaryEven", "summaryLead", "summaryLeadAlone", "summaryNoVerdict",
                                          "summaryNone", "summaryTies"};
constexpr std::string_view kSimpleNames[] = {
    "caption", "code", "codeLanguage", "date", "digits", "emptyMatrix", "feature", "featureComparison",
    "month.1", "month.2", "month.3", "month.4", "month.5", "month.6", "month.7", "month.8", "month.9", "month.10",
    "month.11", "month.12", "noVerdict", "notStated", "optionA", "optionB", "published", "summaryEnd",
    "summarySeparator", "table", "taskDone", "taskOpen", "tie", "updated", "winner"};
static_assert(std::size(kSimpleNames) == static_cast<std::size_t>(Label::summaryEven));

// Whether `name` is `base` followed by `suffix`.
constexpr bool joined(std::string_view name, std::string_view base, std::string_view suffix) {
  return name.size() == base.size() + suffix.size() && name.substr(0, base.size()) == base &&
         name.substr(base.size()) == suffix;
}

constexpr int index_of(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kSimpleNames); ++i) {
    if (kSimpleNames[i] == name) return static_cast<int>(i);
  }
  for (int p = 0; p < 6; ++p) {
    for (int f = 0; f < 6; ++f) {
      if (joined(name, kPhrases[p], kPluralSuffixes[f])) return static_cast<int>(Label::summaryEven) + 6 * p + f;
    }
  }
  if (name.size() >= 5 && name.size() <= 6 && name.substr(0, 4) == "day.") {
    int day = 0;
    for (char c : name.substr(4)) {
      if (c < '0' || c > '9') return -1;
      day = day * 10 + (c - '0');
    }
    if (day >= 1 && day <= 31 && name[4] != '0') return static_cast<int>(Label::day1) + day - 1;
  }
  return -1;
}

template <std::size_t N>
struct Packed {
  std::array<char, N> text{};
  std::array<std::uint16_t, kLabelCount + 1> offsets{};
};

template <std::size_t M>
consteval std::size_t packed_size(const LabelEntry (&entries)[M]) {
  std::size_t n = 0;
  for (const LabelEntry& e : entries) n += e.value.size();
  return n ? n : 1;
}

// Not constexpr: reaching it while packing a table stops the build.
void a_label_table_has_a_key_that_is_not_a_label() {}

template <std::size_t N, std::size_t M>
consteval Packed<N> pack(const LabelEntry (&entries)[M]) {
  int index[M] = {};
  for (std::size_t j = 0; j < M; ++j) {
    index[j] = index_of(entries[j].key);
    if (index[j] < 0) a_label_table_has_a_key_that_is_not_a_label();
  }
  Packed<N> p;
  std::size_t at = 0;
  for (int i = 0; i < kLabelCount; ++i) {
    p.offsets[i] = static_cast<std::uint16_t>(at);
    for (std::size_t j = 0; j < M; ++j) {
      if (index[j] != i) continue;
      for (char c : entries[j].value) p.text[at++] = c;
    }
  }
  p.offsets[kLabelCount] = static_cast<std::uint16_t>(at);
  return p;
}

constexpr LabelEntry kEnglishEntries[] = {
    {"caption", "{a} vs {b}: feature by feature"},
    {"code", "Code"},
    {"codeLanguage", "Code: {language}"},
    {"date", "{day} {month} {year}"},
    {"emptyMatrix", "No features were compared."},
    {"feature", "Feature"},
    {"featureComparison", "Feature comparison"},
    {"month.1", "January"},
    {"month.10", "October"},
    {"month.11", "November"},
    {"month.12", "December"},
    {"month.2", "February"},
    {"month.3", "March"},
    {"month.4", "April"},
    {"month.5", "May"},
    {"month.6", "June"},
    {"month.7", "July"},
    {"month.8", "August"},
    {"month.9", "September"},
    {"noVerdict", "No verdict"},
    {"notStated", "Not stated"},
    {"optionA", "Option A"},
    {"optionB", "Option B"},
    {"published", "Published"},
    {"summaryEnd", "."},
    {"summaryEven.one", "{a} and {b} each lead in {count} of {total} feature"},
    {"summaryEven.other", "{a} and {b} each lead in {count} of {total} features"},
    {"summaryLead.one", "{leader} leads in {count} of {total} feature, {other} in {otherCount}"},
    {"summaryLead.other", "{leader} leads in {count} of {total} features, {other} in {otherCount}"},
    {"summaryLeadAlone.one", "{leader} leads in {count} of {total} feature"},
    {"summaryLeadAlone.other", "{leader} leads in {count} of {total} features"},
    {"summaryNoVerdict.one", "{count} without a verdict"},
    {"summaryNoVerdict.other", "{count} without a verdict"},
    {"summaryNone.one", "Neither option leads in the one feature compared"},
    {"summaryNone.other", "Neither option leads in any of the {total} features"},
    {"summarySeparator", "; "},
    {"summaryTies.one", "{count} tie"},
    {"summaryTies.other", "{count} ties"},
    {"table", "Table"},
    {"taskDone", "Done:"},
    {"taskOpen", "To do:"},
    {"tie", "Tie"},
    {"updated", "Updated"},
    {"winner", "Winner"},
};

constexpr LabelEntry kGermanEntries[] = {
    {"caption", "{a} vs. {b}: Merkmal für Merkmal"},
    {"code", "Code"},
    {"codeLanguage", "Code: {language}"},
    {"date", "{day}. {month} {year}"},
    {"emptyMatrix", "Es wurden keine Merkmale verglichen."},
    {"feature", "Merkmal"},
    {"featureComparison", "Funktionsvergleich"},
    {"month.1", "Januar"},
    {"month.10", "Oktober"},
    {"month.11", "November"},
    {"month.12", "Dezember"},
    {"month.2", "Februar"},
    {"month.3", "März"},
    {"month.4", "April"},
    {"month.5", "Mai"},
    {"month.6", "Juni"},
    {"month.7", "Juli"},
    {"month.8", "August"},
    {"month.9", "September"},
    {"noVerdict", "Kein Urteil"},
    {"notStated", "Keine Angabe"},
    {"optionA", "Option A"},
    {"optionB", "Option B"},
    {"published", "Veröffentlicht am"},
    {"summaryEnd", "."},
    {"summaryEven.one", "{a} und {b} liegen bei je {count} von {total} Merkmal vorn"},
    {"summaryEven.other", "{a} und {b} liegen bei je {count} von {total} Merkmalen vorn"},
    {"summaryLead.one", "{leader} liegt bei {count} von {total} Merkmal vorn, {other} bei {otherCount}"},
    {"summaryLead.other", "{leader} liegt bei {count} von {total} Merkmalen vorn, {other} bei {otherCount}"},
    {"summaryLeadAlone.one", "{leader} liegt bei {count} von {total} Merkmal vorn"},
    {"summaryLeadAlone.other", "{leader} liegt bei {count} von {total} Merkmalen vorn"},
    {"summaryNoVerdict.one", "{count} ohne Urteil"},
    {"summaryNoVerdict.other", "{count} ohne Urteil"},
    {"summaryNone.one", "Keine Option liegt beim einzigen Merkmal vorn"},
    {"summaryNone.other", "Keine Option liegt bei einem der {total} Merkmale vorn"},
    {"summarySeparator", "; "},
    {"summaryTies.one", "{count}-mal unentschieden"},
    {"summaryTies.other", "{count}-mal unentschieden"},
    {"table", "Tabelle"},
    {"taskDone", "Erledigt:"},
    {"taskOpen", "Offen:"},
    {"tie", "Unentschieden"},
    {"updated", "Aktualisiert am"},
    {"winner", "Sieger"},
};

// French: a no-break space (U+00A0) before ":" and ";" as French typography wants.
constexpr LabelEntry kFrenchEntries[] = {
    {"caption", "{a} ou {b}\u00A0: critère par critère"},
    {"code", "Code"},
    {"codeLanguage", "Code\u00A0: {language}"},
    {"date", "{day} {month} {year}"},
    {"day.1", "1er"},
    {"emptyMatrix", "Aucune fonctionnalité n’a été comparée."},
    {"feature", "Critère"},
    {"featureComparison", "Comparaison des fonctionnalités"},
    {"month.1", "janvier"},
    {"month.10", "octobre"},
    {"month.11", "novembre"},
    {"month.12", "décembre"},
    {"month.2", "février"},
    {"month.3", "mars"},
    {"month.4", "avril"},
    {"month.5", "mai"},
    {"month.6", "juin"},
    {"month.7", "juillet"},
    {"month.8", "août"},
    {"month.9", "septembre"},
    {"noVerdict", "Pas de verdict"},
    {"notStated", "Non précisé"},
    {"optionA", "Option A"},
    {"optionB", "Option B"},
    {"published", "Publié le"},
    {"summaryEnd", "."},
    {"summaryEven.one", "{a} et {b} l’emportent chacun sur {count} critère sur {total}"},
    {"summaryEven.other", "{a} et {b} l’emportent chacun sur {count} des {total} critères"},
    {"summaryLead.many", "{leader} l’emporte sur {count} des {total} de critères, {other} sur {otherCount}"},
    {"summaryLead.one", "{leader} l’emporte sur {count} critère sur {total}, {other} sur {otherCount}"},
    {"summaryLead.other", "{leader} l’emporte sur {count} des {total} critères, {other} sur {otherCount}"},
    {"summaryLeadAlone.many", "{leader} l’emporte sur {count} des {total} de critères"},
    {"summaryLeadAlone.one", "{leader} l’emporte sur {count} critère sur {total}"},
    {"summaryLeadAlone.other", "{leader} l’emporte sur {count} des {total} critères"},
    {"summaryNoVerdict.one", "{count} sans verdict"},
    {"summaryNoVerdict.other", "{count} sans verdict"},
    {"summaryNone.one", "Aucune option ne l’emporte sur le seul critère comparé"},
    {"summaryNone.other", "Aucune option ne l’emporte sur les {total} critères"},
    {"summarySeparator", "\u00A0; "},
    {"summaryTies.one", "{count} égalité"},
    {"summaryTies.other", "{count} égalités"},
    {"table", "Tableau"},
    {"taskDone", "Fait\u00A0:"},
    {"taskOpen", "À faire\u00A0:"},
    {"tie", "Égalité"},
    {"updated", "Mis à jour le"},
    {"winner", "Gagnant"},
};

constexpr LabelEntry kSpanishEntries[] = {
    {"caption", "{a} frente a {b}: característica por característica"},
    {"code", "Código"},
    {"codeLanguage", "Código: {language}"},
    {"date", "{day} de {month} de {year}"},
    {"emptyMatrix", "No se comparó ninguna característica."},
    {"feature", "Característica"},
    {"featureComparison", "Comparación de características"},
    {"month.1", "enero"},
    {"month.10", "octubre"},
    {"month.11", "noviembre"},
    {"month.12", "diciembre"},
    {"month.2", "febrero"},
    {"month.3", "marzo"},
    {"month.4", "abril"},
    {"month.5", "mayo"},
    {"month.6", "junio"},
    {"month.7", "julio"},
    {"month.8", "agosto"},
    {"month.9", "septiembre"},
    {"noVerdict", "Sin veredicto"},
    {"notStated", "No indicado"},
    {"optionA", "Opción A"},
    {"optionB", "Opción B"},
    {"published", "Publicado el"},
    {"summaryEnd", "."},
    {"summaryEven.one", "{a} y {b} ganan cada uno en {count} de {total} característica"},
    {"summaryEven.other", "{a} y {b} ganan cada uno en {count} de {total} características"},
    {"summaryLead.one", "{leader} gana en {count} de {total} característica, {other} en {otherCount}"},
    {"summaryLead.other", "{leader} gana en {count} de {total} características, {other} en {otherCount}"},
    {"summaryLeadAlone.one", "{leader} gana en {count} de {total} característica"},
    {"summaryLeadAlone.other", "{leader} gana en {count} de {total} características"},
    {"summaryNoVerdict.one", "{count} sin veredicto"},
    {"summaryNoVerdict.other", "{count} sin veredicto"},
    {"summaryNone.one", "Ninguna opción gana en la única característica comparada"},
    {"summaryNone.other", "Ninguna opción gana en ninguna de las {total} características"},
    {"summarySeparator", "; "},
    {"summaryTies.one", "{count} empate"},
    {"summaryTies.other", "{count} empates"},
    {"table", "Tabla"},
    {"taskDone", "Hecho:"},
    {"taskOpen", "Pendiente:"},
    {"tie", "Empate"},
    {"updated", "Actualizado el"},
    {"winner", "Ganador"},
};

constexpr LabelEntry kPortugueseEntries[] = {
    {"caption", "{a} vs. {b}: recurso por recurso"},
    {"code", "Código"},
    {"codeLanguage", "Código: {language}"},
    {"date", "{day} de {month} de {year}"},
    {"emptyMatrix", "Nenhum recurso foi comparado."},
    {"feature", "Recurso"},
    {"featureComparison", "Comparação de recursos"},
    {"month.1", "janeiro"},
    {"month.10", "outubro"},
    {"month.11", "novembro"},
    {"month.12", "dezembro"},
    {"month.2", "fevereiro"},
    {"month.3", "março"},
    {"month.4", "abril"},
    {"month.5", "maio"},
    {"month.6", "junho"},
    {"month.7", "julho"},
    {"month.8", "agosto"},
    {"month.9", "setembro"},
    {"noVerdict", "Sem veredito"},
    {"notStated", "Não informado"},
    {"optionA", "Opção A"},
    {"optionB", "Opção B"},
    {"published", "Publicado em"},
    {"summaryEnd", "."},
    {"summaryEven.one", "{a} e {b} vencem em {count} de {total} recurso cada"},
    {"summaryEven.other", "{a} e {b} vencem em {count} de {total} recursos cada"},
    {"summaryLead.one", "{leader} vence em {count} de {total} recurso, {other} em {otherCount}"},
    {"summaryLead.other", "{leader} vence em {count} de {total} recursos, {other} em {otherCount}"},
    {"summaryLeadAlone.one", "{leader} vence em {count} de {total} recurso"},
    {"summaryLeadAlone.other", "{leader} vence em {count} de {total} recursos"},
    {"summaryNoVerdict.one", "{count} sem veredito"},
    {"summaryNoVerdict.other", "{count} sem veredito"},
    {"summaryNone.one", "Nenhuma opção vence no único recurso comparado"},
    {"summaryNone.other", "Nenhuma opção vence em nenhum dos {total} recursos"},
    {"summarySeparator", "; "},
    {"summaryTies.one", "{count} empate"},
    {"summaryTies.other", "{count} empates"},
    {"table", "Tabela"},
    {"taskDone", "Feito:"},
    {"taskOpen", "A fazer:"},
    {"tie", "Empate"},
    {"updated", "Atualizado em"},
    {"winner", "Vencedor"},
};

// Italian: "funzionalità" does not change in the plural.
constexpr LabelEntry kItalianEntries[] = {
    {"caption", "{a} contro {b}: funzionalità per funzionalità"},
    {"code", "Codice"},
    {"codeLanguage", "Codice: {language}"},
    {"date", "{day} {month} {year}"},
    {"emptyMatrix", "Non è stata confrontata nessuna funzionalità."},
    {"feature", "Funzionalità"},
    {"featureComparison", "Confronto delle funzionalità"},
    {"month.1", "gennaio"},
    {"month.10", "ottobre"},
    {"month.11", "novembre"},
    {"month.12", "dicembre"},
    {"month.2", "febbraio"},
    {"month.3", "marzo"},
    {"month.4", "aprile"},
    {"month.5", "maggio"},
    {"month.6", "giugno"},
    {"month.7", "luglio"},
    {"month.8", "agosto"},
    {"month.9", "settembre"},
    {"noVerdict", "Nessun verdetto"},
    {"notStated", "Non indicato"},
    {"optionA", "Opzione A"},
    {"optionB", "Opzione B"},
    {"published", "Pubblicato il"},
    {"summaryEnd", "."},
    {"summaryEven.other", "{a} e {b} prevalgono ciascuno in {count} funzionalità su {total}"},
    {"summaryLead.other", "{leader} prevale in {count} funzionalità su {total}, {other} in {otherCount}"},
    {"summaryLeadAlone.other", "{leader} prevale in {count} funzionalità su {total}"},
    {"summaryNoVerdict.other", "{count} senza verdetto"},
    {"summaryNone.one", "Nessuna opzione prevale nell’unica funzionalità confrontata"},
    {"summaryNone.other", "Nessuna opzione prevale in alcuna delle {total} funzionalità"},
    {"summarySeparator", "; "},
    {"summaryTies.one", "{count} pareggio"},
    {"summaryTies.other", "{count} pareggi"},
    {"table", "Tabella"},
    {"taskDone", "Fatto:"},
    {"taskOpen", "Da fare:"},
    {"tie", "Pareggio"},
    {"updated", "Aggiornato il"},
    {"winner", "Vincitore"},
};

// Russian: "из N" takes the genitive: из 1 (21, 31...) критерия, из 2..4 / 5..20 критериев.
constexpr LabelEntry kRussianEntries[] = {
    {"caption", "{a} против {b}: сравнение по пунктам"},
    {"code", "Код"},
    {"codeLanguage", "Код: {language}"},
    {"date", "{day} {month} {year}\u00A0г."},
    {"emptyMatrix", "Критерии для сравнения не указаны."},
    {"feature", "Критерий"},
    {"featureComparison", "Сравнение возможностей"},
    {"month.1", "января"},
    {"month.10", "октября"},
    {"month.11", "ноября"},
    {"month.12", "декабря"},
    {"month.2", "февраля"},
    {"month.3", "марта"},
    {"month.4", "апреля"},
    {"month.5", "мая"},
    {"month.6", "июня"},
    {"month.7", "июля"},
    {"month.8", "августа"},
    {"month.9", "сентября"},
    {"noVerdict", "Без вердикта"},
    {"notStated", "Не указано"},
    {"optionA", "Вариант А"},
    {"optionB", "Вариант Б"},
    {"published", "Опубликовано"},
    {"summaryEnd", "."},
    {"summaryEven.one", "{a} и {b} лидируют каждый в {count} из {total} критерия"},
    {"summaryEven.other", "{a} и {b} лидируют каждый в {count} из {total} критериев"},
    {"summaryLead.few", "{leader} лидирует в {count} из {total} критериев, {other} — в {otherCount}"},
    {"summaryLead.many", "{leader} лидирует в {count} из {total} критериев, {other} — в {otherCount}"},
    {"summaryLead.one", "{leader} лидирует в {count} из {total} критерия, {other} — в {otherCount}"},
    {"summaryLead.other", "{leader} лидирует в {count} из {total} критериев, {other} — в {otherCount}"},
    {"summaryLeadAlone.few", "{leader} лидирует в {count} из {total} критериев"},
    {"summaryLeadAlone.many", "{leader} лидирует в {count} из {total} критериев"},
    {"summaryLeadAlone.one", "{leader} лидирует в {count} из {total} критерия"},
    {"summaryLeadAlone.other", "{leader} лидирует в {count} из {total} критериев"},
    {"summaryNoVerdict.other", "{count} без вердикта"},
    {"summaryNone.one", "Ни один вариант не лидирует в единственном критерии"},
    {"summaryNone.other", "Ни один вариант не лидирует ни в одном из {total} критериев"},
    {"summarySeparator", "; "},
    {"summaryTies.few", "{count} ничьи"},
    {"summaryTies.many", "{count} ничьих"},
    {"summaryTies.one", "{count} ничья"},
    {"summaryTies.other", "{count} ничьих"},
    {"table", "Таблица"},
    {"taskDone", "Сделано:"},
    {"taskOpen", "Нужно сделать:"},
    {"tie", "Ничья"},
    {"updated", "Обновлено"},
    {"winner", "Победитель"},
};

constexpr LabelEntry kJapaneseEntries[] = {
    {"caption", "{a} と {b}：機能ごとの比較"},
    {"code", "コード"},
    {"codeLanguage", "コード：{language}"},
    {"date", "{year}年{monthNumber}月{day}日"},
    {"emptyMatrix", "比較された機能はありません。"},
    {"feature", "機能"},
    {"featureComparison", "機能比較"},
    {"noVerdict", "判定なし"},
    {"notStated", "記載なし"},
    {"optionA", "選択肢A"},
    {"optionB", "選択肢B"},
    {"published", "公開日"},
    {"summaryEnd", "。"},
    {"summaryEven.other", "{total}項目中、{a}と{b}がそれぞれ{count}項目で優位"},
    {"summaryLead.other", "{total}項目中、{leader}が{count}項目、{other}が{otherCount}項目で優位"},
    {"summaryLeadAlone.other", "{total}項目中、{leader}が{count}項目で優位"},
    {"summaryNoVerdict.other", "判定なし{count}項目"},
    {"summaryNone.other", "{total}項目のいずれでも優位な選択肢はありません"},
    {"summarySeparator", "、"},
    {"summaryTies.other", "引き分け{count}項目"},
    {"table", "表"},
    {"taskDone", "完了："},
    {"taskOpen", "未完了："},
    {"tie", "引き分け"},
    {"updated", "更新日"},
    {"winner", "優位"},
};

constexpr LabelEntry kChineseEntries[] = {
    {"caption", "{a} 与 {b}：逐项比较"},
    {"code", "代码"},
    {"codeLanguage", "代码：{language}"},
    {"date", "{year}年{monthNumber}月{day}日"},
    {"emptyMatrix", "没有比较任何功能。"},
    {"feature", "功能"},
    {"featureComparison", "功能比较"},
    {"noVerdict", "无结论"},
    {"notStated", "未说明"},
    {"optionA", "选项 A"},
    {"optionB", "选项 B"},
    {"published", "发布于"},
    {"summaryEnd", "。"},
    {"summaryEven.other", "在 {total} 项功能中，{a} 和 {b} 各领先 {count} 项"},
    {"summaryLead.other", "在 {total} 项功能中，{leader} 领先 {count} 项，{other} 领先 {otherCount} 项"},
    {"summaryLeadAlone.other", "在 {total} 项功能中，{leader} 领先 {count} 项"},
    {"summaryNoVerdict.other", "{count} 项无结论"},
    {"summaryNone.other", "在 {total} 项功能中没有任何选项领先"},
    {"summarySeparator", "；"},
    {"summaryTies.other", "{count} 项平局"},
    {"table", "表格"},
    {"taskDone", "已完成："},
    {"taskOpen", "待办："},
    {"tie", "平局"},
    {"updated", "更新于"},
    {"winner", "胜出方"},
};

constexpr LabelEntry kKoreanEntries[] = {
    {"caption", "{a} 대 {b}: 항목별 비교"},
    {"code", "코드"},
    {"codeLanguage", "코드: {language}"},
    {"date", "{year}년 {monthNumber}월 {day}일"},
    {"emptyMatrix", "비교한 항목이 없습니다."},
    {"feature", "항목"},
    {"featureComparison", "기능 비교"},
    {"noVerdict", "판정 없음"},
    {"notStated", "정보 없음"},
    {"optionA", "옵션 A"},
    {"optionB", "옵션 B"},
    {"published", "게시일"},
    {"summaryEnd", "."},
    {"summaryEven.other", "{total}개 항목 중 {a}, {b} 각각 {count}개 항목에서 우위"},
    {"summaryLead.other", "{total}개 항목 중 {leader} {count}개, {other} {otherCount}개 항목에서 우위"},
    {"summaryLeadAlone.other", "{total}개 항목 중 {leader} {count}개 항목에서 우위"},
    {"summaryNoVerdict.other", "판정 없음 {count}개"},
    {"summaryNone.other", "{total}개 항목 모두 우위인 옵션 없음"},
    {"summarySeparator", ", "},
    {"summaryTies.other", "무승부 {count}개"},
    {"table", "표"},
    {"taskDone", "완료:"},
    {"taskOpen", "할 일:"},
    {"tie", "무승부"},
    {"updated", "수정일"},
    {"winner", "우위"},
};

// Arabic: six plural forms. The counted noun (ميزة, "feature") is singular after 1 and after
// 11..99 (and 100+), dual after 2, plural after 3..10. Digits are Arabic-Indic.
constexpr LabelEntry kArabicEntries[] = {
    {"caption", "{a} مقابل {b}: مقارنة ميزة بميزة"},
    {"code", "شيفرة برمجية"},
    {"codeLanguage", "شيفرة برمجية: {language}"},
    {"date", "{day} {month} {year}"},
    {"digits", "٠١٢٣٤٥٦٧٨٩"},
    {"emptyMatrix", "لم تُقارن أي ميزة."},
    {"feature", "الميزة"},
    {"featureComparison", "مقارنة الميزات"},
    {"month.1", "يناير"},
    {"month.10", "أكتوبر"},
    {"month.11", "نوفمبر"},
    {"month.12", "ديسمبر"},
    {"month.2", "فبراير"},
    {"month.3", "مارس"},
    {"month.4", "أبريل"},
    {"month.5", "مايو"},
    {"month.6", "يونيو"},
    {"month.7", "يوليو"},
    {"month.8", "أغسطس"},
    {"month.9", "سبتمبر"},
    {"noVerdict", "بلا حكم"},
    {"notStated", "غير محدد"},
    {"optionA", "الخيار أ"},
    {"optionB", "الخيار ب"},
    {"published", "نُشر في"},
    {"summaryEnd", "."},
    {"summaryEven.few", "يتفوق كل من {a} و{b} في {count} من أصل {total} ميزات"},
    {"summaryEven.other", "يتفوق كل من {a} و{b} في {count} من أصل {total} ميزة"},
    {"summaryEven.two", "يتفوق كل من {a} و{b} في ميزة واحدة من أصل ميزتين"},
    {"summaryLead.few", "يتفوق {leader} في {count} من أصل {total} ميزات، و{other} في {otherCount}"},
    {"summaryLead.many", "يتفوق {leader} في {count} من أصل {total} ميزة، و{other} في {otherCount}"},
    {"summaryLead.one", "يتفوق {leader} في {count} من أصل ميزة واحدة، و{other} في {otherCount}"},
    {"summaryLead.other", "يتفوق {leader} في {count} من أصل {total} ميزة، و{other} في {otherCount}"},
    {"summaryLead.two", "يتفوق {leader} في {count} من أصل ميزتين، و{other} في {otherCount}"},
    {"summaryLead.zero", "يتفوق {leader} في {count} من أصل {total} ميزة، و{other} في {otherCount}"},
    {"summaryLeadAlone.few", "يتفوق {leader} في {count} من أصل {total} ميزات"},
    {"summaryLeadAlone.many", "يتفوق {leader} في {count} من أصل {total} ميزة"},
    {"summaryLeadAlone.one", "يتفوق {leader} في الميزة الوحيدة"},
    {"summaryLeadAlone.other", "يتفوق {leader} في {count} من أصل {total} ميزة"},
    {"summaryLeadAlone.two", "يتفوق {leader} في {count} من أصل ميزتين"},
    {"summaryLeadAlone.zero", "يتفوق {leader} في {count} من أصل {total} ميزة"},
    {"summaryNoVerdict.few", "{count} ميزات بلا حكم"},
    {"summaryNoVerdict.many", "{count} ميزة بلا حكم"},
    {"summaryNoVerdict.one", "ميزة واحدة بلا حكم"},
    {"summaryNoVerdict.other", "{count} ميزة بلا حكم"},
    {"summaryNoVerdict.two", "ميزتان بلا حكم"},
    {"summaryNoVerdict.zero", "لا ميزات بلا حكم"},
    {"summaryNone.few", "لا يتفوق أي خيار في أي من الميزات الـ{total}"},
    {"summaryNone.one", "لا يتفوق أي خيار في الميزة الوحيدة"},
    {"summaryNone.other", "لا يتفوق أي خيار في أي من الميزات الـ{total}"},
    {"summaryNone.two", "لا يتفوق أي خيار في أي من الميزتين"},
    {"summarySeparator", "؛ "},
    {"summaryTies.few", "{count} تعادلات"},
    {"summaryTies.many", "{count} تعادلًا"},
    {"summaryTies.one", "تعادل واحد"},
    {"summaryTies.other", "{count} تعادل"},
    {"summaryTies.two", "تعادلان"},
    {"summaryTies.zero", "لا تعادل"},
    {"table", "جدول"},
    {"taskDone", "منجز:"},
    {"taskOpen", "قيد الإنجاز:"},
    {"tie", "تعادل"},
    {"updated", "حُدّث في"},
    {"winner", "الأفضل"},
};

// Hebrew: one, two and other.
constexpr LabelEntry kHebrewEntries[] = {
    {"caption", "{a} מול {b}: תכונה מול תכונה"},
    {"code", "קוד"},
    {"codeLanguage", "קוד: {language}"},
    {"date", "{day} ב{month} {year}"},
    {"emptyMatrix", "לא הושוו תכונות."},
    {"feature", "תכונה"},
    {"featureComparison", "השוואת תכונות"},
    {"month.1", "ינואר"},
    {"month.10", "אוקטובר"},
    {"month.11", "נובמבר"},
    {"month.12", "דצמבר"},
    {"month.2", "פברואר"},
    {"month.3", "מרץ"},
    {"month.4", "אפריל"},
    {"month.5", "מאי"},
    {"month.6", "יוני"},
    {"month.7", "יולי"},
    {"month.8", "אוגוסט"},
    {"month.9", "ספטמבר"},
    {"noVerdict", "ללא הכרעה"},
    {"notStated", "לא צוין"},
    {"optionA", "אפשרות א׳"},
    {"optionB", "אפשרות ב׳"},
    {"published", "פורסם"},
    {"summaryEnd", "."},
    {"summaryEven.other", "{a} ו־{b} מובילים כל אחד ב־{count} מתוך {total} תכונות"},
    {"summaryEven.two", "{a} ו־{b} מובילים כל אחד בתכונה אחת מתוך שתיים"},
    {"summaryLead.one", "{leader} מוביל ב־{count} מתוך תכונה אחת, {other} ב־{otherCount}"},
    {"summaryLead.other", "{leader} מוביל ב־{count} מתוך {total} תכונות, {other} ב־{otherCount}"},
    {"summaryLead.two", "{leader} מוביל ב־{count} מתוך שתי תכונות, {other} ב־{otherCount}"},
    {"summaryLeadAlone.one", "{leader} מוביל בתכונה היחידה"},
    {"summaryLeadAlone.other", "{leader} מוביל ב־{count} מתוך {total} תכונות"},
    {"summaryLeadAlone.two", "{leader} מוביל ב־{count} מתוך שתי תכונות"},
    {"summaryNoVerdict.one", "תכונה אחת ללא הכרעה"},
    {"summaryNoVerdict.other", "{count} תכונות ללא הכרעה"},
    {"summaryNoVerdict.two", "שתי תכונות ללא הכרעה"},
    {"summaryNone.one", "אף אפשרות אינה מובילה בתכונה היחידה"},
    {"summaryNone.other", "אף אפשרות אינה מובילה באף אחת מ־{total} התכונות"},
    {"summaryNone.two", "אף אפשרות אינה מובילה באף אחת משתי התכונות"},
    {"summarySeparator", "; "},
    {"summaryTies.one", "תיקו אחד"},
    {"summaryTies.other", "{count} תיקו"},
    {"table", "טבלה"},
    {"taskDone", "בוצע:"},
    {"taskOpen", "לביצוע:"},
    {"tie", "תיקו"},
    {"updated", "עודכן"},
    {"winner", "עדיף"},
};

constexpr auto kEnglish = pack<packed_size(kEnglishEntries)>(kEnglishEntries);
constexpr auto kGerman = pack<packed_size(kGermanEntries)>(kGermanEntries);
constexpr auto kFrench = pack<packed_size(kFrenchEntries)>(kFrenchEntries);
constexpr auto kSpanish = pack<packed_size(kSpanishEntries)>(kSpanishEntries);
constexpr auto kPortuguese = pack<packed_size(kPortugueseEntries)>(kPortugueseEntries);
constexpr auto kItalian = pack<packed_size(kItalianEntries)>(kItalianEntries);
constexpr auto kRussian = pack<packed_size(kRussianEntries)>(kRussianEntries);
constexpr auto kJapanese = pack<packed_size(kJapaneseEntries)>(kJapaneseEntries);
constexpr auto kChinese = pack<packed_size(kChineseEntries)>(kChineseEntries);
constexpr auto kKorean = pack<packed_size(kKoreanEntries)>(kKoreanEntries);
constexpr auto kArabic = pack<packed_size(kArabicEntries)>(kArabicEntries);
constexpr auto kHebrew = pack<packed_size(kHebrewEntries)>(kHebrewEntries);

// The packed tables, as the lookups see them.
template <std::size_t N>
constexpr LabelTable view(const Packed<N>& p) {
  return LabelTable{p.text.data(), p.offsets.data()};
}

}  // namespace

Label label_of(std::string_view name) {
  const int i = index_of(name);
  return i < 0 ? Label::count : static_cast<Label>(i);
}

LabelTable builtin_label_table(std::string_view language) {
  if (language == "en") return view(kEnglish);
  if (language == "de") return view(kGerman);
  if (language == "fr") return view(kFrench);
  if (language == "es") return view(kSpanish);
  if (language == "pt") return view(kPortuguese);
  if (language == "it") return view(kItalian);
  if (language == "ru") return view(kRussian);
  if (language == "ja") return view(kJapanese);
  if (language == "zh") return view(kChinese);
  if (language == "ko") return view(kKorean);
  if (language == "ar") return view(kArabic);
  if (language == "he" || language == "iw") return view(kHebrew);
  return {};
}

RegionalForms regional_forms(std::string_view language, std::string_view region) {
  struct Entry {
    std::string_view language;
    std::string_view regions;  // two letters each
    RegionalForms forms;
  };
  // Each as Intl.DateTimeFormat(language + "-" + region, { dateStyle: "long" }) writes a date and
  // Intl.NumberFormat a number. Plain "ar" keeps Arabic-Indic digits, as most Arabic-speaking
  // regions do (CLDR's own default for "ar" has been Latin since version 42).
  static constexpr Entry kEntries[] = {
      {"ar", "IQJOLBPSSY",
       {"كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول", {}}},
      {"ar", "DZTN", {"جانفي|فيفري||أفريل|ماي|جوان|جويلية|أوت||||", {}, true}},
      {"ar", "MA", {"||||ماي||يوليوز|غشت|شتنبر||نونبر|دجنبر", {}, true}},
      {"ar", "MR", {"|||إبريل||||أغشت|شتمبر|||دجمبر", {}}},
      {"ar", "AEEHLY", {{}, {}, true}},
      {"en", "USASBICAGUJPMHMPPHPRUMVI", {{}, "{month} {day}, {year}"}},
      {"en", "BWBZMTZAZW", {{}, {}, false, true}},
      {"es", "HN", {{}, {}, false, true}},
      {"de", "ATIT", {"Jänner|||||||||||", {}}},
      {"es", "PEUY", {"||||||||setiembre|||", {}}},
  };
  if (region.size() != 2) return {};
  for (const Entry& e : kEntries) {
    if (e.language != language) continue;
    for (std::size_t i = 0; i < e.regions.size(); i += 2) {
      if (e.regions.substr(i, 2) == region) return e.forms;
    }
  }
  return {};
}

std::string_view RegionalForms::month(int m) const {
  std::string_view rest = months;
  for (int i = 1; i < m && !rest.empty(); ++i) {
    const std::size_t bar = rest.find('|');
    rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
  }
  return rest.substr(0, rest.find('|'));
}

LabelTable label_table(std::string_view language) {
  LabelTable t = builtin_label_table(language);
  return t.empty() ? view(kEnglish) : t;
}

}  // namespace cr::render
