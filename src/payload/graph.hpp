// payload/graph: the payload as a graph of values addressed by handles, read lazily.
// A devalue payload is its own flat array: slot i is node i and references stay indices, so
// shared references and cycles need no copying. A plain JSON document is the same graph with
// every value inline. Readers ask for members, elements and scalars; nothing is decoded until
// asked for, and no function recurses on input depth.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "payload/json_tape.hpp"

namespace cr::payload {

// A node: a token index in the tape, or one of the sentinels below.
using Handle = std::uint32_t;

namespace sentinel {
inline constexpr Handle undefined = 0xFFFFFF00;
inline constexpr Handle hole = 0xFFFFFF01;
inline constexpr Handle nan = 0xFFFFFF02;
inline constexpr Handle pos_infinity = 0xFFFFFF03;
inline constexpr Handle neg_infinity = 0xFFFFFF04;
inline constexpr Handle neg_zero = 0xFFFFFF05;
// Values Nuxt's EmptyRef/EmptyShallowRef carry (falsy values, as JSON text).
inline constexpr Handle null = 0xFFFFFF06;
inline constexpr Handle false_ = 0xFFFFFF07;
inline constexpr Handle zero = 0xFFFFFF08;
inline constexpr Handle empty_string = 0xFFFFFF09;
inline constexpr Handle bigint_zero = 0xFFFFFF0A;
inline constexpr Handle first = undefined;
}  // namespace sentinel

enum class Kind : std::uint8_t {
  undefined, hole, null, boolean, number, string, object, array,
  tagged,  // any other devalue form: Date, Map, BigInt, a Nuxt reviver wrapper, ...
};

class Graph {
 public:
  enum class Format : std::uint8_t { devalue, plain };

  // A devalue payload: the tape's root must be a non-empty array, or a bare sentinel number.
  static Result<Graph> devalue(const JsonTape& tape);
  static Graph plain(const JsonTape& tape);

  Format format() const { return format_; }
  const JsonTape& tape() const { return *tape_; }
  Handle root() const { return root_; }
  std::uint32_t slot_count() const { return static_cast<std::uint32_t>(slots_.size()); }
  Handle slot(std::uint32_t i) const { return slots_[i]; }
  // The slot index of a handle (devalue format), or -1 for sentinels and inline tokens.
  std::int64_t slot_index_of(Handle h) const;

  Kind kind(Handle h) const {
    if (h < sentinel::first) {
      const JsonToken& tok = (*tape_)[h];
      switch (tok.type) {
        case JsonType::object: return Kind::object;
        case JsonType::string: return Kind::string;
        case JsonType::number: return Kind::number;
        case JsonType::array: break;
        default: break;
      }
    }
    return kind_slow(h);
  }
  // For Kind::tagged: the tag ("Date", "ShallowReactive", ...).
  std::string_view tag(Handle h, std::string& scratch) const;

  // Errors carry paths relative to the value asked about ("" for the value itself, "/key" for
  // a member): readers prefix their own path, and build it only when an error happens.

  // Follows Nuxt's reviver wrappers to the value they carry: ShallowReactive, Reactive, Ref,
  // ShallowRef -> the target; EmptyRef/EmptyShallowRef -> their (falsy) value; NuxtError and
  // Island -> the carried object. Other handles come back unchanged.
  Result<Handle> unwrap(Handle h) const {
    // Anything but a devalue array with a tag in front needs no unwrapping.
    if (format_ != Format::devalue || h >= sentinel::first || (*tape_)[h].type != JsonType::array) return h;
    return unwrap_slow(h);
  }

  // The devalue reference held by token `ref_token` as a handle (devalue format), or the
  // token itself (plain format). Errors: bad_reference.
  Result<Handle> follow(std::uint32_t ref_token) const {
    if (format_ == Format::plain) return ref_token;
    const Handle h = quick_follow(ref_token);
    return h != kNoQuickAnswer ? Result<Handle>(h) : follow_slow(ref_token);
  }

  // Objects: the value of `key` (the last one, if repeated), or nullopt when absent.
  // Errors: bad_reference, forbidden_key (a __proto__ key in a devalue object).
  Result<std::optional<Handle>> member(Handle object, std::string_view key) const;
  // Key tokens of an object, in order (an object's children alternate key, value).
  std::vector<std::uint32_t> keys(Handle object) const;

  // Several members in one pass over the object: found[i] becomes the value token of keys[i]
  // (the last one, if repeated) or kAbsent. Read it with follow(). Errors: forbidden_key.
  static constexpr std::uint32_t kAbsent = 0xFFFFFFFF;
  Status members(Handle object, std::initializer_list<std::string_view> keys, std::uint32_t* found) const;

  // Arrays (dense, with holes, or devalue's sparse form).
  std::uint32_t length(Handle array) const;
  Result<Handle> element(Handle array, std::uint32_t index) const;
  // Every element in order (holes as sentinel::hole), in one pass. Errors: bad_reference;
  // too_large for a sparse array longer than max_elements.
  Result<std::vector<Handle>> elements(Handle array, std::uint32_t max_elements) const;

  bool boolean(Handle h) const;
  double number(Handle h) const;
  // The decoded string; lone surrogates become U+FFFD (this text is headed for HTML).
  std::string_view string(Handle h, std::string& scratch) const;
  // The same, decoded (when it must be) into `arena`, so the view lasts as long as the arena.
  std::string_view string(Handle h, TextArena& arena) const {
    return h == sentinel::empty_string ? std::string_view() : string_in(*tape_, h, arena, Surrogates::replace);
  }
  // The token index of a string handle (to copy or compare it without decoding).
  std::uint32_t string_token(Handle h) const { return h; }

 private:
  Graph(const JsonTape& tape, Format format) : tape_(&tape), format_(format) {}
  // Nearly every devalue reference is a plain slot index ("123"): read without the number parser.
  static constexpr Handle kNoQuickAnswer = 0xFFFFFFFF;
  Handle quick_follow(std::uint32_t ref_token) const {
    const JsonToken& tok = (*tape_)[ref_token];
    if (tok.type != JsonType::number) return kNoQuickAnswer;
    const char* p = tape_->text.data() + tok.begin;
    const std::uint32_t len = tok.end - tok.begin;
    if (len > 9) return kNoQuickAnswer;
    std::uint32_t index = 0;
    for (std::uint32_t i = 0; i < len; ++i) {
      const unsigned d = static_cast<unsigned char>(p[i]) - '0';
      if (d > 9) return kNoQuickAnswer;  // '-', '.', 'e': the general reading
      index = index * 10 + d;
    }
    return index < slots_.size() ? slots_[index] : kNoQuickAnswer;
  }
  Kind kind_slow(Handle h) const;
  Result<Handle> unwrap_slow(Handle h) const;
  Result<Handle> follow_slow(std::uint32_t ref_token) const;
  Result<std::vector<Handle>> sparse_elements(Handle array, std::uint32_t max_elements) const;
  bool is_sparse(Handle array) const;
  bool is_hole(std::uint32_t element_token) const;

  const JsonTape* tape_;
  Format format_;
  Handle root_ = 0;
  std::vector<Handle> slots_;  // devalue: slot index -> token index
};

// Nuxt's wrapper tags, whose revivers give the value they carry: ShallowReactive, Reactive,
// Ref, ShallowRef, NuxtError, Island.
bool is_wrapper_tag(std::string_view tag);

}  // namespace cr::payload
