"""Syncing a real Dovecot mailbox: first and incremental sync, UIDVALIDITY reset, the same message in two
folders, follow-ups, unreadable mail, the parallel parser, and a mailbox left exactly as it was."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from privacydesk.mail.sync import SyncOptions
from privacydesk.services.accounts import AccountService, NewAccount
from privacydesk.services.sync import RetryPolicy, SyncService
from privacydesk.store.models import Message, MessageLocation, Request
from tests.integration.conftest import Mailbox, db_digest, mailbox_snapshot
from tests.integration.dovecot import MailFactory, MemoryKeyring

pytestmark = [pytest.mark.integration, pytest.mark.dovecot]


@pytest.fixture
def accounts(services: Any, memory_keyring: MemoryKeyring) -> AccountService:
    return AccountService(services.db)


def add_account(accounts: AccountService, mb: Mailbox, name: str = "team",
                folders: tuple[str, ...] = ("INBOX",)) -> None:
    accounts.add(NewAccount(name=name, host="127.0.0.1", username=mb.user, port=mb.server.ssl_port,
                            folders=folders, ca_file=str(mb.server.ca_file)), mb.password)


def make_sync(services: Any, accounts: AccountService, **options: Any) -> SyncService:
    return SyncService(accounts, services.ingest, services.profile, options=SyncOptions(**options),
                       retry=RetryPolicy(attempts=3, first=0.05), timeout=20)


@pytest.fixture
def untouched(mailbox: Mailbox) -> Iterator[None]:
    """Fails the test if the mailbox changed in any way while it ran (only the test's own appends
    happen through ``mailbox.append``, which refreshes the reference)."""
    before = mailbox_snapshot(mailbox)
    original_append = mailbox.append
    state = {"before": before}

    def append(*args: Any, **kw: Any) -> None:
        assert mailbox_snapshot(mailbox) == state["before"], "the mailbox changed before this append"
        original_append(*args, **kw)
        state["before"] = mailbox_snapshot(mailbox)

    mailbox.append = append  # type: ignore[method-assign]
    yield
    mailbox.append = original_append  # type: ignore[method-assign]
    assert mailbox_snapshot(mailbox) == state["before"], "sync changed the mailbox (flags, UIDs or content)"


def count(services: Any, model: Any) -> int:
    with services.db.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def test_first_sync_stores_every_message_once_and_files_requests(
        services: Any, accounts: AccountService, mailbox: Mailbox, untouched: None) -> None:
    mail = MailFactory(seed=1)
    request_raw, request_id = mail.request(name="Alice Example")
    business = [mail.business()[0] for _ in range(8)]
    newsletter, _ = mail.newsletter()
    big, _ = mail.business(attachment_bytes=300_000)
    with_id_scan, _ = mail.request(attachment_bytes=120_000)  # bigger than the first pass: fetched again
    mailbox.append([business[0], request_raw, *business[1:], newsletter, big, with_id_scan])
    add_account(accounts, mailbox)
    seen: list[tuple[int, int, str]] = []

    report = make_sync(services, accounts, batch_size=4).sync_account(
        "team", progress=lambda d, t, f: seen.append((d, t, f)))

    assert report.ok, report.errors
    assert report.ingest.new_messages == 12
    assert len(report.ingest.new_requests) == 2
    assert seen[0] == (0, 12, "INBOX") and seen[-1] == (12, 12, "INBOX")
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)
    with services.db.read() as s:
        reqs = s.execute(select(Request).order_by(Request.id)).unique().scalars().all()
        assert [r.requester.primary_email for r in reqs] == ["requester1@example.org", "requester12@example.org"]
        kept = s.execute(select(Message).where(Message.request_id.is_not(None)).order_by(Message.id)).scalars().all()
        assert kept[0].message_id == request_id
        # The whole requests are kept byte for byte, the small one straight from the first pass.
        assert [(m.has_full_raw, m.raw) for m in kept] == [(True, request_raw), (True, with_id_scan)]
        # Ordinary mail: metadata only, no content (DESIGN invariant 5), and never the whole message.
        others = s.execute(select(Message).where(Message.request_id.is_(None))).scalars().all()
        assert len(others) == 10
        assert all(m.raw is None and m.subject is None for m in others)
    folder = report.folders["INBOX"]
    # Ordinary mail the first pass read only in part (HTML with a style sheet, attachments) is read to
    # the end so the safety net sees all its text (issue 10) — from its text parts only, never its
    # attachments (issue 14); only the request with the ID scan is fetched whole.
    assert (folder.whole_in_first_pass, folder.text_parts_read, folder.full_fetched) == (1, 7, 1)
    with services.db.read() as s:
        locs = s.execute(select(func.count()).select_from(MessageLocation)).scalar_one()
    assert locs == 12


def test_incremental_sync_fetches_only_new_mail_and_a_third_sync_changes_nothing(
        services: Any, accounts: AccountService, mailbox: Mailbox, untouched: None) -> None:
    mail = MailFactory(seed=2)
    mailbox.append([mail.business()[0] for _ in range(5)])
    add_account(accounts, mailbox)
    sync = make_sync(services, accounts)
    first = sync.sync_account("team")
    assert first.ingest.new_messages == 5

    request_raw, _ = mail.request()
    mailbox.append([request_raw, mail.business()[0]])
    second = sync.sync_account("team")
    assert second.ingest.new_messages == 2 and second.ingest.duplicates == 0
    assert len(second.ingest.new_requests) == 1
    assert second.folders["INBOX"].total == 2  # only the new UIDs were looked at

    third = sync.sync_account("team")
    assert third.ingest.new_messages == 0 and third.ingest.duplicates == 0
    assert third.folders["INBOX"].unchanged  # decided from STATUS, nothing fetched
    assert count(services, Message) == 7


def test_uidvalidity_reset_reads_the_folder_again_without_duplicates(
        services: Any, accounts: AccountService, mailbox: Mailbox) -> None:
    mail = MailFactory(seed=3)
    raws = [mail.request()[0], *(mail.business()[0] for _ in range(4))]
    mailbox.append(raws)
    add_account(accounts, mailbox)
    sync = make_sync(services, accounts)
    assert sync.sync_account("team").ingest.new_messages == 5
    before = db_digest(services.db)
    old_validity = before["folder_states"][0][1]

    mailbox.server.doveadm("mailbox", "update", "-u", mailbox.user, "--uid-validity",
                           str(old_validity + 1000), "INBOX")
    mailbox.append(mail.business()[0])
    report = sync.sync_account("team")

    assert report.ok, report.errors
    assert report.folders["INBOX"].uidvalidity_reset
    assert report.ingest.new_messages == 1  # only the really new message
    assert report.ingest.duplicates == 5  # the others recognised by fingerprint
    after = db_digest(services.db)
    assert len(after["messages"]) == 6
    assert after["requests"] == before["requests"]
    assert after["folder_states"] == [("INBOX", old_validity + 1000, 6)]
    # Locations under both generations: the old ones stay (history), the new ones are complete.
    new_locs = [loc for loc in after["locations"] if loc[3] == old_validity + 1000]
    assert len(new_locs) == 6


def test_same_message_in_two_folders_is_stored_once(
        services: Any, accounts: AccountService, mailbox: Mailbox, untouched: None) -> None:
    mail = MailFactory(seed=4)
    request_raw, _ = mail.request()
    other, _ = mail.business()
    mailbox.append([request_raw, other])
    mailbox.append([request_raw], folder="[Gmail]/All Mail")  # Gmail: one message, two labels
    add_account(accounts, mailbox, folders=("INBOX", "[Gmail]/All Mail"))

    report = make_sync(services, accounts).sync_account("team")

    assert report.ok, report.errors
    assert report.ingest.new_messages == 2 and report.ingest.duplicates == 1
    assert len(report.ingest.new_requests) == 1
    assert report.folders["[Gmail]/All Mail"].known == 1  # recognised before parsing
    with services.db.read() as s:
        msg = s.execute(select(Message).where(Message.kind == "request")).scalar_one()
        assert sorted(loc.folder for loc in msg.locations) == ["INBOX", "[Gmail]/All Mail"]


def test_follow_up_is_joined_and_kept_whole_in_the_same_batch_and_later(
        services: Any, accounts: AccountService, mailbox: Mailbox) -> None:
    mail = MailFactory(seed=5)
    request_raw, request_id = mail.request()
    requester = mail.count
    reply_raw, _ = mail.follow_up(request_id, requester)
    mailbox.append([request_raw, mail.business()[0], reply_raw])
    add_account(accounts, mailbox)
    sync = make_sync(services, accounts)
    first = sync.sync_account("team")
    assert len(first.ingest.new_requests) == 1
    assert first.ingest.follow_ups == first.ingest.new_requests

    later_raw, _ = mail.follow_up(request_id, requester, "One more thing: my old address was 5 Elm St.\r\n")
    mailbox.append(later_raw)
    second = sync.sync_account("team")
    assert second.ingest.follow_ups == first.ingest.new_requests
    with services.db.read() as s:
        joined = s.execute(select(Message).where(Message.kind == "follow_up")).scalars().all()
        assert len(joined) == 2
        assert all(m.has_full_raw and m.raw for m in joined)  # follow-ups are fetched whole


def test_unreadable_message_is_kept_raw_and_flagged(
        services: Any, accounts: AccountService, mailbox: Mailbox) -> None:
    garbage = bytes(range(256)) * 8  # not mail at all
    mailbox.append([garbage, MailFactory(seed=6).business()[0]])
    add_account(accounts, mailbox)
    report = make_sync(services, accounts).sync_account("team")
    assert report.ok, report.errors
    assert report.ingest.new_messages == 2
    assert report.ingest.unreadable == 1
    with services.db.read() as s:
        m = s.execute(select(Message).where(Message.kind == "unreadable")).scalar_one()
        assert m.needs_review and m.raw is not None and len(m.raw) >= len(garbage)


def test_parallel_parsing_gives_the_same_result_as_inline(
        services: Any, accounts: AccountService, mailbox: Mailbox, tmp_path: Any) -> None:
    from privacydesk.paths import resolve_paths
    from privacydesk.services.app import open_services
    from tests.conftest import FIXED_NOW

    mails = MailFactory(seed=8).mailbox(120, request_ratio=0.05, large_ratio=0.0, attachment_ratio=0.05)
    mailbox.append([raw for raw, _, _ in mails])
    add_account(accounts, mailbox)
    inline = make_sync(services, accounts, batch_size=25, workers=0).sync_account("team")

    other = open_services(resolve_paths(tmp_path / "parallel"), clock=lambda: FIXED_NOW)
    try:
        other_accounts = AccountService(other.db)
        add_account(other_accounts, mailbox)
        parallel = make_sync(other, other_accounts, batch_size=25, workers=2).sync_account("team")
        assert parallel.ok and inline.ok
        assert parallel.ingest.new_messages == inline.ingest.new_messages == 120
        assert db_digest(other.db) == db_digest(services.db)
        assert len(inline.ingest.new_requests) == sum(1 for _, k, _ in mails if k == "request")
    finally:
        other.close()


def test_stop_event_ends_the_sync_between_batches_and_the_next_sync_completes(
        services: Any, accounts: AccountService, mailbox: Mailbox) -> None:
    mail = MailFactory(seed=9)
    mailbox.append([mail.business()[0] for _ in range(30)])
    add_account(accounts, mailbox)
    stop = threading.Event()

    def progress(done: int, total: int, folder: str) -> None:
        if done >= 10:
            stop.set()

    sync = make_sync(services, accounts, batch_size=5)
    first = sync.sync_account("team", progress=progress, stop=stop)
    stored = count(services, Message)
    assert 10 <= stored < 30
    assert first.folders == {} or first.folders["INBOX"].stopped
    second = sync.sync_account("team")
    assert second.ingest.new_messages == 30 - stored and second.ingest.duplicates == 0
    assert count(services, Message) == 30


def test_missing_folder_is_reported_and_other_folders_still_sync(
        services: Any, accounts: AccountService, mailbox: Mailbox) -> None:
    mailbox.append(MailFactory(seed=10).business()[0])
    add_account(accounts, mailbox, folders=("INBOX", "No Such Folder"))
    report = make_sync(services, accounts).sync_account("team")
    assert report.ingest.new_messages == 1
    assert len(report.errors) == 1 and "No Such Folder" in report.errors[0] and "does not exist" in report.errors[0]
    info = accounts.get("team")
    assert [s.last_error is not None for s in info.folder_states if s.folder == "No Such Folder"] == [True]


def test_the_mailbox_check_notices_a_seen_flag(mailbox: Mailbox) -> None:
    """The "mailbox unchanged" check used above can fail: setting \\Seen is noticed."""
    mailbox.append(MailFactory(seed=11).business()[0])
    before = mailbox_snapshot(mailbox)
    with mailbox.admin() as c:
        c.select_folder("INBOX")
        c.add_flags(c.search("ALL"), [b"\\Seen"])
    assert mailbox_snapshot(mailbox) != before


def test_received_time_is_the_servers_internaldate_not_the_date_header(
        services: Any, accounts: AccountService, mailbox: Mailbox) -> None:
    """The legal clock starts when the mail reached the mailbox (INTERNALDATE), not at the sender's
    Date header, which may be days off."""
    from datetime import UTC, datetime

    arrived = datetime(2026, 11, 20, 23, 30, tzinfo=UTC)
    raw, _ = MailFactory(seed=12).request()  # its Date header is in June 2026
    mailbox.append(raw, when=arrived)
    add_account(accounts, mailbox)
    make_sync(services, accounts).sync_account("team")
    with services.db.read() as s:
        req = s.execute(select(Request)).unique().scalar_one()
        msg = s.execute(select(Message)).scalar_one()
        assert msg.received_at == arrived and req.received_at == arrived
        assert msg.date_header is not None and msg.date_header.month == 6


def test_a_parser_process_dying_loses_nothing(
        services: Any, accounts: AccountService, mailbox: Mailbox, caplog: pytest.LogCaptureFixture) -> None:
    """A worker killed mid-sync (out of memory, a crash on hostile input): parsing continues in the
    sync's own process and every message is still stored once."""
    import os
    import signal

    from privacydesk.mail import imap
    from privacydesk.mail.sync import SyncEngine
    from privacydesk.services.ingest import IngestReport
    from privacydesk.services.sync import _IngestSink

    mails = MailFactory(seed=13).mailbox(60, request_ratio=0.05, large_ratio=0.0)
    mailbox.append([raw for raw, _, _ in mails])
    add_account(accounts, mailbox)
    conn = imap.connect(accounts.get("team").imap_settings(), mailbox.password)
    report = IngestReport()
    sink = _IngestSink(services.ingest, "team", report)
    engine = SyncEngine(conn, sink, services.profile, SyncOptions(batch_size=10, workers=2))
    calls = {"n": 0}
    original = sink.store

    def store_and_kill(*args: Any, **kwargs: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 1:  # the first batch is judged; the next ones are with the workers or coming
            pool = engine._judges._pool
            assert pool is not None
            for pid in list(pool._processes):  # type: ignore[attr-defined]
                os.kill(pid, signal.SIGKILL)
        original(*args, **kwargs)

    sink.store = store_and_kill  # type: ignore[method-assign]
    try:
        result = engine.sync_folder("INBOX")
    finally:
        engine.close()
        conn.close()
    assert "a parser process died" in caplog.text  # the workers really were killed
    assert result.done == 60
    assert report.new_messages == 60 and report.duplicates == 0
    assert len(report.new_requests) == sum(1 for _, k, _ in mails if k == "request")
    assert count(services, Message) == 60


def test_a_message_above_the_maximum_size_is_fetched_in_pieces_and_kept_whole(
        services: Any, accounts: AccountService, mailbox: Mailbox, untouched: None) -> None:
    """Issue 11: a request larger than the maximum message size is never held whole in memory: it is
    fetched piece by piece into a spool file, its beginning is read, and its bytes are stored in
    pieces — exactly the bytes on the server — with the request filed from what its beginning says."""
    from privacydesk.domain.settings import MAX_MESSAGE_MB
    from privacydesk.store import rawstore

    services.settings.set(MAX_MESSAGE_MB, 1)
    raw, message_id = MailFactory(seed=77).request(name="Bea Large", attachment_bytes=5_000_000)
    mailbox.append(raw)
    add_account(accounts, mailbox)
    report = make_sync(services, accounts).sync_account("team")
    assert report.ok, report.errors
    assert len(report.ingest.new_requests) == 1
    with mailbox.admin() as imap:
        imap.select_folder("INBOX", readonly=True)
        uid = imap.search("ALL")[0]
        on_server = imap.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"]
    with services.db.read() as session:
        stored = session.execute(select(Message).where(Message.message_id == message_id)).scalar_one()
        assert stored.raw is None and stored.has_full_raw
        assert rawstore.read_raw(session, stored) == on_server


def _long_mail(mail: MailFactory, closing: str, attachment: int) -> bytes:
    """An ordinary order thread longer than the first pass, with a CAD file attached."""
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Carol Customer <carol@example.net>"
    msg["To"] = "orders@3dpros.example"
    msg["Subject"] = "Re: order 5521, second batch"
    msg["Message-ID"] = f"<long-{len(closing)}-{attachment}@example.net>"
    msg["Date"] = "Tue, 10 Nov 2026 10:00:00 +0000"
    lines = [f"> Line {i} of the earlier order discussion, infill 20 %, PLA black, 0.2 mm layers." for i in range(300)]
    msg.set_content("Thanks, the first batch arrived fine.\n\n" + "\n".join(lines) + "\n\n" + closing + "\n")
    msg.add_attachment(bytes(range(256)) * (attachment // 256), maintype="application", subtype="octet-stream",
                       filename="bracket.stl")
    return msg.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def test_a_long_mail_is_read_to_the_end_without_its_attachment(
        services: Any, accounts: AccountService, mailbox: Mailbox, untouched: None) -> None:
    """Issue 14: mail whose first pass held only the beginning of its text is read to the end from
    its text parts; a P.S. asking for the person's data there still opens a request (and that mail is
    then kept whole), while ordinary mail never has its attachment downloaded."""
    mail = MailFactory(seed=14)
    ordinary = _long_mail(mail, "Best regards, Carol", 400_000)
    asking = _long_mail(mail, "P.S. Please send me a copy of all the personal data you hold about me "
                              "under the GDPR.", 300_000)
    mailbox.append([ordinary, asking])
    add_account(accounts, mailbox)
    sync = make_sync(services, accounts)
    fetched: list[list[str]] = []
    connect = sync.connector

    def recording(settings: Any, password: str) -> Any:
        conn = connect(settings, password)
        original = conn._client.fetch

        def fetch(uids: Any, items: Any, *args: Any, **kw: Any) -> Any:
            fetched.append([str(i) for i in items])
            return original(uids, items, *args, **kw)

        conn._client.fetch = fetch
        return conn

    sync.connector = recording
    report = sync.sync_account("team")

    assert report.ok, report.errors
    assert len(report.ingest.new_requests) == 1
    folder = report.folders["INBOX"]
    assert (folder.text_parts_read, folder.full_fetched) == (2, 1)
    assert sum(1 for items in fetched if "BODY.PEEK[]" in items) == 1  # only the request, whole
    with services.db.read() as s:
        kept = s.execute(select(Message).where(Message.request_id.is_not(None))).scalar_one()
        assert kept.raw == asking and kept.has_full_raw
        other = s.execute(select(Message).where(Message.request_id.is_(None))).scalar_one()
        assert other.raw is None and other.text is None


def test_text_rebuilt_from_parts_reads_as_the_whole_message(
        services: Any, accounts: AccountService, mailbox: Mailbox) -> None:
    """The text the classifier reads from a message's text parts is the text it would read from the
    whole message, for real-world mail of every shape (the public MIME and negative corpora)."""
    from pathlib import Path

    from privacydesk.mail.imapparts import assemble, plan_text_parts
    from privacydesk.mail.parse import parse_message

    corpora = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora"
    if not corpora.is_dir():
        corpora = Path("/work/shared/corpora")
    raws = [p.read_bytes() for folder in ("mime", "negatives") for p in sorted((corpora / folder).rglob("*"))
            if p.is_file() and p.suffix in (".eml", ".msg", ".txt", "") and p.name != "SOURCES.tsv"]
    raws = [r for r in raws if b"\n\n" in r.replace(b"\r\n", b"\n")[:200_000] and len(r) < 3_000_000]
    assert len(raws) > 40
    mailbox.append(raws)
    add_account(accounts, mailbox)
    conn = make_sync(services, accounts).connect("team")
    planned = 0
    try:
        conn.examine("INBOX")
        uids = conn.uids_after(0)
        structures = conn.fetch_structure(uids)
        first = {fp.uid: fp for fp in conn.fetch_first_pass(uids)}
        whole = conn.fetch_full(uids)
        for uid in uids:
            plan = plan_text_parts(structures.get(uid), max_text_bytes=10 * 1024 * 1024, body_start=first[uid].text)
            if plan is None:
                continue
            planned += 1
            sections = conn.fetch_sections([uid], plan.sections)[uid] if plan.sections else {}
            rebuilt = assemble(first[uid].header, plan, sections)
            expected = parse_message(whole[uid]).message
            got = parse_message(rebuilt).message
            assert (got.subject, got.text, got.sender) == (expected.subject, expected.text, expected.sender), uid
            assert len(rebuilt) <= len(whole[uid]) + 200
    finally:
        conn.close()
    assert planned > len(raws) // 2
