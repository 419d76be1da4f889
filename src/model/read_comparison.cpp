#include "model/read_comparison.hpp"

#include <cmath>
#include <cstdint>
#include <optional>

#include "core/json_pointer.hpp"
#include "core/message.hpp"
#include "core/number_text.hpp"
#include "model/fields.hpp"
#include "model/read_matrix.hpp"
#include "payload/revive.hpp"

namespace cr::model {

namespace {

using payload::Graph;
using payload::Handle;
using payload::Kind;
namespace sentinel = payload::sentinel;
namespace jp = json_pointer;

// How far below the root the search for comparisons looks, and how many values it visits:
// enough for data -> key -> {items: [...]} wrappers, bounded for hostile payloads.
constexpr int kSearchDepth = 5;
constexpr std::size_t kSearchVisits = 20000;

struct Candidate {
  Handle object;
  std::uint32_t item;  // where the search found it (Reader::items_)
};

std::string quote_list(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < 20; ++i) {
    if (i) out += ", ";
    out += '"';
    out += items[i];
    out += '"';
  }
  if (items.size() > 20) out += ", ...";
  return out;
}

class Reader {
 public:
  Reader(const payload::Payload& p, const ReadOptions& o) : p_(p), g_(*p.graph), fields_(g_), opt_(o) {}

  Result<Comparison> read() {
    auto root = g_.unwrap(g_.root());
    if (!root.ok()) return root.error();
    std::vector<Candidate> found;
    Status search_error = search(root.value(), found);
    if (found.empty()) return nothing_found(root.value(), search_error);
    const Candidate* chosen = &found[0];
    if (!opt_.slug.empty()) {
      chosen = pick_by_slug(found);
      if (!chosen) {
        std::vector<std::string> slugs;
        for (const auto& c : found) slugs.push_back(slug_of(c));
        return make_error(ErrorCode::not_a_comparison,
                          message({"No comparison in the payload has the slug \"", opt_.slug, "\"; it holds ",
                                   quote_list(slugs), "."}));
      }
    }
    return read_one(*chosen);
  }

 private:
  bool has_key(Handle object, std::string_view key) {
    const auto& tape = g_.tape();
    const auto& tok = tape[object];
    for (std::uint32_t k = object + 1; k < tok.next; k = tape[k + 1].next) {
      if (payload::string_equals(tape, k, key)) return true;
    }
    return false;
  }

  bool is_comparison(Handle h) {
    return g_.kind(h) == Kind::object &&
           (has_key(h, "feature_matrix") ||
            (has_key(h, "title") && (has_key(h, "content_md") || has_key(h, "slug"))));
  }

  // What the search visited: a value, where it came from (a member's key token, or an index
  // into an array), and how deep. Paths and keys are built from these only when needed.
  static constexpr std::uint32_t kRoot = 0xFFFFFFFF;
  struct Item {
    Handle h;
    std::uint32_t parent;  // index into items_, or kRoot
    std::uint32_t key;     // an object member's key token, or an array index
    bool in_array;
    int depth;
  };

  std::string path_of(std::uint32_t i) const {
    std::vector<std::uint32_t> chain;  // the root (parent kRoot) adds nothing to the path
    for (; i != kRoot && items_[i].parent != kRoot; i = items_[i].parent) chain.push_back(i);
    std::string path;
    std::string scratch;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      const Item& item = items_[*it];
      if (item.in_array) jp::append_index(path, item.key);
      else jp::append_key(path, payload::string_view_of(g_.tape(), item.key, scratch));
    }
    return path;
  }

  // The data key a value was found under: an object member's own key; for an array element,
  // its array's key, or its index when that has none.
  std::string key_of(std::uint32_t i) const {
    std::uint32_t index = 0;
    bool from_array = false;
    for (; i != kRoot && items_[i].parent != kRoot; i = items_[i].parent) {
      const Item& item = items_[i];
      if (!item.in_array) {
        std::string scratch;
        std::string key(payload::string_view_of(g_.tape(), item.key, scratch));
        if (!key.empty()) return key;
        break;
      }
      index = item.key;
      from_array = true;
    }
    return from_array ? std::to_string(index) : std::string();
  }

