"""Commands on requests: add, list, show, set-status, verify, extend, pause, resume, note, assign,
set-regime, set-types; plus ``profile show|check`` (``audit verify`` is in ``cli/records.py``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from typing import Any

from privacydesk.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    UsageError,
    choice,
    iso_date,
    iso_datetime,
    print_json,
)
from privacydesk.cli.context import CliContext
from privacydesk.domain import wording
from privacydesk.domain.display import line as shown
from privacydesk.domain.vocab import (
    PauseReason,
    Regime,
    RequestSource,
    RequestStatus,
    RequestType,
    Verification,
    VerificationMethod,
    values,
)

MILESTONE_FIELDS = ("acknowledge_by", "respond_by", "extension_notice_by", "respond_by_extended")
STATUS_FILTERS = [*values(RequestStatus), "open", "closed"]


def register(sub: Any) -> None:
    p = sub.add_parser("add", help="record a request that came by phone, post or another channel")
    p.add_argument("--email", required=True, help="the requester's email address")
    p.add_argument("--type", dest="types", action="append", required=True,
                   type=choice("type", values(RequestType)), metavar="T",
                   help="request type (repeat for several): " + ", ".join(values(RequestType)))
    p.add_argument("--name", help="the requester's name")
    p.add_argument("--regime", type=choice("regime", values(Regime)),
                   help="the law that applies, if known: " + ", ".join(values(Regime)))
    p.add_argument("--received", type=iso_datetime, metavar="ISO",
                   help="when it was received (ISO 8601; without a zone: company time). Default: now")
    p.add_argument("--agent-name", help="authorized agent acting for the requester")
    p.add_argument("--agent-email", help="the authorized agent's email")
    p.add_argument("--source", default="manual", type=choice("source", values(RequestSource)), metavar="S",
                   help="how the request arrived: " + ", ".join(values(RequestSource)) + " (default: manual)")
    p.add_argument("--json", action="store_true", help="print the new request as JSON")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("list", help="list requests")
    p.add_argument("--status", type=choice("status", STATUS_FILTERS), metavar="S",
                   help="only this status (" + ", ".join(STATUS_FILTERS) + ")")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help="one request with its thread and audit trail")
    p.add_argument("ref")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("set-status", help="move a request through its lifecycle")
    p.add_argument("ref")
    p.add_argument("status", type=choice("status", values(RequestStatus)), metavar="STATUS",
                   help=", ".join(values(RequestStatus)))
    p.add_argument("--reason", help="why (required to reopen a closed request)")
    p.add_argument("--outcome", type=choice("outcome", ["full", "partial"]), metavar="full|partial",
                   help="with completed: complied in full (default) or in part")
    p.add_argument("--basis", metavar="TEXT", help="with denied: the reason for the denial (for the register)")
    p.add_argument("--nature", metavar="TEXT",
                   help="what was sent in response, when no closing letter's template says it")
    p.add_argument("--note", metavar="TEXT", help="an internal note about what was done")
    p.set_defaults(func=cmd_set_status)

    p = sub.add_parser("verify", help="record the result of identity verification")
    p.add_argument("ref")
    p.add_argument("--method", type=choice("method", values(VerificationMethod)), metavar="M",
                   help="how the identity was verified: " + ", ".join(values(VerificationMethod)))
    p.add_argument("--state", type=choice("state", values(Verification)), default="verified",
                   help="verified (default), failed, pending or not_required")
    p.add_argument("--note", help="what was checked")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("extend", help="extend the response deadline (the requester must be told why)")
    p.add_argument("ref")
    p.add_argument("--reason", required=True, help="why more time is needed")
    p.add_argument("--to", type=iso_date, metavar="YYYY-MM-DD", help="the new date (required under fadp)")
    p.set_defaults(func=cmd_extend)

    p = sub.add_parser("pause", help="stop the clock while waiting for the requester (UK stop-the-clock)")
    p.add_argument("ref")
    p.add_argument("--waiting-for", required=True, type=choice("reason", values(PauseReason)),
                   metavar="R", help=" | ".join(values(PauseReason)))
    p.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="the day we asked (default today)")
    p.add_argument("--note")
    p.set_defaults(func=cmd_pause)

    p = sub.add_parser("resume", help="restart the clock when what we waited for arrived")
    p.add_argument("ref")
    p.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="the day it arrived (default today)")
    p.set_defaults(func=cmd_resume)

    p = sub.add_parser("set-regime", help="confirm or change the law that applies")
    p.add_argument("ref")
    p.add_argument("regime", type=choice("regime", values(Regime)), metavar="REGIME",
                   help=", ".join(values(Regime)))
    p.set_defaults(func=cmd_set_regime)

    p = sub.add_parser("set-types", help="correct the request types")
    p.add_argument("ref")
    p.add_argument("types", nargs="+", type=choice("type", values(RequestType)), metavar="TYPE")
    p.set_defaults(func=cmd_set_types)

    p = sub.add_parser("confirm-received", help="confirm (or correct) when a request was received, "
                       "clearing the 'received date uncertain' flag")
    p.add_argument("ref")
    p.add_argument("--received", type=iso_datetime, metavar="ISO",
                   help="the right date/time (ISO 8601; without a zone: company time); default: keep it")
    p.set_defaults(func=cmd_confirm_received)

    p = sub.add_parser("note", help="add an internal note to a request")
    p.add_argument("ref")
    p.add_argument("text")
    p.set_defaults(func=cmd_note)

    p = sub.add_parser("assign", help="assign a request to a staff member (empty to unassign)")
    p.add_argument("ref")
    p.add_argument("assignee")
    p.set_defaults(func=cmd_assign)

    p = sub.add_parser("edit", help="correct a request: the requester's name, addresses, phone, the types, the law")
    p.add_argument("ref")
    p.add_argument("--name", help="the requester's name (\"\" clears it)")
    p.add_argument("--email", dest="emails", action="append", metavar="E",
                   help="the requester's email address (repeat for several; replaces the list)")
    p.add_argument("--phone", help="the requester's phone number (\"\" clears it)")
    p.add_argument("--address", help="the requester's postal address (\"\" clears it)")
    p.add_argument("--type", dest="types", action="append", type=choice("type", values(RequestType)),
                   metavar="T", help="request type (repeat for several; replaces the list)")
    p.add_argument("--regime", type=choice("regime", values(Regime)), help="the law that applies (confirms it)")
    p.add_argument("--reason", required=True, help="why the request is corrected (kept in the audit trail)")
    p.add_argument("--json", action="store_true", help="print the request as JSON afterwards")
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("merge", help="merge a duplicate into another request from the same person")
    p.add_argument("ref", help="the duplicate: it closes as duplicate, its messages and notes move")
    p.add_argument("--into", required=True, metavar="REF2", help="the request to keep")
    p.add_argument("--json", action="store_true", help="print the kept request as JSON afterwards")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("profile", help="show or check the company profile")
    psub = p.add_subparsers(dest="profile_command", metavar="show|check", required=True)
    ps = psub.add_parser("show", help="print the active company profile")
    ps.add_argument("--json", action="store_true")
    ps.set_defaults(func=cmd_profile_show)
    pc = psub.add_parser("check", help="validate the profile (yours, or --file)")
    pc.add_argument("--file", help="a profile file to check instead of the active one")
    pc.set_defaults(func=cmd_profile_check)


def _print_change(ctx: CliContext, ref: str, what: str) -> int:
    data = ctx.services.requests.show(ref)
    clock = data.clock
    print(f"{data.ref}: {what}. Status {data.status}, verification {data.verification}.")
    if clock.due:
        print(f"  clock: {_clock_words(clock)}")
    dates = ", ".join(f"{k} {v.isoformat()}" for k, v in data.milestone_dates.items() if v)
    if dates:
        print(f"  milestones: {dates}")
    return EXIT_OK


def cmd_add(args: argparse.Namespace, ctx: CliContext) -> int:
    from privacydesk.services.requests import NewRequest

    change = ctx.services.requests.create(NewRequest(
        email=args.email, types=args.types, name=args.name, regime=args.regime,
        received=args.received, agent_name=args.agent_name, agent_email=args.agent_email,
        source=args.source))
    if args.json:
        print_json(ctx.services.requests.show(change.ref).as_json())
    else:
        print(change.ref)
    return EXIT_OK


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = ctx.services.requests.list(status=args.status)
    if args.json:
        print_json([r.as_json() for r in rows])
        return EXIT_OK
    if not rows:
        print("No requests." if not args.status else f"No requests with status {args.status}.")
        return EXIT_OK
    # Plain words for people (``--json`` keeps the identifiers for scripts).
    today = ctx.services.requests.today()
    header = (f"{'REF':<14} {'STATUS':<22} {'ASKS FOR':<26} {'LAW':<22} {'DUE':<11} {'DEADLINE':<26} "
              "REQUESTER")
    print(header)
    for r in rows:
        clock = r.clock
        due = wording.day(clock.due, today) if clock.due else ""
        law = wording.regime_label(r.regime) + ("" if r.regime_confirmed or r.regime == "unknown" else " ?")
        who = shown(r.requester.email or r.requester.name or "?")
        print(f"{r.ref:<14} {wording.status_label(r.status):<22} {_cut(wording.types_label(r.types), 26):<26} "
              f"{_cut(law, 22):<22} {due:<11} {_cut(wording.clock_text(clock.status, clock.days_left), 26):<26} "
              f"{who}")
    return EXIT_OK


def _cut(text: str, width: int) -> str:
    """A column's text, cut with "…" to fit."""
    return text if len(text) <= width else text[:width - 1] + "…"


