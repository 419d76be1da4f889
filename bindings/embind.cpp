// bindings/embind: the only file that includes Emscripten. No logic: it moves bytes between
// JavaScript and src/wire.hpp. Strings travel as UTF-8 through buffers the module owns
// (TextEncoder.encodeInto in, a TextDecoder over a memory view out), which is ~8x faster than
// Embind's std::string conversion for large payloads.
//
//   const view = m.begin(kind, text.length, optionsJson);   // room for the input, in wasm memory
//   const { written } = new TextEncoder().encodeInto(text, view);
//   const out = m.finish(written);                          // header JSON, NUL, body (wire.hpp)
//
// No allocation may happen between begin() and encodeInto (it could move the memory).
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdlib>
#include <memory>
#include <string>

#include "wire.hpp"

namespace {

using emscripten::typed_memory_view;
using emscripten::val;

enum Kind : int { kRenderComparison = 0, kDecodePayload = 1, kRenderMarkdown = 2 };

// Input buffers above this are released after use, so one huge call does not pin its memory.
constexpr std::size_t kKeepBytes = 8u << 20;
// Nothing larger is even allocated (the limits refuse far smaller inputs unless raised).
constexpr std::size_t kHardCapBytes = 1u << 30;

struct State {
  std::unique_ptr<unsigned char[]> input;
  std::size_t capacity = 0;
  int kind = kRenderComparison;
  std::string options;
  std::size_t units = 0;
  std::size_t limit = 0;  // bytes the call accepts; an input with more characters cannot fit
  std::string output;
} state;

val begin(int kind, double utf16_units, std::string options) {
  state.kind = kind;
  state.options = std::move(options);
  state.units = utf16_units < 0 ? 0 : static_cast<std::size_t>(utf16_units);
  if (state.output.capacity() > kKeepBytes) std::string().swap(state.output);
  // Every UTF-16 unit is at least one UTF-8 byte: an input with more units than the limit has
  // bytes is refused before any memory is set aside for it (finish() says so).
  state.limit = cr::input_limit(kind == kRenderMarkdown ? cr::InputKind::markdown : cr::InputKind::payload,
                                state.options);
  std::size_t need = state.units * 3;  // the most UTF-8 bytes a JS string of that length takes
  if (need > kHardCapBytes || state.units > state.limit) need = 0;
  if (need > state.capacity || (state.capacity > kKeepBytes && need < state.capacity / 4)) {
    state.input.reset();
    state.input.reset(new unsigned char[need ? need : 1]);
    state.capacity = need;
  }
  return val(typed_memory_view(need, state.input.get()));
}

val finish(double written) {
  state.output.clear();
  std::size_t length = static_cast<std::size_t>(written);
  if (length > state.capacity) length = 0;
  std::string_view input(reinterpret_cast<const char*>(state.input.get()), length);
  if (state.units > state.limit || state.units * 3 > kHardCapBytes) {
    // The character count is the byte count for ASCII text and a lower bound otherwise: either
    // way the input is over the limit, said the way the core says it.
    cr::wire::write_error(cr::input_too_large(state.units, state.limit,
                                              state.kind == kRenderMarkdown ? "markdown" : "payload"),
                          {}, state.output);
  } else {
    switch (state.kind) {
      case kRenderComparison: cr::wire::render_comparison(input, state.options, state.output, cr::Utf8::trusted); break;
      case kDecodePayload: cr::wire::decode_payload(input, state.options, state.output, cr::Utf8::trusted); break;
      default: cr::wire::render_markdown(input, state.options, state.output, cr::Utf8::trusted); break;
    }
  }
  return val(typed_memory_view(state.output.size(), reinterpret_cast<const unsigned char*>(state.output.data())));
}

std::string version() { return std::string(cr::kVersion); }

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

void trap_for_tests() {
  state.output.assign(1 << 16, 'x');  // leave some state behind, as a real failure would
  abort_under_a_frame();
}

}  // namespace

EMSCRIPTEN_BINDINGS(comparison_renderer) {
  emscripten::function("begin", &begin);
  emscripten::function("finish", &finish);
  emscripten::function("version", &version);
  emscripten::function("trapForTests", &trap_for_tests);
}