  // Breadth-first through objects and arrays below the root, `data` first, collecting
  // comparisons in document order. Returns the first reference error met on the way.
  Status search(Handle root, std::vector<Candidate>& found) {
    const auto& tape = g_.tape();
    std::vector<std::uint64_t> seen((tape.size() + 63) / 64);
    Status first_error;
    items_.reserve(16);
    items_.push_back(Item{root, kRoot, 0, false, 0});
    for (std::uint32_t i = 0; i < items_.size() && i < kSearchVisits; ++i) {
      const Item item = items_[i];
      auto unwrapped = g_.unwrap(item.h);
      if (!unwrapped.ok()) { if (!first_error) first_error = at_path(i, unwrapped.error()); continue; }
      Handle h = unwrapped.value();
      if (h >= sentinel::first) continue;
      std::uint64_t& word = seen[h / 64];
      const std::uint64_t bit = std::uint64_t{1} << (h % 64);
      if (word & bit) continue;
      word |= bit;
      Kind kind = g_.kind(h);
      if (kind == Kind::object) {
        if (is_comparison(h)) { found.push_back({h, i}); continue; }
        if (item.depth >= kSearchDepth) continue;
        // Nuxt's page data lives under `data`: look there before state, _errors and the rest.
        for (int pass = 0; pass < 2; ++pass) {
          for (std::uint32_t k = h + 1; k < tape[h].next; k = tape[k + 1].next) {
            const bool data = payload::string_equals(tape, k, "data");
            if (data != (pass == 0)) continue;
            if (payload::string_equals(tape, k, "_errors") || payload::string_equals(tape, k, "error")) continue;
            auto child = g_.follow(k + 1);
            if (!child.ok()) {
              if (!first_error) {
                std::string scratch;
                first_error = at(jp::child(path_of(i), payload::string_view_of(tape, k, scratch)), child.error());
              }
              continue;
            }
            items_.push_back(Item{child.value(), i, k, false, item.depth + 1});
          }
        }
      } else if (kind == Kind::tagged) {
        // A value of a type no reviver knows: devalue refuses the whole payload for it, so it
        // is the answer when no comparison turns up.
        std::string tag_scratch;
        std::string_view tag = g_.tag(h, tag_scratch);
        if (!payload::is_known_tag(tag) && !first_error) {
          first_error = make_error(ErrorCode::unknown_type, payload::unknown_type_message(tag), path_of(i));
        }
      } else if (kind == Kind::array && item.depth < kSearchDepth) {
        auto elements = g_.elements(h, static_cast<std::uint32_t>(kSearchVisits));
        if (!elements.ok()) { if (!first_error) first_error = at_path(i, elements.error()); continue; }
        for (std::size_t e = 0; e < elements.value().size(); ++e) {
          items_.push_back(Item{elements.value()[e], i, static_cast<std::uint32_t>(e), true, item.depth + 1});
        }
      }
    }
    return first_error;
  }

  Error at_path(std::uint32_t item, Error e) const { return at(path_of(item), std::move(e)); }

  std::string string_member(Handle object, std::string_view key) {
    auto m = g_.member(object, key);
    if (!m.ok() || !m.value()) return {};
    auto v = g_.unwrap(*m.value());
    if (!v.ok() || g_.kind(v.value()) != Kind::string) return {};
    return std::string(g_.string(v.value(), scratch_));
  }

  std::string slug_of(const Candidate& c) {
    std::string s = string_member(c.object, "slug");
    return s.empty() ? key_of(c.item) : s;
  }

  const Candidate* pick_by_slug(const std::vector<Candidate>& found) {
    for (const auto& c : found) if (string_member(c.object, "slug") == opt_.slug) return &c;
    for (const auto& c : found) {
      std::string key = key_of(c.item);
      if (key == opt_.slug || key == "comparison-" + opt_.slug) return &c;
    }
    return nullptr;
  }

