#!/usr/bin/env bash
# Runs fuzz targets for SECONDS each (after build.sh fuzz). Seeds each corpus from the project's
# fixtures, replays tests/fuzz/regressions/TARGET first, and prints TAP-style totals
# ("# pass N", "# fail M") that scripts/run-tests.sh counts.
set -uo pipefail
cd "$(dirname "$0")/.."
target=${1:-all}
seconds=${2:-15}
all=(decode_payload render_comparison markdown sanitizer url_policy)
[ "$target" = all ] && targets=("${all[@]}") || targets=("$target")
mkdir -p build-fuzz/crashes
pass=0
fail=0

seed_corpus() {  # fills build-fuzz/corpus/$1 with fixtures (once)
  local dir=build-fuzz/corpus/$1
  [ -d "$dir" ] && return
  mkdir -p "$dir"
  case $1 in
    decode_payload|render_comparison)
      cp tests/fixtures/seed/*.json web/examples/*.json web/examples/*.html "$dir"/ 2>/dev/null
      cp tests/fixtures/pages/*.html "$dir"/ 2>/dev/null
      node -e '
        const fs = require("fs");
        for (const c of JSON.parse(fs.readFileSync("tests/fixtures/malformed-payloads.json", "utf8")))
          if (typeof c.payload === "string" && c.payload.length < 4096) fs.writeFileSync(process.argv[1] + "/m-" + c.name.replace(/\W+/g, "-"), c.payload);
      ' "$dir" 2>/dev/null
      if [ "$1" = render_comparison ]; then for f in "$dir"/*; do printf '\0' | cat - "$f" > "$f.tmp" && mv "$f.tmp" "$f"; done; fi ;;
    markdown|sanitizer)
      node -e '
        const fs = require("fs");
        const v = JSON.parse(fs.readFileSync("tests/fixtures/xss-vectors.json", "utf8"));
        v.forEach((x, i) => fs.writeFileSync(process.argv[1] + "/x" + i, "\0" + x.markdown));
        const md = JSON.parse(fs.readFileSync("tests/fixtures/seed/rust-vs-go.payload.json", "utf8"))[8];
        fs.writeFileSync(process.argv[1] + "/seed-md", "\0" + md);
      ' "$dir" ;;
    url_policy)
      for u in "javascript:alert(1)" "https://example.com/a?b#c" "data:image/png;base64,AAAA" "mailto:a@b.c" "/rel" "#x"; do
        printf '\0%s' "$u" > "$dir/$(echo "$u" | md5sum | cut -c1-8)"
      done ;;
  esac
}

dict_for() {
  case $1 in
    decode_payload|render_comparison) echo tests/fuzz/json.dict ;;
    markdown|sanitizer) echo tests/fuzz/html.dict ;;
    url_policy) echo tests/fuzz/url.dict ;;
  esac
}

for t in "${targets[@]}"; do
  bin=build-fuzz/fuzz_$t
  if [ ! -x "$bin" ]; then echo "not ok - fuzz_$t: not built"; fail=$((fail + 1)); continue; fi
  seed_corpus "$t"
  mapfile -t regressions < <(find "tests/fuzz/regressions/$t" -type f ! -name '.keep' 2>/dev/null | sort)
  if [ ${#regressions[@]} -gt 0 ]; then
    if "$bin" "${regressions[@]}" >"build-fuzz/$t.regressions.log" 2>&1; then
      echo "ok - fuzz_$t: regressions replayed"; pass=$((pass + 1))
    else
      echo "not ok - fuzz_$t: a regression input fails again (build-fuzz/$t.regressions.log)"; fail=$((fail + 1))
    fi
  fi
  log=build-fuzz/$t.log
  if "$bin" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
       -dict="$(dict_for "$t")" -artifact_prefix=build-fuzz/crashes/"$t"- build-fuzz/corpus/"$t" >"$log" 2>&1; then
    execs=$(grep -E 'stat::number_of_executed_units' "$log" | awk '{print $2}')
    rate=$(grep -E 'stat::average_exec_per_sec' "$log" | awk '{print $2}')
    echo "ok - fuzz_$t: ${seconds}s, ${execs:-?} runs, ${rate:-?}/s, no finding"; pass=$((pass + 1))
  else
    echo "not ok - fuzz_$t: finding, see $log and build-fuzz/crashes/"; grep -E 'ERROR|PROPERTY|SUMMARY' "$log" | head -5
    fail=$((fail + 1))
  fi
done
echo "# pass $pass"
echo "# fail $fail"
[ "$fail" -eq 0 ]
