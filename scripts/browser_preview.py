"""Drives the preview page in headless Chromium over the DevTools protocol (scripts/browser-preview.sh runs it).

Checks, against a live `planpress serve` with a token: the page opens with ?token= (exchanged for a cookie)
and shows screen 1; the arrow key, a click on the right half and a swipe move on; a variant button and
the before/after toggle show their screens; two screenshots of an unchanged screen are equal, and after
a case is put into the session the image shown changes. Then measures, over CHANGES puts, the time from
the start of the PUT to the `load` event of the new image, and prints p50 and p95.

As a clinic system would: the sample request's files are uploaded once (`PUT /v1/files/{sha256}`) and every
version of the case names them as `sha256:<hex>`, so each PUT carries only the case.

Standard library plus `websockets` (PyPI); Chromium from Debian. Exits non-zero on the first failed check.
"""

import asyncio
import base64
import copy
import hashlib
import http.client
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

import websockets

SERVER = os.environ["SERVER_URL"]
TOKEN = os.environ["TOKEN"]
SESSION = "browser-test"
CHANGES = int(os.environ.get("CHANGES", "30"))
WIDTH, HEIGHT = 1280, 720
# Where to keep the whole page's screenshots at each step, to look at (none when unset).
SHOTS = os.environ.get("SCREENSHOT_DIR")


def put(path, body, content_type, expected):
    """PUTs `body` at `path`; returns the answer's bytes after checking its status is one of `expected`."""
    url = urllib.parse.urlsplit(SERVER)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    connection.request("PUT", path, body=body, headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": content_type})
    response = connection.getresponse()
    answer = response.read()
    check(response.status in expected, f"PUT {path} answered {response.status}: {answer[:300]!r}")
    return answer


def put_case(body):
    """PUTs `body` (a render request's JSON) into the session; returns the new version."""
    return json.loads(put(f"/v1/sessions/{SESSION}/case", body, "application/json", (200,)))["version"]


def by_reference(envelope):
    """Uploads the request's inline files once; returns the request whose case names them as `sha256:<hex>`."""
    names = {}
    for name, encoded in envelope["files"].items():
        data = base64.b64decode(encoded)
        digest = hashlib.sha256(data).hexdigest()
        put(f"/v1/files/{digest}", data, "application/octet-stream", (201, 204))
        names[name] = f"sha256:{digest}"

    def rename(value):
        if isinstance(value, dict):
            return {key: names.get(item, item) if key in ("prices", "logo", "file") else rename(item)
                    for key, item in value.items()}
        if isinstance(value, list):
            return [rename(item) for item in value]
        return value
    return {"case": rename(envelope["case"])}


def check(condition, message):
    if not condition:
        print(f"FAILED: {message}", file=sys.stderr)
        sys.exit(1)


class Browser:
    """One headless Chromium page, driven over the DevTools protocol."""

    def __init__(self, socket):
        self.socket = socket
        self.next_id = 0

    async def call(self, method, **params):
        self.next_id += 1
        mine = self.next_id
        await self.socket.send(json.dumps({"id": mine, "method": method, "params": params}))
        while True:
            message = json.loads(await self.socket.recv())
            if message.get("id") == mine:
                check("error" not in message, f"{method}: {message.get('error')}")
                return message["result"]

    async def evaluate(self, expression):
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        check("exceptionDetails" not in result, f"{expression}: {result.get('exceptionDetails')}")
        return result["result"].get("value")

    async def wait_for(self, expression, what, seconds=15):
        """Polls `expression` until it is truthy; fails naming `what` after `seconds`."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            value = await self.evaluate(expression)
            if value:
                return value
            await asyncio.sleep(0.01)
        message = await self.evaluate("document.getElementById('message').textContent")
        check(False, f"timed out waiting for {what}; the page says {message!r}")

    async def shown(self):
        return await self.evaluate("window.preview.shown.length")

    async def wait_for_new_screen(self, count, what):
        """Waits until more than `count` screens were shown; returns the last one."""
        await self.wait_for(f"(window.preview?.shown.length ?? 0) > {count}", what)
        # Let the browser paint the image it has just decoded.
        await self.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        return await self.evaluate("window.preview.shown.at(-1)")

    async def keep(self, name):
        """Saves the whole page as SHOTS/name.png when SHOTS is set."""
        if SHOTS:
            shot = await self.call("Page.captureScreenshot", format="png")
            path = pathlib.Path(SHOTS, f"{name}.png")
            await asyncio.to_thread(path.write_bytes, base64.b64decode(shot["data"]))

    async def screenshot(self):
        """The screen image's region of the page, as PNG bytes."""
        box = await self.evaluate("(({x, y, width, height}) => ({x, y, width, height}))"
                                  "(document.getElementById('screen').getBoundingClientRect())")
        check(box["width"] > 100 and box["height"] > 100, f"the screen image is {box}")
        shot = await self.call("Page.captureScreenshot", format="png", clip={**box, "scale": 1})
        return base64.b64decode(shot["data"])

    async def click(self, x, y, to_x=None):
        """A left click at (x, y), or a press there dragged to `to_x` (a swipe)."""
        await self.call("Input.dispatchMouseEvent", type="mousePressed", x=x, y=y, button="left", clickCount=1)
        if to_x is not None:
            for step in range(1, 6):
                await self.call("Input.dispatchMouseEvent", type="mouseMoved", x=x + (to_x - x) * step / 5, y=y,
                                button="left")
            x = to_x
        await self.call("Input.dispatchMouseEvent", type="mouseReleased", x=x, y=y, button="left", clickCount=1)

    async def click_element(self, selector):
        box = await self.evaluate(f"(({{x, y, width, height}}) => ({{x, y, width, height}}))"
                                  f"(document.querySelector({json.dumps(selector)}).getBoundingClientRect())")
        await self.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)

    async def key(self, key, key_code):
        for kind in ("keyDown", "keyUp"):
            await self.call("Input.dispatchKeyEvent", type=kind, key=key, code=key, windowsVirtualKeyCode=key_code)


