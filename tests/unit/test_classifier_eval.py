"""The classifier against labelled mail: the issue-4 targets, with a confusion summary printed.

Three sources:
- ``tests/data/mail/*.eml`` + ``labels.toml`` (hand-written, labelled): recall >= 0.97 and precision
  >= 0.95 on requests vs. negatives/automated (follow-ups and our outgoing mail are left out: the
  threading code handles them), exact type set >= 0.85 on true requests, zero automated mail
  classified as a request. Requester email and language accuracy are printed and held to a floor.
- ``shared/corpora/requests-public/*.txt``: request letters (bodies only) wrapped in a minimal
  message; the file-name prefix names the main type, which must be among the types found.
- ``shared/corpora/negatives/``: ordinary mail; none may be a request.

Run with ``-s`` to see the summary.

NOT held-out figures: the silence guard (``domain/classify_guard.py``) is trained on every labelled
set asserted here (tools/train_guard.py), so what it adds on them is a training figure. Its held-out
figures come from leave-one-set-out cross-validation, ``bench/guard_cv.py`` (docs/architecture.md). The rules were written from the public corpora and the request
shapes, not from these files (see tests/data/mail/README.md: "Do not tune on this set").
"""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from privacydesk.domain.classify import classify
from privacydesk.domain.message import Address, Classification, ParsedMessage
from privacydesk.domain.profile import CompanyProfile, load_profile
from privacydesk.mail.parse import parse_message
from privacydesk.resources import DEFAULT_PROFILE

ROOT = Path(__file__).resolve().parents[2]
MAIL_DIR = ROOT / "tests" / "data" / "mail"
HOLDOUT_DIR = ROOT / "tests" / "data" / "mail-holdout"
CORPORA = ROOT / "tests" / "data" / "corpora"  # vendored public corpora
PUBLIC_REQUESTS = CORPORA / "requests-public"
NEGATIVES = CORPORA / "negatives"

# File-name prefix of the public letters -> the request type that must be found.
PREFIX_TYPE = {
    "access": {"access"},
    "know": {"access"},
    "erasure": {"deletion"},
    "rectification": {"correction"},
    "marketing_unsubscribe": {"opt_out_marketing"},
    "opt_out_sale": {"opt_out_sale"},
    # Art. 21 letters: an objection to direct marketing is filed as a marketing opt-out.
    "objection": {"objection", "opt_out_marketing"},
}


@pytest.fixture(scope="module")
def profile() -> CompanyProfile:
    return load_profile(DEFAULT_PROFILE)


@dataclass
class Report:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    automated_as_request: list[str] = field(default_factory=list)
    automated_kind_ok: int = 0
    automated_total: int = 0
    type_exact: int = 0
    type_total: int = 0
    email_ok: int = 0
    email_total: int = 0
    lang_ok: int = 0
    lang_total: int = 0
    regime_exact: int = 0
    form_ok: int = 0
    form_total: int = 0
    misses: list[str] = field(default_factory=list)
    type_confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def recall(self) -> float:
        return self.tp / max(1, self.tp + self.fn)

    @property
    def precision(self) -> float:
        return self.tp / max(1, self.tp + self.fp)

    @property
    def type_accuracy(self) -> float:
        return self.type_exact / max(1, self.type_total)

    def summary(self, details: bool = True) -> str:
        lines = [
            f"requests: tp={self.tp} fn={self.fn} fp={self.fp} tn={self.tn} "
            f"recall={self.recall:.3f} precision={self.precision:.3f}",
            f"exact type set: {self.type_exact}/{self.type_total} = {self.type_accuracy:.3f}; "
            f"exact regime set: {self.regime_exact}/{self.type_total}",
            f"requester email: {self.email_ok}/{self.email_total}; language: {self.lang_ok}/{self.lang_total}; "
            f"form flag: {self.form_ok}/{self.form_total}",
            f"automated: kind right {self.automated_kind_ok}/{self.automated_total}, "
            f"as request {len(self.automated_as_request)}",
        ]
        if self.type_confusion:
            lines.append("type confusion (expected -> got): " + ", ".join(
                f"{e}->{g} x{n}" for (e, g), n in self.type_confusion.most_common()))
        if details:
            lines += ["  " + m for m in self.misses]
        return "\n".join(lines)


def load_labels(folder: Path = MAIL_DIR) -> dict[str, dict[str, object]]:
    with (folder / "labels.toml").open("rb") as fh:
        return tomllib.load(fh)


