"""Answering requests against real servers (issue 9): a real SMTP server (aiosmtpd, STARTTLS or TLS,
AUTH) and the real Dovecot. Sending reaches the server once, threaded, and is recorded with its exact
bytes; refusals send nothing; failures and interrupted sends are kept and never resent on their own;
drafts land in Drafts (found by SPECIAL-USE); replies sent from another mail program join their
thread; a code reply verifies the requester; ID scans are deleted once verification is recorded and a
later sync does not bring them back; the automatic acknowledgement goes out once."""

from __future__ import annotations

import base64
import hashlib
import re
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from privacydesk.domain.errors import Refused
from privacydesk.services.accounts import NewAccount, SmtpConfig
from privacydesk.services.replies import CODE_PLACEHOLDER, SendFailed, SendUncertain
from privacydesk.store.models import AuditEvent, FolderState, Message, OutboxEntry
from tests.integration.conftest import Mailbox
from tests.integration.dovecot import MemoryKeyring
from tests.integration.smtpserver import PASSWORD, USER, SmtpServer

pytestmark = [pytest.mark.integration, pytest.mark.dovecot]

TEAM = "3dprosteam@gmail.com"
DRAFTS, SENT = "Brouillons", "Mail envoye"  # found by their SPECIAL-USE flags, not by name
ID_SCAN = bytes(range(256)) * 40


@pytest.fixture
def live(tmp_path: Path, memory_keyring: MemoryKeyring) -> Iterator[Any]:
    """Services on a fresh database with the real clock (mail arrives "now")."""
    from privacydesk.paths import resolve_paths
    from privacydesk.services.app import open_services

    svc = open_services(resolve_paths(tmp_path / "data"))
    try:
        yield svc
    finally:
        svc.close()


def ca_bundle(tmp_path: Path, mailbox: Mailbox, smtp: SmtpServer) -> str:
    path = tmp_path / "ca-bundle.pem"
    path.write_bytes(Path(mailbox.server.ca_file).read_bytes() + smtp.ca_file.read_bytes())
    return str(path)


def add_team(svc: Any, mailbox: Mailbox, smtp: SmtpServer, tmp_path: Path, *, keeps_sent: bool | None = None,
             security: str = "starttls", folders: tuple[str, ...] = ("INBOX",)) -> None:
    with mailbox.admin() as c:
        for folder in (DRAFTS, SENT):
            if not c.folder_exists(folder):
                c.create_folder(folder)
    svc.accounts.add(
        NewAccount(name="team", host="127.0.0.1", username=mailbox.user, port=mailbox.server.ssl_port,
                   folders=folders, ca_file=ca_bundle(tmp_path, mailbox, smtp)),
        mailbox.password,
        SmtpConfig(host="127.0.0.1", port=smtp.port, security=security, username=USER, saves_sent=keeps_sent,
                   from_address=TEAM),
        PASSWORD)


def request_mail(*, sender: str = "Jane Doe <jane@example.com>", msgid: str | None = None,
                 subject: str = "Please delete my data",
                 text: str = ("Hello,\n\nI live in California. Under the CCPA I request that you delete all "
                              "personal information you hold about me.\n\nJane Doe\n"),
                 in_reply_to: str | None = None, attachment: bytes | None = None) -> tuple[bytes, str]:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = TEAM
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = msgid or make_msgid(domain="example.com")
    msg["Authentication-Results"] = "mx.google.com; spf=pass smtp.mailfrom=example.com; dkim=pass header.d=example.com"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg.set_content(text)
    if attachment is not None:
        msg.add_attachment(attachment, maintype="image", subtype="jpeg", filename="driving-licence.jpg")
    return msg.as_bytes(policy=SMTP_POLICY), str(msg["Message-ID"])


def arrive(svc: Any, mailbox: Mailbox, raw: bytes, folder: str = "INBOX") -> Any:
    mailbox.append(raw, folder)
    report = svc.sync.sync_account("team", retry=False)
    assert report.ok, report.errors
    return report


def one_request(svc: Any) -> str:
    refs = svc.requests.refs()
    assert len(refs) == 1, refs
    return str(refs[0])


def folder_messages(mailbox: Mailbox, folder: str) -> list[tuple[tuple[bytes, ...], bytes]]:
    with mailbox.admin() as c:
        c.select_folder(folder, readonly=True)
        uids = c.search("ALL")
        data = c.fetch(uids, ["FLAGS", "BODY.PEEK[]"]) if uids else {}
        return [(tuple(d[b"FLAGS"]), bytes(d[b"BODY[]"])) for _, d in sorted(data.items())]


