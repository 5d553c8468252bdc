"""Measurement (not a test): the silence guard by leave-one-set-out cross-validation.

For each labelled mailbox (mail, mail-holdout, mail-evalA..D) the guard is trained on everything
else the project owns (the other mailboxes, the classifier cases, the safety-net cases, the public
request letters) and the whole classifier is run on the held-out mailbox. Printed per fold, for the
rules and net alone ("before") and with the fold's guard at each threshold ("after"):

- requests: SILENT (neither filed nor in review), filed recall (not ja/zh/ko), precision, exact types;
- hard negatives in review, automated mail filed;
- guard alone: the share of the held-out requests the model scores at or above the threshold
  whatever the rules say, and the share of hard negatives. The rules were tuned on all of these
  sets, so on them they miss nothing and "silent" stays 0 either way; the guard-alone recall is the
  estimate of what the guard catches when the rules meet wording they do not know (unseen writers).

Then the model trained on everything (the shipped one) on the public ordinary mail (negative and
MIME corpora, never trained on): its share in review (with false requests), which must stay <= 5 %.

Run: ``.venv/bin/python bench/guard_cv.py [--thresholds 0.3,0.4,0.5]`` (about two minutes).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from train_guard import MAILBOXES, THRESHOLD, Example, load_examples, train, train_types  # noqa: E402

from bench.evaluate import public_ordinary  # noqa: E402
from privacydesk.domain.classify import classify  # noqa: E402
from privacydesk.domain.classify_guard import GuardModel, load_guard  # noqa: E402
from privacydesk.domain.classify_guard import score as guard_score  # noqa: E402
from privacydesk.domain.message import Classification  # noqa: E402
from privacydesk.domain.profile import CompanyProfile, load_profile  # noqa: E402
from privacydesk.resources import DEFAULT_PROFILE  # noqa: E402

CORPORA = ROOT / "tests" / "data" / "corpora"
REVIEW_ONLY = {"ja", "zh", "ko"}


@dataclass
class Row:
    example: Example
    rules: Classification  # the verdict without the guard
    guard_p: float | None  # the guard's probability when it was asked (a dismissed person's mail past the gate)
    alone_p: float  # the guard's probability whatever the rules said


@dataclass
class Figures:
    requests: int = 0
    silent: int = 0
    filed: int = 0
    recall_base: int = 0
    recall_hits: int = 0
    false: int = 0
    exact: int = 0
    negatives: int = 0
    negatives_review: int = 0
    automated: int = 0
    automated_filed: int = 0
    alone_requests: int = 0
    alone_negatives: int = 0
    guard_reviews: list[str] = field(default_factory=list)

    def line(self) -> str:
        precision = self.filed / max(1, self.filed + self.false)
        return (f"silent {self.silent:2d}/{self.requests:<3d} recall {self.recall_hits / max(1, self.recall_base):.3f} "
                f"precision {precision:.3f} types {self.exact / max(1, self.filed):.3f} "
                f"hardneg-review {self.negatives_review / max(1, self.negatives):5.1%} "
                f"auto-filed {self.automated_filed} | guard alone: requests "
                f"{self.alone_requests / max(1, self.requests):5.1%} hardneg {self.alone_negatives / max(1, self.negatives):5.1%}")


def figures(rows: list[Row], threshold: float | None) -> Figures:
    out = Figures()
    for row in rows:
        got = row.rules
        review = got.needs_review or (threshold is not None and row.guard_p is not None and row.guard_p >= threshold)
        alone = threshold is not None and row.alone_p >= threshold
        label = row.example.meta
        if row.example.category == "request":
            out.requests += 1
            out.alone_requests += alone
            if str(label.get("language", "")) not in REVIEW_ONLY:
                out.recall_base += 1
                out.recall_hits += got.is_request
            if got.is_request:
                out.filed += 1
                out.exact += sorted(got.types) == sorted(label.get("types", []))  # type: ignore[call-overload]
            elif not review:
                out.silent += 1
        else:
            if row.example.category == "automated":
                out.automated += 1
                out.automated_filed += got.is_request
            else:
                out.negatives += 1
                out.negatives_review += review and not got.is_request
                out.alone_negatives += alone
            out.false += got.is_request
    return out


def run_fold(examples: list[Example], held: str, profile: CompanyProfile) -> list[Row]:
    model = train([e for e in examples if e.source != held])
    probe = replace(model, threshold=0.0)  # ask the guard on every candidate; thresholds applied here
    rows = []
    for e in examples:
        if e.source != held:
            continue
        got = classify(e.msg, profile, guard=probe)
        p = next((float(item.split(":")[1]) for item in got.evidence if item.startswith("guard:")), None)
        if p is not None:  # strip the guard's verdict: the rules' own
            got = replace(got, needs_review=False, review_reason=None,
                          evidence=tuple(i for i in got.evidence if not i.startswith("guard:")))
        rows.append(Row(e, got, p, guard_score(model, e.units).probability))
    return rows


def run_filing_fold(examples: list[Example], held: str, profile: CompanyProfile) -> list[Row]:
    """The held-out mailbox classified as shipped would classify it — the fold's guard reviewing at
    the shipped threshold and filing with the fold's type heads — but trained without it."""
    rest = [e for e in examples if e.source != held]
    model, heads = train(rest), train_types(rest)
    rows = []
    for e in examples:
        if e.source == held:
            got = classify(e.msg, profile, guard=model, type_heads=heads)
            rows.append(Row(e, got, None, guard_score(model, e.units).probability))
    return rows


