#include "payload/revive.hpp"

#include <cmath>
#include <unordered_set>

#include "core/json_pointer.hpp"
#include "core/json_writer.hpp"

namespace cr::payload {

namespace {

// Strings up to this many bytes are written where they are used; longer ones become a record.
constexpr std::size_t kInlineString = 32;

enum class EncKind : std::uint8_t { record, token, literal_true, literal_false, literal_null, hole };
struct Enc {
  EncKind kind;
  std::uint32_t value;  // record id or token index
};

enum class Mode : std::uint8_t { object, null_object, dense, sparse, set, map, wrapper };

struct Frame {
  std::uint32_t slot;
  Mode mode;
  bool empty_ref = false;       // wrapper: Nuxt's EmptyRef/EmptyShallowRef decode() applies
  std::uint32_t record = 0;     // container's record id
  std::uint32_t cursor = 0;     // next token of the slot to read
  std::uint32_t end = 0;        // the slot's `next`
  std::uint32_t position = 0;   // element index / entry number, for paths
  std::uint32_t key_token = 0;  // object: key being filled, for paths
  std::uint32_t target = 0;     // wrapper: the slot it waits for
  double length = 0;            // sparse: the declared length
  std::uint32_t count = 0;      // dense: elements read so far
};

bool is_wrapper(std::string_view tag) {
  return tag == "ShallowReactive" || tag == "Reactive" || tag == "Ref" || tag == "ShallowRef" ||
         tag == "NuxtError" || tag == "Island";
}
bool is_view(std::string_view tag) {
  for (std::string_view t : {"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
                             "Float16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array",
                             "BigInt64Array", "BigUint64Array", "DataView"}) {
    if (tag == t) return true;
  }
  return false;
}
bool is_string_value_tag(std::string_view tag) {
  return tag == "URL" || tag == "URLSearchParams" || tag.rfind("Temporal.", 0) == 0;
}
bool is_temporal(std::string_view tag) {
  for (std::string_view t : {"Temporal.Duration", "Temporal.Instant", "Temporal.PlainDate", "Temporal.PlainTime",
                             "Temporal.PlainDateTime", "Temporal.PlainMonthDay", "Temporal.PlainYearMonth",
                             "Temporal.ZonedDateTime"}) {
    if (tag == t) return true;
  }
  return false;
}

int base64_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}

// Standard (or URL-safe) base64 with optional padding; whitespace ignored. false on bad input.
bool decode_base64(std::string_view in, std::string& out) {
  unsigned acc = 0;
  int bits = 0;
  bool padding = false;
  for (char c : in) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    if (c == '=') { padding = true; continue; }
    int v = base64_value(c);
    if (v < 0 || padding) return false;
    acc = (acc << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  return bits < 6;  // a lone leftover character is not base64
}

class Reviver {
 public:
  Reviver(const Graph& g, const Limits& limits) : g_(g), t_(g.tape()), limits_(limits) {
    cache_.assign(g.slot_count(), Enc{EncKind::hole, 0});
    cached_.assign(g.slot_count(), false);
    for (auto& s : sentinel_records_) s = UINT32_MAX;
  }

  Result<ValueTape> run() {
    Enc root;
    if (g_.slot_count() == 0) {  // a bare sentinel number as the whole payload
      root = sentinel(g_.root());
    } else {
      auto r = start_slot(0);
      if (!r.ok()) return r.error();
      if (r.value()) {
        root = *r.value();
      } else {
        auto done = drain();
        if (!done.ok()) return done.error();
        root = done.value();
      }
    }
    ValueTape out;
    std::size_t total = 16;
    for (const auto& r : records_) total += r.size() + 3;
    if (total > limits_.max_output_bytes) return too_large();
    out.tape.reserve(total);
    out.tape.push_back('[');
    append_enc(out.tape, root);
    for (const auto& r : records_) {
      out.tape.append(",[", 2);
      out.tape += r;
      out.tape.push_back(']');
    }
    out.tape.push_back(']');
    out.blob = std::move(blob_);
    return out;
  }

 private:
  Error too_large() {
    return make_error(ErrorCode::too_large, "The decoded value is larger than the output limit (" +
                                                std::to_string(limits_.max_output_bytes) + " bytes).");
  }

  // The path of the value being worked on, built from the stack (only when needed).
  std::string path() const {
    std::string p;
    for (const Frame& f : stack_) {
      switch (f.mode) {
        case Mode::object:
        case Mode::null_object: {
          std::string key;
          append_string(t_, f.key_token, key, Surrogates::keep);
          json_pointer::append_key(p, key);
          break;
        }
        case Mode::wrapper: break;
        default: json_pointer::append_index(p, f.position); break;
      }
    }
    return p;
  }

  Error fail(ErrorCode code, const std::string& what) { return make_error(code, what, path()); }

  std::uint32_t new_record(std::string content) {
    records_.push_back(std::move(content));
    bytes_ += records_.back().size();
    return static_cast<std::uint32_t>(records_.size() - 1);
  }
  bool over_limits() const { return records_.size() > limits_.max_nodes || bytes_ > limits_.max_output_bytes; }

  Enc sentinel(Handle h) {
    int k = h == sentinel::undefined ? 0 : h == sentinel::nan ? 1 : h == sentinel::pos_infinity ? 2
          : h == sentinel::neg_infinity ? 3 : 4;
    if (sentinel_records_[k] == UINT32_MAX) sentinel_records_[k] = new_record(std::to_string(k + 1));
    return Enc{EncKind::record, sentinel_records_[k]};
  }

  void append_enc(std::string& out, Enc e) {
    switch (e.kind) {
      case EncKind::record: out += std::to_string(e.value); break;
      case EncKind::token: out += t_.raw(e.value); break;
      case EncKind::literal_true: out += "true"; break;
      case EncKind::literal_false: out += "false"; break;
      case EncKind::literal_null: out += "null"; break;
      case EncKind::hole: out += "{}"; break;
    }
  }

  // A reference token as a slot index (>= 0) or a sentinel handle; errors as devalue's.
  Result<std::int64_t> reference(std::uint32_t token) {
    if (t_[token].type != JsonType::number) return fail(ErrorCode::bad_reference, "The payload has a reference that is not a number.");
    double v = number_value(t_, token);
    if (v >= 0 && v == std::floor(v)) {
      if (v >= g_.slot_count()) {
        return fail(ErrorCode::bad_reference, "The payload has a reference to slot " + std::string(t_.raw(token)) +
                                                  ", past its end (" + std::to_string(g_.slot_count()) + " slots).");
      }
      return static_cast<std::int64_t>(v);
    }
    if (v == -1) return -static_cast<std::int64_t>(sentinel::undefined);
    if (v == -3) return -static_cast<std::int64_t>(sentinel::nan);
    if (v == -4) return -static_cast<std::int64_t>(sentinel::pos_infinity);
    if (v == -5) return -static_cast<std::int64_t>(sentinel::neg_infinity);
    if (v == -6) return -static_cast<std::int64_t>(sentinel::neg_zero);
    return fail(ErrorCode::bad_reference, "The payload has a reference (" + std::string(t_.raw(token)) +
                                              ") that is neither a slot index nor a devalue constant.");
  }

  // Starts hydrating the value a reference token names. A value that is complete at once comes
  // back; otherwise a frame was pushed and nullopt comes back (the caller waits for it).
  Result<std::optional<Enc>> start_ref(std::uint32_t token) {
    auto r = reference(token);
    if (!r.ok()) return r.error();
    if (r.value() < 0) return std::optional<Enc>(sentinel(static_cast<Handle>(-r.value())));
    return start_slot(static_cast<std::uint32_t>(r.value()));
  }

  Result<std::optional<Enc>> done(std::uint32_t slot, Enc e) {
    cache_[slot] = e;
    cached_[slot] = true;
    if (over_limits()) {
      if (records_.size() > limits_.max_nodes) {
        return make_error(ErrorCode::too_large, "The payload decodes to more than " + std::to_string(limits_.max_nodes) +
                                                    " values (the node limit).");
      }
      return too_large();
    }
    return std::optional<Enc>(e);
  }

  Result<std::optional<Enc>> start_slot(std::uint32_t slot) {
    if (cached_[slot]) return std::optional<Enc>(cache_[slot]);
    Handle h = g_.slot(slot);
    const JsonToken& tok = t_[h];
    switch (tok.type) {
      case JsonType::string:
        if (tok.end - tok.begin <= kInlineString + 2) return done(slot, Enc{EncKind::token, h});
        return done(slot, Enc{EncKind::record, new_record("26," + std::string(t_.raw(h)))});
      case JsonType::number: return done(slot, Enc{EncKind::record, new_record("0," + std::string(t_.raw(h)))});
      case JsonType::literal_true: return done(slot, Enc{EncKind::literal_true, 0});
      case JsonType::literal_false: return done(slot, Enc{EncKind::literal_false, 0});
      case JsonType::null: return done(slot, Enc{EncKind::literal_null, 0});
      case JsonType::object: return open(slot, Mode::object, "20", h + 1, tok.next);
      case JsonType::array: break;
    }
    if (tok.next == h + 1) return open(slot, Mode::dense, "22", h + 1, tok.next);
    const JsonToken& first = t_[h + 1];
    if (first.type == JsonType::number && t_.raw(h + 1) == "-7") return open_sparse(slot, h);
    if (first.type != JsonType::string) return open(slot, Mode::dense, "22", h + 1, tok.next);
    std::string tag_scratch;
    std::string tag(string_view_of(t_, h + 1, tag_scratch, Surrogates::keep));
    return start_tagged(slot, h, tag);
  }

  Result<std::optional<Enc>> open(std::uint32_t slot, Mode mode, const char* type, std::uint32_t cursor,
                                  std::uint32_t end) {
    std::uint32_t id = new_record(type);
    auto d = done(slot, Enc{EncKind::record, id});
    if (!d.ok()) return d;
    Frame f{slot, mode};
    f.record = id;
    f.cursor = cursor;
    f.end = end;
    stack_.push_back(f);
    return std::optional<Enc>();
  }

  Result<std::optional<Enc>> open_sparse(std::uint32_t slot, Handle h) {
    std::uint32_t len_tok = t_[h + 1].next;
    const std::uint32_t end = t_[h].next;
    double len = len_tok < end && t_[len_tok].type == JsonType::number ? number_value(t_, len_tok) : -1;
    if (!(len >= 0 && len <= 4294967295.0 && len == std::floor(len))) {
      return fail(ErrorCode::bad_payload, "A sparse array in the payload has no valid length.");
    }
    auto r = open(slot, Mode::sparse, "23", t_[len_tok].next, end);
    if (!r.ok()) return r;
    records_[stack_.back().record] += "," + std::string(t_.raw(len_tok));
    stack_.back().length = len;
    return r;
  }

  // The raw JSON of argument `n` (1-based after the tag) of tagged slot h, or "" when absent.
  std::string_view argument(Handle h, int n, std::uint32_t* token = nullptr) {
    std::uint32_t k = h + 1;
    for (int i = 0; i < n && k < t_[h].next; ++i) k = t_[k].next;
    if (k >= t_[h].next) return {};
    if (token) *token = k;
    return t_.raw(k);
  }

  void append_path(std::string& record) {
    record.push_back(',');
    json_writer::append_string(record, path());
  }

  Result<std::optional<Enc>> start_tagged(std::uint32_t slot, Handle h, const std::string& tag) {
    const std::uint32_t end = t_[h].next;
    if (is_wrapper(tag) || tag == "EmptyRef" || tag == "EmptyShallowRef") {
      std::uint32_t target_tok = 0;
      if (argument(h, 1, &target_tok).empty()) {
        return fail(ErrorCode::bad_reference, "The payload's " + tag + " wrapper has no target.");
      }
      bool empty_ref = tag == "EmptyRef" || tag == "EmptyShallowRef";
      auto r = reference(target_tok);
      if (!r.ok()) return r.error();
      if (r.value() < 0) {
        Enc e = sentinel(static_cast<Handle>(-r.value()));
        return done(slot, empty_ref ? decode_empty_ref(e) : e);
      }
      auto target = static_cast<std::uint32_t>(r.value());
      if (cached_[target]) return done(slot, empty_ref ? decode_empty_ref(cache_[target]) : cache_[target]);
      if (reviving_.count(target)) {
        return fail(ErrorCode::circular_reference,
                    "The payload has a reviver wrapper (" + tag + ") on a cycle of wrappers (devalue: Invalid circular reference).");
      }
      reviving_.insert(target);
      Frame f{slot, Mode::wrapper};
      f.empty_ref = empty_ref;
      f.target = target;
      stack_.push_back(f);
      auto child = start_slot(target);
      if (!child.ok()) return child.error();
      if (!child.value()) return std::optional<Enc>();  // the wrapper waits for its target
      return finish_top(*child.value());
    }
    if (tag == "Map" || tag == "null") {
      std::uint32_t n = 0;
      for (std::uint32_t k = t_[h + 1].next; k < end; k = t_[k].next) ++n;
      if (n % 2) {
        return fail(ErrorCode::bad_payload, tag == "Map" ? "A Map in the payload has a key without a value."
                                                         : "A null-prototype object in the payload has a key without a value.");
      }
    }
    if (tag == "Set") return open(slot, Mode::set, "25", t_[h + 1].next, end);
    if (tag == "Map") return open(slot, Mode::map, "24", t_[h + 1].next, end);
    if (tag == "null") return open(slot, Mode::null_object, "21", t_[h + 1].next, end);
    if (tag == "Date") {
      std::string rec = "7";
      std::string_view arg = argument(h, 1);
      if (!arg.empty()) { rec.push_back(','); rec += arg; }
      return done(slot, Enc{EncKind::record, new_record(std::move(rec))});
    }
    if (tag == "RegExp" || tag == "BigInt" || tag == "URL" || tag == "URLSearchParams" || is_temporal(tag)) {
      // [type, path?, extra?, arguments...]: the constructor gets exactly the arguments the
      // payload gave (an absent one is simply missing, so JS passes undefined as devalue does).
      std::string rec;
      int arity = 1;
      if (tag == "URLSearchParams") {
        rec = "10";
      } else {
        rec = tag == "RegExp" ? "8" : tag == "BigInt" ? "6" : tag == "URL" ? "9" : "14";
        append_path(rec);
        if (rec[0] == '1') { rec.push_back(','); json_writer::append_string(rec, tag); }
        if (tag == "RegExp") arity = 2;
      }
      for (int i = 1; i <= arity; ++i) {
        std::string_view a = argument(h, i);
        if (a.empty()) break;
        rec.push_back(',');
        rec += a;
      }
      return done(slot, Enc{EncKind::record, new_record(std::move(rec))});
    }
    if (is_string_value_tag(tag)) {
      return fail(ErrorCode::unknown_type, "The payload has a value of unknown type \"" + tag + "\".");
    }
    if (tag == "ArrayBuffer") {
      std::uint32_t tok = 0;
      if (argument(h, 1, &tok).empty() || t_[tok].type != JsonType::string) {
        return fail(ErrorCode::bad_value, "An ArrayBuffer in the payload is not base64 text (devalue: Invalid ArrayBuffer encoding).");
      }
      std::string text;
      append_string(t_, tok, text, Surrogates::keep);
      std::size_t offset = blob_.size();
      if (!decode_base64(text, blob_)) {
        blob_.resize(offset);
        return fail(ErrorCode::bad_value, "An ArrayBuffer in the payload is not valid base64.");
      }
      return done(slot, Enc{EncKind::record, new_record("11," + std::to_string(offset) + "," +
                                                        std::to_string(blob_.size() - offset))});
    }
    if (is_view(tag)) {
      std::uint32_t tok = 0;
      if (argument(h, 1, &tok).empty()) return fail(ErrorCode::bad_reference, "The payload's " + tag + " has no buffer.");
      auto r = reference(tok);
      if (!r.ok()) return r.error();
      if (r.value() < 0) return fail(ErrorCode::bad_reference, "The payload's " + tag + " does not refer to an ArrayBuffer.");
      auto buffer_slot = static_cast<std::uint32_t>(r.value());
      Handle b = g_.slot(buffer_slot);
      std::string scratch;
      if (t_[b].type != JsonType::array || t_[b].next == b + 1 || t_[b + 1].type != JsonType::string ||
          string_view_of(t_, b + 1, scratch, Surrogates::keep) != "ArrayBuffer") {
        return fail(ErrorCode::bad_payload, "The payload's " + tag + " does not refer to an ArrayBuffer slot.");
      }
      auto buffer = start_slot(buffer_slot);
      if (!buffer.ok()) return buffer;
      std::string rec = "12";
      append_path(rec);
      rec.push_back(',');
      json_writer::append_string(rec, tag);
      rec.push_back(',');
      append_enc(rec, *buffer.value());
      std::string_view offset = argument(h, 2), length = argument(h, 3);
      if (!offset.empty()) {
        rec.push_back(',');
        rec += offset;
        if (!length.empty()) { rec.push_back(','); rec += length; }
      }
      return done(slot, Enc{EncKind::record, new_record(std::move(rec))});
    }
    if (tag == "Object") {
      std::uint32_t tok = 0;
      if (argument(h, 1, &tok).empty()) return fail(ErrorCode::bad_payload, "A boxed value in the payload has no target.");
      auto r = reference(tok);
      if (!r.ok()) return r.error();
      Enc inner;
      if (r.value() < 0) {
        auto s = static_cast<Handle>(-r.value());
        if (s == sentinel::undefined) return fail(ErrorCode::bad_payload, "A boxed value in the payload wraps undefined.");
        inner = sentinel(s);
      } else {
        auto target = static_cast<std::uint32_t>(r.value());
        Handle th = g_.slot(target);
        const JsonToken& tt = t_[th];
        std::string scratch;
        bool is_bigint = tt.type == JsonType::array && tt.next > th + 1 && t_[th + 1].type == JsonType::string &&
                         string_view_of(t_, th + 1, scratch, Surrogates::keep) == "BigInt";
        if ((tt.type == JsonType::object || tt.type == JsonType::array || tt.type == JsonType::null) && !is_bigint) {
          return fail(ErrorCode::bad_payload, "A boxed value in the payload wraps an object; only primitives can be boxed.");
        }
        auto e = start_slot(target);
        if (!e.ok()) return e;
        inner = *e.value();
      }
      std::string rec = "13,";
      append_enc(rec, inner);
      return done(slot, Enc{EncKind::record, new_record(std::move(rec))});
    }
    return fail(ErrorCode::unknown_type, "The payload has a value of unknown type \"" + tag +
                                             "\" (no reviver for it; devalue: Unknown type " + tag + ").");
  }

  // Nuxt's decode() of an EmptyRef's carried text: "_" -> undefined, "0n" -> 0n, JSON text ->
  // its value, anything else -> the text itself.
  Enc decode_empty_ref(Enc carried) {
    if (carried.kind != EncKind::token && carried.kind != EncKind::record) return carried;
    std::uint32_t token;
    if (carried.kind == EncKind::token) {
      token = carried.value;
    } else {
      const std::string& rec = records_[carried.value];
      if (rec.rfind("26,", 0) != 0) return carried;  // not a string: Nuxt's decode keeps it
      // Long strings: the record holds the token verbatim; decode it from there.
      std::string text;
      std::string_view raw(rec.data() + 3, rec.size() - 3);
      auto scanned = scan_json(raw, limits_);
      if (!scanned.ok()) return carried;
      append_string(scanned.value(), 0, text, Surrogates::keep);
      return decode_text(text, carried);
    }
    std::string text;
    append_string(t_, token, text, Surrogates::keep);
    return decode_text(text, carried);
  }

  Enc decode_text(const std::string& text, Enc carried) {
    if (text == "_") return sentinel(sentinel::undefined);
    if (text == "0n") return Enc{EncKind::record, new_record("6,\"\",\"0\"")};
    auto scanned = scan_json(text, limits_);
    if (!scanned.ok()) return carried;
    std::string rec = "27,";
    json_writer::append_string(rec, text);
    return Enc{EncKind::record, new_record(std::move(rec))};
  }

  // Hands a finished child value to the frame on top (which asked for it).
  // Returns the value of a wrapper frame that completes because of it, if any.
  Result<std::optional<Enc>> finish_top(Enc child) {
    for (;;) {
      Frame& f = stack_.back();
      if (f.mode != Mode::wrapper) {
        append_enc(records_[f.record], child);
        return std::optional<Enc>();
      }
      reviving_.erase(f.target);
      Enc result = f.empty_ref ? decode_empty_ref(child) : child;
      std::uint32_t slot = f.slot;
      stack_.pop_back();
      auto d = done(slot, result);
      if (!d.ok()) return d;
      if (stack_.empty()) return d;
      child = result;  // deliver the wrapper's value to whoever waited for it
    }
  }

  // Runs frames until the stack is empty; returns the root's value.
  Result<Enc> drain() {
    Enc root_value{};
    while (!stack_.empty()) {
      Frame& f = stack_.back();
      if (f.cursor >= f.end) {
        // A container is complete: its record is final and its value was cached when opened.
        Enc value{EncKind::record, f.record};
        stack_.pop_back();
        if (stack_.empty()) { root_value = value; break; }
        auto r = finish_top(value);
        if (!r.ok()) return r.error();
        if (r.value() && stack_.empty()) { root_value = *r.value(); break; }
        continue;
      }
      auto step = next_child(f);
      if (!step.ok()) return step.error();
      if (!step.value()) continue;  // a child frame was pushed (or nothing to deliver)
      auto r = finish_top(*step.value());
      if (!r.ok()) return r.error();
      if (r.value() && stack_.empty()) { root_value = *r.value(); break; }
    }
    return root_value;
  }

  // Reads the next child of frame f, writing what precedes it into f's record. Returns the
  // child's value when it is complete at once.
  Result<std::optional<Enc>> next_child(Frame& f) {
    std::string& rec = records_[f.record];
    switch (f.mode) {
      case Mode::object: {
        std::uint32_t key = f.cursor, value = key + 1;
        f.cursor = t_[value].next;
        f.key_token = key;
        if (string_equals(t_, key, "__proto__")) {
          return fail(ErrorCode::forbidden_key,
                      "The payload has an object with a __proto__ key, which devalue refuses (prototype pollution).");
        }
        rec.push_back(',');
        rec += t_.raw(key);
        rec.push_back(',');
        return start_ref(value);
      }
      case Mode::null_object: {
        std::uint32_t key = f.cursor;
        if (t_[key].type != JsonType::string) {
          return fail(ErrorCode::bad_payload, "A null-prototype object in the payload has a key that is not a string.");
        }
        f.key_token = key;
        std::uint32_t value = t_[key].next;
        if (value >= f.end) {
          return fail(ErrorCode::bad_payload, "A null-prototype object in the payload has a key without a value.");
        }
        f.cursor = t_[value].next;
        if (string_equals(t_, key, "__proto__")) {
          return fail(ErrorCode::forbidden_key,
                      "The payload has an object with a __proto__ key, which devalue refuses (prototype pollution).");
        }
        rec.push_back(',');
        rec += t_.raw(key);
        rec.push_back(',');
        return start_ref(value);
      }
      case Mode::dense: {
        std::uint32_t el = f.cursor;
        f.position = f.count++;
        f.cursor = t_[el].next;
        rec.push_back(',');
        if (t_[el].type == JsonType::number && t_.raw(el) == "-2") return std::optional<Enc>(Enc{EncKind::hole, 0});
        return start_ref(el);
      }
      case Mode::sparse: {
        std::uint32_t index = f.cursor;
        std::uint32_t value = t_[index].next;
        double i = t_[index].type == JsonType::number ? number_value(t_, index) : -1;
        if (!(i >= 0 && i <= 4294967294.0 && i == std::floor(i) && i < f.length) || value >= f.end) {
          return fail(ErrorCode::bad_payload, "A sparse array in the payload has an invalid index.");
        }
        f.position = static_cast<std::uint32_t>(i);
        f.cursor = t_[value].next;
        rec.push_back(',');
        rec += t_.raw(index);
        rec.push_back(',');
        return start_ref(value);
      }
      case Mode::set: {
        std::uint32_t el = f.cursor;
        f.cursor = t_[el].next;
        rec.push_back(',');
        auto r = start_ref(el);
        ++f.position;
        return r;
      }
      case Mode::map: {
        std::uint32_t el = f.cursor;
        f.cursor = t_[el].next;
        if ((f.position % 2) == 0 && f.cursor >= f.end) {
          return fail(ErrorCode::bad_payload, "A Map in the payload has a key without a value.");
        }
        rec.push_back(',');
        auto r = start_ref(el);
        ++f.position;
        return r;
      }
      case Mode::wrapper: break;
    }
    return make_error(ErrorCode::internal, "The reviver reached an impossible state.");
  }

  const Graph& g_;
  const JsonTape& t_;
  const Limits& limits_;
  std::vector<Enc> cache_;
  std::vector<bool> cached_;
  std::vector<std::string> records_;
  std::size_t bytes_ = 0;
  std::string blob_;
  std::vector<Frame> stack_;
  std::unordered_set<std::uint32_t> reviving_;
  std::uint32_t sentinel_records_[5];
};

}  // namespace

Result<ValueTape> revive(const Graph& graph, const Limits& limits) {
  return Reviver(graph, limits).run();
}

}  // namespace cr::payload
