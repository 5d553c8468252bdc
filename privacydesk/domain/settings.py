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

#: Stay connected to every mail account (IMAP IDLE) while the window is open.
MAIL_KEEP_WATCHING: Setting[bool] = Setting(
    "mail.keep_watching", bool, True, "Keep watching for new mail",
    "Stay connected to the mailboxes while the window is open and file new mail within seconds.")
#: Seconds between checks of a server without IDLE, or of folders other than the first.
MAIL_POLL_SECONDS: Setting[int] = Setting(
    "mail.poll_seconds", int, 300, "Check for new mail every (seconds)",
    "How often to check a mailbox that cannot tell PrivacyDesk about new mail by itself.",
    minimum=30, maximum=3600)

#: Identity verification by one-time code (issue 9): how long a code in a verification letter stays
#: valid, and how many wrong codes a requester may send before it stops working.
VERIFICATION_CODE_HOURS: Setting[int] = Setting(
    "verification.code_valid_hours", int, 168, "Code valid for (hours)",
    "How long the one-time code in a verification letter can be used (default one week).",
    minimum=1, maximum=24 * 60)
VERIFICATION_CODE_ATTEMPTS: Setting[int] = Setting(
    "verification.code_attempts", int, 5, "Wrong codes allowed",
    "How many replies with a wrong code a requester may send before the code stops working.",
    minimum=1, maximum=20)

#: Mail larger than this is not parsed in memory: it is kept whole (raw) for a person to look at,
#: with what its beginning says (issue 11; 10 MB like Zammad's limit for full parsing).
MAX_MESSAGE_MB: Setting[int] = Setting(
    "mail.max_message_mb", int, 10, "Largest message read automatically (MB)",
    "Mail larger than this is kept whole for a person to look at instead of being read automatically, "
    "so a huge message cannot exhaust the computer's memory.", minimum=1, maximum=512)


def _ics_path(value: str) -> str | None:
    if value and not value.lower().endswith(".ics"):
        return "give a file name ending in .ics (calendar apps look for that)"
    return None


# -- calendar (issue 12) ------------------------------------------------------------------------
CALENDAR_FILE: Setting[str] = Setting(
    "calendar.file", str, "", "Keep a calendar file up to date",
    "An .ics file PrivacyDesk rewrites whenever a due date changes, for calendar apps on this "
    "computer (Thunderbird: New Calendar → On the Network → the file). Empty: none.", check=_ics_path)
CALENDAR_INCLUDE_NAMES: Setting[bool] = Setting(
    "calendar.include_names", bool, False, "Show requesters' names in calendar files",
    "Off: calendar files and the feed show only the request reference, never who asked.")
CALENDAR_FEED: Setting[bool] = Setting(
    "calendar.feed", bool, False, "Offer a calendar link while PrivacyDesk runs",
    "A read-only calendar address on this computer only (127.0.0.1), for calendar apps that "
    "subscribe to a link.")
CALENDAR_FEED_PORT: Setting[int] = Setting(
    "calendar.feed_port", int, 51720, "Calendar link port",
    "The port of the calendar link on this computer; change it if another program uses it.",
    minimum=1024, maximum=65535)
CALENDAR_FEED_TOKEN: Setting[bool] = Setting(
    "calendar.feed_token", bool, True, "Secret calendar link",
    "Put a secret in the calendar link so other users of this computer cannot read it.")

#: Retention (issue 13): once a day, when the window opens, offer to remove what is past the retention
#: period of the company profile (always with a confirmation that says what goes and what stays).
RETENTION_OFFER_ON_START: Setting[bool] = Setting(
    "retention.offer_on_start", bool, True, "Offer to remove old personal data",
    "Once a day, when PrivacyDesk opens, offer to remove personal data kept longer than your privacy "
    "notice promises (you confirm first).")

# -- reminders (issue 12) -----------------------------------------------------------------------
REMINDERS_DUE: Setting[bool] = Setting(
    "reminders.due", bool, True, "Remind me of due dates",
    "A desktop notification when a due date is today or has passed (once each).")
REMINDERS_TOMORROW: Setting[bool] = Setting(
    "reminders.tomorrow", bool, True, "Also the day before",
    "A desktop notification the day before a due date (once each).")
REMINDERS_NEW_REQUESTS: Setting[bool] = Setting(
    "reminders.new_requests", bool, True, "Tell me about new requests",
    "A desktop notification when new mail opens a request.")
REMINDERS_DAILY_SUMMARY: Setting[bool] = Setting(
    "reminders.daily_summary", bool, True, "Daily summary",
    "On the first start of the day, one notification with what is due today and what is overdue.")
REMINDERS_KEEP_RUNNING: Setting[bool] = Setting(
    "reminders.keep_running", bool, False, "Keep running in the tray when the window is closed",
    "Reminders and new mail keep reaching you while the window is closed; quit from the tray icon's "
    "menu or File → Quit. Needs a desktop with a tray (notification area).")

ALL: tuple[Setting[Any], ...] = (
    STAFF_NAME, STAFF_EMAIL, STAFF_SIGNATURE,
    MAIL_KEEP_WATCHING, MAIL_POLL_SECONDS, MAX_MESSAGE_MB,
    VERIFICATION_CODE_HOURS, VERIFICATION_CODE_ATTEMPTS,
    CALENDAR_FILE, CALENDAR_INCLUDE_NAMES, CALENDAR_FEED, CALENDAR_FEED_PORT, CALENDAR_FEED_TOKEN,
    REMINDERS_DUE, REMINDERS_TOMORROW, REMINDERS_NEW_REQUESTS, REMINDERS_DAILY_SUMMARY,
    REMINDERS_KEEP_RUNNING, RETENTION_OFFER_ON_START,
)

#: Each section's page in the settings dialog: (title, one sentence under it).
SECTIONS: dict[str, tuple[str, str]] = {
    "staff": ("You", "Who you are in the audit trail and at the end of every reply."),
    "mail": ("Mail", "How PrivacyDesk keeps in touch with the mailboxes."),
    "verification": ("Identity checks", "The one-time code in verification letters."),
    "calendar": ("Calendar apps", "Due dates in the calendar app you already use, kept up to date."),
    "reminders": ("Reminders", "Desktop notifications, each given once, and the daily summary."),
    "retention": ("Keeping records", "When PrivacyDesk offers to remove personal data kept too long."),
}


def in_section(section: str) -> tuple[Setting[Any], ...]:
    """The settings of one section (one page of the settings dialog), in declaration order."""
    return tuple(s for s in ALL if s.section == section)


def by_key(key: str) -> Setting[Any]:
    for setting in ALL:
        if setting.key == key:
            return setting
    raise InvalidInput(f"unknown setting {key!r}; valid settings: {', '.join(s.key for s in ALL)}")
