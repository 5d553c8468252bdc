"""The one sanitiser for text shown to a person or a terminal (issue 11, class 8): stored data stays
faithful, what is shown has no raw control or bidi character and no megabyte-long line."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from privacydesk.domain import display

RLO = "\u202e"


def test_line_makes_controls_and_bidi_visible() -> None:
    shown = display.line(f"Delete\r\nmy data\x1b[2J now {RLO}moc.elpmaxe@enaj")
    assert shown == "Delete␍␊my data␛[2J now [U+202E]moc.elpmaxe@enaj"


def test_block_keeps_lines_but_not_escape_sequences() -> None:
    shown = display.block("Name: Jane\x1b]0;pwned\x07 Doe\r\nCity: Austin\rX\u2028Y")
    assert shown == "Name: Jane␛]0;pwned␇ Doe\nCity: Austin␍X[U+2028]Y"


def test_long_text_is_bounded_and_says_how_much_is_left_out() -> None:
    subject = "x" * 2_000_000
    shown = display.line(subject)
    assert len(shown) < display.MAX_LINE_CHARS + 60
    assert shown.endswith("(1,999,000 more characters not shown)")
    assert display.bounded("short", 10) == "short"


def test_empty_values_get_the_placeholder() -> None:
    assert display.line(None, "-") == "-"
    assert display.line("", "(no subject)") == "(no subject)"


def test_json_stays_faithful_but_terminal_safe() -> None:
    value = {"name": f"Jane {RLO}Doe\x1b[31m\x85", "subject": "a\u2028b\x7f"}
    text = display.json_safe(json.dumps(value, ensure_ascii=False))
    assert json.loads(text) == value  # a program reading the output gets the stored value
    assert not any(ch in text for ch in (RLO, "\x1b", "\x85", "\u2028", "\x7f"))


@given(st.text())
def test_nothing_unsafe_survives_line(text: str) -> None:
    shown = display.line(text)
    assert not display.has_unsafe(shown)
    assert "\n" not in shown and "\r" not in shown


@given(st.text())
def test_block_output_has_only_newlines_and_tabs_as_controls(text: str) -> None:
    shown = display.block(text)
    assert all(ch in "\n\t" or not (ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F) for ch in shown)
    assert RLO not in shown
