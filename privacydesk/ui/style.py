"""Colours of the clock statuses, declared once.

Each status has a light background tint and a dark text colour chosen for contrast on it; the cell
always sets both, so a dark desktop theme cannot produce light-on-light text. Colour is never the
only signal: the cell's text and its icon (``icons.py``) say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor


@dataclass(frozen=True)
class Tint:
    background: str
    foreground: str
    accent: str  # the icon's fill


CLOCK_TINTS: dict[str, Tint] = {
    "on_track": Tint("#e4f3e6", "#1b5e20", "#2e7d32"),
    "due_soon": Tint("#fff1c7", "#6b4500", "#e0a100"),
    "overdue": Tint("#fbdcdc", "#8e1116", "#c62828"),
    "paused": Tint("#e1ebf8", "#1d4e89", "#3f76c0"),
    "extended": Tint("#ece3f6", "#4a2a7a", "#7b52b5"),
    "closed_on_time": Tint("#eceff1", "#37474f", "#78909c"),
    "closed_late": Tint("#f1e4e4", "#6d2b2b", "#a15c5c"),
}
UNKNOWN_TINT = Tint("#eeeeee", "#444444", "#9e9e9e")


def tint(status: str | None) -> Tint:
    return CLOCK_TINTS.get(status or "", UNKNOWN_TINT)


def background(status: str | None) -> QColor:
    return QColor(tint(status).background)


def foreground(status: str | None) -> QColor:
    return QColor(tint(status).foreground)


# -- the calendar's urgency (domain.calendar.Urgency) -------------------------------------------------
#: Same habit as the clock: a light tint and a dark text colour always set together, so the chips
#: read the same under a light or a dark desktop palette; the words say it too.
URGENCY_TINTS: dict[str, Tint] = {
    "overdue": CLOCK_TINTS["overdue"],
    "due_today": Tint("#ffe0c2", "#7a2e00", "#e65100"),
    "due_soon": CLOCK_TINTS["due_soon"],
    "on_track": CLOCK_TINTS["on_track"],
    "paused": CLOCK_TINTS["paused"],
    "info": Tint("#e8eaf6", "#283593", "#5c6bc0"),
    "done": CLOCK_TINTS["closed_on_time"],
}
#: Days the company is closed (weekend, public holiday, closure): a grey wash over the cell.
CLOSED_DAY_WASH = QColor(128, 128, 128, 38)


def urgency_tint(urgency: str | None) -> Tint:
    return URGENCY_TINTS.get(urgency or "", UNKNOWN_TINT)
