"""The shipped data folder is found the same way in a checkout and in a frozen build (issue 16)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from privacydesk import resources
from privacydesk.buildinfo import BuildInfo, build_info
from privacydesk.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]


def test_a_checkout_uses_the_resources_folder_beside_the_package() -> None:
    assert resources.find_resources_dir() == ROOT / "resources"
    assert resources.DEFAULT_PROFILE.is_file()
    assert resources.resource_path("demo").is_dir()


def test_a_frozen_build_uses_the_folder_pyinstaller_unpacked(monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.find_resources_dir() == tmp_path / "resources"


def test_an_interpreter_that_is_not_frozen_ignores_a_stray_meipass(monkeypatch: pytest.MonkeyPatch,
                                                                  tmp_path: Path) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.find_resources_dir() == ROOT / "resources"


def test_a_packaged_build_names_its_commit_and_date(tmp_path: Path) -> None:
    info = tmp_path / "build_info.json"
    info.write_text('{"version": "1.2.0", "commit": "abc1234def", "built": "2026-11-02"}', encoding="utf-8")
    assert build_info(info).version_line() == "privacydesk 1.2.0 (commit abc1234def, built 2026-11-02)"


def test_a_checkout_prints_its_version_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from privacydesk import __version__

    assert build_info(tmp_path / "missing.json") == BuildInfo(__version__)
    assert build_info(tmp_path / "missing.json").version_line() == f"privacydesk {__version__}"
    broken = tmp_path / "broken.json"
    broken.write_text("[1, 2", encoding="utf-8")
    assert build_info(broken) == BuildInfo(__version__)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--version"])
    assert capsys.readouterr().out.strip() == f"privacydesk {__version__}"
