"""The soak behind scripts/soak.sh: TOTAL requests at CONCURRENCY to one live service, a mix of good renders
(PDF, PNG page), validations and quotes with hostile and careless requests, each with the status it must get.

Samples the server's resident memory and open file descriptors after the warm-up and then every tenth of the
run, and prints a summary. Exits non-zero on an unexpected status or any 5xx but 503. Standard library only.
"""
import base64
import http.client
import json
import os
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlparse

server = urlparse(os.environ["SERVER_URL"])
token = os.environ["TOKEN"]
pid = int(os.environ["SERVER_PID"])
fixtures = Path(os.environ["FIXTURES"])
total = int(os.environ.get("TOTAL", "1000"))
concurrency = int(os.environ.get("CONCURRENCY", "8"))
warmup = max(concurrency, total // 20)

case = json.loads((fixtures / "cases/one-variant.json").read_text())
files = {}
for holder, key in [(case, "prices"), (case["clinic"], "logo")] + [(photo, "file") for photo in case["imaging"]["photos"]]:
    path = (fixtures / "cases" / holder[key]).resolve()
    holder[key] = path.name
    files[path.name] = base64.b64encode(path.read_bytes()).decode()
envelope = json.dumps({"case": case, "files": files}).encode()

laughs = "\n".join(['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
                   + [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)] + ["notes: *a9"])
many_visits = dict(case, variants=[dict(case["variants"][0], visits=case["variants"][0]["visits"] * 10_000)])


def multipart(text):
    boundary = "soakboundary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"case\"\r\n\r\n{text}\r\n--{boundary}--\r\n").encode()
    return {"Content-Type": f"multipart/form-data; boundary={boundary}"}, body


JSON = {"Content-Type": "application/json"}
# (name, weight, method, path, headers, body, expected statuses)
mix = [
    ("render pdf", 4, "POST", "/v1/render", JSON, envelope, {200}),
    ("render png page", 3, "POST", "/v1/render?format=png&pages=1&dpi=72&template=chairside", JSON, envelope, {200}),
    ("validate", 2, "POST", "/v1/validate", JSON, envelope, {200, 422}),
    ("quote", 2, "POST", "/v1/quote", JSON, envelope, {200}),
    ("billion laughs", 1, "POST", "/v1/render", *multipart(laughs), {422}),
    ("10,000 visits", 1, "POST", "/v1/render", JSON, json.dumps({"case": many_visits, "files": files}).encode(), {422}),
    ("malformed yaml", 1, "POST", "/v1/validate", *multipart("variants: [unclosed"), {422}),
    ("unknown template", 1, "POST", "/v1/render?template=nope", JSON, envelope, {404}),
    ("bad dpi", 1, "POST", "/v1/render?format=png&dpi=5", JSON, envelope, {400}),
    ("svg pages 1-3", 1, "POST", "/v1/render?format=svg&pages=1-3", JSON, envelope, {422}),
    ("wrong method", 1, "DELETE", "/v1/render", {}, b"", {405}),
    ("text/plain body", 1, "POST", "/v1/quote", {"Content-Type": "text/plain"}, b"hello", {415}),
    ("gzip body", 1, "POST", "/v1/quote", {**JSON, "Content-Encoding": "gzip"}, envelope, {415}),
    ("no token", 1, "POST", "/v1/render", {**JSON, "Authorization": ""}, envelope, {401}),
]
plan = [entry for entry in mix for _ in range(entry[1])]
lock = threading.Lock()
statuses = Counter()
unexpected = []
latencies = {name: [] for name, *_ in mix}


def send(index):
    name, _, method, path, headers, body, expected = plan[index % len(plan)]
    connection = http.client.HTTPConnection(server.hostname, server.port, timeout=120)
    sent = {"Authorization": f"Bearer {token}", **headers}
    sent = {key: value for key, value in sent.items() if value}
    started = time.monotonic()
    try:
        connection.request(method, path, body=body or None, headers=sent)
        response = connection.getresponse()
        response.read()
        status = response.status
    except OSError as error:
        status = f"connection error {type(error).__name__}"
    finally:
        connection.close()
    with lock:
        statuses[(name, status)] += 1
        latencies[name].append(time.monotonic() - started)
        if status not in expected and status not in (429, 503):
            unexpected.append((name, status))


def sample():
    rss = int(next(line.split()[1] for line in open(f"/proc/{pid}/status") if line.startswith("VmRSS")))
    return rss // 1024, len(os.listdir(f"/proc/{pid}/fd"))


with ThreadPoolExecutor(concurrency) as pool:
    list(pool.map(send, range(warmup)))
samples = [sample()]
started = time.monotonic()
step = max(1, total // 10)
with ThreadPoolExecutor(concurrency) as pool:
    for first in range(0, total, step):
        list(pool.map(send, range(warmup + first, warmup + min(total, first + step))))
        samples.append(sample())
seconds = time.monotonic() - started


def arenas():
    """glibc's malloc arenas besides the main one: anonymous read-write mappings starting on a 64 MiB boundary
    (each thread arena reserves a 64 MiB heap there, the rest of it left ---p); their count and resident MiB."""
    count, resident, current = 0, 0, None
    for line in open(f"/proc/{pid}/smaps"):
        fields = line.split()
        if "-" in fields[0] and len(fields) >= 5 and ":" in fields[3]:
            start, end = (int(value, 16) for value in fields[0].split("-"))
            current = len(fields) == 5 and fields[1] == "rw-p" and start % (64 << 20) == 0 and end - start <= 64 << 20
            count += current
        elif current and fields[0] == "Rss:":
            resident += int(fields[1])
    return count, resident // 1024


peak = int(next(line.split()[1] for line in open(f"/proc/{pid}/status") if line.startswith("VmHWM"))) // 1024

print(f"{total} requests after {warmup} warm-up, concurrency {concurrency}: {seconds:.0f} s, {total / seconds:.1f} requests/s")
print("resident MiB after warm-up, then every tenth: " + " ".join(str(rss) for rss, _ in samples) + f" (peak {peak})")
print("open file descriptors, same points: " + " ".join(str(fds) for _, fds in samples))
arena_count, arena_rss = arenas()
print(f"malloc arenas besides the main one: {arena_count}, resident {arena_rss} MiB"
      + (f" (MALLOC_ARENA_MAX={os.environ['MALLOC_ARENA_MAX']})" if "MALLOC_ARENA_MAX" in os.environ else ""))
print("| request | count | statuses | p50 / p99 ms |")
print("|---|---:|---|---:|")
for name, *_ in mix:
    times = sorted(latencies[name])
    got = ", ".join(f"{status} × {count}" for (kind, status), count in sorted(statuses.items(), key=str) if kind == name)
    p50, p99 = times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"| {name} | {len(times)} | {got} | {p50 * 1000:.0f} / {p99 * 1000:.0f} |")
server_errors = [entry for entry in unexpected if isinstance(entry[1], int) and entry[1] >= 500]
print(f"unexpected: {len(unexpected)} ({len(server_errors)} 5xx other than 503)")
for entry in Counter(unexpected).most_common(10):
    print("  ", entry)
sys.exit(1 if unexpected else 0)
