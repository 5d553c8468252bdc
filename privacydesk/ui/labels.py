"""The window's words: the vocabulary in plain words (``domain/wording.py``, shared with the CLI and
the services' sentences, so a law is called the same everywhere) plus what only the window needs.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from datetime import date, datetime, tzinfo

from privacydesk.domain.wording import (
    CLOCK,
    FLAG_SHORT,
    FLAGS,
    MILESTONES,
    OUTCOMES,
    PAUSE_REASONS,
    REGIMES,
    SOURCES,
    STATUSES,
    TYPES,
    VERIFICATION,
    VERIFICATION_METHODS,
    clock_text,
    days,
    plural,
    regime_label,
    types_label,
    word,
)
from privacydesk.domain.wording import day as _day
from privacydesk.domain.wording import moment as _moment

__all__ = [
    "CLOCK",
    "FLAGS",
    "FLAG_SHORT",
    "MILESTONES",
    "OUTCOMES",
    "PAUSE_REASONS",
    "SOURCES",
    "STATUSES",
    "TYPES",
    "VERIFICATION",
    "VERIFICATION_METHODS",
    "clock_text",
    "day",
    "day_today",
    "days",
    "law_choices",
    "moment",
    "plural",
    "regime",
    "regime_label",
    "tooltip_html",
    "types",
    "use_today",
    "word",
]


def regime(identifier: str, confirmed: bool = True) -> str:
    """The one label of a law (``domain.wording.regime_label``), everywhere in the window."""
    return regime_label(identifier, confirmed)


def law_choices(*, unknown: bool = False, first: Iterable[str] = ()) -> list[tuple[str, str]]:
    """Every law the rule files know, as (id, name) for a picker: the laws in ``first`` (the ones the
    privacy notice covers) in their order, then the others alphabetically by name; "Law not known
    yet" last when ``unknown`` (never in the middle). Names come from ``domain/wording.py``."""
    names = {key: regime_label(key) for key in REGIMES if key != "unknown"}
    leading = [key for key in dict.fromkeys(first) if key in names]
    rest = sorted((key for key in names if key not in leading), key=lambda key: names[key].casefold())
    out = [(key, names[key]) for key in (*leading, *rest)]
    if unknown:
        out.append(("unknown", regime_label("unknown")))
    return out


def types(identifiers: Iterable[str]) -> str:
    return types_label(identifiers)


_today: Callable[[], date] = date.today


def use_today(today: Callable[[], date]) -> None:
    """Which day is "today" for the window's dates (the services' clock: ``PRIVACYDESK_TODAY``, tests).
    Only decides whether a date needs its year."""
    global _today
    _today = today


def day_today() -> date:
    return _today()


def day(value: date | None, today: date | None = None) -> str:
    """``Mon 23 Nov`` (``Mon 23 Nov 2027`` in another year)."""
    return _day(value, today or _today())


def moment(value: datetime | None, tz: tzinfo | None = None, today: date | None = None) -> str:
    """``Mon 23 Nov, 14:05`` in ``tz``."""
    return _moment(value, tz, today or _today())


def tooltip_html(text: str) -> str:
    """A tooltip that shows ``text`` literally and wraps long lines.

    Qt guesses whether a tooltip is rich text (``Qt::mightBeRichText``); text from mail or from a
    requester could look like HTML. Escaping it and wrapping it ourselves makes the guess harmless:
    the markup is ours, the content is always shown as typed.
    """
    if not text:
        return ""
    escaped = html.escape(text, quote=False)
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"
