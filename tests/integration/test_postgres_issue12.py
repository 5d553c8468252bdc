"""Issue 12 on PostgreSQL (team mode): stored clocks, SQL queues and counts, accent-insensitive
search, full-text search through the GIN index, the calendar and reminders — the same code as on
SQLite, against a real server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import selectinload

from privacydesk.domain import deadlines
from privacydesk.store.models import Request
from tests.integration.postgres import ENABLE, PostgresServer, pg_bin
from tests.integration.test_search import file_request, mail
from tests.integration.test_stored_milestones import Clock, generate
from tests.servers import missing_server

pytestmark = [pytest.mark.integration, pytest.mark.postgres]


@pytest.fixture(scope="module")
def postgres() -> Iterator[PostgresServer]:
    if pg_bin() is None:
        missing_server("PostgreSQL", ENABLE)
    server = PostgresServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_desk(postgres: PostgresServer, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[Any, Clock]]:
    from privacydesk.paths import AppPaths
    from privacydesk.services.app import open_services

    url = postgres.create_database(f"pd12_{request.node.name[:40].lower()}")
    clock = Clock(datetime(2026, 9, 1, 15, 0, tzinfo=UTC))
    svc = open_services(AppPaths(tmp_path / "data"), url, clock=clock)
    try:
        yield svc, clock
    finally:
        svc.close()


def test_queues_counts_and_calendar_on_postgresql_equal_the_engine(pg_desk: tuple[Any, Clock]) -> None:
    svc, clock = pg_desk
    generate(svc, clock, 40, seed=5)
    for day in (date(2026, 10, 1), date(2026, 11, 2), date(2026, 12, 3)):
        clock.set_day(day)
        expected: dict[str, set[int]] = {}
        with svc.db.read() as session:
            for req in session.execute(select(Request).options(selectinload(Request.pauses))).scalars():
                facts = svc.requests.facts(req)
                schedule = deadlines.compute(facts, svc.profile, svc.rules, today=day)
                status = deadlines.clock_status(schedule, facts, svc.profile, day)
                if status.next_milestone is not None:
                    expected.setdefault(status.status.value, set()).add(req.id)
        for state in ("overdue", "due_soon", "paused", "on_track", "extended"):
            assert set(svc.queries.request_ids(state, "due", False, "")) == expected.get(state, set()), (state, day)
        counts = svc.queries.counts()
        assert counts.overdue == len(expected.get("overdue", set()))
        month = svc.calendar.month(day.year, day.month)
        items = svc.calendar.items(month.days[0].date, month.days[-1].date)
        assert sum(d.total for d in month.days) == len(items)
    assert svc.reminders.pending() == [] or all(r.key for r in svc.reminders.pending())
    due = svc.reminders.due(unshown_only=True)
    svc.reminders.mark_notified(due)
    assert svc.reminders.due(unshown_only=True) == []


def test_search_and_full_text_on_postgresql(pg_desk: tuple[Any, Clock]) -> None:
    svc, _ = pg_desk
    ana = file_request(svc, mail("ana.lopez@example.es", "Please delete my account",
                                 "Please erase everything about me, including the résumé and the resin printer "
                                 "invoice.", "Ana López"))
    kruger = file_request(svc, mail("j.kruger@example.de", "Löschung meiner Daten",
                                    "Bitte löschen Sie alle Daten. Kundennummer 4711.", "Jürgen Krüger"))

    def refs(ids: list[int]) -> set[str]:
        return {row.ref for row in svc.queries.request_rows(ids)}

    assert refs(svc.queries.request_ids("all", "ref", False, "KRUGER")) == {kruger}
    assert refs(svc.queries.request_ids("all", "ref", False, "lópez ANA")) == {ana}
    assert refs(svc.queries.request_ids("all", "ref", False, "loschung")) == {kruger}
    assert refs(svc.queries.request_ids("all", "ref", False, "", text="printer invoice")) == {ana}
    assert refs(svc.queries.request_ids("all", "ref", False, "", text="RESUME")) == {ana}  # accents folded
    assert refs(svc.queries.request_ids("all", "ref", False, "", text="kundennum")) == {kruger}  # prefixes
    assert refs(svc.queries.request_ids("all", "ref", False, "", text="it's & | ! (")) == set()  # no syntax
    hits = svc.search.messages("resin")
    assert [h.ref for h in hits] == [ana] and "[resin]" in hits[0].snippet.lower()
    # The query uses the GIN index of the migration (the expression must be identical).
    with svc.db.read() as session:
        session.execute(text("SET enable_seqscan = off"))
        query = svc.search.request_ids_clause("resin")
        compiled = query.compile(svc.db.engine, compile_kwargs={"literal_binds": True})
        plan = "\n".join(r[0] for r in session.execute(text(f"EXPLAIN {compiled}")))
    assert "ix_messages_fulltext" in plan, plan
    with svc.db.write() as session:
        ids = list(session.execute(text("SELECT id FROM messages WHERE text LIKE '%resin%'")).scalars())
        svc.search.forget_messages(session, ids)
    assert svc.search.request_ids("resin") == []
