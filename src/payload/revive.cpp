#include "payload/revive.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "core/json_pointer.hpp"
#include "core/message.hpp"
#include "core/json_writer.hpp"

namespace cr::payload {

namespace {

// Sorts positions by `less` (a bottom-up merge sort: O(n log n) for a hostile object with a
// hundred thousand keys, stable, and one copy of the code whatever the order).
using PositionLess = bool (*)(const void* context, std::uint32_t a, std::uint32_t b);
void sort_positions(std::vector<std::uint32_t>& v, PositionLess less, const void* context) {
  const std::size_t n = v.size();
  std::vector<std::uint32_t> scratch(n);
  for (std::size_t width = 1; width < n; width *= 2) {
    for (std::size_t lo = 0; lo < n; lo += 2 * width) {
      const std::size_t mid = std::min(lo + width, n), hi = std::min(lo + 2 * width, n);
      std::size_t a = lo, b = mid, o = lo;
      while (a < mid && b < hi) scratch[o++] = less(context, v[b], v[a]) ? v[b++] : v[a++];
      while (a < mid) scratch[o++] = v[a++];
      while (b < hi) scratch[o++] = v[b++];
    }
    v.swap(scratch);
  }
}
template <class Less>
void sort_positions(std::vector<std::uint32_t>& v, const Less& less) {
  sort_positions(
      v, [](const void* c, std::uint32_t a, std::uint32_t b) { return (*static_cast<const Less*>(c))(a, b); }, &less);
}

// Strings up to this many bytes are written where they are used; longer ones become a record.
constexpr std::size_t kInlineString = 32;
// Strings this long (in the payload's bytes) travel as UTF-16 code units in the blob (record 30),
// which JavaScript turns into a string far faster than it decodes and parses them as JSON text.
constexpr std::size_t kBlobString = 4096;

// Appends the UTF-16LE code units of JSON string token i (valid JSON, valid UTF-8) to `out`.
// False, with `out` partly written, when the string holds a lone surrogate: the blob is read
// with decoders that would replace it, so such a string stays JSON text.
bool append_utf16(const JsonTape& t, std::uint32_t i, std::string& out) {
  std::string_view s = t.raw(i);
  const char* p = s.data() + 1;
  const char* const end = s.data() + s.size() - 1;
  std::size_t o = out.size();
  out.resize(o + 2 * (end - p));  // at most one unit per byte
  char* w = out.data() + o;
  auto unit = [&w](unsigned u) {
    w[0] = static_cast<char>(u & 0xFF);
    w[1] = static_cast<char>(u >> 8);
    w += 2;
  };
  while (p < end) {
    // ASCII without escapes, eight bytes at a time.
    while (end - p >= 8) {
      std::uint64_t x;
      std::memcpy(&x, p, 8);
      std::uint64_t slash = x ^ 0x5C5C5C5C5C5C5C5CULL;
      if ((x & 0x8080808080808080ULL) || ((slash - 0x0101010101010101ULL) & ~slash & 0x8080808080808080ULL)) break;
      for (int k = 0; k < 8; ++k) unit(static_cast<unsigned char>(p[k]));
      p += 8;
    }
    if (p >= end) break;
    auto c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
      if (c != '\\') { unit(c); ++p; continue; }
      char e = p[1];
      if (e != 'u') {
        unit(e == 'b' ? '\b' : e == 'f' ? '\f' : e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : static_cast<unsigned char>(e));
        p += 2;
        continue;
      }
      unsigned u = read_hex4(p + 2);
      p += 6;
      if (u >= 0xD800 && u <= 0xDBFF) {
        if (end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
          unsigned low = read_hex4(p + 2);
          if (low >= 0xDC00 && low <= 0xDFFF) {
            unit(u);
            unit(low);
            p += 6;
            continue;
          }
        }
        return false;
      }
      if (u >= 0xDC00 && u <= 0xDFFF) return false;
      unit(u);
      continue;
    }
    // A multi-byte UTF-8 sequence (the input is valid UTF-8: no checks needed).
    std::uint32_t cp;
    if (c < 0xE0) { cp = ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu); p += 2; }
    else if (c < 0xF0) { cp = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu); p += 3; }
    else { cp = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu); p += 4; }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      unit(0xD800 + (cp >> 10));
      unit(0xDC00 + (cp & 0x3FF));
    } else {
      unit(cp);
    }
  }
  out.resize(static_cast<std::size_t>(w - out.data()));
  return true;
}

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
  std::uint32_t count = 0;      // dense, set, map: children read so far
  std::uint32_t plan = UINT32_MAX;  // object: index into plans_ when keys are not read in text order
  Enc last{EncKind::hole, 0};       // the child delivered last (dense: an only element)
  std::uint32_t below = UINT32_MAX;  // the nearest frame under it that is not a wrapper, for paths
};

