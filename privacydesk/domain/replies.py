"""Reply templates: files with metadata, rendered in a Jinja2 sandbox that fails loudly.

A template is a file ``<language>/<stem>.txt`` under a template folder: the shipped one
(``resources/templates``) and the user's (``<data dir>/templates``), whose copies win. The file starts
with TOML metadata between two ``+++`` lines (subject, fitting request types and regimes, the status
change sending it implies, the staff inputs it needs), then the text/plain body in Jinja2. Shared
pieces (greeting, signature …) live in ``_partials/<language>/<name>.txt`` and are included by name;
plain words per language (months, request types, law names) in ``_words/<language>.toml``; the legal
basis of sentences in ``_sources.toml``.

Why it cannot send "Dear ,": rendering uses ``SandboxedEnvironment`` with ``StrictUndefined`` (a
missing field is an error naming it) and a ``finalize`` hook that refuses ``None`` and empty values
(``{{ requester.name }}`` with no name is an error, not an empty string); facts that are not known
are simply absent from the context, so templates say what to do instead
(``{% if requester.name is defined %}``). After rendering, a raw ``{{``/``{%`` or the words "None"
as a value are refused too.

Provenance: every milestone date and every ``cite("topic")`` leaves an invisible marker in the text;
after rendering the markers are mapped to the sentence they sit in and removed, so the preview can
show which law and which date each legal sentence relies on (``LegalSource``).

This module is pure: it reads template files and returns text; it never sends or stores anything.
"""

from __future__ import annotations

import contextlib
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, StrictUndefined, TemplateNotFound, TemplateSyntaxError
from jinja2 import TemplateError as JinjaTemplateError
from jinja2 import UndefinedError as JinjaUndefinedError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from privacydesk.domain.errors import InvalidInput
from privacydesk.domain.profile import CompanyProfile
from privacydesk.domain.vocab import Regime, RequestStatus, RequestType, Verification, values

TEMPLATE_SUFFIX = ".txt"
FRONT_MATTER = "+++"
DEFAULT_LANGUAGE = "en"
ANY = "*"
RECIPIENTS = ("auto", "requester", "agent")
PAUSES = ("clarification", "id", "fee")
_MARK_OPEN, _MARK_CLOSE = "\ue000", "\ue001"
_MARK = re.compile(_MARK_OPEN + r"(\d+)" + _MARK_CLOSE)
_INPUT_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
#: Context names an input may not shadow.
RESERVED = frozenset({"request", "requester", "agent", "recipient", "company", "staff", "regime",
                      "verification", "cite", "format_date", "words", "attachments", "language", "auto"})

#: Plain words for milestones, for the staff-facing preview (the letter uses the language's words).
MILESTONE_LABELS = {
    "acknowledge_by": "acknowledgement due",
    "respond_by": "response due",
    "extension_notice_by": "last day to announce an extension",
    "respond_by_extended": "latest date with an extension",
    "appeal_respond_by": "appeal decision due",
}


