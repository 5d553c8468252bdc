"""The company profile: the business's identity and the promises of its privacy notice.

Kept as TOML data (``resources/profiles/*.toml``; the user's copy is ``profile.toml`` in the data
dir). ``parse_profile`` validates a whole document and raises ``ProfileError`` naming every bad
field (dotted path, e.g. ``deadlines.default_response_days``), so an edit that would silently
change a legal date is refused instead.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from privacydesk.domain.errors import UserError
from privacydesk.domain.vocab import Regime, RequestType, VerificationMethod, values

DEADLINE_UNITS = ("calendar_days", "business_days")
#: What happens when a new request from a person arrives (issue 9): nothing, an acknowledgement saved
#: to the Drafts folder, or an acknowledgement sent automatically.
AUTO_ACKNOWLEDGE = ("off", "draft", "send")


class ProfileError(UserError, ValueError):
    """A profile document is invalid. ``problems`` holds (field path, message) pairs."""

    def __init__(self, problems: list[tuple[str, str]], source: str = "profile") -> None:
        self.problems = problems
        self.source = source
        lines = [f"{path}: {message}" for path, message in problems]
        super().__init__(f"{source} is invalid:\n  " + "\n  ".join(lines))


@dataclass(frozen=True)
class DeadlineCommitment:
    """A notice promise that replaces the legal period for one request type when stricter."""

    type: str
    days: int
    unit: str  # calendar_days | business_days
    source: str


@dataclass(frozen=True)
class CcpaCategory:
    id: str
    name: str
    examples: str
    collected: bool
    sold: bool


@dataclass(frozen=True)
class ClosedDay:
    """Days the company is closed beyond weekends and public holidays (``[calendar] closed_days``).

    Shown on the calendar and warned about; they never move a legal date (only the law's own
    calendar does), so a milestone on one must be met on the working day before.
    """

    start: date
    end: date  # inclusive; equal to ``start`` for a single day
    name: str = ""

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class CompanyProfile:
    legal_name: str
    privacy_email: str
    own_addresses: tuple[str, ...]
    postal_address: str
    time_zone: str
    covered_regimes: tuple[str, ...]
    rights_offered: tuple[str, ...]
    default_response_days: int
    business_calendar: str = "US"
    business_calendar_subdivision: str = ""
    due_soon_days: int = 5
    due_soon_fraction: float = 0.8
    deadline_commitments: tuple[DeadlineCommitment, ...] = ()
    sells_personal_information: bool = False
    retention_years: int | None = None
    delete_verification_data_after_verification: bool = False
    agent_requires_proof: bool = True
    verification_methods: tuple[str, ...] = ()
    honours_do_not_track: bool = False
    ccpa_categories: tuple[CcpaCategory, ...] = ()
    website: str = ""
    country: str = ""
    notice_url: str = ""
    notice_last_updated: date | None = None
    own_domains: tuple[str, ...] = ()
    retention_months: int | None = None  # overrides retention_years when given (issue 13)
    auto_acknowledge: str = "off"
    closed_days: tuple[ClosedDay, ...] = ()
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def retention_period_months(self) -> int | None:
        """How long personal data is kept after a request is closed (None: no promise, no purge)."""
        if self.retention_months is not None:
            return self.retention_months
        return self.retention_years * 12 if self.retention_years is not None else None

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def commitment_for(self, request_type: str) -> DeadlineCommitment | None:
        for commitment in self.deadline_commitments:
            if commitment.type == request_type:
                return commitment
        return None

    def is_own_address(self, email: str | None) -> bool:
        if not email:
            return False
        email = email.strip().lower()
        if email in self.own_addresses or email == self.privacy_email:
            return True
        domain = email.rpartition("@")[2]
        return any(domain == d or domain.endswith("." + d) for d in self.own_domains)


class _Reader:
    """Collects problems while reading typed fields out of the TOML tree."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.problems: list[tuple[str, str]] = []

    def _lookup(self, path: str) -> tuple[bool, Any]:
        node: Any = self.doc
        for part in path.split("."):
            if not isinstance(node, dict) or part not in node:
                return False, None
            node = node[part]
        return True, node

    def get(self, path: str, kind: type | tuple[type, ...], default: Any = ..., *,
            allow_empty: bool = True) -> Any:
        found, value = self._lookup(path)
        if not found:
            if default is ...:
                self.problems.append((path, "is required"))
                return None
            return default
        # bool is an int subclass: refuse it where a number is wanted
        if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            self.problems.append((path, f"must be {self._kind_name(kind)}, not true/false"))
            return None
        if not isinstance(value, kind):
            self.problems.append((path, f"must be {self._kind_name(kind)}, got {type(value).__name__}"))
            return None
        if not allow_empty and isinstance(value, str) and not value.strip():
            self.problems.append((path, "must not be empty"))
            return None
        return value

    @staticmethod
    def _kind_name(kind: type | tuple[type, ...]) -> str:
        names = {str: "text", int: "a whole number", float: "a number", bool: "true or false",
                 list: "a list", dict: "a table", date: "a date (YYYY-MM-DD)"}
        kinds = kind if isinstance(kind, tuple) else (kind,)
        return " or ".join(names.get(k, k.__name__) for k in kinds)

    def str_list(self, path: str, allowed: list[str] | None = None, default: Any = ...) -> tuple[str, ...]:
        value = self.get(path, list, default)
        if value is None:
            return ()
        out: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, str):
                self.problems.append((f"{path}[{index}]", "must be text"))
            elif allowed is not None and item not in allowed:
                self.problems.append((f"{path}[{index}]",
                                      f"unknown value {item!r}; valid values: {', '.join(allowed)}"))
            else:
                out.append(item)
        return tuple(out)


