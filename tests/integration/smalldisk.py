"""Real bad days for tests: a small disk that fills up, a disk that is read-only.

Where the tests run as root with the right to mount (the CI machines, these workstations), a real
``tmpfs`` of a few megabytes is mounted on a temporary folder: SQLite then meets a real ENOSPC
("database or disk is full") or EROFS, exactly as on a laptop. Elsewhere ``can_mount()`` is False and
the tests use the closest real thing available (see each test).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path


def _mount(*args: str) -> bool:
    result = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    return result.returncode == 0


_CAN_MOUNT: bool | None = None


def can_mount() -> bool:
    """True when this process can mount a tmpfs (root with CAP_SYS_ADMIN)."""
    global _CAN_MOUNT
    if _CAN_MOUNT is None:
        _CAN_MOUNT = False
        if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount"):
            probe = Path(tempfile.mkdtemp(prefix="pd-mount-probe-"))
            try:
                if _mount("-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)):
                    _CAN_MOUNT = True
                    subprocess.run(["umount", str(probe)], check=False)
            finally:
                with contextlib.suppress(OSError):
                    probe.rmdir()
    return _CAN_MOUNT


class SmallDisk:
    """A mounted tmpfs of ``size_kb`` kilobytes; ``read_only()`` / ``writable()`` remount it."""

    def __init__(self, size_kb: int) -> None:
        self.path = Path(tempfile.mkdtemp(prefix="pd-small-disk-"))
        if not _mount("-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(self.path)):
            self.path.rmdir()
            raise OSError("could not mount a tmpfs")

    def read_only(self) -> None:
        assert _mount("-o", "remount,ro", str(self.path)), "could not remount read-only"

    def writable(self, size_kb: int | None = None) -> None:
        options = "remount,rw" + (f",size={size_kb}k" if size_kb else "")
        assert _mount("-o", options, str(self.path)), "could not remount writable"

    def close(self) -> None:
        subprocess.run(["umount", "-l", str(self.path)], check=False)
        with contextlib.suppress(OSError):
            self.path.rmdir()


@contextlib.contextmanager
def small_disk(size_kb: int) -> Iterator[SmallDisk]:
    disk = SmallDisk(size_kb)
    try:
        yield disk
    finally:
        disk.close()
