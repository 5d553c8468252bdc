"""Calendar, reminders and setup commands (issue 12):

``calendar [--from D --to D] [--days N] [--all] [--json]`` — the agenda: everything overdue plus the
next 30 days by default; ``export calendar FILE.ics [--with-names|--without-names] [--watch]`` — the
due dates for calendar apps; ``calendar-feed [--port P] [--no-token]`` — the same, read-only, on
127.0.0.1 until Ctrl-C; ``reminders [--json] [--mark]``; ``profile from-notice FILE [--json]
[--apply FIELD …]``; ``settings [KEY [VALUE]] [--json]``.
"""

from __future__ import annotations

import argparse
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from privacydesk.cli.common import EXIT_OK, UsageError, iso_date, print_json
from privacydesk.cli.context import CliContext
from privacydesk.domain.wording import plural


def _group(sub: Any, name: str, help: str, dest: str, metavar: str) -> Any:
    """The sub-commands of ``name``, created or shared with another module that made the group."""
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, help=help)
    for action in parser._actions:  # argparse keeps the sub-parsers action here
        if isinstance(action, argparse._SubParsersAction):
            return action  # the caller adds its sub-command (and to the usage line, see _named)
    return parser.add_subparsers(dest=dest, metavar=metavar, required=True)


def _named(group: Any, name: str) -> None:
    """Show a sub-command added to a shared group in its usage line (``show|check|from-notice``)."""
    if isinstance(group.metavar, str) and name not in group.metavar.split("|"):
        group.metavar = f"{group.metavar}|{name}"


def register(sub: Any) -> None:
    p = sub.add_parser("calendar", help="what is due: everything overdue, then the next 30 days")
    p.add_argument("--from", dest="start", type=iso_date, metavar="D", help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", type=iso_date, metavar="D", help="last day (YYYY-MM-DD)")
    p.add_argument("--days", type=int, default=30, metavar="N", help="how many days ahead (default 30)")
    p.add_argument("--all", dest="everything", action="store_true",
                   help="also dates that are done or apply only if extended")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_calendar)

    export = _group(sub, "export", "write data for other programs", "export_command", "calendar")
    p = export.add_parser("calendar", help="the due dates as an .ics file for calendar apps")
    p.add_argument("file", metavar="FILE.ics")
    names = p.add_mutually_exclusive_group()
    names.add_argument("--with-names", dest="names", action="store_true", default=None,
                       help="put requesters' names in the events (default: the setting calendar.include_names)")
    names.add_argument("--without-names", dest="names", action="store_false",
                       help="only the reference, never who asked")
    p.add_argument("--watch", action="store_true", help="keep rewriting the file when due dates change (Ctrl-C stops)")
    p.add_argument("--interval", type=float, default=30.0, metavar="S", help="seconds between checks with --watch")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export_calendar)

    p = sub.add_parser("calendar-feed", help="serve the due dates read-only on 127.0.0.1 for calendar apps")
    p.add_argument("--port", type=int, metavar="P", help="port (default: the setting calendar.feed_port)")
    p.add_argument("--no-token", dest="token", action="store_false", default=None,
                   help="no secret in the link (anyone on this computer can read it)")
    p.add_argument("--new-token", action="store_true", help="replace the secret in the link")
    p.set_defaults(func=cmd_feed)

    p = sub.add_parser("reminders", help="what is due today, tomorrow or overdue, and not yet reminded")
    p.add_argument("--mark", action="store_true", help="record them as reminded (they will not show again)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_reminders)

    profile = _group(sub, "profile", "show or check the company profile", "profile_command", "show|check")
    p = profile.add_parser("from-notice", help="propose profile fields from your privacy notice (text or HTML)")
    p.add_argument("file", metavar="FILE")
    _named(profile, "from-notice")
    p.add_argument("--apply", nargs="+", metavar="FIELD",
                   help="apply these proposals after checking them (field names as listed, or 'all')")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_from_notice)

    p = sub.add_parser("settings", help="show or change your settings")
    p.add_argument("key", nargs="?", help="a setting, e.g. calendar.include_names")
    p.add_argument("value", nargs="?", help="the new value")
    p.add_argument("--reset", action="store_true", help="back to the default")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_settings)


# -- calendar -------------------------------------------------------------------------------------


def cmd_calendar(args: argparse.Namespace, ctx: CliContext) -> int:
    from privacydesk.services import milestones
    from privacydesk.services.calendar import item_json

    if args.days < 0 or args.days > 3 * 366:
        raise UsageError("--days must be between 0 and 1098")
    if args.start and args.end and args.end < args.start:
        raise UsageError(f"--to {args.end} is before --from {args.start}")
    services = ctx.services
    milestones.refresh_paused(services.requests)  # provisional dates of paused requests, as of today
    agenda = services.calendar.agenda(args.days, start=args.start, end=args.end, everything=args.everything)
    if args.json:
        print_json([item_json(i) for i in agenda.items])
        return EXIT_OK
    if not agenda.items:
        print(f"Nothing due up to {agenda.until.strftime('%a %d %b %Y')}.")
        return EXIT_OK
    from privacydesk.domain.calendar import days_left_words

    for section in agenda.sections:
        print(f"{section.label} ({len(section.items)})")
        for item in section.items:
            when = days_left_words(item.days_left)
            extra = " · waiting for the requester" if item.provisional else ""
            print(f"  {item.date.strftime('%a %d %b')}  {item.ref:<13} {item.label:<34} {when}{extra}")
            if item.closed_day:
                print(f"      Note: {item.closed_day}")
        print()
    return EXIT_OK


