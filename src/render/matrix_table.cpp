#include "render/matrix_table.hpp"

#include <cstdint>
#include <cstring>

#include "core/ascii.hpp"
#include "core/message.hpp"
#include "core/utf8.hpp"
#include "html/escape.hpp"
#include "html/writer.hpp"

namespace cr::render {

namespace {

using html::HtmlWriter;
using model::Winner;

// Payload text in a cell: isolated when its direction may differ from the article's.
void cell_text(Buffer& out, std::string_view text, bool rtl) {
  if (needs_isolation(text, rtl)) {
    out.append("<bdi>", 5);
    html::append_escaped(out, text);
    out.append("</bdi>", 6);
  } else {
    html::append_escaped(out, text);
  }
}

// A row's verdict, with an unknown winner matched against the option names.
Winner verdict(const model::MatrixRow& row, const OptionNames& names) {
  if (row.winner != Winner::unknown) return row.winner;
  if (ascii_iequals(row.winner_text, names.a)) return Winner::a;
  if (ascii_iequals(row.winner_text, names.b)) return Winner::b;
  return Winner::none;
}

}  // namespace

bool needs_isolation(std::string_view text, bool rtl_context) {
  if (rtl_context) {
    for (char c : text) {
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return true;
    }
    return false;
  }
  // Hebrew, Arabic, Syriac, Thaana, NKo (U+0590-U+07FF: lead bytes D6-DF) and the Hebrew and
  // Arabic presentation forms (U+FB1D-U+FDFF, U+FE70-U+FEFF: EF AC..BB). ASCII text has none.
  std::size_t start = 0;
  while (start + 8 <= text.size()) {
    std::uint64_t w;
    std::memcpy(&w, text.data() + start, 8);
    if (w & 0x8080808080808080ULL) break;
    start += 8;
  }
  for (std::size_t i = start; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0xD6 && c <= 0xDF) return true;
    if (c == 0xEF && i + 1 < text.size()) {
      auto c1 = static_cast<unsigned char>(text[i + 1]);
      if (c1 >= 0xAC && c1 <= 0xBB) return true;
    }
  }
  return false;
}

