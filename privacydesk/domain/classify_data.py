"""Loads and validates the classifier's phrase data (``resources/classifier/*.toml``).

The phrases are data, not code, so a business can add its own wording or a whole language by
editing TOML. Everything is validated once, when first used: a bad regex, an unknown request type
or regime, or a missing field is reported with file and rule (``ClassifierDataError`` lists every
problem), instead of failing later on some message. Compiled patterns are cached for the process
(``load_classifier_data``): classification runs on every message of a mailbox and must not
recompile anything.

Hazard: patterns are matched against *lower-cased* text (see ``classify_text.normalise``), so they
are written in lower case and compiled without ``re.IGNORECASE`` (cheaper). Agent and self-intro
patterns are the exception: they capture names and run on original-case text with IGNORECASE,
their ``{NAME}`` macro switching case sensitivity back on with ``(?-i:...)``.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from privacydesk.domain.classify_articles import ArticleSpec, build_spec
from privacydesk.domain.errors import UserError
from privacydesk.domain.vocab import Regime, RequestType, values
from privacydesk.resources import resource_path

log = logging.getLogger(__name__)

DATA_DIR = resource_path("classifier")
COMMON_FILE = "common.toml"
RULE_KINDS = ("generic", "framing", "question", "negative", "notice", "boilerplate", "exercise", "informing")
FORM_ROLES = ("name", "first_name", "last_name", "email", "phone", "address", "city", "state",
              "postcode", "country", "request_type", "message", "relationship", "agent_name",
              "agent_email", "residence")
_MACRO = re.compile(r"\{([A-Z][A-Z_]*)\}")
# Word lists every language file has under ``[words]`` (patterns, lower case; see README.md).
WORD_KEYS = ("conditional", "second_person", "hedge", "reply_prefixes", "forward_prefixes", "signature_starts",
             "conjunctions", "from_labels", "unsubscribe", "thanks", "company_voice", "negation", "reported",
             "reserved", "cites_us", "performative")


_BOUNDARY = re.compile(r"\b")
LARGE_ANCHOR_SET = 12  # anchors in a set above which one compiled scan beats a loop of ``in``


class Phrase:
    """A compiled pattern, searched fast.

    Python's ``re`` skips ahead to candidate positions with a literal prefix or first-character
    set, but not when a pattern starts with ``\\b`` (nearly every phrase does): then it tries every
    position, about 30 times slower. So a leading ``\\b`` (of the pattern or of each top-level
    alternative) is removed before compiling and checked by hand on each candidate match.
    """

    __slots__ = ("_large", "anchors", "pattern", "regex", "word_start")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        body, stripped = _strip_leading_boundary(pattern)
        self.word_start = stripped
        self.regex = re.compile(body if stripped else pattern, flags)
        # Substrings of which every match contains at least one: a text without any of them
        # cannot match, and ``str.__contains__`` is far cheaper than a failed regex scan.
        self.anchors: tuple[tuple[str, ...], ...] = (
            () if flags & re.IGNORECASE else required_literals(self.regex.pattern))
        # A large anchor set (a list of cities) is looked for in one scan rather than one per word.
        self._large: tuple[re.Pattern[str] | None, ...] = tuple(
            re.compile("|".join(re.escape(a) for a in sorted(group, key=len, reverse=True)))
            if len(group) > LARGE_ANCHOR_SET else None for group in self.anchors)

    def possible(self, text: str) -> bool:
        """False when ``text`` lacks every substring of one anchor set: it cannot match."""
        for group, large in zip(self.anchors, self._large, strict=True):
            if large is not None:
                if large.search(text) is None:
                    return False
                continue
            for anchor in group:
                if anchor in text:
                    break
            else:
                return False
        return True

    def search(self, text: str, pos: int = 0, *, checked: bool = False) -> re.Match[str] | None:
        """First match at or after ``pos``; ``checked``: the caller already knows it is ``possible``."""
        if pos == 0 and not checked and not self.possible(text):
            return None
        while True:
            match = self.regex.search(text, pos)
            if match is None or not self.word_start or _BOUNDARY.match(text, match.start()):
                return match
            pos = match.start() + 1

    def finditer_in(self, text: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
        """Matches inside the given (start, end) spans of ``text`` only (its lines that can match:
        phrases never span a line), with offsets in ``text``."""
        for start, end in spans:
            pos = start
            while pos <= end:
                match = self.regex.search(text, pos, end)
                while match is not None and self.word_start and not _BOUNDARY.match(text, match.start()):
                    match = self.regex.search(text, match.start() + 1, end)
                if match is None:
                    break
                yield match
                pos = match.end() if match.end() > match.start() else match.start() + 1

    def finditer(self, text: str, *, checked: bool = False) -> Iterator[re.Match[str]]:
        """Matches one by one: a caller that stops at the first good one scans no further."""
        pos = 0
        while pos <= len(text):
            match = self.search(text, pos, checked=checked)
            if match is None:
                break
            yield match
            pos = match.end() if match.end() > match.start() else match.start() + 1


_MAX_ANCHORS = 400  # beyond this, checking substrings one by one costs more than the regex


def required_literals(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Sets of literal substrings such that every match of ``pattern`` contains one of each set.

    Derived from the parsed pattern (``re._parser``, the standard library's own parser): literal
    runs of mandatory elements, unions over alternatives. Empty when nothing useful is known
    (then the pattern is simply always searched). Hazard: ``re._parser`` is internal; any
    surprise there only disables this shortcut.
    """
    try:
        from re import _parser  # type: ignore[attr-defined]

        candidates = _candidates(_parser.parse(pattern), _parser)
    except Exception:  # an internal API changed: no shortcut, same results
        return ()
    useful = [c for c in candidates if min(map(len, c)) >= 3 and len(c) <= _MAX_ANCHORS]
    useful.sort(key=lambda c: (-min(map(len, c)), len(c)))
    return tuple(tuple(sorted(c)) for c in useful[:3])


def _score(candidate: set[str]) -> tuple[int, int]:
    return min(map(len, candidate)), -len(candidate)


