#!/usr/bin/env bash
# Fetches md4c 0.5.2's source from Debian's source archive (trixie), checks its sha256,
# unpacks it into third_party/md4c (ignored by git) and applies the project's own patches
# (patches/md4c/, each saying why). Quick when it is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

version=0.5.2
tarball=md4c_${version}.orig.tar.gz
sha256=55d0111d48fb11883aaee91465e642b8b640775a4d6993c2d0e7a8092758ef21
dest=third_party/md4c

patches=(patches/md4c/*.patch)
stamp="$sha256 $(cat "${patches[@]}" | sha256sum | cut -d' ' -f1)"  # the source and its patches
if [ -f "$dest/.sha256" ] && [ "$(cat "$dest/.sha256")" = "$stamp" ]; then exit 0; fi

mkdir -p third_party/download
if [ ! -f "third_party/download/$tarball" ]; then
  echo "fetch-md4c: apt-get source --download-only --tar-only md4c/trixie" >&2
  (cd third_party/download && apt-get source --download-only --tar-only "md4c/trixie" >&2)
fi
actual=$(sha256sum "third_party/download/$tarball" | cut -d' ' -f1)
if [ "$actual" != "$sha256" ]; then
  echo "fetch-md4c: $tarball has sha256 $actual, expected $sha256" >&2
  exit 1
fi
rm -rf "$dest" && mkdir -p "$dest"
tar -xzf "third_party/download/$tarball" -C "$dest" --strip-components=1
for p in "${patches[@]}"; do patch --quiet --forward -p1 -d "$dest" < "$p"; done
echo "$stamp" > "$dest/.sha256"
