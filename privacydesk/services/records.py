"""Records: the request register, the yearly metrics and a request's case file (issue 13).

The register and the metrics read only facts that survive a retention purge (dates, types, status,
outcome, what was sent), so they stay true after personal data is gone. The case file is what a
regulator would ask for about one request: the messages as received (``.eml``), the replies sent, the
timeline and the decisions, as a readable ``summary.txt`` and ``case.json``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from privacydesk.domain import records as rec
from privacydesk.domain.errors import InvalidInput, Refused
from privacydesk.domain.vocab import RequestStatus
from privacydesk.services.privatefiles import private_dir, write_private_bytes, write_private_text
from privacydesk.services.requests import RequestService
from privacydesk.store.db import Database
from privacydesk.store.models import AuditEvent, Message, Request

log = logging.getLogger(__name__)

HAD_AGENT = "had_agent"  # kept in deadline_info by the retention purge, which removes the agent's details
NOT_IN_REGISTER = (RequestStatus.NOT_A_REQUEST.value,)
NOT_IN_METRICS = (RequestStatus.NOT_A_REQUEST.value, RequestStatus.DUPLICATE.value)
#: Events that are history, not decisions (left out of a case file's "decisions").
NOT_DECISIONS = frozenset({"message_joined", "milestones_recomputed", "note_added"})


@dataclass(frozen=True)
class CaseFile:
    ref: str
    folder: Path
    files: tuple[str, ...]  # relative paths written
    messages_missing: int  # messages whose original bytes are not kept (purged, or metadata only)


def _day(moment: datetime | None, tz: tzinfo) -> date | None:
    return moment.astimezone(tz).date() if moment is not None else None


class RecordsService:
    def __init__(self, db: Database, requests: RequestService) -> None:
        self.db = db
        self.requests = requests
        self.profile = requests.profile

    # -- the register ------------------------------------------------------------------------------
    def register(self, start: date | None = None, end: date | None = None) -> list[rec.RegisterRow]:
        """One row per request received between ``start`` and ``end`` (inclusive), oldest first."""
        if start and end and start > end:
            raise InvalidInput(f"--from {start} is after --to {end}")
        tz = self.profile.tz
        with self.db.read() as session:
            query = (select(Request).options(selectinload(Request.pauses))
                     .where(Request.status.not_in(NOT_IN_REGISTER)))
            if start:
                query = query.where(Request.received_on >= start)
            if end:
                query = query.where(Request.received_on <= end)
            requests = list(session.execute(query.order_by(Request.received_on, Request.id)).unique().scalars())
            templates = self._reply_templates(session, [r.id for r in requests if r.closed_at is not None])
            today = self.requests.today()
            rows = []
            for req in requests:
                answered = req.outcome in rec.ANSWERED and req.closed_at is not None
                met: bool | None = None
                if answered:
                    met = self.requests.clock(req, today).status == "closed_on_time"
                rows.append(rec.RegisterRow(
                    ref=req.ref, received=req.received_on, types=tuple(req.types), manner=req.source,
                    agent=bool(req.agent_email or req.agent_name or req.deadline_info.get(HAD_AGENT)),
                    regime=req.regime, status=req.status, outcome=req.outcome,
                    response_date=_day(req.closed_at, tz) if answered else None,
                    response_nature=req.response_nature or (templates.get(req.id) if answered else None),
                    denial_basis=req.denial_basis, assignee=req.assignee,
                    acknowledge_by=req.acknowledge_by, respond_by=req.respond_by,
                    respond_by_extended=req.respond_by_extended if req.extended else None,
                    deadline_met=met,
                ))
            return rows

    @staticmethod
    def _reply_templates(session: Session, ids: Sequence[int]) -> dict[int, str]:
        """The template of the last reply recorded for each request (``after.template`` of its
        newest event that names one: the closing letter)."""
        found: dict[int, str] = {}
        for start in range(0, len(ids), 500):
            rows = session.execute(
                select(AuditEvent.request_id, AuditEvent.after)
                .where(AuditEvent.request_id.in_(ids[start:start + 500])).order_by(AuditEvent.id))
            for rid, after in rows:
                if rid is not None and isinstance(after, dict) and isinstance(after.get("template"), str):
                    found[rid] = after["template"]
        return found

    # -- the yearly metrics ------------------------------------------------------------------------
    def metrics(self, year: int) -> rec.YearMetrics:
        if not 1970 <= year <= 9999:
            raise InvalidInput(f"{year} is not a year")
        tz = self.profile.tz
        with self.db.read() as session:
            rows = session.execute(
                select(Request.types, Request.received_on, Request.outcome, Request.closed_at)
                .where(Request.status.not_in(NOT_IN_METRICS),
                       Request.received_on >= date(year, 1, 1), Request.received_on <= date(year, 12, 31))).all()
        items = [rec.Answered(tuple(types), received, outcome, _day(closed, tz))
                 for types, received, outcome, closed in rows]
        return rec.year_metrics(year, items)

    # -- a case file -------------------------------------------------------------------------------
    def write_case_file(self, ref: str, folder: Path) -> CaseFile:
        """Write one request's case file into ``folder`` (created private; must be new or empty)."""
        data = self.requests.show(ref).as_json()
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise Refused(f"{folder} is not an empty folder; choose a new or empty folder for the case file.")
        private_dir(folder)
        written: list[str] = []
        missing = 0
        with self.db.read() as session:
            req = session.execute(select(Request).where(Request.ref == data["ref"])).unique().scalar_one()
            messages = list(session.execute(
                select(Message).options(selectinload(Message.locations))
                .where(Message.request_id == req.id).order_by(Message.received_at, Message.id)).scalars())
            listing: list[dict[str, Any]] = []
            counters = {"in": 0, "out": 0}
            for m in messages:
                counters[m.direction if m.direction in counters else "in"] += 1
                n = counters[m.direction if m.direction in counters else "in"]
                sub = "replies" if m.direction == "out" else "messages"
                day = _day(m.received_at or m.date_header, self.profile.tz)
                name = f"{sub}/{n:03d}-{day.isoformat() if day else 'undated'}.eml"
                raw = m.raw
                entry = {"id": m.id, "direction": m.direction, "kind": m.kind,
                         "date": (m.received_at.astimezone(self.profile.tz).isoformat() if m.received_at else None),
                         "from": m.sender_email, "subject": m.subject, "file": None,
                         "complete": bool(raw) and m.has_full_raw}
                if raw:
                    private_dir(folder / sub)
                    write_private_bytes(folder / name, raw)
                    written.append(name)
                    entry["file"] = name
                else:
                    missing += 1
                listing.append(entry)
        decisions = [e for e in data["audit"] if e["action"] not in NOT_DECISIONS]
        case = {
            "ref": data["ref"],
            "written": self.requests.now().astimezone(self.profile.tz).isoformat(),
            "written_by": self.requests.actor(),
            "company": self.profile.legal_name,
            "request": {k: v for k, v in data.items() if k not in ("audit", "thread")},
            "decisions": decisions,
            "timeline": data["audit"],
            "messages": listing,
        }
        write_private_text(folder / "case.json", json.dumps(case, indent=2, ensure_ascii=False) + "\n")
        write_private_text(folder / "summary.txt", self._summary(case))
        written = ["summary.txt", "case.json", *written]
        return CaseFile(data["ref"], folder, tuple(written), missing)

    def _summary(self, case: dict[str, Any]) -> str:
        tz = self.profile.tz
        req = case["request"]
        regime = self.requests.rules.regimes.get(req["regime"])
        law = regime.title if regime is not None else _word(req["regime"])
        lines = [f"Case file {case['ref']}", f"Written {_when(case['written'])} by {case['written_by']} "
                 f"for {case['company']}.", "", "The request"]
        person = req["requester"]
        who = " ".join(p for p in (person.get("name"), f"<{person['email']}>" if person.get("email") else None) if p)
        lines += [
            f"  Received:        {_when(req['received'])} ({_word(req['source'])})",
            f"  Requester:       {who or 'not recorded (removed after the retention period, or never known)'}",
        ]
        if req.get("agent"):
            agent = req["agent"]
            lines.append(f"  Agent:           {agent.get('name') or ''} <{agent.get('email') or ''}>".replace(" <>", ""))
        lines += [
            f"  Asks for:        {', '.join(_word(t) for t in req['types'])}",
            f"  Law:             {law}{'' if req['regime_confirmed'] else ' (not confirmed yet)'}",
            f"  Status:          {_word(req['status'])}",
            f"  Verification:    {_word(req['verification'])}"
            + (f" ({_word(req['verification_method'])})" if req.get("verification_method") else ""),
        ]
        if req.get("outcome"):
            lines.append(f"  Outcome:         {_word(req['outcome'])}")
        if req.get("denial_basis"):
            lines.append(f"  Reason denied:   {req['denial_basis']}")
        if req.get("response_nature"):
            lines.append(f"  Response sent:   {req['response_nature']}")
        if req.get("closed"):
            lines.append(f"  Closed:          {_when(req['closed'])}")
        lines += ["", "Deadlines"]
        for name, value in req["milestones"].items():
            if value:
                explanation = req.get("explanations", {}).get(name, "")
                lines.append(f"  {_word(name) + ':':<22} {value}  {explanation}".rstrip())
        if req.get("extended"):
            lines.append(f"  Extended: {req.get('extension_reason') or ''}".rstrip())
        for pause in req.get("pauses", []):
            lines.append(f"  Paused waiting for {_word(pause['waiting_for'])} from {pause['started']}"
                         + (f" to {pause['ended']}" if pause.get("ended") else " (still waiting)"))
        lines += ["", "Decisions"]
        lines += [_event_line(e, tz) for e in case["decisions"]] or ["  none recorded"]
        lines += ["", "Timeline (every event of the audit trail)"]
        lines += [_event_line(e, tz) for e in case["timeline"]]
        lines += ["", "Messages"]
        if not case["messages"]:
            lines.append("  none")
        for m in case["messages"]:
            where = m["file"] or "original not kept (removed after the retention period, or never stored)"
            lines.append(f"  {_when(m['date']) if m['date'] else 'undated':<17} "
                         f"{'sent' if m['direction'] == 'out' else 'received'}: {where}")
        if req.get("notes"):
            lines += ["", "Notes"]
            lines += [f"  {_when(n['at'], tz)}  {n['author']}: {n['text']}" for n in req["notes"]]
        return "\n".join(lines) + "\n"