def _candidates(seq: Any, p: Any) -> list[set[str]]:
    """Required literal sets of a sequence: each mandatory element contributes one."""
    found: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            found.append({"".join(run)})
            run.clear()

    for op, av in seq:
        if op is p.LITERAL:
            run.append(chr(av))
        elif op in (p.AT, p.ASSERT, p.ASSERT_NOT):
            continue  # zero-width: does not break a literal run
        elif op is p.SUBPATTERN:
            flush()
            best = _best(av[-1], p)
            if best:
                found.append(best)
        elif op is p.BRANCH:
            flush()
            sets = [_best(branch, p) for branch in av[1]]
            if all(sets):
                found.append(set().union(*sets))  # type: ignore[arg-type]
        elif op in (p.MAX_REPEAT, p.MIN_REPEAT, getattr(p, "POSSESSIVE_REPEAT", None)):
            flush()
            if av[0] >= 1:
                best = _best(av[2], p)
                if best:
                    found.append(best)
        else:
            flush()
    flush()
    return found


def _best(seq: Any, p: Any) -> set[str] | None:
    candidates = _candidates(seq, p)
    return max(candidates, key=_score) if candidates else None


def regex_syntax(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """The characters of ``pattern`` from ``start`` that are regex syntax — outside escapes and
    character classes ("(", ")", "|", …) — as (index, character). Raises ValueError at the end when
    a character class is left open."""
    index = start
    in_class = False
    while index < len(pattern):
        ch = pattern[index]
        if ch == "\\":
            index += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if pattern.startswith("[^]", index) or pattern.startswith("[]", index):
                index += 3 if pattern[index + 1] == "^" else 2
                continue
        else:
            yield index, ch
        index += 1
    if in_class:
        raise ValueError("character class left open")


def _top_level_branches(pattern: str) -> list[str] | None:
    """Split a pattern on its top-level ``|``; None when it cannot be split safely."""
    branches: list[str] = []
    depth = 0
    start = 0
    try:
        for index, ch in regex_syntax(pattern):
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            elif ch == "|" and depth == 0:
                branches.append(pattern[start:index])
                start = index + 1
    except ValueError:
        return None
    if depth != 0:
        return None
    branches.append(pattern[start:])
    return branches


def _strip_leading_boundary(pattern: str) -> tuple[str, bool]:
    branches = _top_level_branches(pattern)
    if not branches or not all(b.startswith("\\b") for b in branches):
        return pattern, False
    return "|".join(b[2:] for b in branches), True


class ClassifierDataError(UserError, ValueError):
    """The classifier data files are invalid. ``problems`` holds (where, message) pairs."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        super().__init__("classifier data is invalid:\n  "
                         + "\n  ".join(f"{where}: {message}" for where, message in problems))


@dataclass(frozen=True)
class Rule:
    """One weighted phrase pattern. ``kind`` is a request type or one of ``RULE_KINDS``."""

    kind: str
    weight: float
    regex: Phrase
    source: str  # "en.toml:rules.deletion[2]" — for evidence and error messages
    lang: str
    unless: Phrase | None = None  # checked from the match to the end of its sentence
    unless_before: Phrase | None = None  # checked on the words just before the match
    requires: Phrase | None = None
    personal: bool = True  # needs a first-person word in its sentence for full weight
    nominal: bool = False  # names a request ("access request") rather than asking; see classify
    yields_to: tuple[str, ...] = ()  # types that, when also found, explain this hit better
    examples: tuple[str, ...] = ()
    # A pronoun object ("delete them", "Bórrenlos") counts only when, looking back from it, the
    # nearest thing it can refer to is the writer's data (``refers``) and not an order, a file…
    # (``refers_not``). Either may be given alone; see ``classify._refers_back``.
    refers: Phrase | None = None
    refers_not: Phrase | None = None


@dataclass(frozen=True)
class LanguagePack:
    code: str
    name: str
    stopwords: frozenset[str]
    first_person: Phrase
    type_rules: tuple[Rule, ...]  # request types and "generic"
    framing: tuple[Rule, ...]
    questions: tuple[Rule, ...]
    negatives: tuple[Rule, ...]
    agents: tuple[Rule, ...]  # original-case, IGNORECASE; may have a `name` group
    self_intros: tuple[Phrase, ...]
    closings: frozenset[str]
    prefilter_stems: tuple[str, ...]
    reply_headers: tuple[str, ...]
    forward_headers: tuple[str, ...]
    # Talking about rights vs. exercising them (see classify_notice): rules kept for their examples,
    # and each kind joined into one pattern so a sentence is searched once.
    notices: tuple[Rule, ...] = ()
    boilerplate: tuple[Rule, ...] = ()
    exercises: tuple[Rule, ...] = ()
    informings: tuple[Rule, ...] = ()
    notice: Phrase | None = None
    exercise: Phrase | None = None
    informing: Phrase | None = None
    # A sentence that opens with a request verb in the imperative ("Delete it all", "Löschen Sie…",
    # "Bórrenlos") is the writer asking, like "I"/"please" — unless it tells the reader what to do
    # with the reader's own things ("Delete your account in Settings": ``addressee``).
    imperative: Phrase | None = None
    addressee: Phrase | None = None
    # Letters and endings only this language writes ("ñ", "¿", "ción"): they name the language of a
    # line too short for stopwords ("Olvidé mi contraseña, ¿me ayudan?"); see classify_text.
    marks: tuple[str, ...] = ()
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # ``[words]``: key -> patterns
    net: tuple[NetTerm, ...] = ()
    net_ordinary: tuple[str, ...] = ()  # patterns: the net's words used in an ordinary sense
    commerce: tuple[str, ...] = ()  # patterns: order, invoice, shipment, product…
    no_ask: tuple[str, ...] = ()  # patterns: the writer says they ask for nothing ("just curious")
    # ``[ask]``: what an ask is made of when no phrase rule foresaw its wording (classify_ask):
    # ``lead`` (patterns: "please", "can you", "ich möchte"), ``mine`` (possessive words: "my",
    # "meine"), ``objects`` (literal stems of the writer's own things: "inform", "detail", "account")
    # and, per request type, verb stems ("delet", "remov"; matched as word prefixes, one typo allowed).
    ask: AskWords | None = None


ASK_TYPES = ("deletion", "access", "correction", "opt_out_sale", "opt_out_marketing")


@dataclass(frozen=True)
class AskWords:
    lead: Phrase
    mine: frozenset[str]
    objects: tuple[str, ...]
    verbs: tuple[tuple[str, str], ...]  # (verb stem or phrase, request type), longest first
    refer: frozenset[str] = frozenset()  # pronouns ("it", "them") that may stand for "my <object>" said before


NET_CATEGORIES = ("personal_data", "privacy", "law", "account_removal", "opt_out")


@dataclass(frozen=True)
class NetTerm:
    """One word of the safety net's privacy vocabulary (see ``classify_net``): a lower-case literal,
    found at a word start anywhere in a mail a person wrote."""

    literal: str
    category: str  # one of NET_CATEGORIES
    lang: str  # the language file (or common.toml's table) it comes from


@dataclass(frozen=True)
class NetData:
    """The safety net's vocabulary of every language, and wording that uses it in an ordinary sense.

    ``terms`` maps each literal to its term; ``finder`` finds any of them (a trie, like the
    prefilter's). The literals are plain data so a multi-pattern matcher can be built from them.
    """

    terms: dict[str, NetTerm]
    finder: re.Pattern[str]
    ordinary: tuple[Phrase, ...] = ()  # "privacy screen", "data sheet": the term is no privacy talk
    commerce: Phrase | None = None  # order, invoice, shipment, product…: positive evidence of ordinary mail
    # Words of asking of the languages without a rules file ("pyydän", "kérem", "παρακαλώ"):
    # a cited article in a sentence with one of them is asked for (``classify_articles``).
    asks: dict[str, Phrase] = field(default_factory=dict)
    # First-person words of the languages without a rules file ("îmi", "jeg", "minä"): a person's own
    # letter in such a language is reviewed, never dismissed unread (``classify_net.unread_language_reason``).
    first_person: dict[str, Phrase] = field(default_factory=dict)
    # The writer says they ask for nothing ("not asking you to do anything", "just curious"): positive
    # evidence that the privacy words of their mail are a question or a remark, not a request.
    no_ask: Phrase | None = None


@dataclass(frozen=True)
class RegimeRule:
    regime: str
    weight: float
    regex: Phrase
    source: str
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class FormSpec:
    roles: dict[str, str]  # lower-cased field label -> role
    subjects: Phrase | None
    type_values: dict[str, str]  # lower-cased bare value -> request type
    service_domains: tuple[str, ...] = ()
    label_keywords: tuple[tuple[str, re.Pattern[str]], ...] = ()  # role, pattern on a lower-cased label


@dataclass(frozen=True)
class ClassifierData:
    languages: dict[str, LanguagePack]
    auto_reply_subjects: Phrase
    bounce_subjects: Phrase
    bounce_senders: Phrase
    system_senders: Phrase
    regimes: tuple[RegimeRule, ...]
    tld: dict[str, str]
    language_regime: dict[str, str]
    form: FormSpec
    prefilter: re.Pattern[str]  # any stem of any language (search() answers only whether one occurs)
    reply_header: re.Pattern[str]  # any language, MULTILINE, on lower-cased text
    forward_header: re.Pattern[str]
    closings: frozenset[str]
    common_macros: dict[str, str] = field(default_factory=dict)
    us_context: Phrase | None = None
    # Footer/disclaimer line patterns of common.toml and every language (a German shop's mail may
    # end in an Italian or English footer). Kept apart, not joined: a join of ~100 alternatives
    # loses the literal gates of ``Phrase`` and runs ~10x slower per line.
    boilerplate: tuple[Phrase, ...] = ()
    common_boilerplate: tuple[Rule, ...] = ()
    net: NetData | None = None
    # Frequent words of languages without a rules file (``[net.<code>] stopwords``): they only name a
    # mail's language (language detection counts them with the rules files' stopwords).
    label_stopwords: dict[str, frozenset[str]] = field(default_factory=dict)
    # Word lists the code uses, per language (``[words]`` of each file, joined): see ``words``.
    words: dict[str, Phrase] = field(default_factory=dict)
    reply_prefixes: tuple[str, ...] = ()  # "re", "aw", "sv"… of every language
    forward_prefixes: tuple[str, ...] = ()  # "fwd", "wg", "tr"…
    signature_starts: tuple[str, ...] = ()  # "sent from my", "von meinem"… (regex, lower case)
    phishing: Phrase | None = None  # asks us to click, log in or send data to a third party's portal
    articles: ArticleSpec | None = None  # a right cited by its GDPR article, any language
    official_domains: tuple[str, ...] = ()  # the real data-protection offices' mail domains
    impostor_tokens: frozenset[str] = frozenset()  # their names, which look-alike domains borrow
    # Built from the word lists: subject prefixes ("Re:", "AW:", "Fwd:", "[list] Re[2]:"), the lines
    # that start a signature, and the "From:" line of a forwarded message.
    reply_subject: re.Pattern[str] = re.compile(r"(?!x)x")
    forward_subject: re.Pattern[str] = re.compile(r"(?!x)x")
    subject_prefixes: re.Pattern[str] = re.compile(r"(?!x)x")
    signature_start: re.Pattern[str] = re.compile(r"(?!x)x")
    from_line: re.Pattern[str] = re.compile(r"(?!x)x")


class _Problems:
    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []

    def add(self, where: str, message: str) -> None:
        self.items.append((where, message))


def _expand(pattern: str, macros: dict[str, str], where: str, problems: _Problems) -> str:
    missing: list[str] = []

    def repl(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            missing.append(name)
            return match.group(0)
        return f"(?:{macros[name]})"

    for _ in range(6):  # macros may use macros; bounded so a cycle cannot hang
        expanded = _MACRO.sub(repl, pattern)
        if missing:
            problems.add(where, f"unknown macro {{{missing[0]}}}")
            return expanded
        if expanded == pattern:
            return expanded
        pattern = expanded
    problems.add(where, "macros nest too deeply (a macro refers to itself?)")
    return pattern


def _same_line(pattern: str) -> str:
    r"""Make ``\s`` outside character classes stop at line breaks.

    Normalised text keeps one paragraph (or one "Field: value" line) per line, so a phrase must
    never run from a subject or field line into the next one ("delete\nplease unsubscribe me").
    """
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(pattern):
        ch = pattern[index]
        if ch == "\\" and index + 1 < len(pattern):
            pair = pattern[index:index + 2]
            out.append("[^\\S\\n]" if pair == "\\s" and not in_class else pair)
            index += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            if pattern[index + 1:index + 2] == "]" or pattern[index + 1:index + 3] == "^]":
                close = pattern.index("]", index + 1)
                out.append(pattern[index:close + 1])
                index = close + 1
                continue
        elif ch == "]" and in_class:
            in_class = False
        out.append(ch)
        index += 1
    return "".join(out)


def _compile(pattern: Any, macros: dict[str, str], where: str, problems: _Problems,
             flags: int = 0) -> Phrase | None:
    if not isinstance(pattern, str) or not pattern.strip():
        problems.add(where, "must be a non-empty pattern (text)")
        return None
    expanded = _expand(pattern, macros, where, problems)
    if not flags & re.MULTILINE:
        expanded = _same_line(expanded)
    try:
        return Phrase(expanded, flags)
    except re.error as exc:
        problems.add(where, f"invalid regular expression: {exc}")
        return None


def _str_list(value: Any, where: str, problems: _Problems) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.add(where, "must be a list of text")
        return []
    return list(value)


def _rule(kind: str, item: Any, macros: dict[str, str], where: str, lang: str, problems: _Problems,
          *, flags: int = 0, negative: bool = False) -> Rule | None:
    if not isinstance(item, dict):
        problems.add(where, "must be a table with at least `p`")
        return None
    unknown = set(item) - {"p", "w", "unless", "unless_before", "requires", "personal", "nominal",
                            "yields_to", "examples", "refers", "refers_not"}
    if unknown:
        problems.add(where, f"unknown keys: {', '.join(sorted(unknown))}")
    regex = _compile(item.get("p"), macros, f"{where}.p", problems, flags)
    weight = item.get("w", 1)
    if isinstance(weight, bool) or not isinstance(weight, int | float):
        problems.add(f"{where}.w", "must be a number")
        weight = 1
    elif negative and weight > 0:
        problems.add(f"{where}.w", "negative rules need a negative weight")
    elif not negative and not 0 < weight <= 5:
        problems.add(f"{where}.w", "must be more than 0 and at most 5")
    unless = _compile(item["unless"], macros, f"{where}.unless", problems) if "unless" in item else None
    unless_before = (_compile(item["unless_before"], macros, f"{where}.unless_before", problems)
                     if "unless_before" in item else None)
    requires = (_compile(item["requires"], macros, f"{where}.requires", problems)
                if "requires" in item else None)
    refers = _compile(item["refers"], macros, f"{where}.refers", problems) if "refers" in item else None
    refers_not = (_compile(item["refers_not"], macros, f"{where}.refers_not", problems)
                  if "refers_not" in item else None)
    personal = item.get("personal", True)
    if not isinstance(personal, bool):
        problems.add(f"{where}.personal", "must be true or false")
        personal = True
    examples = _str_list(item.get("examples"), f"{where}.examples", problems)
    nominal = item.get("nominal", False)
    if not isinstance(nominal, bool):
        problems.add(f"{where}.nominal", "must be true or false")
        nominal = False
    yields_to = _str_list(item.get("yields_to"), f"{where}.yields_to", problems)
    for other in yields_to:
        if other not in values(RequestType):
            problems.add(f"{where}.yields_to", f"unknown request type {other!r}")
    if regex is None:
        return None
    return Rule(kind=kind, weight=float(weight), regex=regex, source=where, lang=lang, unless=unless,
                unless_before=unless_before, requires=requires, personal=personal, nominal=nominal,
                yields_to=tuple(yields_to), examples=tuple(examples), refers=refers, refers_not=refers_not)


def _rules(kind: str, items: Any, macros: dict[str, str], where: str, lang: str, problems: _Problems,
           **kw: Any) -> list[Rule]:
    if items is None:
        return []
    if not isinstance(items, list):
        problems.add(where, "must be an array of tables ([[...]])")
        return []
    out = []
    for index, item in enumerate(items):
        rule = _rule(kind, item, macros, f"{where}[{index}]", lang, problems, **kw)
        if rule is not None:
            out.append(rule)
    return out


def _macros(doc: dict[str, Any], where: str, problems: _Problems) -> dict[str, str]:
    raw = doc.get("macros", {})
    if not isinstance(raw, dict):
        problems.add(f"{where}:macros", "must be a table")
        return {}
    out: dict[str, str] = {}
    for name, value in raw.items():
        if not isinstance(value, str) or not re.fullmatch(r"[A-Z][A-Z_]*", name):
            problems.add(f"{where}:macros.{name}", "macro names are UPPER_CASE and values are text")
            continue
        out[name] = value
    return out


def _lower_pattern(pattern: str) -> str:
    """``pattern`` in lower case, but not its escapes (``\\S`` is not ``\\s``) or ``{MACRO}`` names."""
    out: list[str] = []
    index = 0
    while index < len(pattern):
        ch = pattern[index]
        if ch == "\\" and index + 1 < len(pattern):
            out.append(pattern[index:index + 2])
            index += 2
            continue
        macro = _MACRO.match(pattern, index)
        if macro:
            out.append(macro.group(0))
            index = macro.end()
            continue
        out.append(ch.lower())
        index += 1
    return "".join(out)


def _words(doc: dict[str, Any], fname: str, macros: dict[str, str], problems: _Problems
           ) -> dict[str, tuple[str, ...]]:
    """``[words]``: the word lists the code uses (every key required, a list may be empty)."""
    raw = doc.get("words")
    if not isinstance(raw, dict):
        problems.add(f"{fname}:words", f"is required (keys: {', '.join(WORD_KEYS)})")
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for key in WORD_KEYS:
        where = f"{fname}:words.{key}"
        if key not in raw:
            problems.add(where, "is missing (an empty list is allowed)")
            continue
        patterns = _str_list(raw.get(key), where, problems)
        for index, pattern in enumerate(patterns):
            _compile(pattern, macros, f"{where}[{index}]", problems)
        out[key] = tuple(_expand(_lower_pattern(pattern), macros, where, problems) for pattern in patterns)
    for key in set(raw) - set(WORD_KEYS):
        problems.add(f"{fname}:words.{key}", f"unknown key; valid: {', '.join(WORD_KEYS)}")
    return out


def _net_table(raw: Any, where: str, lang: str, macros: dict[str, str], problems: _Problems
               ) -> tuple[list[NetTerm], list[str], list[str]]:
    """A ``[net]`` table: literals per category, ``ordinary`` and ``commerce`` patterns."""
    if not isinstance(raw, dict):
        problems.add(where, f"is required (keys: {', '.join(NET_CATEGORIES)}, ordinary, commerce)")
        return [], [], []
    terms: list[NetTerm] = []
    for category in NET_CATEGORIES:
        for literal in _str_list(raw.get(category), f"{where}.{category}", problems):
            word = " ".join(literal.lower().split())
            if len(word) < (2 if any(ord(ch) > 0x2E80 for ch in word) else 3):  # CJK words are short
                problems.add(f"{where}.{category}", f"{literal!r} is too short to look for")
                continue
            terms.append(NetTerm(word, category, lang))
    patterns: dict[str, list[str]] = {}
    for key in ("ordinary", "commerce"):
        patterns[key] = _str_list(raw.get(key), f"{where}.{key}", problems)
        for index, pattern in enumerate(patterns[key]):
            _compile(pattern, macros, f"{where}.{key}[{index}]", problems)
    for key in set(raw) - {*NET_CATEGORIES, "ordinary", "commerce", "stopwords", "asks", "no_ask", "first_person"}:
        problems.add(f"{where}.{key}", "unknown key")
    return terms, [_expand(x, macros, where, problems) for x in patterns["ordinary"]], [
        _expand(x, macros, where, problems) for x in patterns["commerce"]]


@lru_cache(maxsize=1)
def _appeal_phrases() -> dict[str, Any]:
    """The words of the appeal check (``resources/appeals/phrases.toml``, issue 15), read once."""
    try:
        with resource_path("appeals", "phrases.toml").open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):  # the appeal check reports its own file's problems
        return {}


def _appeal_macros(code: str) -> dict[str, str]:
    """``{APPEAL}`` and ``{CONTEST}`` for a language's rules: the phrases the follow-up appeal check
    uses (one list for both, so an appeal is recognised alike in a reply and in a new mail)."""
    table = _appeal_phrases().get(code)
    out = {"APPEAL": r"(?!x)x", "CONTEST": r"(?!x)x"}
    if isinstance(table, dict):
        for key in ("appeal", "contest"):
            phrases = [str(p).lower() for p in table.get(key, []) if isinstance(p, str) and p.strip()]
            if phrases:
                ordered = sorted(set(phrases), key=len, reverse=True)
                out[key.upper()] = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return out


def _language(doc: dict[str, Any], fname: str, common_macros: dict[str, str],
              problems: _Problems) -> LanguagePack | None:
    meta = doc.get("language")
    if not isinstance(meta, dict):
        problems.add(f"{fname}:language", "is required (code, name, stopwords, first_person)")
        return None
    code = meta.get("code")
    if not isinstance(code, str) or not re.fullmatch(r"[a-z]{2}", code):
        problems.add(f"{fname}:language.code", "must be an ISO 639-1 code such as 'en'")
        return None
    macros = {**common_macros, **_appeal_macros(code), **_macros(doc, fname, problems)}
    stopwords = _str_list(meta.get("stopwords"), f"{fname}:language.stopwords", problems)
    if len(stopwords) < 20:
        problems.add(f"{fname}:language.stopwords", "needs at least 20 frequent words")
    first_person = _compile(meta.get("first_person"), macros, f"{fname}:language.first_person", problems)
    optional = {key: _compile(meta[key], macros, f"{fname}:language.{key}", problems) if key in meta else None
                for key in ("imperative", "addressee")}

    type_rules: list[Rule] = []
    rules = doc.get("rules", {})
    if not isinstance(rules, dict):
        problems.add(f"{fname}:rules", "must hold [[rules.<type>]] tables")
        rules = {}
    known = values(RequestType)
    for kind, items in rules.items():
        if kind not in known:
            problems.add(f"{fname}:rules.{kind}", f"unknown request type; valid: {', '.join(known)}")
            continue
        type_rules += _rules(kind, items, macros, f"{fname}:rules.{kind}", code, problems)
    type_rules += _rules("generic", doc.get("generic"), macros, f"{fname}:generic", code, problems)
    framing = _rules("framing", doc.get("framing"), macros, f"{fname}:framing", code, problems)
    questions = _rules("question", doc.get("question"), macros, f"{fname}:question", code, problems,
                       flags=re.MULTILINE)
    negatives = _rules("negative", doc.get("negative"), macros, f"{fname}:negative", code, problems,
                       negative=True)
    notices = _rules("notice", doc.get("notice"), macros, f"{fname}:notice", code, problems)
    boilerplate = _rules("boilerplate", doc.get("boilerplate"), macros, f"{fname}:boilerplate", code, problems)
    exercises = _rules("exercise", doc.get("exercise"), macros, f"{fname}:exercise", code, problems)
    informings = _rules("informing", doc.get("informing"), macros, f"{fname}:informing", code, problems)
    # Agent rules: `unless` carries the same pattern compiled for lower-case detection (see
    # classify_parties.agent_cue); `regex` is the case-insensitive one that captures the name.
    agents = [
        Rule(kind=r.kind, weight=r.weight, regex=r.regex, source=r.source, lang=r.lang,
             unless=_compile(r.regex.pattern, macros, r.source, problems), examples=r.examples)
        for r in _rules("agent", doc.get("agent"), macros, f"{fname}:agent", code, problems,
                        flags=re.IGNORECASE)]
    intros = [r.regex for r in _rules("self_intro", doc.get("self_intro"), macros, f"{fname}:self_intro",
                                      code, problems, flags=re.IGNORECASE)]
    quoting = doc.get("quoting", {})
    if not isinstance(quoting, dict):
        problems.add(f"{fname}:quoting", "must be a table")
        quoting = {}
    reply_headers = _str_list(quoting.get("reply_headers"), f"{fname}:quoting.reply_headers", problems)
    forward_headers = _str_list(quoting.get("forward_headers"), f"{fname}:quoting.forward_headers", problems)
    for key, patterns in (("reply_headers", reply_headers), ("forward_headers", forward_headers)):
        for index, pattern in enumerate(patterns):
            _compile(pattern, macros, f"{fname}:quoting.{key}[{index}]", problems, re.MULTILINE)
    closings = _str_list(quoting.get("closings"), f"{fname}:quoting.closings", problems)
    prefilter = doc.get("prefilter", {})
    stems = _str_list(prefilter.get("stems") if isinstance(prefilter, dict) else None,
                      f"{fname}:prefilter.stems", problems)
    if not stems:
        problems.add(f"{fname}:prefilter.stems", "needs at least one stem")
    words = _words(doc, fname, macros, problems)
    net_terms, net_ordinary, commerce = _net_table(doc.get("net"), f"{fname}:net", code, macros, problems)
    raw_net_value = doc.get("net")
    raw_net: dict[str, Any] = raw_net_value if isinstance(raw_net_value, dict) else {}
    no_ask = _str_list(raw_net.get("no_ask"), f"{fname}:net.no_ask", problems)
    for index, pattern in enumerate(no_ask):
        _compile(pattern, macros, f"{fname}:net.no_ask[{index}]", problems)
    ask = _ask_words(doc.get("ask"), f"{fname}:ask", macros, problems)
    if first_person is None:
        return None
    return LanguagePack(
        code=code, name=str(meta.get("name", code)), stopwords=frozenset(s.lower() for s in stopwords),
        first_person=first_person, type_rules=tuple(type_rules), framing=tuple(framing),
        questions=tuple(questions), negatives=tuple(negatives), agents=tuple(agents),
        self_intros=tuple(intros), closings=frozenset(c.lower() for c in closings),
        prefilter_stems=tuple(s.lower() for s in stems),
        reply_headers=tuple(_expand(p, macros, fname, problems) for p in reply_headers),
        forward_headers=tuple(_expand(p, macros, fname, problems) for p in forward_headers),
        notices=tuple(notices), boilerplate=tuple(boilerplate), exercises=tuple(exercises),
        informings=tuple(informings), notice=_union(notices), exercise=_union(exercises),
        informing=_union(informings), imperative=optional["imperative"], addressee=optional["addressee"],
        marks=tuple(m.lower() for m in _str_list(meta.get("marks"), f"{fname}:language.marks", problems)),
        words=words, net=tuple(net_terms), net_ordinary=tuple(net_ordinary), commerce=tuple(commerce),
        no_ask=tuple(_expand(p, macros, fname, problems) for p in no_ask), ask=ask,
    )


def _ask_words(raw: Any, where: str, macros: dict[str, str], problems: _Problems) -> AskWords | None:
    """An optional ``[ask]`` table (see ``LanguagePack.ask``); None when a file has none."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        problems.add(where, "must be a table")
        return None
    for key in set(raw) - {"lead", "mine", "objects", "refer", *ASK_TYPES}:
        problems.add(f"{where}.{key}", f"unknown key; valid: lead, mine, objects, refer, {', '.join(ASK_TYPES)}")
    lead = _str_list(raw.get("lead"), f"{where}.lead", problems)
    mine = _str_list(raw.get("mine"), f"{where}.mine", problems)
    objects = _str_list(raw.get("objects"), f"{where}.objects", problems)
    if not lead or not mine or not objects:
        problems.add(where, "needs lead, mine and objects")
        return None
    for key, plain in (("mine", mine), ("objects", objects)):
        for value in plain:
            if not re.fullmatch(r"[^\W\d_][\w'-]*", value.lower()):
                problems.add(f"{where}.{key}", f"{value!r}: plain words only (they are first-pass anchors)")
    verbs: list[tuple[str, str]] = []
    for kind in ASK_TYPES:
        for verb in _str_list(raw.get(kind), f"{where}.{kind}", problems):
            verbs.append((verb.lower(), kind))
    pattern = r"\b(?:" + "|".join(f"(?:{_expand(_lower_pattern(p), macros, where, problems)})" for p in lead) + r")(?!\w)"
    compiled = _compile(pattern, {}, f"{where}.lead", problems)
    if compiled is None:
        return None
    return AskWords(lead=compiled, mine=frozenset(m.lower() for m in mine),
                    objects=tuple(o.lower() for o in objects),
                    verbs=tuple(sorted(verbs, key=lambda v: -len(v[0]))),
                    refer=frozenset(r.lower() for r in _str_list(raw.get("refer"), f"{where}.refer", problems)))


def _trie_pattern(words: list[str]) -> str:
    """A pattern that finds any of ``words``, written as a trie ("e(?:mail|ras)|…").

    Python's ``re`` tries a flat alternation of ~300 literals one by one at every position; the
    trie shares prefixes and runs ~7x faster. Only *whether* a word occurs is kept: a word that
    starts with a shorter one ("delet" / "deletion") is left out, the shorter one finds it.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a word ends here: whatever follows is optional
        alternatives = [re.escape(ch) + build(node[ch]) for ch in sorted(node)]
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return build(trie) if words else r"(?!x)x"


def _union(rules: list[Rule]) -> Phrase | None:
    """One pattern matching wherever any of ``rules`` matches (None when there are none).

    Joined without wrapping groups (``|`` binds loosest), so that when every rule starts with
    ``\\b`` the joined pattern does too and ``Phrase`` can strip it for the fast scan.
    """
    if not rules:
        return None
    return Phrase("|".join(rule.regex.pattern for rule in rules))


def _any_of(patterns: list[str], where: str, problems: _Problems, macros: dict[str, str],
            flags: int = 0) -> Phrase:
    good = []
    for index, pattern in enumerate(patterns):
        if _compile(pattern, macros, f"{where}[{index}]", problems, flags) is not None:
            good.append(_expand(pattern, macros, where, problems))
    return Phrase("|".join(f"(?:{p})" for p in good) or r"(?!x)x", flags)


def _form(doc: dict[str, Any], macros: dict[str, str], problems: _Problems) -> FormSpec:
    raw = doc.get("form", {})
    if not isinstance(raw, dict):
        problems.add("common.toml:form", "must be a table")
        raw = {}
    roles: dict[str, str] = {}
    fields = raw.get("fields", {})
    for role, labels in (fields.items() if isinstance(fields, dict) else ()):
        if role not in FORM_ROLES:
            problems.add(f"common.toml:form.fields.{role}", f"unknown role; valid: {', '.join(FORM_ROLES)}")
            continue
        for label in _str_list(labels, f"common.toml:form.fields.{role}", problems):
            roles.setdefault(label.strip().lower(), role)
    subjects = _str_list(raw.get("form_subjects"), "common.toml:form.form_subjects", problems)
    type_values: dict[str, str] = {}
    raw_values = raw.get("type_values", {})
    known = values(RequestType)
    for rtype, words in (raw_values.items() if isinstance(raw_values, dict) else ()):
        if rtype not in known:
            problems.add(f"common.toml:form.type_values.{rtype}", "unknown request type")
            continue
        for word in _str_list(words, f"common.toml:form.type_values.{rtype}", problems):
            type_values.setdefault(word.strip().lower(), rtype)
    keywords: list[tuple[str, re.Pattern[str]]] = []
    raw_keywords = raw.get("label_keywords", [])
    for index, item in enumerate(raw_keywords if isinstance(raw_keywords, list) else []):
        where = f"common.toml:form.label_keywords[{index}]"
        if not isinstance(item, dict) or item.get("role") not in FORM_ROLES:
            problems.add(where, f"needs `role` (one of {', '.join(FORM_ROLES)}) and `p`")
            continue
        try:
            keywords.append((item["role"], re.compile(str(item.get("p", "")))))
        except re.error as exc:
            problems.add(f"{where}.p", f"invalid regular expression: {exc}")
    return FormSpec(roles=roles,
                    subjects=_any_of(subjects, "common.toml:form.form_subjects", problems, macros)
                    if subjects else None,
                    type_values=type_values,
                    label_keywords=tuple(keywords),
                    service_domains=tuple(d.lower() for d in _str_list(
                        raw.get("service_domains"), "common.toml:form.service_domains", problems)))


def _net(common: dict[str, Any], languages: dict[str, LanguagePack], macros: dict[str, str],
         problems: _Problems) -> NetData:
    """The safety net's vocabulary: each language file's ``[net]`` plus common.toml's ``[net]``
    (law names of every country) and ``[net.<code>]`` tables for languages without a rules file."""
    raw = common.get("net", {})
    if not isinstance(raw, dict):
        problems.add("common.toml:net", "must be a table")
        raw = {}
    terms: list[NetTerm] = [t for pack in languages.values() for t in pack.net]
    ordinary = [p for pack in languages.values() for p in pack.net_ordinary]
    commerce = [p for pack in languages.values() for p in pack.commerce]
    own = {k: v for k, v in raw.items() if not isinstance(v, dict)}
    found, extra_ordinary, extra_commerce = _net_table(own, "common.toml:net", "common", macros, problems)
    terms += found
    ordinary += extra_ordinary
    commerce += extra_commerce
    for code, table in raw.items():
        if not isinstance(table, dict):
            continue
        if not re.fullmatch(r"[a-z]{2}", code):
            problems.add(f"common.toml:net.{code}", "must be named by an ISO 639-1 code such as 'fi'")
            continue
        found, extra_ordinary, extra_commerce = _net_table(table, f"common.toml:net.{code}", code, macros, problems)
        terms += found
        ordinary += extra_ordinary
        commerce += extra_commerce
    asks: dict[str, Phrase] = {}
    first_person: dict[str, Phrase] = {}
    for code, table in raw.items():
        for key, into in (("asks", asks), ("first_person", first_person)):
            if isinstance(table, dict) and table.get(key) is not None:
                words = _str_list(table.get(key), f"common.toml:net.{code}.{key}", problems)
                if words:
                    into[code] = Phrase(r"\b(?:" + "|".join(re.escape(w.lower()) for w in words) + r")(?!\w)")
    by_literal: dict[str, NetTerm] = {}
    for term in terms:
        by_literal.setdefault(term.literal, term)
    words = sorted(by_literal, key=len, reverse=True)
    return NetData(terms=by_literal, finder=re.compile(_trie_pattern(words)),
                   ordinary=tuple(Phrase(p) for p in ordinary),
                   commerce=Phrase("|".join(f"(?:{p})" for p in commerce)) if commerce else None, asks=asks,
                   first_person=first_person,
                   no_ask=Phrase("|".join(f"(?:{p})" for pack in languages.values() for p in pack.no_ask))
                   if any(pack.no_ask for pack in languages.values()) else None)


def _articles(raw: Any, problems: _Problems) -> ArticleSpec | None:
    """``[articles]``: words for "article", names of the GDPR, and the right of each article."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        problems.add("common.toml:articles", "must be a table (words, laws, types)")
        return None
    words = _str_list(raw.get("words"), "common.toml:articles.words", problems)
    laws = _str_list(raw.get("laws"), "common.toml:articles.laws", problems)
    types = raw.get("types", {})
    if not isinstance(types, dict) or not words or not laws:
        problems.add("common.toml:articles", "needs words, laws and a types table")
        return None
    known = values(RequestType)
    for number, kind in types.items():
        if not str(number).isdigit() or kind not in known:
            problems.add(f"common.toml:articles.types.{number}", "must map an article number to a request type")
            return None
    return build_spec(words, laws, {str(int(k)): str(v) for k, v in types.items()})


def _load(directory: Path) -> ClassifierData:
    problems = _Problems()
    docs: dict[str, dict[str, Any]] = {}
    for path in sorted(directory.glob("*.toml")):
        try:
            docs[path.name] = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            problems.add(path.name, f"cannot read: {exc}")
    common = docs.pop(COMMON_FILE, None)
    if common is None:
        problems.add(COMMON_FILE, "is missing")
        common = {}
    macros = _macros(common, COMMON_FILE, problems)

    languages: dict[str, LanguagePack] = {}
    for fname, doc in docs.items():
        pack = _language(doc, fname, macros, problems)
        if pack is not None:
            if pack.code in languages:
                problems.add(fname, f"language {pack.code!r} is defined twice")
            languages[pack.code] = pack
    if "en" not in languages:
        problems.add("en.toml", "English is required (it is the fallback language)")

    auto = common.get("automated", {})
    if not isinstance(auto, dict):
        problems.add("common.toml:automated", "must be a table")
        auto = {}
    auto_subjects = _any_of(_str_list(auto.get("auto_reply_subjects"), "common.toml:automated", problems),
                            "common.toml:automated.auto_reply_subjects", problems, macros)
    bounce_subjects = _any_of(_str_list(auto.get("bounce_subjects"), "common.toml:automated", problems),
                              "common.toml:automated.bounce_subjects", problems, macros)
    bounce_senders = _compile(auto.get("bounce_senders"), macros, "common.toml:automated.bounce_senders",
                              problems)
    system_senders = _compile(auto.get("system_senders"), macros, "common.toml:automated.system_senders",
                              problems)

    regimes: list[RegimeRule] = []
    known_regimes = [r for r in values(Regime) if r != "unknown"]
    for index, item in enumerate(common.get("regimes", []) or []):
        where = f"common.toml:regimes[{index}]"
        if not isinstance(item, dict):
            problems.add(where, "must be a table")
            continue
        regime = item.get("regime")
        if regime not in known_regimes:
            problems.add(f"{where}.regime", f"unknown regime {regime!r}; valid: {', '.join(known_regimes)}")
            continue
        regex = _compile(item.get("p"), macros, f"{where}.p", problems)
        weight = item.get("w", 1)
        if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight <= 5:
            problems.add(f"{where}.w", "must be a number more than 0 and at most 5")
            weight = 1
        if regex is not None:
            regimes.append(RegimeRule(regime, float(weight), regex, where,
                                      tuple(_str_list(item.get("examples"), f"{where}.examples", problems))))

    def regime_map(key: str) -> dict[str, str]:
        raw = common.get(key, {})
        out: dict[str, str] = {}
        for name, regime in (raw.items() if isinstance(raw, dict) else ()):
            if regime not in known_regimes:
                problems.add(f"common.toml:{key}.{name}", f"unknown regime {regime!r}")
            else:
                out[str(name).lower()] = regime
        return out

    tld = regime_map("tld")
    language_regime = regime_map("language_regime")
    form = _form(common, macros, problems)
    raw_us = common.get("us_context", {})
    us_context = (_compile(raw_us.get("p"), macros, "common.toml:us_context.p", problems)
                  if isinstance(raw_us, dict) and raw_us.get("p") else None)

    common_boilerplate = _rules("boilerplate", common.get("boilerplate"), macros, "common.toml:boilerplate",
                                "common", problems)
    boilerplate = tuple(r.regex for r in [*common_boilerplate, *(r for pack in languages.values()
                                                                 for r in pack.boilerplate)])

    net = _net(common, languages, macros, problems)
    articles = _articles(common.get("articles"), problems)
    phishing_raw = common.get("phishing", {})
    if not isinstance(phishing_raw, dict):
        problems.add("common.toml:phishing", "must be a table (asks, offices)")
        phishing_raw = {}
    asks = _str_list(phishing_raw.get("asks"), "common.toml:phishing.asks", problems)
    phishing = _any_of(asks, "common.toml:phishing.asks", problems, macros) if asks else None
    offices = tuple(o.lower() for o in _str_list(phishing_raw.get("offices"), "common.toml:phishing.offices",
                                                    problems))
    impostors = frozenset(t.lower() for t in _str_list(phishing_raw.get("impostor_tokens"),
                                                       "common.toml:phishing.impostor_tokens", problems))
    # The prefilter (and the quick look of the IMAP first pass) must pass whatever the safety net
    # would send to review: every net literal is a prefilter stem too.
    stems = sorted({s for pack in languages.values() for s in pack.prefilter_stems} | set(net.terms),
                   key=len, reverse=True)

    def joined(key: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(w for pack in languages.values() for w in pack.words.get(key, ())))
    reply = [p for pack in languages.values() for p in pack.reply_headers]
    forward = [p for pack in languages.values() for p in pack.forward_headers]
    if problems.items or bounce_senders is None or system_senders is None:
        raise ClassifierDataError(problems.items or [("common.toml", "invalid")])
    return ClassifierData(
        languages=languages,
        auto_reply_subjects=auto_subjects,
        bounce_subjects=bounce_subjects,
        bounce_senders=bounce_senders,
        system_senders=system_senders,
        regimes=tuple(regimes),
        tld=tld,
        language_regime=language_regime,
        form=form,
        prefilter=re.compile(_trie_pattern(stems)),
        reply_header=re.compile("|".join(f"(?:{p})" for p in reply), re.MULTILINE),
        forward_header=re.compile("|".join(f"(?:{p})" for p in forward), re.MULTILINE),
        closings=frozenset(c for pack in languages.values() for c in pack.closings),
        common_macros=macros,
        us_context=us_context,
        boilerplate=boilerplate,
        common_boilerplate=tuple(common_boilerplate),
        net=net,
        label_stopwords={code: frozenset(w.lower() for w in _str_list(table.get("stopwords"),
                                                                      f"common.toml:net.{code}.stopwords", problems))
                         for code, table in (common.get("net") or {}).items()
                         if isinstance(table, dict) and table.get("stopwords")},
        words={key: Phrase(r"\b(?:" + "|".join(joined(key)) + r")\b") if joined(key) else Phrase(r"(?!x)x")
               for key in WORD_KEYS if key not in ("reply_prefixes", "forward_prefixes", "signature_starts")},
        reply_prefixes=joined("reply_prefixes"),
        forward_prefixes=joined("forward_prefixes"),
        signature_starts=joined("signature_starts"),
        phishing=phishing,
        articles=articles,
        official_domains=offices,
        impostor_tokens=impostors,
        reply_subject=re.compile(r"^\s*(?:\[[^\]]{0,40}\]\s*)?(?:" + "|".join(joined("reply_prefixes")) + r")\s*:",
                                 re.IGNORECASE),
        forward_subject=re.compile(r"^\s*(?:\[[^\]]{0,40}\]\s*)?(?:" + "|".join(joined("forward_prefixes"))
                                   + r")\s*:", re.IGNORECASE),
        subject_prefixes=re.compile(r"^\s*((?:" + "|".join(joined("reply_prefixes") + joined("forward_prefixes"))
                                    + r")\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE),
        signature_start=re.compile(r"^(?:-- ?|__+|—{2,})\s*$|" + "|".join(f"^{p}" for p in joined("signature_starts")),
                                   re.MULTILINE | re.IGNORECASE),
        from_line=re.compile(r"^\s*\*?(?:" + "|".join(joined("from_labels")) + r")\s*\*?\s*:\s*(.+)$",
                             re.IGNORECASE | re.MULTILINE),
    )


@lru_cache(maxsize=4)
def load_classifier_data(directory: Path | None = None) -> ClassifierData:
    """The validated, compiled classifier data (cached per directory for the process).

    Raises ``ClassifierDataError`` listing every problem when a file is invalid.
    """
    data = _load(directory or DATA_DIR)
    log.debug("classifier data loaded: %d languages", len(data.languages))
    return data
