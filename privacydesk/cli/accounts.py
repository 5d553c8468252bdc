"""Mail account commands: ``account add|list|test|remove``, ``sync`` and ``watch``.

Exit status (cli/common.py): 0 success; 1 the command ran but failed (login refused, server down,
no keyring); 2 invalid input (unknown account, bad option values).
Progress goes to stderr so that ``--json`` output on stdout stays clean.
"""

from __future__ import annotations

import argparse
import gc
import getpass
import logging
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING, Any

from privacydesk.cli.common import EXIT_FAILED, EXIT_OK, CommandFailed, UsageError, choice, print_json
from privacydesk.cli.context import CliContext
from privacydesk.domain.display import line as safe

if TYPE_CHECKING:
    from privacydesk.services.accounts import AccountService
    from privacydesk.services.sync import SyncReport, SyncService

log = logging.getLogger(__name__)

SECURITY = ("ssl", "starttls", "none")


def register(sub: Any) -> None:
    account = sub.add_parser("account", help="mail accounts to read (IMAP): add, list, test, remove")
    asub = account.add_subparsers(dest="account_command", metavar="ACTION", required=True,
                                  parser_class=type(account))

    p = asub.add_parser("add", help="add an IMAP account (the password goes to the system keyring)")
    p.add_argument("--name", required=True, help="a short name for the account, e.g. team")
    p.add_argument("--host", required=True, help="IMAP server, e.g. imap.gmail.com")
    p.add_argument("--port", type=int, help="default 993 for ssl, 143 for starttls")
    p.add_argument("--security", default="ssl", type=choice("security", SECURITY),
                   help="ssl (default), starttls, or none (only for a server on this computer)")
    p.add_argument("--username", required=True, help="login name, usually the email address")
    p.add_argument("--folder", dest="folders", action="append", metavar="F",
                   help="folder to watch (repeat for several; default INBOX)")
    p.add_argument("--ca-file", metavar="PEM", help="CA certificate of a self-hosted server (PEM)")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from the first line of standard input (the SMTP password, when "
                        "--smtp-username is given, from the second)")
    _smtp_arguments(p)
    p.set_defaults(func=cmd_add)

    p = asub.add_parser("smtp", help="set how an account sends replies (SMTP); same login as IMAP unless given")
    p.add_argument("name")
    p.add_argument("--remove", action="store_true", help="remove the sending settings")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the SMTP password (with --smtp-username) from standard input")
    _smtp_arguments(p, host_required=False)
    p.set_defaults(func=cmd_smtp)

    p = asub.add_parser("list", help="list accounts with their sync state")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = asub.add_parser("test", help="log in and list the folders (nothing is changed)")
    p.add_argument("name")
    p.set_defaults(func=cmd_test)

    p = asub.add_parser("remove", help="remove an account and its keyring entry (stored mail stays)")
    p.add_argument("name")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("sync", help="read new mail from the accounts (read-only) and file requests")
    p.add_argument("--account", metavar="N", help="only this account (default: all)")
    p.add_argument("--once", action="store_true",
                   help="one attempt only: do not retry when the server cannot be reached")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--batch-size", type=int, default=None, metavar="N",
                   help="messages per fetch and per commit, 1-2000 (default 500; smaller for slow links)")
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("watch", help="stay connected and file new requests as they arrive (IDLE)")
    p.add_argument("--account", metavar="N", help="only this account (default: all)")
    p.add_argument("--poll-interval", type=float, default=300.0, metavar="S",
                   help="seconds between checks when IDLE is not available (default 300)")
    p.add_argument("--json", action="store_true", help="one JSON object per line for each change")
    p.set_defaults(func=cmd_watch)


