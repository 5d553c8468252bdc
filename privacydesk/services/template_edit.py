"""Editing reply templates: the user's own copy of a letter, tried against a sample request first.

The settings' template editor calls this (the CLI shows templates through ``ReplyService``). A
template is edited as its whole file — the ``+++`` metadata and the Jinja2 body — and every edit is
rendered with *the same* strict renderer that sends letters (``domain.replies.LetterRenderer``:
sandbox, ``StrictUndefined``, no empty value, no "Dear ,"), so a template that would fail when
sending fails here first, naming its line ("line 7: the field 'nmae' is not known …").

* ``trial(name, language, text)`` renders ``text`` against a **sample request** (an invented
  requester, a type and law the template fits, the deadline engine's real dates for them, a sample
  for each input the template declares). Nothing is read from or written to the database or disk.
* ``save(name, language, text)`` tries first and writes ``<data dir>/templates/<language>/<name>.txt``
  atomically only when the trial passes; the copy then wins over the shipped file
  (``TemplateLibrary``).
* ``restore(name, language)`` deletes the user's copy, so the shipped version is used again.

Why a sample and not a real request: the editor must work before any request exists, and a preview
that shows a real person's name in the settings would put personal data where nobody expects it.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from privacydesk.domain import deadlines
from privacydesk.domain import settings as decl
from privacydesk.domain.errors import InvalidInput, NotFound, StorageProblem
from privacydesk.domain.replies import (
    DEFAULT_LANGUAGE,
    LegalSource,
    LetterFacts,
    LetterRenderer,
    MilestoneFact,
    Person,
    TemplateEntry,
    TemplateError,
    TemplateLibrary,
    TemplateMeta,
    parse_meta,
)
from privacydesk.domain.vocab import RequestType, Verification
from privacydesk.domain.wording import regime_label, types_label

if TYPE_CHECKING:
    from privacydesk.services.replies import ReplyService

TEMPLATE_SUFFIX = ".txt"
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$")
SAMPLE_REF = "PD-2026-0042"
SAMPLE_REQUESTER = Person("Alex Sample", "alex.sample@example.com")
SAMPLE_AGENT = Person("Sam Agent", "sam.agent@example.org")
SAMPLE_CODE = "K7QM-4TXR"
OPT_OUTS = (RequestType.OPT_OUT_SALE.value, RequestType.OPT_OUT_MARKETING.value)


@dataclass(frozen=True)
class TemplateText:
    """One template file as the editor opens it."""

    name: str
    language: str
    text: str
    own_copy: bool  # the user's copy in the data folder (else the shipped file)
    has_shipped: bool  # a shipped version exists to restore
    path: Path  # where the user's copy is (or would be) kept


@dataclass(frozen=True)
class TemplateTrial:
    """A template rendered against the sample request."""

    subject: str
    body: str
    sources: tuple[LegalSource, ...]
    sample: str  # what the sample request is, in words ("Alex Sample asks for deletion (GDPR) …")


class _DraftLibrary(TemplateLibrary):
    """The library as it is, except that one template reads from the editor's text."""

    def __init__(self, base: TemplateLibrary, name: str, language: str, text: str, path: Path) -> None:
        super().__init__(base.shipped, base.override)
        self._draft = (name, language, text, path)

    def load(self, name: str, language: str) -> tuple[TemplateMeta, str, int]:
        draft_name, draft_language, text, path = self._draft
        if (name, language) == (draft_name, draft_language):
            return parse_meta(name, language, text, path, True)
        return super().load(name, language)


