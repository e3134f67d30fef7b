#!/usr/bin/env bash
# Drives the preview page (/preview/{id}) in Debian's headless Chromium against a live `planpress serve`
# with a token: navigation, variant, before/after, a repaint after a PUT, and the PUT-to-image latency
# (p50/p95 over CHANGES puts, default 30). Needs the `chromium` package; about 30 s.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/python-tools.sh
source scripts/live-server.sh
SERVER_URL="$SERVER_URL" TOKEN="$TOKEN" "$PYTHON_TOOLS/bin/python" scripts/browser_preview.py