def _smtp_arguments(p: argparse.ArgumentParser, host_required: bool = False) -> None:
    p.add_argument("--smtp-host", metavar="H", help="SMTP server for sending replies, e.g. smtp.gmail.com")
    p.add_argument("--smtp-port", type=int, metavar="P", help="default 465 for ssl, 587 for starttls")
    p.add_argument("--smtp-security", type=choice("smtp security", SECURITY), metavar="S",
                   help="starttls (default), ssl, or none (only for a server on this computer)")
    p.add_argument("--smtp-username", metavar="U", help="SMTP login if it differs from the IMAP one (own password)")
    p.add_argument("--smtp-from", metavar="ADDR", help="the address replies come from (default: the username)")
    keeps = p.add_mutually_exclusive_group()
    keeps.add_argument("--smtp-keeps-sent", dest="smtp_keeps_sent", action="store_const", const=True,
                       help="the server files a copy in Sent itself (Gmail does): do not copy it there")
    keeps.add_argument("--smtp-copy-sent", dest="smtp_keeps_sent", action="store_const", const=False,
                       help="copy each sent reply to the Sent folder (the default except for Gmail)")
    p.set_defaults(smtp_keeps_sent=None)


def _smtp_config(args: argparse.Namespace) -> Any:
    from privacydesk.services.accounts import SmtpConfig

    if not args.smtp_host:
        if any(v is not None for v in (args.smtp_port, args.smtp_security, args.smtp_username, args.smtp_from)):
            raise UsageError("give --smtp-host together with the other --smtp-… options")
        return None
    return SmtpConfig(host=args.smtp_host, port=args.smtp_port, security=args.smtp_security or "starttls",
                      username=args.smtp_username, saves_sent=args.smtp_keeps_sent, from_address=args.smtp_from)


# -- wiring ------------------------------------------------------------------------------------

def _accounts(ctx: CliContext) -> AccountService:
    return ctx.services.accounts


def _sync_service(ctx: CliContext, batch_size: int | None = None) -> SyncService:
    return ctx.services.sync.with_batch_size(batch_size)


def _account_errors() -> tuple[type[BaseException], ...]:
    from privacydesk.services.accounts import AccountError
    from privacydesk.services.sync import MailServerError

    return (MailServerError, AccountError)


def _check_account(ctx: CliContext, name: str) -> None:
    from privacydesk.services.accounts import AccountNotFound

    try:
        _accounts(ctx).get(name)
    except AccountNotFound as exc:
        raise UsageError(str(exc)) from None


# -- account -----------------------------------------------------------------------------------

def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise UsageError("--password-stdin: no password on standard input")
        return password
    if not sys.stdin.isatty():
        raise UsageError("no password given: use --password-stdin, or run the command in a terminal "
                         "to be asked for it")
    password = getpass.getpass(f"Password for {args.username} at {args.host}: ")
    if not password:
        raise UsageError("the password is empty")
    return password


def cmd_add(args: argparse.Namespace, ctx: CliContext) -> int:
    from privacydesk.services.accounts import AccountExists, InvalidAccount, KeyringUnavailable, NewAccount

    accounts = _accounts(ctx)
    status = accounts.keyring_status()
    if not status.usable:
        raise CommandFailed(status.message)
    new = NewAccount(name=args.name, host=args.host, username=args.username, port=args.port,
                     security=args.security, folders=tuple(args.folders or ("INBOX",)), ca_file=args.ca_file)
    smtp = _smtp_config(args)
    try:
        accounts.validate(new)  # before asking for a password
        if smtp is not None:
            accounts.validate_smtp(smtp)
    except InvalidAccount as exc:
        raise UsageError(str(exc)) from None
    password = _read_password(args)
    smtp_password = _read_smtp_password(args) if smtp is not None and smtp.username else None
    try:
        info = accounts.add(new, password, smtp, smtp_password)
    except InvalidAccount as exc:
        raise UsageError(str(exc)) from None
    except (AccountExists, KeyringUnavailable) as exc:
        raise CommandFailed(str(exc)) from None
    if status.warning:
        print(status.warning, file=sys.stderr)
    print(f"Added account {info.name!r}: {info.username} at {info.host}:{info.port} ({info.security}), "
          f"folders: {', '.join(info.folders)}. The password is in the keyring.")
    if info.smtp is not None:
        print(f"Replies are sent through {info.smtp.host}:{info.smtp.effective_port} ({info.smtp.security}).")
    print(f"Check it with: privacydesk account test {info.name}")
    return EXIT_OK


