#!/usr/bin/env bash
# Installs what nnplay builds and tests with: Debian packages, then the npm packages of package-lock.json.
# Safe to re-run; takes seconds when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
# need PACKAGE COMMAND-OR-FILE: PACKAGE is missing unless the command runs or the file exists.
need() {
  if [[ $2 == /* ]]; then [[ -e $2 ]]; else command -v "$2" >/dev/null; fi || missing+=("$1")
}
need cmake cmake
need g++ g++
need emscripten em++
need libeigen3-dev /usr/include/eigen3/Eigen/Core
need doctest-dev /usr/include/doctest/doctest.h
need nlohmann-json3-dev /usr/include/nlohmann/json.hpp
need wabt wasm-objdump
# The fuzzers (scripts/fuzz.sh): clang with libFuzzer and the sanitizer runtimes.
need clang clang++
need libclang-rt-14-dev /usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a
need chromium chromium
# Chromium only recommends fonts; screenshots need real ones.
need fonts-liberation /usr/share/fonts/truetype/liberation

if ((${#missing[@]})); then
  if [[ $EUID -eq 0 && -e /etc/debian_version ]]; then
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "setup: missing ${missing[*]}; install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi

# npm ci empties node_modules, stamp included, so the stamp says the last install finished.
stamp=node_modules/.nnplay-installed
if [[ ! -e $stamp || package-lock.json -nt $stamp ]]; then
  npm ci --no-audit --no-fund
  touch "$stamp"
fi
