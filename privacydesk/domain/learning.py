"""Learning from the team's decisions: a small local text model that adjusts the rules' verdict.

Every "This is a request" / "Not a request" / type correction a staff member makes becomes an
example: the message's hashed features and the decision. Like a mail client's junk filter, a naive
Bayes model over word unigrams, word bigrams and character 4-grams of those examples scores a new
message; it only speaks for mail that resembles mail the team decided on (at least
``MIN_SIMILAR`` decided messages share enough of its words), so one "not a request" on an invoice
never silences a deletion request.

What it changes (``adjust``), always with the words that moved the score in the evidence and, for
mail left to a person, a plain-words reason:
- a message the rules would file, the team marked similar ones "not a request": review instead
  (never dismissed outright: the rules saw a request);
- a message in review, the team filed similar ones: filed (types from the rules, else from the
  similar requests); the team dismissed similar ones: not a request;
- a message the rules dismiss, the team filed similar ones: filed when their types are known, else
  review;
- types: when similar requests were all filed with the same types, those types.

Minimisation: only keyed hashes of the features are kept (``features``: blake2b with a random key per
database), never words; the words shown in the evidence come from the message being classified.
Pure: the examples are handed in (``LearnedModel``); storing them is ``services.learning``'s job.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from privacydesk.domain.message import Classification, ParsedMessage

__all__ = ["Example", "LearnedModel", "adjust", "features", "score"]

MAX_FEATURES = 4000
MIN_SIMILAR = 2  # decided messages that must resemble this one before the model speaks
SIMILARITY = 0.25  # share of the word features two messages have in common (Jaccard) to be "similar"
STRONG = 2.0  # log-odds needed to move a verdict
TOP_WORDS = 5
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
REQUEST = "request"
NOT_REQUEST = "not_request"


@dataclass(frozen=True)
class Example:
    """One staff decision: ``label`` is "request" or "not_request"; ``words`` and ``grams`` are the
    hashed word (uni/bigram) and character 4-gram features of the message."""

    label: str
    types: tuple[str, ...]
    words: frozenset[int]
    grams: frozenset[int]


@dataclass(frozen=True)
class LearnedModel:
    key: bytes
    examples: tuple[Example, ...] = ()
    _counts: dict[str, dict[int, int]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        counts: dict[str, dict[int, int]] = {REQUEST: {}, NOT_REQUEST: {}}
        for example in self.examples:
            table = counts[example.label]
            for f in example.words | example.grams:
                table[f] = table.get(f, 0) + 1
        object.__setattr__(self, "_counts", counts)

    def size(self, label: str) -> int:
        return sum(1 for e in self.examples if e.label == label)


@dataclass(frozen=True)
class LearnedScore:
    log_odds: float  # > 0: like the mail the team filed; < 0: like the mail it dismissed
    similar_requests: tuple[Example, ...]
    similar_dismissed: int
    words: tuple[str, ...]  # the message's own words that moved the score most


def _hash(key: bytes, token: str) -> int:
    return int.from_bytes(hashlib.blake2b(token.encode("utf-8"), key=key, digest_size=4).digest(), "big")


def features(subject: str, text: str, key: bytes) -> tuple[frozenset[int], frozenset[int], dict[int, str]]:
    """(word features, character-gram features, hash -> word for explaining) of a message."""
    words = [w.lower() for w in _WORD.findall(f"{subject}\n{text[:6000]}")]
    names: dict[int, str] = {}
    word_features: set[int] = set()
    for index, word in enumerate(words):
        h = _hash(key, "w:" + word)
        names.setdefault(h, word)
        word_features.add(h)
        if index:
            pair = f"{words[index - 1]} {word}"
            h = _hash(key, "b:" + pair)
            names.setdefault(h, pair)
            word_features.add(h)
        if len(word_features) >= MAX_FEATURES:
            break
    grams = {_hash(key, "c:" + w[i:i + 4]) for w in set(words) if len(w) >= 5 for i in range(len(w) - 3)}
    return frozenset(word_features), frozenset(list(grams)[:MAX_FEATURES]), names


def score(model: LearnedModel, words: frozenset[int], grams: frozenset[int], names: dict[int, str]) -> LearnedScore:
    """Naive Bayes log-odds over the features seen in the examples (Laplace-smoothed document
    frequencies; unseen features say nothing), and the decided messages this one resembles."""
    n_req, n_not = model.size(REQUEST), model.size(NOT_REQUEST)
    req, dis = model._counts[REQUEST], model._counts[NOT_REQUEST]
    total = 0.0
    moved: list[tuple[float, int]] = []
    for f in words | grams:
        a, b = req.get(f, 0), dis.get(f, 0)
        if not a and not b:
            continue
        weight = math.log((a + 1) / (n_req + 2)) - math.log((b + 1) / (n_not + 2))
        total += weight * (1.0 if f in words else 0.25)
        if f in names:
            moved.append((weight, f))
    similar_requests = []
    similar_dismissed = 0
    for example in model.examples:
        union = len(words | example.words)
        if union and len(words & example.words) / union >= SIMILARITY:
            if example.label == REQUEST:
                similar_requests.append(example)
            else:
                similar_dismissed += 1
    direction = 1 if total >= 0 else -1
    # Strongest first; among equals the longer (more telling) words, then alphabetical, so the
    # explanation does not depend on the database's random hashing key.
    moved.sort(key=lambda item: (-round(item[0] * direction, 9), -len(names[item[1]]), names[item[1]]))
    top = tuple(dict.fromkeys(names[f] for w, f in moved[:TOP_WORDS * 2] if w * direction > 0))[:TOP_WORDS]
    return LearnedScore(max(-20.0, min(20.0, total)), tuple(similar_requests), similar_dismissed, top)


def adjust(verdict: Classification, msg: ParsedMessage, model: LearnedModel | None) -> Classification:
    """The rules' ``verdict`` adjusted by what the team decided on similar mail (see module doc)."""
    if model is None or not model.examples or verdict.automated is not None:
        return verdict
    if "sender:own-address" in verdict.evidence:
        return verdict
    words, grams, names = features(msg.subject or "", msg.text or "", model.key)
    learned = score(model, words, grams, names)
    quoted = ", ".join(f"\u201c{w}\u201d" for w in learned.words[:3])
    evidence = f"learned:{learned.log_odds:+.1f}:" + "|".join(learned.words)
    filed_like = learned.log_odds >= STRONG and len(learned.similar_requests) >= MIN_SIMILAR
    dismissed_like = learned.log_odds <= -STRONG and learned.similar_dismissed >= MIN_SIMILAR
    types = _learned_types(learned.similar_requests)
    if verdict.is_request:
        if dismissed_like:
            return replace(verdict, is_request=False, types=(), needs_review=True,
                           evidence=(*verdict.evidence, evidence),
                           review_reason=("It reads like a request, but the team marked similar messages as "
                                          f"not requests (words such as {quoted}). Please decide."))
        if filed_like and types and set(types) != set(verdict.types):
            return replace(verdict, types=types, evidence=(*verdict.evidence, evidence, "learned:types"))
        return verdict
    if filed_like and (verdict.types or types):
        return replace(verdict, is_request=True, needs_review=False, review_reason=None,
                       types=tuple(verdict.types or types), evidence=(*verdict.evidence, evidence))
    if filed_like:
        return replace(verdict, needs_review=True, evidence=(*verdict.evidence, evidence),
                       review_reason=("The team filed similar messages as requests "
                                      f"(words such as {quoted}). Please decide."))
    if dismissed_like and verdict.needs_review:
        return replace(verdict, needs_review=False, review_reason=None, evidence=(*verdict.evidence, evidence))
    return verdict


def _learned_types(similar: Iterable[Example]) -> tuple[str, ...]:
    """The types the similar requests were all filed with (empty when they disagree)."""
    sets = {tuple(sorted(e.types)) for e in similar if e.types}
    return next(iter(sets)) if len(sets) == 1 else ()
