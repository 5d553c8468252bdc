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
