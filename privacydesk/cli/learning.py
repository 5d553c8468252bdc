"""``privacydesk learning show|reset``: what the learned model learned from, and forgetting it."""

from __future__ import annotations

import argparse
from typing import Any

from privacydesk.cli.common import EXIT_OK, print_json
from privacydesk.cli.context import CliContext


def register(sub: Any) -> None:
    p = sub.add_parser("learning", help="the model that learns from your review decisions")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    show = actions.add_parser("show", help="how many decisions the model has learned from")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)
    reset = actions.add_parser("reset", help="forget everything the model learned (audited)")
    reset.add_argument("--json", action="store_true")
    reset.set_defaults(func=cmd_reset)


def cmd_show(args: argparse.Namespace, ctx: CliContext) -> int:
    summary = ctx.services.learning.summary()
    if args.json:
        print_json(summary.as_json())
    elif summary.requests + summary.not_requests == 0:
        print("The model has not learned anything yet: it learns from \"This is a request\" and "
              "\"Not a request\" decisions in the review queue.")
    else:
        print(f"Learned from {summary.requests} messages marked as requests and {summary.not_requests} "
              "marked as not requests.")
    return EXIT_OK


def cmd_reset(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services
    dropped = services.learning.reset(services.requests.actor())
    if args.json:
        print_json({"forgotten": dropped})
    else:
        print(f"The model forgot {dropped} decisions; it starts learning again from the next one.")
    return EXIT_OK
