"""Shared pieces of the command line: exit codes, errors, JSON output, argument types.

Exit status contract (docs/cli.md): 0 success; 1 the command ran but something failed (a refused
lifecycle change, some files of an import); 2 invalid input, with the valid values.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from privacydesk.domain.display import json_safe
from privacydesk.domain.errors import EXIT_FAILED, EXIT_USAGE, InvalidInput, UserError

EXIT_OK = 0
__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "CommandFailed", "UsageError"]


class UsageError(InvalidInput):
    """Invalid input: the CLI prints the message and exits with status 2."""


class CommandFailed(UserError):
    """The command ran but could not do what was asked: message printed, exit status 1."""


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def json_text(data: Any, *, indent: int | None = 2) -> str:
    """JSON for a terminal or a script: faithful values, no raw control or bidi character
    (``domain.display.json_safe``)."""
    return json_safe(json.dumps(data, indent=indent, ensure_ascii=False, default=_json_default))


def print_json(data: Any) -> None:
    sys.stdout.write(json_text(data))
    sys.stdout.write("\n")


def choice(name: str, valid: Iterable[str]) -> Any:
    """An argparse type accepting one of ``valid``; the error lists the valid values."""
    valid_list = list(valid)

    def parse(text: str) -> str:
        value = text.strip().lower()
        if value not in valid_list:
            raise argparse.ArgumentTypeError(
                f"unknown {name} {text!r}; valid values: {', '.join(valid_list)}")
        return value

    parse.__name__ = name
    return parse


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a valid date; use YYYY-MM-DD (e.g. 2026-11-25)") from None


def iso_datetime(text: str) -> datetime:
    """ISO 8601 date or date-time; a time without zone is read later in the company's time zone."""
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a valid date/time; use ISO 8601, e.g. 2026-11-25 or "
            "2026-11-25T14:30 or 2026-11-25T14:30:00-06:00") from None
