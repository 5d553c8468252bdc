"""Background sync in the window (fake mail server): progress in the status bar, live table updates,
notifications, watching, errors in words, clean shutdown."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt

from privacydesk.mail.imap import ImapAuthError
from privacydesk.services.accounts import NewAccount
from privacydesk.ui import labels
from privacydesk.ui.app import Desk
from privacydesk.ui.mail.sync_worker import SyncState
from privacydesk.ui.requests.table import Column

from .conftest import set_keep_watching
from .fakemail import ACCESS_REQUEST, DELETION_REQUEST, ORDER_MAIL, make_mail
from .helpers import make_desk, table_refs, wait_idle


def add_account(desk: Any, name: str = "team") -> None:
    desk.accounts.add(NewAccount(name=name, host="imap.example.com", username="team@example.com"), "secret")


def open_window(qtbot: Any, desk: Any, *, keep_watching: bool = False) -> Desk:
    set_keep_watching(desk, keep_watching)
    return make_desk(qtbot, desk)


def select(qtbot: Any, win: Desk, ref: str) -> None:
    row = win.model.row_of_ref(ref)
    assert row is not None
    qtbot.mouseClick(win.page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=win.page.table.visualRect(win.model.index(row, Column.REF)).center())
    qtbot.waitUntil(lambda: win.page.workspace.current is not None and win.page.workspace.current.ref == ref)


def new_refs(desk: Any, before: set[str]) -> list[str]:
    return [r for r in desk.requests.refs() if r not in before]


def test_sync_now_shows_progress_files_a_request_and_refreshes_the_table(
        qtbot: Any, mail_desk: Any, fake_server: Any, add_request: Any) -> None:
    existing = add_request("old@example.com", ["access"], name="Old", regime="gdpr", received="2026-11-20T10:00")
    add_account(mail_desk)
    fake_server.deliver(ORDER_MAIL)
    fake_server.deliver(DELETION_REQUEST)
    win = open_window(qtbot, mail_desk)
    qtbot.waitUntil(lambda: "team" in win.mail.handles)
    assert win.mail_view.label.text() == "Mail: idle"
    select(qtbot, win, existing)
    resets: list[int] = []
    win.model.modelReset.connect(lambda: resets.append(1))

    # Hold the sync inside its first fetch, to see the status bar while it runs.
    fake_server.gate = threading.Event()
    seen: list[tuple[str, bool, int, int]] = []
    win.mail.state_changed.connect(
        lambda _n: seen.append((win.mail_view.label.text(), win.mail_view.progress.isVisible(),
                                win.mail_view.progress.value(), win.mail_view.progress.maximum())))
    win.mail_view.sync_now.trigger()
    qtbot.waitUntil(lambda: any("2" in text and visible for text, visible, _v, _m in seen))
    assert win.mail.states["team"].state == SyncState.SYNCING
    assert win.mail_view.progress.isVisible() and win.mail_view.progress.maximum() == 2
    assert "Mail: syncing team INBOX 0/2" in win.mail_view.label.text()
    with qtbot.waitSignal(win.mail_announced, timeout=10000) as announced:
        fake_server.gate.set()
    wait_idle(qtbot, win)

    (ref,) = new_refs(mail_desk, {existing})
    assert set(table_refs(win)) == {existing, ref}
    assert resets == []  # a narrow refresh: rows inserted, not a reset
    assert win.page.table.selectionModel().currentIndex().row() == win.model.row_of_ref(existing)
    assert win.page.workspace.current.ref == existing
    due = labels.day(mail_desk.requests.show(ref).clock.due)
    news = announced.args[0]
    assert news.new_requests == (ref,) and labels.day(news.next_due) == due
    assert win.window.banner.isVisible()
    assert win.window.banner_label.text().startswith("1 new privacy request.")
    assert ref in win.window.banner_label.text() and f"Next due: {due}" in win.window.banner_label.text()
    assert "Ann" not in win.window.banner_label.text() and "ann@example.com" not in win.window.banner_label.text()
    assert not win.mail_view.progress.isVisible()
    assert win.mail_view.label.text().startswith("Mail: idle (last sync ")
    qtbot.waitUntil(lambda: win.requests.counts is not None and win.requests.counts.total == 2)
    assert any(visible and value == 2 and maximum == 2 for _t, visible, value, maximum in seen)

    # Nothing new: no notification, nothing filed twice.
    win.window.banner.hide()
    with qtbot.waitSignal(win.mail.sync_reported, timeout=10000) as again:
        win.mail_view.sync_now.trigger()
    assert again.args[0].ok and not again.args[0].brought_something
    assert not win.window.banner.isVisible() and len(mail_desk.requests.refs()) == 2


def test_keep_watching_files_new_mail_and_sync_now_reconnects(
        qtbot: Any, mail_desk: Any, fake_server: Any) -> None:
    add_account(mail_desk)
    fake_server.deliver(DELETION_REQUEST)
    win = open_window(qtbot, mail_desk, keep_watching=True)
    assert win.mail_view.keep_watching.isChecked()
    # The watch starts with the window and files the waiting request (maybe before this line runs).
    qtbot.waitUntil(lambda: win.window.banner.isVisible() and "1 new privacy request" in win.window.banner_label.text(),
                    timeout=10000)
    qtbot.waitUntil(lambda: win.mail.states["team"].state == SyncState.WATCHING)
    assert win.mail_view.label.text() == "Mail: watching for new mail"
    assert win.mail.handles["team"].watching
    first = set(mail_desk.requests.refs())
    assert len(first) == 1

    # New mail arrives; "Sync now" while watching reconnects and syncs at once (no poll wait).
    fake_server.deliver(ACCESS_REQUEST)
    logins = fake_server.logins
    assert win.mail_view.sync_now.shortcut().toString() == "F5"
    with qtbot.waitSignal(win.mail_announced, timeout=10000) as announced:
        win.mail_view.sync_now.trigger()
    (ref,) = new_refs(mail_desk, first)
    assert announced.args[0].new_requests == (ref,)
    assert fake_server.logins == logins + 1
    qtbot.waitUntil(lambda: ref in table_refs(win))

    # Switching watching off ends the connection; the choice is remembered.
    win.mail_view.keep_watching.setChecked(False)
    qtbot.waitUntil(lambda: win.mail.states["team"].state == SyncState.IDLE)
    # The worker says "idle" just before its run ends: both reach the window as queued signals.
    qtbot.waitUntil(lambda: not win.mail.handles["team"].busy)
    from privacydesk.domain import settings as decl

    assert mail_desk.settings.get(decl.MAIL_KEEP_WATCHING) is False


def test_a_refused_password_stops_and_says_so_without_retrying(
        qtbot: Any, mail_desk: Any, fake_server: Any) -> None:
    add_account(mail_desk)
    fake_server.error = ImapAuthError("imap.example.com refused the login for team@example.com: "
                                      "[AUTHENTICATIONFAILED] Invalid credentials.")
    win = open_window(qtbot, mail_desk, keep_watching=True)
    qtbot.waitUntil(lambda: win.mail.states.get("team") is not None
                    and win.mail.states["team"].state == SyncState.ERROR)
    state = win.mail.states["team"]
    assert state.words == "the server refused the user name or password"
    assert "app password" in state.details
    assert win.mail_view.label.text() == "Mail: team: the server refused the user name or password"
    assert "app password" in win.mail_view.label.toolTip()
    qtbot.waitUntil(lambda: not win.mail.handles["team"].busy)
    assert not win.mail.handles["team"].watching
    # Opening the accounts dialog reloads the list: the stopped watch must not log in again.
    dialog = win.mail.open_accounts()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    wait_idle(qtbot, win)
    assert fake_server.logins == 1
    dialog.select("team")
    assert "refused the user name or password" in dialog.details.text()
    # Fixing the password (Edit) starts watching again.
    fake_server.error = None
    form = win.mail.open_form(win.mail.accounts[0])
    qtbot.waitUntil(form.isVisible)
    form.password.setText("the right one")
    qtbot.waitUntil(form.save_button.isEnabled)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.mail.states["team"].state == SyncState.WATCHING, timeout=10000)
    assert fake_server.passwords[-1] == "the right one"


def test_closing_the_window_stops_every_sync_thread(qtbot: Any, mail_desk: Any, fake_server: Any) -> None:
    add_account(mail_desk, "one")
    add_account(mail_desk, "two")
    fake_server.deliver(make_mail("Hello", "Just a note about an order.\r\n"))
    win = open_window(qtbot, mail_desk, keep_watching=True)
    qtbot.waitUntil(lambda: len(win.mail.handles) == 2 and all(
        s.state == SyncState.WATCHING for s in win.mail.states.values()), timeout=10000)
    threads = [h.sync_thread for h in win.mail.handles.values()]
    assert len({id(t) for t in threads}) == 2  # one thread per account
    assert all(t.isRunning() for t in threads)
    win.window.close()
    assert not any(t.isRunning() for t in threads)
    assert win.mail.handles == {}


def test_sync_now_without_an_account_says_how_to_add_one(qtbot: Any, window: Desk) -> None:
    qtbot.waitUntil(lambda: window.mail_view.label.text() == "Mail: no account yet")
    window.mail_view.sync_now.trigger()
    assert "Mail → Accounts" in window.window.statusBar().currentMessage()