def test_send_reaches_the_server_once_threaded_and_is_recorded_with_its_bytes(
        live: Any, mailbox: Mailbox, smtp_server: SmtpServer, tmp_path: Path) -> None:
    add_team(live, mailbox, smtp_server, tmp_path)
    raw, original_id = request_mail()
    arrive(live, mailbox, raw)
    ref = one_request(live)
    shown = live.requests.show(ref).as_json()

    result = live.replies.send(ref, "acknowledgement")

    received = smtp_server.messages()
    assert len(received) == 1
    got = received[0]
    msg = got.message
    assert got.rcpt_tos == ("jane@example.com",) and got.mail_from == TEAM
    assert msg["To"] == "Jane Doe <jane@example.com>"
    assert msg["Subject"] == f"Re: Please delete my data [{ref}]"
    assert msg["In-Reply-To"] == original_id and msg["References"].split()[-1] == original_id
    assert msg["Message-ID"] == result.item.message_id
    assert msg["Auto-Submitted"] is None and msg["X-Auto-Response-Suppress"] is None
    body = msg.get_body(("plain",)).get_content()
    respond_by = datetime.fromisoformat(shown["milestones"]["respond_by"])
    assert f"{respond_by.day} {respond_by:%B %Y}" in body and f"Ref: {ref}" in body
    assert "Dear Jane Doe," in body and "verify" in body

    assert result.item.state == "sent" and result.item.sent_copy == "saved"
    after = live.requests.show(ref).as_json()
    assert after["status"] == "acknowledged" and after["acknowledged"]
    with live.db.read() as s:
        entry = s.execute(select(OutboxEntry)).scalar_one()
        thread_copy = s.get(Message, entry.message_pk)
        assert thread_copy.raw == got.data == entry.raw  # the exact bytes the server accepted
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "reply_sent")).scalar_one()
        assert event.after["digest"] == hashlib.sha256(got.data).hexdigest()
        assert event.after["template"] == "acknowledgement"
        status_event = s.execute(select(AuditEvent).where(AuditEvent.action == "status_changed")).scalar_one()
        assert status_event.after["template"] == "acknowledgement"
    sent = folder_messages(mailbox, SENT)
    assert [body for _, body in sent] == [got.data] and b"\\Seen" in sent[0][0]

    # The copy in Sent is recognised by the next sync: the thread does not grow.
    before = len(live.requests.show(ref).as_json()["thread"])
    arrive(live, mailbox, request_mail(sender="Bob <bob@example.org>", subject="Quote for 40 brackets",
                                       text="Could you quote 40 PLA brackets?\n")[0])
    assert len(live.requests.show(ref).as_json()["thread"]) == before
    assert len(smtp_server.messages()) == 1


def test_implicit_tls_and_a_server_that_keeps_its_own_sent_copy(
        live: Any, mailbox: Mailbox, tmp_path: Path) -> None:
    with SmtpServer(implicit_tls=True) as smtp:
        add_team(live, mailbox, smtp, tmp_path, security="ssl", keeps_sent=True)
        arrive(live, mailbox, request_mail()[0])
        ref = one_request(live)
        result = live.replies.send(ref, "acknowledgement")
        assert len(smtp.messages()) == 1
    assert result.item.sent_copy == "server"
    assert folder_messages(mailbox, SENT) == []


def test_a_change_the_lifecycle_refuses_sends_nothing(live: Any, mailbox: Mailbox, smtp_server: SmtpServer,
                                                      tmp_path: Path) -> None:
    add_team(live, mailbox, smtp_server, tmp_path)
    arrive(live, mailbox, request_mail()[0])
    ref = one_request(live)
    preview = live.replies.preview(ref, "deletion_done")  # a preview is never refused …
    assert preview.refused and "verified" in preview.refused
    with pytest.raises(Refused, match=r"Nothing was sent.*verif"):  # … sending is
        live.replies.send(ref, "deletion_done")
    assert smtp_server.messages() == []
    assert live.replies.outbox() == []
    assert live.requests.show(ref).as_json()["status"] == "new"


