"""Records a regulator asks for: the request register (CCPA 11 CCR §7101) and the yearly metrics
(§7102). Pure: rows in, rows and text out.

What counts (documented in docs/records.md):

* The register has one row per request except those closed as ``not_a_request`` (staff decided they
  were never requests). ``response_date`` and ``deadline_met`` are filled once a request was answered
  (outcome complied in full, in part, or denied); ``respond_by_extended`` only when it was extended.
* The metrics count requests *received* in the year (not duplicates or "not a request"), per request
  type (a request of two types counts under each); "complied in whole / in part / denied" are their
  outcomes so far; days to respond are calendar days from the received date to the closing date, for
  requests answered (complied or denied).
"""

from __future__ import annotations

import csv
import io
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from privacydesk.domain.vocab import Outcome, RequestType

REGISTER_HEADER: tuple[str, ...] = (
    "ref", "received", "types", "manner", "agent", "regime", "status", "outcome", "response_date",
    "response_nature", "denial_basis", "assignee", "acknowledge_by", "respond_by", "respond_by_extended",
    "deadline_met",
)
METRICS_HEADER: tuple[str, ...] = (
    "type", "received", "complied_in_whole", "complied_in_part", "denied", "median_days", "mean_days",
)
#: Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%")
ANSWERED = frozenset({Outcome.COMPLIED_FULL.value, Outcome.COMPLIED_PARTIAL.value, Outcome.DENIED.value})


def neutralise_cell(text: str) -> str:
    """A cell a spreadsheet shows as text, never runs: one that starts like a formula gets a leading
    apostrophe (the convention Excel, LibreOffice and Google Sheets all honour)."""
    stripped = text.lstrip(" ")
    if stripped.startswith(FORMULA_STARTS) or text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ";".join(str(v) for v in value)
    return str(value)


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """CSV (RFC 4180, CRLF) with every text cell neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise_cell(_cell(v)) for v in row])
    return out.getvalue()


@dataclass(frozen=True)
class RegisterRow:
    ref: str
    received: date
    types: tuple[str, ...]
    manner: str
    agent: bool
    regime: str
    status: str
    outcome: str | None
    response_date: date | None
    response_nature: str | None
    denial_basis: str | None
    assignee: str | None
    acknowledge_by: date | None
    respond_by: date | None
    respond_by_extended: date | None
    deadline_met: bool | None

    def cells(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in REGISTER_HEADER)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in REGISTER_HEADER:
            value = getattr(self, name)
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = list(value)
            out[name] = value
        return out


def register_csv(rows: Iterable[RegisterRow]) -> str:
    return csv_text(REGISTER_HEADER, (r.cells() for r in rows))


@dataclass(frozen=True)
class Answered:
    """One request as the metrics see it."""

    types: tuple[str, ...]
    received: date
    outcome: str | None
    closed: date | None


@dataclass(frozen=True)
class TypeMetrics:
    type: str
    received: int
    complied_in_whole: int
    complied_in_part: int
    denied: int
    median_days: float | None
    mean_days: float | None

    def cells(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in METRICS_HEADER)

    def as_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in METRICS_HEADER}


@dataclass(frozen=True)
class YearMetrics:
    year: int
    types: tuple[TypeMetrics, ...]
    total: TypeMetrics

    def as_json(self) -> dict[str, Any]:
        return {"year": self.year, "types": [t.as_json() for t in self.types], "total": self.total.as_json()}

    def csv(self) -> str:
        return csv_text(METRICS_HEADER, (t.cells() for t in self.types))


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _summarise(label: str, items: Sequence[Answered]) -> TypeMetrics:
    days = [(i.closed - i.received).days for i in items
            if i.outcome in ANSWERED and i.closed is not None]
    return TypeMetrics(
        type=label,
        received=len(items),
        complied_in_whole=sum(1 for i in items if i.outcome == Outcome.COMPLIED_FULL.value),
        complied_in_part=sum(1 for i in items if i.outcome == Outcome.COMPLIED_PARTIAL.value),
        denied=sum(1 for i in items if i.outcome == Outcome.DENIED.value),
        median_days=_round(float(statistics.median(days))) if days else None,
        mean_days=_round(statistics.fmean(days)) if days else None,
    )


def year_metrics(year: int, requests: Iterable[Answered]) -> YearMetrics:
    """The §7102 table for requests received in ``year``: one row per request type that occurred
    (in the vocabulary's order), and a total over requests (each counted once)."""
    chosen = [r for r in requests if r.received.year == year]
    order = [t.value for t in RequestType]
    present = sorted({t for r in chosen for t in r.types}, key=lambda t: (order.index(t) if t in order else 99, t))
    rows = tuple(_summarise(t, [r for r in chosen if t in r.types]) for t in present)
    return YearMetrics(year, rows, _summarise("all", chosen))
