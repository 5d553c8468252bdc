"""The deadline rule book: regime rules kept as TOML data, loaded and validated at start.

The rules live in ``resources/regimes/``: one ``<regime>.toml`` per regime plus ``_shared.toml``
(request-type groups, per-type flags, the every-regime ``opt_out_marketing`` row and the
principle-6 default row). The format is documented in ``docs/deadlines.md``; the short version:

* a regime file names the law for people (``label``, ``short_label``) and may give the day the law
  took effect (``in_force``: before it, every row of the file falls to principle 6);
* a *rule* row lists request types (or group names) and gives each milestone a *date rule*; a row
  may start later than the law (``effective_from``), carry ``flags``, a ``confidence`` taken from
  the research (``certain`` / ``likely`` / ``uncertain``) and a ``note`` for staff;
* a date rule is ``from`` an anchor (``received``, ``start``, ``respond_by``) plus exactly one
  period (``months``, ``calendar_days``, ``business_days`` or ``company_default_days = true``), or
  ``earliest_of = [period, ...]``, or ``staff_set = true``; options: ``first_day_counts`` (the
  anchor day is day 1), ``add_paused_days``, ``roll`` + ``calendar``, ``effective_from``; and always
  a one-line ``why`` in plain words plus its ``cite`` (the legal source), both shown to users.

Validation is strict on purpose: an unknown key, a typo in a type or a calendar, or two rows
claiming the same request type all raise ``RuleError`` naming the file and the field, because a
silently ignored line in a legal rule would produce a wrong date.

Hazard: ``RuleBook`` objects are immutable and safe to share between threads; load them once.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from privacydesk.domain.errors import UserError
from privacydesk.domain.vocab import PauseReason, Regime, RequestType, values

log = logging.getLogger(__name__)

SHARED_FILE = "_shared.toml"

# Milestones a rule may give (the spec's four). An appeal is a request of type ``appeal`` with its
# own respond_by; the engine also shows it on the contested request as ``appeal_respond_by``.
MILESTONES = ("acknowledge_by", "respond_by", "extension_notice_by", "respond_by_extended")
# Anchors a date rule may count from. ``respond_by`` is the rule's own legal respond_by (so it
# cannot anchor respond_by itself).
ANCHORS = ("received", "start", "respond_by")
PERIOD_UNITS = ("months", "calendar_days", "business_days", "company_default_days")
ROLLS = ("none", "next_working_day")
START_EVENTS = ("received", PauseReason.ID.value, PauseReason.FEE.value)
# Flags a rule may raise (they never change a date). Engine-made flags (repeat_request, agent,
# regime_not_confirmed) are not listed here because data cannot raise them.
# ``immediate`` (LGPD art. 19 I) and ``without_delay`` (APPI) are shown, never moving a date.
RULE_FLAGS = ("stop_now", "verification_not_allowed", "immediate", "without_delay")
# Every flag the engine can raise, for the plain-words texts in _shared.toml ([flag_labels]).
ALL_FLAGS = ("regime_not_confirmed", *RULE_FLAGS, "agent", "repeat_request")
# How sure the research is of a rule (regimes-2026.md, legal-rules.md). "uncertain" rules are the
# spec's conservative reading, and their explanation says so.
CONFIDENCE = ("certain", "likely", "uncertain")
CONSERVATIVE = "conservative reading: the law is not settled here, so the earlier date is used"
COMPANY_CALENDAR = "company"

_IDENT = re.compile(r"^[a-z][a-z0-9_]*$")


class RuleError(UserError, ValueError):
    """A rule file is invalid. ``problems`` holds (file, field, message) triples."""

    def __init__(self, problems: list[tuple[str, str, str]]) -> None:
        self.problems = problems
        lines = [f"{file}: {path}: {message}" for file, path, message in problems]
        super().__init__("deadline rules are invalid:\n  " + "\n  ".join(lines))


@dataclass(frozen=True)
class Period:
    """One way of counting a date from an anchor."""

    anchor: str                 # one of ANCHORS
    unit: str                   # one of PERIOD_UNITS
    amount: int                 # ignored (0) for company_default_days
    first_day_counts: bool = False  # calendar_days only: the anchor day is day 1 (CCPA §7021(b))


@dataclass(frozen=True)
class DateRule:
    """How one milestone is computed. ``periods`` empty means ``staff_set``."""

    milestone: str
    periods: tuple[Period, ...]
    why: str
    staff_set: bool = False
    add_paused_days: bool = False
    roll: str = "none"
    calendar: str = COMPANY_CALENDAR  # for business_days and roll: "company" or "CC" / "CC-SUB"
    effective_from: date | None = None
    cite: str = ""          # the legal source, e.g. "ORS 646A.576(5)"
    confidence: str = ""    # certain | likely | uncertain ("" = not stated)

    @property
    def uncertain(self) -> bool:
        return self.confidence == "uncertain"


@dataclass(frozen=True)
class Rule:
    """One row of the rule table: the request types it covers and the milestones they get."""

    regime: str                 # regime id, "*" for an every-regime row, "default" for principle 6
    label: str                  # e.g. "uk_gdpr rule[0]" (for messages and logs)
    types: frozenset[str]
    milestones: Mapping[str, DateRule]
    start_from: tuple[str, ...] = ("received",)
    stop_the_clock: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    effective_from: date | None = None
    effective_until: date | None = None  # exclusive
    source_file: str = ""
    confidence: str = ""        # the row's default for its date rules
    note: str = ""              # one line for staff, shown whenever the row applies

    def applies_on(self, day: date) -> bool:
        if self.effective_from is not None and day < self.effective_from:
            return False
        return self.effective_until is None or day < self.effective_until

    @property
    def extension_kind(self) -> str:
        """``none``, ``computed`` or ``staff_set`` (fadp: staff choose the new date)."""
        ext = self.milestones.get("respond_by_extended")
        if ext is None:
            return "none"
        return "staff_set" if ext.staff_set else "computed"


@dataclass(frozen=True)
class RegimeRules:
    regime: str
    title: str
    rules: tuple[Rule, ...]
    source_file: str
    label: str = ""             # plain words for people: "Oregon (OCPA)"
    short_label: str = ""       # for narrow columns: "Oregon"
    in_force: date | None = None  # requests received before it get principle 6 for every row


@dataclass(frozen=True)
class RuleBook:
    """Every regime's rules plus the shared rows. Build with ``load_rules``."""

    regimes: Mapping[str, RegimeRules]
    every_regime: tuple[Rule, ...]
    default: Rule
    groups: Mapping[str, frozenset[str]]
    type_flags: Mapping[str, tuple[str, ...]]
    folder: Path | None = None
    type_labels: Mapping[str, str] = field(default_factory=dict)
    flag_labels: Mapping[str, str] = field(default_factory=dict)
    _index: dict[tuple[str, str], tuple[Rule, ...]] = field(default_factory=dict, compare=False, repr=False)

    def regime_ids(self) -> list[str]:
        """Known regimes: the vocabulary's order, then any added as data (``unknown`` is not a file)."""
        order = {regime: index for index, regime in enumerate(values(Regime))}
        return sorted(self.regimes, key=lambda r: (order.get(r, len(order)), r))

    def rule_for(self, regime: str, request_type: str, received: date) -> tuple[Rule, bool]:
        """The rule row for a type under a regime, and whether a row *lists* the type.

        Matching order (spec): the every-regime rows, then the regime's own rows, then the
        principle-6 default (``listed`` False). Rows with ``effective_from``/``effective_until``
        match only requests received in that range.
        """
        for rule in self.every_regime:
            if request_type in rule.types and rule.applies_on(received):
                return rule, True
        key = (regime, request_type)
        candidates = self._index.get(key)
        if candidates is None:
            regime_rules = self.regimes.get(regime)
            if regime_rules is None:
                raise KeyError(regime)
            candidates = tuple(r for r in regime_rules.rules if request_type in r.types)
            self._index[key] = candidates  # a benign cache: same value whichever thread wins
        for rule in candidates:
            if rule.applies_on(received):
                return rule, True
        return self.default, False

    def later_rule(self, regime: str, request_type: str, received: date) -> Rule | None:
        """A row of the regime that lists the type but starts only after ``received`` (or None).

        Used to say why a request fell to principle 6: the law, or this right, was not yet in force.
        """
        regime_rules = self.regimes.get(regime)
        if regime_rules is None:
            return None
        later = [r for r in regime_rules.rules if request_type in r.types
                 and r.effective_from is not None and received < r.effective_from]
        return min(later, key=lambda r: r.effective_from or date.max) if later else None

    def label(self, regime: str, *, short: bool = False) -> str:
        """The law in plain words: "Oregon (OCPA)" (short: "Oregon"). ``unknown``: "Unknown"."""
        regime_rules = self.regimes.get(regime)
        if regime_rules is None:
            return "Unknown" if regime == Regime.UNKNOWN else regime.replace("_", " ")
        if short:
            return regime_rules.short_label or regime_rules.label or regime_rules.title
        return regime_rules.label or regime_rules.title

    def type_label(self, request_type: str) -> str:
        """A request type in plain words ("opt-out of sale or sharing")."""
        return self.type_labels.get(request_type, request_type.replace("_", " "))

    def flag_label(self, flag: str) -> str:
        """What a flag asks of staff, in one plain sentence."""
        return self.flag_labels.get(flag, flag.replace("_", " "))


