"""The quick look's guard on the public corpora (issue 14): every public request letter, sent as the
body of an ordinary-looking mail (a neutral subject, plain or quoted-printable), is never set aside
unparsed — whatever the classifier makes of it, a person's letter that names a right must reach it.
(The negative corpora and the labelled mailboxes are checked in ``test_quicklook.py``.)"""

from __future__ import annotations

import binascii
from pathlib import Path

import pytest

from privacydesk.mail.quicklook import surely_not_request

LETTERS = sorted((Path(__file__).resolve().parents[1] / "data" / "corpora" / "requests-public").rglob("*.txt"))
HEADER = (b"From: A Person <a.person@example.org>\r\nTo: team@3dpros.com\r\nSubject: Hello\r\n"
          b"Message-ID: <letter@example.org>\r\nMIME-Version: 1.0\r\n")


def test_there_are_letters() -> None:
    assert len(LETTERS) > 50


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.name)
def test_a_public_request_letter_is_never_set_aside(path: Path) -> None:
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\n", "\r\n").encode()
    plain = HEADER + b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    assert surely_not_request(plain, text, size=len(plain) + len(text), received=None) is None
    qp = binascii.b2a_qp(text)
    header = HEADER + b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    assert surely_not_request(header, qp, size=len(header) + len(qp), received=None) is None
