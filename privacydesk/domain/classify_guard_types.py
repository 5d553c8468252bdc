"""The guard's type heads: which request types a message the silence guard is sure of asks for.

The silence guard (``classify_guard``) says whether a message reads like a request; on its own it
can only send mail to review, because a request is filed with its types. These heads are the same
kind of model (logistic regression over the same words, word pairs and character grams), one per
request type, trained only on labelled requests (``tools/train_guard.py``): "given that this is a
request, does it ask for deletion? for access? …". They ship as
``resources/classifier/guard-types.json``.

Where they act (``classify``): a person's mail that the rules and the net did not file, in which the
writer asks (a framing word such as "please" or "I want" in a first-person sentence), that meets a
request anchor, that no phishing sign marks, and that the guard scores at or above its filing
threshold (``FILE_THRESHOLD``, far above the review threshold: ``bench/guard_cv.py`` measures both)
is filed with the types whose head says yes — evidence ``guard-file:<probability>`` and
``guard-type:<type>:<probability>:<words>`` naming the words behind each type. When no head says
yes it stays in review: a request is never filed without a type a person can read.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from privacydesk.domain.classify_guard import GuardModel, Units, score
from privacydesk.resources import resource_path

__all__ = ["FILE_THRESHOLD", "TYPES_FILE", "TypeGuess", "TypeHeads", "guess_types", "load_type_heads"]

TYPES_FILE = resource_path("classifier", "guard-types.json")
FORMAT = 1
# The guard's request probability at which a message no rule filed is filed by the model
# (bench/guard_cv.py: leave-one-set-out, hard negatives scored this high stay under 1 %).
FILE_THRESHOLD = 0.95
TYPE_THRESHOLD = 0.5  # the likeliest type's head must say at least this
MORE_TYPES_THRESHOLD = 0.8  # ... and each further type's this (the heads are over-sure of second types)


@dataclass(frozen=True)
class TypeHeads:
    """One model per request type (``GuardModel``; its ``threshold`` unused), and the hash of the
    training data they were built from (the guard's, checked by a test)."""

    heads: dict[str, GuardModel]
    data_hash: str = ""

    def to_json(self) -> str:
        payload = {
            "format": FORMAT,
            "about": "PrivacyDesk guard type heads (privacydesk/domain/classify_guard_types.py); built by "
                     "tools/train_guard.py - do not edit by hand",
            "data_hash": self.data_hash,
            "heads": {name: json.loads(head.to_json()) for name, head in sorted(self.heads.items())},
        }
        return json.dumps(payload, ensure_ascii=False, indent=0) + "\n"

    @classmethod
    def from_json(cls, text: str) -> TypeHeads:
        payload = json.loads(text)
        if payload.get("format") != FORMAT:
            raise ValueError("guard type file of another format")
        heads = {name: GuardModel.from_json(json.dumps(head)) for name, head in payload["heads"].items()}
        return cls(heads=heads, data_hash=str(payload.get("data_hash", "")))


@dataclass(frozen=True)
class TypeGuess:
    request_type: str
    probability: float
    words: tuple[str, ...]

    @property
    def evidence(self) -> str:
        return f"guard-type:{self.request_type}:{self.probability:.2f}:" + "|".join(self.words)


def guess_types(heads: TypeHeads, units: Units) -> tuple[TypeGuess, ...]:
    """The types whose head says yes, most likely first: the likeliest at ``TYPE_THRESHOLD``, any
    further one at ``MORE_TYPES_THRESHOLD``."""
    guesses = []
    for name, head in heads.heads.items():
        result = score(head, units)
        if result.probability >= TYPE_THRESHOLD:
            guesses.append(TypeGuess(name, result.probability, result.words))
    guesses.sort(key=lambda g: (-g.probability, g.request_type))
    return tuple(g for i, g in enumerate(guesses) if i == 0 or g.probability >= MORE_TYPES_THRESHOLD)


@lru_cache(maxsize=4)
def _load(path: Path) -> TypeHeads | None:
    try:
        return TypeHeads.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError, zlib.error):
        return None


def load_type_heads(path: Path | None = None) -> TypeHeads | None:
    """The shipped type heads (read once), or None when missing or unreadable — then the guard only
    ever sends mail to review."""
    return _load(path or TYPES_FILE)
