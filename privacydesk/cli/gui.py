"""``privacydesk gui [--demo]``: the window (also what ``privacydesk`` alone runs)."""

from __future__ import annotations

import argparse
from typing import Any

from privacydesk.cli.context import CliContext


def register(sub: Any) -> None:
    p = sub.add_parser("gui", help="open the window (the default when no command is given)")
    p.add_argument("--demo", action="store_true",
                   help="open on a throwaway data folder with the bundled demo mailbox (removed on exit)")
    p.set_defaults(func=cmd_gui)


def cmd_gui(args: argparse.Namespace, ctx: CliContext) -> int:
    from privacydesk.ui.app import run_gui

    if args.demo:
        return run_gui(demo=True)
    return run_gui(ctx.paths.data_dir, ctx.db_url)
