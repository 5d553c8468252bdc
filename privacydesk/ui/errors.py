"""The one place the window turns an exception into words for the user.

A ``UserError`` (``domain/errors.py``) carries its own plain-words message and a title; anything else
is a bug: the user is told the change was not saved and where the details are, and the traceback is
logged (redacted) by the caller's task runner.
"""

from __future__ import annotations

from privacydesk.domain.errors import UserError


def is_refusal(exc: BaseException) -> bool:
    """True for errors a service raises on purpose, with a message meant for the user."""
    return isinstance(exc, UserError)


def user_title(exc: BaseException) -> str:
    return exc.title if isinstance(exc, UserError) else "Something went wrong"


def user_message(exc: BaseException) -> str:
    """The words to show for a failed service call."""
    if isinstance(exc, UserError):
        return str(exc)
    return ("Something went wrong and the change was not saved. Please try again; if it keeps "
            "happening, send the log file (Help → Open the log folder) to whoever supports PrivacyDesk.")
