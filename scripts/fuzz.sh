#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, AddressSanitizer, UBSan) in build-sanitize/ and
# runs each for SECONDS (default 60) from its seed corpus and dictionary, keeping what it learns in
# build-sanitize/corpus/. A crash stops with the input saved as build-sanitize/crashes/<name>-crash-*:
# fix it in core/, add a doctest case, and copy the input into tests/fuzz/<name>/corpus/. Then the
# URL-state reader of the page for as long, under fast-check (scripts/fuzz-url.mjs).
# Usage: fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
[[ $seconds =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [SECONDS]" >&2; exit 2; }

bash scripts/build.sh sanitize

for name in model_file csv config expression; do
  echo "fuzz: $name for ${seconds}s"
  mkdir -p "build-sanitize/corpus/$name" build-sanitize/crashes
  # -timeout: one input running over 10 s is a hang; -rss_limit_mb: 2 GB is an out-of-memory bug.
  if ! "build-sanitize/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -dict="tests/fuzz/$name/$name.dict" -artifact_prefix="build-sanitize/crashes/$name-" -print_final_stats=1 \
    "build-sanitize/corpus/$name" "tests/fuzz/$name/corpus" 2>&1 | { grep -Ev '^#[0-9]+\s+(NEW|REDUCE|pulse)' || true; }; then
    echo "fuzz: $name failed; its input is in build-sanitize/crashes/" >&2
    exit 1
  fi
done
node scripts/fuzz-url.mjs "$seconds"
