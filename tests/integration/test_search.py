"""Search (issue 12): ref/name/email/subject whatever the accents and case, and full-text search of
request messages (SQLite FTS5 here; PostgreSQL in test_postgres_issue12.py), kept right on ingest and
when content is dropped."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from privacydesk.domain.message import Classification
from privacydesk.mail.parse import fingerprint, parse_message
from privacydesk.services.ingest import IncomingMessage
from privacydesk.store.models import Message

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Any]:
    from privacydesk.paths import AppPaths
    from privacydesk.services.app import open_services

    svc = open_services(AppPaths(tmp_path / "data"), clock=lambda: NOW)
    try:
        yield svc
    finally:
        svc.close()


def mail(sender: str, subject: str, body: str, name: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>" if name else sender
    msg["To"] = "3dprosteam@gmail.com"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 23 Nov 2026 10:00:00 -0600"
    msg["Message-ID"] = f"<{abs(hash((sender, subject)))}@example.net>"
    msg.set_content(body)
    return msg.as_bytes()


def file_request(desk: Any, raw: bytes, name: str | None = None) -> str:
    """File a message as a new request, the way ingest does for privacy mail."""
    from privacydesk.domain.message import Party

    parsed = parse_message(raw).message
    verdict = Classification(is_request=True, types=("deletion",), confidence=0.95,
                             requester=Party(name=name or parsed.sender.name or None, email=parsed.sender.email))
    report = desk.ingest.store_batch([IncomingMessage(fingerprint(raw), parsed, verdict, raw=raw)])
    assert len(report.new_requests) == 1
    return str(report.new_requests[0])


@pytest.fixture
def people(desk: Any) -> dict[str, str]:
    return {
        "kruger": file_request(desk, mail("j.kruger@example.de", "Löschung meiner Daten", "Bitte löschen Sie alle "
                                          "Daten über mich. Kundennummer 4711.", "Jürgen Krüger")),
        "emile": file_request(desk, mail("emile@example.fr", "Suppression de mes données",
                                         "Merci de supprimer mon compte et l'historique de mes achats.",
                                         "ÉMILE Dubois")),
        "ana": file_request(desk, mail("ana.lopez@example.es", "Please delete my account",
                                       "Hello, please erase everything you hold about me, including the "
                                       "invoice for the resin printer.", "Ana López")),
    }


def search(desk: Any, text: str) -> set[str]:
    ids = desk.queries.request_ids("all", "ref", False, text)
    return {row.ref for row in desk.queries.request_rows(ids)}


@pytest.mark.parametrize("typed, who", [
    ("kruger", {"kruger"}), ("KRÜGER", {"kruger"}), ("krüger", {"kruger"}), ("Jurgen", {"kruger"}),
    ("émile", {"emile"}), ("EMILE", {"emile"}), ("lopez", {"ana"}), ("LÓPEZ ana", {"ana"}),
    ("ana.lopez@", {"ana"}), ("example", {"kruger", "emile", "ana"}),
    ("loschung", {"kruger"}),            # the subject, without its umlaut
    ("delete my account", {"ana"}),      # every word, in the subject
    ("suppression", {"emile"}),
    ("2026-0002", {"emile"}),            # the reference
    ("nobody", set()),
])
def test_search_by_ref_name_email_subject_ignores_accents_and_case(desk: Any, people: dict[str, str],
                                                                   typed: str, who: set[str]) -> None:
    assert search(desk, typed) == {people[w] for w in who}


def test_rows_show_the_opening_subject(desk: Any, people: dict[str, str]) -> None:
    ids = desk.queries.request_ids("all", "ref", False, "")
    subjects = {row.ref: row.subject for row in desk.queries.request_rows(ids)}
    assert subjects[people["ana"]] == "Please delete my account"


def test_search_keys_follow_changes_made_anywhere(desk: Any, people: dict[str, str]) -> None:
    from privacydesk.services.requests import NewRequest

    # A later request from the same person gives them a name: both requests find it.
    ref = desk.requests.create(NewRequest(email="anon@example.org", types=["access"])).ref
    assert search(desk, "zoë") == set()
    desk.requests.create(NewRequest(email="anon@example.org", types=["deletion"], name="Zoë Ångström"))
    assert ref in search(desk, "zoe angstrom")
    # Dropping a request's message content (the retention purge) takes its subject out of the key.
    with desk.db.write() as session:
        ids = list(session.execute(select(Message.id).where(Message.subject == "Please delete my account")).scalars())
        desk.search.forget_messages(session, ids)
    assert search(desk, "delete my account") == set()
    assert search(desk, "lopez") == {people["ana"]}


def test_full_text_search_finds_words_in_messages(desk: Any, people: dict[str, str]) -> None:
    def fts(text: str) -> set[str]:
        ids = desk.queries.request_ids("all", "ref", False, "", text=text)
        return {row.ref for row in desk.queries.request_rows(ids)}

    assert fts("resin printer") == {people["ana"]}
    assert fts("RÉSIN") == {people["ana"]}                 # accents and case do not matter
    assert fts("kundennummer 4711") == {people["kruger"]}
    assert fts("historique") == {people["emile"]}
    assert fts("print") == {people["ana"]}                 # words are prefixes
    assert fts('resin" OR "x') == set()                   # no query syntax: OR and x are words to find
    assert fts('"resin*') == {people["ana"]}               # stray quotes and stars are harmless
    assert desk.search.request_ids("   ") == [] and desk.search.messages("") == []
    assert fts("printer nobody") == set()                  # every word must match
    assert desk.search.request_ids("löschen") == desk.queries.request_ids("all", "ref", False, "",
                                                                          text="loschen")
    hits = desk.search.messages("resin")
    assert len(hits) == 1 and hits[0].ref == people["ana"] and "[resin]" in hits[0].snippet.lower()
    assert fts("resin") == fts("resin") and search(desk, "ana") == {people["ana"]}
    # Combined with a queue and a name search.
    assert desk.queries.request_ids("overdue", "ref", False, "ana", text="resin") == []
    assert desk.search.check()


def test_full_text_index_follows_purges_and_decisions(desk: Any, people: dict[str, str]) -> None:
    assert desk.search.request_ids("resin")
    with desk.db.write() as session:
        ids = list(session.execute(select(Message.id).where(Message.text.contains("resin"))).scalars())
        desk.search.forget_messages(session, ids)
    assert desk.search.request_ids("resin") == []
    # A plain UPDATE (any write path) keeps the index right too.
    with desk.db.write() as session:
        session.execute(update(Message).where(Message.text.contains("historique")).values(text="nouveau texte"))
    assert desk.search.request_ids("historique") == []
    assert desk.search.request_ids("nouveau") != []
    with desk.db.write() as session:
        session.execute(Message.__table__.delete().where(Message.text.contains("4711")))
    assert desk.search.request_ids("4711") == []
    assert desk.search.check()
    desk.search.rebuild()
    assert desk.search.check() and desk.search.request_ids("nouveau") != []


def test_the_index_check_notices_a_stale_index(desk: Any, people: dict[str, str]) -> None:
    from sqlalchemy import text

    assert desk.search.check()
    with desk.db.write() as session:  # simulate a writer that bypassed the triggers
        session.execute(text("DROP TRIGGER message_fts_after_update"))
        session.execute(update(Message).where(Message.text.contains("resin")).values(text="changed"))
    assert not desk.search.check()
    desk.search.rebuild()
    assert desk.search.check() and desk.search.request_ids("changed") == [
        desk.queries.request_ids("all", "ref", False, people["ana"])[0]]
