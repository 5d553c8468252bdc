"""Measurement (not a test): how the classifier does on labelled mailboxes and public corpora.

For every labelled mailbox given (a folder with ``labels.toml`` + ``*.eml``, the format of
tests/data/mail-holdout/README.md) it prints, from the pure classifier alone (no database):

- requests: filed (``is_request``), in review, **silent** (neither: a deadline nobody knows of);
  filed recall over requests not written in Japanese, Chinese or Korean (for those review is enough);
- precision of filing over requests, hard negatives and automated mail (follow-ups and our own
  outgoing mail are the threading code's business and left out);
- exact request-type set over filed true requests;
- hard negatives in review, and automated mail filed;
- phishing (a negative whose name or note says so) filed.

Then the public corpora (tests/data/corpora): the request letters (filed / review / silent, main
type found) and the ordinary mail (negatives and the MIME torture set): review share and false
requests together, which must stay at most 5 %.

Run: ``.venv/bin/python bench/evaluate.py [FOLDER ...]`` (default: tests/data/mail,
tests/data/mail-holdout and tests/data/classifier-cases). ``--misses`` lists the files behind each
figure — never use it on a set you measure with (see the README of each held-out set).
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from privacydesk.domain.classify import classify
from privacydesk.domain.message import Address, Classification, ParsedMessage
from privacydesk.domain.profile import CompanyProfile, load_profile
from privacydesk.mail.parse import parse_message
from privacydesk.mail.sources import SourceMessage, iter_sources
from privacydesk.resources import DEFAULT_PROFILE

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
CORPORA = DATA / "corpora"
REVIEW_ONLY_LANGUAGES = {"ja", "zh", "ko"}
CLASSIFY_OPTIONS: dict[str, object] = {}  # --no-filing / --no-guard
PREFIX_TYPE = {"access": {"access"}, "know": {"access"}, "erasure": {"deletion"},
               "rectification": {"correction"}, "marketing_unsubscribe": {"opt_out_marketing"},
               "opt_out_sale": {"opt_out_sale"}, "objection": {"objection", "opt_out_marketing"}}


@dataclass
class SetFigures:
    name: str
    requests: int = 0
    filed: int = 0
    review: int = 0
    silent: list[str] = field(default_factory=list)
    recall_base: int = 0  # requests not in ja/zh/ko
    recall_hits: int = 0
    false_requests: list[str] = field(default_factory=list)
    negatives: int = 0
    negatives_review: list[str] = field(default_factory=list)
    automated: int = 0
    automated_filed: list[str] = field(default_factory=list)
    phishing: int = 0
    phishing_filed: list[str] = field(default_factory=list)
    types_exact: int = 0
    wrong_types: list[str] = field(default_factory=list)
    language_ok: int = 0
    misses: list[str] = field(default_factory=list)
    type_confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    def lines(self) -> list[str]:
        filed_true = self.filed
        precision = filed_true / max(1, filed_true + len(self.false_requests))
        out = [
            f"== {self.name}",
            f"  requests {self.requests}: filed {self.filed}, review {self.review}, SILENT {len(self.silent)}; "
            f"filed recall {self.recall_hits / max(1, self.recall_base):.3f} "
            f"(over {self.recall_base} not in ja/zh/ko)",
            f"  precision {precision:.3f} ({len(self.false_requests)} false requests); exact types "
            f"{self.types_exact}/{self.filed} = {self.types_exact / max(1, self.filed):.3f}; language "
            f"{self.language_ok}/{self.requests}",
            f"  hard negatives {self.negatives}: in review {len(self.negatives_review)} = "
            f"{len(self.negatives_review) / max(1, self.negatives):.1%}; automated {self.automated}: filed "
            f"{len(self.automated_filed)}; phishing {self.phishing}: filed {len(self.phishing_filed)}",
        ]
        if self.type_confusion:
            out.append("  type errors (wanted -> got): " + ", ".join(
                f"{a}->{b} x{n}" for (a, b), n in self.type_confusion.most_common()))
        return out


def _category(label: dict[str, object]) -> str:
    category = str(label.get("category", ""))
    if category:
        return category
    return "request" if label.get("request") or label.get("is_request") else "negative"


def evaluate_folder(folder: Path, profile: CompanyProfile) -> SetFigures:
    labels = tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))
    figures = SetFigures(folder.name if folder.name != "A" else str(folder))
    for name, label in sorted(labels.items()):
        path = folder / name
        if not path.exists():
            continue
        got = classify(parse_message(path.read_bytes()).message, profile, **CLASSIFY_OPTIONS)
        category = _category(label)
        if category == "request":
            _score_request(figures, name, label, got)
        elif category in ("negative", "automated"):
            note = f"{name} {label.get('notes', '')} {label.get('why', '')}".lower()
            if category == "automated":
                figures.automated += 1
                if got.is_request:
                    figures.automated_filed.append(name)
            else:
                figures.negatives += 1
                if got.needs_review:
                    figures.negatives_review.append(name)
            if "phish" in note:
                figures.phishing += 1
                if got.is_request:
                    figures.phishing_filed.append(name)
            if got.is_request:
                figures.false_requests.append(name)
    return figures


def _score_request(figures: SetFigures, name: str, label: dict[str, object], got: Classification) -> None:
    figures.requests += 1
    language = str(label.get("language", ""))
    if language not in REVIEW_ONLY_LANGUAGES:
        figures.recall_base += 1
        figures.recall_hits += got.is_request
    if got.language == language:
        figures.language_ok += 1
    if got.is_request:
        figures.filed += 1
        want = sorted(label.get("types", []))  # type: ignore[call-overload]
        if sorted(got.types) == want:
            figures.types_exact += 1
        else:
            figures.wrong_types.append(f"{name}: want {want} got {sorted(got.types)}")
            for t in set(want) ^ set(got.types):
                figures.type_confusion[(t if t in want else "-", t if t in got.types else "-")] += 1
    elif got.needs_review:
        figures.review += 1
        figures.misses.append(f"{name}: {got.review_reason}")
    else:
        figures.silent.append(name)


def letter(path: Path) -> ParsedMessage:
    """A public request letter as the body of a mail (first line "Subject: …" is its subject)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    subject = ""
    if text.startswith("Subject:"):
        first, _, text = text.partition("\n")
        subject = first.removeprefix("Subject:").strip()
    return ParsedMessage(message_id=None, subject=subject, sender=Address("Alex Example", "alex@example.org"),
                         text=text)


