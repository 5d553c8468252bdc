"""Typing and lint stay clean where the logic lives (STYLE points 10-11)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STRICT = ["privacydesk/domain", "privacydesk/store", "privacydesk/mail", "privacydesk/services",
          "privacydesk/cli", "privacydesk/paths.py", "privacydesk/resources.py", "privacydesk/logsetup.py",
          "privacydesk/buildinfo.py"]


@pytest.mark.slow
def test_mypy_strict_on_the_logic() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", *STRICT], cwd=ROOT,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--output-format", "concise", "."],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
