"""Answering requests from the command line: ``templates``, ``reply``, ``outbox``, ``suggestions``,
``customers`` and ``evidence`` (issue 9).

``reply`` without ``--draft``/``--send`` only previews and changes nothing. ``--print`` writes the RFC
5322 message alone to stdout (headers first); everything else then goes to stderr. Exit status: 2 for an
unknown template, a template that does not fit the request, a missing input (named) or bad input; 1 for a
refused or failed send.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from privacydesk.cli.common import EXIT_OK, UsageError, print_json
from privacydesk.cli.context import CliContext

if TYPE_CHECKING:
    from privacydesk.services.replies import ReplyPreview, ReplyService


def register(sub: Any) -> None:
    templates = sub.add_parser("templates", help="reply templates: list them")
    tsub = templates.add_subparsers(dest="templates_command", metavar="ACTION", required=True,
                                    parser_class=type(templates))
    p = tsub.add_parser("list", help="every template with its languages, fitting types and laws, and inputs")
    p.add_argument("--ref", help="mark which templates fit this request")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_templates_list)
    p = tsub.add_parser("show", help="a template's file and text (edit a copy in <data dir>/templates/<lang>/)")
    p.add_argument("name")
    p.add_argument("--lang", default="en")
    p.set_defaults(func=cmd_templates_show)

    p = sub.add_parser("reply", help="preview, save as a draft, or send a templated reply to a request")
    p.add_argument("ref")
    p.add_argument("--template", required=True, metavar="NAME", help="template name (privacydesk templates list)")
    p.add_argument("--lang", metavar="xx", help="letter language (default: the request's, else English)")
    p.add_argument("--set", dest="sets", action="append", default=[], metavar="KEY=VALUE",
                   help="an input the template needs (repeat for several)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--draft", action="store_true", help="save it to the mailbox's Drafts folder")
    mode.add_argument("--send", action="store_true", help="send it now (returns once the server accepted it)")
    p.add_argument("--print", dest="print_message", action="store_true",
                   help="write the RFC 5322 message alone to stdout")
    p.add_argument("--account", metavar="NAME", help="the account to use (default: the one the request came through)")
    p.add_argument("--attach", action="append", default=[], metavar="FILE", help="attach a file (repeat for several)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=cmd_reply)

    outbox = sub.add_parser("outbox", help="replies being sent, sent, failed or uncertain")
    osub = outbox.add_subparsers(dest="outbox_command", metavar="ACTION", required=True, parser_class=type(outbox))
    p = osub.add_parser("list", help="the outbox (newest last)")
    p.add_argument("--ref", help="only this request's replies")
    p.add_argument("--drafts", action="store_true", help="include drafts saved to the mailbox")
    p.add_argument("--state", action="append", metavar="S",
                   help="only this state: queued, sending, sent, failed, uncertain, withdrawn, drafted")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_outbox_list)
    p = osub.add_parser("retry", help="send a reply that was not sent again")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_outbox_retry)
    p = osub.add_parser("resolve", help="settle a reply whose sending was interrupted")
    p.add_argument("id", type=int)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--sent", action="store_true", help="it was sent (found in Sent, or the recipient has it)")
    which.add_argument("--not-sent", action="store_true", help="it was not sent (it can then be retried)")
    p.set_defaults(func=cmd_outbox_resolve)
    p = osub.add_parser("withdraw", help="take a reply that was not sent out of the outbox (it is never sent)")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_outbox_withdraw)
    p = osub.add_parser("check", help="look for uncertain replies in the Sent folder")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_outbox_check)
    p = osub.add_parser("show", help="one reply; --print writes its exact message")
    p.add_argument("id", type=int)
    p.add_argument("--print", dest="print_message", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_outbox_show)

    sugg = sub.add_parser("suggestions", help="status changes implied by replies found in the Sent folder")
    ssub = sugg.add_subparsers(dest="suggestions_command", metavar="ACTION", required=True, parser_class=type(sugg))
    p = ssub.add_parser("list")
    p.add_argument("--ref")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_suggestions_list)
    p = ssub.add_parser("apply")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_suggestions_apply)
    p = ssub.add_parser("dismiss")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_suggestions_dismiss)

    cust = sub.add_parser("customers", help="the customers file, to match request details against")
    csub = cust.add_subparsers(dest="customers_command", metavar="ACTION", required=True, parser_class=type(cust))
    p = csub.add_parser("import", help="import a CSV (email, name, other columns); updates by email")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_customers_import)
    p = csub.add_parser("list")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_customers_list)

    p = sub.add_parser("evidence", help="what speaks for and against the requester's identity")
    p.add_argument("ref")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_evidence)


def _replies(ctx: CliContext) -> ReplyService:
    return ctx.services.replies


def _inputs(sets: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in sets:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise UsageError(f"--set {item!r}: write KEY=VALUE, e.g. --set reason=\"many systems to search\"")
        out[key] = value
    return out


# -- templates -----------------------------------------------------------------------------------

def cmd_templates_list(args: argparse.Namespace, ctx: CliContext) -> int:
    replies = _replies(ctx)
    if args.ref:
        choices = replies.templates_for(args.ref)
        rows = [{**c.entry.as_json(), "fits": c.fits, "why_not": c.why_not, "language": c.language}
                for c in choices]
    else:
        rows = [e.as_json() for e in replies.templates()]
    if args.json:
        print_json(rows)
        return EXIT_OK
    for row in rows:
        mark = ""
        if "fits" in row:
            mark = "  fits" if row["fits"] else "  does not fit"
        inputs = ", ".join(row["inputs"]) or "none"
        print(f"{row['name']:<26} {'/'.join(row['languages']):<12} inputs: {inputs}{mark}")
        if row.get("description"):
            print(f"    {row['description']}")
        for problem in row["problems"]:
            print(f"    PROBLEM: {problem}")
    return EXIT_OK


def cmd_templates_show(args: argparse.Namespace, ctx: CliContext) -> int:
    path, text = _replies(ctx).template_source(args.name, args.lang)
    print(f"# {path}", file=sys.stderr)
    sys.stdout.write(text)
    return EXIT_OK


# -- reply -----------------------------------------------------------------------------------------

def _print_preview(preview: ReplyPreview, out: TextIO) -> None:
    to = (f"{preview.to_name} <{preview.to_address}>" if preview.to_name else preview.to_address) \
        or "(no email address known)"
    print(f"Template: {preview.template} ({preview.language})"
          + (f"    Account: {preview.account}" if preview.account else ""), file=out)
    print(f"From: {preview.from_name} <{preview.from_address}>", file=out)
    print(f"To: {to}" + (" (authorized agent)" if preview.recipient_role == "agent" else ""), file=out)
    print(f"Subject: {preview.subject}", file=out)
    if preview.in_reply_to:
        print(f"In-Reply-To: {preview.in_reply_to}", file=out)
    for a in preview.attachments:
        print(f"Attachment: {a.filename} ({a.content_type}, {a.size} bytes)", file=out)
    print("", file=out)
    out.write(preview.body)
    if preview.sources:
        print("\nWhat the legal sentences rely on:", file=out)
        for s in preview.sources:
            print(f"  - \"{s.sentence}\"", file=out)
            when = (f" — {s.milestone_label} {s.date.day} {s.date:%B %Y}"
                    if s.date and s.milestone_label else "")
            print(f"    {s.law}{when}: {s.rule}", file=out)
    if preview.changes:
        print("\nSending it will change the request:", file=out)
        for line in preview.changes:
            print(f"  - {line}", file=out)
    if preview.refused:
        print(f"\nSending it now would be refused: {preview.refused}", file=out)


def cmd_reply(args: argparse.Namespace, ctx: CliContext) -> int:
    replies = _replies(ctx)
    inputs = _inputs(args.sets)
    attach = [Path(a) for a in args.attach]
    info = sys.stderr if args.print_message else sys.stdout
    if not (args.draft or args.send):
        preview = replies.preview(args.ref, args.template, args.lang, inputs, attach, args.account)
        if args.print_message:
            sys.stdout.buffer.write(preview.message)
            sys.stdout.flush()
        elif args.json:
            print_json({**preview.as_json(), "mode": "preview"})
        else:
            _print_preview(preview, info)
            print("\nPreview only: nothing was saved or sent (use --draft or --send).", file=info)
        return EXIT_OK
    if args.draft:
        drafted = replies.draft(args.ref, args.template, args.lang, inputs, attach, args.account)
        if args.print_message:
            sys.stdout.buffer.write(drafted.message)
            sys.stdout.flush()
        if args.json and not args.print_message:
            print_json({"mode": "draft", "outbox": drafted.item.as_json(), "folder": drafted.folder,
                        "notes": list(drafted.notes)})
        else:
            print(f"Saved as a draft in {drafted.folder} (outbox number {drafted.item.id}); the request is "
                  "unchanged until it is sent.", file=info)
            for note in drafted.notes:
                print(note, file=info)
        return EXIT_OK
    result = replies.send(args.ref, args.template, args.lang, inputs, attach, args.account)
    if args.print_message:
        sys.stdout.buffer.write(result.message)
        sys.stdout.flush()
    if args.json and not args.print_message:
        print_json({"mode": "send", "outbox": result.item.as_json(), "changes": list(result.changes),
                    "notes": list(result.notes)})
    else:
        # No address here: with --print this goes to stderr, which holds no personal data.
        print(f"Sent (outbox number {result.item.id}); the server accepted it.", file=info)
        for line in (*result.changes, *result.notes):
            print(f"  {line}", file=info)
    return EXIT_OK


# -- outbox ----------------------------------------------------------------------------------------

def _item_line(item: Any) -> str:
    when = item.sent_at or item.created_at
    line = (f"{item.id:>5}  {item.ref}  {item.template:<24} {item.state_label:<32} "
            f"{when:%Y-%m-%d %H:%M} UTC  to {', '.join(item.to)}")
    if item.error and item.state in ("failed", "uncertain"):
        line += f"\n       {item.error}"
    if item.sent_copy == "failed":
        line += f"\n       copy in Sent not saved: {item.sent_copy_error}"
    return line


def cmd_outbox_list(args: argparse.Namespace, ctx: CliContext) -> int:
    items = _replies(ctx).outbox(ref=args.ref, include_drafts=args.drafts or bool(args.state and "drafted" in args.state),
                                 states=args.state)
    if args.json:
        print_json([i.as_json() for i in items])
        return EXIT_OK
    if not items:
        print("The outbox is empty.")
    for item in items:
        print(_item_line(item))
    return EXIT_OK


def cmd_outbox_retry(args: argparse.Namespace, ctx: CliContext) -> int:
    result = _replies(ctx).retry(args.id)
    print(f"Sent (outbox number {result.item.id}); the server accepted it.")
    for line in (*result.changes, *result.notes):
        print(f"  {line}")
    return EXIT_OK


def cmd_outbox_resolve(args: argparse.Namespace, ctx: CliContext) -> int:
    item, changes = _replies(ctx).resolve(args.id, sent=bool(args.sent))
    print(f"Reply {item.id} is now: {item.state_label}.")
    for line in changes:
        print(f"  {line}")
    if not args.sent:
        print(f"Send it again with: privacydesk outbox retry {item.id}")
    return EXIT_OK


def cmd_outbox_withdraw(args: argparse.Namespace, ctx: CliContext) -> int:
    item = _replies(ctx).withdraw(args.id)
    print(f"Reply {item.id} is now: {item.state_label}.")
    return EXIT_OK


def cmd_outbox_check(args: argparse.Namespace, ctx: CliContext) -> int:
    settled = _replies(ctx).check_uncertain()
    if args.json:
        print_json([i.as_json() for i in settled])
    elif settled:
        for item in settled:
            print(f"Reply {item.id} ({item.ref}) was found in Sent: recorded as sent.")
    else:
        print("No uncertain reply was found in a Sent folder.")
    return EXIT_OK


def cmd_outbox_show(args: argparse.Namespace, ctx: CliContext) -> int:
    replies = _replies(ctx)
    if args.print_message:
        sys.stdout.buffer.write(replies.message_bytes(args.id))
        sys.stdout.flush()
        return EXIT_OK
    item = replies.item(args.id)
    if args.json:
        print_json(item.as_json())
    else:
        print(_item_line(item))
        print(f"       Message-ID {item.message_id}; SHA-256 {item.digest}")
    return EXIT_OK


# -- suggestions -------------------------------------------------------------------------------------

def cmd_suggestions_list(args: argparse.Namespace, ctx: CliContext) -> int:
    items = _replies(ctx).suggestions(args.ref)
    if args.json:
        print_json([s.as_json() for s in items])
        return EXIT_OK
    if not items:
        print("No status change waiting to be confirmed.")
    for s in items:
        print(f"{s.id:>5}  {s.ref}  reply found in Sent: {s.subject or '(no subject)'}")
        for line in s.changes:
            print(f"       {line}")
        if s.refused:
            print(f"       Not possible now: {s.refused}")
    return EXIT_OK


def cmd_suggestions_apply(args: argparse.Namespace, ctx: CliContext) -> int:
    notes = _replies(ctx).apply_suggestion(args.id)
    print("Applied." + ("" if notes else " (The request was already up to date.)"))
    for line in notes:
        print(f"  {line}")
    return EXIT_OK


def cmd_suggestions_dismiss(args: argparse.Namespace, ctx: CliContext) -> int:
    _replies(ctx).dismiss_suggestion(args.id)
    print("Dismissed.")
    return EXIT_OK


# -- customers and evidence ----------------------------------------------------------------------------

def cmd_customers_import(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services
    summary = services.customers.import_csv(Path(args.file), services.requests.actor())
    if args.json:
        print_json(summary.as_json())
    else:
        print(f"Customers: {summary.added} added, {summary.updated} updated, {summary.skipped} skipped.")
        for problem in summary.problems:
            print(f"  {problem}")
    return EXIT_OK


def cmd_customers_list(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = ctx.services.customers.list()
    if args.json:
        print_json([r.as_json() for r in rows])
        return EXIT_OK
    for r in rows:
        extra = ", ".join(f"{k}: {v}" for k, v in r.fields.items())
        print(f"{r.email}  {r.name or ''}" + (f"  ({extra})" if extra else ""))
    if not rows:
        print("No customers imported (privacydesk customers import FILE.csv).")
    return EXIT_OK


def cmd_evidence(args: argparse.Namespace, ctx: CliContext) -> int:
    ev = ctx.services.verification.evidence(args.ref)
    if args.json:
        print_json(ev.as_json())
        return EXIT_OK
    data = ev.as_json()
    print(f"{ev.ref}: verification {ev.state}" + (f" ({ev.method})" if ev.method else ""))
    print(f"Suggested proof: {ev.suggestion.label}")
    for reason in ev.suggestion.reasons:
        print(f"  - {reason}")
    sender = data["sender"]
    if sender:
        print(f"Sender: {sender['email']} — {sender['authentication']}")
    if ev.details:
        print("Details compared with the customers file:")
        for d in ev.details:
            print(f"  {'matches' if d.matched else 'no match':<9} {d.detail}" + (f" ({d.note})" if d.note else ""))
    elif not ev.customers_file_loaded:
        print("No customers file imported (privacydesk customers import FILE.csv).")
    if ev.agent:
        print(f"Authorized agent: {ev.agent.explanation}")
    if ev.code:
        print(f"One-time code: {ev.code.describe()}")
    for m in ev.material:
        state = f"deleted after verification (SHA-256 {m.sha256})" if m.removed else "kept until verification"
        print(f"Document {m.filename or m.content_type}: {state}")
    for warning in ev.warnings:
        print(f"WARNING: {warning}")
    return EXIT_OK