def cmd_show(args: argparse.Namespace, ctx: CliContext) -> int:
    data = ctx.services.requests.show(args.ref)
    if args.json:
        print_json(data.as_json())
        return EXIT_OK
    req = data.requester
    tz = ctx.services.profile.tz
    today = ctx.services.requests.today()
    print(f"{data.ref}  {wording.types_label(data.types)}  ({wording.regime_label(data.regime, data.regime_confirmed)})")
    print(f"  next step:    {data.next_step}")
    print(f"  requester:    {shown(req.name, '-')} <{shown(req.email, '-')}>")
    if data.agent:
        print(f"  agent:        {shown(data.agent.name, '-')} <{shown(data.agent.email, '-')}>")
    print(f"  received:     {wording.moment(data.received, tz)}  ({wording.word(wording.SOURCES, data.source)})")
    method = wording.word(wording.VERIFICATION_METHODS, data.verification_method, "")
    print(f"  status:       {wording.status_label(data.status)}   identity: "
          f"{wording.word(wording.VERIFICATION, data.verification)}{f' ({method})' if method else ''}")
    if data.merged_into:
        print(f"  merged into:  {data.merged_into}")
    if data.merged_from:
        print(f"  merged from:  {', '.join(data.merged_from)}")
    print(f"  clock:        {_clock_words(data.clock)}")
    for name, value in data.milestone_dates.items():
        if value:
            label = wording.word(wording.MILESTONES, name) + ":"
            print(f"  {label:<25}{wording.day(value, today)}  {wording.humanize(data.explanations.get(name, ''))}")
    if data.flags:
        print(f"  good to know: {', '.join(wording.word(wording.FLAG_SHORT, f) for f in data.flags)}")
    if "received_date_uncertain" in data.flags:
        print(f"  received date uncertain — confirm it: privacydesk confirm-received {data.ref} "
              "[--received ISO]")
    for note in data.deadline_notes:
        print(f"  note:         {wording.humanize(note)}")
    if data.appeal_of:
        print(f"  appeal of:    {data.appeal_of}")
    if data.appeals:
        print(f"  appealed by:  {', '.join(data.appeals)}")
    for hint in data.appeal_suggestions:
        print(f"  likely appeal: message {hint.message_pk}: “{shown(hint.evidence)}” "
              f"(privacydesk appeal {data.ref} --message {hint.message_pk})")
    print(f"  messages:     {data.message_count}")
    for m in data.thread:
        when = m.received or m.date
        print(f"    {wording.moment(when, tz) if when else '?'}  {m.direction:<3} {shown(m.sender_email, '-')}: "
              f"{shown(m.subject, '(no subject)')}")
    print("  audit:")
    for e in data.audit:
        print(f"    {wording.moment(e.at, tz)}  {shown(e.actor)}  {wording.readable(e.action)}  "
              f"{_short(e.before)} -> {_short(e.after)}")
    return EXIT_OK


