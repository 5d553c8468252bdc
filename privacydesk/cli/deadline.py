"""``privacydesk deadline``: print a request's legal milestones without opening the database.

    privacydesk deadline --regime R --type T [--type T2 ...] --received YYYY-MM-DD
        [--id-received D] [--fee-received D] [--clarification-asked D [--clarification-received D]]
        [--appeal-received D] [--extended-to D] [--agent] [--prior-access-requests N]
        [--today D] [--profile FILE] [--json]

Regimes are validated against the rule files (so a regime added as data is accepted) plus
``unknown``; an unknown regime or type, or an impossible date, exits with status 2 and lists the
valid values. For ``--type appeal``, ``--received`` is the day the appeal arrived (its own clock);
``--appeal-received`` instead shows the appeal's date on the contested request
(``appeal_respond_by``). ``--clarification-asked`` without ``--clarification-received`` is a pause still
open: dates are provisional, as if the answer arrived ``--today`` (default: today in the
company's time zone).
"""

from __future__ import annotations

import argparse
import logging
import shutil
import textwrap
from datetime import date, datetime
from pathlib import Path
from typing import Any

from privacydesk.cli.common import CommandFailed, UsageError, print_json
from privacydesk.domain.vocab import PauseReason, RequestType, values

log = logging.getLogger(__name__)

_MILESTONES = ("acknowledge_by", "respond_by", "extension_notice_by", "respond_by_extended")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MILESTONE_WORDS = {
    "acknowledge_by": "Acknowledge by",
    "respond_by": "Respond by",
    "extension_notice_by": "Tell of extension by",
    "respond_by_extended": "Respond by (extended)",
    "appeal_respond_by": "Decide the appeal by",
}


def _date_or_datetime(text: str) -> date | datetime:
    """A calendar date, or an ISO date-time (its company-time-zone date is used)."""
    value = text.strip()
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    if "T" in value or " " in value:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(
        f"{text!r} is not a valid date; use YYYY-MM-DD (e.g. 2026-11-25), or a date-time such as "
        "2026-11-25T14:30-06:00")


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "deadline", help="compute a request's legal deadlines (no database needed)",
        description="Compute the milestones (acknowledge_by, respond_by, extension_notice_by, "
                    "respond_by_extended) of a privacy request, each with the rule that sets it.")
    parser.add_argument("--regime", required=True, metavar="R",
                        help="the law: gdpr, uk_gdpr, ccpa, …, or_ocpa, br_lgpd, …, or unknown (earliest "
                             "over the laws the company's notice covers); a wrong value lists them all")
    parser.add_argument("--type", dest="types", action="append", required=True, metavar="T",
                        help="request type (" + ", ".join(values(RequestType)) + "); repeat for a request "
                             "with several types")
    parser.add_argument("--received", required=True, type=_date_or_datetime, metavar="YYYY-MM-DD",
                        help="the day the request reached the mailbox (company time zone); for an appeal, "
                             "the day the appeal arrived")
    parser.add_argument("--id-received", type=_date_or_datetime, metavar="D",
                        help="the day requested ID information arrived (UK: the clock starts then)")
    parser.add_argument("--fee-received", type=_date_or_datetime, metavar="D",
                        help="the day a requested fee arrived (UK: the clock starts then)")
    parser.add_argument("--clarification-asked", type=_date_or_datetime, metavar="D",
                        help="the day clarification was asked for (UK stop-the-clock)")
    parser.add_argument("--clarification-received", type=_date_or_datetime, metavar="D",
                        help="the day the clarification arrived")
    parser.add_argument("--appeal-received", type=_date_or_datetime, metavar="D",
                        help="the day an appeal of this request arrived: adds appeal_respond_by (the appeal "
                             "rows' date; the appeal itself is computed with --type appeal)")
    parser.add_argument("--extended-to", type=_date_or_datetime, metavar="D",
                        help="the date staff gave when extending (fadp sets no maximum)")
    parser.add_argument("--agent", action="store_true", help="the request comes from an authorized agent")
    parser.add_argument("--prior-access-requests", type=int, default=0, metavar="N",
                        help="access requests by the same requester in the last 12 months")
    parser.add_argument("--today", type=_date_or_datetime, metavar="D",
                        help="today's date for provisional dates while a pause is open (default: today)")
    parser.add_argument("--profile", metavar="FILE", help="company profile TOML to use instead of the active one")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(func=handle_deadline)


