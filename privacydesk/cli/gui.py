"""``privacydesk gui [--demo | --no-demo]``: the window (also what ``privacydesk`` alone runs).

* A first start (no database in the data folder, no database URL) opens the welcome screen:
  "Try the demo" or "Set up my business". Nothing is created until the user chooses.
* Later starts open the user's own data.
* ``--demo`` opens the demo: in ``--data-dir`` when given — only if that folder is new or was made as
  a demo, never a real workspace that merely has no requests yet — else in a throwaway folder
  removed on exit.
* ``--no-demo`` opens the user's own data even if nothing is set up yet (no welcome screen).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from privacydesk.cli.common import CommandFailed
from privacydesk.cli.context import CliContext


def register(sub: Any) -> None:
    p = sub.add_parser("gui", help="open the window (the default when no command is given)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--demo", action="store_true",
                      help="open the demo: in --data-dir if given (a new or demo folder), else in a throwaway "
                           "folder removed on exit")
    mode.add_argument("--no-demo", action="store_true",
                      help="open your own data even if nothing is set up yet (skip the welcome screen)")
    p.set_defaults(func=cmd_gui, demo=False, no_demo=False)


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
    from privacydesk.services import workspace
    from privacydesk.ui.app import run_gui

    if args.demo:
        explicit = ctx.explicit_data_dir
        if explicit is not None and not workspace.may_hold_demo(ctx.paths):
            raise CommandFailed(f"{ctx.paths.data_dir} holds your own data, so the demo mailbox is not put "
                                "there. Run `privacydesk gui --demo` without --data-dir (a throwaway folder), "
                                "or give a new folder.")
        return run_gui(demo=True, demo_dir=ctx.paths.data_dir if explicit is not None else None)
    return run_gui(ctx.paths.data_dir, ctx.explicit_db_url, force_own=args.no_demo)
