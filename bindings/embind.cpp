// bindings/embind: the only file that includes Emscripten. No logic: it moves bytes between
// JavaScript and src/wire.hpp. Text travels as UTF-8 through memory the module owns, which the
// facade (web/js/facade.js) reads and writes through views of the wasm memory:
//
//   input:  the payload's UTF-8, then the options' JSON, in one buffer (TextEncoder.encodeInto;
//           the caller's own bytes are copied in as they are, and checked here; a text with
//           no character above U+00FF may come as Latin-1 bytes, and one outside ASCII as its
//           UTF-16 code units: either is written as UTF-8 here);
//   reply:  eight 32-bit words at the address `run` returns (below), then the wire meta words.
//
// In the steady state a call is one `run`: the facade keeps the input buffer's address and size
// from the last reply and asks for a bigger one (`reserve`) only when the text may not fit.
// Nothing allocates between the facade's encodeInto and `run` reading what it wrote.
#include <emscripten/bind.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/buffer.hpp"
#include "core/utf8.hpp"
#include "wire.hpp"

namespace {

enum Kind : int { kRenderComparison = 0, kDecodePayload = 1, kRenderMarkdown = 2 };
// Added to a kind when the input is the caller's bytes, not encodeInto's: they may not be UTF-8.
constexpr int kFromBytes = 4;
// Added to a kind when the input came as `bytes` UTF-16 code units, at byte utf16_offset(bytes)
// of the input buffer, with the options' UTF-8 at byte options_offset(bytes): `run` writes the
// text's UTF-8 at the buffer's start (utf8::from_utf16) and moves the options behind it.
constexpr int kFromUtf16 = 8;
constexpr std::size_t utf16_offset(std::size_t units) { return units + units % 2; }
constexpr std::size_t options_offset(std::size_t units) { return 3 * units + 2; }
// Added to a kind when the caller reads UTF-8 faster than UTF-16 unless much of it is outside
// ASCII (a browser's TextDecoder, against the String Builtins or TextDecoder('utf-16le')): the
// text result then comes as UTF-16 too only when more than one byte in kDenseOneIn is.
constexpr int kUtf8WhenSparse = 16;
constexpr std::size_t kDenseOneIn = 4;
// Added to a kind when the input came as `bytes` Latin-1 bytes (a text of characters up to
// U+00FF) at the buffer's start, with the options' UTF-8 at byte 2 * bytes: `run` rewrites the
// text as UTF-8 in place (utf8::from_latin1).
constexpr int kFromLatin1 = 32;

// Buffers above this are released after use, so one huge call does not pin its memory.
constexpr std::size_t kKeepBytes = 8u << 20;
// Nothing larger is even allocated (the limits refuse far smaller inputs unless raised).
constexpr std::size_t kHardCapBytes = 1u << 30;

// The reply's fixed words. kOutAscii: 1 when every byte of the output is ASCII (Node then reads
// it as Latin-1). Otherwise the text result comes as UTF-16 too (kUtf16Address, kUtf16Units;
// with kUtf8WhenSparse, only when dense outside ASCII): engines make strings from UTF-16 many
// times faster than from UTF-8 outside ASCII.
enum Reply : int {
  kOutAddress, kOutBytes, kMetaAddress, kMetaWords, kInputAddress, kInputBytes, kOutAscii, kUtf16Address,
  kUtf16Units, kReplyWords = 10
};

struct State {
  cr::Buffer input;
  cr::Buffer utf16;  // the text result as UTF-16 code units, when it is not ASCII
  std::size_t refused_limit = 0;  // the limit reserve() last refused a text for
  cr::wire::Response response;
  std::uint32_t reply[kReplyWords] = {};
} state;

std::uintptr_t address(const void* p) { return reinterpret_cast<std::uintptr_t>(p); }

void fill_reply(bool text_result = false, bool utf8_when_sparse = false) {
  auto& r = state.reply;
  r[kOutAddress] = static_cast<std::uint32_t>(address(state.response.out.data()));
  r[kOutBytes] = static_cast<std::uint32_t>(state.response.out.size());
  r[kMetaAddress] = static_cast<std::uint32_t>(address(state.response.meta.data()));
  r[kMetaWords] = static_cast<std::uint32_t>(state.response.meta.size());
  r[kInputAddress] = static_cast<std::uint32_t>(address(state.input.data()));
  r[kInputBytes] = static_cast<std::uint32_t>(state.input.capacity());
  const bool ascii = cr::utf8::is_ascii(state.response.out.view());
  r[kOutAscii] = ascii ? 1 : 0;
  r[kUtf16Units] = 0;
  if (text_result && !ascii && !(utf8_when_sparse && cr::utf8::mostly_ascii(state.response.out.view(), kDenseOneIn))) {
    std::string_view out = state.response.out.view();
    state.utf16.reserve(2 * out.size());  // malloc's alignment suits char16_t
    r[kUtf16Units] = static_cast<std::uint32_t>(cr::utf8::to_utf16(out, reinterpret_cast<char16_t*>(state.utf16.data())));
  }
  r[kUtf16Address] = static_cast<std::uint32_t>(address(state.utf16.data()));
}

// Room for a text of `units` UTF-16 code units at `bytes_per_unit` (the facade's first guess for
// UTF-8, 1.25: payloads are mostly ASCII; Latin-1 rewritten as UTF-8 in place, 2; the worst case,
// 3) plus options of `option_units`, keeping what the input buffer already holds. Unless the
// options' input limit refuses that many units anyway (every unit is at least one byte): then
// nothing is allocated and `run` reports the error. Returns the reply's address.
std::uintptr_t reserve(int kind, double units, double option_units, std::string options, double bytes_per_unit) {
  const std::size_t limit =
      cr::input_limit(kind == kRenderMarkdown ? cr::InputKind::markdown : cr::InputKind::payload, options);
  const double need = bytes_per_unit * units + 3 * option_units + 64;
  if (units <= static_cast<double>(limit) && need <= static_cast<double>(kHardCapBytes)) {
    state.input.reserve(static_cast<std::size_t>(need));
  } else {
    state.refused_limit = limit;
  }
  fill_reply();
  return address(state.reply);
}

// Renders the `bytes` of input (then `option_bytes` of options JSON) for a text that was `units`
// UTF-16 code units long (the caller's bytes: `units` is their number; with kFromUtf16, `bytes`
// is the units written). Returns the reply's address.
std::uintptr_t run(int kind, double bytes, double option_bytes, double units) {
  const cr::Utf8 utf8 = kind & kFromBytes ? cr::Utf8::check : cr::Utf8::trusted;
  const bool from_utf16 = kind & kFromUtf16;
  const bool from_latin1 = kind & kFromLatin1;
  const bool utf8_when_sparse = kind & kUtf8WhenSparse;
  kind &= ~(kFromBytes | kFromUtf16 | kFromLatin1 | kUtf8WhenSparse);
  auto& response = state.response;
  response.out.shrink_if_over(kKeepBytes);
  state.utf16.shrink_if_over(kKeepBytes);
  const bool written = bytes >= 0;  // < 0: reserve() refused the text and nothing was written
  std::size_t n = written ? static_cast<std::size_t>(bytes) : 0;
  const std::size_t o = static_cast<std::size_t>(option_bytes);
  const std::size_t options_at = from_utf16 ? options_offset(n) : from_latin1 ? 2 * n : n;
  const bool fits = written && options_at + o <= state.input.capacity();
  char* data = state.input.data();
  if (fits && from_utf16) {
    n = cr::utf8::from_utf16(reinterpret_cast<const char16_t*>(data + utf16_offset(n)), n, data);
    std::memmove(data + n, data + options_at, o);
  }
  if (fits && from_latin1) n = cr::utf8::from_latin1(data, n);
  std::string_view options = fits ? std::string_view(data + (from_latin1 ? options_at : n), o) : std::string_view();
  std::string_view text = fits ? std::string_view(data, n) : std::string_view();
  const cr::InputKind input = kind == kRenderMarkdown ? cr::InputKind::markdown : cr::InputKind::payload;
  const std::size_t limit = fits ? cr::input_limit(input, options)
                                 : state.refused_limit;  // a text that did not fit was refused by reserve()
  if (!fits || units > static_cast<double>(limit)) {
    // The size said is the bytes written; for a text reserve() refused, its code units: the
    // byte count for ASCII and a lower bound otherwise. Either way the input is over the limit.
    const std::size_t size = fits ? n : static_cast<std::size_t>(units);
    cr::wire::write_error(cr::input_too_large(size, limit, input), {}, response);
  } else {
    switch (kind) {
      case kRenderComparison: cr::wire::render_comparison(text, options, response, utf8); break;
      case kDecodePayload: cr::wire::decode_payload(text, options, response, utf8); break;
      default: cr::wire::render_markdown(text, options, response, utf8); break;
    }
  }
  state.input.shrink_if_over(kKeepBytes);
  fill_reply(kind != kDecodePayload, utf8_when_sparse);
  return address(state.reply);
}

std::string version() { return std::string(cr::kVersion); }

// Whether the first `bytes` of the input buffer are valid UTF-8, as `run` judges the caller's
// bytes. Reachable only through createComparisonRenderer's `testHooks` option.
bool valid_utf8_for_tests(double bytes) {
  return bytes >= 0 && cr::utf8::is_valid(std::string_view(state.input.data(), static_cast<std::size_t>(bytes)));
}

// Aborts, as a bug or an exhausted memory would: the facade must restore the stack and report
// "internal", and the next call must work. Reachable only through createComparisonRenderer's
// `testHooks` option.
// A real failure happens deep in a call, with frames on the wasm stack: abort from under 1 KiB of
// them (a volatile array lives in linear memory), so a facade that did not restore the stack
// pointer would lose 1 KiB of its 1 MiB stack per trap.
[[gnu::noinline]] void abort_under_a_frame() {
  volatile char frame[1024];
  for (std::size_t i = 0; i < sizeof frame; ++i) frame[i] = 1;
  std::abort();
}

// Keeps recurse_without_end's recursion from looking endless to the compiler.
volatile bool keep_recursing = true;

// Recurses, 4 KiB of wasm stack a frame, until the 1 MiB stack runs out, as unbounded recursion
// in a bug would. The stack lies below the static data (-Wl,--stack-first, cmake/wasm_module.cmake),
// so running out of it traps instead of writing over that data.
[[gnu::noinline]] int recurse_without_end(int depth) {
  volatile char frame[4096];
  for (std::size_t i = 0; i < sizeof frame; ++i) frame[i] = static_cast<char>(depth | 1);
  return (keep_recursing ? recurse_without_end(depth + 1) : 0) + frame[0];
}

// How trap_for_tests fails (the facade's CR_TRAPS names them in this order): kDamage first writes
// 64 KiB past the end of the result buffer, as a buffer overrun would, so that the instance's
// memory can no longer be trusted after the trap.
enum Trap : int { kAbort = 0, kDamage = 1, kStackOverflow = 2 };

void trap_for_tests(int how) {
  // Leave some state behind, as a real failure would (without allocating what the trap would leak).
  state.response.out.clear();
  std::memset(state.response.out.extend(1 << 16), 'x', 1 << 16);
  if (how == kDamage) std::memset(state.response.out.data() + state.response.out.capacity(), 0xA5, 1 << 16);
  if (how == kStackOverflow) recurse_without_end(0);
  abort_under_a_frame();
}

}  // namespace

EMSCRIPTEN_BINDINGS(comparison_renderer) {
  emscripten::function("reserve", &reserve);
  emscripten::function("run", &run);
  emscripten::function("version", &version);
  emscripten::function("trapForTests", &trap_for_tests);
  emscripten::function("validUtf8ForTests", &valid_utf8_for_tests);
}
