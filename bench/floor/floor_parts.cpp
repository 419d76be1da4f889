// The parts of a render no implementation of it can skip, each alone, for bench/floor.mjs:
// scanning the payload once (the module's own validating tape) and md4c's parse of the markdown
// with callbacks that write nothing. Built from the module's libraries with the module's flags
// (cmake/floor_module.cmake); not part of dist/, and no render path of its own.
#include <emscripten.h>
#include <md4c.h>

#include <cstddef>
#include <cstdlib>
#include <string_view>

#include "core/limits.hpp"
#include "payload/json_tape.hpp"

namespace {

int count_block(MD_BLOCKTYPE, void*, void* calls) { return ++*static_cast<int*>(calls), 0; }
int count_span(MD_SPANTYPE, void*, void* calls) { return ++*static_cast<int*>(calls), 0; }
int count_text(MD_TEXTTYPE, const MD_CHAR*, MD_SIZE, void* calls) { return ++*static_cast<int*>(calls), 0; }

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void* floor_alloc(std::size_t bytes) { return std::malloc(bytes); }
EMSCRIPTEN_KEEPALIVE void floor_free(void* at) { std::free(at); }

// The payload's tokens, or -1 when it is not JSON the module reads.
EMSCRIPTEN_KEEPALIVE int floor_scan(const char* text, std::size_t bytes) {
  auto tape = cr::payload::scan_json(std::string_view(text, bytes), cr::Limits{});
  return tape.ok() ? static_cast<int>(tape.value().size()) : -1;
}

// md4c's callbacks made for the markdown (GitHub's dialect, as the module parses it), or -1.
EMSCRIPTEN_KEEPALIVE int floor_md4c(const char* text, std::size_t bytes) {
  MD_PARSER parser{};
  parser.flags = MD_DIALECT_GITHUB;
  parser.enter_block = parser.leave_block = count_block;
  parser.enter_span = parser.leave_span = count_span;
  parser.text = count_text;
  int calls = 0;
  return md_parse(text, static_cast<MD_SIZE>(bytes), &parser, &calls) == 0 ? calls : -1;
}

}  // extern "C"
