"""Benchmark: the window's data at scale — 50,000 open requests and 500,000 stored messages (issue 12).

Run:  .venv/bin/python bench/ui.py                       # generate into a temporary folder, measure
      .venv/bin/python bench/ui.py --data DIR --keep     # keep the generated data for another run
      .venv/bin/python bench/ui.py --data DIR --reuse    # measure an existing generated folder
      .venv/bin/python bench/ui.py --db-url postgresql+psycopg://…   # the same on PostgreSQL

Two steps, in two processes so the memory figure is the measuring process's own:

1. **Generate** (this process): a database through the real migrations, then bulk Core INSERTs of
   requesters, requests (all open: the worst case), their stored clocks and milestones (computed by
   the deadline engine, memoised per distinct set of facts), search keys, and messages — one
   opening message with text per request, follow-ups with text, and metadata-only mail — so the
   full-text index (SQLite triggers / PostgreSQL GIN index) is filled as ingest fills it.
2. **Measure** (a child process): each figure is the median of several runs of a service call,
   printed beside the bare SQL query that does the nearest same work through the raw driver,
   measured in the same run, and the issue's target. Then peak memory (ru_maxrss).

The window's own figures (launch to a populated window vs an empty QMainWindow, month switch in the
calendar view …) belong in ``qt_measures`` below; they are added with the window parts (issue 12's
window half), and run only when PySide6 and a display (or offscreen) are available.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIRST = ["Ana", "Jürgen", "Émile", "Zoë", "Søren", "Łukasz", "María", "John", "Priya", "Chen", "Fatima", "Olga",
         "Kenji", "Amélie", "Björn", "Noah", "Ines", "Mateo", "Ava", "Liam", "Chloé", "Ngozi", "Sven", "Aiko"]
LAST = ["Krüger", "López", "Dubois", "Smith", "Nguyen", "Müller", "Kowalski", "García", "Okafor", "Rossi",
        "Jensen", "Tanaka", "Silva", "Brown", "Novák", "Andersson", "Haddad", "Ivanova", "Murphy", "Costa"]
WORDS = ["please", "delete", "my", "personal", "data", "account", "order", "invoice", "printer", "resin", "filament", "shipment", "address", "newsletter", "marketing", "emails", "access", "copy", "information", "request", "under", "law", "days", "confirm", "identity", "customer", "number", "refund", "warranty", "model", "nozzle", "extruder", "support", "ticket", "payment", "card", "history", "privacy", "rights", "erase", "remove", "stop", "selling", "sharing", "portability", "correct", "wrong", "spelling", "surname"]
SUBJECTS = ["Delete my data", "Data access request", "Please remove me from your list", "Privacy request",
            "Do not sell my personal information", "Correction of my address", "Copy of my data",
            "Löschung meiner Daten", "Suppression de mes données", "Solicitud de acceso"]
REGIMES = ["gdpr", "uk_gdpr", "ccpa", "ccpa", "ccpa", "pipeda", "fadp", "va_vcdpa", "unknown", "unknown"]
TYPES = [("deletion",), ("access",), ("opt_out_sale",), ("opt_out_marketing",), ("access", "deletion"),
         ("correction",), ("portability",), ("objection",)]
STATUSES = ["new"] * 8 + ["acknowledged"] * 5 + ["awaiting_verification"] * 3 + ["in_progress"] * 4

TARGETS = {"counts": 0.300, "filter": 0.100, "search": 0.100, "fulltext": 0.300, "month": 0.050,
           "open": 0.100, "window": 1.5}


# -- generation -----------------------------------------------------------------------------------


def generate(data_dir: Path, db_url: str | None, n_requests: int, n_messages: int, today: date, seed: int) -> None:
    from sqlalchemy import insert

    from privacydesk.domain import deadlines
    from privacydesk.domain.calendar import stored_clock
    from privacydesk.domain.references import format_ref
    from privacydesk.paths import AppPaths
    from privacydesk.services.app import open_services
    from privacydesk.services.milestones import milestone_rows
    from privacydesk.store.models import (
        Message,
        Pause,
        RefCounter,
        Request,
        Requester,
        RequesterEmail,
        RequestMilestone,
        RequestSearch,
    )
    from privacydesk.store.search_keys import key_text

    rng = random.Random(seed)
    noon = datetime.combine(today, datetime.min.time().replace(hour=12), tzinfo=UTC)
    svc = open_services(AppPaths(data_dir), db_url, clock=lambda: noon)
    profile, rules = svc.profile, svc.rules

    @functools.cache
    def engine(facts: deadlines.DeadlineFacts) -> tuple[deadlines.Schedule, deadlines.ClockStatus]:
        schedule = deadlines.compute(facts, profile, rules, today=today)
        return schedule, deadlines.clock_status(schedule, facts, profile, today)

    t0 = time.perf_counter()
    requesters, emails, requests, milestones, keys, pauses = [], [], [], [], [], []
    for i in range(1, n_requests + 1):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        email = f"{name.split()[0].lower()}.{i}@example.{rng.choice(['com', 'de', 'fr', 'es', 'net'])}"
        requesters.append({"id": i, "name": name, "identifiers": {}, "created_at": noon})
        emails.append({"id": i, "requester_id": i, "email": email})
        received_on = today - timedelta(days=rng.randint(0, 120))
        regime = rng.choice(REGIMES)
        types = rng.choice(TYPES)
        status = rng.choice(STATUSES)
        acknowledged = received_on + timedelta(days=rng.randint(1, 5)) if status != "new" else None
        if acknowledged is not None and acknowledged > today:
            acknowledged = today
        extended = regime in ("gdpr", "ccpa") and status == "in_progress" and rng.random() < 0.15
        paused = regime == "uk_gdpr" and status == "awaiting_verification" and rng.random() < 0.3
        pause = deadlines.Pause("clarification", received_on + timedelta(days=2), None) if paused else None
        if pause is not None and pause.start > today:
            pause = None
        facts = deadlines.DeadlineFacts(regime=regime, types=types, received=received_on,
                                        pauses=(pause,) if pause else (), extended=extended,
                                        acknowledged_on=acknowledged, regime_confirmed=regime != "unknown")
        schedule, status_now = engine(facts)
        clock = stored_clock(schedule, facts, status_now)
        ref = format_ref(received_on.year, i)
        received_at = datetime.combine(received_on, datetime.min.time().replace(hour=15), tzinfo=UTC)
        requests.append({
            "id": i, "ref": ref, "types": list(types), "regime": regime, "regime_confirmed": regime != "unknown",
            "requester_id": i, "received_at": received_at, "received_on": received_on, "source": "email",
            "status": status, "verification": "pending", "extended": extended,
            "extension_reason": "many systems" if extended else None,
            "acknowledged_at": (datetime.combine(acknowledged, datetime.min.time().replace(hour=16), tzinfo=UTC)
                                if acknowledged else None),
            **{m: schedule.date(m) for m in ("acknowledge_by", "respond_by", "extension_notice_by",
                                             "respond_by_extended")},
            "deadline_info": {"explanations": {k: v.explanation for k, v in schedule.milestones.items()},
                              "flags": list(schedule.flags), "notes": list(schedule.notes),
                              "next_explanation": status_now.explanation.split(" — ", 1)[-1]},
            "created_at": received_at, "updated_at": received_at, "version": 1,
            "next_milestone": clock.next_milestone, "next_due": clock.next_due, "clock_start": clock.start,
            "clock_provisional": clock.provisional, "clock_volatile": clock.volatile, "clock_on": today,
        })
        if pause is not None:
            pauses.append({"request_id": i, "waiting_for": "clarification", "started_on": pause.start})
        for name_, due, kind, provisional, is_next, start in milestone_rows(schedule, facts, status_now):
            milestones.append({"request_id": i, "name": name_, "due": due, "kind": kind, "provisional": provisional,
                               "is_next": is_next, "start": start})
        subject = rng.choice(SUBJECTS)
        keys.append({"request_id": i, "subject": subject,
                     "key": key_text(ref, name, [email], None, None, subject)})
    print(f"  {len(requests):,} requests computed in {time.perf_counter() - t0:.1f} s "
          f"({engine.cache_info().currsize:,} distinct engine runs)", flush=True)

    t1 = time.perf_counter()
    with svc.db.write() as session:
        for table, rows in ((Requester, requesters), (RequesterEmail, emails), (Request, requests),
                            (Pause, pauses), (RequestMilestone, milestones), (RequestSearch, keys)):
            for start in range(0, len(rows), 10_000):
                session.execute(insert(table.__table__), rows[start:start + 10_000])
        session.execute(insert(RefCounter.__table__), [{"year": today.year, "last": n_requests}])
    print(f"  requests, clocks, milestones and search keys stored in {time.perf_counter() - t1:.1f} s", flush=True)

    # Words of real mail: a few very common ones and a long tail (Zipf-like), so that a search term
    # matches what it would in a real mailbox (a rare word few messages, a common one very many).
    syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "pe", "sa", "do", "gu", "fe", "ri", "no"]
    rare = sorted({"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(40_000)})
    vocabulary = WORDS + rare
    weights = [1.0 / (rank + 1) for rank in range(len(vocabulary))]
    texts = [" ".join(rng.choices(vocabulary, weights, k=rng.randint(40, 120))) for _ in range(20_000)]
    t2 = time.perf_counter()
    ids = [r["id"] for r in requests]
    columns = ("fingerprint", "message_id", "reference_ids", "direction", "kind", "request_id", "subject",
               "sender_email", "sender_name", "sender_domain", "received_at", "size", "classification", "text",
               "has_full_raw", "attachments", "defects", "needs_review", "created_at")
    batch: list[dict[str, Any]] = []

    def flush(session: Any) -> None:
        if svc.db.is_sqlite:
            # The raw driver: SQLAlchemy's per-row type processing would dominate 500,000 rows.
            # The full-text triggers still run for every row, as they do on ingest.
            def cell(value: Any) -> Any:
                if isinstance(value, datetime):
                    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")
                if isinstance(value, (list, dict)):
                    return json.dumps(value)
                return value
            session.connection().exec_driver_sql(
                f"INSERT INTO messages ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [tuple(cell(row[c]) for c in columns) for row in batch])
        else:
            session.execute(insert(Message.__table__), batch)
        batch.clear()

    with svc.db.write() as session:
        if svc.db.is_sqlite:
            session.connection().exec_driver_sql("PRAGMA cache_size = -262144")  # 256 MB for the bulk load
        for m in range(1, n_messages + 1):
            if m <= len(ids):  # the opening message of each request
                rid: int | None = ids[m - 1]
                kind, with_text = "request", True
            elif m <= len(ids) * 3:  # follow-ups, our replies
                rid = rng.choice(ids)
                kind, with_text = rng.choice(["follow_up", "outgoing"]), True
            else:  # ordinary business mail: metadata only (DESIGN invariant 5)
                rid, kind, with_text = None, "not_request", False
            req = requests[rid - 1] if rid is not None else None
            received = (req["received_at"] + timedelta(hours=rng.randint(0, 400)) if req
                        else noon - timedelta(minutes=rng.randint(0, 60 * 24 * 365)))
            subject = keys[rid - 1]["subject"] if req and kind == "request" else (
                "Re: " + keys[rid - 1]["subject"] if req else None)
            batch.append({
                "fingerprint": f"{m:064x}", "message_id": f"<m{m}@bench.example>", "reference_ids": [],
                "direction": "out" if kind == "outgoing" else "in", "kind": kind, "request_id": rid,
                "subject": subject if with_text else None,
                "sender_email": emails[rid - 1]["email"] if req and kind != "outgoing" else None,
                "sender_name": requesters[rid - 1]["name"] if req and kind != "outgoing" else None,
                "sender_domain": "example.com", "received_at": received, "size": 2000, "classification": {},
                "text": rng.choice(texts) if with_text else None, "has_full_raw": False,
                "attachments": [], "defects": [], "needs_review": False, "created_at": received,
            })
            if len(batch) == 10_000:
                flush(session)
        if batch:
            flush(session)
    print(f"  {n_messages:,} messages stored (full-text index included) in {time.perf_counter() - t2:.1f} s",
          flush=True)
    svc.close()


# -- measuring ------------------------------------------------------------------------------------


@dataclass
class Figure:
    name: str
    service: float
    bare: float | None
    target: float | None
    note: str = ""


def timed(call: Callable[[], Any], repeat: int = 5) -> tuple[float, Any]:
    result = call()  # warm: first-use costs (statement compilation, page cache) are not the steady state
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = call()
        runs.append(time.perf_counter() - t0)
    if os.environ.get("BENCH_TRACE"):
        print(f"  {getattr(call, '__name__', 'call')}: {statistics.median(runs) * 1000:.0f} ms, "
              f"peak {peak_memory_mb():.0f} MB", file=sys.stderr)
    return statistics.median(runs), result


def bare_runner(svc: Any) -> Callable[[str, dict[str, Any]], Callable[[], Any]]:
    """Raw driver queries (no SQLAlchemy ORM, no service code): the floor each figure is compared to."""
    raw = svc.db.engine.raw_connection()
    is_sqlite = svc.db.is_sqlite

    def make(sql: str, params: dict[str, Any]) -> Callable[[], Any]:
        if not is_sqlite:
            sql_pg = sql
            for key in params:
                sql_pg = sql_pg.replace(f":{key}", f"%({key})s")

            def run_pg() -> Any:
                cur = raw.cursor()
                cur.execute(sql_pg, params)
                rows = cur.fetchall()
                cur.close()
                return rows
            return run_pg

        def run() -> Any:
            cur = raw.cursor()
            cur.execute(sql, params)
            rows = cur.fetchall()
            cur.close()
            return rows
        return run
    return make


def qt_measures(svc: Any) -> list[Figure]:
    """The window's figures, offscreen: the whole window populated (first screen of rows and every
    queue's count) beside an empty QMainWindow shown in the same process, and a calendar month switch
    until the new month is on screen. Skipped (no figures) without PySide6."""
    try:
        from PySide6.QtCore import QCoreApplication, QEventLoop
        from PySide6.QtWidgets import QApplication, QMainWindow
    except ImportError:
        return []
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from privacydesk.ui.app import Desk

    app = QApplication.instance() or QApplication([])

    def until(done: Callable[[], bool], limit: float = 120.0) -> None:
        end = time.perf_counter() + limit
        while not done() and time.perf_counter() < end:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    t0 = time.perf_counter()
    empty = QMainWindow()
    empty.show()
    until(lambda: empty.isVisible())
    QCoreApplication.processEvents()
    empty_seconds = time.perf_counter() - t0
    empty.close()

    counted: list[object] = []
    t0 = time.perf_counter()
    desk = Desk(svc, use_tray=False)
    desk.requests.counts_updated.connect(counted.append)
    desk.start()
    # Populated: the sidebar counts and the first screen of rows are shown (background work that
    # follows — reminders, the review queue, the calendar — is measured next, as "settled").
    until(lambda: bool(counted) and not desk.model.is_loading() and desk.model.rowCount() > 0)
    populated = time.perf_counter() - t0
    until(lambda: desk.runner.is_idle())
    settled = time.perf_counter() - t0
    figures = [Figure("window: populated with its counts, beyond an empty window", populated - empty_seconds,
                      empty_seconds, TARGETS["window"], f"{desk.model.rowCount():,} rows listed"),
               Figure("window: every start-up task done (reminders, review, calendar …)", settled - empty_seconds,
                      empty_seconds, None)]
    shown: list[object] = []
    desk.calendar.month_shown.connect(lambda *_: shown.append(1))
    desk.window.select_nav("calendar")
    until(lambda: bool(shown) and desk.runner.is_idle())
    times = []
    for _ in range(5):
        shown.clear()
        t0 = time.perf_counter()
        desk.calendar.next_month()
        until(lambda: bool(shown))
        times.append(time.perf_counter() - t0)
    figures.append(Figure("calendar month switch in the window", statistics.median(times), None,
                          TARGETS["month"]))
    desk.shutdown()
    app.processEvents()
    return figures


def measure(data_dir: Path, db_url: str | None, today: date) -> list[Figure]:
    from privacydesk.paths import AppPaths
    from privacydesk.services.app import open_services

    noon = datetime.combine(today, datetime.min.time().replace(hour=12), tzinfo=UTC)
    t0 = time.perf_counter()
    svc = open_services(AppPaths(data_dir), db_url, clock=lambda: noon)
    opened = time.perf_counter() - t0
    q, bare = svc.queries, bare_runner(svc)
    like = "ILIKE" if not svc.db.is_sqlite else "LIKE"
    figures: list[Figure] = [Figure("open the services (migrations checked, backfills)", opened, None, None)]
    t = today.isoformat()

    seconds, counts = timed(q.counts)
    base, _ = timed(bare("SELECT count(*), sum(CASE WHEN next_due < :t THEN 1 ELSE 0 END), "
                         "sum(CASE WHEN status = 'new' THEN 1 ELSE 0 END) FROM requests", {"t": t}))
    figures.append(Figure("counts (every queue, one query)", seconds, base, TARGETS["counts"],
                          f"open {counts.open:,}, overdue {counts.overdue:,}, due soon {counts.due_soon:,}"))
    for queue in ("new", "due_soon", "overdue", "awaiting_verification", "in_progress", "closed", "all",
                  "paused", "due_today"):
        seconds, ids = timed(lambda queue=queue: q.request_ids(queue, "due", False, ""))
        base, _ = timed(bare("SELECT id FROM requests WHERE next_due < :t ORDER BY next_due, id", {"t": t}))
        figures.append(Figure(f"queue filter: {queue}", seconds, base, TARGETS["filter"], f"{len(ids):,} rows"))
    with svc.db.read() as session:
        from sqlalchemy import text as sql_text

        sample = session.execute(sql_text("SELECT r.ref, q.name, e.email FROM requests r JOIN requesters q "
                                          "ON q.id = r.requester_id JOIN requester_emails e ON e.requester_id = "
                                          "q.id WHERE r.id = 31337 OR r.id = 1 ORDER BY r.id DESC")).first()
    ref, _name, email = sample if sample else ("PD-2026-00001", "Ana López", "ana.1@example.com")
    for label, term in (("name", "krüger"), ("name (accents typed differently)", "KRUGER ana"),
                        ("email", email.split("@")[0]), ("reference", ref), ("subject", "löschung")):
        seconds, ids = timed(lambda term=term: q.request_ids("open", "due", False, term))
        base, _ = timed(bare(f"SELECT request_id FROM request_search WHERE key {like} :p", {"p": f"%{term.lower()}%"}))
        figures.append(Figure(f"search by {label}: {term!r}", seconds, base, TARGETS["search"], f"{len(ids):,} rows"))
    for term in ("nozzle", "resin filament", "warranty extruder refund", "kalomi", "runeta vozi"):
        seconds, ids = timed(lambda term=term: q.request_ids("open", "due", False, "", text=term))
        if svc.db.is_sqlite:
            base, _ = timed(bare("SELECT rowid FROM message_fts WHERE message_fts MATCH :m",
                                 {"m": " AND ".join(f'"{w}"*' for w in term.split())}))
        else:
            base = None
        figures.append(Figure(f"full-text search: {term!r}", seconds, base, TARGETS["fulltext"],
                              f"{len(ids):,} requests"))
    seconds, hits = timed(lambda: svc.search.messages("nozzle"))
    figures.append(Figure("full-text search: message hits with snippets", seconds, None, TARGETS["fulltext"],
                          f"{len(hits)} hits"))
    for offset in (0, 1):
        first = (today.replace(day=1) + timedelta(days=32 * offset)).replace(day=1)
        seconds, month = timed(lambda first=first: svc.calendar.month(first.year, first.month))
        base, _ = timed(bare("SELECT due, count(*) FROM request_milestones WHERE due BETWEEN :a AND :b GROUP BY due",
                             {"a": first.isoformat(), "b": (first + timedelta(days=41)).isoformat()}))
        figures.append(Figure(f"calendar month {first:%B %Y}", seconds, base, TARGETS["month"],
                              f"{month.total:,} milestones"))
    seconds, day_items = timed(lambda: svc.calendar.day(today))
    figures.append(Figure("calendar day list (today)", seconds, None, TARGETS["filter"], f"{len(day_items):,} items"))
    seconds, agenda = timed(lambda: svc.calendar.agenda(7, limit=200))
    figures.append(Figure("agenda for the window: 200 per section, with totals", seconds, None, TARGETS["filter"],
                          f"{sum(s.total for s in agenda.sections):,} items in all"))
    seconds, agenda = timed(lambda: svc.calendar.agenda(7), repeat=1)
    figures.append(Figure("agenda for the CLI: every overdue item + 7 days", seconds, None, None,
                          f"{len(agenda.items):,} items"))
    ids = q.request_ids("open", "due", False, "")
    seconds, _rows = timed(lambda: q.request_rows(ids[:60]))
    base, _ = timed(bare("SELECT * FROM requests WHERE id IN (" + ",".join(str(i) for i in ids[:60]) + ")", {}))
    figures.append(Figure("table rows for one screen (60 rows)", seconds, base, TARGETS["open"]))
    seconds, shown = timed(lambda: svc.requests.show(ref))
    base, _ = timed(bare("SELECT * FROM messages WHERE request_id = (SELECT id FROM requests WHERE ref = :r)",
                         {"r": ref}))
    figures.append(Figure(f"open a request ({ref}, thread of {len(shown.thread)})", seconds, base,
                          TARGETS["open"]))
    seconds, _ = timed(svc.reminders.summary, repeat=3)
    figures.append(Figure("daily summary / tray count", seconds, None, TARGETS["counts"]))
    figures.extend(qt_measures(svc))
    svc.close()
    return figures


def peak_memory_mb() -> float:
    """This process's peak resident memory. On Linux from /proc (VmHWM): ``ru_maxrss`` would carry the
    parent's peak across fork and exec, so the measuring child would report the generator's."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(figures: list[Figure], peak_mb: float) -> None:
    print(f"\n{'measure':<58} {'service':>10} {'bare SQL':>10} {'ratio':>7} {'target':>8}")
    for f in figures:
        ratio = f"{f.service / f.bare:.1f}x" if f.bare else ""
        bare = f"{f.bare * 1000:.1f} ms" if f.bare is not None else ""
        target = f"{f.target * 1000:.0f} ms" if f.target else ""
        flag = "  OVER" if f.target and f.service > f.target else ""
        print(f"{f.name[:58]:<58} {f.service * 1000:>7.1f} ms {bare:>10} {ratio:>7} {target:>8}{flag}"
              + (f"   ({f.note})" if f.note else ""))
    print(f"\npeak memory of the measuring process: {peak_mb:.0f} MB (target 400 MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=50_000)
    parser.add_argument("--messages", type=int, default=500_000)
    parser.add_argument("--data", type=Path, help="data folder (default: a temporary one)")
    parser.add_argument("--db-url", help="database URL (default: SQLite in the data folder)")
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 25))
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--keep", action="store_true", help="keep the generated data folder")
    parser.add_argument("--reuse", action="store_true", help="measure an existing --data folder")
    parser.add_argument("--measure-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("PRIVACYDESK_USER", "bench")

    if args.measure_only:
        figures = measure(args.data, args.db_url, args.today)
        peak_mb = peak_memory_mb()
        print(json.dumps({"figures": [f.__dict__ for f in figures], "peak_mb": peak_mb}))
        return

    data = args.data or Path(tempfile.mkdtemp(prefix="pd-bench-ui-"))
    try:
        if not args.reuse:
            print(f"generating {args.requests:,} open requests and {args.messages:,} messages in {data} …")
            t0 = time.perf_counter()
            generate(data, args.db_url, args.requests, args.messages, args.today, args.seed)
            print(f"generated in {time.perf_counter() - t0:.1f} s")
            db_file = data / "privacydesk.sqlite3"
            if db_file.exists():
                print(f"database size: {db_file.stat().st_size / 1e6:.0f} MB")
        cmd = [sys.executable, __file__, "--measure-only", "--data", str(data), "--today", args.today.isoformat()]
        if args.db_url:
            cmd += ["--db-url", args.db_url]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"measuring failed:\n{done.stderr}")
        out = done.stdout
        result = json.loads(out.strip().splitlines()[-1])
        report([Figure(**f) for f in result["figures"]], result["peak_mb"])
    finally:
        if args.data is None and not args.keep:
            shutil.rmtree(data, ignore_errors=True)
        elif args.keep or args.data:
            print(f"data kept in {data}")


if __name__ == "__main__":
    main()
