"""Fuzz tier (issue 11): generated and mutated mail through parse → classify → store.

Messages are real ones from the public corpora (``tests/data/corpora``) mutated by Hypothesis —
bytes flipped, cut or repeated; NUL, CR/LF, escape sequences and bidi controls inserted; hostile
headers added (impossible dates, display names posing as addresses, megabyte values); the whole
wrapped in dozens of forwards — plus messages generated from scratch. For every one:

- no exception escapes the parser, the classifier or the store;
- nothing is lost: the message is stored once, and if it is, might be, or could not be read as a
  request its raw bytes are kept (in the row, or in pieces when it is above the maximum size);
- memory stays bounded: parsing and classifying allocate at most a fixed multiple of the input.

The suite runs a small budget. A longer run on demand (documented in docs/architecture.md):

    PRIVACYDESK_FUZZ_EXAMPLES=5000 .venv/bin/python -m pytest -m fuzz tests/unit/test_fuzz_mail.py
"""

from __future__ import annotations

import os
import sqlite3
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from privacydesk.mail.spool import Spool
from privacydesk.services.ingest import KEEP_CONTENT, IncomingMessage, route_incomplete
from privacydesk.services.mailimport import prepare, prepare_oversized

pytestmark = pytest.mark.fuzz

EXAMPLES = int(os.environ.get("PRIVACYDESK_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])
CORPORA = Path(__file__).resolve().parents[1] / "data" / "corpora"


def _samples() -> list[bytes]:
    out: list[bytes] = []
    for path in sorted(CORPORA.rglob("*")):
        if not path.is_file() or path.suffix in (".tsv", ".md") or path.stat().st_size > 300_000:
            continue
        data = path.read_bytes()
        if "requests-public" in path.parts:  # letters: wrap them as the mail they would arrive in
            data = (b"From: Jane Doe <jane@example.com>\r\nTo: 3dprosteam@gmail.com\r\nSubject: request\r\n"
                    b"Date: Mon, 2 Nov 2026 10:00:00 -0600\r\n\r\n" + data)
        out.append(data)
    return out


SAMPLES = _samples()
HOSTILE_BYTES = [b"\x00", b"\r", b"\n\n", b"\x1b[2J", b"\x1b]0;x\x07", "\u202e".encode(), b"\xc2\x85", b"\xff\xfe",
                 b"=?utf-8?q?=0D=0A?=", b"=?x-unknown?b?////?=", b"\n--", b"--\n", b"\nFrom \n", b"\t", b'"', b"<>",
                 b"Content-Type: multipart/mixed; boundary=x\n\n--x\n", b"Content-Transfer-Encoding: base64\n"]
HEADER_NAMES = ["From", "To", "Cc", "Reply-To", "Sender", "Subject", "Date", "Message-ID", "In-Reply-To",
                "References", "Received", "Content-Type", "Content-Transfer-Encoding", "Content-Disposition",
                "Auto-Submitted", "List-Id", "MIME-Version"]
HEADER_VALUES = ["jane@example.com <other@example.org>", '"privacy@3dpros.com" <x@evil.example>',
                 "Mon, 10 Nov 2026 10:00:00 +2500", "Mon, 99 Zzz 2026 25:61:61 -9999", "multipart/mixed",
                 'multipart/alternative; boundary=""', "message/rfc822", "base64", "<>", "<a@b> <a@b>",
                 "from x by y; Mon, 10 Nov 2026 10:00:00 +2500", "=?utf-8?b?" + "A" * 50 + "?="]


@st.composite
def header_line(draw: Any) -> bytes:
    name = draw(st.sampled_from(HEADER_NAMES))
    value = draw(st.one_of(st.sampled_from(HEADER_VALUES), st.text(max_size=80),
                           st.integers(1, 200_000).map(lambda n: "x" * n)))
    return f"{name}: {value}\r\n".encode("utf-8", "surrogatepass")


@st.composite
def mutated(draw: Any) -> bytes:
    data = bytearray(draw(st.sampled_from(SAMPLES)))
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["flip", "insert", "cut", "repeat", "header", "nest", "hostile"]))
        at = draw(st.integers(0, len(data)))
        if op == "flip" and data:
            data[min(at, len(data) - 1)] = draw(st.integers(0, 255))
        elif op == "insert":
            data[at:at] = draw(st.binary(max_size=40))
        elif op == "hostile":
            data[at:at] = draw(st.sampled_from(HOSTILE_BYTES))
        elif op == "cut":
            del data[at:]
        elif op == "repeat":
            end = draw(st.integers(at, min(len(data), at + 2000)))
            data[at:at] = data[at:end] * draw(st.integers(1, 20))
        elif op == "header":
            data[0:0] = draw(header_line())
        elif op == "nest":
            for level in range(draw(st.integers(1, 40))):
                data[0:0] = (f'From: f{level}@example.com\r\nContent-Type: multipart/mixed; boundary="z{level}"'
                             f"\r\n\r\n--z{level}\r\nContent-Type: message/rfc822\r\n\r\n").encode()
                data += f"\r\n--z{level}--\r\n".encode()
    return bytes(data)


