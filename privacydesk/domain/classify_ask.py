"""Type from the object of the ask: a request worded in a way no phrase rule foresaw.

The phrase rules (``[[rules.*]]`` of each language file) know how requests are usually worded; a
writer who asks "could you please change it to Hannah Okafor on my account" or "can u delte all my
informaton frm ur sistem" uses none of them. What every such ask has in common is its shape, not its
words: the writer asks ("please", "can you", "I want", "ich möchte", or a sentence that opens with the
verb) for an action (delete, send, correct, stop selling…) on *their own* things (my data, my details,
my account, my name, my phone number). ``find_asks`` looks for that shape with three small word lists
per language (``[ask]``: ``lead``, ``mine``, ``objects``) and verb stems per request type; the verb
gives the type. Verb stems match a word's beginning and tolerate one typo ("delte", "remvoe").

The clause machinery decides whether the writer asks for it (``classify_clause``): a negated verb
("I am not asking you to delete my account"), a report of an earlier ask ("I asked you to delete my
data in May"), a reserved right and a condition ("if you delete my account, …") are no ask. A
sentence about an order, an invoice or a shipment (the net's ``commerce`` words) is a weak ask: it
reaches review, never a request on its own.

Pure and cheap: it runs only when the phrase rules found no request, and only on sentences holding
one of the writer's possessive words followed by an object stem. The object stems and possessive
words are plain literals, so the IMAP first pass has them as anchors (``domain.anchors``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from privacydesk.domain.classify_clause import clause_mode
from privacydesk.domain.classify_data import AskWords, LanguagePack, Phrase

__all__ = ["Ask", "ask_reason", "find_asks"]

OBJECT_REACH = 3  # words after "my" in which its head noun stands ("my old work email")
VERB_BEFORE = 6  # words before "my" in which the verb may stand ("can you please delete all my …")
VERB_AFTER = 4  # words after the object ("meine Daten bitte löschen", "mijn gegevens verwijderen")
FUZZY_MIN = 5  # a verb stem this long may carry one typo
_TOKEN = re.compile(r"[^\W\d_][\w'-]*")
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=[^\s.!?]))+(?:[.!?]+|$)")  # "m.bellini@old.example" is no end
_PLAIN = {
    "deletion": "delete",
    "access": "send or show them",
    "correction": "correct",
    "opt_out_sale": "stop selling or sharing",
    "opt_out_marketing": "stop sending marketing about",
}


@dataclass(frozen=True)
class Ask:
    kind: str  # a request type
    verb: str  # the verb stem of the data that matched
    obj: str  # the object stem
    lang: str

    @property
    def evidence(self) -> str:
        return f'ask:{self.lang}:{self.kind}:"{self.verb}"+"{self.obj}"'


def find_asks(text: str, packs: list[LanguagePack], commerce: Phrase | None = None) -> list[Ask]:
    """The asks in ``text`` (normalised: lower case, a paragraph per line), one per type at most."""
    found: dict[str, Ask] = {}
    for pack in packs:
        words = pack.ask
        if words is None or not any(obj in text for obj in words.objects):
            continue
        for paragraph in text.split("\n"):
            if not any(obj in paragraph for obj in words.objects):
                continue
            antecedent: str | None = None  # the last "my <object>" of the paragraph so far
            for match in _SENTENCE.finditer(paragraph):
                sentence = match.group(0)
                asks = _asks_in(sentence, pack, words, commerce, antecedent)
                antecedent = _last_object(sentence, words)  # a pronoun looks back one sentence only
                for ask in asks:
                    found.setdefault(ask.kind, ask)
    return list(found.values())


def _last_object(sentence: str, words: AskWords) -> str | None:
    tokens = [(m.group(0), m.start()) for m in _TOKEN.finditer(sentence)]
    last = None
    for index, (token, _) in enumerate(tokens):
        if token in words.mine:
            obj = _object(tokens, index, words)
            last = obj[0] if obj else last
    return last


def ask_reason(asks: list[Ask]) -> str | None:
    """Why an ask the rules did not know sends the mail to a person, in plain words."""
    if not asks:
        return None
    what = " and ".join(dict.fromkeys(_PLAIN[a.kind] for a in asks))
    return (f"The writer seems to ask us to {what} their own details, in words the rules do not know. "
            "Please read it and decide.")


def _asks_in(sentence: str, pack: LanguagePack, words: AskWords, commerce: Phrase | None,
             antecedent: str | None) -> list[Ask]:
    """The asks of one sentence; ``antecedent``: the object of a "my <object>" said just before in
    the paragraph, which a pronoun ("please correct it") may stand for."""
    tokens = [(m.group(0), m.start()) for m in _TOKEN.finditer(sentence)]
    out: list[Ask] = []
    for index, (token, _) in enumerate(tokens):
        if token in words.mine:
            obj = _object(tokens, index, words)
            if obj is None:
                continue
            verb = _verb(tokens, index, obj[1], words)
            stem = obj[0]
        elif antecedent is not None and token in words.refer:
            # "Please correct it", "merci de la corriger": the verb right next to the pronoun.
            verb = _verb(tokens, index, index, words, reach=1)
            stem = antecedent
        else:
            continue
        if verb is None:
            continue
        verb_stem, kind, at, first = verb
        if not (first or words.lead.search(sentence)):
            continue  # "you delete my data after a year": nobody asks
        if clause_mode(kind, sentence, at, pack) is not None or _conditional(sentence, at, pack):
            continue
        if commerce is not None and commerce.search(sentence):
            continue  # "please update my phone number on the order": positive evidence of ordinary mail
        out.append(Ask(kind, verb_stem, stem, pack.code))
    return out


def _object(tokens: list[tuple[str, int]], mine: int, words: AskWords) -> tuple[str, int] | None:
    """The object stem of the words after "my" and its token index."""
    for index in range(mine + 1, min(len(tokens), mine + 1 + OBJECT_REACH)):
        token = tokens[index][0]
        if token.endswith(("'s", "s'")) and token not in words.mine:
            return None  # "my daughter's posts": someone else's things (a minor's take-down, an agent)
        for stem in words.objects:
            if token.startswith(stem):
                return stem, index
    return None


def _verb(tokens: list[tuple[str, int]], mine: int, obj: int, words: AskWords, reach: int = 0
          ) -> tuple[str, str, int, bool] | None:
    """The nearest request verb around "my <object>": (stem, type, offset, opens the sentence)."""
    before = range(mine - 1, max(-1, mine - 1 - (reach or VERB_BEFORE)), -1)
    after = range(obj + 1, min(len(tokens), obj + 1 + (reach or VERB_AFTER)))
    for index in [*before, *after]:
        token, at = tokens[index]
        for stem, kind in words.verbs:
            if " " in stem:
                phrase = stem.split(" ")
                window = tokens[index:index + len(phrase)]
                if len(window) == len(phrase) and all(_matches(t, w) for (t, _), w in zip(window, phrase, strict=True)):
                    return stem, kind, at, index == 0
            elif _matches(token, stem):
                return stem, kind, at, index == 0
    return None


def _matches(token: str, stem: str) -> bool:
    if token.startswith(stem):
        return True
    elided = token.find("'")
    if 0 < elided <= 2 and elided + 1 < len(token):  # "m'envoyer", "l'effacer"
        token = token[elided + 1:]
        if token.startswith(stem):
            return True
    if len(stem) < FUZZY_MIN or len(token) < FUZZY_MIN - 1 or token[0] != stem[0]:
        return False
    return any(_within_one(token[:n], stem) for n in (len(stem) - 1, len(stem), len(stem) + 1) if n <= len(token))


def _within_one(a: str, b: str) -> bool:
    """Damerau–Levenshtein distance of ``a`` and ``b`` at most 1 (one typo)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


_CONDITIONAL: dict[int, tuple[LanguagePack, re.Pattern[str] | None]] = {}


def _conditional(sentence: str, at: int, pack: LanguagePack) -> bool:
    """A condition word in the clause before the verb: "if you delete my account, …"."""
    cached = _CONDITIONAL.get(id(pack))
    if cached is None or cached[0] is not pack:
        words = pack.words.get("conditional", ())
        cached = (pack, re.compile(r"\b(?:" + "|".join(f"(?:{w})" for w in words) + r")\b") if words else None)
        _CONDITIONAL[id(pack)] = cached
    pattern = cached[1]
    if pattern is None:
        return False
    start = max(0, sentence.rfind(",", 0, at) + 1)
    return bool(pattern.search(sentence, start, at))