def parse_profile(doc: dict[str, Any], source: str = "profile") -> CompanyProfile:
    """Validate a profile document; raise ``ProfileError`` listing every problem."""
    r = _Reader(doc)
    legal_name = r.get("company.legal_name", str, allow_empty=False)
    privacy_email = r.get("company.privacy_email", str, allow_empty=False)
    if isinstance(privacy_email, str) and "@" not in privacy_email:
        r.problems.append(("company.privacy_email", "must be an email address"))
    own = r.str_list("company.own_addresses", default=[])
    own_domains = r.str_list("company.own_domains", default=[])
    for index, domain in enumerate(own_domains):
        if "@" in domain or "." not in domain or " " in domain:
            r.problems.append((f"company.own_domains[{index}]", "must be a domain name such as example.com"))
    for index, address in enumerate(own):
        if "@" not in address:
            r.problems.append((f"company.own_addresses[{index}]", "must be an email address"))
    time_zone = r.get("company.time_zone", str, allow_empty=False)
    if isinstance(time_zone, str) and time_zone:
        try:
            ZoneInfo(time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            r.problems.append(("company.time_zone",
                               f"unknown time zone {time_zone!r} (use an IANA name such as America/Chicago)"))
    regimes = r.str_list("coverage.regimes", [v for v in values(Regime) if v != "unknown"])
    offered = r.str_list("rights.offered", values(RequestType))
    default_days = r.get("deadlines.default_response_days", int)
    if isinstance(default_days, int) and not 1 <= default_days <= 366:
        r.problems.append(("deadlines.default_response_days", "must be between 1 and 366"))
    calendar = r.get("deadlines.business_calendar", str, "US")
    subdivision = r.get("deadlines.business_calendar_subdivision", str, "")
    if isinstance(calendar, str):
        problem = _check_calendar(calendar, subdivision if isinstance(subdivision, str) else "")
        if problem:
            r.problems.append(("deadlines.business_calendar", problem))
    due_soon_days = r.get("deadlines.due_soon_days", int, 5)
    if isinstance(due_soon_days, int) and not 0 <= due_soon_days <= 60:
        r.problems.append(("deadlines.due_soon_days", "must be between 0 and 60"))
    due_soon_fraction = r.get("deadlines.due_soon_fraction", (int, float), 0.8)
    if isinstance(due_soon_fraction, (int, float)) and not 0 < due_soon_fraction <= 1:
        r.problems.append(("deadlines.due_soon_fraction", "must be more than 0 and at most 1"))

    commitments: list[DeadlineCommitment] = []
    raw_commitments = r.get("commitments.deadlines", list, [])
    for index, item in enumerate(raw_commitments or []):
        path = f"commitments.deadlines[{index}]"
        if not isinstance(item, dict):
            r.problems.append((path, "must be a table"))
            continue
        sub = _Reader(item)
        ctype = sub.get("type", str)
        days = sub.get("days", int)
        unit = sub.get("unit", str, "calendar_days")
        source_text = sub.get("source", str, "")
        if isinstance(ctype, str) and ctype not in values(RequestType):
            sub.problems.append(("type", f"unknown request type {ctype!r}; valid values: "
                                 + ", ".join(values(RequestType))))
        if isinstance(days, int) and not 1 <= days <= 366:
            sub.problems.append(("days", "must be between 1 and 366"))
        if isinstance(unit, str) and unit not in DEADLINE_UNITS:
            sub.problems.append(("unit", f"must be one of {', '.join(DEADLINE_UNITS)}"))
        r.problems.extend((f"{path}.{p}", m) for p, m in sub.problems)
        if not sub.problems:
            commitments.append(DeadlineCommitment(ctype, days, unit, source_text))

    categories: list[CcpaCategory] = []
    for index, item in enumerate(r.get("ccpa_categories", list, []) or []):
        path = f"ccpa_categories[{index}]"
        if not isinstance(item, dict):
            r.problems.append((path, "must be a table"))
            continue
        sub = _Reader(item)
        cat = CcpaCategory(
            id=sub.get("id", str, allow_empty=False),
            name=sub.get("name", str, allow_empty=False),
            examples=sub.get("examples", str, ""),
            collected=sub.get("collected", bool),
            sold=sub.get("sold", bool, False),
        )
        r.problems.extend((f"{path}.{p}", m) for p, m in sub.problems)
        if not sub.problems:
            categories.append(cat)

    retention = r.get("commitments.retention_years", int, None)
    if isinstance(retention, int) and retention < 0:
        r.problems.append(("commitments.retention_years", "must not be negative"))
    retention_months = r.get("commitments.retention_months", int, None)
    if isinstance(retention_months, int) and not 1 <= retention_months <= 1200:
        r.problems.append(("commitments.retention_months", "must be between 1 and 1200"))
    methods = r.str_list("commitments.verification_methods", values(VerificationMethod), default=[])
    sells = r.get("commitments.sells_personal_information", bool, False)
    delete_verification = r.get("commitments.delete_verification_data_after_verification", bool, False)
    agent_proof = r.get("commitments.agent_requires_proof", bool, True)
    dnt = r.get("commitments.honours_do_not_track", bool, False)
    last_updated = r.get("company.notice_last_updated", (str, date), None)
    if isinstance(last_updated, str):
        try:
            last_updated = date.fromisoformat(last_updated)
        except ValueError:
            r.problems.append(("company.notice_last_updated", "must be a date YYYY-MM-DD"))
            last_updated = None
    website = r.get("company.website", str, "")
    country = r.get("company.country", str, "")
    notice_url = r.get("company.notice_url", str, "")
    postal = r.get("company.postal_address", str, "")
    auto_ack = r.get("replies.auto_acknowledge", str, "off")
    if isinstance(auto_ack, str) and auto_ack not in AUTO_ACKNOWLEDGE:
        r.problems.append(("replies.auto_acknowledge", f"must be one of {', '.join(AUTO_ACKNOWLEDGE)}"))

    closed_days = _closed_days(r)

    if r.problems:
        raise ProfileError(r.problems, source)
    own_set = tuple(dict.fromkeys(a.strip().lower() for a in (*own, privacy_email)))
    return CompanyProfile(
        legal_name=legal_name,
        privacy_email=privacy_email.strip().lower(),
        own_addresses=own_set,
        own_domains=tuple(d.strip().lower() for d in own_domains),
        postal_address=postal,
        time_zone=time_zone,
        covered_regimes=regimes,
        rights_offered=offered,
        default_response_days=default_days,
        business_calendar=calendar,
        business_calendar_subdivision=subdivision,
        due_soon_days=due_soon_days,
        due_soon_fraction=float(due_soon_fraction),
        deadline_commitments=tuple(commitments),
        sells_personal_information=sells,
        retention_years=retention,
        delete_verification_data_after_verification=delete_verification,
        agent_requires_proof=agent_proof,
        verification_methods=methods,
        honours_do_not_track=dnt,
        ccpa_categories=tuple(categories),
        website=website,
        country=country,
        notice_url=notice_url,
        notice_last_updated=last_updated,
        retention_months=retention_months,
        auto_acknowledge=auto_ack or "off",
        closed_days=closed_days,
        raw=doc,
    )


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _closed_days(r: _Reader) -> tuple[ClosedDay, ...]:
    """``[calendar] closed_days``: dates ("2026-12-24") or tables {from, to, name}."""
    out: list[ClosedDay] = []
    for index, item in enumerate(r.get("calendar.closed_days", list, []) or []):
        path = f"calendar.closed_days[{index}]"
        if isinstance(item, dict):
            start = _as_date(item.get("from", item.get("date")))
            end = _as_date(item.get("to", item.get("from", item.get("date"))))
            name = item.get("name", "")
            if start is None or end is None:
                r.problems.append((path, "needs a date: from = YYYY-MM-DD (and optionally to = YYYY-MM-DD)"))
            elif end < start:
                r.problems.append((path, f"ends ({end.isoformat()}) before it starts ({start.isoformat()})"))
            elif (end - start).days > 366:
                r.problems.append((path, "is longer than a year"))
            elif not isinstance(name, str):
                r.problems.append((path, "name must be text"))
            else:
                out.append(ClosedDay(start, end, name.strip()))
        else:
            day = _as_date(item)
            if day is None:
                r.problems.append((path, "must be a date YYYY-MM-DD"))
            else:
                out.append(ClosedDay(day, day))
    return tuple(sorted(out, key=lambda c: (c.start, c.end)))


def _check_calendar(country: str, subdivision: str) -> str | None:
    # Imported lazily: `holidays` is large and only needed when validating or computing dates.
    import holidays

    supported = holidays.list_supported_countries()
    if country not in supported:
        return f"unknown calendar {country!r} (use a holidays country code such as US, GB, CA)"
    if subdivision and subdivision not in supported[country]:
        return f"unknown subdivision {subdivision!r} for {country}"
    return None


def load_profile_text(text: str, source: str = "profile") -> CompanyProfile:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError([("(file)", f"not valid TOML: {exc}")], source) from exc
    return parse_profile(doc, source)


def load_profile(path: Path) -> CompanyProfile:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ProfileError([("(file)", f"cannot read {path}: {exc.strerror}")], str(path)) from exc
    except UnicodeDecodeError as exc:
        raise ProfileError([("(file)", "is not UTF-8 text")], str(path)) from exc
    return load_profile_text(text, str(path))
