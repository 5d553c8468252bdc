"""The silence guard: a statistical text model, shipped trained, that catches requests worded in
ways no phrase rule knows.

The phrase rules (``classify``) and the safety net (``classify_net``) recognise the wordings and the
vocabulary they were written for. A new writer finds new words, and each unseen set of mail showed
requests the rules dismissed without a trace. The guard is a linear text model (logistic regression)
over the writer's words, word pairs and character 3- to 5-grams of each word (character grams
carry across languages and spellings: "dane", "daten", "datos", "données"), trained on every
labelled message the project owns (``tools/train_guard.py``; the public negative corpora are left
out: they measure ordinary mail). It ships as ``resources/classifier/guard.json``.

Where it acts (``classify``): a person's mail that the rules and the net would dismiss goes to
"To review" when the model's request probability reaches the shipped threshold, with a plain-words
reason naming the words that moved the score (``guard_reason``) and the evidence
``guard:<probability>:<word>|<word>``. It never files a request and never dismisses one: it can
only make a person look.

Features and weights:
- the writer's own new text (and the subject) weighs 1; a signature and a forward below the
  writer's note half (a forward that *is* the mail — our staff forwarding a customer's message — 1);
  quoted earlier messages a quarter, as in the rules;
- each distinct word counts once per message at the weight of the heaviest part it stands in; the
  sum is divided by the square root of the number of words so that a long letter does not score
  higher than a short one for its length alone;
- character grams are hashed into ``BUCKETS`` buckets (quantised to one byte each in the file);
  words and word pairs are kept as text (those seen in at least three training messages), so the
  explanation names the message's own words exactly and never a hash collision.

Scoring is pure Python and cheap: a word's own weight plus its character grams' weights is computed
once per distinct word and cached (``_word_score``), so a message costs one dictionary look-up per
word.
"""

from __future__ import annotations

import array
import base64
import hashlib
import json
import math
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from privacydesk.domain.classify_text import Segments
from privacydesk.resources import resource_path

__all__ = ["GUARD_FILE", "GuardModel", "GuardScore", "guard_reason", "load_guard", "message_units", "score",
           "without_names"]

GUARD_FILE = resource_path("classifier", "guard.json")
FORMAT = 1
BUCKETS = 1 << 18
GRAM_SIZES = (3, 4, 5)
MAX_WORD = 24  # characters of a word whose grams are taken (a CJK run has no spaces)
OWN_CHARS = 4000
SIGNATURE_CHARS = 600
FORWARD_CHARS = 4000
QUOTED_CHARS = 2000
OWN_WEIGHT = 1.0
SIDE_WEIGHT = 0.5  # signature; a forward below the writer's own note
QUOTED_WEIGHT = 0.25
TOP_WORDS = 3
_WORD = re.compile(r"[^\W\d_]{2,}")
# Lines that are the mail's format, not anybody's words: header lines of a forwarded or quoted
# message ("From: …", "Gesendet: …", "Objet : …"), the line that introduces a quote or a forward
# ("On Fri, … wrote:", "---------- Forwarded message ----------"), "Sent from my iPhone". They say
# how the mail travelled, not what the writer wants.
_HEADER_LINE = re.compile(
    r"^[\s>*]*(?:from|sent|to|cc|bcc|date|subject|reply-to|von|gesendet|an|betreff|datum|kopie|de|envoy[ée]|[àa]|"
    r"objet|cc|para|enviado|asunto|fecha|da|inviato|oggetto|data|assunto|enviada|van|verzonden|aan|onderwerp|od|do|"
    r"temat|wys[łl]ano|fr[åa]n|till|skickat|[äa]mne|fra|til|sendt|emne|datum|odesl[áa]no|komu|p[řr]edm[ěe]t)\s?:",
    re.IGNORECASE)
_QUOTE_INTRO = re.compile(
    r"(?:wrote|schrieb|a [ée]crit|escribi[óo]|ha scritto|escreveu|schreef|napisa[łl]\(?a?\)?|skrev|napsal\(?a?\)?)"
    r"\b[^\n]{0,80}:$", re.IGNORECASE)
_FORWARD_MARK = re.compile(
    r"forward|weitergeleitet|transf[ée]r|reenviado|inoltrato|encaminhad|doorgestuurd|original|urspr[üu]ngliche|"
    r"d'origine|przekazan|vidaresänd|videresendt|přeposlan", re.IGNORECASE)