def cmd_export_calendar(args: argparse.Namespace, ctx: CliContext) -> int:
    from privacydesk.services import milestones

    path = Path(args.file)
    if path.suffix.lower() != ".ics":
        raise UsageError(f"{args.file}: give a file name ending in .ics (calendar apps look for that)")
    services = ctx.services
    milestones.refresh_paused(services.requests)
    exporter = services.calendar_export
    result = exporter.export(path, args.names)
    if args.json:
        print_json({"file": str(result.path), "events": result.events, "written": result.written})
    else:
        state = "written" if result.written else "already up to date"
        print(f"{result.path}: {result.events} due dates ({state}).")
    if not args.watch:
        return EXIT_OK
    stop = threading.Event()
    last = exporter.ics(args.names)
    try:
        while not stop.wait(max(args.interval, 1.0)):
            milestones.refresh_paused(services.requests)
            data = exporter.ics(args.names)
            if data != last:
                again = exporter.export(path, args.names)
                last = data
                print(f"{again.path}: {again.events} due dates (rewritten).", flush=True)
    except KeyboardInterrupt:
        pass
    return EXIT_OK


def cmd_feed(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services
    exporter = services.calendar_export
    if args.new_token:
        exporter.new_feed_token()
    info = exporter.start_feed(args.port, args.token)
    print(f"Calendar link (this computer only): {info.url}")
    print("Subscribe to it in your calendar app. Press Ctrl-C to stop.", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        exporter.stop_feed()
    return EXIT_OK


# -- reminders ------------------------------------------------------------------------------------


def cmd_reminders(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services
    reminders = services.reminders
    summary = reminders.summary()
    pending = reminders.pending()
    if args.mark:
        reminders.mark_notified(pending)
    if args.json:
        print_json({"summary": summary.text, "due_today": summary.due_today, "overdue": summary.overdue,
                    "due_tomorrow": summary.due_tomorrow,
                    "pending": [{"ref": r.ref, "kind": r.kind, "stage": r.stage, "milestone": r.milestone,
                                 "date": r.due.isoformat() if r.due else None, "title": r.title, "text": r.body}
                                for r in pending]})
        return EXIT_OK
    print(summary.text)
    for r in pending:
        print(f"  {r.title}")
    return EXIT_OK


# -- profile from a notice ------------------------------------------------------------------------


def cmd_from_notice(args: argparse.Namespace, ctx: CliContext) -> int:
    from privacydesk.services.profile_edit import ProfileEditService

    proposals = ProfileEditService.proposals(args.file)
    if args.apply:
        chosen = _chosen(proposals, args.apply)
        saved = ctx.services.profile_edit.apply(chosen)
        moved = ctx.services.requests.recompute_all() if saved.dates_affected else 0
        if args.json:
            print_json({"applied": [p.as_json() for p in chosen], "changed": list(saved.changed),
                        "requests_with_new_dates": moved})
        else:
            print(f"Applied {plural(len(chosen), 'proposal')} to {ctx.paths.profile_file}.")
            if saved.dates_affected:
                print(f"Due dates recomputed: {moved} requests have new dates.")
        return EXIT_OK
    if args.json:
        print_json([p.as_json() for p in proposals])
        return EXIT_OK
    if not proposals:
        print("Nothing in this text looks like a privacy notice's promises.")
        return EXIT_OK
    print(f"Proposals from {args.file} (nothing is changed; apply with --apply FIELD … or --apply all):\n")
    for p in proposals:
        where = f" [{p.region}]" if p.region else ""
        print(f"{p.label}{where}: {p.display}    ({p.field})")
        print(f"    from: “{_short(p.sentence)}”")
        for note in p.notes:
            print(f"    note: {note}")
    return EXIT_OK


def _short(text: str, limit: int = 220) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _chosen(proposals: Sequence[Any], wanted: Sequence[str]) -> list[Any]:
    if any(w == "all" for w in wanted):
        return list(proposals)
    fields = {p.field for p in proposals}
    unknown = [w for w in wanted if w not in fields]
    if unknown:
        raise UsageError(f"no proposal for {', '.join(unknown)}; proposed fields: {', '.join(sorted(fields))}")
    return [p for p in proposals if p.field in wanted]


# -- settings -------------------------------------------------------------------------------------


def cmd_settings(args: argparse.Namespace, ctx: CliContext) -> int:
    from privacydesk.domain import settings as decl
    from privacydesk.services.settings import SettingsService

    store = SettingsService(ctx.paths.settings_file)
    if args.key is None:
        if args.json:
            print_json(store.values())
        else:
            for setting in decl.ALL:
                print(f"{setting.key} = {store.get(setting)!r}    # {setting.label}")
        return EXIT_OK
    setting = decl.by_key(args.key)
    if args.reset:
        store.reset(setting)
    elif args.value is not None:
        store.set(setting, args.value)
    value = store.get(setting)
    if args.json:
        print_json({"key": setting.key, "value": value, "default": setting.default, "label": setting.label,
                    "doc": setting.doc})
    else:
        print(f"{setting.key} = {value!r}    # {setting.label}: {setting.doc}")
    return EXIT_OK
