"""The replies part's words: letters, the details a letter needs, languages, sending and the outbox.

Template files are named for machines (``extension_notice``); staff pick a letter by what it does
("Extend the deadline"). A template added by the user (a file in the data folder) that has no entry
here is called by its file name in words ("Price list reply"), with its own description beside it.
"""

from __future__ import annotations

import re

from privacydesk.domain import wording
from privacydesk.services.replies import STATE_LABELS
from privacydesk.ui.errors import for_people

#: The letters in the order a request meets them, by the words staff choose them by (one list, in
#: ``domain/wording.py``, shared with the history).
LETTERS = wording.LETTERS

#: The details a letter asks staff for: (label, what to write).
INPUTS: dict[str, tuple[str, str]] = {
    "reason": ("Reason", "Why, in a sentence or two: this is told to the requester"),
    "question": ("Your question", "What you need to know from the requester"),
    "data_summary": ("The data we hold", "A summary of the personal information you found about them"),
    "corrected": ("What was corrected", "Which details were corrected, and how"),
    "details": ("More details", "Anything else the requester should know (optional)"),
    "retained": ("What was kept, and why", "Information kept because the law requires it (optional)"),
    "new_date": ("New answer date", "The date you will answer by"),
    "disclosures": ("Disclosures", "Third parties that received data for their direct marketing (optional)"),
    "content": ("The content removed", "Which posts or content were removed (optional)"),
}

LANGUAGES: dict[str, str] = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "da": "Danish", "cs": "Czech", "ja": "Japanese",
    "ko": "Korean", "zh": "Chinese", "el": "Greek", "ru": "Russian",
}

#: What a send is doing (the SMTP phases ``mail/smtp.py`` reports), with its step of the progress bar.
PHASES: dict[str, tuple[int, str]] = {
    "start": (0, "Preparing the letter…"),
    "connected": (1, "Connected to the mail server…"),
    "authenticated": (2, "Logged in to the mail server…"),
    "envelope": (3, "Handing the letter to the mail server…"),
    "data_sent": (4, "Waiting for the mail server to accept it…"),
    "accepted": (5, "Accepted by the mail server. Saving a copy in the Sent folder…"),
}
PHASE_STEPS = 6

#: A reply's state in the thread and the outbox (the service's words, capitalised).
RECEIVED = "Received"
FOUND_IN_SENT = "Sent from the mailbox"


def letter_title(name: str) -> str:
    return wording.letter_label(name)


def letter_order(name: str) -> tuple[int, str]:
    names = list(LETTERS)
    return (names.index(name), name) if name in names else (len(names), name)


def input_label(name: str) -> str:
    return INPUTS[name][0] if name in INPUTS else wording.readable(name)


def input_hint(name: str) -> str:
    return INPUTS[name][1] if name in INPUTS else ""


def is_date_input(name: str) -> bool:
    return name.endswith("date")


def language(code: str | None) -> str:
    if not code:
        return "English"
    return LANGUAGES.get(code.lower(), code.upper())


def state_words(state: str | None, kind: str = "send") -> str:
    if state is None:
        return ""
    if kind == "draft" and state == "sent":
        return "Sent from the mail program"
    text = STATE_LABELS.get(state, wording.readable(state))
    return text[:1].upper() + text[1:]


def size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


_SET_HINT = re.compile(r"\s*[:;,(]?\s*(?:give it with|add it with|use) --set [^)]*\)?", re.IGNORECASE)
_TEMPLATE_NAME = re.compile(r"template '([a-z0-9_]+)'")


def problem(text: str) -> str:
    """A service's message about a letter, as the composer shows it: no command-line hints, letters by
    their titles, identifiers in words."""
    text = _SET_HINT.sub("", text)
    text = _TEMPLATE_NAME.sub(lambda m: f"the letter “{letter_title(m[1])}”", text)
    for name in INPUTS:
        text = text.replace(f"input '{name}'", f"“{input_label(name)}”")
    text = for_people(text)
    first = text.split(" ", 1)[0]
    if "." in first.rstrip(".:,;") or "@" in first:  # a server's name ("smtp.example.com refused …")
        return text
    return text[:1].upper() + text[1:] if text else text