def _read_smtp_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise UsageError("--password-stdin: no SMTP password on standard input (one line after the IMAP one)")
        return password
    if not sys.stdin.isatty():
        raise UsageError("no SMTP password given: use --password-stdin, or run the command in a terminal")
    password = getpass.getpass(f"SMTP password for {args.smtp_username} at {args.smtp_host}: ")
    if not password:
        raise UsageError("the SMTP password is empty")
    return password


def cmd_smtp(args: argparse.Namespace, ctx: CliContext) -> int:
    from privacydesk.services.accounts import InvalidAccount

    _check_account(ctx, args.name)
    accounts = _accounts(ctx)
    if args.remove:
        accounts.set_smtp(args.name, None)
        print(f"Account {args.name!r} no longer sends replies (drafts can still be saved).")
        return EXIT_OK
    smtp = _smtp_config(args)
    if smtp is None:
        raise UsageError("give --smtp-host (or --remove)")
    try:
        accounts.validate_smtp(smtp)
    except InvalidAccount as exc:
        raise UsageError(str(exc)) from None
    password = _read_smtp_password(args) if smtp.username else None
    try:
        info = accounts.set_smtp(args.name, smtp, password)
    except InvalidAccount as exc:
        raise UsageError(str(exc)) from None
    assert info.smtp is not None
    print(f"Account {info.name!r} sends replies through {info.smtp.host}:{info.smtp.effective_port} "
          f"({info.smtp.security}) as {info.smtp.username or info.username}"
          + ("; the server keeps the copy in Sent." if info.smtp.server_keeps_sent else
             "; each reply is copied to the Sent folder."))
    return EXIT_OK


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    accounts = _accounts(ctx)
    infos = accounts.list_accounts()
    status = accounts.keyring_status()
    if args.json:
        rows = []
        for info in infos:
            row = info.as_json()
            row["password_stored"] = accounts.has_password(info.name) if status.usable else None
            rows.append(row)
        print_json({"accounts": rows, "keyring": {"usable": status.usable, "backend": status.backend,
                                                  "plaintext": status.plaintext, "message": status.message}})
        return EXIT_OK
    if not infos:
        print("No accounts. Add one with: privacydesk account add --name N --host H --username U")
    for info in infos:
        stored = accounts.has_password(info.name) if status.usable else None
        pw = {True: "password stored", False: "NO PASSWORD STORED", None: "keyring unavailable"}[stored]
        print(f"{info.name}: {info.username} at {info.host}:{info.port} ({info.security}); {pw}")
        if info.ca_file:
            print(f"  CA file: {info.ca_file}")
        if info.smtp is not None:
            print(f"  sends through {info.smtp.host}:{info.smtp.effective_port} ({info.smtp.security})")
        states = {s.folder: s for s in info.folder_states}
        for folder in info.folders:
            s = states.get(folder)
            if s is None or s.last_sync_at is None:
                line = "never synced"
            else:
                line = f"synced {s.last_sync_at:%Y-%m-%d %H:%M} UTC up to UID {s.last_uid}"
            if s is not None and s.last_error:
                line += f"; last error: {s.last_error}"
            print(f"  {safe(folder)}: {safe(line)}")  # server words: through the sanitiser
    if infos and (not status.usable or status.warning):
        print(status.message, file=sys.stderr)
    return EXIT_OK


