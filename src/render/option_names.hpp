// render/option_names: what to call option A and option B ("Rust", "Go").
// From the slug ("rust-vs-go") mapped back to the title's own spelling ("Rust vs Go for ..."),
// then "X vs Y" in the title; empty when neither works (the article then uses its labels,
// "Option A"/"Option B"). The caller's optionA/optionB win over all of it.
#pragma once

#include <string>
#include <string_view>

namespace cr::render {

struct OptionNames {
  std::string a;
  std::string b;
  bool a_is_label = false;  // `a` is the labels' "Option A", in their language, not the article's
  bool b_is_label = false;
};

OptionNames option_names(std::string_view title, std::string_view slug);

}  // namespace cr::render
