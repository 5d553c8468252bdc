"""One long-lived sync worker per mail account, each in its own ``QThread`` (Vorta's per-site queue).

The sync engine is plain Python (``SyncService``); this module only runs it off the GUI thread and
turns what happens into queued Qt signals:

* ``SyncWorker`` lives in the account's thread. Its slots ``sync_once`` (``SyncService.sync_account``)
  and ``watch`` (``SyncService.watch``: IMAP IDLE or polling, reconnecting with backoff) block that
  thread — and only that thread — for as long as they run. It reports ``progressed`` (done, total,
  folder), ``state_changed`` (idle / syncing / watching / error, with words) and ``reported`` (a
  frozen ``SyncSummary``: only plain values cross threads, STYLE point 3).
* ``AccountSync`` is the GUI-thread handle: it owns the thread and the worker, starts and stops them
  and relays the worker's signals. Its ``stop``/``restart`` calls are thread-safe by construction:
  they only set ``threading.Event``s the running sync checks (between batches, every second of
  IDLE, during a backoff wait).

Hazards:

* A blocked network call (connecting to a host that never answers) ends only at the socket timeout
  (``SyncService.timeout``). ``AccountSync.wait`` therefore takes a timeout and says whether the
  thread really ended. Closing the window waits a short while; a thread still running is kept
  referenced (``ui/mail/controller._LINGERING``) and waited for after the event loop ended
  (``ui.app.run_gui``), because destroying a running ``QThread`` would abort the process.
* Signals to the GUI are connected by the handle with ``QueuedConnection`` to bound methods of
  GUI-thread objects; never to a lambda, which Qt would call directly on the worker thread.
* The worker's SyncService is a shallow copy of the window's with one difference: its connector
  reports "connected". Everything else (accounts, ingest, options) is shared.
"""

from __future__ import annotations

import copy
import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from privacydesk.ui import gcguard
from privacydesk.ui.mail import words as mailwords
from privacydesk.ui.qtcompat import emit

log = logging.getLogger(__name__)


class SyncState(StrEnum):
    IDLE = "idle"
    SYNCING = "syncing"
    WATCHING = "watching"
    ERROR = "error"


@dataclass(frozen=True)
class SyncSummary:
    """What one sync round did, as plain values (from ``SyncReport.as_json()``)."""

    account: str
    new_messages: int = 0
    new_requests: tuple[str, ...] = ()
    follow_ups: tuple[str, ...] = ()
    needs_review: int = 0
    errors: tuple[str, ...] = ()
    auth_failed: bool = False
    final: bool = False  # the run ended (a sync finished, or a watch stopped on an error)
    #: What a person should be told, one sentence each ("PD-…: identity verified — …"); references and
    #: fixed words only.
    notices: tuple[str, ...] = ()

    @classmethod
    def of(cls, report: Any, *, final: bool = False) -> SyncSummary:
        data = report.as_json()
        return cls(account=str(data.get("account", "")), new_messages=int(data.get("new_messages") or 0),
                   new_requests=tuple(data.get("new_requests") or ()),
                   follow_ups=tuple(dict.fromkeys(data.get("follow_ups") or ())),
                   needs_review=int(data.get("needs_review") or 0),
                   errors=tuple(str(e) for e in data.get("errors") or ()),
                   auth_failed=bool(data.get("auth_failed")), final=final,
                   notices=tuple(str(n) for n in data.get("notices") or ()))

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def brought_something(self) -> bool:
        return bool(self.new_messages or self.new_requests or self.follow_ups or self.notices)


@dataclass(frozen=True)
class AccountState:
    """What the window shows about one account's sync."""

    account: str
    state: SyncState = SyncState.IDLE
    words: str = ""  # plain words (status bar / accounts dialog)
    details: str = ""  # the longer explanation of an error
    done: int = 0
    total: int = 0
    folder: str = ""
    last_sync: datetime | None = None
    watching: bool = False

    def line(self) -> str:
        """One line for the status bar and the accounts list."""
        if self.state == SyncState.SYNCING:
            if self.total:
                return f"syncing {self.folder} {self.done}/{self.total}"
            return self.words or "syncing"
        if self.state == SyncState.ERROR:
            return f"problem: {self.words}"
        if self.state == SyncState.WATCHING:
            return "watching for new mail"
        if self.last_sync is not None:
            return f"idle (last sync {self.last_sync.astimezone().strftime('%H:%M')})"
        return self.words or "idle"