def regime_label(regime: str, *, short: bool = False) -> str:
    """The plain-words name of a law, from the shipped rule files: one source for every front end."""
    return load_rules().label(regime, short=short)


def regime_labels(*, short: bool = False) -> dict[str, str]:
    """Every known regime id -> its plain-words name, in the vocabulary's order (``unknown`` last)."""
    book = load_rules()
    out = {regime: book.label(regime, short=short) for regime in book.regime_ids()}
    out[Regime.UNKNOWN.value] = book.label(Regime.UNKNOWN.value, short=short)
    return out


def default_rules_folder() -> Path:
    from privacydesk.resources import resource_path

    return resource_path("regimes")


_CACHE: dict[Path, RuleBook] = {}


def load_rules(folder: Path | None = None, *, use_cache: bool = True) -> RuleBook:
    """Load and validate every rule file in ``folder`` (default ``resources/regimes``).

    Raises ``RuleError`` listing every problem (file + field). The result is cached per folder
    because the CLI and the window both ask for it and it never changes while running.
    """
    folder = (folder or default_rules_folder()).resolve()
    if use_cache and folder in _CACHE:
        return _CACHE[folder]
    book = _Loader(folder).load()
    if use_cache:
        _CACHE[folder] = book
    log.debug("loaded deadline rules for %d regimes from %s", len(book.regimes), folder)
    return book