def handle_deadline(args: argparse.Namespace, ctx: Any) -> int:
    from privacydesk.domain.deadlines import (
        DeadlineError,
        DeadlineFacts,
        Pause,
        RuleError,
        compute,
        load_rules,
    )
    from privacydesk.domain.profile import ProfileError, load_profile

    try:
        rules = load_rules()
    except RuleError as exc:
        raise CommandFailed(str(exc)) from exc
    regime = args.regime.strip().lower()
    valid_regimes = [*rules.regime_ids(), "unknown"]
    if regime not in valid_regimes:
        raise UsageError(f"unknown regime {args.regime!r}; valid values: {', '.join(valid_regimes)}")
    types: list[str] = []
    for text in args.types:
        rtype = text.strip().lower()
        if rtype not in values(RequestType):
            raise UsageError(f"unknown request type {text!r}; valid values: {', '.join(values(RequestType))}")
        types.append(rtype)

    if args.profile:
        try:
            profile = load_profile(Path(args.profile))
        except ProfileError as exc:
            raise UsageError(str(exc)) from exc
    else:
        try:
            profile = ctx.profile
        except ProfileError as exc:
            raise CommandFailed(str(exc)) from exc

    from privacydesk.domain.deadlines import company_date

    def day(value: date | datetime | None) -> date | None:
        if isinstance(value, datetime):
            return company_date(value, profile)
        return value

    received = day(args.received)
    assert received is not None
    today = day(args.today) or company_date(datetime.now().astimezone(), profile)
    pauses: list[Pause] = []
    for option, kind in (("id_received", PauseReason.ID), ("fee_received", PauseReason.FEE)):
        arrived = day(getattr(args, option))
        if arrived is not None:
            pauses.append(Pause(kind.value, start=min(received, arrived), end=arrived))
    asked, answered = day(args.clarification_asked), day(args.clarification_received)
    if answered is not None and asked is None:
        raise UsageError("--clarification-received needs --clarification-asked (the day you asked)")
    if asked is not None:
        if answered is not None and answered < asked:
            raise UsageError(f"--clarification-received {answered.isoformat()} is before "
                             f"--clarification-asked {asked.isoformat()}")
        pauses.append(Pause(PauseReason.CLARIFICATION.value, start=asked, end=answered))
    if args.prior_access_requests < 0:
        raise UsageError("--prior-access-requests must be 0 or more")
    extended_to = day(args.extended_to)
    facts = DeadlineFacts(
        regime=regime, types=tuple(types), received=received, pauses=tuple(pauses),
        extended=extended_to is not None, extended_to=extended_to, agent=args.agent,
        prior_access_requests_12m=args.prior_access_requests, appeal_received=day(args.appeal_received))
    try:
        schedule = compute(facts, profile, rules, today=today)
    except DeadlineError as exc:
        raise UsageError(str(exc)) from exc

    if args.json:
        data = schedule.as_json()
        data["regime_label"] = rules.label(regime)
        data["flag_texts"] = {flag: rules.flag_label(flag) for flag in schedule.flags}
        print_json(data)
        return 0
    _print_table(schedule, profile.legal_name, rules)
    return 0


def _print_table(schedule: Any, company: str, rules: Any) -> None:
    width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 120))
    received: date = schedule.received
    types = ", ".join(rules.type_label(t) for t in schedule.types)
    print(f"{rules.label(schedule.regime)} · {types} · received {received.isoformat()} "
          f"({_WEEKDAYS[received.weekday()]}) · profile: {company}")
    print()
    print(f"  {'Milestone':<21} {'Date':<16} {'+days':>5}")
    names = [*_MILESTONES, *(["appeal_respond_by"] if "appeal_respond_by" in schedule.milestones else [])]
    for name in names:
        dated = schedule.milestones.get(name)
        if dated is None:
            print(f"  {_MILESTONE_WORDS[name]:<21} {'—':<16} {'':>5}")
            print(textwrap.fill("none for this request", width=width, initial_indent=" " * 6,
                                subsequent_indent=" " * 6))
            continue
        when = f"{dated.date.isoformat()} {_WEEKDAYS[dated.date.weekday()]}"
        if dated.provisional:
            when += "*"
        print(f"  {_MILESTONE_WORDS[name]:<21} {when:<16} {(dated.date - received).days:>5}")
        print(textwrap.fill(dated.explanation, width=width, initial_indent=" " * 6,
                            subsequent_indent=" " * 6))
    print()
    if not schedule.flags:
        print("Flags: none")
    for flag in schedule.flags:
        print(textwrap.fill(f"Flag: {rules.flag_label(flag)}", width=width, subsequent_indent="  "))
    if schedule.provisional:
        print("* provisional: a pause is still open; the date moves when the awaited item arrives")
    for note in schedule.notes:
        print(textwrap.fill(f"Note: {note}", width=width, subsequent_indent="  "))