def _word(value: Any) -> str:
    return str(value).replace("_", " ") if value is not None else "-"


def _when(iso: str | None, tz: tzinfo | None = None) -> str:
    if not iso:
        return "-"
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if tz is not None and moment.tzinfo is not None:
        moment = moment.astimezone(tz)
    return moment.strftime("%Y-%m-%d %H:%M")


def _event_line(e: dict[str, Any], tz: tzinfo) -> str:
    """One event in words: who did what, and what changed (a creation: what was asked, by whom)."""
    before, after = e["before"], e["after"]
    if e["action"] == "request_created":
        who = " ".join(str(p) for p in (after.get("requester_name"),
                                        f"<{after['requester_email']}>" if after.get("requester_email") else None) if p)
        changes = [f"asks for {_short(after.get('types'), tz)}"] + ([f"from {who}"] if who else [])
        if after.get("agent_name") or after.get("agent_email"):
            changes.append(f"through the agent {after.get('agent_name') or after.get('agent_email')}")
    else:
        changes = []
        for key in dict.fromkeys([*before, *after]):
            old, new = before.get(key), after.get(key)
            if key in before and key in after:
                if old != new:
                    changes.append(f"{_word(key)} {_short(old, tz)} -> {_short(new, tz)}")
            elif key in after and new not in (None, "", []):
                changes.append(f"{_word(key)}: {_short(new, tz)}")
    detail = f" ({e['detail']})" if e.get("detail") else ""
    return f"  {_when(e['at'], tz)}  {e['actor']}: {_word(e['action'])}{detail}" + (
        "; " + "; ".join(changes) if changes else "")


def _short(value: Any, tz: tzinfo) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        text = ", ".join(_short(v, tz) for v in value)
    elif isinstance(value, str) and len(value) > 10 and value[4:5] == "-" and "T" in value:
        text = _when(value, tz)
    elif isinstance(value, str) and value.isidentifier():
        text = value.replace("_", " ")
    else:
        text = str(value)
    return text if len(text) <= 80 else text[:77] + "..."

