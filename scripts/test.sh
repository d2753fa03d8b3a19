#!/usr/bin/env bash
# Everything CI checks: set-up, the C++ tests natively and in WebAssembly, the module under Node, the site in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
# Each section's heading says when it started, so a log shows where npm test's time goes.
section() { printf '\n==== %s (at %d s) ====\n' "$1" $((SECONDS - started)); }

section "Set-up"
bash scripts/setup.sh

section "Native build and C++ tests"
bash scripts/build.sh native
ctest --test-dir build -j2 --output-on-failure

section "Sanitizer build (clang, ASan, UBSan): fuzzers 5 s each (npm run fuzz for long runs), C++ tests, CLI scenarios"
bash scripts/fuzz.sh 5
# The suite in one process, not again case by case: the sanitizers need no more isolation.
UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir build-sanitize -j2 --output-on-failure -R 'every case in one run|^cli: '

section "WebAssembly build and C++ tests under Node"
bash scripts/build.sh wasm
# The suite in one Node process: a process per case (as natively, where it checks each case runs alone)
# would load the module 140 times for the same assertions.
ctest --test-dir build-wasm --output-on-failure -R 'every case in one run'

section "Module tests (Node)"
node --test tests/node/

section "Page modules (Node)"
node --test tests/web/

section "Site build"
bash scripts/build.sh site

section "Browser tests (Chromium)"
# Two files at a time (node --test runs one on two cores): a page spends much of its time waiting on
# its worker, its server or Chromium, and each file has its own server and Chromium.
node --test --test-concurrency=2 tests/browser/

section "Done"
