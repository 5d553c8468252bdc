"""Every user setting, declared once with its type, default and plain-words label (STYLE point 7).

The window's settings dialog, the services and the CLI all read these declarations, so a setting
is never described twice. Values live in ``<data dir>/settings.toml`` (``services/settings.py``);
the company's identity and legal promises are *not* settings but the company profile
(``domain/profile.py``), and window geometry stays in ``QSettings``.

Adding a setting: declare it here and add it to ``ALL``. Keys are ``section.name``; the section is
the TOML table it is written under and the page of the settings dialog it appears on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from privacydesk.domain.errors import InvalidInput

T = TypeVar("T", bool, int, str)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str  # "section.name"
    kind: type[T]
    default: T
    label: str  # what the settings dialog shows
    doc: str  # one sentence: what it changes
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    multiline: bool = False
    #: Check beyond type and range; returns a plain-words problem or None.
    check: Callable[[T], str | None] | None = None

    @property
    def section(self) -> str:
        return self.key.split(".", 1)[0]

    @property
    def name(self) -> str:
        return self.key.split(".", 1)[1]

    def convert(self, value: Any) -> T:
        """``value`` (from a file, the CLI or a widget) as this setting's type; ``InvalidInput`` if
        it cannot be one, naming the setting and what is allowed."""
        result: Any
        if self.kind is bool:
            if isinstance(value, bool):
                result = value
            else:
                text = str(value).strip().lower()
                if text in ("true", "1", "yes", "on"):
                    result = True
                elif text in ("false", "0", "no", "off"):
                    result = False
                else:
                    raise InvalidInput(f"{self.label}: {value!r} is not yes or no")
        elif self.kind is int:
            if isinstance(value, bool):
                raise InvalidInput(f"{self.label}: {value!r} is not a whole number")
            try:
                result = int(str(value).strip()) if not isinstance(value, int) else value
            except ValueError:
                raise InvalidInput(f"{self.label}: {value!r} is not a whole number") from None
            if self.minimum is not None and result < self.minimum:
                raise InvalidInput(f"{self.label}: must be at least {self.minimum}")
            if self.maximum is not None and result > self.maximum:
                raise InvalidInput(f"{self.label}: must be at most {self.maximum}")
        else:
            result = str(value)
            if not self.multiline:
                result = result.strip()
            if any(ord(c) < 32 and c not in "\n\t" for c in result) or ("\n" in result and not self.multiline):
                raise InvalidInput(f"{self.label}: control characters and line breaks are not allowed")
            if self.choices and result not in self.choices:
                raise InvalidInput(f"{self.label}: {value!r} is not one of {', '.join(self.choices)}")
        if self.check is not None:
            problem = self.check(result)
            if problem:
                raise InvalidInput(f"{self.label}: {problem}")
        return result  # type: ignore[no-any-return]


def _email_or_empty(value: str) -> str | None:
    if value and ("@" not in value or " " in value or value.startswith("@") or value.endswith("@")):
        return f"{value!r} is not an email address"
    return None


#: Who the staff member is: the audit trail names them and replies are signed with it. Empty means
#: "the full name of the computer account" (never a bare login such as "root"); the environment
#: variable ``PRIVACYDESK_USER`` overrides it for shared machines.
STAFF_NAME: Setting[str] = Setting(
    "staff.name", str, "", "Your name",
    "Shown in the audit trail and used to sign replies. Empty: your computer account's full name.")
STAFF_EMAIL: Setting[str] = Setting(
    "staff.email", str, "", "Your email address",
    "Shown beside your name in the audit trail (optional).", check=_email_or_empty)
STAFF_SIGNATURE: Setting[str] = Setting(
    "staff.signature", str, "", "Signature",
    "Added below your name at the end of every reply (optional).", multiline=True)

#: Mail larger than this is not parsed in memory: it is kept whole (raw) for a person to look at,
#: with what its beginning says (issue 11; 10 MB like Zammad's limit for full parsing).
MAX_MESSAGE_MB: Setting[int] = Setting(
    "mail.max_message_mb", int, 10, "Largest message read automatically (MB)",
    "Mail larger than this is kept whole for a person to look at instead of being read automatically, "
    "so a huge message cannot exhaust the computer's memory.", minimum=1, maximum=512)

ALL: tuple[Setting[Any], ...] = (STAFF_NAME, STAFF_EMAIL, STAFF_SIGNATURE, MAX_MESSAGE_MB)


def by_key(key: str) -> Setting[Any]:
    for setting in ALL:
        if setting.key == key:
            return setting
    raise InvalidInput(f"unknown setting {key!r}; valid settings: {', '.join(s.key for s in ALL)}")
