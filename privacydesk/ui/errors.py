"""The one place the window turns an exception into words for the user.

A ``UserError`` (``domain/errors.py``) carries its own plain-words message and a title; the window
shows it without the command-line hints some messages carry for the CLI ("(--reason TEXT)",
"(privacydesk verify REF …)") and with identifiers in words ('in_progress' → “In progress”,
``respond_by`` → the answer date, ISO dates → Mon 23 Nov 2026). Anything else is a bug: the user is
told the change was not saved and where the details are, and the traceback is logged (redacted) by
the caller's task runner.
"""

from __future__ import annotations

import re

from privacydesk.domain import wording
from privacydesk.domain.errors import UserError

_CLI_HINT = re.compile(r"\s*\((?:privacydesk [^)]*|--[a-z-]+(?: [A-Z.…]+)?)\)")
_QUOTED_ID = re.compile(r"'([a-z_]+)'")
_TABLES = (wording.STATUSES, wording.VERIFICATION, wording.TYPES)


def _word(match: re.Match[str]) -> str:
    identifier = match[1]
    for table in _TABLES:
        if identifier in table:
            return f"“{table[identifier]}”"
    if identifier in wording.REGIMES:
        return f"“{wording.regime_label(identifier)}”"
    return match[0]


def for_people(text: str) -> str:
    """A service's message as the window shows it (see the module docstring)."""
    text = _CLI_HINT.sub("", text)
    text = _QUOTED_ID.sub(_word, text)
    return wording.humanize(text)


def _explained(exc: BaseException) -> UserError | None:
    """A ``UserError``, or the plain words for a storage failure that escaped untranslated (a full
    disk, a read-only folder: ``services.app.explain_failure``, the same words the CLI prints)."""
    if isinstance(exc, UserError):
        return exc
    from privacydesk.services.app import explain_failure

    return explain_failure(exc)


def is_refusal(exc: BaseException) -> bool:
    """True for errors with a message meant for the user (raised on purpose, or a storage failure)."""
    return _explained(exc) is not None


def user_title(exc: BaseException) -> str:
    explained = _explained(exc)
    return explained.title if explained is not None else "Something went wrong"


def user_message(exc: BaseException) -> str:
    """The words to show for a failed service call."""
    explained = _explained(exc)
    if explained is not None:
        return for_people(str(explained))
    return ("Something went wrong and the change was not saved. Please try again; if it keeps "
            "happening, send the log file (Help → Open the log folder) to whoever supports PrivacyDesk.")
