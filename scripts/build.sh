#!/usr/bin/env bash
# Builds the engine: native (build/), WebAssembly (build-wasm/wasm/), and the site (dist/).
# Usage: build.sh [native|wasm|module|site|sanitize]; with no argument, the page's WebAssembly module then the site.
# sanitize: clang with AddressSanitizer and UBSan (build-sanitize/): the fuzzers, the C++ tests and the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

# A build folder is configured once CMake has generated its build system; later builds re-run CMake when needed.
configured() { [[ -e $1/Makefile || -e $1/build.ninja ]]; }

native() {
  configured build || cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
  cmake --build build -j2
}

wasm() {
  # emcmake's toolchain uses Debian's prebuilt Emscripten cache: never set EM_CACHE.
  configured build-wasm || emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release
  cmake --build build-wasm -j2 "$@"
}

sanitize() {
  configured build-sanitize || CXX=clang++ cmake -S . -B build-sanitize -DNNPLAY_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
  cmake --build build-sanitize -j2
}

# Just the module the page loads, for start and build.
module() { wasm --target nnplay_wasm; }

site() {
  tsc -p web/tsconfig.json
  tsc -p web/tsconfig.worker.json
  tsc -p web/tsconfig.node.json
  vite build --config web/vite.config.ts
}

case "${1:-}" in
  native | wasm | module | site | sanitize) "$1" ;;
  "") module && site ;;
  *) echo "usage: $0 [native|wasm|module|site|sanitize]" >&2; exit 2 ;;
esac
