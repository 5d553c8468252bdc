"""Shared fixtures: every test runs with its own data folder; nothing touches the real user's files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

# Qt must never try a real display in tests (and must not abort without one).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXED_NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)  # 09:00 in Chicago


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PRIVACYDESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.delenv("PRIVACYDESK_DB_URL", raising=False)
    monkeypatch.delenv("PRIVACYDESK_TODAY", raising=False)
    monkeypatch.setenv("PRIVACYDESK_USER", "tester")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def services(data_dir: Path) -> Iterator[object]:
    """Real services on a fresh SQLite database, with the clock fixed at 2026-11-25 09:00 Chicago."""
    from privacydesk.paths import resolve_paths
    from privacydesk.services.app import open_services

    svc = open_services(resolve_paths(data_dir), clock=lambda: FIXED_NOW)
    try:
        yield svc
    finally:
        svc.close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, exitstatus: int,
                            config: pytest.Config) -> None:
    """Name every test that did not run because a server is missing, with the enabling command."""
    not_run = [r for r in terminalreporter.stats.get("skipped", []) if "integration" in r.keywords]
    if not not_run:
        return
    terminalreporter.section("NOT RUN: tests that need a server")
    for report in not_run:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        terminalreporter.write_line(f"{report.nodeid}\n    {reason.removeprefix('Skipped: ')}")
