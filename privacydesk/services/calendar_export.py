"""Due dates for other calendar apps: an ``.ics`` file (icalendar), kept current, and a local feed.

One event per milestone of every request whose clock runs (open requests and appeals being
answered), all-day on the milestone's date. Each event's UID is ``<ref>-<milestone>@privacydesk``:
the same on every export, so re-importing or re-reading the file *updates* events (``SEQUENCE`` is
the request's version) instead of duplicating them. Output is deterministic — no "now" in it — so a
file is rewritten only when something in it changed.

Privacy: events carry the reference, the milestone in plain words and the rule that set the date;
the requester's name only when the user opts in (``include_names`` argument, else the setting
``calendar.include_names``). Nothing else personal.

Keeping it current (``CalendarExport``):

* ``keep_current()`` rewrites the file named by the setting ``calendar.file`` when the requests
  changed since the last write (a cheap SQL fingerprint first) — the window calls it after each
  change and on a timer; ``privacydesk export calendar FILE --watch`` loops on it.
* ``start_feed()`` serves the same calendar read-only at ``http://127.0.0.1:<port>/[<token>/]
  calendar.ics`` from a standard-library HTTP server in a thread (127.0.0.1 only; other Host
  headers are refused, which stops web pages reaching it by DNS rebinding); ``stop_feed()`` ends it.
  The optional token is random and kept in the OS keyring (it is a secret: it guards the feed from
  other users of the computer).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
import re
import secrets
import tempfile
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

from icalendar import Calendar, Event
from sqlalchemy import func, select

from privacydesk import __version__
from privacydesk.domain import settings as decl
from privacydesk.domain.calendar import BusinessCalendar, MilestoneKind, milestone_words
from privacydesk.domain.errors import InvalidInput, Refused, StorageProblem
from privacydesk.store.db import Database
from privacydesk.store.models import Request, Requester, RequesterEmail, RequestMilestone

if TYPE_CHECKING:
    from privacydesk.services.requests import RequestService
    from privacydesk.services.settings import SettingsService

log = logging.getLogger(__name__)

UID_DOMAIN = "privacydesk"
FEED_HOST = "127.0.0.1"
FEED_PATH = "calendar.ics"
KEYRING_SERVICE = "PrivacyDesk calendar feed"
KEYRING_USER = "feed-token"
STATE_PROPERTY = "x-privacydesk-state"  # what the file was made from (see keep_current)
# "[ccpa; regime not confirmed, earliest of …] " and "[deletion] " prefixes of engine explanations.
_RULE_PREFIX = re.compile(r"^(?:\[[^\]]*\]\s*)+")

_KIND_NOTE = {
    MilestoneKind.DONE.value: " (done)",
    MilestoneKind.POSSIBLE.value: " (only if extended)",
    MilestoneKind.DECISION.value: "",
    MilestoneKind.DEADLINE.value: "",
}


def event_uid(ref: str, milestone: str) -> str:
    return f"{ref}-{milestone}@{UID_DOMAIN}"


@dataclass(frozen=True)
class ExportResult:
    path: Path | None
    events: int
    written: bool  # False when the file already held exactly this calendar


@dataclass(frozen=True)
class FeedInfo:
    url: str
    port: int
    token: bool


class CalendarExport:
    def __init__(self, db: Database, requests: RequestService, settings: SettingsService) -> None:
        self.db = db
        self.requests = requests
        self.settings = settings
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._feed: FeedInfo | None = None

    # -- the calendar ----------------------------------------------------------------------------
    def ics(self, include_names: bool | None = None) -> bytes:
        """The whole calendar as iCalendar bytes (deterministic for the same data)."""
        names = self.settings.get(decl.CALENDAR_INCLUDE_NAMES) if include_names is None else include_names
        profile = self.requests.profile
        cal = Calendar()
        cal.add("prodid", f"-//PrivacyDesk//PrivacyDesk {__version__}//EN")
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        cal.add("x-wr-calname", f"Privacy requests — {profile.legal_name}")
        cal.add("x-wr-caldesc", "Due dates of privacy requests, from PrivacyDesk")
        cal.add(STATE_PROPERTY, self._state(names))
        business = BusinessCalendar.of(profile)
        warnings: dict[date, str | None] = {}
        for row in self._rows(names):
            (ref, name, due, kind, provisional, version, updated, info, requester_name, requester_email) = row
            event = Event()
            event.add("uid", event_uid(ref, name))
            stamp = updated.astimezone(UTC) if updated else datetime(2000, 1, 1, tzinfo=UTC)
            event.add("dtstamp", stamp)
            event.add("last-modified", stamp)
            event.add("sequence", int(version or 0))
            event.add("dtstart", due)
            event.add("dtend", due + timedelta(days=1))
            label = milestone_words(name) + _KIND_NOTE.get(kind, "")
            if provisional:
                label += " (provisional: waiting for the requester)"
            who = f" · {requester_name or requester_email}" if names and (requester_name or requester_email) else ""
            event.add("summary", f"{ref} · {label}{who}")
            explanation = _RULE_PREFIX.sub("", ((info or {}).get("explanations") or {}).get(name, ""))
            lines = [f"{milestone_words(name)} for request {ref}."]
            if explanation:
                lines.append(f"Rule: {explanation}")
            if due not in warnings:
                warnings[due] = business.warning(due)
            if warnings[due] and kind in (MilestoneKind.DEADLINE.value, MilestoneKind.DECISION.value):
                lines.append(f"Note: {warnings[due]}")
            lines.append(f"Open it in PrivacyDesk (search {ref}) or run: privacydesk show {ref}")
            event.add("description", "\n".join(lines))
            event.add("categories", ["PrivacyDesk"])
            event.add("transp", "TRANSPARENT")
            cal.add_component(event)
        data: bytes = cal.to_ical()
        return data

    def _rows(self, names: bool) -> list[Any]:
        columns: list[Any] = [Request.ref, RequestMilestone.name, RequestMilestone.due, RequestMilestone.kind,
                              RequestMilestone.provisional, Request.version, Request.updated_at,
                              Request.deadline_info]
        if names:
            email = (select(RequesterEmail.email).where(RequesterEmail.requester_id == Request.requester_id)
                     .order_by(RequesterEmail.id).limit(1).scalar_subquery())
            columns += [Requester.name, email]
        query = (select(*columns).join(Request, Request.id == RequestMilestone.request_id)
                 .where(Request.next_milestone.is_not(None))
                 .order_by(RequestMilestone.due, Request.ref, RequestMilestone.name))
        if names:
            query = query.join(Requester, Requester.id == Request.requester_id, isouter=True)
        with self.db.read() as session:
            rows = [tuple(r) for r in session.execute(query)]
        return [r if names else (*r, None, None) for r in rows]

    def event_count(self) -> int:
        with self.db.read() as session:
            return int(session.execute(
                select(func.count()).select_from(RequestMilestone)
                .join(Request, Request.id == RequestMilestone.request_id)
                .where(Request.next_milestone.is_not(None))).scalar_one())

    # -- files -----------------------------------------------------------------------------------
    def export(self, path: Path | str, include_names: bool | None = None) -> ExportResult:
        """Write the calendar to ``path`` (atomically; readable by the user only). A file that already
        holds exactly this calendar is left alone."""
        target = Path(path).expanduser()
        if target.is_dir():
            raise InvalidInput(f"{target} is a folder; give a file name such as {target / 'privacy.ics'}")
        if not target.parent.is_dir():
            raise InvalidInput(f"the folder {target.parent} does not exist; create it or choose another")
        data = self.ics(include_names)
        events = data.count(b"BEGIN:VEVENT")
        with contextlib.suppress(OSError):
            if target.read_bytes() == data:
                return ExportResult(target, events, False)
        fd, tmp = tempfile.mkstemp(prefix=".privacydesk-", suffix=".ics.tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                os.fchmod(handle.fileno(), 0o600)
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise StorageProblem(f"The calendar file {target} could not be written "
                                 f"({exc.strerror or type(exc).__name__}); the previous file is unchanged. "
                                 "Check the folder is writable and the disk is not full.") from exc
        return ExportResult(target, events, True)

    def _state(self, names: bool) -> str:
        """A digest that changes whenever the calendar's content may change: any request changing,
        appearing or going (one aggregate query), the profile, and whether names are included."""
        with self.db.read() as session:
            row = session.execute(select(func.count(Request.id), func.max(Request.updated_at),
                                         func.sum(Request.version))).one()
        profile = self.requests.profile
        basis = repr((tuple(row), names, profile.legal_name, profile.business_calendar,
                      profile.business_calendar_subdivision, profile.closed_days, __version__))
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]

    def keep_current(self, force: bool = False) -> ExportResult | None:
        """Rewrite the file named by the ``calendar.file`` setting if its content would change (the
        file records a digest of what it was made from, so an unchanged calendar costs one small
        query); None when no file is set. Called by the window after changes and when the services
        close (so CLI commands keep it current too)."""
        name = self.settings.get(decl.CALENDAR_FILE)
        if not name:
            return None
        target = Path(name).expanduser()
        with self._lock:
            state = self._state(self.settings.get(decl.CALENDAR_INCLUDE_NAMES))
            if not force:
                try:
                    with target.open("rb") as handle:
                        head = handle.read(4096)
                except OSError:
                    head = b""
                if f"{STATE_PROPERTY.upper()}:{state}".encode() in head:
                    return ExportResult(target, -1, False)
            return self.export(target)

    # -- the local feed --------------------------------------------------------------------------
    @property
    def feed(self) -> FeedInfo | None:
        """The running feed, or None."""
        return self._feed

    def feed_token(self, create: bool = True) -> str | None:
        """The feed's secret token from the OS keyring (made on first use)."""
        import keyring
        import keyring.errors

        try:
            token = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
            if token is None and create:
                token = secrets.token_urlsafe(18)
                keyring.set_password(KEYRING_SERVICE, KEYRING_USER, token)
        except keyring.errors.KeyringError as exc:
            raise StorageProblem("The calendar feed's secret link needs the system keyring, and none is "
                                 "available. Turn off \"secret link\" for the feed, or set up a keyring "
                                 "(see docs/accounts.md).") from exc
        return token

    def new_feed_token(self) -> str:
        """Replace the token: calendar apps subscribed with the old link stop getting updates."""
        import keyring
        import keyring.errors

        token = secrets.token_urlsafe(18)
        try:
            keyring.set_password(KEYRING_SERVICE, KEYRING_USER, token)
        except keyring.errors.KeyringError as exc:
            raise StorageProblem("The new secret link could not be stored in the system keyring.") from exc
        return token

    def start_feed(self, port: int | None = None, use_token: bool | None = None) -> FeedInfo:
        """Serve the calendar read-only on 127.0.0.1; returns the URL to give a calendar app.
        ``port`` 0 picks a free one (tests); default: the ``calendar.feed_port`` setting."""
        if self._server is not None and self._feed is not None:
            return self._feed
        chosen = self.settings.get(decl.CALENDAR_FEED_PORT) if port is None else port
        with_token = self.settings.get(decl.CALENDAR_FEED_TOKEN) if use_token is None else use_token
        token = self.feed_token() if with_token else None
        handler = _handler(self.ics, token)
        try:
            server = ThreadingHTTPServer((FEED_HOST, chosen), handler)
        except OSError as exc:
            raise Refused(f"The calendar feed could not start on port {chosen} "
                          f"({exc.strerror or type(exc).__name__}): another program may be using it. "
                          "Choose another port in Settings → Calendar.") from exc
        server.daemon_threads = True
        actual = int(server.server_address[1])
        handler.expected_hosts = frozenset({f"{FEED_HOST}:{actual}", f"localhost:{actual}"})
        thread = threading.Thread(target=server.serve_forever, name="calendar-feed", daemon=True)
        thread.start()
        self._server, self._thread = server, thread
        path = f"/{token}/{FEED_PATH}" if token else f"/{FEED_PATH}"
        self._feed = FeedInfo(f"http://{FEED_HOST}:{actual}{path}", actual, token is not None)
        log.info("calendar feed started on 127.0.0.1:%s", actual)
        return self._feed

    def stop_feed(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        self._feed = None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join(timeout=5)


def _handler(render: Any, token: str | None) -> type[_FeedHandler]:
    return type("FeedHandler", (_FeedHandler,), {"render": staticmethod(render), "token": token,
                                                  "expected_hosts": frozenset()})


class _FeedHandler(BaseHTTPRequestHandler):
    """GET/HEAD of the one calendar path; everything else is 404/405. Logs nothing personal."""

    server_version = "PrivacyDesk"
    sys_version = ""
    render: Any
    token: str | None
    expected_hosts: frozenset[str]

    def _allowed(self) -> bool:
        host = (self.headers.get("Host") or "").strip().lower()
        if host not in self.expected_hosts:
            self._plain(403, "Forbidden: the PrivacyDesk calendar feed answers only on 127.0.0.1.\n")
            return False
        wanted = f"/{self.token}/{FEED_PATH}" if self.token else f"/{FEED_PATH}"
        path = self.path.split("?", 1)[0]
        if not hmac.compare_digest(path.encode("utf-8", "replace"), wanted.encode("utf-8")):
            self._plain(404, "Not found.\n")
            return False
        return True

    def _plain(self, code: int, text: str) -> None:
        body = text.encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _serve(self, with_body: bool) -> None:
        if not self._allowed():
            return
        try:
            body = self.render()
        except Exception:
            log.exception("calendar feed could not render the calendar")
            self._plain(500, "The calendar could not be read; see PrivacyDesk's log.\n")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/calendar; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Disposition", 'inline; filename="privacydesk.ics"')
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def do_GET(self) -> None:
        self._serve(True)

    def do_HEAD(self) -> None:
        self._serve(False)

    def _refuse(self) -> None:
        self.send_response(405)
        self.send_header("Allow", "GET, HEAD")
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_PUT = do_DELETE = do_PATCH = _refuse

    def log_message(self, format: str, *args: Any) -> None:
        # The path holds the secret token: never logged.
        log.debug("calendar feed request answered")
