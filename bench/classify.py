"""Benchmark: messages per second for ``prefilter`` and ``classify`` (the IMAP sync runs the prefilter
on every message of the mailbox and ``classify`` on those it fetches; the acceptance run is a
20,000-message mailbox).

Messages: every file under ../shared/corpora/ (request letters wrapped as mail bodies) and the
labelled mailbox tests/data/mail/. They are parsed once, outside the timing, then classified in
rounds until about 20,000 classifications have run. Targets: prefilter >= 20,000 msgs/s,
classify >= 1,000 msgs/s.

Then the IMAP first pass on ordinary mail (issue 14): the share of ordinary business mail (the
generator of ``bench/sync.py``) and of the public negative corpora that passes the quick look on raw
bytes (and so gets MIME-parsed) and the prefilter (and so gets classified), with the quick look's
cost per message; of the parsed, the share passed only because the first pass read the message in
part (a later fetch of its text parts decides those) and the share read whole that meets a request
anchor (``domain.anchors``). Target: <= 5 % of ordinary mail parsed.

Run: .venv/bin/python bench/classify.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from privacydesk.domain.classify import classify, prefilter
from privacydesk.domain.classify_data import load_classifier_data
from privacydesk.domain.message import Address, ParsedMessage
from privacydesk.domain.profile import load_profile
from privacydesk.mail.parse import parse_message, parse_partial
from privacydesk.resources import DEFAULT_PROFILE

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPORA = ROOT / "tests" / "data" / "corpora"  # vendored public corpora
MAILBOX = ROOT / "tests" / "data" / "mail"
TARGET = 20_000
PREFIX = 8192


def _messages() -> tuple[list[ParsedMessage], list[ParsedMessage]]:
    """(full messages, IMAP first-pass messages: header + 8 KiB text prefix)."""
    full: list[ParsedMessage] = []
    partial: list[ParsedMessage] = []
    files = sorted(p for p in CORPORA.rglob("*") if p.is_file() and p.suffix in (".eml", ".txt", "")
                   and p.name not in ("README.md",))
    files += sorted(MAILBOX.glob("*.eml"))
    for path in files:
        raw = path.read_bytes()
        if path.suffix == ".txt" and ("requests-public" in path.parts or "github-email_reply_parser" in path.parts):
            full.append(ParsedMessage(message_id=None, subject="", sender=Address("A", "a@example.org"),
                                      text=raw.decode("utf-8", "replace")))
            partial.append(full[-1])
            continue
        full.append(parse_message(raw).message)
        head, sep, body = raw.partition(b"\r\n\r\n") if b"\r\n\r\n" in raw else raw.partition(b"\n\n")
        partial.append(parse_partial(head + sep, body[:PREFIX], size=len(raw), received=None).message)
    return full, partial


def _rate(fn: object, messages: list[ParsedMessage], profile: object) -> tuple[float, int]:
    rounds = max(1, TARGET // len(messages))
    count = 0
    t0 = time.perf_counter()
    for _ in range(rounds):
        for msg in messages:
            fn(msg, profile)  # type: ignore[operator]
            count += 1
    return count / (time.perf_counter() - t0), count


def main() -> None:
    profile = load_profile(DEFAULT_PROFILE)
    t0 = time.perf_counter()
    load_classifier_data()
    print(f"data load (validate + compile): {(time.perf_counter() - t0) * 1000:.0f} ms")
    full, partial = _messages()
    sizes = [len(m.text) for m in full]
    print(f"messages: {len(full)} (median text {statistics.median(sizes):.0f} chars, max {max(sizes)})")

    rate, count = _rate(prefilter, partial, profile)
    passed = sum(prefilter(m, profile) for m in partial)
    print(f"prefilter: {rate:>9,.0f} msgs/s over {count:,} (first pass: header + {PREFIX} B prefix); "
          f"{passed}/{len(partial)} pass to a full fetch")
    rate, count = _rate(classify, full, profile)
    verdicts = [classify(m, profile) for m in full]
    requests = sum(v.is_request for v in verdicts)
    print(f"classify:  {rate:>9,.0f} msgs/s over {count:,}; {requests}/{len(full)} are requests")
    # A real mailbox is mostly ordinary mail: time that part alone too.
    ordinary = [m for m, v in zip(full, verdicts, strict=True) if not v.is_request and not v.needs_review]
    rate, count = _rate(classify, ordinary, profile)
    print(f"classify:  {rate:>9,.0f} msgs/s over {count:,} on the {len(ordinary)} ordinary (non-request) messages")
    slowest = sorted(full, key=lambda m: len(m.text))[-5:]
    t0 = time.perf_counter()
    for msg in slowest:
        classify(msg, profile)
    print(f"largest 5 texts: {(time.perf_counter() - t0) / 5 * 1000:.1f} ms each")
    first_pass_shares(profile)


def _first_pass(raw: bytes) -> tuple[bytes, bytes, int]:
    """(header, text prefix, size) as the IMAP first pass fetches them (CRLF line ends)."""
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    cut = raw.find(b"\r\n\r\n")
    if cut < 0:
        return raw + b"\r\n\r\n", b"", len(raw)
    return raw[:cut + 4], raw[cut + 4:cut + 4 + PREFIX], len(raw)


def _ordinary_mail(count: int) -> list[bytes]:
    from tests.integration.dovecot import MailFactory

    factory = MailFactory(seed=2026)
    return [factory.business()[0] for _ in range(count)]


def _negatives() -> list[bytes]:
    from privacydesk.mail.sources import SourceMessage, iter_sources

    return [item.raw for item in iter_sources([CORPORA / "negatives"]) if isinstance(item, SourceMessage)]


def first_pass_shares(profile: object) -> None:
    from privacydesk.domain.anchors import build_anchor_set
    from privacydesk.domain.prescreen import may_need_a_person
    from privacydesk.mail.quicklook import surely_not_request

    t0 = time.perf_counter()
    build_anchor_set(load_classifier_data())  # once per process (anchor_set caches it)
    print(f"request anchors built in {(time.perf_counter() - t0) * 1000:.0f} ms")
    for label, mails in (("ordinary business mail (sync bench generator)", _ordinary_mail(2000)),
                         ("public negative corpora", _negatives())):
        passes = [_first_pass(raw) for raw in mails]
        rounds = max(1, 4000 // len(passes))
        t0 = time.perf_counter()
        for _ in range(rounds):
            for header, text, size in passes:
                surely_not_request(header, text, size=size, received=None)
        look_us = (time.perf_counter() - t0) / (rounds * len(passes)) * 1e6
        parsed = classified = partial = 0
        for header, text, size in passes:
            if surely_not_request(header, text, size=size, received=None) is not None:
                continue
            parsed += 1
            partial += size > len(header) + len(text)
            msg = (parse_message(header + text).message if size <= len(header) + len(text)
                   else parse_partial(header, text, size=size, received=None).message)
            classified += may_need_a_person(msg, profile)  # type: ignore[arg-type]
        n = len(passes)
        print(f"{label}: {n} messages; quick look {look_us:.0f} us/message; parsed {parsed / n:.1%} "
              f"(pass the quick look; {partial / n:.1%} only because the first pass read them in part, "
              f"{(parsed - partial) / n:.1%} read whole and anchored), classified {classified / n:.1%} "
              f"(pass the prefilter)")


if __name__ == "__main__":
    main()