# --------------------------------------------------------------------------------------------
# Loading and validation


class _Loader:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems: list[tuple[str, str, str]] = []
        self.groups: dict[str, frozenset[str]] = {}
        self.file = ""

    def problem(self, path: str, message: str) -> None:
        self.problems.append((self.file, path, message))

    def read(self, path: Path) -> dict[str, Any] | None:
        self.file = path.name
        try:
            with path.open("rb") as handle:
                return tomllib.load(handle)
        except tomllib.TOMLDecodeError as exc:
            self.problem("(file)", f"not valid TOML: {exc}")
        except OSError as exc:
            self.problem("(file)", f"cannot read: {exc.strerror}")
        return None

    def load(self) -> RuleBook:
        if not self.folder.is_dir():
            raise RuleError([(str(self.folder), "(folder)", "rule folder does not exist")])
        shared_path = self.folder / SHARED_FILE
        every: tuple[Rule, ...] = ()
        default: Rule | None = None
        type_flags: dict[str, tuple[str, ...]] = {}
        type_labels: dict[str, str] = {}
        flag_labels: dict[str, str] = {}
        if not shared_path.is_file():
            self.file = SHARED_FILE
            self.problem("(file)", "is missing (it holds the groups, the every-regime rows and the default)")
        else:
            doc = self.read(shared_path)
            if doc is not None:
                every, default, type_flags = self.shared(doc)
                type_labels = self.labels(doc, "type_labels", values(RequestType))
                flag_labels = self.labels(doc, "flag_labels", list(ALL_FLAGS))

        regimes: dict[str, RegimeRules] = {}
        for path in sorted(self.folder.glob("*.toml")):
            if path.name.startswith("_"):
                continue
            doc = self.read(path)
            if doc is None:
                continue
            regime_rules = self.regime_file(doc, path.stem, every)
            if regime_rules is not None:
                regimes[regime_rules.regime] = regime_rules
        for regime in values(Regime):
            if regime != Regime.UNKNOWN and regime not in regimes and not any(
                    p[0] == f"{regime}.toml" for p in self.problems):
                self.file = f"{regime}.toml"
                self.problem("(file)", f"is missing: every regime needs a rules file ({regime!r})")
        if self.problems or default is None:
            raise RuleError(self.problems or [(SHARED_FILE, "default", "is required")])
        return RuleBook(regimes=regimes, every_regime=every, default=default, groups=dict(self.groups),
                        type_flags=type_flags, folder=self.folder, type_labels=type_labels,
                        flag_labels=flag_labels)

    # -- files -----------------------------------------------------------------------------

    def shared(self, doc: dict[str, Any]) -> tuple[tuple[Rule, ...], Rule | None, dict[str, tuple[str, ...]]]:
        self.unknown_keys(doc, "", ("groups", "type_flags", "every_regime", "default", "type_labels",
                                    "flag_labels"))
        groups = doc.get("groups", {})
        if not isinstance(groups, dict):
            self.problem("groups", "must be a table of group name = [request types]")
            groups = {}
        for name, members in groups.items():
            if not _IDENT.match(name) or name in values(RequestType):
                self.problem(f"groups.{name}", "a group name must be snake_case and not a request type")
                continue
            if not isinstance(members, list) or not members:
                self.problem(f"groups.{name}", "must be a non-empty list of request types")
                continue
            bad = [m for m in members if m not in values(RequestType)]
            if bad:
                self.problem(f"groups.{name}", f"unknown request type(s) {bad}; valid values: "
                             + ", ".join(values(RequestType)))
                continue
            self.groups[name] = frozenset(members)

        type_flags: dict[str, tuple[str, ...]] = {}
        raw_flags = doc.get("type_flags", {})
        if not isinstance(raw_flags, dict):
            self.problem("type_flags", "must be a table of request type = [flags]")
            raw_flags = {}
        for rtype, flags in raw_flags.items():
            if rtype not in values(RequestType):
                self.problem(f"type_flags.{rtype}", "unknown request type; valid values: "
                             + ", ".join(values(RequestType)))
                continue
            type_flags[rtype] = self.flags(flags, f"type_flags.{rtype}")

        every: list[Rule] = []
        raw_every = doc.get("every_regime", [])
        if not isinstance(raw_every, list):
            self.problem("every_regime", "must be an array of tables ([[every_regime]])")
            raw_every = []
        for index, item in enumerate(raw_every):
            rule = self.rule(item, f"every_regime[{index}]", "*")
            if rule is not None:
                every.append(rule)
        self.check_overlaps(every, "every_regime")

        default: Rule | None = None
        raw_default = doc.get("default")
        if raw_default is None:
            self.problem("default", "is required (principle 6: the company default period)")
        else:
            default = self.rule(raw_default, "default", "default", needs_types=False)
        return tuple(every), default, type_flags

    def labels(self, doc: dict[str, Any], key: str, required: list[str]) -> dict[str, str]:
        """A table of identifier = plain words, with an entry for every identifier."""
        raw = doc.get(key)
        if not isinstance(raw, dict):
            self.problem(key, "is required: a table of identifier = plain words")
            return {}
        out: dict[str, str] = {}
        for name, text in raw.items():
            if name not in required:
                self.problem(f"{key}.{name}", f"unknown identifier; valid values: {', '.join(required)}")
            elif not isinstance(text, str) or not text.strip() or "\n" in text.strip():
                self.problem(f"{key}.{name}", "must be one line of text")
            else:
                out[name] = text.strip()
        missing = [name for name in required if name not in raw]
        if missing:
            self.problem(key, f"has no words for {', '.join(missing)}")
        return out

    def regime_file(self, doc: dict[str, Any], stem: str, every: tuple[Rule, ...]) -> RegimeRules | None:
        self.unknown_keys(doc, "", ("regime", "title", "label", "short_label", "in_force", "rule"))
        regime = doc.get("regime")
        if not isinstance(regime, str) or not _IDENT.match(regime):
            self.problem("regime", "is required: the regime identifier (snake_case), e.g. \"gdpr\"")
            return None
        if regime != stem:
            self.problem("regime", f"is {regime!r} but the file is named {stem}.toml; they must match")
            return None
        if regime == Regime.UNKNOWN:
            self.problem("regime", "'unknown' is reserved (the engine derives it from the covered regimes)")
            return None
        title = doc.get("title", regime)
        if not isinstance(title, str):
            self.problem("title", "must be text")
            title = regime
        label = doc.get("label")
        if not isinstance(label, str) or not label.strip():
            self.problem("label", "is required: the law's name in plain words, e.g. \"Oregon (OCPA)\"")
            label = title
        short_label = doc.get("short_label", label)
        if not isinstance(short_label, str) or not short_label.strip():
            self.problem("short_label", "must be text (a short name for narrow columns)")
            short_label = label
        in_force = self.date(doc, "in_force", "")
        raw_rules = doc.get("rule", [])
        if not isinstance(raw_rules, list):
            self.problem("rule", "must be an array of tables ([[rule]])")
            return None
        rules: list[Rule] = []
        for index, item in enumerate(raw_rules):
            rule = self.rule(item, f"rule[{index}]", regime)
            if rule is None:
                continue
            if in_force is not None and (rule.effective_from is None or rule.effective_from < in_force):
                if rule.effective_until is not None and rule.effective_until <= in_force:
                    self.problem(f"rule[{index}].effective_until", "ends before the law's in_force date")
                    continue
                rule = replace(rule, effective_from=in_force)  # no row applies before the law
            shadowed = sorted(t for t in rule.types for e in every if t in e.types)
            if shadowed:
                self.problem(f"rule[{index}].types", f"{shadowed} are already set for every regime in "
                             f"{SHARED_FILE} (every_regime rows win); remove them here")
            rules.append(rule)
        self.check_overlaps(rules, "rule")
        return RegimeRules(regime=regime, title=title, rules=tuple(rules), source_file=self.file,
                           label=label.strip(), short_label=short_label.strip(), in_force=in_force)

    # -- rows ------------------------------------------------------------------------------

    def rule(self, item: Any, path: str, regime: str, *, needs_types: bool = True) -> Rule | None:
        if not isinstance(item, dict):
            self.problem(path, "must be a table")
            return None
        before = len(self.problems)
        allowed = ("types", "start_from", "stop_the_clock", "flags", "effective_from", "effective_until",
                   "confidence", "note", *MILESTONES)
        self.unknown_keys(item, path, allowed)
        types: set[str] = set()
        if needs_types:
            raw_types = item.get("types")
            if not isinstance(raw_types, list) or not raw_types:
                self.problem(f"{path}.types", "is required: a non-empty list of request types or group names")
            else:
                for index, name in enumerate(raw_types):
                    if isinstance(name, str) and name in self.groups:
                        types |= self.groups[name]
                    elif isinstance(name, str) and name in values(RequestType):
                        types.add(name)
                    else:
                        self.problem(f"{path}.types[{index}]",
                                     f"unknown request type or group {name!r}; valid values: "
                                     + ", ".join([*values(RequestType), *self.groups]))
        elif "types" in item:
            self.problem(f"{path}.types", "the default row applies to every type; remove 'types'")
        start_from = self.str_list(item, "start_from", path, START_EVENTS, ("received",))
        if "received" not in start_from:
            self.problem(f"{path}.start_from", "must include 'received' (the clock never starts before receipt)")
        stop = self.str_list(item, "stop_the_clock", path, values(PauseReason), ())
        flags = self.flags(item.get("flags", []), f"{path}.flags")
        eff_from = self.date(item, "effective_from", path)
        eff_until = self.date(item, "effective_until", path)
        if eff_from and eff_until and eff_until <= eff_from:
            self.problem(f"{path}.effective_until", "must be after effective_from")
        confidence = self.confidence(item, path)
        note = item.get("note", "")
        if not isinstance(note, str) or "\n" in note.strip():
            self.problem(f"{path}.note", "must be one line of text")
            note = ""
        milestones: dict[str, DateRule] = {}
        for name in MILESTONES:
            if name in item:
                date_rule = self.date_rule(item[name], f"{path}.{name}", name, confidence,
                                           needs_cite=regime != "default")
                if date_rule is not None:
                    milestones[name] = date_rule
        if "respond_by" not in item:
            self.problem(f"{path}.respond_by", "is required (every request has a respond_by date)")
        if ("respond_by_extended" in milestones) != ("extension_notice_by" in milestones):
            self.problem(path, "respond_by_extended and extension_notice_by go together (an extension "
                         "always has a last day to tell the requester)")
        for name, dr in milestones.items():
            if name == "respond_by" and dr.effective_from is not None:
                self.problem(f"{path}.respond_by.effective_from", "respond_by always applies; give the "
                             "row effective_from/effective_until instead")
            if dr.add_paused_days and not stop:
                self.problem(f"{path}.{name}.add_paused_days", "needs stop_the_clock on the row")
        if len(self.problems) > before:
            return None
        return Rule(regime=regime, label=f"{regime if regime not in ('*', 'default') else SHARED_FILE} {path}",
                    types=frozenset(types), milestones=milestones, start_from=start_from,
                    stop_the_clock=stop, flags=flags, effective_from=eff_from, effective_until=eff_until,
                    source_file=self.file, confidence=confidence, note=str(note).strip())

    def confidence(self, item: dict[str, Any], path: str, default: str = "") -> str:
        value = item.get("confidence", default)
        if value not in (*CONFIDENCE, ""):
            self.problem(f"{path}.confidence", f"must be one of {', '.join(CONFIDENCE)}")
            return default
        return str(value)

    def date_rule(self, item: Any, path: str, milestone: str, row_confidence: str = "", *,
                  needs_cite: bool = True) -> DateRule | None:
        if not isinstance(item, dict):
            self.problem(path, "must be a table")
            return None
        before = len(self.problems)
        allowed = ("why", "cite", "confidence", "earliest_of", "staff_set", "add_paused_days", "roll",
                   "calendar", "effective_from", "from", "first_day_counts", *PERIOD_UNITS)
        self.unknown_keys(item, path, allowed)
        why = item.get("why")
        if not isinstance(why, str) or not why.strip():
            self.problem(f"{path}.why", "is required: the one-line explanation in plain words")
        elif "\n" in why.strip():
            self.problem(f"{path}.why", "must be one line")
        cite = item.get("cite", "")
        if not isinstance(cite, str) or "\n" in cite.strip():
            self.problem(f"{path}.cite", "must be one line: the legal source, e.g. \"ORS 646A.576(5)\"")
            cite = ""
        confidence = self.confidence(item, path, row_confidence)
        staff_set = self.bool(item, "staff_set", path)
        periods: list[Period] = []
        has_inline = "from" in item or any(u in item for u in PERIOD_UNITS)
        if staff_set:
            if milestone != "respond_by_extended":
                self.problem(f"{path}.staff_set", "only respond_by_extended can be set by staff")
            if has_inline or "earliest_of" in item:
                self.problem(f"{path}.staff_set", "a staff-set date has no period; remove the period keys")
        elif "earliest_of" in item:
            if has_inline:
                self.problem(f"{path}.earliest_of", "give either earliest_of or one period, not both")
            raw = item["earliest_of"]
            if not isinstance(raw, list) or not raw:
                self.problem(f"{path}.earliest_of", "must be a non-empty list of periods")
            else:
                for index, sub in enumerate(raw):
                    if not isinstance(sub, dict):
                        self.problem(f"{path}.earliest_of[{index}]", "must be a table")
                        continue
                    self.unknown_keys(sub, f"{path}.earliest_of[{index}]",
                                      ("from", "first_day_counts", *PERIOD_UNITS))
                    period = self.period(sub, f"{path}.earliest_of[{index}]", milestone)
                    if period is not None:
                        periods.append(period)
        else:
            period = self.period(item, path, milestone)
            if period is not None:
                periods.append(period)
        add_paused = self.bool(item, "add_paused_days", path)
        roll = item.get("roll", "none")
        if roll not in ROLLS:
            self.problem(f"{path}.roll", f"must be one of {', '.join(ROLLS)}")
        calendar = item.get("calendar", COMPANY_CALENDAR)
        if not isinstance(calendar, str):
            self.problem(f"{path}.calendar", "must be text")
        else:
            message = check_calendar(calendar)
            if message:
                self.problem(f"{path}.calendar", message)
        if "calendar" in item and roll == "none" and not any(p.unit == "business_days" for p in periods):
            self.problem(f"{path}.calendar", "is used only by business_days or roll; remove it")
        effective_from = self.date(item, "effective_from", path)
        if (needs_cite and isinstance(cite, str) and not cite.strip()
                and not all(p.unit == "company_default_days" for p in periods)):
            # Only the company's own default period has no legal source.
            self.problem(f"{path}.cite", "is required: the legal source of this date, e.g. \"ORS 646A.576(5)\"")
        if len(self.problems) > before:
            return None
        return DateRule(milestone=milestone, periods=tuple(periods), why=str(why).strip(),
                        staff_set=staff_set, add_paused_days=add_paused, roll=str(roll),
                        calendar=str(calendar), effective_from=effective_from, cite=str(cite).strip(),
                        confidence=confidence)

    def period(self, item: dict[str, Any], path: str, milestone: str) -> Period | None:
        anchor = item.get("from")
        if anchor not in ANCHORS:
            self.problem(f"{path}.from", f"is required: one of {', '.join(ANCHORS)}")
            return None
        if anchor == "respond_by" and milestone == "respond_by":
            self.problem(f"{path}.from", "respond_by cannot count from itself")
            return None
        units = [u for u in PERIOD_UNITS if u in item]
        if len(units) != 1:
            self.problem(path, f"needs exactly one period: {', '.join(PERIOD_UNITS)}")
            return None
        unit = units[0]
        value = item[unit]
        if unit == "company_default_days":
            if value is not True:
                self.problem(f"{path}.{unit}", "must be true (the profile's deadlines.default_response_days)")
                return None
            amount = 0
        else:
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1000:
                self.problem(f"{path}.{unit}", "must be a whole number from 0 to 1000")
                return None
            amount = value
        first = self.bool(item, "first_day_counts", path)
        if first and unit != "calendar_days":
            self.problem(f"{path}.first_day_counts", "applies to calendar_days only")
            return None
        if first and amount < 1:
            self.problem(f"{path}.first_day_counts", "needs at least 1 day")
            return None
        return Period(anchor=anchor, unit=unit, amount=amount, first_day_counts=first)

    # -- helpers ---------------------------------------------------------------------------

    def unknown_keys(self, item: dict[str, Any], path: str, allowed: tuple[str, ...]) -> None:
        for key in item:
            if key not in allowed:
                where = f"{path}.{key}" if path else key
                self.problem(where, f"unknown key; allowed here: {', '.join(allowed)}")

    def str_list(self, item: dict[str, Any], key: str, path: str, allowed: list[str] | tuple[str, ...],
                 default: tuple[str, ...]) -> tuple[str, ...]:
        if key not in item:
            return default
        raw = item[key]
        if not isinstance(raw, list):
            self.problem(f"{path}.{key}", "must be a list")
            return default
        out: list[str] = []
        for index, value in enumerate(raw):
            if value not in allowed:
                self.problem(f"{path}.{key}[{index}]",
                             f"unknown value {value!r}; valid values: {', '.join(allowed)}")
            else:
                out.append(value)
        return tuple(out)

    def flags(self, raw: Any, path: str) -> tuple[str, ...]:
        if not isinstance(raw, list):
            self.problem(path, "must be a list of flags")
            return ()
        out: list[str] = []
        for index, value in enumerate(raw):
            if value not in RULE_FLAGS:
                self.problem(f"{path}[{index}]", f"unknown flag {value!r}; valid values: {', '.join(RULE_FLAGS)}")
            else:
                out.append(value)
        return tuple(out)

    def bool(self, item: dict[str, Any], key: str, path: str) -> bool:
        value = item.get(key, False)
        if not isinstance(value, bool):
            self.problem(f"{path}.{key}", "must be true or false")
            return False
        return value

    def date(self, item: dict[str, Any], key: str, path: str) -> date | None:
        value = item.get(key)
        if value is None:
            return None
        if isinstance(value, date) and not hasattr(value, "hour"):
            return value
        self.problem(f"{path}.{key}" if path else key, "must be a TOML date such as 2026-06-19 (no quotes)")
        return None

    def check_overlaps(self, rules: list[Rule], path: str) -> None:
        """Two rows of one file may list the same type only for disjoint effective ranges."""
        for i, first in enumerate(rules):
            for j in range(i + 1, len(rules)):
                second = rules[j]
                common = first.types & second.types
                if not common:
                    continue
                a0, a1 = first.effective_from or date.min, first.effective_until or date.max
                b0, b1 = second.effective_from or date.min, second.effective_until or date.max
                if a0 < b1 and b0 < a1:
                    self.problem(f"{path}[{j}].types",
                                 f"{sorted(common)} already listed by {path}[{i}] for overlapping dates; "
                                 "give the rows disjoint effective_from/effective_until ranges")


def parse_calendar(code: str) -> tuple[str, str]:
    """``"GB"`` -> ("GB", ""); ``"US-CA"`` -> ("US", "CA"). ``company`` is resolved by the engine."""
    country, _, subdivision = code.partition("-")
    return country, subdivision


def check_calendar(code: str) -> str | None:
    if code == COMPANY_CALENDAR:
        return None
    import holidays  # lazily: large module, only needed when rules are loaded

    country, subdivision = parse_calendar(code)
    supported = holidays.list_supported_countries()
    if country not in supported:
        return (f"unknown calendar {code!r}: use 'company' (the profile's business calendar) or a "
                "holidays country code such as GB, US, or US-CA")
    if subdivision and subdivision not in supported[country]:
        return f"unknown subdivision {subdivision!r} of {country}"
    return None
