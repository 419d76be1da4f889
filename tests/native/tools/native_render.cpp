// native_render: the native build of the renderer as a command, for benchmarks and for
// reproducing fuzzer findings. Usage: native_render comparison|decode|markdown FILE [OPTIONS_JSON] [REPEAT]
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
  std::string out;
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < repeat; ++i) {
    out.clear();
    if (mode == "comparison") cr::wire::render_comparison(input, options, out, cr::Utf8::check);
    else if (mode == "decode") cr::wire::decode_payload(input, options, out, cr::Utf8::check);
    else cr::wire::render_markdown(input, options, out, cr::Utf8::check);
  }
  auto us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
  if (repeat > 1) {
    std::fprintf(stderr, "%.1f us per call\n", us / repeat);
    return 0;
  }
  std::size_t nul = out.rfind('\0');  // body, NUL, header (src/wire.hpp): print header, then body
  std::cout << out.substr(nul + 1) << "\n" << out.substr(0, nul);
  return 0;
}
