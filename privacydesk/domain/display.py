"""The one sanitiser for text shown to a person or a terminal.

Mail is untrusted: a subject can carry CR/LF (from an encoded word), a form field can carry terminal
escape sequences (ESC ``[2J`` clears the screen, ESC ``]`` sets the window title, C1 ``CSI`` does the
same on some terminals), and a name or address can carry bidi controls (U+202E turns
``moc.elpmaxe@eno`` the other way round, so what a person reads is not what is stored). Stored data
stays faithful — the database keeps exactly what arrived — and whatever is *shown* goes through
here first:

- ``line(text)``: one line for a label, a table cell, a terminal column. Every control character,
  line break and bidi control becomes a visible marker (``␛``, ``␍``, ``␊``, ``[U+202E]``).
- ``block(text)``: multi-line text (a message body). Line breaks and tabs stay; every other control
  and bidi character becomes a visible marker; a lone CR (which would overwrite a terminal line)
  is shown as ``␍``.
- ``bounded(text, limit)``: at most ``limit`` characters, saying how many were left out; headers
  can be megabytes long and no widget or terminal should lay that out (issue 11).
- ``json_safe(json_text)``: JSON output for terminals and scripts: the characters above become
  ``\\uXXXX`` escapes, so the decoded values are unchanged (faithful) but nothing raw reaches the
  terminal.

Pure (no Qt, no I/O): the CLI and the window use the same functions.
"""

from __future__ import annotations

import re

#: Longest header (subject, name, address) shown in one line; the rest is counted, not shown.
MAX_LINE_CHARS = 1000
#: Longest multi-line text handed to a widget in one piece.
MAX_BLOCK_CHARS = 500_000

# Bidi controls (embeddings, overrides, isolates, marks) and the Unicode line/paragraph separators.
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_SEPARATORS = "\u2028\u2029\u0085"
_UNSAFE_LINE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_BIDI}{_SEPARATORS}]")
_UNSAFE_BLOCK = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI}{_SEPARATORS}]")
_JSON_UNSAFE = re.compile(f"[\\x7f-\\x9f{_BIDI}{_SEPARATORS}]")


def _marker(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control pictures": ␀ … ␛ …
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"[U+{code:04X}]"


def _mark(match: re.Match[str]) -> str:
    return _marker(match.group(0))


def has_unsafe(text: str) -> bool:
    """True when ``text`` holds a character that ``line`` would replace."""
    return bool(_UNSAFE_LINE.search(text))


def bounded(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, ending with how much was left out."""
    if len(text) <= limit:
        return text
    left = len(text) - limit
    return f"{text[:limit]}… ({left:,} more characters not shown)"


def line(text: object, empty: str = "", *, limit: int = MAX_LINE_CHARS) -> str:
    """One line, safe for a label, a table cell or a terminal (see the module docstring)."""
    if text is None:
        return empty
    value = text if isinstance(text, str) else str(text)
    if not value:
        return empty
    # Cut first (a bounded amount of work whatever the input), then neutralise.
    cut = len(value) > limit
    shown = _UNSAFE_LINE.sub(_mark, value[:limit])
    if cut:
        shown += f"… ({len(value) - limit:,} more characters not shown)"
    return shown


def block(text: object, *, limit: int = MAX_BLOCK_CHARS) -> str:
    """Multi-line text, safe for a text view or a terminal (see the module docstring)."""
    if text is None:
        return ""
    value = text if isinstance(text, str) else str(text)
    total = len(value)
    shown = _UNSAFE_BLOCK.sub(_mark, value[:limit].replace("\r\n", "\n"))
    if total > limit:
        shown += f"\n… ({total - limit:,} more characters not shown)"
    return shown


def json_safe(json_text: str) -> str:
    """JSON text with DEL, C1 controls, bidi controls and line separators as ``\\uXXXX`` escapes.

    ``json.dumps`` already escapes C0 controls; with ``ensure_ascii=False`` it leaves the others raw.
    These characters can only occur inside JSON strings, where the escape means the same character,
    so a program reading the output gets the stored value unchanged.
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", json_text)


__all__ = ["MAX_BLOCK_CHARS", "MAX_LINE_CHARS", "block", "bounded", "has_unsafe", "json_safe", "line"]