void write_matrix(Buffer& out, const MatrixContext& m, std::vector<std::string>& warnings) {
  const auto& rows = m.comparison.rows;
  const Labels& L = m.labels;
  html::HtmlWriter w(out);
  const bool rtl = m.rtl;
  // An option's name in a sentence of the labels: the article's text, unless it is the labels'
  // own "Option A".
  auto name_arg = [&](std::string_view key, bool b) {
    const std::string& name = b ? m.names.b : m.names.a;
    return Arg{key, name, needs_isolation(name, rtl), !(b ? m.names.b_is_label : m.names.a_is_label)};
  };

  const std::string_view foreign = L.foreign_attributes();
  const char level[] = {'h', static_cast<char>('0' + m.heading_level)};
  w.start({level, 2}).id_attribute("id", m.id_prefix, kMatrixHeadingId).markup(" class=\"cr-matrix-heading\"").markup(foreign).markup(">");
  w.text(L.word(Label::featureComparison)).markup("</").markup({level, 2}).markup(">\n");

  if (rows.empty()) {
    w.markup("<p class=\"cr-matrix-empty\"").markup(foreign).markup(">").text(L.word(Label::emptyMatrix)).markup("</p>\n");
    return;
  }

  // Count the verdicts first: the summary comes before the table. Rows with an unknown winner
  // are named in a warning each, the first kNamedUnknownWinners of them; the rest are counted.
  constexpr std::uint64_t kNamedUnknownWinners = 10;
  std::uint64_t wins_a = 0, wins_b = 0, ties = 0, none = 0, unknown = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    Winner v = verdict(rows[i], m.names);
    if (v == Winner::none && rows[i].winner == Winner::unknown && ++unknown <= kNamedUnknownWinners) {
      warnings.push_back(message({"Row ", Decimal(i), " (\"", excerpt(rows[i].feature), "\") has an unknown winner \"",
                                  excerpt(rows[i].winner_text), "\" at ", m.comparison.matrix_path, "/",
                                  Decimal(i), "/winner; it is shown as no verdict."}));
    }
    switch (v) {
      case Winner::a: ++wins_a; break;
      case Winner::b: ++wins_b; break;
      case Winner::tie: ++ties; break;
      default: ++none; break;
    }
  }

  if (unknown == kNamedUnknownWinners + 1) {
    warnings.push_back("1 more row has an unknown winner; it is shown as no verdict.");
  } else if (unknown > kNamedUnknownWinners) {
    warnings.push_back(message({Decimal(unknown - kNamedUnknownWinners),
                                " more rows have an unknown winner; they are shown as no verdict."}));
  }

  // The summary sentence.
  const std::uint64_t total = rows.size();
  std::string total_s = L.number(total);
  w.start("p").id_attribute("id", m.id_prefix, kMatrixSummaryId).markup(" class=\"cr-matrix-summary\"").markup(foreign).markup(">");
  const bool a_leads = wins_a >= wins_b;
  std::uint64_t lead_count = a_leads ? wins_a : wins_b, other_count = a_leads ? wins_b : wins_a;
  std::string lead_s = L.number(lead_count), other_s = L.number(other_count);
  if (lead_count == 0) {
    L.append_count_html(out, Label::summaryNone, total, {{"total", total_s, false}});
  } else if (wins_a == wins_b) {
    L.append_count_html(out, Label::summaryEven, total,
                        {name_arg("a", false), name_arg("b", true), {"count", lead_s, false}, {"total", total_s, false}});
  } else if (other_count == 0) {
    L.append_count_html(out, Label::summaryLeadAlone, total,
                        {name_arg("leader", !a_leads), {"count", lead_s, false}, {"total", total_s, false}});
  } else {
    L.append_count_html(out, Label::summaryLead, total,
                        {name_arg("leader", !a_leads), {"count", lead_s, false}, {"total", total_s, false},
                         name_arg("other", a_leads), {"otherCount", other_s, false}});
  }
  if (ties) {
    L.append_html(out, Label::summarySeparator, {});
    std::string n = L.number(ties);
    L.append_count_html(out, Label::summaryTies, ties, {{"count", n, false}});
  }
  if (none) {
    L.append_html(out, Label::summarySeparator, {});
    std::string n = L.number(none);
    L.append_count_html(out, Label::summaryNoVerdict, none, {{"count", n, false}});
  }
  L.append_html(out, Label::summaryEnd, {});
  w.markup("</p>\n");

  // The table in its scroll region.
  w.markup("<div class=\"cr-matrix-scroll\" role=\"region\"")
      .id_attribute("aria-labelledby", m.id_prefix, kMatrixCaptionId)
      .markup(" tabindex=\"0\">\n<table class=\"cr-matrix\"")
      .id_attribute("aria-describedby", m.id_prefix, kMatrixSummaryId)
      .markup(">\n<caption")
      .id_attribute("id", m.id_prefix, kMatrixCaptionId)
      .markup(foreign)
      .markup(">");
  L.append_html(out, Label::caption, {name_arg("a", false), name_arg("b", true)});
  // The labels' "Option A" in a cell of the article's language is marked as theirs.
  const std::string_view foreign_a = m.names.a_is_label ? foreign : std::string_view();
  const std::string_view foreign_b = m.names.b_is_label ? foreign : std::string_view();
  w.markup("</caption>\n<thead><tr><th scope=\"col\"").markup(foreign).markup(">").text(L.word(Label::feature)).markup("</th><th scope=\"col\"");
  w.markup(foreign_a).markup(">");
  cell_text(out, m.names.a, rtl);
  w.markup("</th><th scope=\"col\"").markup(foreign_b).markup(">");
  cell_text(out, m.names.b, rtl);
  w.markup("</th><th scope=\"col\"").markup(foreign).markup(">").text(L.word(Label::winner)).markup("</th></tr></thead>\n<tbody>\n");

  // Each row: the feature as its header, both values (the winning one highlighted: the
  // stylesheet adds a decorative check mark), and the verdict in words in its own column.
  // Pieces used on every row are escaped once.
  Buffer verdict_a, verdict_b, verdict_tie, verdict_none, not_stated;
  HtmlWriter(verdict_a).markup("<td class=\"cr-verdict-a\"").markup(foreign_a).markup(">");
  cell_text(verdict_a, m.names.a, rtl);
  HtmlWriter(verdict_b).markup("<td class=\"cr-verdict-b\"").markup(foreign_b).markup(">");
  cell_text(verdict_b, m.names.b, rtl);
  HtmlWriter(verdict_tie).markup("<td class=\"cr-verdict-tie\"").markup(foreign).markup(">").text(L.word(Label::tie));
  HtmlWriter(verdict_none).markup("<td class=\"cr-verdict-none\"").markup(foreign).markup(">").text(L.word(Label::noVerdict));
  if (foreign.empty()) {
    html::append_escaped(not_stated, L.word(Label::notStated));
  } else {  // in a cell of the article's language
    HtmlWriter(not_stated).markup("<span").markup(foreign).markup(">").text(L.word(Label::notStated)).markup("</span>");
  }

  // A value that shows nothing (empty, or only spaces and invisible characters) is "Not stated":
  // no empty header or cell.
  auto text_or_not_stated = [&](std::string_view value) {
    if (utf8::is_blank(value)) out.append(not_stated.view());
    else cell_text(out, value, rtl);
  };
  for (const model::MatrixRow& r : rows) {
    if (out.size() > m.max_output_bytes) return;  // shared rows can make the table far larger than the payload
    const Winner v = verdict(r, m.names);
    out.append("<tr><th scope=\"row\">");
    text_or_not_stated(r.feature);
    out.append(v == Winner::a ? std::string_view("</th><td class=\"cr-win\">") : std::string_view("</th><td>"));
    text_or_not_stated(r.option_a);
    out.append(v == Winner::b ? std::string_view("</td><td class=\"cr-win\">") : std::string_view("</td><td>"));
    text_or_not_stated(r.option_b);
    out.append("</td>");
    switch (v) {
      case Winner::a: out.append(verdict_a.view()); break;
      case Winner::b: out.append(verdict_b.view()); break;
      case Winner::tie: out.append(verdict_tie.view()); break;
      default: out.append(verdict_none.view()); break;
    }
    out.append("</td></tr>\n");
  }
  w.markup("</tbody>\n</table>\n</div>\n");
}

}  // namespace cr::render
