"""Team mode (issue 13): two laptops appending to one audit trail on PostgreSQL never fork the chain,
each keeps its own anchor of the newest event it saw, and backups point to pg_dump."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.integration.postgres import ENABLE, PostgresServer, pg_bin
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


def test_concurrent_appends_stay_one_chain(postgres: PostgresServer, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    from privacydesk.cli import main
    from privacydesk.paths import resolve_paths
    from privacydesk.services.app import open_services
    from privacydesk.services.requests import NewRequest

    url = postgres.create_database("pd_audit")
    now = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)
    laptops = [open_services(resolve_paths(tmp_path / f"laptop{i}"), url, clock=lambda: now) for i in range(2)]
    # (the year's reference counter is created first: two laptops creating the very first request of a
    # year at the same instant is a separate race, in RequestService._next_ref)
    laptops[0].requests.create(NewRequest(email="first@example.com", types=["access"], regime="ccpa"))
    errors: list[BaseException] = []
    start = threading.Barrier(len(laptops))

    def work(index: int) -> None:
        svc = laptops[index]
        try:
            start.wait()
            for n in range(15):
                ref = svc.requests.create(NewRequest(email=f"l{index}p{n}@example.com", types=["access"],
                                                     name=f"Person {index}-{n}", regime="ccpa")).ref
                svc.requests.add_note(ref, f"note {n} from laptop {index}")
                svc.requests.set_status(ref, "acknowledged")
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(laptops))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert not errors, errors
        report = laptops[0].audit.verify()
        assert report.ok, report.problem
        assert report.chain.events == 1 + 2 * 15 * 3 and report.chain.requests == 31
        # each laptop anchored the newest event it saw
        anchors = [json.loads((tmp_path / f"laptop{i}" / "audit-anchor.json").read_text()) for i in range(2)]
        seen = [next(iter(a["databases"].values()))["event_id"] for a in anchors]
        assert max(seen) == 91 and all(s > 0 for s in seen)
        assert laptops[1].audit.anchor_status().state == "ok"
    finally:
        for svc in laptops:
            svc.close()

    data = tmp_path / "laptop0"
    assert main(["--data-dir", str(data), "--db-url", url, "audit", "verify"]) == 0
    assert "91 events" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "--db-url", url, "backup", str(tmp_path / "b.sqlite3")]) == 1
    assert "pg_dump" in capsys.readouterr().err


def test_two_laptops_file_the_first_request_of_a_year_at_once(postgres: PostgresServer, tmp_path: Path) -> None:
    """The year's reference counter does not exist yet; a second laptop files a request while the
    first one's transaction has created the counter but not committed. Both are filed, numbered one
    after the other (issue 14: this used to fail on the counter's unique key)."""
    import sqlalchemy

    from privacydesk.paths import resolve_paths
    from privacydesk.services.app import open_services
    from privacydesk.services.requests import NewRequest

    url = postgres.create_database("pd_first_ref")
    now = datetime(2027, 1, 1, 9, 0, tzinfo=UTC)
    laptops = [open_services(resolve_paths(tmp_path / f"laptop{i}"), url, clock=lambda: now) for i in range(2)]
    watcher = sqlalchemy.create_engine(url)
    second: list[str] = []
    errors: list[BaseException] = []

    def file_on_second_laptop() -> None:
        try:
            second.append(laptops[1].requests.create(
                NewRequest(email="second@example.com", types=["access"], regime="ccpa")).ref)
        except BaseException as exc:  # reported below
            errors.append(exc)

    try:
        thread = threading.Thread(target=file_on_second_laptop)
        with laptops[0].db.write() as session:
            first = laptops[0].requests.create_in(
                session, NewRequest(email="first@example.com", types=["access"], regime="ccpa"), "Ann").ref
            thread.start()
            # the second laptop is now blocked on the first one's uncommitted counter row
            with watcher.connect() as conn:
                waiting = 0
                for _ in range(2000):
                    waiting = conn.execute(sqlalchemy.text(
                        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")).scalar() or 0
                    if waiting or not thread.is_alive():
                        break
                    conn.rollback()
                assert waiting, "the second laptop never waited for the first one's counter"
        thread.join()
        assert not errors, errors
        assert (first, second) == ("PD-2027-0001", ["PD-2027-0002"])
        assert laptops[0].audit.verify().ok
    finally:
        watcher.dispose()
        for svc in laptops:
            svc.close()