def _clock_words(clock: Any) -> str:
    """The clock in words: ``Overdue · 12 days late — Answer by Wed 25 Nov 2026`` (never "None")."""
    text = wording.clock_text(clock.status, clock.days_left)
    if clock.due is None:
        return text
    closed = clock.status in ("closed_on_time", "closed_late")
    if clock.next_milestone and not closed:
        return f"{text} — {wording.word(wording.MILESTONES, clock.next_milestone)} {wording.day(clock.due)}"
    return f"{text} (due {wording.day(clock.due)})"


def _short(d: Mapping[str, Any]) -> str:
    if not d:
        return "{}"
    text = ", ".join(f"{k}={v}" for k, v in d.items())
    return shown(text if len(text) < 100 else text[:97] + "...")


def cmd_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    change = ctx.services.requests.edit(args.ref, name=args.name, emails=args.emails, phone=args.phone,
                                        postal_address=args.address, types=args.types, regime=args.regime,
                                        reason=args.reason)
    if args.json:
        print_json(ctx.services.requests.show(change.ref).as_json())
        return EXIT_OK
    changed = ", ".join(f for f in change.fields if f not in MILESTONE_FIELDS)
    return _print_change(ctx, change.ref, f"edited ({changed})")


def cmd_merge(args: argparse.Namespace, ctx: CliContext) -> int:
    change = ctx.services.requests.merge(args.ref, into=args.into)
    if args.json:
        print_json(ctx.services.requests.show(change.ref).as_json())
        return EXIT_OK
    print(f"{args.ref.upper()} merged into {change.ref}: it is closed as duplicate; its messages and notes "
          f"are now on {change.ref}.")
    return _print_change(ctx, change.ref, "kept")


