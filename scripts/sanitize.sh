#!/bin/sh
# Builds everything with a sanitizer into its own folder and runs the whole test suite under it:
#   sh scripts/sanitize.sh address     (.build-asan; leaks checked, scripts/sanitizers/lsan.supp)
#   sh scripts/sanitize.sh thread      (.build-tsan)
# About 10 minutes to build and 10-15 to test on the 2-core project machine; run the two one after the other.
set -eu
sanitizer=${1:?"usage: sh scripts/sanitize.sh address|thread"}
# Tests that wait on a clock stretch their budgets (never the limits they test) by PLANPRESS_TEST_TIME_SCALE
# (Tests/TestTiming): the address sanitizer slows the code 2-3 times, the thread sanitizer 5-20 times.
case $sanitizer in
    address) scratch=.build-asan; scale=3 ;;
    thread) scratch=.build-tsan; scale=10 ;;
    *) echo "usage: sh scripts/sanitize.sh address|thread" >&2; exit 2 ;;
esac
swift build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch"
# Serially, as .ci/run does (it says why). The CLI tests start planpress as a child process, which inherits
# these options.
PLANPRESS_TEST_TIME_SCALE=${PLANPRESS_TEST_TIME_SCALE:-$scale} \
LSAN_OPTIONS="suppressions=$PWD/scripts/sanitizers/lsan.supp:print_suppressions=0" \
TSAN_OPTIONS="halt_on_error=0:second_deadlock_stack=1" \
    swift test --skip-build --no-parallel --scratch-path "$scratch"