def ordinary(profile: CompanyProfile, model: GuardModel, thresholds: list[float]) -> list[str]:
    probe = replace(model, threshold=0.0)
    total = base = 0
    probabilities: list[float] = []
    for msg in public_ordinary():
        got = classify(msg, profile, guard=probe)
        p = next((float(i.split(":")[1]) for i in got.evidence if i.startswith("guard:")), None)
        total += 1
        if p is None:
            base += got.needs_review or got.is_request
        else:
            probabilities.append(p)
    out = [f"== public ordinary mail ({total}; never trained on), model trained on everything"]
    out.append(f"  before: review + false requests {base} = {base / max(1, total):.1%}")
    for t in thresholds:
        extra = sum(p >= t for p in probabilities)
        out.append(f"  guard at {t:.2f}: {base + extra} = {(base + extra) / max(1, total):.1%} "
                   f"(+{extra} by the guard)")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--thresholds", default="0.3,0.4,0.5,0.6,0.7")
    parser.add_argument("--filing", action="store_true",
                        help="instead: each fold as shipped (review at the shipped threshold, filing by the type heads)")
    parser.add_argument("--folds", default=",".join(MAILBOXES), help="the mailboxes to hold out in turn")
    args = parser.parse_args(argv)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    profile = load_profile(DEFAULT_PROFILE)
    examples = load_examples(profile=profile)
    folds = [f for f in args.folds.split(",") if f]
    if args.filing:
        return filing(examples, folds, profile)
    print(f"{len(examples)} labelled messages; shipped threshold {THRESHOLD}")
    pooled: list[Row] = []
    for held in folds:
        rows = run_fold(examples, held, profile)
        pooled += rows
        print(f"== fold {held} (trained on the rest)")
        print(f"  before          {figures(rows, None).line()}")
        for t in thresholds:
            print(f"  after  t={t:.2f}  {figures(rows, t).line()}")
    print("== all folds pooled")
    print(f"  before          {figures(pooled, None).line()}")
    for t in thresholds:
        print(f"  after  t={t:.2f}  {figures(pooled, t).line()}")
    shipped = load_guard()
    if shipped is None:
        print("no shipped guard model: run tools/train_guard.py")
        return 1
    print("\n".join(ordinary(profile, shipped, thresholds)))
    return 0


def filing(examples: list[Example], folds: list[str], profile: CompanyProfile) -> int:
    pooled: list[Row] = []
    for held in folds:
        rows = run_filing_fold(examples, held, profile)
        pooled += rows
        print(f"== fold {held} as shipped, trained on the rest: {figures(rows, None).line()}", flush=True)
    print(f"== pooled: {figures(pooled, None).line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
