#!/bin/sh
# Builds the libFuzzer targets (Fuzz/Sources) with the fuzzer and address sanitizers into .build-fuzz and
# runs each for SECONDS (default 600) on one core. Findings (crash-*, timeout-*, oom-*) land in
# Fuzz/findings/TARGET/; turn each into a Fixtures/bad entry. Run from the repository root:
#   sh Fuzz/run.sh [SECONDS] [TARGET...]      targets: case-yaml case-json prices prices-csv image multipart
set -eu
seconds=${1:-600}
[ $# -gt 0 ] && shift
targets=${*:-case-yaml case-json prices prices-csv image multipart}
swift build --product planpress-fuzz --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING \
    -Xcc -fsanitize=fuzzer-no-link,address
binary=.build-fuzz/debug/planpress-fuzz
for target in $targets; do
    mkdir -p "Fuzz/corpus/$target" "Fuzz/findings/$target"
    seeds=""
    case $target in
        case-yaml|case-json) seeds="Fixtures/cases Fixtures/invalid" ;;
        prices|prices-csv) seeds="Fixtures/prices" ;;
        image) seeds="Fixtures/bad" ;;
        multipart) seeds="Fuzz/seeds/multipart" ;;
    esac
    echo "== $target for ${seconds}s"
    FUZZ_TARGET=$target "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="Fuzz/findings/$target/" "Fuzz/corpus/$target" $seeds 2>&1 | tail -4 || true
done
