"""Keeping accounts in step with their mailboxes: one sync, all accounts, or watching (IDLE).

``SyncService`` ties the pieces together: ``AccountService`` (settings, keyring password) →
``mail.imap.connect`` (verified, read-only) → ``mail.sync.SyncEngine`` → ``IngestService.store_batch``
(one transaction per batch, high-water mark included). Plain Python: the window wraps it in one QThread
worker per account; the CLI calls it directly.

Failure policy (issue 5):
- network trouble (refused, timeout, dropped mid-FETCH, server restart) → reconnect with exponential
  backoff and continue from the last committed batch; the engine's marks make this lossless;
- wrong password → stop at once and say so: one login attempt, never a retry storm that could lock
  the account;
- bad certificate / no TLS / bad settings / no keyring → stop and say so (retrying cannot help);
- a missing folder → that folder is reported, the others still sync.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from privacydesk.domain.message import Classification, ParsedMessage
from privacydesk.domain.profile import CompanyProfile
from privacydesk.mail import imap
from privacydesk.mail.imap import (
    DEFAULT_PORTS,
    ImapAuthError,
    ImapCertificateError,
    ImapConnection,
    ImapConnectionError,
    ImapError,
    ImapFolderError,
    ImapSecurityError,
    ImapSettingsError,
)
from privacydesk.mail.sync import FolderMark, FolderResult, Progress, SyncedMessage, SyncEngine, SyncOptions
from privacydesk.services.accounts import (
    AccountError,
    AccountInfo,
    AccountService,
    InvalidAccount,
    KeyringUnavailable,
    NewAccount,
    PasswordMissing,
)
from privacydesk.services.ingest import (
    FolderProgress,
    ImapPosition,
    IncomingMessage,
    IngestReport,
    IngestService,
    reply_prefix,
)
from privacydesk.store.models import utcnow

log = logging.getLogger(__name__)

_warming = threading.Lock()
_warmed = False


def _warm_up() -> None:
    """Pay the classifier data's one-time set-up in this process (seconds on a busy machine; the
    store needs its reply prefixes to thread mail) on a thread of its own, while the first batch is
    still on the network and in the workers, instead of in the middle of the first batch's
    decisions. Once per process."""
    global _warmed
    with _warming:
        if _warmed:
            return
        _warmed = True
    threading.Thread(target=reply_prefix, name="privacydesk-warm-up", daemon=True).start()


#: Servers may end an IDLE after 30 minutes (RFC 2177 says clients re-issue it at least every 29).
MAX_IDLE_SECONDS = 29 * 60


@dataclass(frozen=True)
class RetryPolicy:
    """Backoff for network errors: ``first``, ×``factor`` each time, at most ``longest`` seconds."""

    attempts: int = 5  # for one sync; ``watch`` retries for ever
    first: float = 2.0
    factor: float = 2.0
    longest: float = 300.0

    def delay(self, attempt: int) -> float:
        return float(min(self.longest, self.first * self.factor ** max(0, attempt - 1)))


@dataclass
class SyncReport:
    """What one sync of one account did, in terms the user cares about."""

    account: str
    ingest: IngestReport = field(default_factory=IngestReport)
    auto_replies: list[str] = field(default_factory=list)  # notes of the automatic acknowledgement
    folders: dict[str, FolderResult] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    auth_failed: bool = False
    attempts: int = 0
    started_at: datetime = field(default_factory=utcnow)
    finished_at: datetime | None = None

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def changed(self) -> bool:
        return bool(self.ingest.new_messages or self.ingest.duplicates)

    def as_json(self) -> dict[str, Any]:
        r = self.ingest
        return {
            "account": self.account,
            "ok": self.ok,
            "new_messages": r.new_messages,
            "already_known": r.duplicates,
            "new_requests": list(r.new_requests),
            "follow_ups": list(r.follow_ups),
            "needs_review": r.needs_review,
            "non_requests": r.non_requests,
            "automated": r.automated,
            "unreadable": r.unreadable,
            "errors": list(self.errors) + [f"{o}: {e}" for o, e in r.failures],
            "auth_failed": self.auth_failed,
            "notices": list(r.notices) + list(self.auto_replies),
            "folders": [
                {"folder": f.folder, "uidvalidity": f.uidvalidity, "checked": f.done, "total": f.total,
                 "already_known": f.known, "fetched_whole": f.full_fetched,
                 "whole_in_first_pass": f.whole_in_first_pass, "text_parts_read": f.text_parts_read,
                 "unchanged": f.unchanged,
                 "uidvalidity_reset": f.uidvalidity_reset, "last_uid": f.last_uid}
                for f in self.folders.values()],
            "started_at": self.started_at,
            "finished_at": self.finished_at,
        }


class _IngestSink:
    """``mail.sync.SyncSink`` on top of ``IngestService`` for one account.

    ``sent_folder``: the account's Sent folder (issue 9), read only so that our own replies written
    in another mail program join their threads. Nothing there is a new request or mail to review.
    """

    def __init__(self, ingest: IngestService, account: str, report: IngestReport, *,
                 sent_folder: bool = False) -> None:
        self.ingest = ingest
        self.account = account
        self.report = report
        self.actor = f"sync:{account}"
        self.sent_folder = sent_folder

    def folder_mark(self, folder: str) -> FolderMark | None:
        state = self.ingest.folder_state(self.account, folder)
        if state is None:
            return None
        return FolderMark(state.uidvalidity, state.last_uid or 0, state.highest_modseq)

    def known_fingerprints(self, fingerprints: Sequence[str]) -> set[str]:
        return self.ingest.known_fingerprints(fingerprints)

    def wants_full(self, candidates: Sequence[tuple[ParsedMessage, Classification]]) -> list[bool]:
        if self.sent_folder:
            candidates = [(p, _outgoing_only(c)) for p, c in candidates]
        many = getattr(self.ingest, "wants_full_many", None)
        if many is not None:  # one session / set queries for the whole batch, when available
            return list(many(candidates))
        return [self.ingest.wants_full(p, c) for p, c in candidates]

    def store(self, folder: str, uidvalidity: int, messages: Sequence[SyncedMessage], *,
              last_uid: int, highest_modseq: int | None) -> None:
        items = [
            IncomingMessage(
                fingerprint=m.fingerprint, parsed=m.parsed,
                classification=_outgoing_only(m.classification) if self.sent_folder else m.classification,
                raw=m.raw,
                received=m.received, unreadable=m.unreadable, raw_spool=m.raw_spool,
                position=ImapPosition(self.account, folder, uidvalidity, m.uid))
            for m in messages]
        progress = FolderProgress(self.account, folder, uidvalidity, last_uid, highest_modseq)
        self.report.merge(self.ingest.store_batch(items, progress, actor=self.actor))


def _outgoing_only(c: Classification) -> Classification:
    """A message in Sent is ours: it can join a thread, never open a request or wait for review."""
    return replace(c, is_request=False, needs_review=False, form=False)


Connector = Callable[[imap.ImapSettings, str], ImapConnection]
ReportCallback = Callable[[SyncReport], None]

#: Every error a mail server (or the connection to it) can raise; front ends catch this, never the
#: mail layer's own classes (they import services only).
MailServerError = ImapError


def mail_error_kind(exc: BaseException) -> str:
    """What kind of mail problem ``exc`` is, so a front end can explain it in its own words:
    ``auth``, ``certificate``, ``security``, ``connection``, ``folder``, ``settings``, ``keyring``,
    ``account``, ``server`` (another mail-server answer) or ``other`` (a bug)."""
    if isinstance(exc, ImapAuthError):
        return "auth"
    if isinstance(exc, ImapCertificateError):
        return "certificate"
    if isinstance(exc, ImapSecurityError):
        return "security"
    if isinstance(exc, ImapConnectionError):
        return "connection"
    if isinstance(exc, ImapFolderError):
        return "folder"
    if isinstance(exc, KeyringUnavailable | PasswordMissing):
        return "keyring"
    if isinstance(exc, ImapSettingsError):
        return "settings"
    if isinstance(exc, AccountError):
        return "account"
    if isinstance(exc, ImapError):
        return "server"
    return "other"


class SyncService:
    def __init__(self, accounts: AccountService, ingest: IngestService, profile: CompanyProfile, *,
                 options: SyncOptions | None = None, retry: RetryPolicy | None = None,
                 connector: Connector | None = None, timeout: float = 60.0) -> None:
        self.accounts = accounts
        self.ingest = ingest
        self.profile = profile
        self.options = options or SyncOptions()
        self.retry = retry or RetryPolicy()
        self.connector: Connector = connector or imap.connect
        self.timeout = timeout
        self._live: set[ImapConnection] = set()  # connections in use, for ``interrupt``
        self._live_lock = threading.Lock()
        #: Called with the references of requests a sync opened (issue 9: the automatic
        #: acknowledgement); returns notes for the report. Never lets a failure stop the sync.
        self.on_new_requests: Callable[[list[str]], list[str]] | None = None

    def interrupt(self) -> None:
        """Break every network wait of this service's syncs and watches at once (Ctrl+C, quitting):
        call it after setting their stop events. Each blocked read fails immediately and the sync
        or watch sees its stop event and ends cleanly; what was committed stays committed, a batch
        in progress is rolled back whole (issue 11)."""
        with self._live_lock:
            live = list(self._live)
        for conn in live:
            conn.interrupt()

    def _using(self, conn: ImapConnection) -> None:
        with self._live_lock:
            self._live.add(conn)

    def _done_with(self, conn: ImapConnection) -> None:
        with self._live_lock:
            self._live.discard(conn)

    def with_batch_size(self, batch_size: int | None) -> SyncService:
        """This service with another number of messages per fetch and commit (``sync --batch-size``)."""
        if batch_size is None:
            return self
        other = SyncService(self.accounts, self.ingest, self.profile,
                            options=replace(self.options, batch_size=batch_size),
                            retry=self.retry, connector=self.connector, timeout=self.timeout)
        other.on_new_requests = self.on_new_requests
        other._live, other._live_lock = self._live, self._live_lock  # one interrupt reaches both
        return other

    # -- connections -----------------------------------------------------------------------------
    def connect(self, account: AccountInfo | str) -> ImapConnection:
        info = self.accounts.get(account) if isinstance(account, str) else account
        password = self.accounts.password(info.name)
        return self.connector(info.imap_settings(self.timeout), password)

    def test_account(self, name: str) -> tuple[list[str], list[str]]:
        """Log in and list folders: (all folders, watched folders that are missing). Raises
        ``ImapError``/``AccountError`` with the reason."""
        info = self.accounts.get(name)
        with self.connect(info) as conn:
            folders = conn.list_folders()
        present = {f.lower() if f.upper() == "INBOX" else f for f in folders}
        missing = [f for f in info.folders if (f.lower() if f.upper() == "INBOX" else f) not in present]
        return folders, missing

    def test_settings(self, settings: NewAccount, password: str, *, timeout: float | None = None) -> list[str]:
        """Log in with settings that are not saved yet (the account form's "Test connection") and
        list the server's folders. Raises ``InvalidAccount`` or the mail layer's errors."""
        spec = AccountService.validate(settings)
        if not password:
            raise InvalidAccount("Type the password to test the connection.")
        info = AccountInfo(name=spec.name, host=spec.host, port=spec.port or DEFAULT_PORTS[spec.security],
                           security=spec.security, username=spec.username, folders=spec.folders,
                           ca_file=spec.ca_file)
        with self.connector(info.imap_settings(timeout or self.timeout), password) as conn:
            return list(conn.list_folders())

    # -- one sync --------------------------------------------------------------------------------
    def sync_account(self, name: str, progress: Progress | None = None,
                     stop: threading.Event | None = None, *, retry: bool = True) -> SyncReport:
        """Sync every watched folder of one account. Never raises for mail-server or keyring
        problems: they are in ``report.errors`` (plain words)."""
        report = SyncReport(account=name)
        stop = stop or threading.Event()
        try:
            info = self.accounts.get(name)
        except AccountError as exc:
            report.errors.append(str(exc))
            report.finished_at = utcnow()
            return report
        attempt = 0
        while not stop.is_set():
            attempt += 1
            report.attempts = attempt
            conn: ImapConnection | None = None
            try:
                conn = self.connect(info)
                self._using(conn)
                self._sync_folders(conn, info, report, progress, stop)
                break
            except ImapError as exc:
                if stop.is_set():
                    break  # interrupted on purpose (``interrupt``): not a failure
                if isinstance(exc, ImapConnectionError):
                    log.warning("sync of an account failed (attempt %d): %s", attempt, type(exc).__name__)
                    if not retry or attempt >= self.retry.attempts:
                        report.errors.append(f"{exc} (gave up after {attempt} attempt"
                                             f"{'s' if attempt > 1 else ''})")
                        self._record_error(name, str(exc))
                        break
                    if stop.wait(self.retry.delay(attempt)):
                        break
                    continue
                report.auth_failed = isinstance(exc, ImapAuthError)
                report.errors.append(str(exc))
                self._record_error(name, str(exc))
                break
            except AccountError as exc:
                report.errors.append(str(exc))
                self._record_error(name, str(exc))
                break
            finally:
                if conn is not None:
                    self._done_with(conn)
                    conn.close()
        self._after_sync(report)
        report.finished_at = utcnow()
        return report

    def _after_sync(self, report: SyncReport) -> None:
        if self.on_new_requests is None or not report.ingest.new_requests:
            return
        try:
            report.auto_replies.extend(self.on_new_requests(list(report.ingest.new_requests)))
        except Exception:
            log.exception("the automatic acknowledgement failed")
            report.auto_replies.append("The automatic acknowledgement failed; acknowledge the new requests by hand.")

    def _sync_folders(self, conn: ImapConnection, info: AccountInfo, report: SyncReport,
                      progress: Progress | None, stop: threading.Event) -> None:
        _warm_up()
        sink = _IngestSink(self.ingest, info.name, report.ingest)
        limit = getattr(self.ingest, "max_message_bytes", None)
        options = replace(self.options, max_parse_bytes=limit()) if callable(limit) else self.options
        with SyncEngine(conn, sink, self.profile, options, progress=progress,
                        should_stop=stop.is_set) as engine:
            for folder in info.folders:
                if stop.is_set():
                    break
                try:
                    result = engine.sync_folder(folder)
                except ImapFolderError as exc:
                    message = str(exc)
                    if message not in report.errors:
                        report.errors.append(message)
                    self.accounts.record_error(info.name, folder, message)
                    continue
                previous = report.folders.get(folder)
                if previous is not None and result.unchanged:
                    continue  # keep the numbers of the attempt that did the work
                report.folders[folder] = _merge_results(previous, result)
            if not stop.is_set():
                self._sync_sent_folder(conn, info, report, progress, stop)
        # A folder that failed earlier but synced now is no longer in error.
        report.errors = [e for e in report.errors if not _about_synced_folder(e, report)]
        self.accounts.clear_errors(info.name, list(report.folders))

    def _sync_sent_folder(self, conn: ImapConnection, info: AccountInfo, report: SyncReport,
                          progress: Progress | None, stop: threading.Event) -> None:
        """Read the Sent folder too (found by SPECIAL-USE), so replies written in another mail program
        join their threads (issue 9). Skipped when it is a watched folder already or there is none."""
        finder = getattr(conn, "find_special", None)
        if finder is None or info.options.get("read_sent") is False:
            return
        try:
            sent = finder(b"\\Sent")
        except ImapFolderError:
            return
        if not sent or sent in info.folders:
            return
        sink = _IngestSink(self.ingest, info.name, report.ingest, sent_folder=True)
        with SyncEngine(conn, sink, self.profile, self.options, progress=progress,
                        should_stop=stop.is_set) as engine:
            try:
                engine.sync_folder(sent)
            except ImapFolderError as exc:
                log.warning("the Sent folder could not be read: %s", type(exc).__name__)

    def _record_error(self, name: str, message: str) -> None:
        try:
            self.accounts.record_error(name, None, message)
        except Exception:  # the database may be the problem; the report still carries the message
            log.exception("could not record a sync error")

    def sync_all(self, progress: Callable[[str, int, int, str], None] | None = None,
                 stop: threading.Event | None = None, *, retry: bool = True,
                 names: Sequence[str] | None = None) -> list[SyncReport]:
        """Sync accounts one after the other. ``progress(account, done, total, folder)``."""
        reports = []
        for name in names if names is not None else self.accounts.names():
            if stop is not None and stop.is_set():
                break
            account_progress: Progress | None = None
            if progress is not None:
                def account_progress(done: int, total: int, folder: str, _n: str = name) -> None:
                    progress(_n, done, total, folder)
            reports.append(self.sync_account(name, account_progress, stop, retry=retry))
        return reports

    # -- push ------------------------------------------------------------------------------------
    def watch(self, name: str, stop: threading.Event, *, on_report: ReportCallback | None = None,
              poll_interval: float = 300.0, idle_seconds: float = 25 * 60,
              progress: Progress | None = None) -> SyncReport | None:
        """Stay connected and sync whenever new mail arrives, until ``stop`` is set.

        With IDLE (RFC 2177) the first watched folder is watched live and re-issued every
        ``idle_seconds`` (capped below 29 minutes); other folders, and servers without IDLE, are
        polled every ``poll_interval`` seconds. Network errors reconnect with backoff for ever;
        a refused login or certificate stops the watch and returns the report that says why.
        ``on_report`` gets every report that stored something or failed.
        """
        idle_seconds = max(1.0, min(idle_seconds, MAX_IDLE_SECONDS - 60))
        attempt = 0
        while not stop.is_set():
            conn: ImapConnection | None = None
            report = SyncReport(account=name)
            try:
                info = self.accounts.get(name)
                conn = self.connect(info)
                self._using(conn)
                attempt = 0
                while not stop.is_set():
                    report = SyncReport(account=name)
                    self._sync_folders(conn, info, report, progress, stop)
                    self._after_sync(report)
                    report.finished_at = utcnow()
                    if on_report is not None and (report.changed or report.errors):
                        on_report(report)
                    if stop.is_set():
                        break
                    self._wait_for_mail(conn, info, stop, poll_interval, idle_seconds)
            except ImapError as exc:
                if stop.is_set():
                    break  # interrupted on purpose (``interrupt``): a clean stop
                if not isinstance(exc, ImapConnectionError):
                    return self._watch_failed(name, report, exc, on_report)
                attempt += 1
                delay = self.retry.delay(attempt)
                log.warning("watch lost the connection (%s); retrying in %.3g s", type(exc).__name__, delay)
                report.errors.append(f"{exc} Retrying in {delay:.3g} s.")
                report.finished_at = utcnow()
                self._record_error(name, str(exc))
                if on_report is not None:
                    on_report(report)
                stop.wait(delay)
            except AccountError as exc:
                return self._watch_failed(name, report, exc, on_report)
            finally:
                if conn is not None:
                    self._done_with(conn)
                    conn.close()
        return None

    def _watch_failed(self, name: str, report: SyncReport, exc: Exception,
                      on_report: ReportCallback | None) -> SyncReport:
        """A refused login, certificate or setting: retrying cannot help; say why and stop."""
        report.auth_failed = isinstance(exc, ImapAuthError)
        report.errors.append(str(exc))
        report.finished_at = utcnow()
        self._record_error(name, str(exc))
        if on_report is not None:
            on_report(report)
        return report

    def _wait_for_mail(self, conn: ImapConnection, info: AccountInfo, stop: threading.Event,
                       poll_interval: float, idle_seconds: float) -> None:
        if not conn.has_idle:
            stop.wait(poll_interval)
            return
        folder = info.folders[0]
        try:
            status = conn.examine(folder)
        except ImapFolderError:  # already reported by the sync; poll the others
            stop.wait(poll_interval)
            return
        mark = self.ingest.folder_state(info.name, folder)
        # Mail that arrived after the sync's search but before IDLE starts would never be announced:
        # if UIDNEXT is already past the mark, sync again at once.
        if mark is None or mark.uidvalidity != status.uidvalidity or (
                status.uidnext is not None and status.uidnext > (mark.last_uid or 0) + 1):
            return
        timeout = idle_seconds if len(info.folders) == 1 else min(idle_seconds, poll_interval)
        started = time.monotonic()
        conn.idle_wait(timeout, should_stop=stop.is_set)
        log.debug("idle ended after %.1f s", time.monotonic() - started)


def _merge_results(previous: FolderResult | None, current: FolderResult) -> FolderResult:
    """Sum two attempts at one folder (a retry continues where the first stopped)."""
    if previous is None:
        return current
    merged = FolderResult(current.folder, uidvalidity=current.uidvalidity,
                          total=previous.done + current.total, done=previous.done + current.done,
                          known=previous.known + current.known,
                          full_fetched=previous.full_fetched + current.full_fetched,
                          whole_in_first_pass=previous.whole_in_first_pass + current.whole_in_first_pass,
                          text_parts_read=previous.text_parts_read + current.text_parts_read,
                          unreadable=previous.unreadable + current.unreadable,
                          unchanged=current.unchanged and previous.unchanged,
                          uidvalidity_reset=previous.uidvalidity_reset or current.uidvalidity_reset,
                          stopped=current.stopped, last_uid=current.last_uid)
    for source in (previous.timings, current.timings):
        for k, v in source.items():
            merged.add_time(k, v)
    return merged


def _about_synced_folder(error: str, report: SyncReport) -> bool:
    return any(f"folder {folder!r}" in error for folder in report.folders)
