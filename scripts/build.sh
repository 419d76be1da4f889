#!/usr/bin/env bash
# Builds what is asked (default: everything): "native" = core libraries + unit tests (build-native),
# "sanitize" = the same under ASan+UBSan (build-asan), "wasm" = dist/ (build-wasm),
# "fuzz" = libFuzzer targets with clang (build-fuzz), "profile" = the module with function names,
# for profiles and bench/size.mjs (build-wasm-profile -> build-wasm-profile/dist), "floor" =
# bench/floor's module (build-wasm -> bench/out/floor.{mjs,wasm}). Incremental.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(native sanitize wasm)

for t in "${targets[@]}"; do
  case "$t" in
    native)
      cmake -S . -B build-native -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
      cmake --build build-native -j"$jobs" ;;
    sanitize)
      cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCR_SANITIZE=ON >/dev/null
      cmake --build build-asan -j"$jobs" --target cr_native_tests ;;
    fuzz)
      CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCR_FUZZ=ON >/dev/null
      cmake --build build-fuzz -j"$jobs" ;;
    wasm)
      # shellcheck disable=SC1091
      . ./emsdk-env.sh
      emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
      cmake --build build-wasm -j"$jobs" ;;
    floor)
      # shellcheck disable=SC1091
      . ./emsdk-env.sh
      emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
      cmake --build build-wasm -j"$jobs" --target cr_floor ;;
    profile)
      # shellcheck disable=SC1091
      . ./emsdk-env.sh
      emcmake cmake -S . -B build-wasm-profile -DCMAKE_BUILD_TYPE=Release -DCR_PROFILING=ON \
        -DCR_DIST="$PWD/build-wasm-profile/dist" >/dev/null
      cmake --build build-wasm-profile -j"$jobs" ;;
    *) echo "build.sh: unknown target $t" >&2; exit 2 ;;
  esac
done
