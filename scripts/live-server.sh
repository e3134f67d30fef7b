# Sourced by the scripts here: starts `planpress serve` on a free loopback port with a bearer token and
# stops it when the script exits. Sets SERVER_URL, TOKEN and SERVER_PID. PLANPRESS_BIN picks the binary
# (default: .build/debug/planpress); SERVE_ARGS adds options.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PLANPRESS_BIN="${PLANPRESS_BIN:-$ROOT/.build/debug/planpress}"
WORK="$(mktemp -d)"
TOKEN="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
printf '%s\n' "$TOKEN" > "$WORK/token"
chmod 600 "$WORK/token"
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$PLANPRESS_BIN" serve --port "$PORT" --token-file "$WORK/token" ${SERVE_ARGS:-} > "$WORK/serve.log" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
SERVER_URL="http://127.0.0.1:$PORT"
for _ in $(seq 100); do
    curl -sf "$SERVER_URL/healthz" > /dev/null && break
    sleep 0.2
done
curl -sf "$SERVER_URL/healthz" > /dev/null || { echo "the service did not start:"; cat "$WORK/serve.log"; exit 1; }
