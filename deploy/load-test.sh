#!/bin/sh
# Bounded load on loopback only: starts the staged release binary (deploy/stage.sh), sends TOTAL
# renders (default 2,000) at CONCURRENCY 8 — half one-page chairside PNGs (the screen at the chair),
# half full premium PDFs — from Samples/requests/full-mouth.json, and reports per kind p50/p99
# latency, errors, and the server's resident memory after warm-up, at the end and at its peak.
#
#   sh deploy/load-test.sh [TOTAL] [CONCURRENCY]
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
total=${1:-2000}
concurrency=${2:-8}
warmup=${WARMUP:-100}
port=${PORT:-18282}
stage=${STAGE:-/tmp/planpress-image}
[ -x "$stage/bin/planpress" ] || sh "$repo/deploy/stage.sh" "$stage" >/dev/null
work=$(mktemp -d)
request="$repo/Samples/requests/full-mouth.json"
base="http://127.0.0.1:$port"

(cd "$work" && exec env -i PATH=/usr/bin:/bin "$stage/bin/planpress" serve --port "$port" --log-level warning \
    >"$work/serve.log" 2>&1) &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf "$base/healthz" >/dev/null 2>&1; do sleep 0.1; done
rss() { awk '/^VmRSS/ {print $2}' "/proc/$pid/status"; }
peak() { awk '/^VmHWM/ {print $2}' "/proc/$pid/status"; }
echo "server pid $pid ready; RSS $(rss) kB"

# One line per request: kind, HTTP status, seconds. `Expect:` (empty) sends the body at once instead of
# asking for a "100 Continue" first (the server answers one, but that costs a round trip per request).
fire() {
    i=0
    while [ "$i" -lt "$1" ]; do
        if [ $((i % 2)) -eq 0 ]; then echo "png $base/v1/render?format=png&template=chairside&pages=1"
        else echo "pdf $base/v1/render?format=pdf&template=premium"; fi
        i=$((i + 1))
    done | xargs -P "$concurrency" -L 1 sh -c \
        'curl -s -o /dev/null -w "$0 %{http_code} %{time_total}\n" -H "Content-Type: application/json" -H "Expect:" \
             --data-binary @"'"$request"'" "$1"'
}

fire "$warmup" > "$work/warmup.txt"
after_warmup=$(rss)
echo "after $warmup warm-up renders: RSS $after_warmup kB"
start=$(date +%s)
(while kill -0 "$pid" 2>/dev/null; do rss >> "$work/rss.txt"; sleep 2; done) &
sampler=$!
fire "$total" > "$work/run.txt"
kill "$sampler" 2>/dev/null || true
seconds=$(( $(date +%s) - start ))
end_rss=$(rss)
peak_rss=$(peak)
curl -s "$base/metrics" > "$work/metrics.txt"
kill -TERM "$pid"; wait "$pid" || true
trap 'rm -rf "$work"' EXIT

python3 - "$work/run.txt" "$total" "$concurrency" "$seconds" "$after_warmup" "$end_rss" "$peak_rss" "$work/rss.txt" <<'PY'
import sys
path, total, concurrency, seconds, warm, end, peak, samples = sys.argv[1:]
rows = [line.split() for line in open(path) if line.strip()]
def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]
errors = [r for r in rows if r[1] != "200"]
print(f"{len(rows)} of {total} requests at concurrency {concurrency} in {seconds} s; errors: {len(errors)}"
      + (f" ({', '.join(sorted(set(r[1] for r in errors)))})" if errors else ""))
for kind, label in (("png", "chairside PNG, one page"), ("pdf", "premium PDF, whole booklet")):
    times = [float(r[2]) * 1000 for r in rows if r[0] == kind and r[1] == "200"]
    if times:
        print(f"{label}: n={len(times)} p50={pct(times, 50):.0f} ms p99={pct(times, 99):.0f} ms max={max(times):.0f} ms")
print(f"RSS after warm-up {int(warm) // 1024} MiB, at the end {int(end) // 1024} MiB, peak {int(peak) // 1024} MiB")
rss = [int(line) // 1024 for line in open(samples) if line.strip()]
if len(rss) >= 4:
    half = len(rss) // 2
    print(f"RSS sampled every 2 s during the run: first half {min(rss[:half])}-{max(rss[:half])} MiB, "
          f"second half {min(rss[half:])}-{max(rss[half:])} MiB")
sys.exit(1 if errors or len(rows) != int(total) else 0)
PY
grep -E '^planpress_errors_total\{.*\} [1-9]' "$work/metrics.txt" || echo "metrics: no errors counted"
