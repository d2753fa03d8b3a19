#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, AddressSanitizer, UBSan) in build-fuzz/ and runs
# each for SECONDS (default 60) from its seed corpus and dictionary, keeping what it learns in
# build-fuzz/corpus/. A crash stops with the input saved as build-fuzz/crashes/<name>-crash-*: fix it
# in core/, add a doctest case, and copy the input into tests/fuzz/<name>/corpus/.
# Usage: fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
[[ $seconds =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [SECONDS]" >&2; exit 2; }

[[ -e build-fuzz/Makefile ]] ||
  CXX=clang++ cmake -S . -B build-fuzz -DNNPLAY_FUZZ=ON -DCMAKE_BUILD_TYPE=Debug
cmake --build build-fuzz -j2

for name in model_file csv config expression; do
  echo "fuzz: $name for ${seconds}s"
  mkdir -p "build-fuzz/corpus/$name" build-fuzz/crashes
  # -timeout: one input running over 10 s is a hang; -rss_limit_mb: 2 GB is an out-of-memory bug.
  if ! "build-fuzz/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -dict="tests/fuzz/$name/$name.dict" -artifact_prefix="build-fuzz/crashes/$name-" -print_final_stats=1 \
    "build-fuzz/corpus/$name" "tests/fuzz/$name/corpus" 2>&1 | { grep -Ev '^#[0-9]+\s+(NEW|REDUCE|pulse)' || true; }; then
    echo "fuzz: $name failed; its input is in build-fuzz/crashes/" >&2
    exit 1
  fi
done
