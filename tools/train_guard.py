"""Train the silence guard (``privacydesk/domain/classify_guard.py``) and write its shipped file.

Deterministic: the same data and code give the same ``resources/classifier/guard.json`` byte for
byte (fixed example order, a fixed pseudo-random shuffle per epoch, no threads).

Training data: every labelled message the project owns —
``tests/data/mail``, ``tests/data/mail-holdout``, ``tests/data/mail-eval{A,B,C,D,F}`` (``labels.toml``,
format in tests/data/mail-holdout/README.md: ``category`` request = 1, negative and automated = 0;
follow-ups and our own outgoing mail are left out: the threading code handles them),
``tests/data/classifier-cases`` and ``tests/data/classifier-net`` (``request`` true/false) and the
public request letters ``tests/data/corpora/requests-public`` (all requests). The public negative
corpora (``tests/data/corpora/negatives`` and ``mime``) are NOT trained on: they measure the share of
ordinary mail sent to review (``bench/evaluate.py``, ``bench/guard_cv.py``).

The model: logistic regression over the features of ``classify_guard.feature_vector`` (words, word
pairs, hashed character grams, length-normalised), classes weighted to balance, L2-regularised,
fitted by AdaGrad stochastic gradient descent.

Run: ``.venv/bin/python tools/train_guard.py`` (writes the file), ``--check`` (exit 1 when the
shipped file is not what the current data and code build).
"""

from __future__ import annotations

import argparse
import array
import math
import random
import sys
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.evaluate import letter  # noqa: E402
from privacydesk.domain import classify_guard, classify_guard_types  # noqa: E402
from privacydesk.domain.classify_data import load_classifier_data  # noqa: E402
from privacydesk.domain.classify_guard import (  # noqa: E402
    BUCKETS,
    GuardModel,
    Units,
    data_hash,
    feature_vector,
    message_units,
)
from privacydesk.domain.classify_guard_types import TYPE_THRESHOLD, TYPES_FILE, TypeHeads, load_type_heads  # noqa: E402
from privacydesk.domain.classify_text import normalise, split_segments  # noqa: E402
from privacydesk.domain.message import ParsedMessage  # noqa: E402
from privacydesk.domain.profile import CompanyProfile, load_profile  # noqa: E402
from privacydesk.domain.vocab import RequestType  # noqa: E402
from privacydesk.mail.parse import parse_message  # noqa: E402
from privacydesk.resources import DEFAULT_PROFILE  # noqa: E402

DATA = ROOT / "tests" / "data"
MAILBOXES = ("mail", "mail-holdout", "mail-evalA", "mail-evalB", "mail-evalC", "mail-evalD", "mail-evalF")
CASES = ("classifier-cases", "classifier-net")
LETTERS = "corpora/requests-public"
# Training settings (part of the data hash: change one, retrain).
EPOCHS = 12
L2 = 3e-3
RATE = 0.3
SEED = 20261
THRESHOLD = 0.75  # request probability at which a dismissed person's mail goes to review (bench/guard_cv.py; 0.7 until set F joined the training data put public ordinary mail over 5 %, 0.72 until the seventh round put it at 5.3 %: no request of sets H–K was reviewed by the guard below 0.84)
MIN_DOCS = 2  # a word or pair kept as text must stand in this many training messages
MIN_WEIGHT = 0.01
TYPE_EPOCHS = 8
MIN_TYPE_EXAMPLES = 8  # labelled requests of a type before it gets a head
TYPE_MIN_WEIGHT = 0.05  # the heads keep fewer words and pairs, and only clear gram weights (file size)
TYPE_GRAM_FLOOR = 4


@dataclass(frozen=True)
class Example:
    source: str  # the set: "mail", "mail-evalA", "classifier-cases", "letters"
    name: str
    label: int  # 1 request, 0 not
    category: str  # request | negative | automated (mailboxes); request | negative (cases)
    units: Units
    msg: ParsedMessage
    meta: dict[str, object]


def _category(label: dict[str, object]) -> str:
    category = str(label.get("category", ""))
    if category:
        return category
    return "request" if label.get("request") or label.get("is_request") else "negative"