def test_a_failed_send_is_kept_and_a_retry_sends_it_once(live: Any, mailbox: Mailbox, smtp_server: SmtpServer,
                                                         tmp_path: Path) -> None:
    add_team(live, mailbox, smtp_server, tmp_path)
    arrive(live, mailbox, request_mail()[0])
    ref = one_request(live)
    smtp_server.behaviour = "reject"
    with pytest.raises(SendFailed, match="did not accept the message") as info:
        live.replies.send(ref, "acknowledgement")
    assert "outbox retry" in str(info.value)
    [item] = live.replies.outbox()
    assert item.state == "failed" and "554" in (item.error or "")
    assert live.requests.show(ref).as_json()["status"] == "new"
    smtp_server.behaviour = "ok"
    live.replies.retry(item.id)
    assert len(smtp_server.messages()) == 1
    assert live.replies.item(item.id).state == "sent"
    with pytest.raises(Refused, match="only a reply that was not sent"):
        live.replies.retry(item.id)
    assert len(smtp_server.messages()) == 1


def test_a_failed_send_says_its_cause_and_can_be_taken_out_of_the_outbox(
        live: Any, mailbox: Mailbox, smtp_server: SmtpServer, tmp_path: Path) -> None:
    """The window's composer keeps a failed letter; when staff correct it and send the new one, the
    failed version leaves the outbox so nobody sends it later by mistake."""
    add_team(live, mailbox, smtp_server, tmp_path)
    arrive(live, mailbox, request_mail()[0])
    ref = one_request(live)
    smtp_server.behaviour = "reject"
    with pytest.raises(SendFailed) as info:
        live.replies.send(ref, "acknowledgement")
    [item] = live.replies.outbox()
    assert info.value.entry_id == item.id
    assert "did not accept the message" in info.value.reason and "privacydesk" not in info.value.reason
    smtp_server.behaviour = "ok"
    withdrawn = live.replies.withdraw(item.id)
    assert withdrawn.state == "withdrawn" and withdrawn.state_label == "not sent (taken out of the outbox)"
    assert live.replies.outbox(states=("queued", "failed", "uncertain")) == []
    with pytest.raises(Refused, match="only a reply that was not sent"):
        live.replies.retry(item.id)
    sent = live.replies.send(ref, "acknowledgement", body="Dear Jane Doe,\n\nWe have your request.\n\nAna\n")
    assert len(smtp_server.messages()) == 1 and sent.item.state == "sent" and sent.item.id != item.id
    with pytest.raises(Refused, match="only a reply that was not sent"):
        live.replies.withdraw(sent.item.id)
    # An edited verification letter gets its real code where the preview showed the placeholder.
    preview = live.replies.preview(ref, "verification_request")
    live.replies.send(ref, "verification_request", body=preview.body.replace("Dear Jane Doe", "Hello Jane"))
    letter = smtp_server.messages()[1].message.get_body(("plain",)).get_content()
    assert letter.startswith("Hello Jane") and CODE_PLACEHOLDER not in letter
    assert re.search(r"^\s{4}[A-Z0-9]{4}-[A-Z0-9]{4}\s*$", letter, re.MULTILINE)
    with live.db.read() as s:
        actions = list(s.execute(select(AuditEvent.action)).scalars())
    assert "reply_withdrawn" in actions


