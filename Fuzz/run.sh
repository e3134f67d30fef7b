#!/bin/sh
# Builds the libFuzzer targets (Fuzz/Sources) with the fuzzer and address sanitizers into .build-fuzz and
# runs each for SECONDS (default 600) on one core. Findings (crash-*, timeout-*, oom-*) land in
# Fuzz/findings/TARGET/ with the whole log (last-run.log); turn each into a Fixtures/bad entry. Run from the repository root:
#   sh Fuzz/run.sh [SECONDS] [TARGET...]      (all targets when none is named; the list is below)
set -eu
seconds=${1:-600}
[ $# -gt 0 ] && shift
all_targets="
    case-yaml
    case-json
    prices
    prices-csv
    image
    template
    multipart
"
targets=${*:-$all_targets}
swift build --product planpress-fuzz --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING \
    -Xcc -fsanitize=fuzzer-no-link,address
binary=.build-fuzz/debug/planpress-fuzz
for target in $targets; do
    mkdir -p "Fuzz/corpus/$target" "Fuzz/findings/$target"
    seeds=""
    max_len=65536
    case $target in
        case-yaml|case-json) seeds="Fixtures/cases Fixtures/invalid" ;;
        prices|prices-csv) seeds="Fixtures/prices" ;;
        image) seeds="Fixtures/bad" ;;
        template) seeds="Fuzz/seeds/template"; max_len=16384 ;;  # the largest strings file is 14 KB
        multipart) seeds="Fuzz/seeds/multipart" ;;
    esac
    echo "== $target for ${seconds}s"
    FUZZ_TARGET=$target "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
        -print_final_stats=1 -artifact_prefix="Fuzz/findings/$target/" "Fuzz/corpus/$target" $seeds \
        >"Fuzz/findings/$target/last-run.log" 2>&1 || true
    grep -E '^#[0-9]+[[:space:]]+DONE|^Done|^stat::|^==[0-9]+==ERROR|^SUMMARY' "Fuzz/findings/$target/last-run.log" || true
done