def evaluate_mailbox(profile: CompanyProfile, folder: Path = MAIL_DIR) -> Report:
    report = Report()
    for name, label in sorted(load_labels(folder).items()):
        path = folder / name
        if not path.exists():
            continue
        result = classify(parse_message(path.read_bytes()).message, profile)
        _score(report, name, label, result)
    return report


def _score(report: Report, name: str, label: dict[str, object], got: Classification) -> None:
    category = str(label.get("category", ""))
    if category in ("request", "negative", "automated"):
        want = bool(label.get("is_request"))
        if want and got.is_request:
            report.tp += 1
        elif want:
            report.fn += 1
            report.misses.append(f"MISSED {name}: review={got.needs_review} {list(got.evidence)[:6]}")
        elif got.is_request:
            report.fp += 1
            report.misses.append(f"FALSE {name}: types={list(got.types)} {list(got.evidence)[:6]}")
        else:
            report.tn += 1
    if category == "automated":
        report.automated_total += 1
        if got.automated == (label.get("automated") or None):
            report.automated_kind_ok += 1
        else:
            report.misses.append(f"AUTOMATED-KIND {name}: want={label.get('automated')} got={got.automated}")
        if got.is_request:
            report.automated_as_request.append(name)
    if category in ("negative", "request") and (label.get("automated") or None) != got.automated:
        report.misses.append(f"AUTOMATED-KIND {name}: want={label.get('automated')!r} got={got.automated}")
    if category != "request":
        return
    want_types = sorted(label.get("types", []))  # type: ignore[call-overload]
    report.type_total += 1
    if got.is_request and sorted(got.types) == want_types:
        report.type_exact += 1
    elif got.is_request:
        report.misses.append(f"TYPES {name}: want={want_types} got={sorted(got.types)}")
        for t in set(want_types) ^ set(got.types):
            report.type_confusion[(t if t in want_types else "-", t if t in got.types else "-")] += 1
    if sorted(label.get("regimes", [])) == sorted(got.regimes):  # type: ignore[call-overload]
        report.regime_exact += 1
    else:
        report.misses.append(f"REGIMES {name}: want={sorted(label.get('regimes', []))} "  # type: ignore[call-overload]
                             f"got={list(got.regimes)}")
    requester = label.get("requester") or {}
    want_email = str(requester.get("email", "")).lower() if isinstance(requester, dict) else ""
    if want_email:
        report.email_total += 1
        got_email = (got.requester.email or "") if got.requester else ""
        if got_email == want_email:
            report.email_ok += 1
        else:
            report.misses.append(f"EMAIL {name}: want={want_email} got={got_email}")
    report.lang_total += 1
    if got.language == label.get("language"):
        report.lang_ok += 1
    else:
        report.misses.append(f"LANG {name}: want={label.get('language')} got={got.language}")
    report.form_total += 1
    if got.form == bool(label.get("form")):
        report.form_ok += 1
    else:
        report.misses.append(f"FORM {name}: want={label.get('form')} got={got.form}")


@pytest.mark.skipif(not (MAIL_DIR / "labels.toml").exists(), reason="labelled mailbox not present")
def test_labelled_mailbox_meets_issue_targets(profile: CompanyProfile) -> None:
    report = evaluate_mailbox(profile)
    print("\n" + report.summary())
    assert report.tp + report.fn > 0, "no labelled requests found"
    assert report.automated_as_request == []
    assert report.recall >= 0.97
    assert report.precision >= 0.95
    assert report.type_accuracy >= 0.85
    assert report.email_ok >= 0.9 * report.email_total
    assert report.lang_ok >= 0.9 * report.lang_total


@pytest.mark.skipif(not (HOLDOUT_DIR / "labels.toml").exists(), reason="held-out mailbox not present")
def test_held_out_mailbox_meets_issue_targets(profile: CompanyProfile) -> None:
    """The second, independently written mailbox (never tuned on; see its README)."""
    report = evaluate_mailbox(profile, HOLDOUT_DIR)
    # Figures only: file names of held-out misses would invite tuning against the held-out set.
    print("\nheld-out mailbox:\n" + report.summary(details=False))
    assert report.automated_as_request == []
    assert report.recall >= 0.97
    assert report.precision >= 0.95
    assert report.type_accuracy >= 0.85


def _letter(path: Path) -> ParsedMessage:
    """A request letter body wrapped as if a person had mailed it to the company."""
    text = path.read_text(encoding="utf-8", errors="replace")
    subject = ""
    if text.startswith("Subject:"):
        first, _, text = text.partition("\n")
        subject = first.removeprefix("Subject:").strip()
    return ParsedMessage(message_id=f"<{path.stem}@corpus.invalid>", subject=subject,
                         sender=Address("Alex Example", "alex@example.org"), text=text)


