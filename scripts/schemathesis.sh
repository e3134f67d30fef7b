#!/usr/bin/env bash
# Runs Schemathesis (every check, authentication on) against a live `planpress serve` and the OpenAPI
# document it serves. Exits non-zero on any failure. MAX_EXAMPLES (default 30) sets examples per operation.
# One worker: with two threads, CPython 3.11.7's ast module (Hypothesis describes filters with it) shares one
# recursion-depth counter between threads and fails with "AST constructor recursion depth mismatch".
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/python-tools.sh
source scripts/live-server.sh
"$PYTHON_TOOLS/bin/schemathesis" --config-file scripts/schemathesis.toml run "$SERVER_URL/openapi.json" --url "$SERVER_URL" \
    --checks all -H "Authorization: Bearer $TOKEN" \
    --max-examples "${MAX_EXAMPLES:-30}" --seed "${SEED:-1}" --workers 1 "$@"
