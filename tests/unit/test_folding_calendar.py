"""Pure pieces of issue 12: search folding and the business calendar's closed days."""

from __future__ import annotations

from datetime import date

import pytest

from privacydesk.domain.calendar import BusinessCalendar, section_of
from privacydesk.domain.folding import PG_ACCENTED, PG_PLAIN, fold, pg_fold, search_words
from privacydesk.domain.profile import ClosedDay


@pytest.mark.parametrize("text, folded", [
    ("KRÜGER", "kruger"), ("Krüger", "kruger"), ("ÉMILE", "emile"), ("Straße", "strasse"), ("Søren", "soren"),
    ("Łukasz  Nowak", "lukasz nowak"), ("ZOË", "zoe"), ("Ærø", "aero"), ("İstanbul", "istanbul"),
    ("ａｎａ", "ana"),  # full-width letters from some keyboards
])
def test_fold_ignores_case_and_accents(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_search_words_and_the_postgresql_table() -> None:
    assert search_words("  KRÜGER   émile ") == ["kruger", "emile"]
    assert len(PG_ACCENTED) == len(PG_PLAIN)
    assert pg_fold("Résumé ÉMILE") == "resume emile"


def test_business_calendar_names_why_a_day_is_closed_and_never_moves_a_date() -> None:
    cal = BusinessCalendar("US", "", (ClosedDay(date(2026, 12, 24), date(2026, 12, 31), "Winter break"),))
    assert cal.info(date(2026, 11, 26)).closed == "Thanksgiving Day"
    assert cal.info(date(2026, 11, 28)).closed == "Saturday"
    assert cal.info(date(2026, 12, 28)).closed == "Winter break"
    assert cal.is_business_day(date(2026, 11, 25))
    assert cal.previous_business_day(date(2026, 12, 28)) == date(2026, 12, 23)
    warning = cal.warning(date(2026, 12, 28))
    assert warning is not None and "Winter break" in warning and "Wednesday 23 Dec" in warning
    assert cal.warning(date(2026, 11, 25)) is None


def test_agenda_sections() -> None:
    today = date(2026, 11, 27)  # a Friday: "this week" still holds the next days
    assert section_of(date(2026, 11, 26), today) == "overdue"
    assert section_of(today, today) == "today"
    assert section_of(date(2026, 11, 28), today) == "tomorrow"
    assert section_of(date(2026, 12, 3), today) == "this_week"
    assert section_of(date(2026, 12, 4), today) == "later"
