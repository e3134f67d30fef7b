#!/usr/bin/env bash
# Generates a Python client with openapi-python-client from a live `planpress serve`'s /openapi.json and
# runs scripts/generated_client_check.py with it, unedited: render (PDF, PNG), validate, quote, templates.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/python-tools.sh
source scripts/live-server.sh
curl -sf "$SERVER_URL/openapi.json" > "$WORK/openapi.json"
PATH="$PYTHON_TOOLS/bin:$PATH" "$PYTHON_TOOLS/bin/openapi-python-client" generate --path "$WORK/openapi.json" --output-path "$WORK/client" \
    --meta none
SERVER_URL="$SERVER_URL" TOKEN="$TOKEN" FIXTURES="$PWD/Fixtures" PYTHONPATH="$WORK" \
    "$PYTHON_TOOLS/bin/python" scripts/generated_client_check.py
