#!/usr/bin/env bash
# Soak (not CI): TOTAL requests (default 10,000) at CONCURRENCY (default 8) to one `planpress serve`, mixed
# good renders and hostile or careless requests (scripts/soak.py lists them); prints resident memory and open
# file descriptors over the run and the statuses per request kind. PLANPRESS_BIN picks the binary (a release
# build gives representative speed); SERVE_ARGS adds serve options.
#
#   TOTAL=2000 scripts/soak.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SERVE_ARGS="${SERVE_ARGS:---max-body-bytes 20000000 --log-level warning}"
source scripts/live-server.sh
SERVER_URL="$SERVER_URL" TOKEN="$TOKEN" SERVER_PID="$SERVER_PID" FIXTURES="$PWD/Fixtures" \
    TOTAL="${TOTAL:-10000}" CONCURRENCY="${CONCURRENCY:-8}" python3 scripts/soak.py
