"""Editing the company profile: a typed form in, validation naming each bad field, a file that keeps
its comments.

The window's profile page and the CLI call this; neither writes ``profile.toml`` itself.

* ``form()`` — the active profile as a ``ProfileForm`` (frozen; edit with ``dataclasses.replace``).
* ``check(form)`` — every problem as a ``FieldProblem`` naming the field in plain words ("Time
  zone: unknown time zone …"); the same rules as loading the file (``domain.profile``), plus a
  few a form can break (the same promise twice).
* ``save(form)`` — validates, then writes ``<data dir>/profile.toml`` atomically with tomlkit, so
  the user's comments and layout stay; raises ``ProfileInvalid`` (nothing written) when a field is
  bad. Returns ``SavedProfile``: the new profile, what changed, and whether due dates depend on
  the change (then the caller recomputes the requests: ``RequestService.recompute_all``).
* ``proposals(path)`` / ``apply(proposals)`` — "Set up from our privacy notice": proposals from
  ``domain.notice`` are only shown; ``apply`` takes the ones a person confirmed, through ``save``.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError

from privacydesk.domain.errors import InvalidInput, StorageProblem
from privacydesk.domain.notice import Proposal, propose
from privacydesk.domain.profile import (
    CcpaCategory,
    ClosedDay,
    CompanyProfile,
    ProfileError,
    load_profile,
    parse_profile,
)
from privacydesk.domain.vocab import RequestType, values
from privacydesk.paths import AppPaths
from privacydesk.resources import DEFAULT_PROFILE
from privacydesk.services.profiles import ensure_user_profile


@dataclass(frozen=True)
class Commitment:
    """A promise stricter than the law: ``type`` answered within ``days`` (calendar or business)."""

    type: str
    days: int
    unit: str = "calendar_days"
    source: str = ""


@dataclass(frozen=True)
class ProfileForm:
    legal_name: str
    privacy_email: str
    own_addresses: tuple[str, ...]
    own_domains: tuple[str, ...]
    postal_address: str
    time_zone: str
    covered_regimes: tuple[str, ...]
    rights_offered: tuple[str, ...]
    commitments: tuple[Commitment, ...]
    ccpa_categories: tuple[CcpaCategory, ...]
    retention_years: int | None
    agent_requires_proof: bool
    verification_methods: tuple[str, ...]
    sells_personal_information: bool
    delete_verification_data_after_verification: bool
    honours_do_not_track: bool
    business_calendar: str
    business_calendar_subdivision: str
    closed_days: tuple[ClosedDay, ...]
    due_soon_days: int
    due_soon_fraction: float
    default_response_days: int
    website: str = ""
    notice_last_updated: date | None = None


# Form field → (TOML path, plain-words label). Labels are what the user reads beside a problem.
FIELDS: dict[str, tuple[str, str]] = {
    "legal_name": ("company.legal_name", "Company name"),
    "privacy_email": ("company.privacy_email", "Privacy mailbox"),
    "own_addresses": ("company.own_addresses", "Your own addresses"),
    "own_domains": ("company.own_domains", "Your own domains"),
    "postal_address": ("company.postal_address", "Postal address"),
    "time_zone": ("company.time_zone", "Time zone"),
    "covered_regimes": ("coverage.regimes", "Laws your notice covers"),
    "rights_offered": ("rights.offered", "Rights your notice offers"),
    "commitments": ("commitments.deadlines", "Promises stricter than the law"),
    "ccpa_categories": ("ccpa_categories", "CCPA categories"),
    "retention_years": ("commitments.retention_years", "Retention period (years)"),
    "agent_requires_proof": ("commitments.agent_requires_proof", "Agents must prove their authority"),
    "verification_methods": ("commitments.verification_methods", "How you verify identity"),
    "sells_personal_information": ("commitments.sells_personal_information", "You sell personal information"),
    "delete_verification_data_after_verification": (
        "commitments.delete_verification_data_after_verification", "Delete verification details afterwards"),
    "honours_do_not_track": ("commitments.honours_do_not_track", "You respond to Do-Not-Track"),
    "business_calendar": ("deadlines.business_calendar", "Public holidays of"),
    "business_calendar_subdivision": ("deadlines.business_calendar_subdivision", "Region for public holidays"),
    "closed_days": ("calendar.closed_days", "Extra closed days"),
    "due_soon_days": ("deadlines.due_soon_days", "Due soon: days left"),
    "due_soon_fraction": ("deadlines.due_soon_fraction", "Due soon: share of the time gone"),
    "default_response_days": ("deadlines.default_response_days", "Reply time when the law sets none (days)"),
    "website": ("company.website", "Website"),
    "notice_last_updated": ("company.notice_last_updated", "Notice last updated"),
}
FIELD_OF_PROPOSAL = {"company.legal_name": "legal_name", "company.privacy_email": "privacy_email",
                     "company.postal_address": "postal_address", "company.website": "website"}
# Changing these moves due dates: the requests must be recomputed.
DATE_FIELDS = ("time_zone", "covered_regimes", "commitments", "business_calendar", "business_calendar_subdivision",
               "default_response_days")


@dataclass(frozen=True)
class FieldProblem:
    field: str  # ProfileForm field name
    label: str
    message: str

    def __str__(self) -> str:
        return f"{self.label}: {self.message}"


class ProfileInvalid(InvalidInput):
    """The form has bad fields; nothing was saved. ``problems`` names each one."""

    def __init__(self, problems: Sequence[FieldProblem]) -> None:
        self.problems = tuple(problems)
        lines = "\n  ".join(str(p) for p in self.problems)
        super().__init__(f"The company profile was not saved. Fix these fields:\n  {lines}")


@dataclass(frozen=True)
class SavedProfile:
    profile: CompanyProfile
    changed: tuple[str, ...]  # ProfileForm field names
    dates_affected: bool  # due dates may move: recompute the requests


def form_of(profile: CompanyProfile) -> ProfileForm:
    return ProfileForm(
        legal_name=profile.legal_name, privacy_email=profile.privacy_email,
        own_addresses=tuple(a for a in profile.own_addresses if a != profile.privacy_email)
        or tuple(profile.own_addresses),
        own_domains=profile.own_domains, postal_address=profile.postal_address, time_zone=profile.time_zone,
        covered_regimes=tuple(profile.covered_regimes), rights_offered=tuple(profile.rights_offered),
        commitments=tuple(Commitment(c.type, c.days, c.unit, c.source) for c in profile.deadline_commitments),
        ccpa_categories=profile.ccpa_categories, retention_years=profile.retention_years,
        agent_requires_proof=profile.agent_requires_proof,
        verification_methods=tuple(profile.verification_methods),
        sells_personal_information=profile.sells_personal_information,
        delete_verification_data_after_verification=profile.delete_verification_data_after_verification,
        honours_do_not_track=profile.honours_do_not_track, business_calendar=profile.business_calendar,
        business_calendar_subdivision=profile.business_calendar_subdivision, closed_days=profile.closed_days,
        due_soon_days=profile.due_soon_days, due_soon_fraction=profile.due_soon_fraction,
        default_response_days=profile.default_response_days, website=profile.website,
        notice_last_updated=profile.notice_last_updated)


def _field_of(path: str) -> str:
    best = ""
    for name, (toml_path, _label) in FIELDS.items():
        if (path == toml_path or path.startswith(toml_path + "[") or path.startswith(toml_path + ".")) and \
                len(toml_path) > len(FIELDS.get(best, ("", ""))[0]):
            best = name
    return best


def _words(path: str, message: str) -> str:
    """ "commitments.deadlines[1].days: must be …" → "item 2, days: must be …" """
    m = re.search(r"\[(\d+)\](?:\.(\w+))?$", path)
    if m:
        where = f"item {int(m.group(1)) + 1}" + (f", {m.group(2).replace('_', ' ')}" if m.group(2) else "")
        return f"{where}: {message}"
    return message


def _toml_value(value: Any) -> Any:
    if isinstance(value, str) and "\n" in value:
        return tomlkit.string(value, multiline=True)
    if isinstance(value, tuple):
        array = tomlkit.array()
        array.extend(_toml_value(v) for v in value)
        if len(value) > 4:
            array.multiline(True)
        return array
    if isinstance(value, date):
        return value.isoformat()
    return value


def _plain(form: ProfileForm, name: str) -> Any:
    value = getattr(form, name)
    if name == "commitments":
        aot = tomlkit.aot()
        for c in value:
            table = tomlkit.table()
            table.update({"type": c.type, "days": c.days, "unit": c.unit, "source": c.source})
            aot.append(table)
        return aot
    if name == "ccpa_categories":
        aot = tomlkit.aot()
        for c in value:
            table = tomlkit.table()
            table.update({"id": c.id, "name": c.name, "examples": c.examples, "collected": c.collected,
                          "sold": c.sold})
            aot.append(table)
        return aot
    if name == "closed_days":
        array = tomlkit.array()
        for day in value:
            if day.start == day.end and not day.name:
                array.append(day.start)
            else:
                inline = tomlkit.inline_table()
                inline.update({"from": day.start, "to": day.end, **({"name": day.name} if day.name else {})})
                array.append(inline)
        array.multiline(len(value) > 2)
        return array
    return _toml_value(value)


class ProfileEditService:
    def __init__(self, paths: AppPaths, on_saved: Callable[[CompanyProfile], None] | None = None) -> None:
        self.paths = paths
        self.on_saved = on_saved

    @property
    def path(self) -> Path:
        return self.paths.profile_file

    def _document(self) -> tomlkit.TOMLDocument:
        ensure_user_profile(self.paths)
        try:
            return tomlkit.parse(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, TOMLKitError):
            # An unreadable file is replaced by a valid one built on the shipped default.
            return tomlkit.parse(DEFAULT_PROFILE.read_text(encoding="utf-8"))

    def current(self) -> CompanyProfile:
        ensure_user_profile(self.paths)
        return load_profile(self.path)

    def form(self) -> ProfileForm:
        """The profile as it is now (the shipped default if the user's copy cannot be read)."""
        try:
            return form_of(self.current())
        except ProfileError:
            return form_of(load_profile(DEFAULT_PROFILE))

    # -- validation ------------------------------------------------------------------------------
    def _apply_form(self, doc: tomlkit.TOMLDocument, form: ProfileForm, names: Iterable[str]) -> None:
        for name in names:
            path = FIELDS[name][0].split(".")
            node: Any = doc
            for part in path[:-1]:
                if part not in node or not isinstance(node[part], dict):
                    node[part] = tomlkit.table()
                node = node[part]
            value = getattr(form, name)
            if value is None or (name == "notice_last_updated" and value is None):
                if path[-1] in node:
                    del node[path[-1]]
                continue
            node[path[-1]] = _plain(form, name)

    def check(self, form: ProfileForm) -> tuple[FieldProblem, ...]:
        """Every bad field (empty when the form can be saved)."""
        problems: list[FieldProblem] = []
        doc = self._document()
        try:
            self._apply_form(doc, form, FIELDS)
            parse_profile(doc.unwrap(), "profile")
        except ProfileError as exc:
            for path, message in exc.problems:
                name = _field_of(path) or "legal_name"
                problems.append(FieldProblem(name, FIELDS[name][1], _words(path, message)))
        except (TOMLKitError, ValueError, TypeError) as exc:
            problems.append(FieldProblem("legal_name", "Profile", f"cannot be written: {exc}"))
        seen: set[str] = set()
        for index, c in enumerate(form.commitments):
            if c.type in seen:
                problems.append(FieldProblem("commitments", FIELDS["commitments"][1],
                                             f"item {index + 1}: there is already a promise for {c.type}"))
            seen.add(c.type)
        if form.retention_years is not None and form.retention_years > 100:
            problems.append(FieldProblem("retention_years", FIELDS["retention_years"][1],
                                         "must be at most 100 years"))
        if not form.covered_regimes:
            problems.append(FieldProblem("covered_regimes", FIELDS["covered_regimes"][1],
                                         "name at least one law (requests whose law is unknown are dated "
                                         "by the laws listed here)"))
        return tuple(problems)

    # -- saving ----------------------------------------------------------------------------------
    def save(self, form: ProfileForm) -> SavedProfile:
        problems = self.check(form)
        if problems:
            raise ProfileInvalid(problems)
        before = self.form()
        changed = tuple(f.name for f in fields(ProfileForm) if getattr(before, f.name) != getattr(form, f.name))
        doc = self._document()
        self._apply_form(doc, form, changed)
        text = tomlkit.dumps(doc)
        profile = parse_profile(tomlkit.parse(text).unwrap(), str(self.path))
        self._write(text)
        if self.on_saved is not None:
            self.on_saved(profile)
        return SavedProfile(profile, changed, any(name in DATE_FIELDS for name in changed))

    def _write(self, text: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(prefix=".profile-", suffix=".toml", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                os.fchmod(handle.fileno(), 0o600)
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise StorageProblem(
                f"The company profile could not be saved ({exc.strerror or type(exc).__name__}). Check that "
                f"{self.path.parent} is writable and the disk is not full; the previous profile is unchanged."
            ) from exc

    # -- from a privacy notice -------------------------------------------------------------------
    @staticmethod
    def proposals(path: Path | str) -> list[Proposal]:
        """Proposals from a notice file (plain text; HTML tags are dropped). Nothing is applied."""
        source = Path(path).expanduser()
        try:
            raw = source.read_bytes()
        except OSError as exc:
            raise InvalidInput(f"cannot read {source}: {exc.strerror or type(exc).__name__}") from exc
        text = raw.decode("utf-8", errors="replace")
        if re.search(r"<(?:html|body|p|div)\b", text[:5000], re.I):
            from html import unescape

            text = unescape(re.sub(r"<(?:br|/p|/div|/li|/h\d)[^>]*>", "\n", text, flags=re.I))
            text = re.sub(r"<[^>]+>", " ", text)
        return propose(text)

    def apply(self, proposals: Sequence[Proposal]) -> SavedProfile:
        """Apply confirmed proposals: single values replace the field; laws, rights and verification
        methods are added; a promise replaces the one for its type ("all": every offered type)."""
        form = self.form()
        flags = ("commitments.agent_requires_proof", "commitments.sells_personal_information",
                 "commitments.delete_verification_data_after_verification", "commitments.honours_do_not_track")
        for p in proposals:
            change: dict[str, Any]
            if p.field in ("company.legal_name", "company.privacy_email", "company.postal_address",
                           "company.website"):
                change = {FIELD_OF_PROPOSAL[p.field]: str(p.value)}
            elif p.field == "company.notice_last_updated":
                change = {"notice_last_updated": date.fromisoformat(str(p.value))}
            elif p.field == "coverage.regimes":
                change = {"covered_regimes": _added(form.covered_regimes, str(p.value))}
            elif p.field == "rights.offered":
                change = {"rights_offered": _added(form.rights_offered, str(p.value))}
            elif p.field == "commitments.verification_methods":
                change = {"verification_methods": _added(form.verification_methods, str(p.value))}
            elif p.field == "commitments.retention_years":
                change = {"retention_years": int(p.value)}
            elif p.field == "commitments.deadlines":
                change = {"commitments": _with_promise(form, p)}
            elif p.field in flags:
                change = {p.field.split(".", 1)[1]: bool(p.value)}
            else:
                raise InvalidInput(f"unknown profile field {p.field!r}")
            form = replace(form, **change)
        return self.save(form)


def _added(items: tuple[str, ...], value: str) -> tuple[str, ...]:
    return items if value in items else (*items, value)


def _with_promise(form: ProfileForm, p: Proposal) -> tuple[Commitment, ...]:
    value = p.value if isinstance(p.value, dict) else {}
    days, unit = int(value.get("days", 0)), str(value.get("unit", "calendar_days"))
    kind = str(value.get("type", "all"))
    types = [t for t in form.rights_offered if t in values(RequestType)] if kind == "all" else [kind]
    source = f"Privacy notice: '{p.sentence[:180]}'"
    kept = [c for c in form.commitments if c.type not in types]
    return (*kept, *(Commitment(t, days, unit, source) for t in types))
