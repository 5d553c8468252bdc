"""The quick look on a message read from its text parts (issue 14): the sync rebuilds the text of a
message whose first pass held only its beginning (``imapparts.text_for_look``) and sets it aside
unparsed only when all of its text holds nothing — never when the part the parser reads holds a
request, and never on the strength of a beginning alone."""

from __future__ import annotations

from privacydesk.domain.classify_automated import own_list_tokens
from privacydesk.domain.profile import load_profile
from privacydesk.mail.imapparts import plan_text_parts, text_for_look
from privacydesk.mail.parse import parse_message
from privacydesk.mail.quicklook import look_at_text_parts, nothing_so_far, surely_not_request
from privacydesk.resources import DEFAULT_PROFILE

OWN = own_list_tokens(load_profile(DEFAULT_PROFILE))
HEADER = (b"From: A Customer <a@example.com>\r\nTo: team@3dpros.com\r\nSubject: Re: order 4471\r\n"
          b"Message-ID: <p1@example.com>\r\nMIME-Version: 1.0\r\n"
          b'Content-Type: multipart/mixed; boundary="mix"\r\n\r\n')
STYLE = "".join(f".c{i}{{font-family:Arial;color:#333}}" for i in range(400))


def structure(html: bool = True) -> tuple[object, ...]:
    """IMAPClient's BODYSTRUCTURE of: mixed(alternative(plain, html), application/pdf)."""
    plain = (b"text", b"plain", (b"charset", b"utf-8"), None, None, b"7bit", 200, 4)
    markup = (b"text", b"html", (b"charset", b"utf-8"), None, None, b"7bit", 20000, 4)
    alternative = ([plain, markup] if html else [plain], b"alternative", (b"boundary", b"alt"))
    pdf = (b"application", b"pdf", (b"name", b"letter.pdf"), None, None, b"base64", 90000)
    return ([alternative, pdf], b"mixed", (b"boundary", b"mix"))


def sections(plain: str, markup: str) -> dict[str, bytes]:
    return {
        "1.MIME": b'Content-Type: multipart/alternative; boundary="alt"\r\n\r\n',
        "1.1.MIME": b"Content-Type: text/plain; charset=utf-8\r\n\r\n",
        "1.1": plain.encode(),
        "1.2.MIME": b"Content-Type: text/html; charset=utf-8\r\n\r\n",
        "1.2": markup.encode(),
        "2.MIME": b'Content-Type: application/pdf; name="letter.pdf"\r\nContent-Transfer-Encoding: base64\r\n'
                  b'Content-Disposition: attachment; filename="letter.pdf"\r\n\r\n',
    }


def look(plain: str, markup: str) -> object:
    plan = plan_text_parts(structure(), max_text_bytes=10**7, body_start=b"--mix\r\n")
    assert plan is not None and "2" not in plan.sections  # the file's content is never fetched
    head, body, files = text_for_look(HEADER, plan, sections(plain, markup))
    assert files and b"base64" not in body  # the file is left out of what the quick look reads
    return look_at_text_parts(head, body, size=120_000, received=None, own_domains=OWN)


def test_an_order_mail_read_from_its_text_parts_is_set_aside() -> None:
    plain = "Hi team,\r\nThe tolerances on the mounting holes should be +/- 0.1 mm. Please ship by Friday.\r\n"
    markup = f"<html><head><style>{STYLE}</style></head><body><p>{plain}</p></body></html>"
    light = look(plain, markup)
    assert light is not None and light.size == 120_000 and light.message_id == "<p1@example.com>"


def test_a_request_in_the_plain_text_is_never_set_aside() -> None:
    plain = "Hi team,\r\nplease delete my account and all personal data you hold about me.\r\n"
    markup = f"<html><head><style>{STYLE}</style></head><body><p>Order question</p></body></html>"
    assert look(plain, markup) is None


def test_the_html_counts_when_the_plain_part_is_empty() -> None:
    """The parser reads the HTML when the plain alternative holds no words: so does the quick look."""
    markup = (f"<html><head><style>{STYLE}</style></head><body><p>Please delete my account and all "
              "personal data you hold about me.</p></body></html>")
    assert look("\r\n", markup) is None
    rebuilt = HEADER + b"--mix\r\n" + b"".join(v if k.endswith("MIME") else v + b"\r\n"
                                               for k, v in sections("\r\n", markup).items() if k.startswith("1"))
    assert "delete my account" in parse_message(rebuilt + b"--mix--\r\n").message.text


def test_a_beginning_with_nothing_in_it_is_not_enough_to_set_a_message_aside() -> None:
    text = (b"--mix\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            b"Hi team, the invoice for order 4471 is below. Payment terms are 30 days.\r\n" + b"x" * 8000)
    size = len(HEADER) + len(text) + 50_000
    assert surely_not_request(HEADER, text, size=size, received=None, own_domains=OWN) is None
    so_far = nothing_so_far(HEADER, text, size=size, received=None, own_domains=OWN)
    assert so_far is not None and so_far.size == size  # the sync then reads the rest of its text
    asking = text.replace(b"the invoice for order 4471 is below", b"please delete my account and my data")
    assert nothing_so_far(HEADER, asking, size=size, received=None, own_domains=OWN) is None