def test_a_wrong_smtp_password_is_a_plain_failure(live: Any, mailbox: Mailbox, smtp_server: SmtpServer,
                                                  tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    add_team(live, mailbox, smtp_server, tmp_path)
    arrive(live, mailbox, request_mail()[0])
    ref = one_request(live)
    live.accounts.set_smtp("team", live.accounts.get("team").smtp, "wrong password")
    with pytest.raises(SendFailed, match="refused the login"):
        live.replies.send(ref, "acknowledgement")
    assert smtp_server.messages() == []


def test_an_interrupted_send_is_uncertain_never_resent_and_settled(
        live: Any, mailbox: Mailbox, smtp_server: SmtpServer, tmp_path: Path) -> None:
    add_team(live, mailbox, smtp_server, tmp_path)
    arrive(live, mailbox, request_mail()[0])
    ref = one_request(live)
    smtp_server.behaviour = "drop_after_data"
    with pytest.raises(SendUncertain, match="may or may not have been delivered"):
        live.replies.send(ref, "acknowledgement")
    smtp_server.behaviour = "ok"
    [item] = live.replies.outbox()
    assert item.state == "uncertain"
    with pytest.raises(Refused, match="may already have been sent"):
        live.replies.retry(item.id)
    assert live.replies.check_uncertain() == []  # not in Sent: left to staff
    assert len(smtp_server.messages()) == 1
    settled, changes = live.replies.resolve(item.id, sent=True)
    assert settled.state == "sent" and any("acknowledged" in c for c in changes)
    assert live.requests.show(ref).as_json()["status"] == "acknowledged"
    assert len(smtp_server.messages()) == 1


def test_an_uncertain_send_found_in_sent_is_recorded_as_sent(
        live: Any, mailbox: Mailbox, smtp_server: SmtpServer, tmp_path: Path) -> None:
    add_team(live, mailbox, smtp_server, tmp_path)
    arrive(live, mailbox, request_mail()[0])
    ref = one_request(live)
    smtp_server.behaviour = "drop_after_data"
    with pytest.raises(SendUncertain):
        live.replies.send(ref, "acknowledgement")
    mailbox.append(smtp_server.messages()[0].data, SENT)  # the server filed its own copy
    [settled] = live.replies.check_uncertain()
    assert settled.state == "sent"
    assert live.requests.show(ref).as_json()["status"] == "acknowledged"


def test_a_draft_is_saved_to_drafts_with_threading_headers(live: Any, mailbox: Mailbox, smtp_server: SmtpServer,
                                                           tmp_path: Path) -> None:
    add_team(live, mailbox, smtp_server, tmp_path)
    raw, original_id = request_mail()
    arrive(live, mailbox, raw)
    ref = one_request(live)

    drafted = live.replies.draft(ref, "acknowledgement")

    assert drafted.folder == DRAFTS
    [(flags, stored)] = folder_messages(mailbox, DRAFTS)
    assert b"\\Draft" in flags and stored == drafted.message
    from email import message_from_bytes
    from email.policy import default

    msg = message_from_bytes(stored, policy=default)
    assert msg["In-Reply-To"] == original_id and original_id in msg["References"]
    assert msg["Subject"] == f"Re: Please delete my data [{ref}]" and msg["Message-ID"] == drafted.item.message_id
    assert msg["To"] == "Jane Doe <jane@example.com>" and msg["From"] == f"3DPros LLC <{TEAM}>"
    assert smtp_server.messages() == []
    assert live.requests.show(ref).as_json()["status"] == "new"  # a draft changes nothing
    assert [i.state for i in live.replies.outbox(include_drafts=True)] == ["drafted"]

    # Finished and sent in Gmail: it shows up in Sent, joins the thread and its change is offered.
    mailbox.append(stored, SENT)
    report = live.sync.sync_account("team", retry=False)
    assert any("status change is offered" in n for n in report.ingest.notices)
    thread = live.replies.thread(ref)
    assert [(t.direction, t.outbox_state) for t in thread] == [("in", None), ("out", "sent")]
    [suggestion] = live.replies.suggestions(ref)
    assert suggestion.template == "acknowledgement" and suggestion.implied.status == "acknowledged"
    assert suggestion.refused is None
    live.replies.apply_suggestion(suggestion.id)
    assert live.requests.show(ref).as_json()["status"] == "acknowledged"
    assert live.replies.suggestions(ref) == []


def test_a_reply_written_in_another_mail_program_joins_the_thread(
        live: Any, mailbox: Mailbox, smtp_server: SmtpServer, tmp_path: Path) -> None:
    add_team(live, mailbox, smtp_server, tmp_path)
    arrive(live, mailbox, request_mail()[0])
    ref = one_request(live)
    written, _ = request_mail(sender=f"3DPros team <{TEAM}>", subject=f"Your request [{ref}]",
                              text="Hi Jane, we are on it.\n")
    written = written.replace(f"To: {TEAM}".encode(), b"To: Jane Doe <jane@example.com>")
    arrive(live, mailbox, written, SENT)
    thread = live.replies.thread(ref)
    assert [t.direction for t in thread] == ["in", "out"]
    assert thread[1].text and "we are on it" in thread[1].text
    [suggestion] = live.replies.suggestions(ref)
    assert suggestion.template is None and suggestion.implied.status == "acknowledged"
    live.replies.dismiss_suggestion(suggestion.id)
    assert live.replies.suggestions() == []
    assert live.requests.show(ref).as_json()["status"] == "new"


def _code_from(message: Any) -> str:
    body = message.get_body(("plain",)).get_content()
    match = re.search(r"^\s{4}([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", body, re.MULTILINE)
    assert match, body
    return match.group(1)


def test_a_code_reply_from_the_requester_verifies_the_request(
        live: Any, mailbox: Mailbox, smtp_server: SmtpServer, tmp_path: Path) -> None:
    add_team(live, mailbox, smtp_server, tmp_path)
    arrive(live, mailbox, request_mail()[0])
    ref = one_request(live)
    sent = live.replies.send(ref, "verification_request")
    assert live.requests.show(ref).as_json()["status"] == "awaiting_verification"
    code = _code_from(smtp_server.messages()[0].message)

    # The code from another address verifies nothing; a wrong code from the requester is an attempt.
    stranger, _ = request_mail(sender="Mallory <mallory@evil.example>", subject=f"Re: code [{ref}]",
                               text=f"code {code}\n", in_reply_to=sent.item.message_id)
    arrive(live, mailbox, stranger)
    wrong, _ = request_mail(subject=f"Re: Please confirm [{ref}]", text="Here: ZZZZ-9999\n",
                            in_reply_to=sent.item.message_id)
    report = arrive(live, mailbox, wrong)
    assert any("wrong code" in n for n in report.ingest.notices)
    assert live.requests.show(ref).as_json()["verification"] == "pending"

    right, _ = request_mail(subject=f"Re: Please confirm your identity [{ref}]",
                            text=f"Hello, my code is {code.lower().replace('-', ' ')}.\n",
                            in_reply_to=sent.item.message_id)
    report = arrive(live, mailbox, right)

    shown = live.requests.show(ref).as_json()
    assert shown["verification"] == "verified" and shown["verification_method"] == "code_reply"
    assert shown["status"] == "in_progress"
    assert any("identity verified" in n for n in report.ingest.notices)
    assert live.verification.evidence(ref).code.used_at is not None
    # The code is single use: it cannot verify again (nothing left to do), and deletion can now close it.
    live.replies.send(ref, "deletion_done")
    assert live.requests.show(ref).as_json()["status"] == "completed"


def test_verification_material_is_deleted_and_a_later_sync_does_not_bring_it_back(
        live: Any, mailbox: Mailbox, smtp_server: SmtpServer, tmp_path: Path) -> None:
    add_team(live, mailbox, smtp_server, tmp_path, folders=("INBOX", "Archive"))
    with mailbox.admin() as c:
        c.create_folder("Archive")
    raw, _ = request_mail(attachment=ID_SCAN)
    arrive(live, mailbox, raw)
    ref = one_request(live)
    encoded = base64.b64encode(ID_SCAN[:57])
    with live.db.read() as s:
        stored = s.execute(select(Message).where(Message.kind == "request")).scalar_one()
        assert encoded in stored.raw.replace(b"\r\n", b"")

    live.requests.verify(ref, "document", note="licence checked against the order name")

    def check() -> None:
        with live.db.read() as s:
            m = s.execute(select(Message).where(Message.kind == "request")).scalar_one()
            assert encoded not in (m.raw or b"").replace(b"\r\n", b"")
            [att] = m.attachments
            assert att["removed"] and att["sha256"] == hashlib.sha256(ID_SCAN).hexdigest()
            assert "Under the CCPA" in (m.text or "")
    check()
    with live.db.read() as s:
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "verification_material_deleted")).scalar_one()
        assert event.after["removed"][0]["filename"] == "driving-licence.jpg"
    evidence = live.verification.evidence(ref)
    assert [(m.filename, m.removed) for m in evidence.material] == [("driving-licence.jpg", True)]

    # The same message in another watched folder, and the whole mailbox read again from scratch.
    mailbox.append(raw, "Archive")
    with live.db.write() as s:
        for state in s.execute(select(FolderState)).scalars():
            s.delete(state)
    report = live.sync.sync_account("team", retry=False)
    assert report.ok and report.ingest.new_messages == 0
    check()


