#!/usr/bin/env python3
"""Set up and run PrivacyDesk's whole test suite: ``python3 scripts/test.py [pytest args]``.

1. creates ``.venv`` (if missing) and installs the app with its ``test`` extra;
2. as root on Debian/Ubuntu, installs the system packages the tests need (Qt runtime libraries,
   Dovecot, PostgreSQL, binutils for building the package) if they are missing; otherwise tells you the one command that would;
3. runs pytest. Tests that need a server that is not installed are reported by name as NOT RUN
   with the command that enables them — except under ``CI=true``, where they fail instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
DEBIAN_PACKAGES = [
    # Qt offscreen and a real X window (environment.md)
    "libegl1", "libgl1", "libfontconfig1", "libxkbcommon0", "libglib2.0-0", "fonts-dejavu-core",
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-randr0",
    "libxcb-render-util0", "libxcb-shape0", "libxcb-xkb1", "libxkbcommon-x11-0", "libx11-xcb1",
    "xvfb", "xauth",
    # real servers for the integration tests
    "dovecot-core", "dovecot-imapd", "postgresql",
    # the package tests build the .deb: PyInstaller needs objdump and objcopy on Linux
    "binutils",
]


def run(cmd: list[str], **kw: object) -> int:
    print("+", " ".join(cmd), flush=True)
    return subprocess.call(cmd, **kw)  # type: ignore[arg-type]


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> Path:
    py = venv_python()
    if not py.exists():
        print(f"creating virtual environment in {VENV}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    if run([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check", "-e", f"{ROOT}[test]"]) != 0:
        sys.exit("installing the Python packages failed (see above); check your network or proxy")
    return py


def missing_debian_packages() -> list[str]:
    if not shutil.which("dpkg-query"):
        return []
    missing = []
    for pkg in DEBIAN_PACKAGES:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Status}", pkg], capture_output=True, text=True)
        if "install ok installed" not in out.stdout:
            missing.append(pkg)
    return missing


def ensure_system_packages() -> None:
    missing = missing_debian_packages()
    if not missing:
        return
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if is_root and shutil.which("apt-get"):
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        run(["apt-get", "update", "-q"], env=env)
        if run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing], env=env) != 0:
            print("warning: some system packages could not be installed; tests needing them will say so")
    else:
        print("note: these system packages are missing, so some tests will not run:\n  "
              + " ".join(missing)
              + "\n  enable them with: sudo apt-get install -y --no-install-recommends " + " ".join(missing))


def main() -> int:
    py = ensure_venv()
    ensure_system_packages()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.call([str(py), "-m", "pytest", *sys.argv[1:]], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main())
