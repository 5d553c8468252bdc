"""Mail commands that touch the database: ``import`` and ``demo``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from privacydesk.cli.common import EXIT_FAILED, EXIT_OK, print_json
from privacydesk.cli.context import CliContext


def register(sub: Any) -> None:
    p = sub.add_parser("import", help="import mail files: .eml/.txt/any single message, .mbox, Maildir folders")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=cmd_import)

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
        print(f"Imported {data['new_messages']} new messages ({data['duplicates']} already known).")
        print(f"  new requests: {len(data['new_requests'])}"
              + (f" ({', '.join(data['new_requests'])})" if data["new_requests"] else ""))
        print(f"  follow-ups joined: {len(data['follow_ups'])}")
        print(f"  not requests: {data['non_requests']}, automated: {data['automated']}, "
              f"to review: {data['needs_review']}, unreadable (kept): {data['unreadable']}")
        if data["skipped"]:
            print(f"  skipped {len(data['skipped'])} files that are not mail")
        for failure in data["failures"]:
            print(f"  FAILED {failure['origin']}: {failure['error']}", file=sys.stderr)
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
