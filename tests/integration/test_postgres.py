"""Team mode: the same schema and services run unchanged on PostgreSQL (issue 2)."""

from __future__ import annotations

import json
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


def test_services_run_unchanged_on_postgresql(postgres: PostgresServer, tmp_path: Path) -> None:
    from privacydesk.paths import resolve_paths
    from privacydesk.services import audit
    from privacydesk.services.app import open_services
    from privacydesk.services.requests import NewRequest

    url = postgres.create_database("pd_services")
    now = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)
    svc = open_services(resolve_paths(tmp_path / "data"), url, clock=lambda: now)
    try:
        ref = svc.requests.create(NewRequest(email="ana@example.pt", types=["deletion"], regime="ccpa",
                                             received=datetime(2026, 11, 25, 10, 0))).ref
        svc.requests.set_status(ref, "acknowledged")
        svc.requests.verify(ref, "matched_records")
        svc.requests.set_status(ref, "completed")
        rows = [r.as_json() for r in svc.requests.list()]
        assert [r["ref"] for r in rows] == [ref]
        row = rows[0]
        assert row["status"] == "completed" and row["received"] == "2026-11-25T10:00:00-06:00"
        assert row["milestones"]["acknowledge_by"] == "2026-12-10"  # spec worked example 3
        assert row["milestones"]["respond_by"] == "2027-01-08"
        with svc.db.read() as session:
            assert audit.verify_chain(session).ok
    finally:
        svc.close()
    # Opening again runs no migration twice and sees the same data.
    svc = open_services(resolve_paths(tmp_path / "data"), url, clock=lambda: now)
    try:
        assert json.dumps([r.as_json() for r in svc.requests.list()], sort_keys=True) == json.dumps(rows, sort_keys=True)
    finally:
        svc.close()


def test_cli_accepts_a_postgresql_url(postgres: PostgresServer, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    from privacydesk.cli import main

    url = postgres.create_database("pd_cli")
    assert main(["--data-dir", str(tmp_path / "d"), "--db-url", url, "add", "--email", "x@example.com",
                 "--type", "opt_out_sale", "--received", "2026-07-02"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "d"), "--db-url", url, "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["verification"] == "not_required"
    assert rows[0]["milestones"]["respond_by"] == "2026-07-17"  # worked example 4 (unknown regime)


def test_oversized_mail_and_uncertain_dates_on_postgresql(postgres: PostgresServer, tmp_path: Path) -> None:
    """Issue 11 on a team workspace: the raw bytes of a message above the maximum size are stored in
    pieces in PostgreSQL (every laptop reaches them), and a request with an unreadable date is flagged."""
    from privacydesk.paths import resolve_paths
    from privacydesk.services.app import open_services
    from privacydesk.services.mailimport import import_paths
    from privacydesk.store import rawstore
    from privacydesk.store.models import Message

    url = postgres.create_database("pd_hostile")
    svc = open_services(resolve_paths(tmp_path / "data"), url, clock=lambda: datetime(2026, 11, 25, 15, 0, tzinfo=UTC))
    try:
        big = tmp_path / "big.eml"
        padding = b"scan " * 600_000  # 3 MB
        big.write_bytes(b"From: Jane Doe <jane@example.com>\r\nTo: 3dprosteam@gmail.com\r\nSubject: Delete my data\r\n"
                        b"Date: Tue, 10 Nov 2026 10:00:00 +2500\r\nMessage-ID: <big@example.com>\r\n\r\n"
                        b"Please delete all personal information you hold about me.\r\nJane Doe\r\n" + padding)
        report = import_paths(svc.ingest, svc.profile, [big], max_message_bytes=1024 * 1024)
        assert len(report.new_requests) == 1
        shown = svc.requests.show(report.new_requests[0])
        assert "received_date_uncertain" in shown.flags
        with svc.db.read() as session:
            message = session.query(Message).filter_by(message_id="<big@example.com>").one()
            assert message.raw is None and message.has_full_raw
            assert rawstore.read_raw(session, message) == big.read_bytes()
    finally:
        svc.close()


def test_appeals_run_on_postgresql(postgres: PostgresServer, tmp_path: Path) -> None:
    """Issue 15: opening an appeal locks the contested request (FOR UPDATE OF requests) and links it."""
    from datetime import date

    from privacydesk.paths import resolve_paths
    from privacydesk.services.app import open_services
    from privacydesk.services.requests import NewRequest

    url = postgres.create_database("pd_appeals")
    now = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)
    svc = open_services(resolve_paths(tmp_path / "data"), url, clock=lambda: now)
    try:
        ref = svc.requests.create(NewRequest(email="ana@example.com", types=["deletion"], regime="nj_dpa",
                                             received=datetime(2026, 10, 1, 10, 0))).ref
        svc.requests.set_status(ref, "denied", outcome="not verified")
        appeal = svc.requests.open_appeal(ref, received=date(2026, 11, 2)).ref
        shown = svc.requests.show(appeal).as_json()
        assert shown["appeal_of"] == ref and shown["milestones"]["respond_by"] == "2026-12-17"  # 2 Nov + 45
        assert svc.requests.show(ref).as_json()["appeals"] == [appeal]
        assert svc.requests.appeal_suggestions() == []
    finally:
        svc.close()


def test_search_ignores_accents_and_case_on_postgresql(postgres: PostgresServer, tmp_path: Path) -> None:
    """The window's search (issue 8) folds accents in SQL on PostgreSQL too."""
    from privacydesk.paths import resolve_paths
    from privacydesk.services.app import open_services
    from privacydesk.services.queries import RequestQueries
    from privacydesk.services.requests import NewRequest

    url = postgres.create_database("pd_search")
    now = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)
    svc = open_services(resolve_paths(tmp_path / "data"), url, clock=lambda: now)
    try:
        kruger = svc.requests.create(NewRequest(email="sk@example.de", types=["access"], name="Sabine Krüger")).ref
        emile = svc.requests.create(NewRequest(email="ed@example.fr", types=["access"], name="ÉMILE Dubois")).ref
        queries = RequestQueries(svc.db, svc.requests)

        def found(text: str) -> list[str]:
            return [r.ref for r in queries.request_rows(queries.request_ids("all", "ref", False, text))]

        assert found("kruger") == found("KRÜGER") == [kruger]
        assert found("émile") == found("emile") == [emile]
        assert found("nobody") == []
        assert queries.counts().new == 2
    finally:
        svc.close()
