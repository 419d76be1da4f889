// render/article: the whole <article> for one comparison.
//   <article lang dir>  <header> h1 title, description, published/updated <time datetime> </header>
//   <div class="cr-body"> the markdown, headings below the h1 </div>  the feature matrix  </article>
// Every id carries the caller's prefix, so two articles can share a page.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/buffer.hpp"
#include "core/limits.hpp"
#include "core/result.hpp"
#include "markdown/options.hpp"
#include "markdown/toc.hpp"
#include "model/comparison.hpp"
#include "render/labels.hpp"
#include "render/language.hpp"

namespace cr::render {

struct ArticleOptions {
  std::string option_a;             // column names; "" = from the slug and title
  std::string option_b;
  int heading_offset = 0;  // the outline one level deeper per step: title h(1 + n), headings from h(2 + n)
  markdown::RawHtml raw_html = markdown::RawHtml::sanitize;
  std::string id_prefix = std::string(markdown::kDefaultIdPrefix);
  LabelOverrides labels;            // overrides of the built-in words
  std::string label_language;                 // built-in words of this language ("" = the article's)
  Limits limits;
};

struct Article {
  Buffer html;
  Language language;
  markdown::Toc toc;
  std::vector<std::string> warnings;
};

// Errors: too_large (output limit), internal.
Result<Article> render_article(const model::Comparison& comparison, const ArticleOptions& options);

}  // namespace cr::render