class TemplateError(InvalidInput):
    """A template cannot be used: unknown, broken, missing a field or an input. ``str()`` names the
    file, the line (when known) and the field, in plain words."""

    def __init__(self, message: str, *, path: Path | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        self.path = path
        self.line = line
        self.field = field
        super().__init__(message)


class TemplateNotFit(InvalidInput):
    """The template does not fit the request (its types, law or agent); the message says why."""


# -- metadata --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TemplateMeta:
    """What a template file declares about itself (the part between the ``+++`` lines)."""

    name: str
    language: str
    subject: str
    description: str = ""
    types: tuple[str, ...] = ()  # empty = any
    regimes: tuple[str, ...] = ()  # empty = any
    status: str | None = None  # the status sending it implies (forward only)
    verification: str | None = None  # the verification state sending it implies ("failed")
    extend: bool = False  # sending it extends the deadline (input "reason" is the reason)
    pause: str | None = None  # sending it pauses the clock while waiting for this
    inputs: tuple[str, ...] = ()
    optional_inputs: tuple[str, ...] = ()
    recipient: str = "auto"  # auto (agent if any, else requester) | requester | agent
    needs_agent: bool = False
    verification_code: bool = False  # a one-time code is created when it is saved or sent
    attach_data: bool = False  # the requester's data as JSON and CSV
    outcome: str = ""  # recorded as the request's outcome when it closes it
    path: Path | None = None
    overridden: bool = False  # the user's copy

    @property
    def all_inputs(self) -> tuple[str, ...]:
        return self.inputs + tuple(i for i in self.optional_inputs if i not in self.inputs)

    def fitting_types(self) -> list[str]:
        return list(self.types) if self.types else values(RequestType)

    def fitting_regimes(self) -> list[str]:
        return list(self.regimes) if self.regimes else values(Regime)


def split_front_matter(text: str, path: Path | None = None) -> tuple[str, str, int]:
    """(metadata TOML, body, number of lines before the body). Raises ``TemplateError``."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != FRONT_MATTER:
        raise TemplateError(f"{_where(path, 1)}: a template starts with a line '+++', then its "
                            "metadata (subject = \"…\"), then another '+++' line", path=path, line=1)
    for index in range(1, len(lines)):
        if lines[index].strip() == FRONT_MATTER:
            return "".join(lines[1:index]), "".join(lines[index + 1:]), index + 1
    raise TemplateError(f"{_where(path, 1)}: the metadata is not closed by a second '+++' line",
                        path=path, line=1)


def _where(path: Path | None, line: int | None = None) -> str:
    name = str(path) if path is not None else "template"
    return f"{name}, line {line}" if line else name


def _toml_error_line(exc: tomllib.TOMLDecodeError) -> int | None:
    match = re.search(r"line (\d+)", str(exc))
    return int(match.group(1)) if match else None


def parse_meta(name: str, language: str, text: str, path: Path | None = None,
               overridden: bool = False) -> tuple[TemplateMeta, str, int]:
    """Validate a template file's metadata; returns (meta, body, body line offset)."""
    raw, body, offset = split_front_matter(text, path)
    try:
        doc = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        line = _toml_error_line(exc)
        line = line + 1 if line is not None else None
        raise TemplateError(f"{_where(path, line)}: the metadata is not valid TOML ({exc})",
                            path=path, line=line) from exc
    problems: list[str] = []

    def text_field(key: str, required: bool = False) -> str:
        value = doc.get(key, "")
        if not isinstance(value, str):
            problems.append(f"{key} must be text")
            return ""
        if required and not value.strip():
            problems.append(f"{key} is required")
        return value.strip()

    def list_field(key: str, allowed: Sequence[str] | None) -> tuple[str, ...]:
        value = doc.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(f"{key} must be a list of names")
            return ()
        if ANY in value:
            return ()
        if allowed is not None:
            for item in value:
                if item not in allowed:
                    problems.append(f"{key}: unknown value {item!r}; valid values: {', '.join(allowed)}")
        return tuple(value)

    def flag(key: str) -> bool:
        value = doc.get(key, False)
        if not isinstance(value, bool):
            problems.append(f"{key} must be true or false")
            return False
        return value

    known = {"subject", "description", "types", "regimes", "status", "verification", "extend", "pause",
             "inputs", "optional_inputs", "recipient", "needs_agent", "verification_code", "attach_data",
             "outcome"}
    for key in doc:
        if key not in known:
            problems.append(f"unknown metadata {key!r}; known: {', '.join(sorted(known))}")
    subject = text_field("subject", required=True)
    status = text_field("status") or None
    if status is not None and status not in values(RequestStatus):
        problems.append(f"status: unknown status {status!r}; valid values: {', '.join(values(RequestStatus))}")
    verification = text_field("verification") or None
    if verification is not None and verification not in (Verification.FAILED.value,):
        problems.append("verification: only 'failed' can be implied by a letter")
    pause = text_field("pause") or None
    if pause is not None and pause not in PAUSES:
        problems.append(f"pause: must be one of {', '.join(PAUSES)}")
    recipient = text_field("recipient") or "auto"
    if recipient not in RECIPIENTS:
        problems.append(f"recipient: must be one of {', '.join(RECIPIENTS)}")
    inputs = list_field("inputs", None)
    optional = list_field("optional_inputs", None)
    for item in (*inputs, *optional):
        if not _INPUT_NAME.match(item) or item in RESERVED:
            problems.append(f"input {item!r}: use lower-case letters, digits and _ (not a reserved name)")
    meta = TemplateMeta(
        name=name, language=language, subject=subject, description=text_field("description"),
        types=list_field("types", values(RequestType)),
        regimes=list_field("regimes", None),
        status=status, verification=verification, extend=flag("extend"), pause=pause,
        inputs=inputs, optional_inputs=optional, recipient=recipient, needs_agent=flag("needs_agent"),
        verification_code=flag("verification_code"), attach_data=flag("attach_data"),
        outcome=text_field("outcome"), path=path, overridden=overridden)
    if meta.extend and "reason" not in meta.inputs:
        problems.append("a letter that extends the deadline needs the input 'reason'")
    if problems:
        raise TemplateError(f"{_where(path, 2)}: " + "; ".join(problems), path=path, line=2)
    return meta, body, offset


# -- the library of template files -----------------------------------------------------------------

@dataclass(frozen=True)
class TemplateSource:
    name: str
    language: str
    path: Path
    overridden: bool


@dataclass(frozen=True)
class TemplateEntry:
    """One template for the list: its languages and (from its English or first file) its metadata.
    ``problems`` lists broken files (the user's edited copies) with their line."""

    name: str
    languages: tuple[str, ...]
    meta: TemplateMeta | None
    overridden: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        meta = self.meta
        return {
            "name": self.name,
            "languages": list(self.languages),
            "types": meta.fitting_types() if meta else [],
            "regimes": meta.fitting_regimes() if meta else [],
            "inputs": list(meta.inputs) if meta else [],
            "optional_inputs": list(meta.optional_inputs) if meta else [],
            "subject": meta.subject if meta else None,
            "description": meta.description if meta else None,
            "status": meta.status if meta else None,
            "needs_agent": meta.needs_agent if meta else False,
            "recipient": meta.recipient if meta else None,
            "overridden": list(self.overridden),
            "problems": list(self.problems),
        }


class TemplateLibrary:
    """The shipped template folder plus the user's override folder (which wins, file by file)."""

    def __init__(self, shipped: Path, override: Path | None = None) -> None:
        self.shipped = shipped
        self.override = override
        self._sources: tuple[tuple[Any, ...], dict[str, dict[str, TemplateSource]]] | None = None
        self._toml_cache: dict[Path, tuple[int, dict[str, Any]]] = {}

    def _scan_key(self) -> tuple[Any, ...]:
        """Folder modification times: a file added or removed anywhere changes one of them."""
        key: list[Any] = []
        for root, _ in self._roots():
            try:
                key.append((str(root), root.stat().st_mtime_ns))
                key.extend((str(d), d.stat().st_mtime_ns) for d in root.iterdir() if d.is_dir())
            except OSError:
                key.append((str(root), None))
        return tuple(key)

    def _roots(self) -> list[tuple[Path, bool]]:
        roots = [(self.shipped, False)]
        if self.override is not None:
            roots.insert(0, (self.override, True))
        return roots

    def languages(self) -> list[str]:
        found: set[str] = set()
        for root, _ in self._roots():
            if root.is_dir():
                found.update(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))
        return sorted(found, key=lambda lang: (lang != DEFAULT_LANGUAGE, lang))

    def sources(self) -> dict[str, dict[str, TemplateSource]]:
        """{name: {language: source}}, the user's copy winning over the shipped one."""
        key = self._scan_key()
        if self._sources is not None and self._sources[0] == key:
            return self._sources[1]
        out: dict[str, dict[str, TemplateSource]] = {}
        for root, overridden in reversed(self._roots()):
            if not root.is_dir():
                continue
            for lang_dir in root.iterdir():
                if not lang_dir.is_dir() or lang_dir.name.startswith(("_", ".")):
                    continue
                for file in lang_dir.iterdir():
                    if file.suffix == TEMPLATE_SUFFIX and file.is_file() and not file.name.startswith("."):
                        out.setdefault(file.stem, {})[lang_dir.name] = TemplateSource(
                            file.stem, lang_dir.name, file, overridden)
        self._sources = (key, out)
        return out

    def names(self) -> list[str]:
        return sorted(self.sources())

    def source(self, name: str, language: str) -> TemplateSource:
        found = self.sources().get(name)
        if not found:
            raise TemplateError(f"unknown template {name!r}; templates: {', '.join(self.names())}", field=name)
        if language not in found:
            raise TemplateError(f"template {name!r} is not available in {language!r}; languages: "
                                f"{', '.join(sorted(found))}", field=name)
        return found[language]

    def available_languages(self, name: str) -> list[str]:
        found = self.sources().get(name)
        if not found:
            raise TemplateError(f"unknown template {name!r}; templates: {', '.join(self.names())}", field=name)
        return sorted(found, key=lambda lang: (lang != DEFAULT_LANGUAGE, lang))

    def load(self, name: str, language: str) -> tuple[TemplateMeta, str, int]:
        src = self.source(name, language)
        try:
            text = src.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise TemplateError(f"{src.path} cannot be read ({exc}); it must be UTF-8 text",
                                path=src.path) from exc
        return parse_meta(name, language, text, src.path, src.overridden)

    def meta(self, name: str, language: str) -> TemplateMeta:
        return self.load(name, language)[0]

    def entries(self) -> list[TemplateEntry]:
        entries: list[TemplateEntry] = []
        for name, by_lang in sorted(self.sources().items()):
            languages = tuple(sorted(by_lang, key=lambda lang: (lang != DEFAULT_LANGUAGE, lang)))
            meta: TemplateMeta | None = None
            problems: list[str] = []
            for lang in languages:
                try:
                    m, body, offset = self.load(name, lang)
                    if m.overridden:  # the user's copy: say now if it cannot be used, with the line
                        SandboxedEnvironment().parse("\n" * offset + body)
                except TemplateSyntaxError as exc:
                    problems.append(f"{_where(by_lang[lang].path, exc.lineno)}: {exc.message}")
                    continue
                except TemplateError as exc:
                    problems.append(str(exc))
                    continue
                if meta is None:
                    meta = m
            overridden = tuple(lang for lang in languages if by_lang[lang].overridden)
            entries.append(TemplateEntry(name, languages, meta, overridden, tuple(problems)))
        return entries

    def partial_path(self, name: str, language: str) -> Path | None:
        for root, _ in self._roots():
            for lang in (language, DEFAULT_LANGUAGE):
                path = root / "_partials" / lang / f"{name}{TEMPLATE_SUFFIX}"
                if path.is_file():
                    return path
        return None

    def data_file(self, *parts: str) -> Path | None:
        for root, _ in self._roots():
            path = root.joinpath(*parts)
            if path.is_file():
                return path
        return None

    def words(self, language: str) -> Words:
        """The plain words of ``language`` (English for anything it lacks)."""
        base = self._read_toml("_words", f"{DEFAULT_LANGUAGE}.toml")
        own = self._read_toml("_words", f"{language}.toml") if language != DEFAULT_LANGUAGE else {}
        return Words(language, _merge(base, own))

    def legal_sources(self) -> dict[str, Any]:
        return self._read_toml("_sources.toml")

    def _read_toml(self, *parts: str) -> dict[str, Any]:
        path = self.data_file(*parts)
        if path is None:
            return {}
        try:
            mtime = path.stat().st_mtime_ns
            cached = self._toml_cache.get(path)
            if cached is not None and cached[0] == mtime:
                return cached[1]
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise TemplateError(f"{path} cannot be read as TOML ({exc})", path=path) from exc
        self._toml_cache[path] = (mtime, data)
        return data