_DEVICE_LINE = re.compile(r"(?:begin forwarded message|sent from my|envoy[ée] de mon|von meinem|enviado desde mi|"
                          r"inviato da|enviado do meu)", re.IGNORECASE)
FORMAT_LINE_MAX = 160  # a longer line is somebody's words


def _format_line(line: str) -> bool:
    """A header, quote-introduction, forward-marker or "Sent from my …" line (see above)."""
    stripped = line.strip().lstrip(">* ").rstrip()
    if not stripped or len(stripped) > FORMAT_LINE_MAX:
        return False
    if _HEADER_LINE.match(stripped) or _DEVICE_LINE.match(stripped):
        return True
    if stripped.endswith(":") and _QUOTE_INTRO.search(stripped):
        return True
    return ("--" in stripped or "__" in stripped) and bool(_FORWARD_MARK.search(stripped))
_CACHE_LIMIT = 200_000


@dataclass(frozen=True)
class Units:
    """A message as the model reads it: each distinct word and word pair with the weight of the
    heaviest part of the mail it stands in."""

    words: dict[str, float]
    pairs: dict[str, float]

    @property
    def size(self) -> float:
        return sum(self.words.values())


def message_units(subject: str, segments: Segments, forward_primary: bool) -> Units:
    """The words and word pairs of a message (see module doc for the part weights)."""
    words: dict[str, float] = {}
    pairs: dict[str, float] = {}
    forward_weight = OWN_WEIGHT if forward_primary else SIDE_WEIGHT
    parts = ((subject, OWN_WEIGHT), (segments.new[:OWN_CHARS], OWN_WEIGHT),
             (segments.signature[:SIGNATURE_CHARS], SIDE_WEIGHT),
             (segments.forwarded[:FORWARD_CHARS], forward_weight), (segments.quoted[:QUOTED_CHARS], QUOTED_WEIGHT))
    for text, weight in parts:
        if not text:
            continue
        if ":" in text or "--" in text or "sent from" in text.lower():
            text = "\n".join(line for line in text.split("\n") if not _format_line(line))
        tokens = _WORD.findall(text.lower())
        previous = ""
        for token in tokens:
            if words.get(token, 0.0) < weight:
                words[token] = weight
            if previous:
                pair = f"{previous} {token}"
                if pairs.get(pair, 0.0) < weight:
                    pairs[pair] = weight
            previous = token
    return Units(words, pairs)


def gram_buckets(word: str) -> list[int]:
    """The hashed character 3-, 4- and 5-grams of ``<word>`` (one entry per occurrence)."""
    marked = f"<{word[:MAX_WORD]}>"
    out = []
    for n in GRAM_SIZES:
        for i in range(len(marked) - n + 1):
            out.append(zlib.crc32(marked[i:i + n].encode("utf-8")) % BUCKETS)
    return out


def feature_vector(units: Units) -> dict[str, float]:
    """The sparse feature vector the model is trained on (``w:word``, ``b:pair``, ``g:<bucket>``),
    already divided by the length norm. Scoring (``score``) computes the same sum faster."""
    norm = _norm(units)
    vector: dict[str, float] = {}
    for word, weight in units.words.items():
        vector["w:" + word] = vector.get("w:" + word, 0.0) + weight / norm
        for bucket in gram_buckets(word):
            key = f"g:{bucket}"
            vector[key] = vector.get(key, 0.0) + weight / norm
    for pair, weight in units.pairs.items():
        vector["b:" + pair] = vector.get("b:" + pair, 0.0) + weight / norm
    return vector


def _norm(units: Units) -> float:
    return math.sqrt(units.size + 1.0)