  // Why a payload without a comparison has none, as precisely as the payload says.
  Error nothing_found(Handle root, const Status& search_error) {
    if (g_.kind(root) == Kind::object) {
      if (Status e = error_page(root)) return *e;
      if (Status e = failed_fetch(root)) return *e;
    }
    if (!p_.data_src.empty()) {
      return make_error(ErrorCode::payload_external,
                        message({"The page keeps its data in an external payload, ", p_.data_src,
                                 "; fetch that _payload.json and render it instead."}));
    }
    if (search_error) return *search_error;
    std::string what;
    if (g_.kind(root) == Kind::object) {
      Handle where = root;
      std::string label = "top-level keys";
      auto data = g_.member(root, "data");
      if (data.ok() && data.value()) {
        auto d = g_.unwrap(*data.value());
        if (d.ok() && g_.kind(d.value()) == Kind::object) { where = d.value(); label = "keys under data"; }
      }
      std::vector<std::string> keys;
      for (std::uint32_t k : g_.keys(where)) keys.emplace_back(payload::string_view_of(g_.tape(), k, scratch_));
      what = keys.empty() ? message({" It has no ", label, "."}) : message({" Its ", label, ": ", quote_list(keys), "."});
    }
    return make_error(ErrorCode::not_a_comparison,
                      message({"The payload holds no comparison (an object with a feature_matrix, or a title with a content_md or "
                               "a slug).",
                               what}));
  }

  // A short description of a NuxtError's carried object: "404 Page not found: message".
  std::string describe_nuxt_error(Handle h) {
    auto v = g_.unwrap(h);
    if (!v.ok() || g_.kind(v.value()) != Kind::object) return {};
    Handle e = v.value();
    std::string status;
    for (std::string_view key : {"statusCode", "status"}) {
      auto m = g_.member(e, key);
      if (m.ok() && m.value()) {
        auto n = g_.unwrap(*m.value());
        if (n.ok() && g_.kind(n.value()) == Kind::number) {
          number_text::append(status, g_.number(n.value()));
          break;
        }
      }
    }
    std::string text = string_member(e, "statusMessage");
    if (text.empty()) text = string_member(e, "statusText");
    std::string message = string_member(e, "message");
    std::string out = status;
    if (!text.empty()) out += (out.empty() ? "" : " ") + text;
    if (!message.empty() && message != text) out += (out.empty() ? "" : ": ") + message;
    return out;
  }

  Status error_page(Handle root) {
    auto m = g_.member(root, "error");
    if (!m.ok() || !m.value()) return std::nullopt;
    Kind k = g_.kind(*m.value());
    if (k == Kind::undefined || k == Kind::null || (k == Kind::boolean && !g_.boolean(*m.value()))) {
      return std::nullopt;
    }
    std::string what = describe_nuxt_error(*m.value());
    return make_error(ErrorCode::error_page,
                      message({"The payload is a Nuxt error page", what.empty() ? "" : " (", what, what.empty() ? "" : ")",
                               ", not a comparison."}),
                      "/error");
  }

  Status failed_fetch(Handle root) {
    auto m = g_.member(root, "_errors");
    if (!m.ok() || !m.value()) return std::nullopt;
    auto errors = g_.unwrap(*m.value());
    if (!errors.ok() || g_.kind(errors.value()) != Kind::object) return std::nullopt;
    for (std::uint32_t k : g_.keys(errors.value())) {
      std::string key(payload::string_view_of(g_.tape(), k, scratch_));
      auto v = g_.follow(k + 1);
      if (!v.ok()) continue;
      Kind kind = g_.kind(v.value());
      if (kind == Kind::undefined || kind == Kind::null) continue;
      std::string what = describe_nuxt_error(v.value());
      return make_error(ErrorCode::fetch_failed,
                        message({"The page has no comparison because its data fetch \"", key, "\" failed",
                                 what.empty() ? "" : " (", what, what.empty() ? "" : ")", "."}),
                        jp::child("/_errors", key));
    }
    return std::nullopt;
  }

