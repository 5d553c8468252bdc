"""Clauses: does the writer ask for what a phrase names, in the clause where it stands?

A type phrase ("delete my data", "suppression de mon compte") names an action; whether the writer
*asks* for it depends on the clause around it, not on the mail as a whole:

- **negated** — a negation just before it in the same clause ("I'm not asking you to delete my
  data", "Ich verlange nicht die Löschung", "I skal ikke slette min konto", "Je ne demande pas la
  suppression"): the writer asks for the opposite. The hit is dropped (for the types whose ask is a
  positive action; an opt-out or an objection is itself a "don't").
- **reported** — the phrase stands inside a report of something earlier or a request for a
  confirmation ("Back in May I asked you to close my account", "you answered my request to delete
  my information", "please confirm once you have deleted my data", "il 2 agosto vi ho chiesto di
  cancellare"): it names what was or will have been done, not a new ask. The hit is *hedged*: it
  counts only when nothing else was asked (a chaser that only says "I asked you to delete my data
  in May" still asks for that). A framing word after the report ("…, please delete it now")
  starts a new ask, so the report no longer covers the phrase.
- **reserved** — a right the writer only keeps in reserve, in the phrase's own clause ("eine
  Auskunft nach Art. 15 DSGVO behält sich unser Mandant vor", "I reserve the right to complain to
  the ICO"): not asked now. The hit is dropped.

The words are data in every language file (``[words] negation``, ``reported`` and ``reserved``, with
``conjunctions`` and ``conditional`` marking where a clause ends), so a language is added without
code. Pure and cheap: it runs only on the sentences where a type phrase matched.
"""

from __future__ import annotations

import re

from privacydesk.domain.classify_data import LanguagePack

__all__ = ["NEGATABLE", "NEGATION_REACH", "clause_mode", "next_ask"]

# Types whose ask is a positive action: a negation before the phrase turns the ask round. An
# opt-out, objection, restriction, consent withdrawal or "limit the use" is itself a "don't …"
# ("I do not want to receive…", "non voglio più…"), so a negation there is part of the ask.
NEGATABLE = frozenset({"access", "deletion", "correction", "portability", "minor_removal", "shine_the_light",
                       "appeal", "complaint"})
NEGATION_REACH = 4  # words before the phrase in which a negation governs it
_WORD = re.compile(r"\S+")
_PUNCTUATION = r"[;:,()\[\]]|\s[–—-]\s"


class _ClauseWords:
    __slots__ = ("breaks", "joins", "negation", "reported", "reserved")

    def __init__(self, pack: LanguagePack) -> None:
        words = pack.words
        joiners = [*words.get("conjunctions", ()), *words.get("conditional", ())]
        joined = "|".join(f"(?:{w})" for w in joiners)
        self.breaks = re.compile(_PUNCTUATION + (rf"|\b(?:{joined})\b" if joined else ""))
        negation = "|".join(f"(?:{w})" for w in words.get("negation", ()))
        self.negation = re.compile(rf"\b(?:{negation})(?!\w)") if negation else None
        conjunctions = "|".join(f"(?:{w})" for w in words.get("conjunctions", ()))
        # "… and don't sell my e-mail", "… e di non mandarmi più newsletter": a conjunction followed
        # (after at most one short word: "di", "de", "to") by a negation starts a second ask.
        self.joins = re.compile(rf"[,;]?\s(?:{conjunctions})\s+(?:\w{{1,3}}\s+)?(?=(?:{negation})(?!\w))") \
            if conjunctions and negation else None
        reported = "|".join(f"(?:{w})" for w in words.get("reported", ()))
        self.reported = re.compile(reported) if reported else None
        reserved = "|".join(f"(?:{w})" for w in words.get("reserved", ()))
        self.reserved = re.compile(rf"\b(?:{reserved})\b") if reserved else None


_CACHE: dict[int, tuple[LanguagePack, _ClauseWords]] = {}


def _words(pack: LanguagePack) -> _ClauseWords:
    cached = _CACHE.get(id(pack))
    if cached is None or cached[0] is not pack:
        cached = (pack, _ClauseWords(pack))
        if len(_CACHE) > 64:
            _CACHE.clear()
        _CACHE[id(pack)] = cached
    return cached[1]


def next_ask(sentence: str, start: int, pack: LanguagePack) -> int:
    """Where, after ``start``, a second ask of a multi-ask sentence begins ("delete my data and don't
    sell my e-mail"); ``len(sentence)`` if none. A rule's ``unless`` looks no further: "and don't
    send me newsletters" says nothing about the deletion before it."""
    joins = _words(pack).joins
    match = joins.search(sentence, start) if joins is not None else None
    return match.start() if match else len(sentence)


def clause_mode(kind: str, sentence: str, at: int, pack: LanguagePack) -> str | None:
    """"negated", "reserved", "reported" or None for a ``kind`` phrase starting at ``at`` in ``sentence``
    (lower-cased), read with the words of ``pack`` (the phrase's language)."""
    if at <= 0:
        return None
    before = sentence[:at]
    words = _words(pack)
    if kind in NEGATABLE and words.negation is not None:
        clause_start = 0
        for match in words.breaks.finditer(before):
            clause_start = match.end()
        near = " ".join(_WORD.findall(before[clause_start:])[-NEGATION_REACH:])
        if near and words.negation.search(near):
            return "negated"
    if words.reserved is not None and words.reserved.search(sentence):
        start = max((m.end() for m in words.breaks.finditer(sentence, 0, at)), default=0)
        after = words.breaks.search(sentence, at)
        if words.reserved.search(sentence, start, after.start() if after else len(sentence)):
            return "reserved"  # "eine Auskunft nach Art. 15 DSGVO behält sich unser Mandant vor"
    if words.reported is not None:
        last_end = max((m.end() for m in words.reported.finditer(before)), default=-1)
        if last_end >= 0 and not any(rule.regex.search(before[last_end:]) for rule in pack.framing):
            return "reported"
    return None