async def drive(browser, envelope):
    await browser.call("Page.enable")
    await browser.call("Page.navigate", url=f"{SERVER}/preview/{SESSION}?token={TOKEN}")
    first = await browser.wait_for_new_screen(0, "the first screen")
    check(first["screen"] == 1 and first["version"] == 1, f"the page opened on {first}")
    check(await browser.evaluate("location.search") == "", "the token stayed in the address")
    count = await browser.evaluate("document.getElementById('position').textContent")
    print(f"opened: screen 1, position {count!r}")
    screen_one = await browser.screenshot()
    await browser.keep("1-opened")

    await browser.key("ArrowRight", 39)
    second = await browser.wait_for_new_screen(1, "screen 2 after the arrow key")
    check(second["screen"] == 2, f"ArrowRight showed {second}")
    check(await browser.screenshot() != screen_one, "screen 2 looks like screen 1")

    await browser.click(WIDTH * 0.8, HEIGHT * 0.4)
    third = await browser.wait_for_new_screen(2, "screen 3 after a click on the right half")
    check(third["screen"] == 3, f"a click on the right showed {third}")

    await browser.click(WIDTH * 0.3, HEIGHT * 0.4, to_x=WIDTH * 0.7)
    back = await browser.wait_for_new_screen(3, "screen 2 after a swipe to the right")
    check(back["screen"] == 2, f"a swipe to the right showed {back}")

    shown = await browser.shown()
    await browser.click_element('#variants button[data-variant="2"]')
    variant = await browser.wait_for_new_screen(shown, "variant 2")
    check(variant["variant"] == 2, f"the variant button showed {variant}")
    variant_before = await browser.screenshot()
    await browser.keep("2-variant-2-before")

    shown = await browser.shown()
    await browser.click_element("#toggle")
    after = await browser.wait_for_new_screen(shown, "the after screen")
    after_page = await browser.evaluate("view.after")
    check(after["screen"] == after_page and after["variant"] == 2, f"the toggle showed {after}, not screen {after_page}")
    check(await browser.evaluate("document.getElementById('toggle').textContent") == "After", "the toggle does not say After")
    unchanged = await browser.screenshot()
    await browser.keep("3-variant-2-after")
    check(await browser.screenshot() == unchanged, "two screenshots of an unchanged screen differ")
    check(unchanged != variant_before, "the after screen looks like the screen before it")

    # A new case: the variant's name changes on the screen shown.
    edited = copy.deepcopy(envelope)
    edited["case"]["variants"][1]["name"] = "Implants, zirconia crowns"
    shown = await browser.shown()
    version = put_case(json.dumps(edited).encode())
    repainted = await browser.wait_for_new_screen(shown, f"version {version}")
    check(repainted["version"] == version and repainted["screen"] == after_page, f"after the PUT the page showed {repainted}")
    check(await browser.screenshot() != unchanged, "the screen did not change with the case")
    await browser.keep("4-repainted")
    print("checked: arrow key, click, swipe, variant, before/after toggle, repaint on a new case")

    # Latency: from the start of each PUT to the new image's load event, alternating two names.
    latencies = []
    for change in range(CHANGES):
        edited["case"]["variants"][1]["name"] = f"Implants, zirconia crowns ({change % 2 + 1})"
        body = json.dumps(edited).encode()
        shown = await browser.shown()
        started = time.time() * 1000
        version = put_case(body)
        repainted = await browser.wait_for_new_screen(shown, f"version {version}")
        check(repainted["version"] == version, f"expected version {version}, the page showed {repainted}")
        latencies.append(repainted["at"] - started)
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, round(0.95 * len(latencies)) - 1)]
    print(f"PUT to new image shown, {len(latencies)} changes at {WIDTH}x{HEIGHT}: "
          f"p50 {statistics.median(latencies):.0f} ms, p95 {p95:.0f} ms, min {latencies[0]:.0f} ms, max {latencies[-1]:.0f} ms")


