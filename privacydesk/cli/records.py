"""Records commands (issue 13): ``audit verify``, ``export register``, ``export case``,
``report metrics``, ``purge``, ``backup`` and ``restore``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from privacydesk.cli.common import EXIT_OK, CommandFailed, UsageError, iso_date, print_json
from privacydesk.cli.context import CliContext


def register(sub: Any) -> None:
    p = sub.add_parser("audit", help="check the audit trail")
    asub = p.add_subparsers(dest="audit_command", metavar="verify", required=True)
    av = asub.add_parser("verify", help="check the whole audit trail: hash chain, every request against its "
                                        "history, and this computer's record of the newest event")
    av.add_argument("--json", action="store_true")
    av.set_defaults(func=cmd_audit_verify)

    p = sub.add_parser("export", help="export records: the request register, or one request's case file")
    esub = p.add_subparsers(dest="export_command", metavar="register|case", required=True)
    er = esub.add_parser("register", help="the register of requests (CCPA §7101 records), CSV or JSON")
    er.add_argument("--format", choices=["csv", "json"], default="csv", help="csv (default) or json")
    er.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD", help="received on or after")
    er.add_argument("--to", dest="end", type=iso_date, metavar="YYYY-MM-DD", help="received on or before")
    er.add_argument("--output", metavar="FILE", help="write to FILE (readable by you only) instead of printing")
    er.set_defaults(func=cmd_export_register)
    ec = esub.add_parser("case", help="one request's case file: messages (.eml), replies, timeline, decisions")
    ec.add_argument("ref")
    ec.add_argument("dir", metavar="DIR", help="a new or empty folder")
    ec.add_argument("--json", action="store_true")
    ec.set_defaults(func=cmd_export_case)

    p = sub.add_parser("report", help="reports: the yearly request metrics")
    rsub = p.add_subparsers(dest="report_command", metavar="metrics", required=True)
    rm = rsub.add_parser("metrics", help="requests received, complied with, denied and days to respond, "
                                         "per request type, for one year (CCPA §7102)")
    rm.add_argument("--year", type=int, required=True, metavar="YYYY")
    rm.add_argument("--format", choices=["csv", "json", "pdf"], default="csv", help="csv (default), json or pdf")
    rm.add_argument("--output", metavar="FILE", help="write to FILE (readable by you only) instead of printing")
    rm.set_defaults(func=cmd_report_metrics)

    p = sub.add_parser("purge", help="remove personal data kept longer than the company profile promises")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true", help="only list what would be removed")
    mode.add_argument("--yes", action="store_true", help="remove it without asking")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_purge)

    p = sub.add_parser("backup", help="write a consistent copy of the database to FILE (works while the app runs)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="replace FILE if it exists")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the database with a backup (the current one is kept as a copy)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="replace the database without asking")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_restore)


def confirm(question: str, refuse_hint: str) -> bool:
    """Ask on a terminal; without one, refuse as invalid input (exit 2) naming the option to use."""
    if not sys.stdin.isatty():
        raise UsageError(refuse_hint)
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def _write_output(output: str | None, data: bytes, what: str) -> None:
    from privacydesk.services.privatefiles import write_private_bytes

    if output is None or output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    path = Path(output).expanduser()
    if path.is_dir():
        raise UsageError(f"{path} is a folder; give a file name for the {what}")
    write_private_bytes(path, data)
    print(f"Wrote the {what} to {path}.", file=sys.stderr)


# -- audit ---------------------------------------------------------------------------------------------
def cmd_audit_verify(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.warn_anchor = False  # the verdict below says it
    report = ctx.services.audit.verify()
    if args.json:
        print_json(report.as_json())
    elif report.ok:
        anchor = report.anchor
        seen = (f"; this computer's record of the newest event agrees (event {anchor.anchor_event})"
                if anchor.state == "ok" else "")
        print(f"Audit trail OK: {report.chain.events} events, hash chain intact; all {report.chain.requests} "
              f"requests match their history{seen}.")
    for note in report.notes:
        print(f"Note: {note}", file=sys.stderr)
    if not report.ok:
        raise CommandFailed(f"the audit trail does not verify. {report.problem}")
    return EXIT_OK


# -- register, case file, metrics ----------------------------------------------------------------------
def cmd_export_register(args: argparse.Namespace, ctx: CliContext) -> int:
    from privacydesk.domain.records import register_csv

    rows = ctx.services.records.register(args.start, args.end)
    if args.format == "json":
        text = json.dumps([r.as_json() for r in rows], indent=2, ensure_ascii=False) + "\n"
    else:
        text = register_csv(rows)
    _write_output(args.output, text.encode("utf-8"), f"register ({len(rows)} requests)")
    return EXIT_OK


def cmd_export_case(args: argparse.Namespace, ctx: CliContext) -> int:
    case = ctx.services.records.write_case_file(args.ref, Path(args.dir).expanduser())
    if args.json:
        print_json({"ref": case.ref, "folder": str(case.folder), "files": list(case.files),
                    "messages_missing": case.messages_missing})
        return EXIT_OK
    print(f"Case file for {case.ref} written to {case.folder}: {len(case.files)} files "
          "(summary.txt, case.json and the messages).")
    if case.messages_missing:
        print(f"  {case.messages_missing} message(s) have no original kept (removed after the retention "
              "period, or stored as metadata only); the summary lists them.")
    return EXIT_OK


def cmd_report_metrics(args: argparse.Namespace, ctx: CliContext) -> int:
    metrics = ctx.services.records.metrics(args.year)
    if args.format == "json":
        data = (json.dumps(metrics.as_json(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    elif args.format == "csv":
        data = metrics.csv().encode("utf-8")
    else:
        if args.output in (None, "-") and sys.stdout.isatty():
            raise UsageError("a PDF is not for the terminal: add --output FILE.pdf")
        _offscreen_without_display()
        from privacydesk.ui.reports.metrics_pdf import render_metrics_pdf

        data = render_metrics_pdf(metrics, ctx.services.profile.legal_name,
                                  ctx.services.requests.now().astimezone(ctx.services.profile.tz).date())
    _write_output(args.output, data, f"{args.year} metrics")
    return EXIT_OK


def _offscreen_without_display() -> None:
    """Qt aborts the whole process when it finds no display: render off screen instead."""
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


# -- retention -----------------------------------------------------------------------------------------
def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _print_plan(result: Any, done: bool) -> None:
    plan = result.plan
    if plan.cutoff is None:
        print("The company profile promises no retention period, so nothing is removed. "
              "Set commitments.retention_months in profile.toml to enable purging.")
        return
    print(f"Personal data is kept {plan.retention_months} months after a request is closed: "
          f"requests closed before {plan.cutoff} are past it (today is {plan.today}).")
    if plan.empty and not result.verification_material:
        print("Nothing is past the retention period.")
        return
    head = "Removed:" if done else "Would remove:"
    print(head)
    if plan.requests:
        refs = ", ".join(plan.requests[:10]) + (f" … ({len(plan.requests)} in all)" if len(plan.requests) > 10 else "")
        print(f"  the personal data of {_plural(len(plan.requests), 'closed request')}: {refs}")
        print(f"    their {_plural(plan.request_messages, 'message')} (bodies, attachments, addresses), notes, "
              "agent details and the personal details in their audit events; the register row stays")
    if plan.requesters:
        print(f"  the name, addresses and phone of {_plural(plan.requesters, 'person', 'people')} with no "
              "request still kept")
    if plan.mail_metadata:
        print(f"  what is kept about {_plural(plan.mail_metadata, 'other message')} (dates, sender domains, "
              "classification); their fingerprints stay so they are never fetched again")
    if done and result.verification_material:
        print(f"  {_plural(result.verification_material, 'item')} of verification material left behind")
    if not done:
        print("Run 'privacydesk purge --yes' to remove it.")


def cmd_purge(args: argparse.Namespace, ctx: CliContext) -> int:
    from privacydesk.services.retention import PurgeResult

    retention = ctx.services.retention
    if args.dry_run:
        result = PurgeResult(retention.plan(), purged=False)
    else:
        if not args.yes:
            plan = retention.plan()
            if plan.empty:
                result = PurgeResult(plan, purged=False)
                if args.json:
                    print_json(result.as_json())
                else:
                    _print_plan(result, done=False)
                return EXIT_OK
            refusal = "purge needs --dry-run to list what would go, or --yes to remove it"
            if not sys.stdin.isatty():
                raise UsageError(refusal)
            _print_plan(PurgeResult(plan, purged=False), done=False)
            if not confirm("Remove it now? This cannot be undone.", refusal):
                print("Nothing was removed.")
                return EXIT_OK
        result = retention.purge()
    if args.json:
        print_json(result.as_json())
    else:
        _print_plan(result, done=result.purged)
    return EXIT_OK


# -- backup and restore --------------------------------------------------------------------------------
def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{max(1, n // 1000)} kB"


def _info_json(info: Any) -> dict[str, Any]:
    return {"file": str(info.path), "schema": info.revision, "requests": info.requests,
            "events": info.events, "newest_event": info.newest_event, "size": info.size}


def cmd_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    target = Path(args.file).expanduser()
    backups = ctx.services.backups
    overwrite = args.yes
    if target.exists() and not target.is_dir() and not overwrite:
        overwrite = confirm(f"{target} exists. Replace it?", f"{target} exists; add --yes to replace it")
        if not overwrite:
            print("Nothing was written.")
            return EXIT_OK
    info = backups.backup(target, overwrite=overwrite)
    if args.json:
        print_json(_info_json(info))
    else:
        print(f"Backup written to {info.path}: {_plural(info.requests, 'request')}, "
              f"{_plural(info.events, 'audit event')} ({_size(info.size)}). It holds personal data: keep it "
              "somewhere only you can read.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    backups = ctx.services.backups
    source = Path(args.file).expanduser()
    info = backups.check_restorable(source)
    if not args.yes:
        current = backups.current()
        question = (f"Replace the database ({_plural(current.requests, 'request')}, "
                    f"{_plural(current.events, 'audit event')}) with the backup {source.name} "
                    f"({_plural(info.requests, 'request')}, {_plural(info.events, 'audit event')}"
                    f"{', newest from ' + info.newest_event if info.newest_event else ''})? "
                    "The current database is kept as a copy in the data folder.")
        if not confirm(question, "restore replaces the database; add --yes to do it without asking"):
            print("Nothing was changed.")
            return EXIT_OK
    result = backups.restore(source, ctx.services.requests.actor())
    if args.json:
        print_json({"restored": _info_json(result.restored), "previous_database": str(result.safety_copy)})
    else:
        print(f"Restored {_plural(info.requests, 'request')} from {source}. The database before it is kept "
              f"as {result.safety_copy}. This computer's record of the audit trail now follows the "
              "restored database (the restore is in the audit trail).")
    return EXIT_OK
