"""Request anchors: the words without which the classifier can neither file a message nor send it
to review — a candidate narrower gate for the IMAP first pass (issue 14).

STATUS: measured by ``bench/classify.py`` but NOT used yet by ``mail.quicklook`` or
``prescreen``. Reducing each literal to its words (below) keeps the test sound but too weak: on
the sync bench's ordinary mail about a third still meets some condition (e.g. "let me know …
about": the rule "know … about me"; a web form's bare type value "know"). What is left to do is
in the docstring's last paragraph.

The anchors are not a word list kept by hand: they are derived from the classifier data of every
language file, so a phrase or a language added there is an anchor at once. Each way to a verdict
that a person sees is a *condition* on the text:

- every phrase rule of a request type (and ``generic``) of every language: its pattern can only
  match a text that holds one literal of each of its required literal sets (``required_literals``
  on the parsed pattern: "delete|erase|remove" and "my data|my account" — a privacy noun with an
  ask, a law name with an article, a rights phrase);
- the questions about the practice ("Do you sell my data?"), with a question mark;
- the safety net's privacy words (``[net]`` of every file and of ``common.toml``);
- a right cited by its article ("Art. 17 DSGVO"), a one-line "unsubscribe", and a web form's bare
  request-type value ("Request type: Deletion").

A literal counts as present when each of its words is a substring of the text (``pieces``): so the
test does not depend on how lines were wrapped, joined, quoted or cut into segments, or on HTML
tags that the parser turns into line breaks. That makes a condition weaker than its rule — never
stronger — so a text with no condition met surely holds no request (``tests/unit/test_quicklook*``
checks this on every message we have).

The search is one compiled pattern over one *key* piece of each condition (``AnchorSet.keys``);
the conditions whose key was seen are then checked with plain substring tests.

To make it selective enough (target: <= 5 % of ordinary mail parsed): match whole literals, with
spaces, on a text prepared like ``classify_text.split_segments`` + ``normalise`` (quote markers off,
new and quoted lines apart, whitespace collapsed), so that adjacency is the parser's; require a
web form's request-type *label* with a bare type value; keep the questions' sentence shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from privacydesk.domain.classify_data import ClassifierData, _trie_pattern, load_classifier_data

__all__ = ["AnchorSet", "Condition", "anchor_set", "build_anchor_set"]

# A literal is present when all its pieces are; a set when one of its literals is; a condition
# when all its sets are.
Literal = tuple[str, ...]
LiteralSet = tuple[Literal, ...]


@dataclass(frozen=True)
class Condition:
    """What a text must hold for one way to a verdict (``source`` names it, e.g. "en.toml:rules.access[2]")."""

    source: str
    sets: tuple[LiteralSet, ...]

    def holds(self, text: str) -> bool:
        return all(any(all(piece in text for piece in lit) for lit in group) for group in self.sets)


class AnchorSet:
    """All conditions, searched by one compiled pattern of their key pieces."""

    def __init__(self, conditions: list[Condition], always: tuple[str, ...] = ()) -> None:
        self.conditions = tuple(conditions)
        self.always = always  # sources with no usable literal: their presence passes every text
        by_key: dict[str, list[Condition]] = {}
        for cond in self.conditions:
            for key in _keys(cond):
                by_key.setdefault(key, []).append(cond)
        self.keys = tuple(sorted(by_key, key=lambda k: (-len(k), k)))
        self._by_key = {k: tuple(v) for k, v in by_key.items()}
        # The finder is a trie that stops at the shortest key ("delet" finds "deletion" too): a
        # match stands for every key it begins. The search moves on by one character only, so keys
        # that start inside a match are found on their own.
        self._starting = {k: tuple(o for o in self.keys if o.startswith(k)) for k in self.keys}
        self.finder = re.compile(_trie_pattern(list(self.keys))) if self.keys else None

    def found(self, text: str) -> bool:
        """Does lower-cased ``text`` meet some condition? (``text``: subject and body, joined.)"""
        if self.always:
            return True
        finder = self.finder
        if finder is None:
            return False
        match = finder.search(text)
        if match is None:
            return False
        seen: set[str] = set()
        checked: set[int] = set()
        while match is not None:
            key = match.group(0)
            if key not in seen:
                seen.add(key)
                for k in self._starting[key]:
                    for cond in self._by_key[k]:
                        if id(cond) in checked:
                            continue
                        checked.add(id(cond))
                        if cond.holds(text):
                            return True
            match = finder.search(text, match.start() + 1)
        return False

    def why(self, text: str) -> list[str]:
        """The sources of every condition ``text`` meets (for tests and the bench)."""
        return [c.source for c in self.conditions if c.holds(text)]


def _keys(cond: Condition) -> tuple[str, ...]:
    """One piece per literal of the condition's most selective set: a text meeting the condition
    holds one of them."""
    usable = [g for g in cond.sets if _usable(g)] or list(cond.sets)
    best = max(usable, key=lambda g: (min(max(len(p) for p in lit) for lit in g), -len(g)))
    return tuple(dict.fromkeys(max(lit, key=len) for lit in best))


def _pieces(literal: str) -> Literal:
    return tuple(p for p in literal.split() if p)


MAX_ALTERNATIVES = 48  # conjunctions kept per pattern; beyond, alternatives are merged into one set
MAX_UNION = 400  # ... except for alternatives that come first (a rule's top-level "a|b|c")


def _literal_sets(pattern: str) -> list[tuple[LiteralSet, ...]] | None:
    """What each alternative of a pattern requires: a list of conjunctions of literal sets (as
    pieces). None when some alternative requires nothing useful (the pattern may match any text)."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        alternatives = _alternatives(_parser.parse(pattern), _parser)
    except Exception:  # an internal API changed: no literal known, the rule passes every text
        return None
    out: list[tuple[LiteralSet, ...]] = []
    for conj in alternatives:
        sets: list[LiteralSet] = []
        for group in conj:
            lits = tuple(_pieces(lit.lower()) for lit in sorted(group))
            if all(lits) and len(lits) <= 600:  # a literal of blanks only says nothing
                sets.append(lits)
        if not any(_usable(g) for g in sets):
            return None
        out.append(tuple(dict.fromkeys(sets)))
    return list(dict.fromkeys(out))


