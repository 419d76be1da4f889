#!/usr/bin/env bash
# Installs what the build and the tests need, and is quick when it is already there:
# Debian packages, a deb-src entry for trixie (md4c 0.5.2's source), and the npm dev tools.
# Called by ./test and ./demo; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian packages. Each entry is "command-or-file-that-proves-it|package".
apt_needs=(
  "/usr/bin/emcc|emscripten"
  "/usr/include/nlohmann/json.hpp|nlohmann-json3-dev"
  "/usr/bin/cmake|cmake"
  "/usr/bin/g++|g++"
  "/usr/include/gtest/gtest.h|libgtest-dev"
  "/usr/bin/chromium|chromium"
  "/usr/bin/clang++-14|clang-14"
  "/usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a|libclang-rt-14-dev"
  "/usr/bin/java|default-jre-headless"
  "/usr/bin/node|nodejs"
  "/usr/bin/npm|npm"
  "/usr/bin/dpkg-source|dpkg-dev"
  "/usr/bin/patch|patch"
  "/usr/bin/fc-list|fontconfig"
)
missing=()
for entry in "${apt_needs[@]}"; do
  [ -e "${entry%%|*}" ] || missing+=("${entry##*|}")
done

trixie_src=/etc/apt/sources.list.d/comparison-renderer-trixie-src.sources
need_update=0
if [ ! -f "$trixie_src" ]; then
  echo "install-deps: adding a deb-src entry for Debian trixie (md4c 0.5.2's source)" >&2
  sudo_if_needed tee "$trixie_src" >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  need_update=1
fi
if [ ${#missing[@]} -gt 0 ] || [ $need_update = 1 ]; then
  echo "install-deps: apt-get update" >&2
  sudo_if_needed apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "install-deps: Node $node_major found; the module and its tests need Node 20 or newer" >&2
  exit 1
fi

scripts/fetch-md4c.sh

# npm dev tools, exactly as the committed lockfile says.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "install-deps: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
