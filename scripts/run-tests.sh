#!/usr/bin/env bash
# Runs every test suite after scripts/build.sh and prints the total: "N passed, M failed".
# Suites: native (ctest), native under ASan+UBSan, node (node --test on dist/), browser
# (Chromium through playwright-core), bundlers (the packed package built by Vite, webpack and
# esbuild, opened in Chromium), fuzz (each fuzzer briefly). `scripts/run-tests.sh node`
# runs one suite.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
passed=0
failed=0
suites=("$@")
[ ${#suites[@]} -gt 0 ] || suites=(native sanitize node browser bundlers fuzz)

count_ctest() {  # reads ctest output: "100% tests passed, 0 tests failed out of 42"
  local log=$1 line total bad
  line=$(grep -E 'tests passed, [0-9]+ tests? failed out of' "$log" | tail -1)
  if [ -z "$line" ]; then failed=$((failed + 1)); return; fi
  bad=$(echo "$line" | sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/')
  total=$(echo "$line" | sed -E 's/.*out of ([0-9]+).*/\1/')
  passed=$((passed + total - bad))
  failed=$((failed + bad))
}

count_node() {  # reads node --test's summary: "# pass N", "# fail M"
  local log=$1 p f
  p=$(grep -E '^# pass [0-9]+' "$log" | tail -1 | awk '{print $3}')
  f=$(grep -E '^# fail [0-9]+' "$log" | tail -1 | awk '{print $3}')
  if [ -z "$p" ]; then failed=$((failed + 1)); return; fi
  passed=$((passed + p))
  failed=$((failed + ${f:-0}))
}

report_tap() {  # shows a TAP log's failures (with why: the error, expected, actual) and summary, and counts it
  awk '/^not ok/ { print; shown = 0; inside = 1; skip = 0; next }
       inside && /^  \.\.\.$/ { inside = 0; next }
       inside && /^  [A-Za-z_]+:/ { skip = ($0 ~ /^  (stack|location|duration_ms|code):/) }
       inside && !skip && !/^  ---$/ && shown < 10 { print "    " substr($0, 3, 240); shown++ }' "$1" | head -150 >&2
  grep -E '^# (pass|fail)' "$1" >&2
  count_node "$1"
}

for suite in "${suites[@]}"; do
  log="test-results/$suite.log"
  echo "== $suite" >&2
  case "$suite" in
    native)
      ctest --test-dir build-native --output-on-failure -j"$(nproc)" >"$log" 2>&1
      tail -3 "$log" >&2
      count_ctest "$log" ;;
    sanitize)
      ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ./build-asan/cr_native_tests >"$log" 2>&1
      status=$?
      tail -3 "$log" >&2
      p=$(grep -E '^\[  PASSED  \] [0-9]+ tests' "$log" | awk '{print $4}')
      f=$(grep -E '^\[  FAILED  \] [0-9]+ tests?' "$log" | awk '{print $4}')
      if [ $status -ne 0 ] && [ -z "$f" ]; then f=1; fi
      passed=$((passed + ${p:-0}))
      failed=$((failed + ${f:-0})) ;;
    node)
      node --test --test-reporter=tap tests/node/ >"$log" 2>&1
      report_tap "$log" ;;
    browser)
      node --test --test-reporter=tap --test-concurrency=1 tests/browser/ >"$log" 2>&1
      report_tap "$log" ;;
    bundlers)
      node tests/bundlers/run.mjs >"$log" 2>&1
      report_tap "$log" ;;
    fuzz)
      if [ -x scripts/fuzz-briefly.sh ]; then
        scripts/fuzz-briefly.sh >"$log" 2>&1
        status=$?
        tail -5 "$log" >&2
        count_node "$log"
      fi ;;
    *) echo "unknown suite $suite" >&2; failed=$((failed + 1)) ;;
  esac
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