class TemplateEditService:
    def __init__(self, replies: ReplyService) -> None:
        self.replies = replies

    @property
    def library(self) -> TemplateLibrary:
        return self.replies.library

    # -- reading ---------------------------------------------------------------------------------
    def entries(self) -> list[TemplateEntry]:
        return self.library.entries()

    def languages(self) -> list[str]:
        return self.library.languages()

    def _check_names(self, name: str, language: str) -> None:
        if name not in self.library.names():
            raise NotFound(f"there is no template called {name!r}; templates: {', '.join(self.library.names())}")
        if not _LANGUAGE.match(language):
            raise InvalidInput(f"{language!r} is not a language code (such as en, de or pt-br)")

    def own_path(self, name: str, language: str) -> Path:
        override = self.library.override
        if override is None:
            raise StorageProblem("this data folder has no place for your own templates")
        return override / language / f"{name}{TEMPLATE_SUFFIX}"

    def shipped_path(self, name: str, language: str) -> Path:
        return self.library.shipped / language / f"{name}{TEMPLATE_SUFFIX}"

    def text(self, name: str, language: str) -> TemplateText:
        """The template as it is used now (the user's copy if any), or — in a language it has no
        file for yet — the English text to start from."""
        self._check_names(name, language)
        own, shipped = self.own_path(name, language), self.shipped_path(name, language)
        if own.is_file():
            source, own_copy = own, True
        elif shipped.is_file():
            source, own_copy = shipped, False
        else:
            src = self.library.source(name, DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in
                                      self.library.available_languages(name) else
                                      self.library.available_languages(name)[0])
            source, own_copy = src.path, False
        try:
            content = source.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise StorageProblem(f"{source} cannot be read ({type(exc).__name__}); it must be UTF-8 text") from exc
        return TemplateText(name, language, content, own_copy, shipped.is_file(), own)

    # -- trying ----------------------------------------------------------------------------------
    def trial(self, name: str, language: str, text: str) -> TemplateTrial:
        """``text`` rendered against the sample request; ``TemplateError`` (with ``line``) if it
        would fail when sending."""
        self._check_names(name, language)
        path = self.own_path(name, language)
        library = _DraftLibrary(self.library, name, language, text, path)
        meta, _body, _offset = library.load(name, language)
        facts, sample = self._sample(meta)
        rendered = LetterRenderer(library).render(name, language, facts)
        return TemplateTrial(rendered.subject, rendered.body, rendered.sources, sample)

    def _sample(self, meta: TemplateMeta) -> tuple[LetterFacts, str]:
        replies = self.replies
        profile, rules = replies.profile, replies.rules
        today = replies.requests.today()
        types = [t for t in meta.fitting_types() if t not in OPT_OUTS] or meta.fitting_types()
        request_types = (types[0],)
        covered = [r for r in profile.covered_regimes if r in rules.regimes]
        fitting = [r for r in meta.fitting_regimes() if r in rules.regimes]
        regime = next((r for r in covered if r in fitting), fitting[0] if fitting else "gdpr")
        received = today - timedelta(days=3)
        verification = (Verification.NOT_REQUIRED.value if set(request_types) <= set(OPT_OUTS)
                        else Verification.PENDING.value)
        agent = SAMPLE_AGENT if meta.needs_agent or meta.recipient == "agent" else None
        facts_in = deadlines.DeadlineFacts(regime=regime, types=request_types, received=received,
                                           extended=meta.extend, agent=agent is not None)
        schedule = deadlines.compute(facts_in, profile, rules, today=today)
        status = deadlines.clock_status(schedule, facts_in, profile, today)
        titles = {rid: r.title for rid, r in rules.regimes.items()}
        milestones = tuple(MilestoneFact(name, dated.date, titles.get(dated.regime, dated.regime), dated.explanation)
                           for name, dated in schedule.milestones.items())
        inputs = {key: (today + timedelta(days=14)).isoformat() if key.endswith("date")
                  else f"[what you type as “{key.replace('_', ' ')}” when sending]" for key in meta.all_inputs}
        expires = (datetime.combine(today, time(12, 0), tzinfo=UTC)
                   + timedelta(hours=int(replies.settings.get(decl.VERIFICATION_CODE_HOURS))))
        signature = replies.settings.get(decl.STAFF_SIGNATURE) or None
        facts = LetterFacts(
            ref=SAMPLE_REF, types=request_types, regime=regime, regime_confirmed=True,
            regime_title=titles.get(regime), received=received, status="new", verification=verification,
            extended=meta.extend, requester=SAMPLE_REQUESTER, profile=profile, staff_name=replies.requests.actor(),
            milestones=milestones, days_left=status.days_left, next_milestone=status.next_milestone,
            extension_reason=inputs.get("reason") if meta.extend else None, agent=agent, language=meta.language,
            staff_signature=signature, inputs=inputs,
            verification_code=SAMPLE_CODE if meta.verification_code else None,
            code_expires=expires if meta.verification_code else None,
            attachments=("data-export.json", "data-export.csv") if meta.attach_data else (),
            original_subject="My personal data", law_titles=titles)
        who = f"{SAMPLE_REQUESTER.name}" + (f" through the agent {SAMPLE_AGENT.name}" if agent else "")
        sample = (f"Sample request {SAMPLE_REF}: {who} asks for {types_label(request_types)} under "
                  f"{regime_label(regime)}, received {received.strftime('%a %d %b %Y').replace(' 0', ' ')}.")
        return facts, sample

    # -- writing ---------------------------------------------------------------------------------
    def save(self, name: str, language: str, text: str) -> TemplateText:
        """Keep ``text`` as the user's copy — only if it renders (else ``TemplateError``, nothing
        written)."""
        self.trial(name, language, text)
        path = self.own_path(name, language)
        content = text.replace("\r\n", "\n")
        if not content.endswith("\n"):
            content += "\n"
        _write_atomically(path, content)
        return self.text(name, language)

    def restore(self, name: str, language: str) -> TemplateText:
        """Delete the user's copy so the shipped version is used again."""
        self._check_names(name, language)
        path = self.own_path(name, language)
        if not self.shipped_path(name, language).is_file():
            raise NotFound(f"the template {name!r} has no shipped version in {language!r} to go back to; "
                           "delete your copy if you no longer want it")
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise StorageProblem(f"your copy {path} could not be deleted ({exc.strerror or type(exc).__name__})") \
                from exc
        return self.text(name, language)


def _write_atomically(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(prefix=".template-", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise StorageProblem(f"the template could not be saved in {path.parent} "
                             f"({exc.strerror or type(exc).__name__}); nothing was changed") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise StorageProblem(f"the template could not be saved ({exc.strerror or type(exc).__name__}); check "
                             f"that {path.parent} is writable and the disk is not full; the previous version is "
                             "unchanged") from exc


__all__ = ["TemplateEditService", "TemplateError", "TemplateText", "TemplateTrial"]