def _merge(base: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in own.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


@dataclass(frozen=True)
class Words:
    """Plain words of one language: months, request types, law names, list joining."""

    language: str
    data: dict[str, Any] = field(repr=False)

    def month(self, number: int) -> str:
        months = self.data.get("months", [])
        return str(months[number - 1]) if len(months) == 12 else str(number)

    def format_date(self, day: date | datetime) -> str:
        if isinstance(day, datetime):
            day = day.date()
        pattern = str(self.data.get("date_format", "{day} {month} {year}"))
        first = self.data.get("first_day")  # French: "1er décembre"
        number = str(first) if day.day == 1 and first else str(day.day)
        return pattern.format(day=number, month=self.month(day.month), year=day.year)

    def type_name(self, request_type: str) -> str:
        return str(self.data.get("types", {}).get(request_type, request_type.replace("_", " ")))

    def join(self, items: Sequence[str]) -> str:
        items = [i for i in items if i]
        if len(items) <= 1:
            return "".join(items)
        word = str(self.data.get("and", "and"))
        return f"{', '.join(items[:-1])} {word} {items[-1]}"

    def regime(self, regime: str, title: str | None = None) -> dict[str, Any]:
        regimes = self.data.get("regimes", {})
        entry = regimes.get(regime)
        if entry is None:
            entry = dict(regimes.get("default", {}))
            if title:
                entry["name"] = title
        return {k: v for k, v in dict(entry).items() if v not in (None, "")}

    def text(self, key: str, default: str = "") -> str:
        return str(self.data.get("text", {}).get(key, default))


# -- the facts a letter is rendered from -----------------------------------------------------------

@dataclass(frozen=True)
class MilestoneFact:
    name: str
    date: date
    law: str  # the law's title in plain words
    rule: str  # the rule's one-line explanation


@dataclass(frozen=True)
class Person:
    name: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class CategoryRow:
    id: str
    name: str
    examples: str
    collected: bool
    sold: bool


@dataclass(frozen=True)
class LetterFacts:
    """Everything a letter may say about one request, gathered by the reply service."""

    ref: str
    types: tuple[str, ...]
    regime: str
    regime_confirmed: bool
    regime_title: str | None
    received: date
    status: str
    verification: str
    extended: bool
    requester: Person
    profile: CompanyProfile
    staff_name: str
    milestones: tuple[MilestoneFact, ...] = ()
    days_left: int | None = None
    next_milestone: str | None = None
    extension_reason: str | None = None
    agent: Person | None = None
    language: str | None = None
    staff_signature: str | None = None
    inputs: Mapping[str, str] = field(default_factory=dict)
    verification_code: str | None = None
    code_expires: datetime | None = None
    attachments: tuple[str, ...] = ()
    auto: bool = False
    original_subject: str | None = None
    law_titles: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class LegalSource:
    """One legal sentence of a letter and what it relies on (shown in the preview)."""

    sentence: str
    law: str
    rule: str
    milestone: str | None = None
    date: date | None = None

    @property
    def milestone_label(self) -> str | None:
        return MILESTONE_LABELS.get(self.milestone, self.milestone) if self.milestone else None


@dataclass(frozen=True)
class RenderedLetter:
    meta: TemplateMeta
    subject: str
    body: str
    sources: tuple[LegalSource, ...]
    recipient: Person
    recipient_role: str  # requester | agent


# -- fitting ---------------------------------------------------------------------------------------

def why_not_fit(meta: TemplateMeta, types: Sequence[str], regime: str, has_agent: bool) -> str | None:
    """None when the template fits a request with these facts, else the reason in plain words."""
    if meta.types and not set(types) & set(meta.types):
        return (f"template {meta.name!r} is for {', '.join(meta.types)} requests; this request is "
                f"{', '.join(types)}")
    if meta.regimes and regime not in meta.regimes:
        return f"template {meta.name!r} is for {', '.join(meta.regimes)}; this request is under {regime}"
    if meta.needs_agent and not has_agent:
        return f"template {meta.name!r} is for requests made by an authorized agent; this request has none"
    return None


def recipient_of(meta: TemplateMeta, requester: Person, agent: Person | None) -> tuple[Person, str]:
    """Who the letter goes to: (person, "requester" | "agent")."""
    has_agent = agent is not None and bool(agent.email)
    if meta.recipient == "agent" and agent is not None:
        return agent, "agent"
    if meta.recipient == "requester" and requester.email:
        return requester, "requester"
    if has_agent and agent is not None:
        return agent, "agent"
    return requester, "requester"


# -- rendering -------------------------------------------------------------------------------------

class _Loader(BaseLoader):
    """``<language>/<stem>`` is a template (its metadata lines blanked, so line numbers in errors
    are the file's); any other name is a shared piece from ``_partials/<language>/``."""

    def __init__(self, library: TemplateLibrary, language: str) -> None:
        self.library = library
        self.language = language

    def get_source(self, environment: Any, template: str) -> tuple[str, str | None, Any]:
        lang, sep, stem = template.partition("/")
        if sep and lang == self.language and "/" not in stem:
            meta, body, offset = self.library.load(stem, lang)
            assert meta.path is not None
            return "\n" * offset + body, str(meta.path), _uptodate(meta.path)
        name = template.removesuffix(TEMPLATE_SUFFIX)
        if "/" in name or "\\" in name or name.startswith("."):
            raise TemplateNotFound(template)
        path = self.library.partial_path(name, self.language)
        if path is None:
            raise TemplateNotFound(template)
        return path.read_text(encoding="utf-8"), str(path), _uptodate(path)


def _uptodate(path: Path) -> Any:
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return lambda: False

    def check() -> bool:
        try:
            return path.stat().st_mtime_ns == mtime
        except OSError:
            return False

    return check


class _Provenance:
    def __init__(self) -> None:
        self.items: list[tuple[str, str, str | None, date | None]] = []  # law, rule, milestone, date

    def mark(self, law: str, rule: str, milestone: str | None = None, day: date | None = None) -> str:
        self.items.append((law, rule, milestone, day))
        return f"{_MARK_OPEN}{len(self.items) - 1}{_MARK_CLOSE}"


def _finalize(value: Any) -> Any:
    """Every ``{{ … }}``: no None, no empty value — the template must say what to write instead."""
    if value is None:
        raise JinjaUndefinedError("a value is missing (None)")
    if isinstance(value, str) and not value.strip():
        raise JinjaUndefinedError("a value is empty")
    return value


#: Where a sentence ends: after . ! ? or :, or at a line break — but not after the day of a date
#: written "26. November" (German and other languages put a period after the day).
_SENTENCE_END = re.compile(r"(?<=[.!?:])(?<![\s(]\d\.)(?<![\s(]\d\d\.)\s+|\n")


def _sentence_around(text: str, pos: int) -> str:
    start = 0
    for match in _SENTENCE_END.finditer(text, 0, pos):
        start = match.end()
    end_match = _SENTENCE_END.search(text, pos)
    end = end_match.start() if end_match else len(text)
    return _MARK.sub("", text[start:end]).strip()


def _extract_sources(text: str, prov: _Provenance) -> tuple[str, tuple[LegalSource, ...]]:
    sources: list[LegalSource] = []
    seen: set[tuple[str, str, str | None]] = set()
    for match in _MARK.finditer(text):
        index = int(match.group(1))
        if index >= len(prov.items):
            continue
        law, rule, milestone, day = prov.items[index]
        if not rule:
            continue  # nothing to cite for this law
        sentence = _sentence_around(text, match.start())
        key = (sentence, rule, milestone)
        if key in seen:
            continue
        seen.add(key)
        sources.append(LegalSource(sentence=sentence, law=law, rule=rule, milestone=milestone, date=day))
    return _MARK.sub("", text), tuple(sources)


_FORBIDDEN = (
    (re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}"), "template code ({{ … }} or {% … %})"),
    (re.compile(r"\bNone\b"), "the word None (a missing value)"),
    (re.compile(r"(?m)^\s*(Dear|Hello|Hi|Hallo|Guten Tag|Liebe|Lieber|Sehr geehrte[rs]?|Bonjour|Chère|Cher|"
                r"Estimad[oa]s?(/a)?|Hola|Buenos días)\s*[,:]\s*$"),
     "a greeting without a name"),
    (re.compile(r"\bundefined\b"), "the word undefined (a missing value)"),
)


def check_output(text: str) -> str | None:
    """A problem that must never reach a requester, or None."""
    for pattern, what in _FORBIDDEN:
        if pattern.search(text):
            return what
    if _MARK_OPEN in text or _MARK_CLOSE in text:
        return "internal markers"
    return None


def check_edited(text: str) -> str | None:
    """``check_output`` for a letter staff edited by hand: template code, a greeting without a name
    and internal markers are still refused; the words "None" and "undefined" are theirs to write
    ("None of your data is sold")."""
    for pattern, what in (_FORBIDDEN[0], _FORBIDDEN[2]):
        if pattern.search(text):
            return what
    if _MARK_OPEN in text or _MARK_CLOSE in text:
        return "internal markers"
    return None


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    out = "\n".join(lines).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", out) + "\n"


class LetterRenderer:
    """Renders templates of one library. Pure: no I/O but reading the template files. Compiled
    templates are kept per language and reloaded when their file changes."""

    def __init__(self, library: TemplateLibrary) -> None:
        self.library = library
        self._envs: dict[str, SandboxedEnvironment] = {}
        self._subjects: dict[tuple[str, str], Any] = {}

    @cached_property
    def sources_data(self) -> dict[str, Any]:
        return self.library.legal_sources()

    def _env(self, language: str) -> SandboxedEnvironment:
        env = self._envs.get(language)
        if env is None:
            env = SandboxedEnvironment(loader=_Loader(self.library, language), undefined=StrictUndefined,
                                       autoescape=False, trim_blocks=True, lstrip_blocks=True,
                                       keep_trailing_newline=False, finalize=_finalize, auto_reload=True)
            env.globals.clear()
            self._envs[language] = env
        return env

    def render(self, name: str, language: str, facts: LetterFacts) -> RenderedLetter:
        meta, _, _ = self.library.load(name, language)
        missing = [i for i in meta.inputs if not (facts.inputs.get(i) or "").strip()]
        if missing:
            raise TemplateError(
                f"template {name!r} needs the input {missing[0]!r} "
                f"(give it with --set {missing[0]}=…)" + (f"; also missing: {', '.join(missing[1:])}"
                                                         if len(missing) > 1 else ""),
                path=meta.path, field=missing[0])
        unknown = [k for k in facts.inputs if k not in meta.all_inputs]
        if unknown:
            allowed = ", ".join(meta.all_inputs) or "none"
            raise TemplateError(f"template {name!r} has no input {unknown[0]!r}; its inputs: {allowed}",
                                path=meta.path, field=unknown[0])
        words = self.library.words(language)
        recipient, role = recipient_of(meta, facts.requester, facts.agent)
        prov = _Provenance()
        context = self._context(meta, facts, words, prov, recipient, role)
        env = self._env(language)
        text = self._run(lambda: env.get_template(f"{language}/{name}").render(context), meta)
        subject = self._run(lambda: self._subject(env, language, meta.subject).render(context), meta, subject=True)
        subject = " ".join(_MARK.sub("", subject).split())
        text, sources = _extract_sources(_tidy(text), prov)
        for part, label in ((text, "text"), (subject, "subject")):
            problem = check_output(part)
            if problem:
                raise TemplateError(f"{_where(meta.path)}: the rendered {label} contains {problem}; "
                                    "fix the template (nothing was sent)", path=meta.path)
        return RenderedLetter(meta, subject, text, sources, recipient, role)

    def _subject(self, env: SandboxedEnvironment, language: str, text: str) -> Any:
        key = (language, text)
        compiled = self._subjects.get(key)
        if compiled is None:
            compiled = self._subjects[key] = env.from_string(text)
        return compiled

    @staticmethod
    def _run(render: Any, meta: TemplateMeta, *, subject: bool = False) -> str:
        """Run one render; every Jinja problem becomes a ``TemplateError`` naming file and line."""
        try:
            return str(render())
        except TemplateSyntaxError as exc:
            path, line = _located(exc.filename, exc.lineno, meta, subject)
            raise TemplateError(f"{_where(path, line)}: {exc.message}", path=path, line=line) from exc
        except JinjaUndefinedError as exc:
            path, line = _located(*_render_location(exc), meta, subject)
            field_name = _undefined_name(str(exc))
            what = (f"the field {field_name!r} is not known for this request" if field_name else str(exc))
            raise TemplateError(f"{_where(path, line)}: {what}; give it a fallback "
                                "({% if … is defined %}) or fill it in", path=path, line=line,
                                field=field_name) from exc
        except TemplateNotFound as exc:
            raise TemplateError(f"{_where(meta.path)}: the shared piece {exc.name!r} does not exist "
                                "(templates/_partials/<language>/)", path=meta.path) from exc
        except SecurityError as exc:
            path, line = _located(*_render_location(exc), meta, subject)
            raise TemplateError(f"{_where(path, line)}: not allowed in a template ({exc})",
                                path=path, line=line) from exc
        except TemplateError:
            raise
        except (JinjaTemplateError, TypeError, ValueError, KeyError, AttributeError, ZeroDivisionError) as exc:
            path, line = _located(*_render_location(exc), meta, subject)
            raise TemplateError(f"{_where(path, line)}: {exc}", path=path, line=line) from exc

    # -- the context ---------------------------------------------------------------------------
    def _context(self, meta: TemplateMeta, facts: LetterFacts, words: Words, prov: _Provenance,
                 recipient: Person, role: str) -> dict[str, Any]:
        profile = facts.profile
        sources = self.sources_data
        regime_info = dict(words.regime(facts.regime, facts.regime_title))
        flags = sources.get("regimes", {}).get(facts.regime, sources.get("regimes", {}).get("default", {}))
        regime_info.update({k: v for k, v in flags.items() if isinstance(v, bool | int | str)})
        regime_info["id"] = facts.regime
        regime_info["confirmed"] = facts.regime_confirmed
        law_title = facts.regime_title or regime_info.get("name") or facts.regime

        def fmt(day: date | datetime) -> str:
            return words.format_date(day)

        milestones: dict[str, str] = {}
        for m in facts.milestones:
            milestones[m.name] = fmt(m.date) + prov.mark(m.law, m.rule, m.name, m.date)

        def cite(topic: str) -> str:
            table = sources.get("cite", {}).get(topic)
            if not isinstance(table, dict):
                raise JinjaUndefinedError(f"'cite({topic!r})' has no entry in _sources.toml")
            entry = table.get(facts.regime) or table.get("default")
            if entry is None:
                return prov.mark(law_title, "")  # nothing to cite for this law; keeps the text
            rule = entry if isinstance(entry, str) else str(entry.get("rule", ""))
            law = law_title if isinstance(entry, str) else str(entry.get("law") or law_title)
            return prov.mark(law, rule)

        request: dict[str, Any] = {
            "ref": facts.ref,
            "types": list(facts.types),
            "type_names": words.join([words.type_name(t) for t in facts.types]),
            "type_list": [words.type_name(t) for t in facts.types],
            "regime": facts.regime,
            "received": fmt(facts.received),
            "status": facts.status,
            "verification": facts.verification,
            "extended": facts.extended,
            "milestones": milestones,
            "opt_out_only": bool(facts.types) and set(facts.types) <= {"opt_out_sale", "opt_out_marketing"},
            "has_opt_out": bool({"opt_out_sale", "opt_out_marketing"} & set(facts.types)),
            "verifiable_types": [t for t in facts.types if t not in ("opt_out_sale", "opt_out_marketing")],
            "verification_needed": facts.verification == Verification.PENDING.value,
            "verified": facts.verification in (Verification.VERIFIED.value, Verification.NOT_REQUIRED.value),
            "has_agent": facts.agent is not None,
        }
        if facts.days_left is not None:
            request["days_left"] = facts.days_left
        if facts.extension_reason:
            request["extension_reason"] = facts.extension_reason
        if facts.original_subject:
            request["subject"] = facts.original_subject
        context: dict[str, Any] = {
            "request": request,
            "requester": _person(facts.requester),
            "recipient": {**_person(recipient), "role": role},
            "company": _company(profile, words),
            "staff": {**({"name": facts.staff_name} if facts.staff_name else {}),
                      **({"signature": facts.staff_signature} if facts.staff_signature else {})},
            "regime": regime_info,
            "language": words.language,
            "auto": facts.auto,
            "attachments": list(facts.attachments),
            "cite": cite,
            "format_date": fmt,
        }
        if facts.agent is not None:
            context["agent"] = _person(facts.agent)
        if facts.verification_code:
            verification: dict[str, Any] = {"code": facts.verification_code}
            if facts.code_expires is not None:
                local = facts.code_expires.astimezone(profile.tz)
                verification["expires"] = fmt(local)
                verification["expires_time"] = local.strftime("%H:%M")
            context["verification"] = verification
        for key, value in facts.inputs.items():
            value = value.strip()
            if not value:
                continue
            if key.endswith("date"):
                # an ISO date given by staff reads as a date in the letter's language
                with contextlib.suppress(ValueError):
                    value = fmt(date.fromisoformat(value))
            context[key] = value
        return context


def _person(person: Person) -> dict[str, str]:
    out: dict[str, str] = {}
    if person.name and person.name.strip():
        out["name"] = person.name.strip()
    if person.email:
        out["email"] = person.email
    return out


def _company(profile: CompanyProfile, words: Words) -> dict[str, Any]:
    rows = [CategoryRow(c.id, c.name, c.examples, c.collected, c.sold) for c in profile.ccpa_categories]
    yes, no = words.text("yes", "Yes"), words.text("no", "No")
    table_lines: list[str] = []
    for row in rows:
        table_lines.append(f"{row.id}. {row.name}")
        if row.examples:
            table_lines.append(f"   {words.text('examples', 'Examples')}: {row.examples}")
        table_lines.append(f"   {words.text('collected', 'Collected in the last 12 months')}: "
                           f"{yes if row.collected else no}. {words.text('sold', 'Sold or shared')}: "
                           f"{yes if row.sold else no}.")
    company: dict[str, Any] = {
        "name": profile.legal_name,
        "email": profile.privacy_email,
        "sells_personal_information": profile.sells_personal_information,
        "categories": [
            {"id": r.id, "name": r.name, "examples": r.examples, "collected": r.collected, "sold": r.sold}
            for r in rows],
        "collected_categories": [f"{r.id}. {r.name}" for r in rows if r.collected],
        "agent_requires_proof": profile.agent_requires_proof,
        "deletes_verification_data": profile.delete_verification_data_after_verification,
    }
    if table_lines:
        company["categories_table"] = "\n".join(table_lines)
    if profile.postal_address.strip():
        company["address"] = profile.postal_address.strip()
        company["address_line"] = ", ".join(line.strip() for line in profile.postal_address.splitlines()
                                            if line.strip())
    if profile.website:
        company["website"] = profile.website
    if profile.notice_url:
        company["notice_url"] = profile.notice_url
    if profile.retention_years is not None:
        company["retention_years"] = profile.retention_years
    return company


def _render_location(exc: BaseException) -> tuple[str | None, int | None]:
    """(template file, line) of a render-time error. Jinja rewrites the traceback so that template
    frames carry the template's file name and line; the innermost one is where it failed."""
    tb = exc.__traceback__
    found: tuple[str | None, int | None] = (None, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename == "<template>" or filename.endswith(TEMPLATE_SUFFIX):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _located(filename: str | None, line: int | None, meta: TemplateMeta, subject: bool
             ) -> tuple[Path | None, int | None]:
    if subject or filename in (None, "<template>", "<unknown>"):
        return meta.path, (2 if subject else line)
    return Path(filename), line


def _undefined_name(message: str) -> str | None:
    for pattern in (r"has no attribute '([^']+)'", r"'([^']+)' is undefined", r"no element '([^']+)'",
                    r"has no element '([^']+)'"):
        match = re.search(pattern, message)
        if match:
            return match.group(1)
    return None