def _public_letters() -> list[Path]:
    return sorted(p for p in PUBLIC_REQUESTS.rglob("*.txt") if "__" in p.name)


def test_public_request_letters_are_requests_of_their_type(profile: CompanyProfile) -> None:
    failures = []
    checked = 0
    for path in _public_letters():
        prefix = path.name.split("__")[0]
        got = classify(_letter(path), profile)
        if prefix == "other":
            continue  # reminders, complaints to a regulator, agent appointments: no fixed type
        checked += 1
        expected = PREFIX_TYPE[prefix]
        if not got.is_request or not (expected & set(got.types)):
            failures.append(f"{path.relative_to(PUBLIC_REQUESTS)}: request={got.is_request} "
                            f"types={list(got.types)} {list(got.evidence)[:5]}")
    print(f"\npublic letters: {checked - len(failures)}/{checked} recognised with their type")
    assert checked > 40
    assert failures == []


def _negative_messages() -> list[tuple[str, ParsedMessage]]:
    out = []
    for path in sorted(NEGATIVES.rglob("*")):
        if path.suffix not in (".eml", ".txt") or path.name == "SOURCES.tsv":
            continue
        raw = path.read_bytes()
        if path.parent.name == "github-email_reply_parser":  # body-only samples
            msg = ParsedMessage(message_id=None, subject="", sender=Address("", "someone@example.net"),
                                text=raw.decode("utf-8", "replace"))
        else:
            msg = parse_message(raw).message
        out.append((str(path.relative_to(NEGATIVES)), msg))
    return out


def test_public_negatives_are_not_requests(profile: CompanyProfile) -> None:
    wrong = []
    messages = _negative_messages()
    for name, msg in messages:
        got = classify(msg, profile)
        if got.is_request:
            wrong.append(f"{name}: {list(got.types)} {list(got.evidence)[:5]}")
    print(f"\npublic negatives: {len(messages) - len(wrong)}/{len(messages)} not requests")
    assert len(messages) > 20
    assert wrong == []


EVAL_A_DIR = ROOT / "tests" / "data" / "mail-evalA"
EVAL_B_DIR = ROOT / "tests" / "data" / "mail-evalB"
EVAL_C_DIR = ROOT / "tests" / "data" / "mail-evalC"
EVAL_D_DIR = ROOT / "tests" / "data" / "mail-evalD"
EVAL_F_DIR = ROOT / "tests" / "data" / "mail-evalF"
REVIEW_ONLY_LANGUAGES = {"ja", "zh", "ko"}
# Requests of set C outside ja/zh/ko that reach review but are not filed (tuned on; see its README):
# a Czech access letter and a Norwegian one the rules read too weakly, a Maryland "limit its use"
# and a parent's take-down without the rules' words, a Romanian letter in a language without rules.
SET_C_REVIEW_ONLY = 5


@dataclass
class SetScore:
    """One vendored set through the pure classifier: the files behind each figure."""

    silent: list[str] = field(default_factory=list)
    unfiled: list[str] = field(default_factory=list)  # outside ja/zh/ko, not filed
    wrong_types: list[str] = field(default_factory=list)
    false_requests: list[str] = field(default_factory=list)
    phishing_filed: list[str] = field(default_factory=list)
    negatives_in_review: list[str] = field(default_factory=list)
    filed: int = 0
    negatives: int = 0

    def summary(self, name: str) -> str:
        return (f"set {name} (tuned on): filed {self.filed}, silent {len(self.silent)}, exact types "
                f"{self.filed - len(self.wrong_types)}/{self.filed}, hard negatives in review "
                f"{len(self.negatives_in_review)}/{self.negatives}")

    @property
    def exact_types(self) -> float:
        return (self.filed - len(self.wrong_types)) / self.filed


def score_set(folder: Path, profile: CompanyProfile) -> SetScore:
    score = SetScore()
    for name, label in sorted(load_labels(folder).items()):
        category = label["category"]
        if category not in ("request", "negative", "automated"):
            continue
        got = classify(parse_message((folder / name).read_bytes()).message, profile)
        if category == "request":
            if not (got.is_request or got.needs_review):
                score.silent.append(name)
            if not got.is_request and label["language"] not in REVIEW_ONLY_LANGUAGES:
                score.unfiled.append(name)
            if got.is_request:
                score.filed += 1
                if sorted(got.types) != sorted(label["types"]):  # type: ignore[call-overload]
                    score.wrong_types.append(name)
        else:
            if got.is_request:
                score.false_requests.append(name)
                if "phish" in f"{name} {label.get('notes', '')}".lower():
                    score.phishing_filed.append(name)
            if category == "negative":
                score.negatives += 1
                if got.needs_review:
                    score.negatives_in_review.append(name)
    print("\n" + score.summary(folder.name.removeprefix("mail-eval")))
    return score


