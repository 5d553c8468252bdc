"""Request anchors: what a text must hold for the classifier to file it or send it to review — the
IMAP first pass's gate (issue 14). ``mail.quicklook`` asks it on raw bytes, ``prescreen`` on a
parsed first pass; a message that meets no condition is set aside unparsed and unclassified.

The anchors are not a word list kept by hand: they are derived from the classifier data of every
language file, so a phrase or a language added there is an anchor at once. Each way to a verdict
that a person sees is a *condition* on the text:

- every phrase rule of a request type (and ``generic``) of every language: its pattern can only
  match a text that holds one literal of each of its required literal sets (read from the parsed
  pattern, per top-level alternative: "delete|erase|remove" and "my data|my account");
- the questions about the practice ("Do you sell my data?"), with a question mark;
- the safety net's privacy words (``[net]`` of every file and of ``common.toml``);
- an ask on the writer's own things (``[ask]``: a possessive word and an object stem);
- a right cited by its article ("Art. 17 DSGVO"), a one-line "unsubscribe";
- a web form's bare request-type value ("Request type: Deletion"): the value standing as a whole
  field value (after a colon, a bar, a list separator or alone on its line), with a request-type
  label somewhere in the text.

Why this is sound (``tests/unit/test_quicklook*`` checks it on every message we have): the
classifier matches its patterns on ``classify_text.normalise``d segments — lower case, quotation
marks and apostrophes unified, spaces collapsed, quote markers off, lines of a paragraph joined by
one space, never across a paragraph or from the writer's text into a quote. ``prepare`` makes the
same text, except that it joins *every* line with a space (a literal the classifier finds within a
paragraph is found here too; more joins only add matches) and keeps the writer's own lines apart
from the quoted ones as the classifier does. A literal is then a plain substring test.

The search is one compiled trie over one *key* literal of each condition (``AnchorSet.keys``); the
conditions whose key was seen are then checked with plain substring tests.

Literals alone are a loose test ("get" and "details" anywhere in an order mail meet the access rule
"get … my details"). So a condition whose literals are all present is then *confirmed* the way the
classifier itself would find it (``Check``), whenever that can be done soundly on the prepared text:

- a phrase rule by its own compiled pattern, when the pattern is *flat-safe*: no ``^``/``$``, no
  negative lookaround, nothing that can match a line break (``_flat_safe``). Such a pattern's match
  in one of the classifier's paragraphs depends on nothing outside the paragraph but whether a word
  character touches it, and a paragraph stands in the prepared text whole, between spaces; so the
  same match is found there. Other patterns (27 of 329 today) keep the literal test;
- a safety-net word where the net counts it: not inside a word (a law's name standing whole);
- an ask on the writer's own things where ``classify_ask`` looks for one: a possessive *token*
  ("my", not "economy") with an object stem among the next ``OBJECT_REACH`` tokens.

A confirmation needs the text as the classifier reads it. Text made from HTML by the quick look's
cheap tag strip is not (the parser's converter lays out table cells as "Field: value", links as
"text <url>"), so ``found(..., exact=False)`` keeps the literal test for it.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Any

from privacydesk.domain.classify_ask import _TOKEN as _ASK_TOKEN
from privacydesk.domain.classify_ask import OBJECT_REACH
from privacydesk.domain.classify_data import (
    ClassifierData,
    Phrase,
    _trie_pattern,
    load_classifier_data,
    regex_syntax,
)

__all__ = ["AnchorSet", "Condition", "anchor_set", "build_anchor_set", "prepare"]

LiteralSet = tuple[str, ...]  # one of these literals must be present

# As ``classify_text``: quotation marks and apostrophes unified, "\r" dropped; and every space the
# classifier's ``_SPACES`` collapses (the zero-width space too, which ``str.split`` keeps).
_TRANSLATE = str.maketrans({"’": "'", "‘": "'", "´": "'", "`": "'", "“": '"', "”": '"', "„": '"',
                            "«": '"', "»": '"', "\r": "", "\u200b": " "})
_TRANSLATED = re.compile("[’‘´`“”„«»\u200b]")  # str.translate costs a dict lookup a character
_SPACE = re.compile(r"[^\S\n]+")
_QUOTE_MARKS = re.compile(r"^\s*(?:>\s*)+")


def prepare(subject: str, text: str) -> str:
    """``subject`` and ``text`` as the anchors are searched: lower case, spaces collapsed, every
    line of the text joined by a space; the writer's lines first, then (when there are quoted
    lines) all lines with their quote markers off. Streams that the classifier never joins are
    apart on lines of their own."""
    text = _translated(text)
    lines = text.split("\n")
    if ">" in text and any(line.lstrip().startswith(">") for line in lines):
        own = " ".join(line for line in lines if not line.lstrip().startswith(">"))
        every = " ".join(_QUOTE_MARKS.sub("", line) for line in lines)
        text = own + "\n" + every
    else:
        text = " ".join(lines)
    return _SPACE.sub(" ", f"{_translated(subject)}\n{text}".lower())


def prepare_lines(text: str) -> str:
    """``text`` line by line (for field values): lower case, quote markers off, "_" as a space."""
    lines = _translated(text).lower().replace("_", " ").split("\n")
    return "\n".join(_QUOTE_MARKS.sub("", line) for line in lines)


def _translated(text: str) -> str:
    text = text.replace("\r", "")
    return text.translate(_TRANSLATE) if _TRANSLATED.search(text) else text


class Check:
    """How the classifier would find a condition in a prepared text (see the module's docstring).
    ``confirms(flat)`` is never False where the classifier finds it."""

    #: The check alone decides (it implies the condition's literals): no need to test them first.
    decides = False

    def confirms(self, flat: str) -> bool:
        raise NotImplementedError


class _PatternCheck(Check):
    """A flat-safe phrase pattern, searched as the classifier searches it (``Phrase.search``)."""

    __slots__ = ("phrase",)
    decides = True  # a match of the pattern holds the literals (``_literal_sets``); its own quick test first

    def __init__(self, phrase: Phrase) -> None:
        self.phrase = phrase

    def confirms(self, flat: str) -> bool:
        return self.phrase.search(flat) is not None


class _WordCheck(Check):
    """A safety-net word as ``classify_net._terms_in`` counts it: not preceded by a letter, digit,
    "_" or "-" (unless it starts with a CJK character); a law's name also not followed by one."""

    __slots__ = ("literal", "whole")

    def __init__(self, literal: str, whole: bool) -> None:
        self.literal = literal
        self.whole = whole

    def confirms(self, flat: str) -> bool:
        lit = self.literal
        free_start = ord(lit[0]) >= 0x2E80
        free_end = not self.whole or ord(lit[-1]) >= 0x2E80
        at = flat.find(lit)
        while at >= 0:
            end = at + len(lit)
            if (free_start or at == 0 or not _letter(flat[at - 1])) and (
                    free_end or end >= len(flat) or not _letter(flat[end])):
                return True
            at = flat.find(lit, at + 1)
        return False


class _AskCheck(Check):
    """``classify_ask``'s precondition: a possessive token followed, within ``OBJECT_REACH`` tokens,
    by one that starts with an object stem (no "<someone>'s" between). A pronoun's ask needs such a
    pair earlier in its paragraph, so this holds for every ask the classifier finds."""

    __slots__ = ("mine", "objects")

    def __init__(self, mine: frozenset[str], objects: tuple[str, ...]) -> None:
        self.mine = mine
        self.objects = objects

    def confirms(self, flat: str) -> bool:
        tokens = _ASK_TOKEN.findall(flat)
        mine, objects = self.mine, self.objects
        for index, token in enumerate(tokens):
            if token not in mine:
                continue
            for after in tokens[index + 1:index + 1 + OBJECT_REACH]:
                if after.endswith(("'s", "s'")) and after not in mine:
                    break
                if after.startswith(objects):
                    return True
        return False


def _letter(ch: str) -> bool:
    """As ``classify_net._is_letter``."""
    return ch.isalnum() or ch in "_-"


@dataclass(frozen=True)
class Condition:
    """What a text must hold for one way to a verdict (``source`` names it, e.g. "en.toml:rules.access[2]");
    ``check``: how to confirm it once its literals are present (None: the literals decide)."""

    source: str
    sets: tuple[LiteralSet, ...]
    check: Check | None = None

    def holds(self, flat: str) -> bool:
        return all(any(lit in flat for lit in group) for group in self.sets)


class AnchorSet:
    """All conditions, searched by one compiled pattern of their key literals."""

    def __init__(self, conditions: list[Condition], always: tuple[str, ...] = (),
                 form_values: tuple[str, ...] = (), form_labels: tuple[str, ...] = (), *,
                 questions: str = "") -> None:
        self.conditions = tuple(conditions)
        self.always = always  # sources with no usable literal: their presence passes every text
        by_key: dict[str, list[Condition]] = {}
        for cond in self.conditions:
            for key in _keys(cond):
                by_key.setdefault(key, []).append(cond)
        self._by_key = {k: tuple(v) for k, v in by_key.items()}
        self._sorted = sorted(by_key)
        self.keys = tuple(sorted(by_key, key=lambda k: (-len(k), k)))
        # The finder is a trie that stops at the shortest key ("delet" finds "deletion" too): a
        # match stands for every key it begins (found by bisection in the sorted keys). The search
        # moves on by one character, so keys that start inside a match are found on their own.
        self.finder = re.compile(_trie_pattern(list(self.keys))) if self.keys else None
        self.questions = re.compile(questions, re.MULTILINE) if questions else None
        self.form_values = form_values
        self.form_labels = form_labels
        self._form_label = re.compile(_trie_pattern(list(form_labels))) if form_labels else None
        self._form_value = re.compile(
            r"(?:^|[:|,;/\"\[]|\band\b)[\s*\"|.]*(?:" + "|".join(re.escape(v) for v in sorted(
                form_values, key=lambda v: (-len(v), v))) + r")[\s.\"]*(?:$|[,;/|\"\]]|\band\b)",
            re.MULTILINE) if form_values else None

    def found(self, flat: str, lines: str | None = None, *, exact: bool = True) -> bool:
        """Does ``flat`` (from ``prepare``) meet some condition? ``lines``: the text line by line
        (``prepare_lines``) for the form-value condition; None: that condition is decided on ``flat``
        alone, more loosely (any value anywhere, a label anywhere). ``exact``: ``flat`` is the text
        the classifier would read, so conditions are confirmed (``Check``); False: literals decide."""
        if self.always:
            return True
        if self._meets_rule(flat, exact) or self._meets_question(flat):
            return True
        return self._meets_form(flat, lines)

    def _meets_question(self, flat: str) -> bool:
        """A question about the practice ("Do you sell my data?"): the classifier asks its question
        patterns (anchored at the start of a sentence or of its last clause) on each run of up to
        ``QUESTION_REACH`` characters without ".!?" or a line break that ends with "?". Here each
        such run of the prepared text is searched with the start anchor loosened to any word after
        a space: the classifier's run is a suffix of it, starting at the run's start or after a space
        (a joined line, a clause's ", "), so whatever the classifier finds is found here."""
        questions = self.questions
        if questions is None or "?" not in flat:
            return False
        at = flat.find("?")
        while at >= 0:
            start = max(0, at - QUESTION_REACH)
            window = flat[start:at + 1]
            cut = max(window.rfind(ch, 0, len(window) - 1) for ch in ".!?\n")
            if questions.search(window[cut + 1:]):
                return True
            at = flat.find("?", at + 1)
        return False

    def _meets_rule(self, flat: str, exact: bool = True) -> bool:
        finder = self.finder
        if finder is None:
            return False
        match = finder.search(flat)
        checked: set[int] = set()
        confirmed: dict[int, bool] = {}  # per check: several conditions (a rule's branches) share one
        keys = self._sorted
        while match is not None:
            at = match.start()
            key = match.group(0)
            index = bisect.bisect_left(keys, key)
            while index < len(keys) and keys[index].startswith(key):
                longer = keys[index]
                index += 1
                if longer is not key and longer != key and not flat.startswith(longer, at):
                    continue
                for cond in self._by_key[longer]:
                    if id(cond) in checked:
                        continue
                    checked.add(id(cond))
                    check = cond.check if exact else None
                    if check is not None and confirmed.get(id(check)) is False:
                        continue  # another branch of the same rule: its pattern was not found
                    if not (check is not None and check.decides) and not cond.holds(flat):
                        continue
                    if check is None:
                        return True
                    if id(check) not in confirmed:
                        confirmed[id(check)] = check.confirms(flat)
                    if confirmed[id(check)]:
                        return True
            match = finder.search(flat, at + 1)
        return False

    def _meets_form(self, flat: str, lines: str | None) -> bool:
        """A bare request-type value as a whole field value ("Request type: Deletion", a JSON
        ``"request_type": "deletion"``), with a request-type label (exact or by keyword) in the text."""
        if self._form_label is None or self._form_value is None or not self._form_label.search(
                flat if lines is None else lines):
            return False
        if lines is None:
            return any(value in flat for value in self.form_values)
        return self._form_value.search(lines) is not None

    def why(self, flat: str, lines: str | None = None, *, exact: bool = True) -> list[str]:
        """The sources of every condition ``flat`` meets (for tests and the bench)."""
        out = [c.source for c in self.conditions if c.holds(flat) and (
            not exact or c.check is None or c.check.confirms(flat))]
        if self._meets_question(flat):
            out.append("question")
        if self._meets_form(flat, lines):
            out.append("form.type_values")
        return out


def _keys(cond: Condition) -> tuple[str, ...]:
    """The literals of the condition's most selective set: a text meeting the condition holds one."""
    usable = [g for g in cond.sets if _usable(g)] or list(cond.sets)
    best = max(usable, key=lambda g: (min(len(lit) for lit in g), -len(g)))
    return tuple(dict.fromkeys(best))


def _literal(text: str) -> str:
    """A pattern's literal as it stands in a prepared text: lower case, spaces collapsed, the ends
    trimmed (a trimmed literal is present wherever the whole one is)."""
    return " ".join(text.translate(_TRANSLATE).lower().split())


QUESTION_REACH = 300  # as ``classify._score_extras``: a question is at most this long

MAX_ALTERNATIVES = 48  # conjunctions kept per pattern; beyond, alternatives are merged into one set
MAX_UNION = 400  # ... except for alternatives that come first (a rule's top-level "a|b|c")


def _literal_sets(pattern: str) -> list[tuple[LiteralSet, ...]] | None:
    """What each alternative of a pattern requires: a list of conjunctions of literal sets. None
    when some alternative requires nothing useful (the pattern may match any text)."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        alternatives = _alternatives(_parsed(pattern), _parser)
    except Exception:  # an internal API changed: no literal known, the rule passes every text
        return None
    out: list[tuple[LiteralSet, ...]] = []
    for conj in alternatives:
        sets: list[LiteralSet] = []
        for group in conj:
            lits = tuple(dict.fromkeys(_literal(lit) for lit in sorted(group)))
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


_NEWLINE = ord("\n")


def _pattern_check(phrase: Phrase) -> Check | None:
    """The rule's own pattern when flat-safe; else the pattern relaxed (``_relaxed``) if that is
    flat-safe; else None (the literals decide)."""
    if _flat_safe(phrase.regex.pattern):
        return _PatternCheck(phrase)
    relaxed = _relaxed(phrase.pattern)
    if relaxed is None or not _flat_safe(relaxed.replace(_START, "").replace(_END, "")):
        return None
    try:
        return _PatternCheck(Phrase(relaxed))
    except re.error:
        return None


# What "^" and "$" become in a relaxed pattern: a paragraph's start or end stands in the prepared
# text after or before a space or a line break (or at the text's start or end).
_START = r"(?<![^ \n])"
_END = r"(?![^ \n])"


def _relaxed(pattern: str) -> str | None:
    """``pattern`` without its negative lookarounds, its ``^``/``$`` anchors loosened to "after/before
    a space or a line break" (``_START``, ``_END``): on the prepared text it matches wherever the
    pattern matches in a paragraph (a removed condition only lets more through). None if the
    pattern is too odd to rewrite as text (a conditional group, a backreference)."""
    if "(?(" in pattern:
        return None
    out: list[str] = []
    i = 0
    n = len(pattern)
    in_class = False
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            if not in_class and i + 1 < n and pattern[i + 1] in "AZ":
                out.append(_START if pattern[i + 1] == "A" else _END)
                i += 2
                continue
            if i + 1 < n and pattern[i + 1].isdigit():
                return None  # a backreference
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
            out.append(ch)
            i += 1
            continue
        if ch == "[":
            in_class = True
            out.append(ch)
            i += 1
            if i < n and pattern[i] == "^":
                out.append("^")
                i += 1
            if i < n and pattern[i] == "]":
                out.append("]")
                i += 1
            continue
        if pattern.startswith(("(?!", "(?<!"), i):
            end = _group_end(pattern, i)
            if end < 0:
                return None
            i = end + 1
            continue
        if ch in "^$":
            out.append(_START if ch == "^" else _END)
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _group_end(pattern: str, start: int) -> int:
    """The index of the ")" closing the group opened at ``start`` (-1 if none)."""
    depth = 0
    try:
        for index, ch in regex_syntax(pattern, start):
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    return index
    except ValueError:
        pass
    return -1


def _flat_safe(pattern: str) -> bool:
    """Is every match of ``pattern`` in a paragraph found in the prepared text too? True when the
    pattern has no anchors but word boundaries, no negative lookaround and nothing that can match a
    line break (its match then never reaches outside the paragraph, whatever stands around it)."""
    try:
        from re import _constants as c  # type: ignore[attr-defined]

        return _safe_seq(_parsed(pattern), c)
    except Exception:  # an internal API changed: the literals decide
        return False


@functools.lru_cache(maxsize=1024)
def _parsed(pattern: str) -> Any:
    """The parsed pattern (read only; ``_literal_sets`` and ``_flat_safe`` both walk it: parsing the
    rules is most of the cost of building the anchors)."""
    from re import _parser  # type: ignore[attr-defined]

    return _parser.parse(pattern)


def _safe_seq(seq: Any, c: Any) -> bool:
    boundaries = (c.AT_BOUNDARY, c.AT_NON_BOUNDARY, c.AT_UNI_BOUNDARY, c.AT_UNI_NON_BOUNDARY)
    for op, av in seq:
        if op is c.AT:
            if av not in boundaries:
                return False
        elif op is c.ASSERT:
            if not _safe_seq(av[1], c):
                return False
        elif op is c.SUBPATTERN:
            if not _safe_seq(av[-1], c):
                return False
        elif op is c.BRANCH:
            if not all(_safe_seq(branch, c) for branch in av[1]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            if not _safe_seq(av[2], c):
                return False
        elif op is getattr(c, "ATOMIC_GROUP", None):
            if not _safe_seq(av, c):
                return False
        elif op is c.LITERAL:
            if av == _NEWLINE:
                return False
        elif op is c.NOT_LITERAL:
            if av != _NEWLINE:
                return False
        elif op is c.IN:
            if _class_has_newline(av, c):
                return False
        elif op is not c.ANY:  # "." without DOTALL never matches "\n"; anything else: unsure
            return False
    return True


def _class_has_newline(items: Any, c: Any) -> bool:
    negate = False
    hit = False
    spaces = {c.CATEGORY_SPACE, c.CATEGORY_NOT_WORD, c.CATEGORY_NOT_DIGIT, c.CATEGORY_LINEBREAK,
              c.CATEGORY_UNI_SPACE, c.CATEGORY_UNI_NOT_WORD, c.CATEGORY_UNI_NOT_DIGIT, c.CATEGORY_UNI_LINEBREAK}
    for op, av in items:
        if op is c.NEGATE:
            negate = True
        elif op is c.LITERAL:
            hit = hit or av == _NEWLINE
        elif op is c.RANGE:
            hit = hit or av[0] <= _NEWLINE <= av[1]
        elif op is c.CATEGORY:
            hit = hit or av in spaces
        else:
            return True  # unknown: assume the worst
    return hit != negate


def _usable(group: LiteralSet) -> bool:
    """A set can give keys: each literal has 3+ characters (a key "a" finds everything)."""
    return all(len(lit) >= 3 for lit in group)


def build_anchor_set(data: ClassifierData) -> AnchorSet:
    conditions: list[Condition] = []
    always: list[str] = []

    def add(source: str, pattern: str, extra: tuple[LiteralSet, ...] = (), check: Check | None = None) -> None:
        branches = _literal_sets(pattern)
        if branches is None:
            always.append(source)
            return
        for sets in branches:
            conditions.append(Condition(source, sets + extra, check))

    questions: list[str] = []
    for pack in data.languages.values():
        for rule in pack.type_rules:
            pattern = rule.regex.regex.pattern
            add(rule.source, pattern, check=_pattern_check(rule.regex))
        for rule in pack.questions:
            pattern = rule.regex.regex.pattern
            if not pattern.startswith("^"):
                always.append(rule.source)  # not a sentence's opening: the shape below does not hold
                continue
            questions.append(f"(?:(?:^|(?<= )){pattern[1:]})")
    if data.net is not None:
        for literal, term in data.net.terms.items():
            lit = _literal(literal)
            if lit:
                conditions.append(Condition(f"net:{term.lang}:{term.category}:{literal}", ((lit,),),
                                            _WordCheck(lit, term.category == "law")))
    if data.articles is not None:
        add("common.toml:articles", data.articles.pattern.pattern)
    for pack in data.languages.values():
        if pack.ask is not None:
            # An ask on the writer's own things (classify_ask): one possessive and one object stem.
            mine = tuple(sorted({_literal(m) for m in pack.ask.mine} - {""}))
            objects = tuple(sorted({_literal(o) for o in pack.ask.objects} - {""}))
            conditions.append(Condition(f"{pack.code}.toml:ask", (mine, objects),
                                        _AskCheck(frozenset(pack.ask.mine), tuple(pack.ask.objects))))
    unsubscribe = data.words.get("unsubscribe")
    if unsubscribe is not None:
        add("words.unsubscribe", unsubscribe.regex.pattern)
    values = tuple(sorted({_literal(v) for v in data.form.type_values} - {""}))
    found: set[str] = {label for label, role in data.form.roles.items() if role == "request_type"}
    for role, keyword in data.form.label_keywords:
        if role != "request_type":
            continue
        branches = _literal_sets(keyword.pattern)
        if branches is None:
            found.add("")  # a label of any wording: any text may be a form
            continue
        for conj in branches:
            shortest: LiteralSet = min(conj, key=len)
            found.update(shortest)  # each match of the branch holds one of these
    labels = {_literal(label) for label in found}
    if "" in labels or any(len(label) < 2 for label in labels):
        always.append("form.label_keywords")
    _parsed.cache_clear()  # built once per process: the trees are not needed again
    return AnchorSet(conditions, tuple(always), values, tuple(sorted(labels)),
                     questions="|".join(questions))


_CACHE: dict[int, tuple[ClassifierData, AnchorSet]] = {}


def anchor_set(data: ClassifierData | None = None) -> AnchorSet:
    """The anchors of the loaded classifier data (built once per data object)."""
    data = data or load_classifier_data()
    hit = _CACHE.get(id(data))
    if hit is None or hit[0] is not data:
        _CACHE.clear()
        hit = _CACHE[id(data)] = (data, build_anchor_set(data))
    return hit[1]
