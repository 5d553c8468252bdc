"""``privacydesk appeal`` and ``privacydesk appeals``: record an appeal of a decision (issue 15).

    privacydesk appeal REF [--received D] [--message ID] [--json]
        Open an appeal of the decision on REF (a denied or completed request): a new request of type
        ``appeal``, linked to REF, with its own clock from the day the appeal arrived (default: when
        --message arrived, else now). Prints the appeal's reference (--json: ``show`` of the appeal).

    privacydesk appeals [--request REF] [--dismiss ID] [--json]
        List the replies that look like appeals (a requester contesting our decision), oldest first;
        --dismiss ID: staff decided that reply is not an appeal.
"""

from __future__ import annotations

import argparse
from typing import Any

from privacydesk.cli.common import EXIT_OK, iso_datetime, print_json
from privacydesk.cli.context import CliContext


def register(sub: Any) -> None:
    p = sub.add_parser("appeal", help="record an appeal of our decision on a request (its own deadline)",
                       description="Record that the requester appeals our decision on REF (denied or "
                                   "completed): a new request of type appeal, linked to REF, whose "
                                   "deadline runs from the day the appeal arrived.")
    p.add_argument("ref", help="the request whose decision is contested, e.g. PD-2026-0007")
    p.add_argument("--received", type=iso_datetime, metavar="ISO",
                   help="when the appeal arrived (YYYY-MM-DD or ISO date-time; without a zone: company "
                        "time). Default: when --message arrived, else now")
    p.add_argument("--message", type=int, metavar="ID",
                   help="the reply in REF's thread that is the appeal (see privacydesk appeals); it "
                        "opens the appeal's thread")
    p.add_argument("--json", action="store_true", help="print the new appeal as JSON (like show --json)")
    p.set_defaults(func=cmd_appeal)

    p = sub.add_parser("appeals", help="replies that look like appeals, waiting for a decision")
    p.add_argument("--request", metavar="REF", help="only replies on this request")
    p.add_argument("--dismiss", type=int, metavar="ID", help="mark this reply as not an appeal")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_appeals)


def cmd_appeal(args: argparse.Namespace, ctx: CliContext) -> int:
    requests = ctx.services.requests
    change = requests.open_appeal(args.ref, received=args.received, message_pk=args.message)
    data = requests.show(change.ref).as_json()
    if args.json:
        print_json(data)
        return EXIT_OK
    print(change.ref)
    left = data["clock"]["days_left"]
    when = ("" if left is None else f" ({left} days left)" if left >= 0 else f" (overdue by {-left} days)")
    explanation = data["explanations"].get("respond_by", "")
    print(f"  appeal of {data['appeal_of']}, received {data['received_date']}; decide by "
          f"{data['milestones']['respond_by']}{when}")
    if explanation:
        print(f"  {explanation}")
    return EXIT_OK


def cmd_appeals(args: argparse.Namespace, ctx: CliContext) -> int:
    requests = ctx.services.requests
    if args.dismiss is not None:
        change = requests.dismiss_appeal_suggestion(args.dismiss)
        print(f"Message {args.dismiss} on {change.ref}: not an appeal (recorded).")
        return EXIT_OK
    found = requests.appeal_suggestions(args.request)
    if args.json:
        print_json([s.as_json() for s in found])
        return EXIT_OK
    if not found:
        print("No replies look like appeals.")
        return EXIT_OK
    for s in found:
        when = s.received.strftime("%Y-%m-%d %H:%M") if s.received else "?"
        print(f"message {s.message_pk} on {s.contested_ref}, {when}: “{s.evidence}”")
        print(f"  open it as an appeal: privacydesk appeal {s.contested_ref} --message {s.message_pk}")
        print(f"  not an appeal:        privacydesk appeals --dismiss {s.message_pk}")
    return EXIT_OK