def units_of(msg: ParsedMessage, profile: CompanyProfile) -> Units:
    """The units of a parsed message, split as ``classify`` splits it."""
    data = load_classifier_data()
    segments = split_segments(msg.subject, msg.text, data)
    from_own = profile.is_own_address((msg.sender.email or "").lower())
    forward_primary = bool(segments.forwarded) and (
        from_own or (segments.is_forward and len(normalise(segments.new)) < 400))
    return message_units(msg.subject or "", segments, forward_primary)


def training_files(root: Path = DATA) -> list[tuple[str, Path]]:
    """(set name, path) of every file the training reads, in a fixed order."""
    out: list[tuple[str, Path]] = []
    for folder in (*MAILBOXES, *CASES):
        out.append((folder, root / folder / "labels.toml"))
        out += [(folder, p) for p in sorted((root / folder).glob("*.eml"))]
    out += [("letters", p) for p in sorted((root / LETTERS).rglob("*.txt")) if "__" in p.name]
    return out


def load_examples(root: Path = DATA, profile: CompanyProfile | None = None) -> list[Example]:
    profile = profile or load_profile(DEFAULT_PROFILE)
    examples: list[Example] = []
    for folder in (*MAILBOXES, *CASES):
        labels = tomllib.loads((root / folder / "labels.toml").read_text(encoding="utf-8"))
        for name, label in sorted(labels.items()):
            path = root / folder / name
            if not path.exists():
                continue
            category = _category(label)
            if category not in ("request", "negative", "automated"):
                continue  # follow-ups and our own replies: the threading code's business
            msg = parse_message(path.read_bytes()).message
            examples.append(Example(folder, name, int(category == "request"), category, units_of(msg, profile), msg,
                                    dict(label)))
    for path in sorted((root / LETTERS).rglob("*.txt")):
        if "__" not in path.name:
            continue
        msg = letter(path)
        examples.append(Example("letters", path.name, 1, "request", units_of(msg, profile), msg, {}))
    return examples


def current_hash(root: Path = DATA) -> str:
    """The hash of the training data, the training settings and the feature and training code."""
    def chunks() -> Iterable[bytes]:
        yield f"{EPOCHS}|{L2}|{RATE}|{SEED}|{THRESHOLD}|{MIN_DOCS}|{MIN_WEIGHT}|{BUCKETS}|{TYPE_EPOCHS}|{MIN_TYPE_EXAMPLES}|{TYPE_MIN_WEIGHT}|{TYPE_GRAM_FLOOR}".encode()
        for code in (Path(classify_guard.__file__), Path(classify_guard_types.__file__), Path(__file__)):
            yield code.read_bytes().replace(b"\r\n", b"\n")
        for folder, path in training_files(root):
            yield f"{folder}/{path.relative_to(root).as_posix()}".encode()
            yield path.read_bytes()
    return data_hash(chunks())