class SyncWorker(QObject):
    """Runs one account's syncs in the thread it was moved to (see the module docstring)."""

    #: (account, done, total, folder)
    progressed = Signal(str, int, int, str)
    #: (account, state value, short words, details)
    state_changed = Signal(str, str, str, str)
    #: a ``SyncSummary``
    reported = Signal(object)
    #: a ``sync_once`` or ``watch`` call returned (account)
    run_ended = Signal(str)

    def __init__(self, name: str, sync: Any, *, poll_interval: float = 300.0) -> None:
        super().__init__()
        self.name = name
        self.poll_interval = poll_interval
        self._sync = copy.copy(sync)
        self._real_connector = sync.connector
        self._sync.connector = self._connect
        self._lock = threading.Lock()
        self._run_stop = threading.Event()
        self._closing = False
        self._restart = False
        self._watch_wanted = False
        self._mode = ""  # "once" | "watch" while running

    # -- called from the GUI thread (thread-safe) -------------------------------------------------
    def close(self) -> None:
        """Stop whatever runs and refuse further work (the window is closing or the account goes)."""
        with self._lock:
            self._closing = True
            self._watch_wanted = False
            self._run_stop.set()

    def want_watch(self, wanted: bool) -> None:
        """Keep watching (or stop watching: the current watch ends within about a second)."""
        with self._lock:
            self._watch_wanted = wanted
            if not wanted:
                self._restart = False
                if self._mode == "watch":
                    self._run_stop.set()

    def restart_watch(self) -> bool:
        """If watching: reconnect and sync at once ("Sync now"). False when not watching."""
        with self._lock:
            if self._mode != "watch" or self._closing:
                return False
            self._restart = True
            self._run_stop.set()
            return True

    # -- slots, run in the worker's thread -------------------------------------------------------
    def _begin(self, mode: str) -> threading.Event | None:
        with self._lock:
            if self._closing or (mode == "watch" and not self._watch_wanted):
                self._mode = ""
                return None
            self._mode = mode
            self._restart = False
            self._run_stop = threading.Event()
            return self._run_stop

    @Slot()
    def sync_once(self) -> None:
        try:
            stop = self._begin("once")
            if stop is None:
                return
            self._state(SyncState.SYNCING, "connecting")
            try:
                report = self._sync.sync_account(self.name, self._progress, stop)
                summary = SyncSummary.of(report, final=True)
            except Exception as exc:  # a bug or a database failure: say so, keep the thread alive
                log.exception("sync of an account failed unexpectedly")
                summary = SyncSummary(self.name, errors=(mailwords.error_words(exc),), final=True)
            with self._lock:
                self._mode = ""
            emit(self.reported, summary)
            self._after(summary, watching=False)
        finally:
            emit(self.run_ended, self.name)

    @Slot()
    def watch(self) -> None:
        try:
            self._watch_loop()
        finally:
            with self._lock:
                self._mode = ""
            emit(self.run_ended, self.name)

    def _watch_loop(self) -> None:
        while True:
            stop = self._begin("watch")
            if stop is None:
                return
            self._state(SyncState.SYNCING, "connecting")
            try:
                result = self._sync.watch(self.name, stop, on_report=self._on_report,
                                          poll_interval=self.poll_interval, progress=self._progress)
                final = None if result is None else SyncSummary.of(result, final=True)
            except Exception as exc:
                log.exception("watching an account failed unexpectedly")
                final = SyncSummary(self.name, errors=(mailwords.error_words(exc),), final=True)
            if final is not None:  # a refused login or certificate: the watch stopped
                with self._lock:
                    self._mode = ""
                emit(self.reported, final)
                self._after(final, watching=False)
                return
            with self._lock:
                again = self._restart and self._watch_wanted and not self._closing
            if not again:
                self._state(SyncState.IDLE, "not watching")
                return

    # -- callbacks from the sync engine (worker thread) ------------------------------------------
    def _connect(self, settings: Any, password: str) -> Any:
        conn = self._real_connector(settings, password)
        self._state(SyncState.WATCHING if self._mode == "watch" else SyncState.SYNCING, "connected")
        return conn

    def _progress(self, done: int, total: int, folder: str) -> None:
        emit(self.progressed, self.name, done, total, folder)

    def _on_report(self, report: Any) -> None:
        summary = SyncSummary.of(report)
        emit(self.reported, summary)
        self._after(summary, watching=True)

    def _after(self, summary: SyncSummary, *, watching: bool) -> None:
        if summary.errors:
            self._state(SyncState.ERROR, mailwords.short_words(summary.errors, summary.auth_failed),
                        mailwords.report_words(summary.errors, summary.auth_failed))
        else:
            self._state(SyncState.WATCHING if watching else SyncState.IDLE, "up to date")

    def _state(self, state: SyncState, words: str, details: str = "") -> None:
        emit(self.state_changed, self.name, state.value, words, details)


