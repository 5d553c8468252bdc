"""The learned model (issue 10) through the real services on SQLite: after a handful of similar
decisions the next similar message is classified accordingly; the words that moved it are in the
evidence; only hashed features are stored; reset and the retention hook forget."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from privacydesk.paths import AppPaths
from privacydesk.services.app import AppServices, open_services
from privacydesk.services.mailimport import import_paths
from privacydesk.store.models import AuditEvent, LearningExample, Message

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def services(tmp_path: Path) -> AppServices:
    s = open_services(AppPaths(tmp_path / "data"), clock=lambda: NOW)
    yield s
    s.close()


def _write(folder: Path, name: str, subject: str, body: str, n: int) -> Path:
    path = folder / name
    path.write_text(f"From: Customer {n} <c{n}@example.net>\nTo: 3dprosteam@gmail.com\nSubject: {subject}\n"
                    f"Message-ID: <learn-{name}@example.net>\nDate: Mon, {n + 1} Nov 2026 10:00:00 +0000\n"
                    f"Content-Type: text/plain; charset=utf-8\n\n{body}\n", encoding="utf-8")
    return path


def _import(services: AppServices, path: Path) -> Message:
    import_paths(services.ingest, services.profile, [path])
    with services.db.read() as session:
        m = session.execute(select(Message).order_by(Message.id.desc())).scalars().first()
        assert m is not None
        session.expunge(m)
        return m


# A shape the rules leave to a person: the safety net sees "personal data", nothing asks clearly.
SURVEY = ("Spring raffle note: personal data forms sat next to the filament spools at the maker fair stand, "
          "raffle winners listed by first name and spool colour.")
WIPE = ("Hello, regarding my personal data at your shop: wipe it, all of it, the kiosk signup from the maker "
        "fair included. My badge number was {n}.")


def test_after_a_handful_of_decisions_the_next_similar_message_follows_them(services: AppServices,
                                                                            tmp_path: Path) -> None:
    mail = tmp_path / "mail"
    mail.mkdir()
    first = _import(services, _write(mail, "survey0.eml", "Spring survey 0", SURVEY, 0))
    assert first.needs_review  # the safety net: "personal data", nothing asked
    services.review.mark_not_request(first.id, actor="Ana")
    for n in range(1, 3):  # the team dismisses similar survey mails from review
        m = _import(services, _write(mail, f"survey{n}.eml", f"Spring survey {n}", SURVEY, n))
        if m.needs_review:
            services.review.mark_not_request(m.id, actor="Ana")
    for n in range(3, 6):  # ... and files three similar deletion mails as requests
        m = _import(services, _write(mail, f"wipe{n}.eml", "my data", WIPE.format(n=n), n))
        if m.request_id is None:
            services.review.mark_request(m.id, types=["deletion"], actor="Ana")

    survey = _import(services, _write(mail, "survey-next.eml", "Spring survey 9", SURVEY, 9))
    assert not survey.needs_review and survey.kind == "not_request"
    learned = [e for e in survey.classification["evidence"] if e.startswith("learned:")]
    # The evidence names the message's own words that moved the score (which ones depends on the
    # database's random hashing key): every one of them is in this message.
    words = learned[0].split(":", 2)[2].split("|") if learned else []
    seen = " ".join(re.findall(r"[^\W\d_]+", ("Spring survey 9 " + SURVEY).lower()))  # the words, in order
    assert words and all(word in seen for word in words), learned

    wipe = _import(services, _write(mail, "wipe-next.eml", "my data", WIPE.format(n=42), 12))
    assert wipe.kind == "request" and wipe.request_id is not None
    assert services.learning.summary().not_requests >= 2


def test_only_hashed_features_are_kept_and_reset_forgets_them(services: AppServices, tmp_path: Path) -> None:
    mail = tmp_path / "mail"
    mail.mkdir()
    m = _import(services, _write(mail, "s.eml", "survey", SURVEY, 1))
    services.review.mark_not_request(m.id, actor="Ana")
    with services.db.read() as session:
        row = session.execute(select(LearningExample)).scalar_one()
        assert row.label == "not_request" and row.words and all(isinstance(f, int) for f in row.words)
        assert "raffle" not in repr(row.words) + repr(row.grams)
    assert services.learning.forget_examples(message_pks=[m.id]) == 1
    services.review.mark_not_request(_import(services, _write(mail, "t.eml", "survey 2", SURVEY, 2)).id, actor="Ana")
    assert services.learning.forget_examples(before=datetime.now(UTC) + timedelta(days=1)) == 1
    services.review.mark_not_request(_import(services, _write(mail, "u.eml", "survey 3", SURVEY, 3)).id, actor="Ana")
    assert services.learning.reset("Ana") == 1
    assert services.learning.summary().not_requests == 0
    with services.db.read() as session:
        actions = session.execute(select(AuditEvent.action)).scalars().all()
    assert "learning_reset" in actions


# A request the rules file on their own: a plain access ask about a print-farm loyalty scheme.
LOYALTY = ("Hi, I collected points in your print-farm loyalty scheme at the maker fair kiosk. Please send me a "
           "copy of my personal data from the loyalty scheme, card number {n}.")


def _filed(services: AppServices, mail: Path, name: str, body: str, n: int) -> str:
    m = _import(services, _write(mail, name, "loyalty points", body, n))
    assert m.kind == "request" and m.request_id is not None, m.classification
    with services.db.read() as session:
        from privacydesk.store.models import Request

        return session.get(Request, m.request_id).ref  # type: ignore[union-attr]


def test_a_type_correction_on_a_filed_request_teaches_the_model(services: AppServices, tmp_path: Path) -> None:
    """Staff correct the rules' types with RequestService.set_types; the next similar mail gets them."""
    mail = tmp_path / "mail"
    mail.mkdir()
    for n in range(2):
        ref = _filed(services, mail, f"loyalty{n}.eml", LOYALTY.format(n=n), n)
        assert services.requests.show(ref).as_json()["types"] == ["access"]
        services.requests.set_types(ref, ["portability"], actor="Ana")
    with services.db.read() as session:
        rows = session.execute(select(LearningExample)).scalars().all()
        assert [(r.label, r.types, r.actor) for r in rows] == [("request", ["portability"], "Ana")] * 2
    ref = _filed(services, mail, "loyalty-next.eml", LOYALTY.format(n=7), 7)
    got = services.requests.show(ref).as_json()
    assert got["types"] == ["portability"]
    with services.db.read() as session:
        m = session.execute(select(Message).where(Message.subject == "loyalty points")
                            .order_by(Message.id.desc())).scalars().first()
        assert m is not None and "learned:types" in m.classification["evidence"]


def test_closing_filed_requests_as_not_a_request_teaches_the_model(services: AppServices, tmp_path: Path) -> None:
    """Two filed look-alikes closed as not_a_request: the next one waits in review, with the reason."""
    mail = tmp_path / "mail"
    mail.mkdir()
    for n in range(2):
        ref = _filed(services, mail, f"loyalty{n}.eml", LOYALTY.format(n=n), n)
        services.requests.set_status(ref, "not_a_request", reason="loyalty scheme, not a privacy request",
                                     actor="Ana")
    assert services.learning.summary().not_requests == 2
    m = _import(services, _write(mail, "loyalty-next.eml", "loyalty points", LOYALTY.format(n=9), 9))
    assert m.request_id is None and m.needs_review
    assert "not requests" in m.classification["review_reason"]

    # Reopening one says it was a request after all: its example changes sides.
    with services.db.read() as session:
        from privacydesk.store.models import Request

        first = session.execute(select(Request).order_by(Request.id)).scalars().first()
        assert first is not None
        ref = first.ref
    services.requests.set_status(ref, "new", reason="it was a request after all", actor="Ana")
    summary = services.learning.summary()
    assert (summary.requests, summary.not_requests) == (1, 1)
