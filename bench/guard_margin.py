"""Benchmark (not a test): how far the first pass's reading of the silence guard falls short of the
classifier's, over every message we have — the measurement behind ``prescreen.GUARD_MARGIN``.

The first pass (the quick look on raw bytes, the prefilter on a parsed first pass) lets mail that
meets only an anchor's literals through when the guard may send it to review
(``prescreen.guard_may_review``): its probability on the first pass's text (subject + decoded
text) reaches the threshold less the margin. The classifier scores the whole parsed message, read
its own way. This script prints the largest *shortfall* (the whole message's probability minus the
first pass's): over the messages the classifier asks the guard about, and — a larger sample near
the threshold — over every message, requests included, against ``guard_probability`` on the whole
parsed message (which it checks equals the classifier's own on every message the guard is asked
about: the prefilter reads the parsed message, so its shortfall is that difference). The margin must
exceed the largest shortfall.

Messages: the labelled mailboxes, classifier cases, the public corpora (negatives, MIME; the public
request letters wrapped as plain mail) and 2,000 messages of the sync bench's generator.

Run: .venv/bin/python bench/guard_margin.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from privacydesk.domain import classify as classify_module  # noqa: E402
from privacydesk.domain import prescreen  # noqa: E402
from privacydesk.domain.classify_guard import GuardScore, load_guard  # noqa: E402
from privacydesk.domain.profile import load_profile  # noqa: E402
from privacydesk.mail import quicklook  # noqa: E402
from privacydesk.mail.parse import parse_message  # noqa: E402
from privacydesk.mail.sources import SourceMessage, iter_sources  # noqa: E402
from privacydesk.resources import DEFAULT_PROFILE  # noqa: E402

DATA = ROOT / "tests" / "data"
FOLDERS = ["mail", "mail-holdout", "mail-evalA", "mail-evalB", "mail-evalC", "corpora/mime", "corpora/negatives",
           "classifier-cases", "classifier-net"]
PREFIX = 8192
HEADER = (b"From: A Person <a.person@example.org>\r\nTo: team@3dpros.com\r\nSubject: Hello\r\n"
          b"Message-ID: <letter@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")


def messages() -> list[tuple[str, bytes]]:
    from tests.integration.dovecot import MailFactory

    out = [(item.origin, item.raw) for folder in FOLDERS for item in iter_sources([DATA / folder])
           if isinstance(item, SourceMessage)]
    for path in sorted((DATA / "corpora" / "requests-public").rglob("*.txt")):
        out.append((str(path), HEADER + path.read_bytes()))
    factory = MailFactory(seed=2026)
    out += [(f"generator:business:{i}", factory.business()[0]) for i in range(2000)]
    out += [(f"generator:request:{i}", factory.request()[0]) for i in range(100)]
    return out


def first_pass(raw: bytes) -> tuple[bytes, bytes, int]:
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    cut = raw.find(b"\r\n\r\n")
    if cut < 0:
        return raw + b"\r\n\r\n", b"", len(raw)
    return raw[:cut + 4], raw[cut + 4:cut + 4 + PREFIX], len(raw)


def main() -> None:
    model = load_guard()
    assert model is not None
    profile = load_profile(DEFAULT_PROFILE)
    seen: list[float] = []
    real_score = classify_module.guard_score

    def recording(model_: object, units: object) -> GuardScore:
        result = real_score(model_, units)  # type: ignore[arg-type]
        seen.append(result.probability)
        return result

    classify_module.guard_score = recording  # type: ignore[assignment]
    looked: list[tuple[str, str, bool]] = []  # subject, the text the guard reads, plain
    real_test = quicklook.text_may_need_a_person

    def look_recording(subject: str, text: str, *, as_read: bool, guard_text: str | None = None) -> bool:
        looked.append((subject, text if guard_text is None else guard_text, as_read))
        return real_test(subject, text, as_read=as_read, guard_text=guard_text)

    quicklook.text_may_need_a_person = look_recording  # type: ignore[assignment]
    rows = []  # (origin, classifier's p or None when not asked, p on the parsed message, quick look's p or None)
    for origin, raw in messages():
        parsed = parse_message(raw).message
        seen.clear()
        classify_module.classify(parsed, profile)
        p_classifier = seen[-1] if seen else None  # None: filed, reviewed, automated, a system sender
        header, text, size = first_pass(raw)
        looked.clear()
        quicklook.surely_not_request(header, text, size=size, received=None)
        p_look = None
        if looked and looked[-1][2]:  # text the quick look made from HTML is never scored
            subject, decoded, _ = looked[-1]
            p_look = prescreen.guard_probability(subject, decoded)
        rows.append((origin, p_classifier, prescreen.guard_probability(parsed.subject, parsed.text), p_look))
    classify_module.guard_score = real_score  # type: ignore[assignment]
    quicklook.text_may_need_a_person = real_test  # type: ignore[assignment]

    threshold = model.threshold
    asked = [row for row in rows if row[1] is not None]
    print(f"guard threshold {threshold}; margin in use {prescreen.GUARD_MARGIN}; {len(rows)} messages, "
          f"the guard asked about {len(asked)} ({sum(row[1] >= threshold for row in asked)} at or above the threshold)")
    print(f"prefilter (guard_probability on the parsed message) vs the classifier's own: largest shortfall "
          f"{max(row[1] - row[2] for row in asked):+.4f} (largest excess {max(row[2] - row[1] for row in asked):+.4f}: "
          f"both readings of a forward are scored)")
    for label, index, subset in (("quick look on plain text vs the classifier, messages the guard is asked about",
                                  1, asked),
                                 ("quick look on plain text vs the parsed message, every message (requests too)",
                                  2, rows)):
        pairs = sorted(((row[index] - row[3], row) for row in subset if row[3] is not None),
                       key=lambda item: -item[0])
        near = [gap for gap, row in pairs if row[index] >= threshold - 0.3]
        print(f"{label}: {len(pairs)}; largest shortfall {pairs[0][0]:+.4f}; on the {len(near)} scored "
              f">= threshold-0.3 by the whole message: {max(near, default=float('nan')):+.4f}")
        for gap, row in pairs[:5]:
            print(f"    {gap:+.4f}  whole message {row[index]:.3f}  quick look {row[3]:.3f}  {row[0]}")


if __name__ == "__main__":
    main()
