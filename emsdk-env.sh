# Source this file (". ./emsdk-env.sh") to make emcc/em++/emcmake usable in this shell.
# Prefers an activated emsdk whose emcc runs; otherwise Debian's emscripten (installed with apt if
# missing). For Debian's build it exports NODE_PATH (its optimizer imports acorn from there) and
# leaves EM_CACHE unset: Debian ships a prebuilt, frozen cache and a custom one breaks linking.
# Never calls exit (it is sourced); returns non-zero on failure.

cr_emsdk_pick() {
  _cr_emsdk_dir=${EMSDK:-$HOME/emsdk}
  if [ -f "$_cr_emsdk_dir/emsdk_env.sh" ]; then
    . "$_cr_emsdk_dir/emsdk_env.sh" >/dev/null 2>&1
    if emcc --version >/dev/null 2>&1; then
      echo "emsdk-env: using emsdk at $_cr_emsdk_dir" >&2
      return 0
    fi
    echo "emsdk-env: emsdk at $_cr_emsdk_dir does not run; falling back to Debian's emscripten" >&2
  fi
  if [ ! -x /usr/bin/emcc ]; then
    echo "emsdk-env: installing Debian's emscripten" >&2
    if [ "$(id -u)" = 0 ]; then apt-get install -y -qq emscripten >&2 || return 1
    else sudo apt-get install -y -qq emscripten >&2 || return 1; fi
  fi
  PATH=/usr/bin:$PATH
  export PATH
  NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
  export NODE_PATH
  unset EM_CACHE
  return 0
}

cr_emsdk_pick