constexpr std::uint32_t kNoPlan = UINT32_MAX;
constexpr std::uint32_t kNoFrame = UINT32_MAX;

// Slots devalue appends while reviving (a reviver tag whose argument is not a reference) beyond the
// payload's own: more than this means a tag re-enters itself without end (devalue: stack overflow).
constexpr std::size_t kMaxAppendedSlots = 10000;

// True for a JSON number token whose value is exactly v (-2 for a hole, -7 for a sparse array:
// devalue compares values, so -2.0 and -2e0 mean the same).
bool number_is(const JsonTape& t, std::uint32_t token, double v) {
  if (t[token].type != JsonType::number) return false;
  std::string_view raw = t.raw(token);
  if (raw.size() == 2) return raw[0] == '-' && v == -(raw[1] - '0');
  return number_value(t, token) == v;
}

// An array index as JavaScript orders property keys: "0" or a canonical decimal up to 2^32 - 2.
bool is_array_index(std::string_view key) {
  if (key.empty() || key.size() > 10) return false;
  if (key.size() > 1 && key[0] == '0') return false;
  std::uint64_t v = 0;
  for (char c : key) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<unsigned>(c - '0');
  }
  return v <= 4294967294ULL;
}
std::uint64_t array_index_value(std::string_view key) {
  std::uint64_t v = 0;
  for (char c : key) v = v * 10 + static_cast<unsigned>(c - '0');
  return v;
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
    cache_.resize(g.slot_count(), Enc{EncKind::hole, 0});
    cached_.resize(g.slot_count());
    reviving_.resize(g.slot_count());
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
    std::string root_text;
    append_enc(root_text, root);
    std::size_t total = 2 + root_text.size();  // "[" root ("," "[" record "]")* "]"
    for (const auto& r : records_) total += r.size() + 3;
    if (total > limits_.max_output_bytes) return too_large();
    out.tape.reserve(total);
    out.tape.push_back('[');
    out.tape += root_text;
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
    return make_error(ErrorCode::too_large, message({"The decoded value is larger than ", Decimal(limits_.max_output_bytes),
                                                     " bytes (limits.maxOutputBytes)."}));
  }

  // The path of the value being worked on, built from the stack (only when needed).
  // `frames`: how many frames from the bottom to follow (all by default). Wrappers name no step,
  // and are stepped over through `below`: a record made under a chain of 100,000 of them costs
  // its depth in containers, not in frames.
  std::string path(std::size_t frames = SIZE_MAX) const {
    std::vector<std::uint32_t> steps;  // the frames that name a step, top first
    const std::size_t n = std::min(frames, stack_.size());
    std::uint32_t i = n == 0 ? kNoFrame : static_cast<std::uint32_t>(n - 1);
    if (i != kNoFrame && stack_[i].mode == Mode::wrapper) i = stack_[i].below;
    for (; i != kNoFrame; i = stack_[i].below) steps.push_back(i);
    std::string p;
    for (std::size_t k = steps.size(); k-- > 0;) {
      const Frame& f = stack_[steps[k]];
      if (f.mode == Mode::object || f.mode == Mode::null_object) {
        std::string key;
        append_string(t_, f.key_token, key, Surrogates::keep);
        json_pointer::append_key(p, key);
      } else {
        json_pointer::append_index(p, f.position);
      }
    }
    return p;
  }

  void push(Frame f) {
    if (!stack_.empty()) {
      const Frame& top = stack_.back();
      f.below = top.mode == Mode::wrapper ? top.below : static_cast<std::uint32_t>(stack_.size() - 1);
    }
    stack_.push_back(f);
  }

  Error fail(ErrorCode code, const std::string& what) { return make_error(code, what, path()); }
  // An error about the container on top of the stack itself (not one of its children).
  Error fail_container(ErrorCode code, const std::string& what) {
    return make_error(code, what, path(stack_.empty() ? 0 : stack_.size() - 1));
  }

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
      if (v >= slot_total()) {
        return fail(ErrorCode::bad_reference, message({"The payload has a reference to slot ", t_.raw(token),
                                                       ", past the end of the payload (", Count(g_.slot_count(), "slot"), ")."}));
      }
      return static_cast<std::int64_t>(v);
    }
    if (v == -1) return -static_cast<std::int64_t>(sentinel::undefined);
    if (v == -3) return -static_cast<std::int64_t>(sentinel::nan);
    if (v == -4) return -static_cast<std::int64_t>(sentinel::pos_infinity);
    if (v == -5) return -static_cast<std::int64_t>(sentinel::neg_infinity);
    if (v == -6) return -static_cast<std::int64_t>(sentinel::neg_zero);
    return fail(ErrorCode::bad_reference, message({"The payload has a reference (", t_.raw(token),
                                                   ") that is neither a slot index nor a devalue constant."}));
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
        return make_error(ErrorCode::too_large, message({"The payload decodes to more than ", Decimal(limits_.max_nodes),
                                                         " values (limits.maxNodes)."}));
      }
      return too_large();
    }
    return std::optional<Enc>(e);
  }

  // Slots: the payload's own, then those devalue appends for reviver tags (see start_tagged).
  std::size_t slot_total() const { return g_.slot_count() + appended_.size(); }
  Handle handle_of(std::uint32_t slot) const {
    return slot < g_.slot_count() ? g_.slot(slot) : appended_[slot - g_.slot_count()];
  }

  Result<std::optional<Enc>> start_slot(std::uint32_t slot) {
    if (cached_[slot]) return std::optional<Enc>(cache_[slot]);
    Handle h = handle_of(slot);
    if (h >= sentinel::first) return done(slot, sentinel(h));  // an appended `undefined`
    const JsonToken& tok = t_[h];
    switch (tok.type) {
      case JsonType::string: {
        const std::size_t size = tok.end - tok.begin;
        if (size <= kInlineString + 2) return done(slot, Enc{EncKind::token, h});
        if (size >= kBlobString) {
          // [30, byte offset, code units]: UTF-16LE in the blob (at an even offset).
          if (blob_.size() % 2) blob_.push_back('\0');
          const std::size_t offset = blob_.size();
          if (append_utf16(t_, h, blob_)) {
            bytes_ += size;  // counted as its JSON text would have been
            return done(slot, Enc{EncKind::record, new_record("30," + std::to_string(offset) + "," +
                                                              std::to_string((blob_.size() - offset) / 2))});
          }
          blob_.resize(offset);  // a lone surrogate: JSON text after all
        }
        return done(slot, Enc{EncKind::record, new_record("26," + std::string(t_.raw(h)))});
      }
      case JsonType::number: return done(slot, Enc{EncKind::record, new_record("0," + std::string(t_.raw(h)))});
      case JsonType::literal_true: return done(slot, Enc{EncKind::literal_true, 0});
      case JsonType::literal_false: return done(slot, Enc{EncKind::literal_false, 0});
      case JsonType::null: return done(slot, Enc{EncKind::literal_null, 0});
      case JsonType::object: return open_object(slot, h);
      case JsonType::array: break;
    }
    if (tok.next == h + 1) return open(slot, Mode::dense, "22", h + 1, tok.next);
    const JsonToken& first = t_[h + 1];
    if (number_is(t_, h + 1, -7)) return open_sparse(slot, h);
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
    push(f);
    return std::optional<Enc>();
  }

  // A JSON object is read in the order devalue reads it: Object.keys of what JSON.parse built, i.e.
  // array-index keys ascending, then the others in order of first appearance, and a repeated key
  // once, with its last value. Only objects that differ from their text's order get a plan.
  Result<std::optional<Enc>> open_object(std::uint32_t slot, Handle h) {
    const std::uint32_t end = t_[h].next;
    names_.clear();
    bool unusual = false;  // some key is escaped, or looks like an array index
    for (std::uint32_t k = h + 1; k < end; k = t_[k + 1].next) {
      const JsonToken& key = t_[k];
      char c = t_.text[key.begin + 1];
      if (key.escaped || (c >= '0' && c <= '9')) unusual = true;
      names_.push_back(k);
    }
    const std::size_t n = names_.size();
    if (n < 2 || (!unusual && !raw_duplicates())) return open(slot, Mode::object, "20", h + 1, end);
    // The general case: decode the keys, drop repeats, put array indices first.
    decoded_.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      decoded_[i].clear();
      append_string(t_, names_[i], decoded_[i], Surrogates::keep);
    }
    // Positions into names_ of first appearances, with the position of each one's last value:
    // found by sorting the positions by key (ties by position), so repeats sit together.
    std::vector<std::uint32_t> by_key(n);
    for (std::uint32_t i = 0; i < n; ++i) by_key[i] = i;
    sort_positions(by_key, [this](std::uint32_t a, std::uint32_t b) {
      return decoded_[a] != decoded_[b] ? decoded_[a] < decoded_[b] : a < b;
    });
    std::vector<std::uint32_t> value_of(n);  // first position -> position of its last value
    std::vector<std::uint8_t> first(n, 0);
    for (std::size_t j = 0; j < n;) {
      std::size_t k = j;
      while (k + 1 < n && decoded_[by_key[k + 1]] == decoded_[by_key[j]]) ++k;
      first[by_key[j]] = 1;
      value_of[by_key[j]] = by_key[k];
      j = k + 1;
    }
    // Array indices first, in numeric order; then the other keys in order of first appearance.
    std::vector<std::uint32_t> order, rest;
    for (std::uint32_t i = 0; i < n; ++i) {
      if (first[i]) (is_array_index(decoded_[i]) ? order : rest).push_back(i);
    }
    sort_positions(order, [this](std::uint32_t a, std::uint32_t b) {
      return array_index_value(decoded_[a]) < array_index_value(decoded_[b]);
    });
    order.insert(order.end(), rest.begin(), rest.end());
    bool text_order = order.size() == n;
    for (std::uint32_t i = 0; text_order && i < n; ++i) text_order = order[i] == i;
    if (text_order) return open(slot, Mode::object, "20", h + 1, end);
    // The plan lists (key token, value token) pairs: the first key's name with the last value.
    std::vector<std::uint32_t> plan;
    plan.reserve(order.size() * 2);
    for (std::uint32_t i : order) {
      plan.push_back(names_[i]);
      plan.push_back(names_[value_of[i]] + 1);
    }
    plans_.push_back(std::move(plan));
    auto r = open(slot, Mode::object, "20", 0, static_cast<std::uint32_t>(plans_.back().size()));
    if (r.ok() && !stack_.empty()) stack_.back().plan = static_cast<std::uint32_t>(plans_.size() - 1);
    return r;
  }

  // True when two of names_ are the same text (for unescaped keys: the same key).
  bool raw_duplicates() const {
    const std::size_t n = names_.size();
    if (n <= 12) {
      for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
          if (t_.raw(names_[i]) == t_.raw(names_[j])) return true;
        }
      }
      return false;
    }
    std::vector<std::uint32_t> by_raw(names_.begin(), names_.end());
    sort_positions(by_raw, [this](std::uint32_t a, std::uint32_t b) { return t_.raw(a) < t_.raw(b); });
    for (std::size_t i = 1; i < n; ++i) {
      if (t_.raw(by_raw[i - 1]) == t_.raw(by_raw[i])) return true;
    }
    return false;
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
    if (is_wrapper_tag(tag) || tag == "EmptyRef" || tag == "EmptyShallowRef") {
      bool empty_ref = tag == "EmptyRef" || tag == "EmptyShallowRef";
      std::uint32_t target_tok = 0;
      bool has_target = !argument(h, 1, &target_tok).empty();
      std::uint32_t target;
      if (!has_target || t_[target_tok].type != JsonType::number) {
        // devalue appends a non-reference argument (or undefined, when there is none) to the
        // payload as a new slot and revives that: ["Ref","abc"] is "abc", ["Ref"] undefined.
        if (appended_.size() >= g_.slot_count() + kMaxAppendedSlots) {
          return make_error(ErrorCode::too_deep, message({"The payload has a ", tag,
                                                          " wrapper that revives itself without end (devalue: stack overflow)."}));
        }
        appended_.push_back(has_target ? target_tok : sentinel::undefined);
        cache_.push_back(Enc{EncKind::hole, 0});
        cached_.push_back(0);
        reviving_.push_back(0);
        target = static_cast<std::uint32_t>(slot_total() - 1);
      } else {
        auto r = reference(target_tok);
        if (!r.ok()) return r.error();
        if (r.value() < 0) {
          Enc e = sentinel(static_cast<Handle>(-r.value()));
          return done(slot, empty_ref ? decode_empty_ref(e) : e);
        }
        target = static_cast<std::uint32_t>(r.value());
      }
      if (cached_[target]) return done(slot, empty_ref ? decode_empty_ref(cache_[target]) : cache_[target]);
      if (reviving_[target]) {
        return fail(ErrorCode::circular_reference,
                    message({"The payload has a reviver wrapper (", tag,
                             ") on a cycle of wrappers (devalue: Invalid circular reference)."}));
      }
      // The wrapper waits for its target, its one child, which drain() starts: a chain of
      // wrappers is a chain of frames, never of calls.
      reviving_[target] = 1;
      Frame f{slot, Mode::wrapper};
      f.empty_ref = empty_ref;
      f.target = target;
      f.end = 1;
      push(f);
      return std::optional<Enc>();
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
      return fail(ErrorCode::unknown_type, message({"The payload has a value of unknown type \"", tag, "\"."}));
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
      if (argument(h, 1, &tok).empty()) return fail(ErrorCode::bad_reference, message({"The payload's ", tag, " has no buffer."}));
      auto r = reference(tok);
      if (!r.ok()) return r.error();
      if (r.value() < 0) {
        return fail(ErrorCode::bad_reference, message({"The payload's ", tag, " does not refer to an ArrayBuffer."}));
      }
      auto buffer_slot = static_cast<std::uint32_t>(r.value());
      Handle b = handle_of(buffer_slot);
      std::string scratch;
      if (b >= sentinel::first || t_[b].type != JsonType::array || t_[b].next == b + 1 || t_[b + 1].type != JsonType::string ||
          string_view_of(t_, b + 1, scratch, Surrogates::keep) != "ArrayBuffer") {
        return fail(ErrorCode::bad_payload, message({"The payload's ", tag, " does not refer to an ArrayBuffer slot."}));
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
        Handle th = handle_of(target);
        if (th >= sentinel::first) return fail(ErrorCode::bad_payload, "A boxed value in the payload wraps undefined.");
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
    return fail(ErrorCode::unknown_type, unknown_type_message(tag));
  }

  // Nuxt's decode() of an EmptyRef's carried value: "_" -> undefined, "0n" -> 0n, else
  // JSON.parse(value), or the value itself when that throws. The JS side runs it (record 28):
  // JSON.parse converts a non-string to a string first, which only JavaScript does exactly.
  // true, false and null parse to themselves. Arrays (only a hand-made payload puts one there):
  // see record 29 below; others, and arrays devalue is still filling, come back as they are,
  // which is devalue's answer too except for a sparse array of length 1 or an array holding
  // just one array (JSON.parse([[5]]) is 5).
  Enc decode_empty_ref(Enc carried) {
    if (carried.kind != EncKind::token && carried.kind != EncKind::record) return carried;
    if (carried.kind == EncKind::record) {
      const std::string& rec = records_[carried.value];
      if (rec.compare(0, 2, "22") == 0) {
        // JSON.parse(array) parses the array's string form, which can be JSON text only for an
        // array of one element: [5] -> 5, ["x"] -> the array. Record 29 has JavaScript decide,
        // for a complete array whose element is no array itself (nested ones are passed through).
        if (carried.value >= singles_.size() || singles_[carried.value].kind == EncKind::hole) return carried;
        Enc el = singles_[carried.value];
        if (el.kind == EncKind::record && (records_[el.value].compare(0, 2, "22") == 0 ||
                                           records_[el.value].compare(0, 2, "23") == 0)) {
          return carried;
        }
        std::string r29 = "29," + std::to_string(carried.value) + ",";
        append_enc(r29, el);
        return Enc{EncKind::record, new_record(std::move(r29))};
      }
      if (rec.compare(0, 2, "23") == 0) return carried;
    } else if (string_equals(t_, carried.value, "_")) {
      return sentinel(sentinel::undefined);
    } else if (string_equals(t_, carried.value, "0n")) {
      return Enc{EncKind::record, new_record("6,\"\",\"0\"")};
    }
    std::string rec = "28,";
    append_enc(rec, carried);
    return Enc{EncKind::record, new_record(std::move(rec))};
  }

  // Hands a finished child value to the frame on top (which asked for it).
  // Returns the value of a wrapper frame that completes because of it, if any.
  Result<std::optional<Enc>> finish_top(Enc child) {
    for (;;) {
      Frame& f = stack_.back();
      if (f.mode != Mode::wrapper) {
        append_enc(records_[f.record], child);
        f.last = child;
        return std::optional<Enc>();
      }
      reviving_[f.target] = 0;
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
        // devalue hydrates a Map's last key before it finds the value missing.
        if (f.mode == Mode::map && f.count % 2) {
          return fail_container(ErrorCode::bad_payload, "A Map in the payload has a key without a value.");
        }
        if (f.mode == Mode::dense && f.count == 1 && f.last.kind != EncKind::hole) {
          if (singles_.size() <= f.record) singles_.resize(f.record + 1, Enc{EncKind::hole, 0});
          singles_[f.record] = f.last;
        }
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
    if (f.mode == Mode::wrapper) {
      f.cursor = f.end;  // its one child, its target: started once (finish_top ends the wrapper)
      return start_slot(f.target);
    }
    std::string& rec = records_[f.record];
    switch (f.mode) {
      case Mode::object: {
        std::uint32_t key, value;
        if (f.plan == kNoPlan) {
          key = f.cursor;
          value = key + 1;
          f.cursor = t_[value].next;
        } else {
          key = plans_[f.plan][f.cursor];
          value = plans_[f.plan][f.cursor + 1];
          f.cursor += 2;
        }
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
          return fail_container(ErrorCode::bad_payload, "A null-prototype object in the payload has a key that is not a string.");
        }
        f.key_token = key;
        if (string_equals(t_, key, "__proto__")) {
          return fail(ErrorCode::forbidden_key,
                      "The payload has an object with a __proto__ key, which devalue refuses (prototype pollution).");
        }
        std::uint32_t value = t_[key].next;
        if (value >= f.end) {
          return fail_container(ErrorCode::bad_payload, "A null-prototype object in the payload has a key without a value.");
        }
        f.cursor = t_[value].next;
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
        if (number_is(t_, el, -2)) return std::optional<Enc>(Enc{EncKind::hole, 0});
        return start_ref(el);
      }
      case Mode::sparse: {
        std::uint32_t index = f.cursor;
        std::uint32_t value = t_[index].next;
        double i = t_[index].type == JsonType::number ? number_value(t_, index) : -1;
        if (!(i >= 0 && i <= 4294967294.0 && i == std::floor(i) && i < f.length) || value >= f.end) {
          return fail_container(ErrorCode::bad_payload, "A sparse array in the payload has an invalid index.");
        }
        f.position = static_cast<std::uint32_t>(i);
        f.cursor = t_[value].next;
        rec.push_back(',');
        rec += t_.raw(index);
        rec.push_back(',');
        return start_ref(value);
      }
      // Everything about f is updated before start_ref, which may push a frame (and so move f).
      case Mode::set: {
        std::uint32_t el = f.cursor;
        f.cursor = t_[el].next;
        f.position = f.count++;
        rec.push_back(',');
        return start_ref(el);
      }
      case Mode::map: {
        std::uint32_t el = f.cursor;
        f.cursor = t_[el].next;
        f.position = f.count++ / 2;
        rec.push_back(',');
        return start_ref(el);
      }
      case Mode::wrapper: break;  // above
    }
    return make_error(ErrorCode::internal, "The reviver reached an impossible state.");
  }

  const Graph& g_;
  const JsonTape& t_;
  const Limits& limits_;
  std::vector<Enc> cache_;
  std::vector<std::uint8_t> cached_;
  std::vector<std::string> records_;
  std::size_t bytes_ = 0;
  std::string blob_;
  std::vector<Frame> stack_;
  std::vector<std::uint8_t> reviving_;             // per slot: a wrapper on it is being revived
  std::uint32_t sentinel_records_[5];
  std::vector<Handle> appended_;                   // appended slots: argument tokens (or undefined)
  std::vector<std::vector<std::uint32_t>> plans_;  // objects read out of text order
  std::vector<std::uint32_t> names_;               // scratch: an object's key tokens
  std::vector<std::string> decoded_;               // scratch: their decoded text
  std::vector<Enc> singles_;  // by record: the element of a complete dense array of one (else a hole)
};

}  // namespace

Result<ValueTape> revive(const Graph& graph, const Limits& limits) {
  return Reviver(graph, limits).run();
}

bool is_known_tag(std::string_view tag) {
  if (is_wrapper_tag(tag) || is_view(tag) || is_temporal(tag)) return true;
  for (std::string_view t : {"Date", "RegExp", "BigInt", "Object", "null", "Set", "Map", "ArrayBuffer", "URL",
                             "URLSearchParams", "EmptyRef", "EmptyShallowRef"}) {
    if (tag == t) return true;
  }
  return false;
}

std::string unknown_type_message(std::string_view tag) {
  return message({"The payload has a value of unknown type \"", tag, "\" (no reviver for it; devalue: Unknown type ", tag, ")."});
}

}  // namespace cr::payload
