"""GUI test fixtures: offscreen Qt, real services on a temporary data folder, a fixed clock.

``QT_QPA_PLATFORM=offscreen`` is set here, before anything imports Qt: without a display Qt would
abort the whole test run. Every test in this folder is marked ``gui`` automatically, so
``pytest -m "not gui"`` is the fast loop (qutebrowser's habit).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.integration.conftest import smtp_server, smtp_session  # noqa: F401 (the real SMTP server fixtures)
from tests.keyrings import MemoryKeyring

HERE = Path(__file__).resolve().parent

# 2026-11-25 09:00 in Chicago: the same fixed "now" as the rest of the suite.
GUI_NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)

# The offscreen platform plugin warns whenever a top-level window's layout sets its size limits;
# the message is about the plugin, not about our code, and would fail every window test under
# qt_log_level_fail = WARNING.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.gui)
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """The window moves Python's GC to the GUI thread (``ui.gcguard``); give it back after each
    test so that tests without an event loop still collect."""
    yield
    from privacydesk.ui import gcguard

    gcguard.uninstall()


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Any]:
    """Real services (SQLite, migrations, profile, rules) in a temporary data folder."""
    from privacydesk.paths import AppPaths
    from privacydesk.services.app import open_services

    services = open_services(AppPaths(tmp_path / "data"), clock=lambda: GUI_NOW)
    try:
        yield services
    finally:
        services.close()


@pytest.fixture
def add_request(desk: Any) -> Callable[..., str]:
    """Create a request the way staff would (``privacydesk add``); returns its reference."""
    from privacydesk.services.requests import NewRequest

    def add(email: str, types: list[str], *, name: str | None = None, regime: str | None = None,
            received: str = "2026-11-20T10:00", **extra: Any) -> str:
        change = desk.requests.create(NewRequest(email=email, types=types, name=name, regime=regime,
                                                 received=datetime.fromisoformat(received), **extra))
        return str(change.ref)

    return add


@pytest.fixture
def open_desk(qtbot: Any) -> Iterator[Callable[..., Any]]:
    """``open_desk(services, runner=None, demo=False)``: the whole window (``ui.app.Desk``) on these
    services, shown, with its first queries done. Closed after the test."""
    opened: list[Any] = []

    def make(services: Any, **options: Any) -> Any:
        from privacydesk.ui.app import Desk

        options.setdefault("use_tray", False)
        gui = Desk(services, **options)
        qtbot.addWidget(gui.window)
        gui.start()
        qtbot.waitUntil(lambda: not gui.model.is_loading() and gui.runner.is_idle())
        opened.append(gui)
        return gui

    yield make
    for gui in opened:
        gui.shutdown()


@pytest.fixture
def window(open_desk: Callable[..., Any], desk: Any) -> Any:
    """The window on ``desk`` (the services), shown and with its first query done."""
    return open_desk(desk)


# -- mail: a keyring in memory, a fake mail server, the window's preferences ---------------------------

@pytest.fixture
def install_keyring() -> Iterator[Callable[[Any], Any]]:
    """``install_keyring(backend)``: make ``backend`` the keyring for this test; restored afterwards."""
    import keyring

    previous = keyring.get_keyring()

    def install(backend: Any) -> Any:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(install_keyring: Callable[[Any], Any]) -> Any:
    return install_keyring(MemoryKeyring())


@pytest.fixture
def fake_server() -> Any:
    from tests.gui.fakemail import FakeServer

    return FakeServer()


@pytest.fixture(scope="session")
def compiled_classifier() -> None:
    """The classifier's rules are compiled once per process, on the first message classified: seconds
    on a loaded CI machine. Tests whose waits bound a sync (not that one-time cost) pay it here first,
    else whichever mail test runs first races its timeout against the compile."""
    from privacydesk.domain.classify_data import load_classifier_data

    load_classifier_data()


@pytest.fixture
def mail_desk(desk: Any, memory_keyring: Any, fake_server: Any, compiled_classifier: None) -> Any:
    """``desk`` whose sync service talks to ``fake_server`` (no network), with quick retries."""
    from privacydesk.services.sync import RetryPolicy, SyncService

    desk.sync = SyncService(desk.accounts, desk.ingest, desk.profile, connector=fake_server.connector,
                            retry=RetryPolicy(attempts=2, first=0.05, longest=0.1), timeout=5)
    return desk


def set_keep_watching(desk: Any, value: bool) -> None:
    from privacydesk.domain import settings as decl

    desk.settings.set(decl.MAIL_KEEP_WATCHING, value)


# -- replies: an account that sends through an in-memory transport, and a request that came by mail ----

@pytest.fixture
def transport(desk: Any, memory_keyring: Any) -> Any:
    """The team mailbox (IMAP and SMTP) with the reply service's transport in memory (``fakesmtp``)."""
    from privacydesk.services.accounts import NewAccount, SmtpConfig
    from tests.gui.fakesmtp import FakeTransport

    fake = FakeTransport()
    desk.accounts.add(NewAccount(name="team", host="imap.3dpros.example", username="3dprosteam@gmail.com"),
                      "imap-password", SmtpConfig(host="smtp.3dpros.example", saves_sent=False), None)
    desk.replies.smtp_send = fake.smtp_send
    desk.replies.open_writer = fake.open_writer
    return fake


@pytest.fixture
def mailed(desk: Any, tmp_path: Path) -> str:
    """A GDPR deletion request that arrived by mail (a reply threads under it); its reference."""
    from tests.gui.fakemail import DELETION_REQUEST
    from tests.gui.fakesmtp import file_mail

    report = file_mail(desk, tmp_path, DELETION_REQUEST, "request")
    [ref] = report.new_requests
    return str(ref)
