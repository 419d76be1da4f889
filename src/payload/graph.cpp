#include "payload/graph.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/cold.hpp"
#include "core/json_pointer.hpp"
#include "core/message.hpp"

namespace cr::payload {

namespace {

Error bad_reference(std::initializer_list<std::string_view> what) {
  std::string text = message(what);
  return make_error(ErrorCode::bad_reference, message({"The payload has a reference ", text, "."}));
}

// Prefixes a relative error path with one more step.
Error under(Error e, std::string_view key) {
  std::string p;
  json_pointer::append_key(p, key);
  e.path.insert(0, p);
  return e;
}
Error under(Error e, std::size_t index) {
  std::string p;
  json_pointer::append_index(p, index);
  e.path.insert(0, p);
  return e;
}

// Whether n bytes at a and b are equal: a word at a time (keys are short; memcmp is a call).
bool same_bytes(const char* a, const char* b, std::size_t n) {
  while (n >= 8) {
    std::uint64_t x, y;
    std::memcpy(&x, a, 8);
    std::memcpy(&y, b, 8);
    if (x != y) return false;
    a += 8;
    b += 8;
    n -= 8;
  }
  while (n--) {
    if (*a++ != *b++) return false;
  }
  return true;
}

// The devalue sentinel a negative reference stands for, or 0 when it is none.
Handle sentinel_for(double ref) {
  if (ref == -1) return sentinel::undefined;
  if (ref == -3) return sentinel::nan;
  if (ref == -4) return sentinel::pos_infinity;
  if (ref == -5) return sentinel::neg_infinity;
  if (ref == -6) return sentinel::neg_zero;
  return 0;
}

}  // namespace

bool is_wrapper_tag(std::string_view tag) {
  return tag == "ShallowReactive" || tag == "Reactive" || tag == "Ref" || tag == "ShallowRef" ||
         tag == "NuxtError" || tag == "Island";
}

Result<Graph> Graph::devalue(const JsonTape& tape) {
  Graph g(tape, Format::devalue);
  const JsonToken& root = tape[0];
  if (root.type == JsonType::number) {
    Handle s = sentinel_for(number_value(tape, 0));
    if (!s) {
      return make_error(ErrorCode::bad_payload,
                        "A payload that is a bare number must be -1, -3, -4, -5 or -6 (devalue's "
                        "undefined, NaN, Infinity, -Infinity, -0).");
    }
    g.root_ = s;
    return g;
  }
  if (root.type != JsonType::array || root.next == 1) {
    return make_error(ErrorCode::bad_payload,
                      "A devalue payload must be a non-empty JSON array (its slot 0 is the value).");
  }
  std::size_t slots = 0;  // counted first: one allocation, not one per doubling
  for (std::uint32_t t = 1; t < root.next; t = tape[t].next) ++slots;
  g.slots_.reserve(slots);
  for (std::uint32_t t = 1; t < root.next; t = tape[t].next) g.slots_.push_back(t);
  g.root_ = g.slots_[0];
  return g;
}

Graph Graph::plain(const JsonTape& tape) {
  Graph g(tape, Format::plain);
  g.root_ = 0;
  return g;
}

std::int64_t Graph::slot_index_of(Handle h) const {
  if (format_ != Format::devalue || h >= sentinel::first) return -1;
  // Slots are the root array's children, in token order: binary search.
  std::size_t lo = 0, hi = slots_.size();
  while (lo < hi) {
    std::size_t mid = (lo + hi) / 2;
    if (slots_[mid] < h) lo = mid + 1; else hi = mid;
  }
  return lo < slots_.size() && slots_[lo] == h ? static_cast<std::int64_t>(lo) : -1;
}

Kind Graph::kind_slow(Handle h) const {
  switch (h) {
    case sentinel::undefined: return Kind::undefined;
    case sentinel::hole: return Kind::hole;
    case sentinel::nan: case sentinel::pos_infinity: case sentinel::neg_infinity:
    case sentinel::neg_zero: case sentinel::zero: return Kind::number;
    case sentinel::null: return Kind::null;
    case sentinel::false_: return Kind::boolean;
    case sentinel::empty_string: return Kind::string;
    case sentinel::bigint_zero: return Kind::tagged;
    default: break;
  }
  const JsonToken& tok = (*tape_)[h];
  switch (tok.type) {
    case JsonType::object: return Kind::object;
    case JsonType::string: return Kind::string;
    case JsonType::number: return Kind::number;
    case JsonType::literal_true: case JsonType::literal_false: return Kind::boolean;
    case JsonType::null: return Kind::null;
    case JsonType::array:
      if (format_ == Format::devalue && tok.next > h + 1) {
        const JsonToken& first = (*tape_)[h + 1];
        if (first.type == JsonType::string) return Kind::tagged;
      }
      return Kind::array;
  }
  return Kind::undefined;
}

std::string_view Graph::tag(Handle h, std::string& scratch) const {
  if (h == sentinel::bigint_zero) return "BigInt";
  return string_view_of(*tape_, h + 1, scratch, Surrogates::keep);
}

CR_COLD Result<Handle> Graph::follow_slow(std::uint32_t ref_token) const {
  const JsonToken& tok = (*tape_)[ref_token];
  if (tok.type != JsonType::number) {
    return bad_reference({"that is not a number"});
  }
  double ref = number_value(*tape_, ref_token);
  if (ref >= 0 && ref == std::floor(ref)) {
    if (ref >= static_cast<double>(slots_.size())) {
      return bad_reference({"to slot ", tape_->raw(ref_token), ", past the end of the payload (",
                            Count(slots_.size(), "slot"), ")"});
    }
    return slots_[static_cast<std::size_t>(ref)];
  }
  if (Handle s = sentinel_for(ref)) return s;
  return bad_reference({"(", tape_->raw(ref_token), ") that is neither a slot index nor a devalue constant"});
}

CR_COLD Result<Handle> Graph::unwrap_slow(Handle h) const {
  std::string scratch;
  // Nuxt puts a wrapper or two around a value (ShallowReactive around a Ref). A chain is followed
  // kLongestWrapperChain deep and no further: each row or cell that points into a chain walks it
  // again, and n rows over an n-long chain took quadratic time.
  constexpr std::size_t kLongestWrapperChain = 64;
  Handle chain[kLongestWrapperChain];
  for (std::size_t hops = 0;; ++hops) {
    if (kind(h) != Kind::tagged || h >= sentinel::first) return h;
    std::string_view t = tag(h, scratch);
    const JsonToken& tok = (*tape_)[h];
    std::uint32_t arg = h + 2;  // token of the first argument
    bool has_arg = tok.next > arg;
    if (is_wrapper_tag(t)) {
      if (hops == kLongestWrapperChain) {
        if (std::find(chain, chain + hops, h) != chain + hops) break;  // back where it was: a loop
        return make_error(ErrorCode::too_deep, message({"The payload has more than ", Decimal(kLongestWrapperChain),
                                                        " reviver wrappers (ShallowReactive, Ref, ...) in a row."}));
      }
      chain[hops] = h;
      if (!has_arg) return sentinel::undefined;
      auto next = follow(arg);
      if (!next.ok()) return next.error();
      h = next.value();
      continue;
    }
    if (t == "EmptyRef" || t == "EmptyShallowRef") {
      if (!has_arg) return sentinel::undefined;
      auto carried = follow(arg);
      if (!carried.ok()) return carried.error();
      Handle c = carried.value();
      if (kind(c) != Kind::string) return c;
      std::string s;
      std::string_view text = string(c, s);
      if (text == "_") return sentinel::undefined;
      if (text == "0n") return sentinel::bigint_zero;
      if (text == "null") return sentinel::null;
      if (text == "false") return sentinel::false_;
      if (text == "0" || text == "-0") return sentinel::zero;
      if (text == "\"\"") return sentinel::empty_string;
      return c;  // Nuxt's decode() returns the text itself when it is not JSON it knows
    }
    return h;
  }
  return make_error(ErrorCode::circular_reference,
                    "The payload has a reviver wrapper (ShallowReactive, Ref, ...) that wraps itself.");
}

Result<std::optional<Handle>> Graph::member(Handle object, std::string_view key) const {
  const JsonToken& tok = (*tape_)[object];
  std::optional<std::uint32_t> found;
  for (std::uint32_t k = object + 1; k < tok.next;) {
    std::uint32_t v = k + 1;
    if (string_equals(*tape_, k, key)) found = v;
    if (format_ == Format::devalue && (*tape_)[k].end - (*tape_)[k].begin >= 11 && string_equals(*tape_, k, "__proto__")) {
      return make_error(ErrorCode::forbidden_key,
                        "The payload has an object with a __proto__ key, which devalue refuses "
                        "(prototype pollution).",
                        "/__proto__");
    }
    k = (*tape_)[v].next;
  }
  if (!found) return std::optional<Handle>();
  auto h = follow(*found);
  if (!h.ok()) return under(h.error(), key);
  return std::optional<Handle>(h.value());
}

Status Graph::members(Handle object, std::initializer_list<std::string_view> keys, std::uint32_t* found) const {
  const std::size_t n = keys.size();
  for (std::size_t i = 0; i < n; ++i) found[i] = kAbsent;
  const JsonTape& tape = *tape_;
  const JsonToken& tok = tape[object];
  std::string scratch;
  for (std::uint32_t k = object + 1; k < tok.next;) {
    const std::uint32_t v = k + 1;
    const JsonToken& key_token = tape[k];
    // Most keys hold no escape: compare their bytes in place, length and first byte first.
    std::string_view key = key_token.escaped ? string_view_of(tape, k, scratch, Surrogates::keep)
                                             : std::string_view(tape.text.data() + key_token.begin + 1,
                                                                key_token.end - key_token.begin - 2);
    if (format_ == Format::devalue && key.size() == 9 && key == "__proto__") {
      return make_error(ErrorCode::forbidden_key,
                        "The payload has an object with a __proto__ key, which devalue refuses "
                        "(prototype pollution).",
                        "/__proto__");
    }
    std::size_t i = 0;
    for (std::string_view want : keys) {
      if (key.size() == want.size() && same_bytes(key.data(), want.data(), key.size())) found[i] = v;
      ++i;
    }
    k = tape[v].next;
  }
  return std::nullopt;
}

std::vector<std::uint32_t> Graph::keys(Handle object) const {
  std::vector<std::uint32_t> out;
  const JsonToken& tok = (*tape_)[object];
  for (std::uint32_t k = object + 1; k < tok.next; k = (*tape_)[k + 1].next) out.push_back(k);
  return out;
}

bool Graph::is_hole(std::uint32_t token) const {
  const JsonToken& t = (*tape_)[token];
  // Only a negative number can be devalue's HOLE (-2); most elements are slot indices.
  return t.type == JsonType::number && tape_->text[t.begin] == '-' && number_value(*tape_, token) == -2;
}

bool Graph::is_sparse(Handle array) const {
  if (format_ != Format::devalue) return false;
  const JsonToken& tok = (*tape_)[array];
  if (tok.next <= array + 1) return false;
  const JsonToken& first = (*tape_)[array + 1];
  return first.type == JsonType::number && number_value(*tape_, array + 1) == -7;  // -7.0 too, as in devalue
}

std::uint32_t Graph::length(Handle array) const {
  const JsonToken& tok = (*tape_)[array];
  if (is_sparse(array)) {
    std::uint32_t len_tok = (*tape_)[array + 1].next;
    if (len_tok >= tok.next || (*tape_)[len_tok].type != JsonType::number) return 0;
    double len = number_value(*tape_, len_tok);
    return len >= 0 && len <= 4294967295.0 ? static_cast<std::uint32_t>(len) : 0;
  }
  std::uint32_t n = 0;
  for (std::uint32_t k = array + 1; k < tok.next; k = (*tape_)[k].next) ++n;
  return n;
}

Result<Handle> Graph::element(Handle array, std::uint32_t index) const {
  const JsonToken& tok = (*tape_)[array];
  if (is_sparse(array)) {
    std::uint32_t k = (*tape_)[array + 1].next;           // length
    if (k < tok.next) k = (*tape_)[k].next;               // first index
    Handle found = sentinel::hole;
    while (k < tok.next) {
      std::uint32_t ref = (*tape_)[k].next;
      if (ref >= tok.next) break;
      if ((*tape_)[k].type == JsonType::number && number_value(*tape_, k) == index) {
        auto h = follow(ref);
        if (!h.ok()) return under(h.error(), index);
        found = h.value();
      }
      k = (*tape_)[ref].next;
    }
    return found;
  }
  std::uint32_t k = array + 1;
  for (std::uint32_t i = 0; i < index && k < tok.next; ++i) k = (*tape_)[k].next;
  if (k >= tok.next) return sentinel::undefined;
  if (format_ == Format::devalue && is_hole(k)) return sentinel::hole;
  auto h = follow(k);
  if (!h.ok()) return under(h.error(), index);
  return h;
}

// devalue's sparse form, [-1, length, index, value, ...]: rare, so built for size.
CR_COLD Result<std::vector<Handle>> Graph::sparse_elements(Handle array, std::uint32_t max_elements) const {
  const JsonToken& tok = (*tape_)[array];
  std::uint32_t n = length(array);
  if (n > max_elements) {
    return make_error(ErrorCode::too_large, message({"The payload has a sparse array of length ", Decimal(n),
                                                     ", over the limit of ", Decimal(max_elements), "."}));
  }
  std::vector<Handle> out;
  out.resize(n);
  for (Handle& h : out) h = sentinel::hole;
  std::uint32_t k = (*tape_)[array + 1].next;
  if (k < tok.next) k = (*tape_)[k].next;
  while (k < tok.next) {
    std::uint32_t ref = (*tape_)[k].next;
    if (ref >= tok.next) break;
    double index = (*tape_)[k].type == JsonType::number ? number_value(*tape_, k) : -1;
    if (index >= 0 && index < n && index == std::floor(index)) {
      auto h = follow(ref);
      if (!h.ok()) return under(h.error(), static_cast<std::size_t>(index));
      out[static_cast<std::size_t>(index)] = h.value();
    }
    k = (*tape_)[ref].next;
  }
  return out;
}

Result<std::vector<Handle>> Graph::elements(Handle array, std::uint32_t max_elements) const {
  if (is_sparse(array)) return sparse_elements(array, max_elements);
  const JsonToken& tok = (*tape_)[array];
  std::vector<Handle> out;
  std::uint32_t n = 0;  // counted first: one allocation, not one per doubling
  for (std::uint32_t k = array + 1; k < tok.next; k = (*tape_)[k].next) ++n;
  out.reserve(n);
  std::uint32_t i = 0;
  for (std::uint32_t k = array + 1; k < tok.next; k = (*tape_)[k].next, ++i) {
    if (format_ == Format::devalue && is_hole(k)) {
      out.push_back(sentinel::hole);
      continue;
    }
    auto h = follow(k);
    if (!h.ok()) return under(h.error(), i);
    out.push_back(h.value());
  }
  return out;
}

bool Graph::boolean(Handle h) const {
  return h < sentinel::first && (*tape_)[h].type == JsonType::literal_true;
}

double Graph::number(Handle h) const {
  switch (h) {
    case sentinel::nan: return std::nan("");
    case sentinel::pos_infinity: return HUGE_VAL;
    case sentinel::neg_infinity: return -HUGE_VAL;
    case sentinel::neg_zero: return -0.0;
    case sentinel::zero: return 0;
    default: return number_value(*tape_, h);
  }
}

std::string_view Graph::string(Handle h, std::string& scratch) const {
  if (h == sentinel::empty_string) return {};
  return string_view_of(*tape_, h, scratch, Surrogates::replace);
}

}  // namespace cr::payload
