"""The ``privacydesk`` command line: the same services as the window, headless.

Each command group lives in its own module with a ``register(subparsers)`` function that adds its
parsers and sets ``func=handler``; a handler takes ``(args, ctx)`` and returns an exit status.
Global options (``--data-dir``, ``--db-url``) come before the command.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from privacydesk.buildinfo import build_info
from privacydesk.cli.common import EXIT_FAILED, EXIT_USAGE
from privacydesk.domain.display import block
from privacydesk.domain.errors import UserError
from privacydesk.logsetup import configure_logging

if TYPE_CHECKING:
    from privacydesk.cli.context import CliContext

log = logging.getLogger("privacydesk.cli")

COMMAND_MODULES = (
    "privacydesk.cli.requests",
    "privacydesk.cli.gui",
    "privacydesk.cli.deadline",
    "privacydesk.cli.mailcmds",
    "privacydesk.cli.classify",
    "privacydesk.cli.accounts",
    "privacydesk.cli.learning",
    "privacydesk.cli.appeal",
    "privacydesk.cli.records",
    "privacydesk.cli.replies",
    "privacydesk.cli.calendar",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse exits 2 on bad input, which is our contract; keep its message, add the hint.
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="privacydesk", description="PrivacyDesk, the privacy inbox: the same services as "
                     "the window, headless. With no command the window opens.")
    parser.add_argument("--version", action="version", version=build_info().version_line())
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder for the database, profile and logs (env PRIVACYDESK_DATA_DIR)")
    parser.add_argument("--db-url", metavar="URL",
                        help="SQLAlchemy database URL, e.g. postgresql+psycopg://… (env PRIVACYDESK_DB_URL)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue  # a command group not written yet
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:  # Ctrl+C before a command took over (startup, argument parsing)
        print(STOPPED, file=sys.stderr)
        return EXIT_INTERRUPTED


STOPPED = "privacydesk: stopped (Ctrl+C). Nothing half-done was saved."
EXIT_INTERRUPTED = 130  # the shell's convention for "ended by SIGINT"


def _main(argv: Sequence[str] | None) -> int:
    from privacydesk.cli.context import CliContext

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv or sys.argv[1:]), "gui"])
    configure_logging()
    ctx = CliContext(data_dir=args.data_dir, db_url=args.db_url)
    try:
        return int(args.func(args, ctx))
    except UserError as exc:
        return report_user_error(exc)
    except BrokenPipeError:
        # Output piped into `head` or a closed pager: not an error. Silence the flush at exit.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0
    except KeyboardInterrupt:
        print(STOPPED, file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        return report_unexpected(exc, ctx)
    finally:
        _close_quietly(ctx)


def report_user_error(exc: UserError) -> int:
    """The one place the CLI shows a refusal or failure meant for the user; returns the exit status."""
    print(f"privacydesk: {block(str(exc), limit=4000)}", file=sys.stderr)
    return exc.exit_code


def report_unexpected(exc: Exception, ctx: CliContext) -> int:
    """Anything else that escaped a command: one line in plain words on stderr, exit 1; the full
    traceback (redacted, ``logsetup``) goes to the log file only — stderr may end up in cron mail.

    A storage failure that reached us untranslated (a full disk met while writing a temporary
    file, say) still gets its own plain words."""
    from privacydesk.services.app import explain_failure

    known = explain_failure(exc)
    if known is not None:
        log.info("storage failure (%s)", type(exc).__name__, exc_info=True, extra={"stderr": False})
        return report_user_error(known)
    log.error("unexpected error in a command", exc_info=True, extra={"stderr": False})
    where = ctx.log_location()
    print("privacydesk: something went wrong and the command stopped; nothing half-done was saved. "
          + (f"The details are in the log ({where}). " if where else "")
          + "If it keeps happening, send the log file to whoever supports PrivacyDesk.", file=sys.stderr)
    return EXIT_FAILED


def _close_quietly(ctx: CliContext) -> None:
    try:
        ctx.close()
    except Exception:  # closing a broken database must not turn an answer into a traceback
        log.debug("closing the database failed", exc_info=True)
