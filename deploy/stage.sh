#!/bin/sh
# Assembles exactly the folder deploy/Containerfile copies into its image — bin/planpress, Fonts/,
# Templates/ — and, with --check, proves the binary serves from that folder alone: a clean
# environment, another working directory, a loopback port; /healthz, a render, validate, quote,
# then SIGTERM and a clean exit. Also lists the shared libraries the binary needs and the Debian
# package each comes from (they must be the runtime packages the Containerfile installs).
#
#   sh deploy/stage.sh [--check] [STAGE_DIR]      (default STAGE_DIR: /tmp/planpress-image)
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
check=no
if [ "${1:-}" = "--check" ]; then check=yes; shift; fi
stage=${1:-/tmp/planpress-image}
scratch=${SCRATCH:-$repo/.build-server}

swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product planpress --package-path "$repo" >&2
bin=$(swift build -c release --static-swift-stdlib --scratch-path "$scratch" --package-path "$repo" --show-bin-path)
rm -rf "$stage"
mkdir -p "$stage/bin"
cp "$bin/planpress" "$stage/bin/planpress"
strip "$stage/bin/planpress"
cp -R "$repo/Fonts" "$stage/Fonts"
cp -R "$repo/Templates" "$stage/Templates"
echo "staged $stage: $(du -sh "$stage" | cut -f1) ($(du -sh "$stage/bin/planpress" | cut -f1) binary)"

echo "shared libraries and their Debian packages:"
ldd "$stage/bin/planpress" | awk '/=>/ {print $3}' | while read -r lib; do
    real=$(readlink -f "$lib")
    pkg=$(dpkg -S "$real" 2>/dev/null | head -1 | cut -d: -f1 || true)
    [ -n "$pkg" ] || pkg=$(dpkg -S "$lib" 2>/dev/null | head -1 | cut -d: -f1 || echo "?")
    echo "  $lib  ($pkg)"
done | sort -u

[ "$check" = yes ] || exit 0

port=${PORT:-18181}
work=$(mktemp -d)
log="$work/serve.log"
cd "$work"
env -i PATH=/usr/bin:/bin HOME="$work" "$stage/bin/planpress" serve --port "$port" --workers 2 >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
ready=no
for _ in $(seq 1 100); do
    if curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then ready=yes; break; fi
    sleep 0.1
done
[ "$ready" = yes ] || { echo "not ready:"; cat "$log"; exit 1; }
echo "healthz: $(curl -s "http://127.0.0.1:$port/healthz")"
request="$repo/Samples/requests/full-mouth.json"
for query in "render?format=pdf" "render?format=png&template=chairside&pages=1" "validate" "quote"; do
    code=$(curl -s -o "$work/out" -w "%{http_code} %{content_type} %{size_download}" \
        -H "Content-Type: application/json" --data-binary @"$request" "http://127.0.0.1:$port/v1/$query")
    echo "POST /v1/$query -> $code"
    case "$code" in 200*) ;; *) echo "failed:"; cat "$work/out"; exit 1 ;; esac
done
kill -TERM "$pid"
wait "$pid" && status=0 || status=$?
echo "SIGTERM -> exit status $status"
[ "$status" -eq 0 ] || { cat "$log"; exit 1; }
grep -q "listening" "$log" && echo "served from $stage alone (cwd $work, empty environment)"