@dataclass(frozen=True)
class GuardModel:
    """A trained guard: ``bias``, word and pair weights, quantised gram weights (``grams[i] * scale``),
    the request-probability ``threshold`` at which a dismissed message goes to review, and the hash
    of the training data it was built from (``data_hash``, checked by a test)."""

    bias: float
    words: dict[str, float]
    pairs: dict[str, float]
    grams: array.array  # type: ignore[type-arg]  # signed bytes, one per bucket
    scale: float
    threshold: float
    data_hash: str = ""
    trained_on: dict[str, int] = field(default_factory=dict)
    _scores: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    def word_score(self, word: str) -> float:
        """The word's own weight plus its character grams' (cached per model)."""
        cached = self._scores.get(word)
        if cached is None:
            grams = self.grams
            cached = self.words.get(word, 0.0) + self.scale * sum(grams[b] for b in gram_buckets(word))
            if len(self._scores) >= _CACHE_LIMIT:
                self._scores.clear()
            self._scores[word] = cached
        return cached

    def to_json(self) -> str:
        payload = {
            "format": FORMAT,
            "about": "PrivacyDesk silence guard (privacydesk/domain/classify_guard.py); built by "
                     "tools/train_guard.py - do not edit by hand",
            "data_hash": self.data_hash,
            "trained_on": self.trained_on,
            "threshold": self.threshold,
            "bias": round(self.bias, 5),
            "buckets": BUCKETS,
            "gram_sizes": list(GRAM_SIZES),
            "scale": self.scale,
            "grams": base64.b64encode(zlib.compress(self.grams.tobytes(), 9)).decode("ascii"),
            "words": {w: round(v, 4) for w, v in sorted(self.words.items())},
            "pairs": {p: round(v, 4) for p, v in sorted(self.pairs.items())},
        }
        return json.dumps(payload, ensure_ascii=False, indent=0, sort_keys=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> GuardModel:
        payload = json.loads(text)
        if payload.get("format") != FORMAT or payload.get("buckets") != BUCKETS or tuple(
                payload.get("gram_sizes", ())) != GRAM_SIZES:
            raise ValueError("guard model file of another format")
        grams = array.array("b")
        grams.frombytes(zlib.decompress(base64.b64decode(payload["grams"])))
        if len(grams) != BUCKETS:
            raise ValueError("guard model file has the wrong number of gram buckets")
        return cls(bias=float(payload["bias"]), words=dict(payload["words"]), pairs=dict(payload["pairs"]),
                   grams=grams, scale=float(payload["scale"]), threshold=float(payload["threshold"]),
                   data_hash=str(payload.get("data_hash", "")), trained_on=dict(payload.get("trained_on", {})))


@dataclass(frozen=True)
class GuardScore:
    probability: float
    words: tuple[str, ...]  # the message's own words that pushed most toward "request", strongest first

    @property
    def evidence(self) -> str:
        return f"guard:{self.probability:.2f}:" + "|".join(self.words)


def score(model: GuardModel, units: Units) -> GuardScore:
    """The model's request probability for a message, and the words that moved it most."""
    total = 0.0
    moved: list[tuple[float, str]] = []
    for word, weight in units.words.items():
        contribution = weight * model.word_score(word)
        total += contribution
        if contribution > 0 and len(word) >= 3 and model.words.get(word, 0.0) > 0:
            moved.append((contribution, word))
    pairs = model.pairs
    for pair, weight in units.pairs.items():
        value = pairs.get(pair)
        if value is not None:
            total += weight * value
    z = model.bias + total / _norm(units)
    probability = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    moved.sort(key=lambda item: (-item[0], item[1]))
    return GuardScore(probability, tuple(word for _, word in moved[:TOP_WORDS]))


def without_names(result: GuardScore, text: str) -> GuardScore:
    """``result`` with the words that stand only capitalised inside a sentence of ``text`` left out
    of the explanation (a person's or a town's name: "Kowalczyk", "Bristol" tell staff nothing).
    The probability is unchanged."""
    kept = []
    for word in result.words:
        uses = [m for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)]
        names = [m for m in uses if m.group(0)[:1].isupper() and m.start() > 0
                 and not re.search(r"(?:^|[.!?:]\s*|\n\s*)$", text[max(0, m.start() - 3):m.start()])]
        if not uses or len(names) < len(uses):
            kept.append(word)
    return GuardScore(result.probability, tuple(kept))


def guard_reason(result: GuardScore) -> str:
    """The plain-words reason a person should look."""
    if result.words:
        quoted = ", ".join(f"\u201c{word}\u201d" for word in result.words)
        return (f"It reads like a privacy request in words the rules do not know (words such as {quoted}). "
                "Please decide.")
    return "It reads like a privacy request in words the rules do not know. Please decide."


@lru_cache(maxsize=4)
def _load(path: Path) -> GuardModel | None:
    try:
        return GuardModel.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError, zlib.error):
        return None


def load_guard(path: Path | None = None) -> GuardModel | None:
    """The shipped guard (read once), or None when the file is missing or unreadable — then the
    rules and the net decide alone."""
    return _load(path or GUARD_FILE)


def data_hash(chunks: Iterable[bytes]) -> str:
    """The hash of the training data (file names, labels and bytes, in order)."""
    h = hashlib.sha256()
    for chunk in chunks:
        h.update(len(chunk).to_bytes(8, "big"))
        h.update(chunk)
    return h.hexdigest()