def test_automatic_acknowledgement_goes_out_once_and_says_it_is_automatic(
        tmp_path: Path, mailbox: Mailbox, smtp_server: SmtpServer, memory_keyring: MemoryKeyring) -> None:
    from privacydesk.paths import resolve_paths
    from privacydesk.resources import DEFAULT_PROFILE
    from privacydesk.services.app import open_services

    paths = resolve_paths(tmp_path / "data")
    paths.ensure()
    paths.profile_file.write_text(DEFAULT_PROFILE.read_text().replace('auto_acknowledge = "off"',
                                                                      'auto_acknowledge = "send"'))
    svc = open_services(paths)
    try:
        add_team(svc, mailbox, smtp_server, tmp_path)
        report = arrive(svc, mailbox, request_mail()[0])
        assert any("sent automatically" in n for n in report.auto_replies)
        ref = one_request(svc)
        [got] = smtp_server.messages()
        assert got.message["Auto-Submitted"] == "auto-replied"
        assert got.message["X-Auto-Response-Suppress"] == "All"
        assert "sent automatically" in got.message.get_body(("plain",)).get_content()
        assert svc.requests.show(ref).as_json()["status"] == "acknowledged"
        # More mail, a follow-up from the requester and an out-of-office: nothing more is sent.
        follow, _ = request_mail(subject=f"Re: Please delete my data [{ref}]", text="Any news?\n")
        arrive(svc, mailbox, follow)
        ooo, _ = request_mail(sender="Away <away@example.net>", subject="Automatic reply: delete my data",
                              text="I am out of the office until Monday.\n")
        arrive(svc, mailbox, ooo.replace(b"Subject:", b"Auto-Submitted: auto-replied\r\nSubject:", 1))
        assert len(smtp_server.messages()) == 1
        assert svc.replies.auto_acknowledge([ref]) == []
        # A new request from someone else, in a later sync, gets its own acknowledgement.
        other, _ = request_mail(sender="Bo Lee <bo@example.org>", subject="Delete my account",
                                text="Under the CCPA please delete my personal information. I live in California.\n")
        report = arrive(svc, mailbox, other)
        assert any("sent automatically" in n for n in report.auto_replies)
        assert [m.message["To"] for m in smtp_server.messages()[1:]] == ["Bo Lee <bo@example.org>"]
    finally:
        svc.close()


