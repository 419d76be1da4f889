#include "render/label_tables.hpp"

// The built-in words, per language. Keys and placeholders are the same in every table; a key a
// table lacks falls back to English. Counted phrases have one entry per CLDR plural category the
// language uses (labels.cpp picks by the number; a missing category falls back to ".other").
// {placeholders}: a, b, leader, other (option names); count, total, otherCount (numbers);
// date: day, month, monthNumber, year.

namespace cr::render {

namespace {

using Table = std::map<std::string, std::string, std::less<>>;

const Table& english() {
  static const Table t = {
      {"featureComparison", "Feature comparison"},
      {"caption", "{a} vs {b}: feature by feature"},
      {"feature", "Feature"},
      {"winner", "Winner"},
      {"tie", "Tie"},
      {"noVerdict", "No verdict"},
      {"notStated", "Not stated"},
      {"winnerMarker", "(winner)"},
      {"published", "Published"},
      {"updated", "Updated"},
      {"emptyMatrix", "No features were compared."},
      {"table", "Table"},
      {"taskDone", "Done:"},
      {"taskOpen", "To do:"},
      {"optionA", "Option A"},
      {"optionB", "Option B"},
      {"summaryLead.one", "{leader} leads in {count} of {total} feature, {other} in {otherCount}"},
      {"summaryLead.other", "{leader} leads in {count} of {total} features, {other} in {otherCount}"},
      {"summaryLeadAlone.one", "{leader} leads in {count} of {total} feature"},
      {"summaryLeadAlone.other", "{leader} leads in {count} of {total} features"},
      {"summaryEven.one", "{a} and {b} each lead in {count} of {total} feature"},
      {"summaryEven.other", "{a} and {b} each lead in {count} of {total} features"},
      {"summaryNone.one", "Neither option leads in the one feature compared"},
      {"summaryNone.other", "Neither option leads in any of the {total} features"},
      {"summaryTies.one", "{count} tie"},
      {"summaryTies.other", "{count} ties"},
      {"summaryNoVerdict.one", "{count} without a verdict"},
      {"summaryNoVerdict.other", "{count} without a verdict"},
      {"summarySeparator", "; "},
      {"summaryEnd", "."},
      {"date", "{day} {month} {year}"},
      {"month.1", "January"}, {"month.2", "February"}, {"month.3", "March"}, {"month.4", "April"},
      {"month.5", "May"}, {"month.6", "June"}, {"month.7", "July"}, {"month.8", "August"},
      {"month.9", "September"}, {"month.10", "October"}, {"month.11", "November"}, {"month.12", "December"},
  };
  return t;
}

const Table& german() {
  static const Table t = {
      {"featureComparison", "Funktionsvergleich"},
      {"caption", "{a} vs. {b}: Merkmal für Merkmal"},
      {"feature", "Merkmal"},
      {"winner", "Sieger"},
      {"tie", "Unentschieden"},
      {"noVerdict", "Kein Urteil"},
      {"notStated", "Keine Angabe"},
      {"winnerMarker", "(Sieger)"},
      {"published", "Veröffentlicht am"},
      {"updated", "Aktualisiert am"},
      {"emptyMatrix", "Es wurden keine Merkmale verglichen."},
      {"table", "Tabelle"},
      {"taskDone", "Erledigt:"},
      {"taskOpen", "Offen:"},
      {"optionA", "Option A"},
      {"optionB", "Option B"},
      {"summaryLead.one", "{leader} liegt bei {count} von {total} Merkmal vorn, {other} bei {otherCount}"},
      {"summaryLead.other", "{leader} liegt bei {count} von {total} Merkmalen vorn, {other} bei {otherCount}"},
      {"summaryLeadAlone.one", "{leader} liegt bei {count} von {total} Merkmal vorn"},
      {"summaryLeadAlone.other", "{leader} liegt bei {count} von {total} Merkmalen vorn"},
      {"summaryEven.one", "{a} und {b} liegen bei je {count} von {total} Merkmal vorn"},
      {"summaryEven.other", "{a} und {b} liegen bei je {count} von {total} Merkmalen vorn"},
      {"summaryNone.one", "Keine Option liegt beim einzigen Merkmal vorn"},
      {"summaryNone.other", "Keine Option liegt bei einem der {total} Merkmale vorn"},
      {"summaryTies.one", "{count}-mal unentschieden"},
      {"summaryTies.other", "{count}-mal unentschieden"},
      {"summaryNoVerdict.one", "{count} ohne Urteil"},
      {"summaryNoVerdict.other", "{count} ohne Urteil"},
      {"summarySeparator", "; "},
      {"summaryEnd", "."},
      {"date", "{day}. {month} {year}"},
      {"month.1", "Januar"}, {"month.2", "Februar"}, {"month.3", "März"}, {"month.4", "April"},
      {"month.5", "Mai"}, {"month.6", "Juni"}, {"month.7", "Juli"}, {"month.8", "August"},
      {"month.9", "September"}, {"month.10", "Oktober"}, {"month.11", "November"}, {"month.12", "Dezember"},
  };
  return t;
}

// French: a no-break space (U+00A0) before ":" and ";" as French typography wants.
const Table& french() {
  static const Table t = {
      {"featureComparison", "Comparaison des fonctionnalités"},
      {"caption", "{a} ou {b}\u00A0: critère par critère"},
      {"feature", "Critère"},
      {"winner", "Gagnant"},
      {"tie", "Égalité"},
      {"noVerdict", "Pas de verdict"},
      {"notStated", "Non précisé"},
      {"winnerMarker", "(gagnant)"},
      {"published", "Publié le"},
      {"updated", "Mis à jour le"},
      {"emptyMatrix", "Aucune fonctionnalité n’a été comparée."},
      {"table", "Tableau"},
      {"taskDone", "Fait\u00A0:"},
      {"taskOpen", "À faire\u00A0:"},
      {"optionA", "Option A"},
      {"optionB", "Option B"},
      {"summaryLead.one", "{leader} l’emporte sur {count} critère sur {total}, {other} sur {otherCount}"},
      {"summaryLead.many", "{leader} l’emporte sur {count} des {total} de critères, {other} sur {otherCount}"},
      {"summaryLead.other", "{leader} l’emporte sur {count} des {total} critères, {other} sur {otherCount}"},
      {"summaryLeadAlone.one", "{leader} l’emporte sur {count} critère sur {total}"},
      {"summaryLeadAlone.many", "{leader} l’emporte sur {count} des {total} de critères"},
      {"summaryLeadAlone.other", "{leader} l’emporte sur {count} des {total} critères"},
      {"summaryEven.one", "{a} et {b} l’emportent chacun sur {count} critère sur {total}"},
      {"summaryEven.other", "{a} et {b} l’emportent chacun sur {count} des {total} critères"},
      {"summaryNone.one", "Aucune option ne l’emporte sur le seul critère comparé"},
      {"summaryNone.other", "Aucune option ne l’emporte sur les {total} critères"},
      {"summaryTies.one", "{count} égalité"},
      {"summaryTies.other", "{count} égalités"},
      {"summaryNoVerdict.one", "{count} sans verdict"},
      {"summaryNoVerdict.other", "{count} sans verdict"},
      {"summarySeparator", "\u00A0; "},
      {"summaryEnd", "."},
      {"date", "{day} {month} {year}"},
      {"day.1", "1er"},
      {"month.1", "janvier"}, {"month.2", "février"}, {"month.3", "mars"}, {"month.4", "avril"},
      {"month.5", "mai"}, {"month.6", "juin"}, {"month.7", "juillet"}, {"month.8", "août"},
      {"month.9", "septembre"}, {"month.10", "octobre"}, {"month.11", "novembre"}, {"month.12", "décembre"},
  };
  return t;
}

const Table& spanish() {
  static const Table t = {
      {"featureComparison", "Comparación de características"},
      {"caption", "{a} frente a {b}: característica por característica"},
      {"feature", "Característica"},
      {"winner", "Ganador"},
      {"tie", "Empate"},
      {"noVerdict", "Sin veredicto"},
      {"notStated", "No indicado"},
      {"winnerMarker", "(ganador)"},
      {"published", "Publicado el"},
      {"updated", "Actualizado el"},
      {"emptyMatrix", "No se comparó ninguna característica."},
      {"table", "Tabla"},
      {"taskDone", "Hecho:"},
      {"taskOpen", "Pendiente:"},
      {"optionA", "Opción A"},
      {"optionB", "Opción B"},
      {"summaryLead.one", "{leader} gana en {count} de {total} característica, {other} en {otherCount}"},
      {"summaryLead.other", "{leader} gana en {count} de {total} características, {other} en {otherCount}"},
      {"summaryLeadAlone.one", "{leader} gana en {count} de {total} característica"},
      {"summaryLeadAlone.other", "{leader} gana en {count} de {total} características"},
      {"summaryEven.one", "{a} y {b} ganan cada uno en {count} de {total} característica"},
      {"summaryEven.other", "{a} y {b} ganan cada uno en {count} de {total} características"},
      {"summaryNone.one", "Ninguna opción gana en la única característica comparada"},
      {"summaryNone.other", "Ninguna opción gana en ninguna de las {total} características"},
      {"summaryTies.one", "{count} empate"},
      {"summaryTies.other", "{count} empates"},
      {"summaryNoVerdict.one", "{count} sin veredicto"},
      {"summaryNoVerdict.other", "{count} sin veredicto"},
      {"summarySeparator", "; "},
      {"summaryEnd", "."},
      {"date", "{day} de {month} de {year}"},
      {"month.1", "enero"}, {"month.2", "febrero"}, {"month.3", "marzo"}, {"month.4", "abril"},
      {"month.5", "mayo"}, {"month.6", "junio"}, {"month.7", "julio"}, {"month.8", "agosto"},
      {"month.9", "septiembre"}, {"month.10", "octubre"}, {"month.11", "noviembre"}, {"month.12", "diciembre"},
  };
  return t;
}

const Table& portuguese() {
  static const Table t = {
      {"featureComparison", "Comparação de recursos"},
      {"caption", "{a} vs. {b}: recurso por recurso"},
      {"feature", "Recurso"},
      {"winner", "Vencedor"},
      {"tie", "Empate"},
      {"noVerdict", "Sem veredito"},
      {"notStated", "Não informado"},
      {"winnerMarker", "(vencedor)"},
      {"published", "Publicado em"},
      {"updated", "Atualizado em"},
      {"emptyMatrix", "Nenhum recurso foi comparado."},
      {"table", "Tabela"},
      {"taskDone", "Feito:"},
      {"taskOpen", "A fazer:"},
      {"optionA", "Opção A"},
      {"optionB", "Opção B"},
      {"summaryLead.one", "{leader} vence em {count} de {total} recurso, {other} em {otherCount}"},
      {"summaryLead.other", "{leader} vence em {count} de {total} recursos, {other} em {otherCount}"},
      {"summaryLeadAlone.one", "{leader} vence em {count} de {total} recurso"},
      {"summaryLeadAlone.other", "{leader} vence em {count} de {total} recursos"},
      {"summaryEven.one", "{a} e {b} vencem em {count} de {total} recurso cada"},
      {"summaryEven.other", "{a} e {b} vencem em {count} de {total} recursos cada"},
      {"summaryNone.one", "Nenhuma opção vence no único recurso comparado"},
      {"summaryNone.other", "Nenhuma opção vence em nenhum dos {total} recursos"},
      {"summaryTies.one", "{count} empate"},
      {"summaryTies.other", "{count} empates"},
      {"summaryNoVerdict.one", "{count} sem veredito"},
      {"summaryNoVerdict.other", "{count} sem veredito"},
      {"summarySeparator", "; "},
      {"summaryEnd", "."},
      {"date", "{day} de {month} de {year}"},
      {"month.1", "janeiro"}, {"month.2", "fevereiro"}, {"month.3", "março"}, {"month.4", "abril"},
      {"month.5", "maio"}, {"month.6", "junho"}, {"month.7", "julho"}, {"month.8", "agosto"},
      {"month.9", "setembro"}, {"month.10", "outubro"}, {"month.11", "novembro"}, {"month.12", "dezembro"},
  };
  return t;
}

// Italian: "funzionalità" does not change in the plural.
const Table& italian() {
  static const Table t = {
      {"featureComparison", "Confronto delle funzionalità"},
      {"caption", "{a} contro {b}: funzionalità per funzionalità"},
      {"feature", "Funzionalità"},
      {"winner", "Vincitore"},
      {"tie", "Pareggio"},
      {"noVerdict", "Nessun verdetto"},
      {"notStated", "Non indicato"},
      {"winnerMarker", "(vincitore)"},
      {"published", "Pubblicato il"},
      {"updated", "Aggiornato il"},
      {"emptyMatrix", "Non è stata confrontata nessuna funzionalità."},
      {"table", "Tabella"},
      {"taskDone", "Fatto:"},
      {"taskOpen", "Da fare:"},
      {"optionA", "Opzione A"},
      {"optionB", "Opzione B"},
      {"summaryLead.other", "{leader} prevale in {count} funzionalità su {total}, {other} in {otherCount}"},
      {"summaryLeadAlone.other", "{leader} prevale in {count} funzionalità su {total}"},
      {"summaryEven.other", "{a} e {b} prevalgono ciascuno in {count} funzionalità su {total}"},
      {"summaryNone.one", "Nessuna opzione prevale nell’unica funzionalità confrontata"},
      {"summaryNone.other", "Nessuna opzione prevale in alcuna delle {total} funzionalità"},
      {"summaryTies.one", "{count} pareggio"},
      {"summaryTies.other", "{count} pareggi"},
      {"summaryNoVerdict.other", "{count} senza verdetto"},
      {"summarySeparator", "; "},
      {"summaryEnd", "."},
      {"date", "{day} {month} {year}"},
      {"month.1", "gennaio"}, {"month.2", "febbraio"}, {"month.3", "marzo"}, {"month.4", "aprile"},
      {"month.5", "maggio"}, {"month.6", "giugno"}, {"month.7", "luglio"}, {"month.8", "agosto"},
      {"month.9", "settembre"}, {"month.10", "ottobre"}, {"month.11", "novembre"}, {"month.12", "dicembre"},
  };
  return t;
}

// Russian: "из N" takes the genitive: из 1 (21, 31...) критерия, из 2..4 / 5..20 критериев.
const Table& russian() {
  static const Table t = {
      {"featureComparison", "Сравнение возможностей"},
      {"caption", "{a} против {b}: сравнение по пунктам"},
      {"feature", "Критерий"},
      {"winner", "Победитель"},
      {"tie", "Ничья"},
      {"noVerdict", "Без вердикта"},
      {"notStated", "Не указано"},
      {"winnerMarker", "(победитель)"},
      {"published", "Опубликовано"},
      {"updated", "Обновлено"},
      {"emptyMatrix", "Критерии для сравнения не указаны."},
      {"table", "Таблица"},
      {"taskDone", "Сделано:"},
      {"taskOpen", "Нужно сделать:"},
      {"optionA", "Вариант А"},
      {"optionB", "Вариант Б"},
      {"summaryLead.one", "{leader} лидирует в {count} из {total} критерия, {other} — в {otherCount}"},
      {"summaryLead.few", "{leader} лидирует в {count} из {total} критериев, {other} — в {otherCount}"},
      {"summaryLead.many", "{leader} лидирует в {count} из {total} критериев, {other} — в {otherCount}"},
      {"summaryLead.other", "{leader} лидирует в {count} из {total} критериев, {other} — в {otherCount}"},
      {"summaryLeadAlone.one", "{leader} лидирует в {count} из {total} критерия"},
      {"summaryLeadAlone.few", "{leader} лидирует в {count} из {total} критериев"},
      {"summaryLeadAlone.many", "{leader} лидирует в {count} из {total} критериев"},
      {"summaryLeadAlone.other", "{leader} лидирует в {count} из {total} критериев"},
      {"summaryEven.one", "{a} и {b} лидируют каждый в {count} из {total} критерия"},
      {"summaryEven.other", "{a} и {b} лидируют каждый в {count} из {total} критериев"},
      {"summaryNone.one", "Ни один вариант не лидирует в единственном критерии"},
      {"summaryNone.other", "Ни один вариант не лидирует ни в одном из {total} критериев"},
      {"summaryTies.one", "{count} ничья"},
      {"summaryTies.few", "{count} ничьи"},
      {"summaryTies.many", "{count} ничьих"},
      {"summaryTies.other", "{count} ничьих"},
      {"summaryNoVerdict.other", "{count} без вердикта"},
      {"summarySeparator", "; "},
      {"summaryEnd", "."},
      {"date", "{day} {month} {year}\u00A0г."},
      {"month.1", "января"}, {"month.2", "февраля"}, {"month.3", "марта"}, {"month.4", "апреля"},
      {"month.5", "мая"}, {"month.6", "июня"}, {"month.7", "июля"}, {"month.8", "августа"},
      {"month.9", "сентября"}, {"month.10", "октября"}, {"month.11", "ноября"}, {"month.12", "декабря"},
  };
  return t;
}

const Table& japanese() {
  static const Table t = {
      {"featureComparison", "機能比較"},
      {"caption", "{a} と {b}：機能ごとの比較"},
      {"feature", "機能"},
      {"winner", "優位"},
      {"tie", "引き分け"},
      {"noVerdict", "判定なし"},
      {"notStated", "記載なし"},
      {"winnerMarker", "（優位）"},
      {"published", "公開日"},
      {"updated", "更新日"},
      {"emptyMatrix", "比較された機能はありません。"},
      {"table", "表"},
      {"taskDone", "完了："},
      {"taskOpen", "未完了："},
      {"optionA", "選択肢A"},
      {"optionB", "選択肢B"},
      {"summaryLead.other", "{total}項目中、{leader}が{count}項目、{other}が{otherCount}項目で優位"},
      {"summaryLeadAlone.other", "{total}項目中、{leader}が{count}項目で優位"},
      {"summaryEven.other", "{total}項目中、{a}と{b}がそれぞれ{count}項目で優位"},
      {"summaryNone.other", "{total}項目のいずれでも優位な選択肢はありません"},
      {"summaryTies.other", "引き分け{count}項目"},
      {"summaryNoVerdict.other", "判定なし{count}項目"},
      {"summarySeparator", "、"},
      {"summaryEnd", "。"},
      {"date", "{year}年{monthNumber}月{day}日"},
  };
  return t;
}

const Table& chinese() {
  static const Table t = {
      {"featureComparison", "功能比较"},
      {"caption", "{a} 与 {b}：逐项比较"},
      {"feature", "功能"},
      {"winner", "胜出方"},
      {"tie", "平局"},
      {"noVerdict", "无结论"},
      {"notStated", "未说明"},
      {"winnerMarker", "（胜出）"},
      {"published", "发布于"},
      {"updated", "更新于"},
      {"emptyMatrix", "没有比较任何功能。"},
      {"table", "表格"},
      {"taskDone", "已完成："},
      {"taskOpen", "待办："},
      {"optionA", "选项 A"},
      {"optionB", "选项 B"},
      {"summaryLead.other", "在 {total} 项功能中，{leader} 领先 {count} 项，{other} 领先 {otherCount} 项"},
      {"summaryLeadAlone.other", "在 {total} 项功能中，{leader} 领先 {count} 项"},
      {"summaryEven.other", "在 {total} 项功能中，{a} 和 {b} 各领先 {count} 项"},
      {"summaryNone.other", "在 {total} 项功能中没有任何选项领先"},
      {"summaryTies.other", "{count} 项平局"},
      {"summaryNoVerdict.other", "{count} 项无结论"},
      {"summarySeparator", "；"},
      {"summaryEnd", "。"},
      {"date", "{year}年{monthNumber}月{day}日"},
  };
  return t;
}

const Table& korean() {
  static const Table t = {
      {"featureComparison", "기능 비교"},
      {"caption", "{a} 대 {b}: 항목별 비교"},
      {"feature", "항목"},
      {"winner", "우위"},
      {"tie", "무승부"},
      {"noVerdict", "판정 없음"},
      {"notStated", "정보 없음"},
      {"winnerMarker", "(우위)"},
      {"published", "게시일"},
      {"updated", "수정일"},
      {"emptyMatrix", "비교한 항목이 없습니다."},
      {"table", "표"},
      {"taskDone", "완료:"},
      {"taskOpen", "할 일:"},
      {"optionA", "옵션 A"},
      {"optionB", "옵션 B"},
      {"summaryLead.other", "{total}개 항목 중 {leader} {count}개, {other} {otherCount}개 항목에서 우위"},
      {"summaryLeadAlone.other", "{total}개 항목 중 {leader} {count}개 항목에서 우위"},
      {"summaryEven.other", "{total}개 항목 중 {a}, {b} 각각 {count}개 항목에서 우위"},
      {"summaryNone.other", "{total}개 항목 모두 우위인 옵션 없음"},
      {"summaryTies.other", "무승부 {count}개"},
      {"summaryNoVerdict.other", "판정 없음 {count}개"},
      {"summarySeparator", ", "},
      {"summaryEnd", "."},
      {"date", "{year}년 {monthNumber}월 {day}일"},
  };
  return t;
}

// Arabic: six plural forms. The counted noun (ميزة, "feature") is singular after 1 and after
// 11..99 (and 100+), dual after 2, plural after 3..10. Digits are Arabic-Indic.
const Table& arabic() {
  static const Table t = {
      {"featureComparison", "مقارنة الميزات"},
      {"caption", "{a} مقابل {b}: مقارنة ميزة بميزة"},
      {"feature", "الميزة"},
      {"winner", "الأفضل"},
      {"tie", "تعادل"},
      {"noVerdict", "بلا حكم"},
      {"notStated", "غير محدد"},
      {"winnerMarker", "(الأفضل)"},
      {"published", "نُشر في"},
      {"updated", "حُدّث في"},
      {"emptyMatrix", "لم تُقارن أي ميزة."},
      {"table", "جدول"},
      {"taskDone", "منجز:"},
      {"taskOpen", "قيد الإنجاز:"},
      {"optionA", "الخيار أ"},
      {"optionB", "الخيار ب"},
      {"summaryLead.zero", "يتفوق {leader} في {count} من أصل {total} ميزة، و{other} في {otherCount}"},
      {"summaryLead.one", "يتفوق {leader} في {count} من أصل ميزة واحدة، و{other} في {otherCount}"},
      {"summaryLead.two", "يتفوق {leader} في {count} من أصل ميزتين، و{other} في {otherCount}"},
      {"summaryLead.few", "يتفوق {leader} في {count} من أصل {total} ميزات، و{other} في {otherCount}"},
      {"summaryLead.many", "يتفوق {leader} في {count} من أصل {total} ميزة، و{other} في {otherCount}"},
      {"summaryLead.other", "يتفوق {leader} في {count} من أصل {total} ميزة، و{other} في {otherCount}"},
      {"summaryLeadAlone.zero", "يتفوق {leader} في {count} من أصل {total} ميزة"},
      {"summaryLeadAlone.one", "يتفوق {leader} في الميزة الوحيدة"},
      {"summaryLeadAlone.two", "يتفوق {leader} في {count} من أصل ميزتين"},
      {"summaryLeadAlone.few", "يتفوق {leader} في {count} من أصل {total} ميزات"},
      {"summaryLeadAlone.many", "يتفوق {leader} في {count} من أصل {total} ميزة"},
      {"summaryLeadAlone.other", "يتفوق {leader} في {count} من أصل {total} ميزة"},
      {"summaryEven.two", "يتفوق كل من {a} و{b} في ميزة واحدة من أصل ميزتين"},
      {"summaryEven.few", "يتفوق كل من {a} و{b} في {count} من أصل {total} ميزات"},
      {"summaryEven.other", "يتفوق كل من {a} و{b} في {count} من أصل {total} ميزة"},
      {"summaryNone.one", "لا يتفوق أي خيار في الميزة الوحيدة"},
      {"summaryNone.two", "لا يتفوق أي خيار في أي من الميزتين"},
      {"summaryNone.few", "لا يتفوق أي خيار في أي من الميزات الـ{total}"},
      {"summaryNone.other", "لا يتفوق أي خيار في أي من الميزات الـ{total}"},
      {"summaryTies.zero", "لا تعادل"},
      {"summaryTies.one", "تعادل واحد"},
      {"summaryTies.two", "تعادلان"},
      {"summaryTies.few", "{count} تعادلات"},
      {"summaryTies.many", "{count} تعادلًا"},
      {"summaryTies.other", "{count} تعادل"},
      {"summaryNoVerdict.zero", "لا ميزات بلا حكم"},
      {"summaryNoVerdict.one", "ميزة واحدة بلا حكم"},
      {"summaryNoVerdict.two", "ميزتان بلا حكم"},
      {"summaryNoVerdict.few", "{count} ميزات بلا حكم"},
      {"summaryNoVerdict.many", "{count} ميزة بلا حكم"},
      {"summaryNoVerdict.other", "{count} ميزة بلا حكم"},
      {"summarySeparator", "؛ "},
      {"summaryEnd", "."},
      {"date", "{day} {month} {year}"},
      {"digits", "٠١٢٣٤٥٦٧٨٩"},
      {"month.1", "يناير"}, {"month.2", "فبراير"}, {"month.3", "مارس"}, {"month.4", "أبريل"},
      {"month.5", "مايو"}, {"month.6", "يونيو"}, {"month.7", "يوليو"}, {"month.8", "أغسطس"},
      {"month.9", "سبتمبر"}, {"month.10", "أكتوبر"}, {"month.11", "نوفمبر"}, {"month.12", "ديسمبر"},
  };
  return t;
}

// Hebrew: one, two and other.
const Table& hebrew() {
  static const Table t = {
      {"featureComparison", "השוואת תכונות"},
      {"caption", "{a} מול {b}: תכונה מול תכונה"},
      {"feature", "תכונה"},
      {"winner", "עדיף"},
      {"tie", "תיקו"},
      {"noVerdict", "ללא הכרעה"},
      {"notStated", "לא צוין"},
      {"winnerMarker", "(עדיף)"},
      {"published", "פורסם"},
      {"updated", "עודכן"},
      {"emptyMatrix", "לא הושוו תכונות."},
      {"table", "טבלה"},
      {"taskDone", "בוצע:"},
      {"taskOpen", "לביצוע:"},
      {"optionA", "אפשרות א׳"},
      {"optionB", "אפשרות ב׳"},
      {"summaryLead.one", "{leader} מוביל ב־{count} מתוך תכונה אחת, {other} ב־{otherCount}"},
      {"summaryLead.two", "{leader} מוביל ב־{count} מתוך שתי תכונות, {other} ב־{otherCount}"},
      {"summaryLead.other", "{leader} מוביל ב־{count} מתוך {total} תכונות, {other} ב־{otherCount}"},
      {"summaryLeadAlone.one", "{leader} מוביל בתכונה היחידה"},
      {"summaryLeadAlone.two", "{leader} מוביל ב־{count} מתוך שתי תכונות"},
      {"summaryLeadAlone.other", "{leader} מוביל ב־{count} מתוך {total} תכונות"},
      {"summaryEven.two", "{a} ו־{b} מובילים כל אחד בתכונה אחת מתוך שתיים"},
      {"summaryEven.other", "{a} ו־{b} מובילים כל אחד ב־{count} מתוך {total} תכונות"},
      {"summaryNone.one", "אף אפשרות אינה מובילה בתכונה היחידה"},
      {"summaryNone.two", "אף אפשרות אינה מובילה באף אחת משתי התכונות"},
      {"summaryNone.other", "אף אפשרות אינה מובילה באף אחת מ־{total} התכונות"},
      {"summaryTies.one", "תיקו אחד"},
      {"summaryTies.other", "{count} תיקו"},
      {"summaryNoVerdict.one", "תכונה אחת ללא הכרעה"},
      {"summaryNoVerdict.two", "שתי תכונות ללא הכרעה"},
      {"summaryNoVerdict.other", "{count} תכונות ללא הכרעה"},
      {"summarySeparator", "; "},
      {"summaryEnd", "."},
      {"date", "{day} ב{month} {year}"},
      {"month.1", "ינואר"}, {"month.2", "פברואר"}, {"month.3", "מרץ"}, {"month.4", "אפריל"},
      {"month.5", "מאי"}, {"month.6", "יוני"}, {"month.7", "יולי"}, {"month.8", "אוגוסט"},
      {"month.9", "ספטמבר"}, {"month.10", "אוקטובר"}, {"month.11", "נובמבר"}, {"month.12", "דצמבר"},
  };
  return t;
}

}  // namespace

const Table* builtin_label_table(std::string_view language) {
  if (language == "en") return &english();
  if (language == "de") return &german();
  if (language == "fr") return &french();
  if (language == "es") return &spanish();
  if (language == "pt") return &portuguese();
  if (language == "it") return &italian();
  if (language == "ru") return &russian();
  if (language == "ja") return &japanese();
  if (language == "zh") return &chinese();
  if (language == "ko") return &korean();
  if (language == "ar") return &arabic();
  if (language == "he" || language == "iw") return &hebrew();
  return nullptr;
}

const Table& label_table(std::string_view language) {
  const Table* t = builtin_label_table(language);
  return t ? *t : english();
}

}  // namespace cr::render
