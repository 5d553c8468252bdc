"""``privacydesk gui [--demo | --no-demo]``: the window (also what ``privacydesk`` alone runs).

On a first start — no database yet and no account configured — the window opens on the bundled
demo mailbox in a throwaway folder (nothing is saved), so a newcomer sees the product working.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from privacydesk.cli.context import CliContext
from privacydesk.paths import ENV_DB_URL


def register(sub: Any) -> None:
    p = sub.add_parser("gui", help="open the window (the default when no command is given)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--demo", action="store_true",
                      help="open on a throwaway data folder with the bundled demo mailbox (removed on exit)")
    mode.add_argument("--no-demo", action="store_true",
                      help="open your own data even if nothing is set up yet")
    p.set_defaults(func=cmd_gui, demo=False, no_demo=False)


def first_start(ctx: CliContext) -> bool:
    """Nothing set up yet: no database file in the data folder and no database URL given."""
    if ctx._db_url or os.environ.get(ENV_DB_URL):
        return False
    return not ctx.paths.db_file.exists()


def no_display() -> bool:
    """On Linux without X11 or Wayland, Qt would abort the whole process: say so instead."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def cmd_gui(args: argparse.Namespace, ctx: CliContext) -> int:
    if no_display():
        print("PrivacyDesk cannot open its window: no display was found (DISPLAY / WAYLAND_DISPLAY is not "
              "set). Run it from a desktop session, use the command line (`privacydesk --help`), or try "
              "`xvfb-run privacydesk`.", file=sys.stderr)
        return 1
    from privacydesk.ui.app import run_gui

    if args.demo or (not args.no_demo and first_start(ctx)):
        if not args.demo:
            print("No mailbox is set up yet, so PrivacyDesk opens the demo mailbox (nothing is saved).\n"
                  "Add your mailbox with `privacydesk account add …`, or start with your own empty "
                  "data: `privacydesk gui --no-demo`.", file=sys.stderr)
        return run_gui(demo=True)
    return run_gui(ctx.paths.data_dir, ctx.db_url)