def train(examples: Sequence[Example], *, threshold: float = THRESHOLD, epochs: int = EPOCHS, l2: float = L2,
          data_hash_value: str = "", labels: Sequence[int] | None = None,
          vectors: Sequence[list[tuple[str, float]]] | None = None, min_weight: float = MIN_WEIGHT,
          gram_floor: int = 0) -> GuardModel:
    """Logistic regression by AdaGrad SGD on the examples (deterministic). ``labels``: other labels
    than request/not (a type head's); ``vectors``: the examples' feature vectors, when already made."""
    if vectors is None:
        vectors = [list(feature_vector(e.units).items()) for e in examples]
    labels = [e.label for e in examples] if labels is None else list(labels)
    positives = sum(labels)
    negatives = len(labels) - positives
    class_weight = {1: len(labels) / (2.0 * max(1, positives)), 0: len(labels) / (2.0 * max(1, negatives))}
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    bias = 0.0
    bias_square = 1e-8
    rng = random.Random(SEED)
    order = list(range(len(examples)))
    for _ in range(epochs):
        rng.shuffle(order)
        for index in order:
            vector = vectors[index]
            z = bias + sum(weights.get(f, 0.0) * v for f, v in vector)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - labels[index]) * class_weight[labels[index]]
            for f, v in vector:
                w = weights.get(f, 0.0)
                grad = g * v + l2 * w
                s = squares.get(f, 1e-8) + grad * grad
                squares[f] = s
                weights[f] = w - RATE * grad / math.sqrt(s)
            bias_square += g * g
            bias -= RATE * g / math.sqrt(bias_square)
    docs: dict[str, int] = {}
    for vector in vectors:
        for f, _ in vector:
            if not f.startswith("g:"):
                docs[f] = docs.get(f, 0) + 1
    words: dict[str, float] = {}
    pairs: dict[str, float] = {}
    gram_values = [0.0] * BUCKETS
    for f, w in weights.items():
        if f.startswith("g:"):
            gram_values[int(f[2:])] = w
        elif docs.get(f, 0) >= MIN_DOCS and abs(w) >= min_weight:
            (words if f.startswith("w:") else pairs)[f[2:]] = round(w, 4)
    top = max((abs(v) for v in gram_values), default=0.0) or 1.0
    scale = top / 127.0
    quantised = (max(-127, min(127, round(v / scale))) for v in gram_values)
    grams = array.array("b", (q if abs(q) > gram_floor else 0 for q in quantised))
    trained_on: dict[str, int] = {}
    for e in examples:
        trained_on[f"{e.source}:{'request' if e.label else 'not_request'}"] = trained_on.get(
            f"{e.source}:{'request' if e.label else 'not_request'}", 0) + 1
    return GuardModel(bias=round(bias, 5), words=words, pairs=pairs, grams=grams, scale=float(f"{scale:.8g}"),
                      threshold=threshold, data_hash=data_hash_value, trained_on=dict(sorted(trained_on.items())))


def typed(examples: Sequence[Example]) -> list[Example]:
    """The requests whose exact type set is labelled (mailboxes and cases; the public letters name
    only their main type, so they stay out of the type heads)."""
    return [e for e in examples if e.label == 1 and e.source != "letters" and e.meta.get("types")]


def train_types(examples: Sequence[Example], *, data_hash_value: str = "") -> TypeHeads:
    """One head per request type over the labelled requests: type in the set = 1, else 0."""
    requests = typed(examples)
    vectors = [list(feature_vector(e.units).items()) for e in requests]
    heads: dict[str, GuardModel] = {}
    for name in (t.value for t in RequestType):
        labels = [int(name in (e.meta.get("types") or ())) for e in requests]
        if sum(labels) < MIN_TYPE_EXAMPLES:
            continue  # too few requests of this type to learn it: the rules alone file it
        heads[name] = train(requests, labels=labels, vectors=vectors, epochs=TYPE_EPOCHS, threshold=TYPE_THRESHOLD,
                            data_hash_value=data_hash_value, min_weight=TYPE_MIN_WEIGHT, gram_floor=TYPE_GRAM_FLOOR)
    return TypeHeads(heads=heads, data_hash=data_hash_value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only check that the shipped file is current")
    parser.add_argument("--out", type=Path, default=classify_guard.GUARD_FILE)
    parser.add_argument("--types-out", type=Path, default=TYPES_FILE)
    args = parser.parse_args(argv)
    wanted = current_hash()
    if args.check:
        shipped = classify_guard.load_guard(args.out)
        heads = load_type_heads(args.types_out)
        ok = shipped is not None and shipped.data_hash == wanted and heads is not None and heads.data_hash == wanted
        print("guard model is current" if ok else "guard model is stale: run tools/train_guard.py")
        return 0 if ok else 1
    examples = load_examples()
    model = train(examples, data_hash_value=wanted)
    args.out.write_text(model.to_json(), encoding="utf-8")
    heads = train_types(examples, data_hash_value=wanted)
    args.types_out.write_text(heads.to_json(), encoding="utf-8")
    print(f"type heads for {len(heads.heads)} types over {len(typed(examples))} typed requests: "
          f"{', '.join(heads.heads)} ({args.types_out.stat().st_size / 1024:.0f} KiB)")
    size = args.out.stat().st_size
    print(f"trained on {len(examples)} messages ({sum(e.label for e in examples)} requests): "
          f"{len(model.words)} words, {len(model.pairs)} pairs, {BUCKETS} gram buckets; "
          f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out} ({size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
