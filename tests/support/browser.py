"""A real browser for the tests: headless Chromium (Debian's ``chromium``) driven over the Chrome
DevTools Protocol through a pipe (``--remote-debugging-pipe``: file descriptors 3 and 4, one JSON
message per NUL-terminated frame). Python's standard library only: no driver, no port, no npm.

Each page records every network request it makes (``Network.requestWillBeSent``) and every
console error or uncaught exception, so a test can assert that a page loaded nothing and
logged nothing.

Fixtures: ``browser`` (one Chromium per session), ``page`` (a fresh tab per test, closed after),
``artifacts_dir`` (tests/artifacts/, gitignored: screenshots a person can look at).
"""
from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
         "--font-render-hinting=none", "--remote-debugging-pipe"]


class CDPError(RuntimeError):
    pass


def find_chromium() -> str | None:
    for name in (os.environ.get("KG_CHROMIUM"), "/usr/bin/chromium", "chromium", "chromium-browser",
                 "google-chrome"):
        if name and (path := shutil.which(name)):
            return path
    return None


class Browser:
    """One Chromium process; commands are sent on fd 3, answers and events come back on fd 4."""

    def __init__(self, executable: str, timeout: float = 30.0):
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="kg-chromium-")
        cmd_r, self._cmd_w = os.pipe()      # we write, Chromium reads (its fd 3)
        self._ev_r, ev_w = os.pipe()        # Chromium writes (its fd 4), we read
        # Chromium wants the pipe on fds 3 and 4: move our ends above 9 so a shell can put them
        # there without clobbering anything (bash: dash takes only one-digit fds; no preexec_fn:
        # this process has threads)
        hi_r, hi_w = fcntl.fcntl(cmd_r, fcntl.F_DUPFD_CLOEXEC, 10), fcntl.fcntl(ev_w, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(cmd_r)
        os.close(ev_w)
        cmd_r, ev_w = hi_r, hi_w
        shell = f'exec 3<&{cmd_r} 4>&{ev_w} {cmd_r}<&- {ev_w}>&-; exec "$0" "$@"'
        self.proc = subprocess.Popen([shutil.which("bash") or "/bin/bash", "-c", shell, executable, *FLAGS,
                                      f"--user-data-dir={self.profile}", "about:blank"],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, pass_fds=(cmd_r, ev_w))
        os.close(cmd_r)
        os.close(ev_w)
        self._next = 0
        self._lock = threading.Lock()
        self._answers: dict[int, dict] = {}
        self._answered = threading.Condition()
        self.pages: dict[str, Page] = {}
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.version = self.call("Browser.getVersion")["product"]

    # -- protocol ------------------------------------------------------------------------------
    def _read(self) -> None:
        buf = b""
        while True:
            try:
                chunk = os.read(self._ev_r, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                with self._answered:
                    self._answers[-1] = {"error": {"message": "Chromium closed the pipe"}}
                    self._answered.notify_all()
                return
            buf += chunk
            while b"\0" in buf:
                frame, buf = buf.split(b"\0", 1)
                msg = json.loads(frame)
                if "id" in msg:
                    with self._answered:
                        self._answers[msg["id"]] = msg
                        self._answered.notify_all()
                elif (page := self.pages.get(msg.get("sessionId", ""))) is not None:
                    page._event(msg["method"], msg.get("params", {}))

    def call(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float | None = None) -> dict:
        with self._lock:
            self._next += 1
            mid = self._next
            msg = {"id": mid, "method": method, "params": params or {}}
            if session:
                msg["sessionId"] = session
            os.write(self._cmd_w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + (timeout or self.timeout)
        with self._answered:
            while mid not in self._answers:
                if -1 in self._answers:
                    raise CDPError(f"{method}: {self._answers[-1]['error']['message']}")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise CDPError(f"{method}: no answer within {timeout or self.timeout} s")
                self._answered.wait(left)
            ans = self._answers.pop(mid)
        if "error" in ans:
            raise CDPError(f"{method}: {ans['error'].get('message')} {ans['error'].get('data', '')}")
        return ans.get("result", {})

    def new_page(self, width: int = 1400, height: int = 900) -> Page:
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, target, session)
        self.pages[session] = page
        for domain in ("Page", "Network", "Runtime", "Log"):
            page.call(f"{domain}.enable")
        page.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        return page

    def close(self) -> None:
        try:
            self.call("Browser.close", timeout=5)
        except CDPError:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._cmd_w, self._ev_r):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    """One tab: what it requested, what it logged, and a few ways to drive it."""

    def __init__(self, browser: Browser, target: str, session: str):
        self.browser, self.target, self.session = browser, target, session
        self.requests: list[str] = []
        self.console_errors: list[str] = []
        self.console: list[str] = []
        self._loaded = threading.Event()

    def _event(self, method: str, p: dict) -> None:
        if method == "Network.requestWillBeSent":
            self.requests.append(p["request"]["url"])
        elif method == "Runtime.consoleAPICalled":
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", []))
            self.console.append(f"{p['type']}: {text}")
            if p["type"] in ("error", "assert"):
                self.console_errors.append(text)
        elif method == "Runtime.exceptionThrown":
            d = p["exceptionDetails"]
            self.console_errors.append(f"uncaught: {d.get('exception', {}).get('description') or d.get('text')}")
        elif method == "Log.entryAdded":
            e = p["entry"]
            self.console.append(f"{e['level']}: {e.get('text')}")
            if e["level"] == "error":
                self.console_errors.append(f"{e.get('source')}: {e.get('text')} {e.get('url', '')}")
        elif method == "Page.loadEventFired":
            self._loaded.set()

    def call(self, method: str, params: dict | None = None, timeout: float | None = None) -> dict:
        return self.browser.call(method, params, self.session, timeout)

    def goto(self, url: str, timeout: float = 60.0) -> None:
        self._loaded.clear()
        ans = self.call("Page.navigate", {"url": url}, timeout)
        if ans.get("errorText"):
            raise CDPError(f"{url}: {ans['errorText']}")
        if not self._loaded.wait(timeout):
            raise CDPError(f"{url}: not loaded within {timeout} s")

    def open(self, path: Path, timeout: float = 60.0) -> str:
        url = Path(path).resolve().as_uri()
        self.goto(url, timeout)
        return url

    def evaluate(self, expression: str, timeout: float | None = None):
        ans = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                             "awaitPromise": True}, timeout)
        if "exceptionDetails" in ans:
            d = ans["exceptionDetails"]
            raise CDPError(f"{expression[:80]}: {d.get('exception', {}).get('description') or d.get('text')}")
        return ans["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 60.0, interval: float = 0.1):
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise CDPError(f"timed out after {timeout} s waiting for {expression}")
            time.sleep(interval)

    def mouse(self, kind: str, x: float, y: float, button: str = "none", clicks: int = 0) -> None:
        self.call("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": button,
                                               "clickCount": clicks})

    def hover(self, x: float, y: float) -> None:
        self.mouse("mouseMoved", x - 3, y - 3)
        self.mouse("mouseMoved", x, y)

    def click(self, x: float, y: float) -> None:
        self.hover(x, y)
        self.mouse("mousePressed", x, y, "left", 1)
        self.mouse("mouseReleased", x, y, "left", 1)

    def screenshot(self, path: Path, full_page: bool = False) -> Path:
        params: dict = {"format": "png"}
        if full_page:
            m = self.call("Page.getLayoutMetrics")["cssContentSize"]
            params.update(captureBeyondViewport=True,
                          clip={"x": 0, "y": 0, "width": m["width"], "height": m["height"], "scale": 1})
        data = self.call("Page.captureScreenshot", params)["data"]
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def foreign_requests(self, *own_urls: str) -> list[str]:
        """Requests (since the tab opened) other than the pages themselves; data: URLs load
        nothing and are not counted (Chromium's date input draws its icon from one)."""
        return [u for u in self.requests if u not in own_urls and not u.startswith("data:")]

    def close(self) -> None:
        self.browser.pages.pop(self.session, None)
        try:
            self.browser.call("Target.closeTarget", {"targetId": self.target}, timeout=10)
        except CDPError:
            pass


@pytest.fixture(scope="session")
def browser():
    exe = find_chromium()
    if exe is None:
        msg = "Chromium is not installed (python3 tools/dev.py setup installs Debian's chromium)"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)
    b = Browser(exe)
    yield b
    b.close()


@pytest.fixture
def page(browser):
    p = browser.new_page()
    yield p
    p.close()


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