@st.composite
def generated(draw: Any) -> bytes:
    headers = b"".join(draw(st.lists(header_line(), max_size=12)))
    body = draw(st.one_of(st.binary(max_size=3000), st.text(max_size=3000).map(lambda t: t.encode("utf-8", "replace"))))
    return headers + draw(st.sampled_from([b"\r\n", b"\n", b""])) + body


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from privacydesk.paths import AppPaths
    from privacydesk.services.app import open_services

    services = open_services(AppPaths(tmp_path_factory.mktemp("fuzz") / "data"))
    prepare(SAMPLES[0], services.profile)  # load the classifier's tables before measuring memory
    try:
        yield services
    finally:
        services.close()


def stored(desk: Any, fingerprint: str) -> list[tuple[str, bool, int, int]]:
    conn = sqlite3.connect(desk.paths.db_file)
    try:
        return conn.execute(
            "SELECT kind, has_full_raw, length(raw), (SELECT coalesce(sum(length(data)), 0) FROM message_raw_chunks "
            "WHERE message_pk = m.id) FROM messages m WHERE fingerprint = ?", (fingerprint,)).fetchall()
    finally:
        conn.close()


def check(desk: Any, raw: bytes, make: Callable[[], IncomingMessage]) -> None:
    tracemalloc.start()
    try:
        item = make()  # parse + classify: must never raise
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 60 * len(raw) + 48 * 1024 * 1024, f"{peak / 1e6:.0f} MB to read {len(raw)} bytes"
    routed = route_incomplete(item)
    known = stored(desk, item.fingerprint)
    desk.ingest.store_batch([item], actor="fuzz")  # must never raise
    rows = stored(desk, item.fingerprint)
    assert len(rows) == 1, "stored exactly once"
    if known:
        return  # the same message (by fingerprint) was stored before: the first decision stands
    kind, full, raw_length, chunks = rows[0]
    c = routed.classification
    if kind in KEEP_CONTENT and (item.raw is not None or item.raw_spool is not None):
        assert full and (raw_length or chunks), f"{kind} message stored without its raw bytes"
    if routed.unreadable or c.needs_review or routed.parsed.incomplete:
        assert kind != "not_request", "not decided 'not a request' from a message it could not read whole"


@FUZZ
@given(raw=st.one_of(mutated(), generated()))
def test_mutated_and_generated_mail_is_never_lost(desk: Any, raw: bytes) -> None:
    check(desk, raw, lambda: prepare(raw, desk.profile, origin="fuzz"))


@FUZZ
@given(raw=mutated())
def test_mail_above_the_maximum_size_is_kept_in_pieces(desk: Any, raw: bytes) -> None:
    with Spool() as spool:
        spooled = spool.keep(raw)
        check(desk, raw, lambda: prepare_oversized(spooled, desk.profile, limit=1024, origin="fuzz-big"))
