"""Benchmark: peak memory of ``privacydesk import`` on hostile mailboxes (issue 11).

Builds, in a temporary folder, mbox files that used to make memory grow with the input, imports each
with ``/usr/bin/time -v privacydesk import`` in a fresh data folder, and prints the peak resident
memory ("Maximum resident set size") next to a baseline: the same command on an mbox of 20 small
messages, measured in the same run. Target (issue 11): an mbox holding one 120 MB message peaks at
400 MB or less.

- ``big-request``: 20 small messages and one 120 MB request (a letter with a 120 MB attachment);
- ``many-5mb``: 40 requests of 5 MB each (200 MB), every one a possible request whose bytes are kept.

Run: .venv/bin/python bench/import_memory.py [--size-mb 120] [--count 40]
"""

from __future__ import annotations

import argparse
import base64
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_MB = 400


def _letter(number: int, attachment_bytes: int, out: object) -> None:
    """Write one mbox message: a deletion request with an attachment of ``attachment_bytes``."""
    write = out.write  # type: ignore[attr-defined]
    write(f"From jane{number}@example.com Mon Nov  2 10:{number % 60:02d}:00 2026\n".encode())
    write(f"From: Jane Doe {number} <jane{number}@example.com>\nTo: 3dprosteam@gmail.com\n"
          f"Subject: Please delete my personal data ({number})\nDate: Mon, 2 Nov 2026 10:{number % 60:02d}:00 -0600\n"
          f"Message-ID: <bench-{number}@example.com>\nMIME-Version: 1.0\n"
          'Content-Type: multipart/mixed; boundary="b1"\n\n--b1\nContent-Type: text/plain\n\n'
          "I am a California resident. Please delete all personal information you hold about me.\n"
          "Jane Doe\n\n".encode())
    if attachment_bytes:
        write(b'--b1\nContent-Type: application/octet-stream; name="scan.bin"\n'
              b"Content-Transfer-Encoding: base64\n\n")
        block = base64.encodebytes(os.urandom(57 * 1024))  # 57 KiB raw -> lines of 76 characters
        written = 0
        while written < attachment_bytes:
            write(block)
            written += len(block)
        write(b"\n")
    write(b"--b1--\n\n")


def build_big(path: Path, size_mb: int) -> None:
    with path.open("wb") as out:
        for number in range(20):
            _letter(number, 0, out)
        _letter(99, size_mb * 1024 * 1024, out)


def build_many(path: Path, count: int, each_mb: int = 5) -> None:
    with path.open("wb") as out:
        for number in range(count):
            _letter(number, each_mb * 1024 * 1024, out)


def build_small(path: Path) -> None:
    with path.open("wb") as out:
        for number in range(20):
            _letter(number, 0, out)


def peak_of_import(mbox: Path, work: Path) -> tuple[float, float, int]:
    """(peak RSS in MB, seconds, exit status) of one import into a fresh data folder."""
    data = work / f"data-{mbox.stem}"
    shutil.rmtree(data, ignore_errors=True)
    command = ["/usr/bin/time", "-v", sys.executable, "-m", "privacydesk", "--data-dir", str(data),
               "import", str(mbox)]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    seconds = time.perf_counter() - started
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    if not match:
        raise SystemExit(f"/usr/bin/time gave no figure:\n{result.stderr[-2000:]}")
    return int(match.group(1)) / 1024, seconds, result.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=int, default=120, help="size of the big message (default 120)")
    parser.add_argument("--count", type=int, default=40, help="number of 5 MB requests (default 40)")
    args = parser.parse_args()
    if not Path("/usr/bin/time").exists():
        raise SystemExit("needs /usr/bin/time (Debian package 'time')")
    with tempfile.TemporaryDirectory(prefix="pd-bench-memory-") as folder:
        work = Path(folder)
        small, big, many = work / "small.mbox", work / "big-request.mbox", work / "many-5mb.mbox"
        build_small(small)
        build_big(big, args.size_mb)
        build_many(many, args.count)
        base, base_s, _ = peak_of_import(small, work)
        print(f"baseline (20 small messages): peak {base:.0f} MB in {base_s:.1f} s")
        for mbox in (big, many):
            peak, seconds, status = peak_of_import(mbox, work)
            size = mbox.stat().st_size / (1024 * 1024)
            verdict = "OK" if peak <= TARGET_MB else f"OVER the {TARGET_MB} MB target"
            print(f"{mbox.stem} ({size:.0f} MB mbox): peak {peak:.0f} MB ({peak / base:.1f}x baseline), "
                  f"{seconds:.1f} s, exit {status} — {verdict}")


if __name__ == "__main__":
    main()
