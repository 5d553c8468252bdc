"""The one place the window turns an exception into words for the user.

A ``UserError`` (``domain/errors.py``) carries its own plain-words message and a title; anything else
is a bug: the user is told the change was not saved and where the details are, and the traceback is
logged (redacted) by the caller's task runner.
"""

from __future__ import annotations

from privacydesk.domain.errors import UserError


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
        return str(explained)
    return ("Something went wrong and the change was not saved. Please try again; if it keeps "
            "happening, send the log file (Help → Open log folder) to whoever supports PrivacyDesk.")