Conj = list[set[str]]


def _alternatives(seq: Any, p: Any) -> list[Conj]:
    """Disjunction of conjunctions of required literal sets of a parsed sequence: every match of
    the sequence holds, for some conjunction, one literal of each of its sets. Sound by
    construction: optional parts, character classes and repeats that may be absent require
    nothing; zero-width assertions do not break a literal run."""
    result: list[Conj] = [[]]
    run: list[str] = []

    def flush() -> None:
        if run:
            literal = "".join(run)
            for conj in result:
                conj.append({literal})
            run.clear()

    def product(sub: list[Conj]) -> None:
        nonlocal result
        if any(not conj for conj in sub):
            return  # one alternative requires nothing: the element adds no requirement
        if result == [[]] and len(sub) <= MAX_UNION:
            result = [[set(g) for g in s] for s in sub]  # nothing required yet: a plain union
            return
        if len(result) * len(sub) > MAX_ALTERNATIVES:
            merged: set[str] = set()
            for conj in sub:  # one set from each alternative, joined: one of them is present
                merged |= max(conj, key=lambda g: (min(map(len, g)), -len(g)))
            sub = [[merged]]
        result = [[*(set(g) for g in r), *(set(g) for g in s)] for r in result for s in sub]

    for op, av in seq:
        if op is p.LITERAL:
            run.append(chr(av))
        elif op in (p.AT, p.ASSERT, p.ASSERT_NOT):
            continue
        elif op is p.SUBPATTERN:
            flush()
            product(_alternatives(av[-1], p))
        elif op is p.BRANCH:
            flush()
            product([conj for branch in av[1] for conj in _alternatives(branch, p)])
        elif op in (p.MAX_REPEAT, p.MIN_REPEAT, getattr(p, "POSSESSIVE_REPEAT", None)):
            flush()
            if av[0] >= 1:
                product(_alternatives(av[2], p))
        else:
            flush()
    flush()
    return result


def _usable(group: LiteralSet) -> bool:
    """A set can give keys: each literal has a piece of 3+ characters (a key "a" finds everything)."""
    return all(max(len(p) for p in lit) >= 3 for lit in group)


def build_anchor_set(data: ClassifierData) -> AnchorSet:
    conditions: list[Condition] = []
    always: list[str] = []

    def add(source: str, pattern: str, extra: tuple[LiteralSet, ...] = ()) -> None:
        branches = _literal_sets(pattern)
        if branches is None:
            always.append(source)
            return
        for sets in branches:
            conditions.append(Condition(source, sets + extra))

    for pack in data.languages.values():
        for rule in pack.type_rules:
            add(rule.source, rule.regex.regex.pattern)
        for rule in pack.questions:
            add(rule.source, rule.regex.regex.pattern, ((("?",),),))
    if data.net is not None:
        for literal, term in data.net.terms.items():
            pieces = _pieces(literal)
            if pieces:
                conditions.append(Condition(f"net:{term.lang}:{term.category}:{literal}", ((pieces,),)))
    if data.articles is not None:
        add("common.toml:articles", data.articles.pattern.pattern)
    unsubscribe = data.words.get("unsubscribe")
    if unsubscribe is not None:
        add("words.unsubscribe", unsubscribe.regex.pattern)
    for value in data.form.type_values:
        pieces = _pieces(value)
        if pieces:
            conditions.append(Condition(f"form.type_values:{value}", ((pieces,), ((":",),))))
    return AnchorSet(conditions, tuple(always))


_CACHE: dict[int, tuple[ClassifierData, AnchorSet]] = {}


def anchor_set(data: ClassifierData | None = None) -> AnchorSet:
    """The anchors of the loaded classifier data (built once per data object)."""
    data = data or load_classifier_data()
    hit = _CACHE.get(id(data))
    if hit is None or hit[0] is not data:
        _CACHE.clear()
        hit = _CACHE[id(data)] = (data, build_anchor_set(data))
    return hit[1]
