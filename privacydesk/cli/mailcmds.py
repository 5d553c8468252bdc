"""Mail commands that touch the database: ``import`` and ``demo``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from privacydesk.cli.common import EXIT_FAILED, EXIT_OK, CommandFailed, choice, print_json
from privacydesk.cli.context import CliContext
from privacydesk.domain.display import line as safe
from privacydesk.domain.vocab import RequestType, values
from privacydesk.domain.wording import plural


def register(sub: Any) -> None:
    p = sub.add_parser("import", help="import mail files: .eml/.txt/any single message, .mbox, Maildir folders")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("messages", help="list stored messages (metadata), e.g. those waiting for a decision")
    p.add_argument("--review", action="store_true", help="only messages that might be requests")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_messages)

    p = sub.add_parser("mark", help="decide whether a message is a privacy request (audited)")
    p.add_argument("message", type=int, metavar="ID", help="message id (see `privacydesk messages`)")
    p.add_argument("decision", choices=["request", "not-request"])
    p.add_argument("--type", dest="types", action="append", type=choice("type", values(RequestType)),
                   metavar="T", help="request type(s) when marking as a request")
    p.set_defaults(func=cmd_mark)

    p = sub.add_parser("demo", help="import the bundled demo mailbox into the data folder")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_demo)


def _summary(report: Any) -> dict[str, Any]:
    return {
        "new_messages": report.new_messages,
        "duplicates": report.duplicates,
        "new_requests": list(report.new_requests),
        "follow_ups": list(report.follow_ups),
        "non_requests": report.non_requests,
        "automated": report.automated,
        "needs_review": report.needs_review,
        "unreadable": report.unreadable,
        "failures": [{"origin": o, "error": e} for o, e in report.failures],
        "skipped": [{"origin": o, "reason": e} for o, e in report.skipped],
    }


def _print_summary(report: Any, as_json: bool) -> int:
    data = _summary(report)
    if as_json:
        print_json(data)
    else:
        print(f"Imported {plural(data['new_messages'], 'new message')} ({data['duplicates']} already known).")
        refs = data["new_requests"]
        shown = ", ".join(refs[:8]) + (f" … {refs[-1]}" if len(refs) > 8 else "")
        print(f"  new requests: {len(refs)}" + (f" ({shown})" if refs else ""))
        print(f"  follow-ups joined: {len(data['follow_ups'])}")
        print(f"  not requests: {data['non_requests']}, automated: {data['automated']}, "
              f"to review: {data['needs_review']}, unreadable (kept): {data['unreadable']}")
        if data["skipped"]:
            print(f"  skipped {plural(len(data['skipped']), 'file')} that are not mail")
        for failure in data["failures"]:
            print(f"  FAILED {safe(failure['origin'])}: {safe(failure['error'])}", file=sys.stderr)
    return EXIT_FAILED if data["failures"] else EXIT_OK


def cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from privacydesk.services.mailimport import import_paths

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\rstoring {done}/{total}", end="" if done < total else "\n", file=sys.stderr)

    services = ctx.services
    report = import_paths(services.ingest, services.profile, [Path(p) for p in args.paths],
                          progress=progress)
    return _print_summary(report, args.json)


def cmd_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    from privacydesk.services.demo import load_demo

    return _print_summary(load_demo(ctx.services), args.json)


def cmd_messages(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = ctx.services.review.messages(review_only=args.review, limit=args.limit)
    if args.json:
        print_json(rows)
        return EXIT_OK
    if not rows:
        print("No messages." if not args.review else "Nothing waiting for a decision.")
    for m in rows:
        what = m["request"] or m["kind"]
        print(f"{m['id']:>6}  {m['received'] or '?':<25}  {what:<14} "
              f"{safe(m['from'] or m['sender_domain'], '-')}  {safe(m['subject'])}")
    return EXIT_OK


def cmd_mark(args: argparse.Namespace, ctx: CliContext) -> int:
    review = ctx.services.review
    try:
        if args.decision == "request":
            ref = review.mark_request(args.message, types=args.types)
            print(f"Message {args.message} is now request {ref}.")
        else:
            review.mark_not_request(args.message)
            print(f"Message {args.message} marked as not a request; its content was dropped.")
    except (LookupError, ValueError) as exc:
        raise CommandFailed(str(exc)) from exc
    return EXIT_OK
