"""A reply is a proper RFC 5322 message threaded to its request (issue 9)."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes
from email.policy import default

from privacydesk.domain.references import body_marker, subject_token
from privacydesk.mail.compose import (
    Attachment,
    Letter,
    compose,
    new_message_id,
    reply_subject,
    thread_references,
)


def _letter(**kw: object) -> Letter:
    base: dict[str, object] = dict(
        from_address="3dprosteam@gmail.com", from_name="3DPros LLC", to=(("Jürgen Müller", "jm@example.de"),),
        subject="Re: Auskunft [PD-2026-0007]", body="Guten Tag,\n\nLänger als 78 Zeichen " + "x" * 200
        + "\n\nReferenz: PD-2026-0007\n", message_id="<pd.PD-2026-0007.abc@gmail.com>",
        date=datetime(2026, 11, 25, 15, 0, tzinfo=UTC), in_reply_to="<orig@example.de>",
        references=("<root@example.de>", "<orig@example.de>"))
    base.update(kw)
    return Letter(**base)  # type: ignore[arg-type]


def test_reply_subject_keeps_one_token_and_one_re() -> None:
    assert reply_subject("Auskunft nach Art. 15", "x", "PD-2026-0007") == "Re: Auskunft nach Art. 15 [PD-2026-0007]"
    assert reply_subject("RE: AW: Re: Delete me", "x", "PD-2026-0007") == "Re: Delete me [PD-2026-0007]"
    assert reply_subject("Re: Delete me [PD-2026-0007]", "x", "PD-2026-0007") == "Re: Delete me [PD-2026-0007]"
    assert reply_subject(None, "We have received your request", "PD-2026-0007") == \
        "We have received your request [PD-2026-0007]"


def test_thread_references() -> None:
    assert thread_references("<b@x>", ("<a@x>",)) == ("<a@x>", "<b@x>")
    many = tuple(f"<{i}@x>" for i in range(40))
    refs = thread_references("<last@x>", many)
    assert refs[0] == "<0@x>" and refs[-1] == "<last@x>" and len(refs) == 20


def test_message_headers_threading_and_body() -> None:
    raw = compose(_letter())
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    msg = message_from_bytes(raw, policy=default)
    assert msg["From"] == "3DPros LLC <3dprosteam@gmail.com>"
    assert msg["To"] == "Jürgen Müller <jm@example.de>"
    assert subject_token(str(msg["Subject"])) == "PD-2026-0007"
    assert msg["Message-ID"] == "<pd.PD-2026-0007.abc@gmail.com>"
    assert msg["In-Reply-To"] == "<orig@example.de>"
    assert msg["References"].split() == ["<root@example.de>", "<orig@example.de>"]
    assert msg["Auto-Submitted"] is None and msg["X-Auto-Response-Suppress"] is None
    body = msg.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "Länger als 78 Zeichen" in text and body_marker(text) == "PD-2026-0007"
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))


def test_automatic_mail_says_so_and_attachments_travel() -> None:
    raw = compose(_letter(auto=True, attachments=(Attachment("data.json", "application/json", b'{"a": 1}'),
                                                   Attachment("data.csv", "text/csv", b"a,b\r\n1,2\r\n"))))
    msg = message_from_bytes(raw, policy=default)
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Auto-Response-Suppress"] == "All"
    files = {p.get_filename(): p.get_content() for p in msg.iter_attachments()}
    assert files["data.json"] == b'{"a": 1}'
    assert "1,2" in files["data.csv"]


def test_message_ids_are_unique_and_ours() -> None:
    ids = {new_message_id("team@3dpros.com", "PD-2026-0001") for _ in range(100)}
    assert len(ids) == 100
    assert all(i.startswith("<pd.PD-2026-0001.") and i.endswith("@3dpros.com>") for i in ids)


def test_long_message_ids_stay_on_their_header_line() -> None:
    long_id = "<trinity-9bc32adf-ea7d-c1ea-cb3e-66537642d500-4382253395262@3c-app-gmx-bap28.example.net>"
    raw = compose(_letter(in_reply_to=long_id, references=("<root@example.de>", long_id)))
    assert f"\r\nIn-Reply-To: {long_id}\r\n".encode() in raw
    msg = message_from_bytes(raw, policy=default)
    assert str(msg["In-Reply-To"]) == long_id
    assert str(msg["References"]).split() == ["<root@example.de>", long_id]