class AccountSync(QObject):
    """The GUI-thread handle of one account's worker and thread."""

    progressed = Signal(str, int, int, str)
    state_changed = Signal(str, str, str, str)
    reported = Signal(object)
    #: the thread ended (after ``close``)
    stopped = Signal(str)

    # Requests to the worker; queued because the worker lives in another thread.
    _run_once = Signal()
    _run_watch = Signal()

    def __init__(self, name: str, sync: Any, parent: QObject | None = None, *,
                 poll_interval: float = 300.0) -> None:
        super().__init__(parent)
        gcguard.install()
        self.name = name
        self.watching = False
        self._queued = 0  # runs asked for and not yet ended
        self._closed = False
        self.sync_thread = QThread()
        self.sync_thread.setObjectName("privacydesk-sync")
        self.worker = SyncWorker(name, sync, poll_interval=poll_interval)
        self.worker.moveToThread(self.sync_thread)
        queued = Qt.ConnectionType.QueuedConnection
        self._run_once.connect(self.worker.sync_once, queued)
        self._run_watch.connect(self.worker.watch, queued)
        self.worker.progressed.connect(self._on_worker_progressed, queued)
        self.worker.state_changed.connect(self._on_worker_state_changed, queued)
        self.worker.reported.connect(self._on_worker_reported, queued)
        self.worker.run_ended.connect(self._on_worker_run_ended, queued)
        self.sync_thread.finished.connect(self._on_thread_finished, queued)
        self.sync_thread.start()

    @property
    def busy(self) -> bool:
        """A sync or watch is running or waiting to run."""
        return self._queued > 0

    # -- commands --------------------------------------------------------------------------------
    def sync_now(self) -> str:
        """Sync at once; returns what happened ("restarted", "started", "busy", "closed")."""
        if self._closed:
            return "closed"
        if self.watching and self.worker.restart_watch():
            return "restarted"
        if self.busy:
            return "busy"  # a sync runs, or a watch is about to start (it syncs first)
        self._queued += 1
        emit(self._run_once)
        return "started"

    def start_watching(self) -> None:
        if self._closed or self.watching:
            return
        self.watching = True
        self.worker.want_watch(True)
        self._queued += 1
        emit(self._run_watch)  # after a one-off sync that may be running

    def stop_watching(self) -> None:
        if not self.watching:
            return
        self.watching = False
        self.worker.want_watch(False)

    def close(self) -> None:
        """Stop the worker and let the thread end (non-blocking; see ``wait``)."""
        if self._closed:
            return
        self._closed = True
        self.watching = False
        self.worker.close()
        self.sync_thread.quit()

    def wait(self, timeout_ms: int) -> bool:
        """Block until the thread ended, at most ``timeout_ms``; True if it has."""
        if not self.sync_thread.isRunning():
            return True
        return bool(self.sync_thread.wait(max(0, timeout_ms)))

    def is_running(self) -> bool:
        return self.sync_thread.isRunning()

    # -- relays (GUI thread) ---------------------------------------------------------------------
    @Slot(str, int, int, str)
    def _on_worker_progressed(self, name: str, done: int, total: int, folder: str) -> None:
        emit(self.progressed, name, done, total, folder)

    @Slot(str, str, str, str)
    def _on_worker_state_changed(self, name: str, state: str, words: str, details: str) -> None:
        emit(self.state_changed, name, state, words, details)

    @Slot(object)
    def _on_worker_reported(self, summary: SyncSummary) -> None:
        if summary.final and summary.errors and self.watching:
            self.watching = False  # the watch stopped on an error (password, certificate)
            self.worker.want_watch(False)
        emit(self.reported, summary)

    @Slot(str)
    def _on_worker_run_ended(self, _name: str) -> None:
        self._queued = max(0, self._queued - 1)

    @Slot()
    def _on_thread_finished(self) -> None:
        emit(self.stopped, self.name)


def now_utc() -> datetime:
    return datetime.now(UTC)