def cmd_test(args: argparse.Namespace, ctx: CliContext) -> int:
    _check_account(ctx, args.name)
    service = _sync_service(ctx)
    info = service.accounts.get(args.name)
    try:
        folders, missing = service.test_account(args.name)
    except _account_errors() as exc:
        raise CommandFailed(f"Test of account {args.name!r} failed: {exc}") from None
    print(f"OK: logged in to {info.host}:{info.port} as {info.username} ({info.security}, read-only).")
    print(f"{len(folders)} folders on the server; watching: {safe(', '.join(info.folders))}")
    if missing:
        print(f"Missing folders: {safe(', '.join(missing))} (they will be reported at each sync)", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def cmd_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    _check_account(ctx, args.name)
    deleted = _accounts(ctx).remove(args.name)
    print(f"Removed account {args.name!r}" + ("" if deleted else
                                                " (no keyring entry was found or it could not be deleted)")
          + ". Messages and requests already stored are kept.")
    return EXIT_OK


# -- sync / watch ------------------------------------------------------------------------------

class _ProgressPrinter:
    """``done/total`` on stderr: one updating line on a terminal, one line per batch otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.open_line = False

    def __call__(self, account: str, done: int, total: int, folder: str) -> None:
        if total == 0:
            return
        text = f"syncing {account}/{folder}: {done}/{total}"
        if self.tty:
            print("\r" + text, end="", file=sys.stderr, flush=True)
            self.open_line = done < total
            if not self.open_line:
                print(file=sys.stderr)
        else:
            print(text, file=sys.stderr, flush=True)

    def finish(self) -> None:
        if self.open_line:
            print(file=sys.stderr)
            self.open_line = False


def _totals(reports: list[SyncReport]) -> dict[str, Any]:
    return {
        "new_messages": sum(r.ingest.new_messages for r in reports),
        "new_requests": [ref for r in reports for ref in r.ingest.new_requests],
        "follow_ups": [ref for r in reports for ref in r.ingest.follow_ups],
        "needs_review": sum(r.ingest.needs_review for r in reports),
        "errors": [f"{r.account}: {e}" for r in reports for e in r.errors],
    }


def _print_report(report: SyncReport) -> None:
    r = report.ingest
    head = f"{report.account}: {r.new_messages} new message{'s' if r.new_messages != 1 else ''}"
    if r.duplicates:
        head += f" ({r.duplicates} already known)"
    print(head)
    print(f"  new requests: {len(r.new_requests)}" + (f" ({', '.join(r.new_requests)})" if r.new_requests else ""))
    print(f"  follow-ups: {len(r.follow_ups)}" + (f" ({', '.join(sorted(set(r.follow_ups)))})" if r.follow_ups else ""))
    print(f"  to review: {r.needs_review}, not requests: {r.non_requests}, automated: {r.automated}, "
          f"unreadable (kept): {r.unreadable}")
    for notice in (*r.notices, *report.auto_replies):
        print(f"  {notice}")
    for error in report.errors:
        print(f"  ERROR: {safe(error)}")  # may quote the server


def cmd_sync(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.batch_size is not None and not 1 <= args.batch_size <= 2000:
        raise UsageError("--batch-size must be between 1 and 2000")
    if args.account:
        _check_account(ctx, args.account)
    service = _sync_service(ctx, args.batch_size)
    names = [args.account] if args.account else service.accounts.names()
    if not names:
        raise CommandFailed("There are no accounts to sync. Add one with: privacydesk account add ...")
    printer = _ProgressPrinter()
    stop = threading.Event()
    try:
        reports = service.sync_all(printer, stop, retry=not args.once, names=names)
    except KeyboardInterrupt:
        stop.set()
        printer.finish()
        print("Stopped; everything fetched so far is saved and the next sync continues from there.",
              file=sys.stderr)
        return EXIT_FAILED
    printer.finish()
    if args.json:
        print_json({"accounts": [r.as_json() for r in reports], **_totals(reports)})
    else:
        for report in reports:
            _print_report(report)
    return EXIT_OK if all(r.ok for r in reports) else EXIT_FAILED


#: After Ctrl+C, how long the watchers get to reach a clean stop before the command returns anyway.
#: Their network waits are interrupted at once; what cannot be interrupted is CPU work (on a busy
#: machine, loading the classifier's tables took over ten seconds). A watcher cut short loses
#: nothing: its batch was not committed, so SQLite rolls it back and the next sync fetches it again.
STOP_GRACE_SECONDS = 5.0


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[list[int]]:
    """While inside: Ctrl+C (SIGINT) and SIGTERM set ``stop`` instead of raising in whatever the
    main thread is doing (issue 11: a KeyboardInterrupt inside ``Thread.join`` could mark a live
    thread stopped, and one inside a write left the command waiting on a thread it no longer
    tracked). The first Ctrl+C asks to stop; a second one quits at once (KeyboardInterrupt, exit
    130). Yields the list of signals received."""
    received: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield received  # signal handlers can only be set in the main thread
        return

    def on_signal(signum: int, frame: FrameType | None) -> None:
        received.append(signum)
        stop.set()
        if signum == signal.SIGINT:
            signal.signal(signal.SIGINT, signal.default_int_handler)  # the next Ctrl+C quits

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield received
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def cmd_watch(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.poll_interval <= 0:
        raise UsageError("--poll-interval must be positive")
    if args.account:
        _check_account(ctx, args.account)
    service = _sync_service(ctx)
    names = [args.account] if args.account else service.accounts.names()
    if not names:
        raise CommandFailed("There are no accounts to watch. Add one with: privacydesk account add ...")
    stop = threading.Event()
    lock = threading.Lock()
    final: dict[str, SyncReport | str | None] = {}

    def on_report(report: SyncReport) -> None:
        with lock:
            if args.json:
                from privacydesk.cli.common import json_text

                print(json_text(report.as_json(), indent=None), flush=True)
            else:
                _print_report(report)
                sys.stdout.flush()

    def run(name: str) -> None:
        try:
            final[name] = service.watch(name, stop, on_report=on_report, poll_interval=args.poll_interval)
        except Exception as exc:  # a bug must not leave the command waiting for ever
            log.error("watching an account stopped on an unexpected error", exc_info=True,
                      extra={"stderr": False})
            final[name] = explained_failure(exc)

    with _stop_on_signals(stop) as signals:
        print(f"Watching {', '.join(names)} (Ctrl-C to stop)...", file=sys.stderr, flush=True)
        threads = [threading.Thread(target=run, args=(n,), name=f"watch-{n}", daemon=True) for n in names]
        for t in threads:
            t.start()
        # The main thread only waits on the event: a signal sets it (see _stop_on_signals), and a
        # watcher that ends by itself (a refused login) is noticed at the next tick.
        while not stop.wait(0.5) and any(t.is_alive() for t in threads):
            pass
        if signals:
            print("Stopping (press Ctrl-C again to quit at once)...", file=sys.stderr, flush=True)
        stop.set()
        service.interrupt()  # network waits end now, not after their timeout
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for t in threads:
            t.join(max(0.0, deadline - time.monotonic()))
    if any(t.is_alive() for t in threads):
        log.warning("a watcher did not stop in time; anything it had not committed is rolled back")
    # The process ends with this command. Its heap (classifier tables, parsed mail) is large, and
    # the interpreter's final garbage collection walked all of it: on a busy machine that alone
    # took seconds after Ctrl+C. Frozen objects are left to the operating system.
    gc.freeze()
    failed = [(name, r) for name, r in final.items() if r is not None]
    for name, result in failed:
        why = result if isinstance(result, str) else "; ".join(result.errors)
        print(f"{name}: stopped watching: {safe(why)}", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


def explained_failure(exc: Exception) -> str:
    from privacydesk.services.app import explain_failure

    known = explain_failure(exc)
    return str(known) if known is not None else (
        "an unexpected error stopped the watch (the details are in the log)")