def cmd_set_status(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.services.requests.set_status(args.ref, args.status, reason=args.reason, outcome=args.outcome,
                                     basis=args.basis, nature=args.nature, note=args.note)
    return _print_change(ctx, args.ref, f"status set to {args.status}")


def cmd_verify(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.state == "verified" and not args.method:
        raise UsageError("say how the identity was verified: --method "
                         + " | ".join(values(VerificationMethod)))
    ctx.services.requests.verify(args.ref, args.method, state=args.state, note=args.note)
    return _print_change(ctx, args.ref, f"verification set to {args.state}")


def cmd_extend(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.services.requests.extend(args.ref, args.reason, to=args.to)
    return _print_change(ctx, args.ref, "deadline extended")


def cmd_pause(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.services.requests.pause(args.ref, args.waiting_for, on=args.on, note=args.note)
    return _print_change(ctx, args.ref, f"clock paused, waiting for {args.waiting_for}")


def cmd_resume(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.services.requests.resume(args.ref, on=args.on)
    return _print_change(ctx, args.ref, "clock resumed")


def cmd_set_regime(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.services.requests.set_regime(args.ref, args.regime)
    return _print_change(ctx, args.ref, f"regime set to {args.regime}")


def cmd_set_types(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.services.requests.set_types(args.ref, args.types)
    return _print_change(ctx, args.ref, f"types set to {', '.join(args.types)}")


def cmd_confirm_received(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.services.requests.confirm_received(args.ref, args.received)
    return _print_change(ctx, args.ref, "received date confirmed")


def cmd_note(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.services.requests.add_note(args.ref, args.text)
    print(f"Note added to {args.ref.upper()}.")
    return EXIT_OK


def cmd_assign(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.services.requests.assign(args.ref, args.assignee)
    print(f"{args.ref.upper()} assigned to {args.assignee or 'nobody'}.")
    return EXIT_OK


def cmd_profile_show(args: argparse.Namespace, ctx: CliContext) -> int:
    profile = ctx.profile
    source = ctx.paths.profile_file if ctx.paths.profile_file.exists() else "(shipped default)"
    if args.json:
        print_json({"source": str(source), **profile.raw})
        return EXIT_OK
    print(f"Company profile: {source}")
    print(f"  {profile.legal_name} <{profile.privacy_email}>, time zone {profile.time_zone}")
    print(f"  regimes covered: {', '.join(profile.covered_regimes)}")
    print(f"  rights offered:  {', '.join(profile.rights_offered)}")
    print(f"  default response: {profile.default_response_days} days; business calendar "
          f"{profile.business_calendar}{'-' + profile.business_calendar_subdivision if profile.business_calendar_subdivision else ''}")
    for c in profile.deadline_commitments:
        print(f"  promise: {c.type} within {c.days} {c.unit.replace('_', ' ')} ({c.source})")
    if profile.retention_years is not None:
        print(f"  keeps personal data at most {profile.retention_years} years")
    collected = [c.id for c in profile.ccpa_categories if c.collected]
    print(f"  CCPA categories collected: {', '.join(collected) or 'none'}; sold: "
          f"{', '.join(c.id for c in profile.ccpa_categories if c.sold) or 'none'}")
    return EXIT_OK


def cmd_profile_check(args: argparse.Namespace, ctx: CliContext) -> int:
    from pathlib import Path

    from privacydesk.domain.profile import ProfileError, load_profile
    from privacydesk.resources import DEFAULT_PROFILE

    if args.file:
        path = Path(args.file)
    elif ctx.paths.profile_file.exists():
        path = ctx.paths.profile_file
    else:
        path = DEFAULT_PROFILE
    try:
        profile = load_profile(path)
    except ProfileError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_FAILED
    print(f"{path}: OK ({profile.legal_name}, {len(profile.covered_regimes)} regimes, "
          f"time zone {profile.time_zone})")
    return EXIT_OK

