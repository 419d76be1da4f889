#include "render/article.hpp"

#include <algorithm>

#include "core/ascii.hpp"
#include "core/message.hpp"
#include "core/utf8.hpp"
#include "html/writer.hpp"
#include "markdown/markdown_html.hpp"
#include "render/dates.hpp"
#include "render/labels.hpp"
#include "render/matrix_table.hpp"
#include "render/option_names.hpp"

namespace cr::render {

namespace {

constexpr std::string_view kTitleId = "title";

// One dated line item: "Published <time datetime="...">22 January 2026</time>".
void write_date(Buffer& out, const Labels& labels, Label label, std::string_view value,
                std::string_view field, std::vector<std::string>& warnings) {
  html::HtmlWriter w(out);
  w.markup("<span class=\"cr-date\">").text(labels.word(label)).markup(" ");
  if (auto d = parse_iso_date(value)) {
    w.start("time").attribute("datetime", d->datetime).end_start();
    labels.append_date_html(out, *d);
    w.markup("</time>");
  } else {
    warnings.push_back(message({"\"", field, "\" (\"", value, "\") is not an ISO 8601 date; it is shown as given."}));
    w.text(value);
  }
  w.markup("</span>");
}

}  // namespace

Result<Article> render_article(const model::Comparison& c, const ArticleOptions& o) {
  Article article;
  article.warnings = c.warnings;
  article.language = parse_language(c.locale);
  if (!article.language.valid) {
    article.warnings.push_back(
        message({"The locale \"", c.locale, "\" is not a language tag; the article is marked as English (en)."}));
  }
  const Language& lang = article.language;
  Labels labels(lang, o.labels, o.label_language);
  if (labels.label_language_unknown()) {
    article.warnings.push_back(message({"There are no built-in words for the label language \"", o.label_language,
                                        "\"; English ones are used where labels gives none."}));
  }
  for (const auto& [key, value] : o.labels) {
    if (!Labels::is_known_key(key)) article.warnings.push_back(message({"The label \"", key, "\" is not one the renderer uses."}));
    else if (key == "digits" && !Labels::takes(key, value)) {
      article.warnings.push_back("The label \"digits\" is not ten visible characters for 0 to 9; the locale's own digits are used instead.");
    } else if (!Labels::takes(key, value)) {
      article.warnings.push_back(message({"The label \"", key, "\" is blank; the built-in words are used instead."}));
    }
  }

  OptionNames names = option_names(c.title, c.slug);
  const auto take_name = [&](const std::string& given, std::string_view option, std::string& name) {
    if (!utf8::is_blank(given)) name = given;
    else if (!given.empty()) article.warnings.push_back(message({"The option \"", option, "\" is blank; it was ignored."}));
  };
  take_name(o.option_a, "optionA", names.a);
  take_name(o.option_b, "optionB", names.b);
  constexpr std::string_view kByLabels =
      "the matrix calls them by the words for \"Option A\" and \"Option B\" (the optionA and optionB options can name them).";
  if ((names.a.empty() || names.b.empty()) && !c.rows.empty()) {
    article.warnings.push_back(message({"The title does not name the two options (as in \"A vs B\"): ", kByLabels}));
  } else if (ascii_iequals(names.a, names.b) && !c.rows.empty()) {
    // Two columns and every verdict would read the same name: the labels' words tell them apart.
    article.warnings.push_back(message({"Both options are named \"", excerpt(names.a), "\": ", kByLabels}));
    names.a.clear();
    names.b.clear();
  }
  if ((names.a_is_label = names.a.empty())) names.a = std::string(labels.word(Label::optionA));
  if ((names.b_is_label = names.b.empty())) names.b = std::string(labels.word(Label::optionB));

  Buffer& out = article.html;
  out.reserve(c.content_md.size() + c.content_md.size() / 4 + c.rows.size() * 160 + 2048);
  html::HtmlWriter w(out);
  w.start("article").markup(" class=\"cr-article\"").attribute("lang", lang.tag)
      .markup(lang.rtl ? " dir=\"rtl\"" : " dir=\"ltr\"")
      .id_attribute("aria-labelledby", o.id_prefix, kTitleId).end_start().markup("\n");
  const char title_level = static_cast<char>('1' + std::clamp(o.heading_offset, 0, 5));
  w.markup("<header class=\"cr-header\">\n<h").markup({&title_level, 1}).markup(" class=\"cr-title\"").id_attribute("id", o.id_prefix, kTitleId).end_start();
  w.text(c.title).markup("</h").markup({&title_level, 1}).markup(">\n");
  if (!c.description.empty()) w.markup("<p class=\"cr-description\">").text(c.description).markup("</p>\n");
  bool updated = !c.updated_at.empty() && c.updated_at.substr(0, 10) != c.created_at.substr(0, 10);
  if (!c.created_at.empty() || updated) {
    w.markup("<p class=\"cr-dates\"").markup(labels.foreign_attributes()).markup(">");
    if (!c.created_at.empty()) write_date(out, labels, Label::published, c.created_at, "created_at", article.warnings);
    if (!c.created_at.empty() && updated) w.markup("<span class=\"cr-dates-separator\" aria-hidden=\"true\"> &#183; </span>");
    if (updated) write_date(out, labels, Label::updated, c.updated_at, "updated_at", article.warnings);
    w.markup("</p>\n");
  }
  w.markup("</header>\n");

  if (!c.content_md.empty()) {
    markdown::Options mo;
    mo.dialect = markdown::Dialect::github;
    mo.raw_html = o.raw_html;
    mo.article = true;
    mo.heading_ids = true;
    mo.sections = true;
    mo.heading_offset = o.heading_offset;
    mo.id_prefix = o.id_prefix;
    mo.title = c.title;
    static constexpr std::string_view kReserved[] = {kTitleId, kMatrixHeadingId, kMatrixSummaryId, kMatrixCaptionId};
    mo.reserved_ids = kReserved;
    mo.table_label = labels.word(Label::table);
    mo.task_done_label = labels.word(Label::taskDone);
    mo.task_open_label = labels.word(Label::taskOpen);
    mo.code_label = labels.word(Label::code);
    mo.code_language_label = labels.word(Label::codeLanguage);
    mo.label_attributes = labels.foreign_attributes();
    mo.max_output_bytes = o.limits.max_output_bytes;
    w.markup("<div class=\"cr-body\">\n");
    if (Status e = markdown::render_markdown(c.content_md, mo, out, &article.toc)) return *e;
    w.markup("</div>\n");
  }

  w.markup("<section class=\"cr-matrix-section\">\n");
  write_matrix(out,
               MatrixContext{c, names, labels, o.id_prefix, lang.rtl, markdown::article_section_level(o.heading_offset),
                             o.limits.max_output_bytes},
               article.warnings);
  w.markup("</section>\n");
  w.markup("</article>\n");
  if (out.size() > o.limits.max_output_bytes) {
    return make_error(ErrorCode::too_large, message({"The rendered article would be larger than ",
                                                     Decimal(o.limits.max_output_bytes), " bytes (limits.maxOutputBytes)."}));
  }
  return article;
}

}  // namespace cr::render