def public_letters(profile: CompanyProfile) -> list[str]:
    filed = review = silent = typed = checked = 0
    for path in sorted((CORPORA / "requests-public").rglob("*.txt")):
        if "__" not in path.name:
            continue
        got = classify(letter(path), profile, **CLASSIFY_OPTIONS)
        filed += got.is_request
        review += got.needs_review
        silent += not (got.is_request or got.needs_review)
        prefix = path.name.split("__")[0]
        if prefix in PREFIX_TYPE:
            checked += 1
            typed += got.is_request and bool(PREFIX_TYPE[prefix] & set(got.types))
    total = filed + review + silent
    return [f"== public request letters ({total})",
            f"  filed {filed}, review {review}, SILENT {silent}; main type found {typed}/{checked}"]


def public_ordinary() -> Iterator[ParsedMessage]:
    """The ordinary mail of the public corpora (negatives and the MIME torture set), parsed; the
    reply-parser fixtures are bare bodies."""
    for folder in ("negatives", "mime"):
        for item in iter_sources([CORPORA / folder]):
            if not isinstance(item, SourceMessage):
                continue
            if "github-email_reply_parser" in item.origin:
                yield ParsedMessage(message_id=None, subject="", sender=Address("", "someone@example.net"),
                                    text=item.raw.decode("utf-8", "replace"))
            else:
                yield parse_message(item.raw).message


def ordinary_mail(profile: CompanyProfile) -> list[str]:
    total = review = false = 0
    for msg in public_ordinary():
        got = classify(msg, profile, **CLASSIFY_OPTIONS)
        total += 1
        review += got.needs_review
        false += got.is_request
    return [f"== ordinary mail (public corpora: negatives + mime, {total})",
            f"  review {review}, false requests {false}: {(review + false) / max(1, total):.1%} (target <= 5 %)"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--misses", action="store_true", help="list the files behind each figure")
    parser.add_argument("--no-filing", action="store_true", help="the guard only reviews (its type heads off)")
    parser.add_argument("--no-guard", action="store_true", help="the rules and the net alone")
    args = parser.parse_args(argv)
    if args.no_filing or args.no_guard:
        CLASSIFY_OPTIONS["type_heads"] = None
    if args.no_guard:
        CLASSIFY_OPTIONS["guard"] = None
    profile = load_profile(DEFAULT_PROFILE)
    folders = args.folders or [DATA / "mail", DATA / "mail-holdout", DATA / "classifier-cases"]
    for folder in folders:
        figures = evaluate_folder(folder, profile)
        print("\n".join(figures.lines()))
        if args.misses:
            for title, items in (("silent", figures.silent), ("request in review", figures.misses), ("false", figures.false_requests),
                                 ("types", figures.wrong_types), ("negative in review", figures.negatives_review),
                                 ("phishing filed", figures.phishing_filed)):
                for item in items:
                    print(f"    {title}: {item}")
    print("\n".join(public_letters(profile)))
    print("\n".join(ordinary_mail(profile)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
