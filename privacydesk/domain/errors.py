"""One family for the errors a person should read.

Every refusal or failure that a service raises *on purpose* — a lifecycle rule, a refused extension,
bad input, something not found, a change that lost a race with another writer, a database or file that
cannot be used — derives from ``UserError``. Its ``str()`` is the whole message, in plain words, saying
what happened and what to do; it never holds personal data beyond what the user typed themselves.

The front ends show them in exactly one place each: the CLI prints the message and exits with
``exit_code`` (``cli/__init__.py``), the window shows it in a message box or the status bar
(``ui/errors.py``). Anything else that escapes a service is a bug: the CLI and the window say so in
general words and the traceback goes to the (redacted) log only.

This module lives in the domain so that every layer can raise these without importing upward.
"""

from __future__ import annotations

#: Exit status contract of the CLI (docs/cli.md).
EXIT_FAILED = 1
EXIT_USAGE = 2


class UserError(Exception):
    """A refusal or failure meant for the person; ``str()`` says what happened and what to do."""

    exit_code: int = EXIT_FAILED
    #: A short heading for a message box ("Not allowed", "Not found" …).
    title: str = "Not done"


class InvalidInput(UserError, ValueError):
    """Bad input (unknown type, bad date, bad email …); the message lists the valid values."""

    exit_code = EXIT_USAGE
    title = "Please check what you entered"


class NotFound(UserError, LookupError):
    """A request, message, account or file the user named does not exist."""

    title = "Not found"


class Refused(UserError):
    """The rules do not allow this change now (lifecycle, the law's clock); the message says why."""

    title = "Not allowed"


class StaleWrite(UserError):
    """Someone else changed the same thing at the same moment; reload and try again."""

    title = "Changed by someone else"


class StorageProblem(UserError):
    """The database or a file cannot be read or written (full disk, permissions, corrupt, too new)."""

    title = "Cannot save"