  // ---- reading one comparison ----

  Status optional_text(std::uint32_t token, std::string_view key, const std::string& path, Comparison& c,
                       std::string_view& out) {
    auto f = fields_.field_at(token, key, path);
    if (!f.ok()) return f.error();
    if (!f.value()) return std::nullopt;
    auto text = fields_.text_of(*f.value(), c.storage);
    if (!text) {
      c.warnings.push_back(message({"\"", key, "\" at ", jp::child(path, key), " is ", kind_name(g_, *f.value()),
                                    ", not a string; it was ignored."}));
      out = {};
      return std::nullopt;
    }
    out = *text;
    return std::nullopt;
  }

  Result<Comparison> read_one(const Candidate& c) {
    Comparison out;
    const std::string path = path_of(c.item);
    Handle obj = c.object;
    enum { kTitle, kSlug, kDescription, kContent, kLocale, kMetaTitle, kMetaDescription, kCreated, kUpdated,
           kPublished, kMatrix, kFields };
    std::uint32_t at_[kFields];
    if (Status e = g_.members(obj, {"title", "slug", "description", "content_md", "locale", "meta_title",
                                    "meta_description", "created_at", "updated_at", "published", "feature_matrix"},
                              at_)) {
      return at(path, *e);
    }
    if (Status e = fields_.required_text(at_[kTitle], "title", path, out.storage, out.title)) return *e;
    if (out.title.find_first_not_of(" \t\n\r") == std::string_view::npos) {
      return make_error(ErrorCode::missing_field, "The comparison's \"title\" is empty.", jp::child(path, "title"));
    }
    struct Optional { int field; std::string_view key; std::string_view* target; };
    for (const Optional& o : {Optional{kSlug, "slug", &out.slug}, Optional{kDescription, "description", &out.description},
                              Optional{kContent, "content_md", &out.content_md}, Optional{kLocale, "locale", &out.locale},
                              Optional{kMetaTitle, "meta_title", &out.meta_title},
                              Optional{kMetaDescription, "meta_description", &out.meta_description},
                              Optional{kCreated, "created_at", &out.created_at},
                              Optional{kUpdated, "updated_at", &out.updated_at}}) {
      if (Status e = optional_text(at_[o.field], o.key, path, out, *o.target)) return *e;
    }
    if (out.content_md.size() > opt_.limits.max_markdown_bytes) {
      return make_error(ErrorCode::too_large,
                        message({"The comparison's markdown is ", Count(out.content_md.size(), "byte"),
                                 ", over the limit of ", Count(opt_.limits.max_markdown_bytes, "byte"),
                                 " (limits.maxMarkdownBytes)."}),
                        jp::child(path, "content_md"));
    }
    if (out.locale.empty()) out.locale = "en";
    if (out.slug.empty()) {
      std::string key = key_of(c.item);
      if (key.rfind("comparison-", 0) == 0) out.slug = out.storage.store(std::string_view(key).substr(11));
    }
    if (out.meta_title.empty()) out.meta_title = out.title;
    if (out.meta_description.empty()) out.meta_description = out.description;

    auto published = fields_.field_at(at_[kPublished], "published", path);
    if (!published.ok()) return published.error();
    if (published.value() && g_.kind(*published.value()) == Kind::boolean && !g_.boolean(*published.value())) {
      out.published = false;
      out.warnings.push_back("The comparison is marked unpublished (published: false).");
    }
    if (Status e = read_matrix(g_, at_[kMatrix], path, opt_.limits, out)) return *e;
    return out;
  }

  const payload::Payload& p_;
  const Graph& g_;
  const Fields fields_;
  const ReadOptions& opt_;
  std::string scratch_;
  std::vector<Item> items_;  // what search() visited
};

}  // namespace

Result<Comparison> read_comparison(const payload::Payload& payload, const ReadOptions& options) {
  return Reader(payload, options).read();
}

}  // namespace cr::model
