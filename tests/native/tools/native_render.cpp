// native_render: the native build of the renderer as a command, for benchmarks and for
// reproducing fuzzer findings. Usage: native_render comparison|decode|markdown FILE [OPTIONS_JSON] [REPEAT]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "wire.hpp"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s comparison|decode|markdown FILE [OPTIONS_JSON] [REPEAT]\n", argv[0]);
    return 2;
  }
  std::string mode = argv[1];
  std::ifstream in(argv[2], std::ios::binary);
  if (!in) { std::fprintf(stderr, "cannot read %s\n", argv[2]); return 2; }
  std::stringstream ss;
  ss << in.rdbuf();
  std::string input = ss.str();
  std::string options = argc > 3 ? argv[3] : "";
  int repeat = argc > 4 ? std::atoi(argv[4]) : 1;
  cr::wire::Response out;
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < repeat; ++i) {
    if (mode == "comparison") cr::wire::render_comparison(input, options, out, cr::Utf8::check);
    else if (mode == "decode") cr::wire::decode_payload(input, options, out, cr::Utf8::check);
    else cr::wire::render_markdown(input, options, out, cr::Utf8::check);
  }
  auto us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
  if (repeat > 1) {
    std::fprintf(stderr, "%.1f us per call\n", us / repeat);
    return 0;
  }
  // The body, then each text field on a line of its own (src/wire.hpp); the status goes first.
  const auto& meta = out.meta;
  std::string_view text = out.out.view();
  std::cout << (meta[0] ? "ok" : "error") << "\n";
  std::size_t at = meta[1];
  for (std::uint32_t f = 0; f < meta[2]; ++f) {
    // Field lengths are UTF-16 units; walk the UTF-8 to find each one's bytes.
    std::size_t units = meta[3 + f], end = at;
    while (units > 0 && end < text.size()) {
      unsigned char c = static_cast<unsigned char>(text[end]);
      std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      units -= len == 4 ? std::min<std::size_t>(units, 2) : 1;
      end += len;
    }
    std::cout << "field " << f << ": " << text.substr(at, end - at) << "\n";
    at = end;
  }
  std::cout << text.substr(0, meta[1]);
  return 0;
}