def start_chromium(profile):
    """Starts headless Chromium with its DevTools on a free port; returns the process and the page's socket URL."""
    chromium = subprocess.Popen(
        [shutil.which("chromium") or "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--remote-debugging-port=0", f"--user-data-dir={profile}", f"--window-size={WIDTH},{HEIGHT}",
         "--hide-scrollbars", "--force-device-scale-factor=1", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port_file = os.path.join(profile, "DevToolsActivePort")
    for _ in range(300):
        if os.path.exists(port_file):
            with open(port_file) as file:
                lines = file.read().split("\n")
            if len(lines) > 1:
                break
        time.sleep(0.05)
    else:
        chromium.terminate()
        check(False, "Chromium did not open its DevTools port")
    with urllib.request.urlopen(f"http://127.0.0.1:{lines[0]}/json/list") as answer:
        targets = json.load(answer)
    return chromium, next(target for target in targets if target["type"] == "page")["webSocketDebuggerUrl"]


async def connect_and_drive(socket_url, envelope):
    async with websockets.connect(socket_url, max_size=64 * 1024 * 1024) as socket:
        await drive(Browser(socket), envelope)


def main():
    with open(os.path.join(os.path.dirname(__file__), "..", "Samples", "requests", "full-mouth.json")) as file:
        envelope = by_reference(json.load(file))
    put_case(json.dumps(envelope).encode())
    profile = tempfile.mkdtemp(prefix="planpress-chromium-")
    chromium, socket_url = start_chromium(profile)
    try:
        asyncio.run(connect_and_drive(socket_url, envelope))
    finally:
        chromium.terminate()
        chromium.wait(timeout=10)
        shutil.rmtree(profile, ignore_errors=True)


main()