def test_development_set_a_keeps_the_figures_reached(profile: CompanyProfile) -> None:
    """Issue 10's development set (tuned on in its second round; see its README): a regression
    fixture at the figures reached there — no request silent, every request outside ja/zh/ko filed,
    exact types >= 0.97, no false request, no phishing or automated mail filed, hard negatives in
    review <= 15 %. These say nothing about unseen mail; fresh sets do."""
    s = score_set(EVAL_A_DIR, profile)
    assert s.silent == []
    assert s.unfiled == []
    assert s.exact_types >= 0.97, s.wrong_types
    assert s.false_requests == []
    assert len(s.negatives_in_review) <= 0.15 * s.negatives, s.negatives_in_review


def test_set_b_keeps_the_figures_reached(profile: CompanyProfile) -> None:
    """Issue 10's third-round set (held out once, then tuned on; see its README): a regression
    fixture at the figures reached — no request silent, every request outside ja/zh/ko filed, exact
    types >= 0.85, no false request, no phishing or automated mail filed, hard negatives in review
    <= 15 %. These say nothing about unseen mail; fresh sets do."""
    s = score_set(EVAL_B_DIR, profile)
    assert s.filed >= 68
    assert s.silent == []
    assert s.unfiled == []
    assert s.exact_types >= 0.85, s.wrong_types
    assert s.false_requests == [] and s.phishing_filed == []
    assert len(s.negatives_in_review) <= 0.15 * s.negatives, s.negatives_in_review


def test_set_c_keeps_the_figures_reached(profile: CompanyProfile) -> None:
    """Issue 10's fourth-round set (held out once, then tuned on; see its README): no request silent,
    at most the known few outside ja/zh/ko only in review, exact types >= 0.87, no false request, no
    phishing or automated mail filed, hard negatives in review <= 15 %."""
    s = score_set(EVAL_C_DIR, profile)
    assert s.filed >= 63
    assert s.silent == []
    assert len(s.unfiled) <= SET_C_REVIEW_ONLY, s.unfiled
    assert s.exact_types >= 0.87, s.wrong_types
    assert s.false_requests == [] and s.phishing_filed == []
    assert len(s.negatives_in_review) <= 0.15 * s.negatives, s.negatives_in_review


def test_set_d_keeps_the_figures_reached(profile: CompanyProfile) -> None:
    """Issue 10's fifth-round set (held out once, then tuned on; see its README): the figures reached
    with the type-from-the-ask mechanism and own-site form notifications do not fall back: no
    request silent, filed >= 76 of 84, exact types >= 0.86, at most the 2 known false requests (a
    phishing mail and a 2FA lock-out), hard negatives in review at most the 9 of before (4 of them
    phishing, which review is right for). Since the guard files what it is sure of (issue 10,
    seventh round): filed >= 82, the phishing mail no longer filed (in review: 10, 5 of them
    phishing, one a staff forward to our own inbox that a person should see)."""
    s = score_set(EVAL_D_DIR, profile)
    assert s.filed >= 82
    assert s.silent == []
    assert s.exact_types >= 0.86, s.wrong_types
    assert len(s.false_requests) <= 1, s.false_requests
    assert len(s.negatives_in_review) <= 10, s.negatives_in_review


def test_set_f_keeps_the_figures_reached(profile: CompanyProfile) -> None:
    """Issue 10's sixth-round set (held out once, then its silent requests read; see its README; it
    is also training data of the silence guard): no request silent, filed >= 71 of 90, exact types
    >= 0.84, at most the 2 known false requests, no phishing filed, hard negatives in review at most
    11 (5 of them phishing: review is right for them). Since the guard files what it is sure of:
    filed >= 86 (was 71). These say nothing about unseen mail; fresh sets do."""
    s = score_set(EVAL_F_DIR, profile)
    assert s.silent == []
    assert s.filed >= 86
    assert s.exact_types >= 0.84, s.wrong_types
    assert len(s.false_requests) <= 2 and s.phishing_filed == [], s.false_requests
    assert len(s.negatives_in_review) <= 11, s.negatives_in_review
