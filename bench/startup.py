"""Benchmark: size and start-up of the frozen (packaged) app beside the checkout's, in the same run.

Run: .venv/bin/python bench/startup.py [--bundle DIR] [--runs N] [--drop-caches]

- **size**: the frozen folder (what /opt/privacydesk holds) and the .deb in dist/, against the
  checkout's app (``privacydesk/`` + ``resources/``) plus the Python packages it runs on in this venv
  (the interpreter itself not counted: a checkout borrows the system's).
- **start-up to a shown window**: time from starting the process to the X server mapping the main
  window (MapNotify of a top-level window named "PrivacyDesk…", watched through Xlib on a private
  Xvfb), on a data folder holding the imported demo mailbox (a normal day's start, no demo import).
  Checkout and frozen runs alternate, so a busy machine slows both alike. The first run of each is
  reported apart ("first"); ``--drop-caches`` (root) empties the page cache before every run so
  each one is a true cold start.
- **command line**: ``--version`` and ``list --json`` wall time (no window).

The frozen folder comes from ``python3 scripts/package.py`` (``build/package/frozen/privacydesk``).
Prints figures and ratios; asserts nothing.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNTIME_REQUIREMENTS = ("PySide6-Essentials", "SQLAlchemy", "alembic", "IMAPClient", "keyring", "platformdirs",
                        "Jinja2", "holidays", "python-dateutil", "nh3", "icalendar", "tomlkit")


# -- sizes ----------------------------------------------------------------------------------------
def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*")
               if p.is_file() and not p.is_symlink() and "__pycache__" not in p.parts)


def runtime_packages_size() -> int:
    """Files of the app's runtime dependencies (and theirs) installed in this venv."""
    seen: set[str] = set()
    todo = list(RUNTIME_REQUIREMENTS)
    total = 0
    while todo:
        name = todo.pop().lower().replace("_", "-")
        if name in seen:
            continue
        seen.add(name)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for file in dist.files or []:
            path = Path(str(dist.locate_file(file)))
            if path.is_file() and "__pycache__" not in path.parts:
                total += path.stat().st_size
        for requirement in dist.requires or []:
            if "extra ==" in requirement:
                continue
            if ";" in requirement and "sys_platform" in requirement and sys.platform not in requirement:
                continue
            todo.append(requirement.split(";")[0].split("[")[0].split("<")[0].split(">")[0].split("=")[0]
                        .split("!")[0].split("~")[0].strip())
    return total


# -- X11: wait for the window to be mapped ---------------------------------------------------------
class _XMapEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
                ("override_redirect", ctypes.c_int)]


class _XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", _XMapEvent), ("pad", ctypes.c_long * 24)]


MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class WindowWatcher:
    """Reports when a top-level window whose title starts with a prefix is mapped on a display."""

    def __init__(self, display: str) -> None:
        x = ctypes.cdll.LoadLibrary("libX11.so.6")
        x.XOpenDisplay.restype, x.XOpenDisplay.argtypes = ctypes.c_void_p, [ctypes.c_char_p]
        x.XDefaultRootWindow.restype, x.XDefaultRootWindow.argtypes = ctypes.c_ulong, [ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x.XPending.argtypes = [ctypes.c_void_p]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_XEvent)]
        x.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_char_p)]
        x.XFlush.argtypes = [ctypes.c_void_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.x = x
        self.dpy = x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise SystemExit(f"cannot open display {display}")
        x.XSelectInput(self.dpy, x.XDefaultRootWindow(self.dpy), SUBSTRUCTURE_NOTIFY_MASK)
        x.XFlush(self.dpy)
        self.fd = x.XConnectionNumber(self.dpy)

    def _drain(self) -> None:
        event = _XEvent()
        while self.x.XPending(self.dpy):
            self.x.XNextEvent(self.dpy, ctypes.byref(event))

    def wait_for(self, prefix: bytes, started: float, alive: Callable[[], bool], timeout: float = 120) -> float:
        """Seconds from ``started`` to the MapNotify of the window."""
        event = _XEvent()
        give_up = time.monotonic() + timeout
        while time.monotonic() < give_up:
            while self.x.XPending(self.dpy):
                self.x.XNextEvent(self.dpy, ctypes.byref(event))
                if event.type == MAP_NOTIFY:
                    now = time.perf_counter()
                    name = ctypes.c_char_p()
                    if self.x.XFetchName(self.dpy, event.xmap.window, ctypes.byref(name)) and name.value \
                            and name.value.startswith(prefix):
                        return now - started
            if not alive():
                raise SystemExit("the app ended before showing its window")
            select.select([self.fd], [], [], 0.05)
        raise SystemExit("no window appeared in time")

    def close(self) -> None:
        self.x.XCloseDisplay(self.dpy)


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    if not shutil.which("Xvfb"):
        raise SystemExit("Xvfb is needed: apt-get install xvfb")
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            raise SystemExit("Xvfb did not start")
        number += chunk
    os.close(read)
    return proc, f":{number.decode().strip()}"


# -- runs -----------------------------------------------------------------------------------------
def drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def time_window(cmd: list[str], env: dict[str, str], watcher: WindowWatcher) -> float:
    watcher._drain()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        return watcher.wait_for(b"PrivacyDesk", started, lambda: proc.poll() is None)
    finally:
        proc.terminate()
        proc.wait(timeout=60)


def time_command(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def report(label: str, checkout: list[float], frozen: list[float]) -> None:
    def cell(values: list[float]) -> str:
        rest = values[1:] or values
        return f"first {values[0] * 1000:6.0f} ms, median {statistics.median(rest) * 1000:6.0f} ms"

    ratio = statistics.median(frozen[1:] or frozen) / statistics.median(checkout[1:] or checkout)
    first_ratio = frozen[0] / checkout[0]
    print(f"{label:<28} checkout: {cell(checkout)} | frozen: {cell(frozen)} | "
          f"frozen/checkout {ratio:.2f} (first {first_ratio:.2f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--bundle", type=Path, default=ROOT / "build" / "package" / "frozen" / "privacydesk")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--drop-caches", action="store_true", help="cold start every run (root only)")
    args = parser.parse_args()
    frozen_exe = args.bundle / "privacydesk"
    if not frozen_exe.exists():
        print(f"No frozen build at {args.bundle}: run `python3 scripts/package.py` first.", file=sys.stderr)
        return 1
    checkout_exe = [sys.executable, "-m", "privacydesk"]

    app_size = tree_size(ROOT / "privacydesk") + tree_size(ROOT / "resources")
    packages = runtime_packages_size()
    frozen_size = tree_size(args.bundle)
    debs = sorted((ROOT / "dist").glob("privacydesk_*.deb"))
    print("size")
    print(f"  checkout: app {app_size / 1e6:.1f} MB + runtime packages {packages / 1e6:.1f} MB = "
          f"{(app_size + packages) / 1e6:.1f} MB (plus the system's Python)")
    print(f"  frozen:   {frozen_size / 1e6:.1f} MB (Python included) = {frozen_size / (app_size + packages):.2f}x")
    for deb in debs:
        print(f"  package:  {deb.name} {deb.stat().st_size / 1e6:.1f} MB")

    with tempfile.TemporaryDirectory(prefix="privacydesk-bench-") as tmp:
        data = Path(tmp) / "data"
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
        env.update(HOME=tmp, PRIVACYDESK_DATA_DIR=str(data), PRIVACYDESK_TODAY="2026-11-25", TMPDIR=tmp)
        subprocess.run([*checkout_exe, "import", str(ROOT / "resources" / "demo")], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        xvfb, display = start_xvfb()
        try:
            env["DISPLAY"] = display
            watcher = WindowWatcher(display)
            results: dict[str, tuple[list[float], list[float]]] = {
                "window (gui --no-demo)": ([], []), "--version": ([], []), "list --json": ([], [])}
            for _ in range(args.runs):
                for which, cmd in ((0, checkout_exe), (1, [str(frozen_exe)])):
                    if args.drop_caches:
                        drop_caches()
                    results["window (gui --no-demo)"][which].append(
                        time_window([*cmd, "gui", "--no-demo"], env, watcher))
                    results["--version"][which].append(time_command([*cmd, "--version"], env))
                    results["list --json"][which].append(time_command([*cmd, "list", "--json"], env))
            watcher.close()
        finally:
            xvfb.terminate()
            xvfb.wait(timeout=30)
    print(f"start-up ({args.runs} runs each, alternating{', page cache dropped before each' if args.drop_caches else ''})")
    for label, (checkout, frozen) in results.items():
        report(f"  {label}", checkout, frozen)
    return 0


if __name__ == "__main__":
    sys.exit(main())