def test_two_senders_cannot_send_the_same_reply(tmp_path: Path, mailbox: Mailbox, smtp_server: SmtpServer,
                                                memory_keyring: MemoryKeyring) -> None:
    from privacydesk.paths import resolve_paths
    from privacydesk.services.app import open_services

    first = open_services(resolve_paths(tmp_path / "data"))
    second = open_services(resolve_paths(tmp_path / "data"))  # another window on the same database
    try:
        add_team(first, mailbox, smtp_server, tmp_path)
        arrive(first, mailbox, request_mail()[0])
        entry = first.replies.queue(one_request(first), "acknowledgement")
        barrier = threading.Barrier(2)
        outcomes: list[str] = []

        def deliver(svc: Any) -> None:
            barrier.wait()
            try:
                svc.replies.deliver(entry)
                outcomes.append("sent")
            except Refused as exc:
                outcomes.append(f"refused: {exc}")

        threads = [threading.Thread(target=deliver, args=(s,)) for s in (first, second)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert sorted(o.split(":")[0] for o in outcomes) == ["refused", "sent"], outcomes
        assert len(smtp_server.messages()) == 1
    finally:
        first.close()
        second.close()


def test_automatic_acknowledgement_as_a_draft_reads_as_written_by_a_person(
        tmp_path: Path, mailbox: Mailbox, smtp_server: SmtpServer, memory_keyring: MemoryKeyring) -> None:
    from email import message_from_bytes
    from email.policy import default

    from privacydesk.paths import resolve_paths
    from privacydesk.resources import DEFAULT_PROFILE
    from privacydesk.services.app import open_services

    paths = resolve_paths(tmp_path / "data")
    paths.ensure()
    paths.profile_file.write_text(DEFAULT_PROFILE.read_text().replace('auto_acknowledge = "off"',
                                                                      'auto_acknowledge = "draft"'))
    svc = open_services(paths)
    try:
        add_team(svc, mailbox, smtp_server, tmp_path)
        report = arrive(svc, mailbox, request_mail()[0])
        assert any("saved to Drafts automatically" in n for n in report.auto_replies)
        [(_, stored)] = folder_messages(mailbox, DRAFTS)
        msg = message_from_bytes(stored, policy=default)
        assert msg["Auto-Submitted"] is None and msg["X-Auto-Response-Suppress"] is None
        assert "sent automatically" not in msg.get_body(("plain",)).get_content()
        assert smtp_server.messages() == []
        ref = one_request(svc)
        assert svc.requests.show(ref).as_json()["status"] == "new"  # nothing was sent yet
        assert svc.replies.auto_acknowledge([ref]) == []  # once per request
        assert len(folder_messages(mailbox, DRAFTS)) == 1
    finally:
        svc.close()
