"""Hostile and broken mail at the parser (issue 11): the sender is the real address, a broken date is
read as far as it can be (earliest instant, flagged), what the parser could not read is said, and a
NUL in a header does not make a file "not mail"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from privacydesk.mail import parse
from privacydesk.mail.parse import parse_message, read_date
from privacydesk.mail.sources import sniff

BODY = b"\r\nPlease delete all my personal data. I am a California resident.\r\nJane Doe\r\n"


def message(*headers: str, body: bytes = BODY) -> bytes:
    return ("\r\n".join(headers) + "\r\n").encode() + body


# -- class 7: the sender is the real address, never the display name -----------------------------------

@pytest.mark.parametrize(("from_header", "email", "name"), [
    ("jane@example.com <other@example.org>", "other@example.org", ""),
    ('"3dprosteam@gmail.com" <mallory@evil.example>', "mallory@evil.example", ""),
    ("privacy@3dpros.com <mallory@evil.example>", "mallory@evil.example", ""),
    ("=?utf-8?q?support=403dpros.com?= <mallory@evil.example>", "mallory@evil.example", ""),
    ('"Jane <jane@example.com>" <mallory@evil.example>', "mallory@evil.example", ""),
    ("Jane Doe <Jane.Doe@Example.COM>", "jane.doe@example.com", "Jane Doe"),
    ('"Doe, Jane" <jane@example.com>', "jane@example.com", "Doe, Jane"),
    ("Margaret Li, Esq. <mli@law.example>", "mli@law.example", "Margaret Li, Esq."),
    ("jane@example.com (Jane Doe)", "jane@example.com", "Jane Doe"),
    ("<@relay.example:jane@example.com>", "jane@example.com", ""),
    ("Jane Doe <jane@example.com> <mallory@evil.example>", "mallory@evil.example", "Jane Doe"),
])
def test_sender_is_the_address_in_angle_brackets(from_header: str, email: str, name: str) -> None:
    parsed = parse_message(message(f"From: {from_header}", "To: 3dprosteam@gmail.com", "Subject: x")).message
    assert parsed.sender.email == email
    assert parsed.sender.name == name


def test_a_display_name_posing_as_an_address_is_noted() -> None:
    result = parse_message(message("From: jane@example.com <other@example.org>", "Subject: x"))
    assert any("display name that looks like another address" in p for p in result.problems)


def test_long_names_and_addresses_are_cut_to_what_the_database_holds() -> None:
    parsed = parse_message(message(f"From: {'N' * 5000} <{'a' * 400}@example.com>", "Subject: x")).message
    assert len(parsed.sender.name) == parse.MAX_NAME_CHARS
    assert len(parsed.sender.email) <= parse.MAX_EMAIL_CHARS


# -- class 6: a bad date is read as far as it can be, earliest instant, and flagged ----------------------

def test_an_impossible_zone_gives_the_earliest_instant_the_time_could_mean() -> None:
    when, exact = read_date("Tue, 10 Nov 2026 10:00:00 +2500")
    assert not exact
    # 10:00 local, in the zone furthest east (UTC+14): the earliest instant it could be.
    assert when == datetime(2026, 11, 9, 20, 0, tzinfo=UTC)


def test_an_unreadable_time_gives_the_start_of_that_day_anywhere() -> None:
    when, exact = read_date("Tue, 10 Nov 2026 25:61:00 -0600")
    assert not exact and when == datetime(2026, 11, 9, 10, 0, tzinfo=UTC)


def test_good_dates_are_exact() -> None:
    assert read_date("Tue, 10 Nov 2026 10:00:00 -0600") == (
        datetime(2026, 11, 10, 10, 0, tzinfo=timezone(timedelta(hours=-6))), True)
    assert read_date("Tue, 10 Nov 2026 10:00:00 -0000") == (datetime(2026, 11, 10, 10, 0, tzinfo=UTC), True)
    assert read_date("no date here") == (None, False)
    assert read_date("Tue, 10 Nov 1066 10:00:00 +0000")[0] is None


def test_a_message_with_a_bad_date_is_still_read_and_its_received_time_is_uncertain() -> None:
    result = parse_message(message("From: Jane <jane@example.com>", "Subject: Delete my data",
                                   "Date: Tue, 10 Nov 2026 10:00:00 +2500"))
    assert result.understood
    parsed = result.message
    assert "delete all my personal data" in parsed.text
    assert parsed.received == datetime(2026, 11, 9, 20, 0, tzinfo=UTC)
    assert parsed.received_uncertain
    assert any("Date header partly unreadable" in p for p in result.problems)


def test_no_date_at_all_is_uncertain() -> None:
    parsed = parse_message(message("From: Jane <jane@example.com>", "Subject: x")).message
    assert parsed.received is None and parsed.received_uncertain


def test_the_mailbox_time_wins_over_a_bad_date_and_is_certain() -> None:
    internal = datetime(2026, 11, 12, 8, 0, tzinfo=UTC)
    parsed = parse_message(message("From: j@example.com", "Date: Tue, 10 Nov 2026 10:00:00 +2500"),
                           received=internal).message
    assert parsed.received == internal and not parsed.received_uncertain
    received = parse_message(message(
        "Received: from mx.example by mail.example; Wed, 11 Nov 2026 09:00:00 +0000",
        "From: j@example.com", "Date: Tue, 10 Nov 2026 10:00:00 +2500")).message
    assert received.received == datetime(2026, 11, 11, 9, 0, tzinfo=UTC) and not received.received_uncertain


# -- class 3: what the parser could not read is said ---------------------------------------------------

def nested(depth: int, text: bytes) -> bytes:
    raw = text
    for level in range(depth):
        raw = (f"Content-Type: multipart/mixed; boundary=\"b{level}\"\r\n\r\n--b{level}\r\n".encode() + raw
               + f"\r\n--b{level}--\r\n".encode())
    return b"From: Jane <jane@example.com>\r\nSubject: fwd\r\n" + raw


def test_a_part_nested_past_the_depth_limit_makes_the_message_incomplete() -> None:
    inner = b"Content-Type: text/plain\r\n\r\nPlease delete all my personal data.\r\n"
    shallow = parse_message(nested(3, inner)).message
    assert "delete all my personal data" in shallow.text and shallow.incomplete == ()
    deep = parse_message(nested(parse.MAX_DEPTH + 2, inner)).message
    assert "delete" not in deep.text
    assert any("nested more than" in reason for reason in deep.incomplete)


def test_parts_past_the_part_limit_make_the_message_incomplete() -> None:
    parts = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n" for _ in range(parse.MAX_PARTS + 5))
    raw = (b"From: Jane <jane@example.com>\r\nSubject: many\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
           + parts + b"--b\r\nContent-Type: text/plain\r\n\r\nPlease delete my personal data.\r\n--b--\r\n")
    parsed = parse_message(raw).message
    assert any(f"more than {parse.MAX_PARTS} parts" in reason for reason in parsed.incomplete)


def test_the_beginning_of_an_oversized_message_says_the_rest_was_not_read() -> None:
    head = message("From: Jane <jane@example.com>", "Subject: Delete my data", body=BODY + b"x" * 1000)
    result = parse.parse_beginning(head, size=50_000_000, received=None, reason="too large")
    assert result.understood and result.message.sender.email == "jane@example.com"
    assert result.message.incomplete == ("too large",)


# -- class 2: a megabyte subject is read quickly and kept whole -----------------------------------------

def test_a_two_megabyte_subject_is_kept_whole_by_the_parser() -> None:
    subject = "x" * 2_000_000
    parsed = parse_message(message("From: Jane <jane@example.com>", f"Subject: {subject}")).message
    assert parsed.subject == subject  # stored faithfully; views get a bounded form (domain.display)


# -- class 5 and 8: NUL and control characters ------------------------------------------------------------

def test_a_nul_in_one_header_is_still_mail() -> None:
    raw = message("From: Jane <jane@example.com>", "To: 3dprosteam@gmail.com", "Subject: Delete\x00 my data",
                  "Date: Mon, 2 Nov 2026 10:00:00 -0600")
    assert sniff(raw)[0] == "message"
    parsed = parse_message(raw).message
    assert parsed.sender.email == "jane@example.com" and "delete all my personal data" in parsed.text


def test_binary_files_are_still_not_mail() -> None:
    assert sniff(b"From: x\r\n" + bytes(range(256)) * 20)[0] == "other"


def test_control_characters_from_an_encoded_subject_are_kept_faithfully() -> None:
    parsed = parse_message(message("From: j@example.com", "Subject: =?utf-8?q?Delete=0D=0Amy=E2=80=AEdata?=")).message
    assert parsed.subject == "Delete\r\nmy\u202edata"  # shown through domain.display, stored as it came
