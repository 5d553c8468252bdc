"""Turn untrusted HTML mail bodies into readable plain text.

Why our own converter: the classifier needs the words a person would read, with links still
visible (a request often says "use this form <url>"), and it must never fetch anything, run
scripts or choke on broken markup. The stdlib ``html.parser`` is tolerant, pure Python and never
touches the network; we only collect text and a few structural hints (paragraphs, line breaks,
list bullets, table rows).

Hazards: HTML in mail is often huge (newsletters) and malformed (unclosed tags everywhere), so
the converter caps its input, treats every tag as optional, and falls back to a crude tag strip
if the parser raises on something exotic.
"""

from __future__ import annotations

import html
import logging
import re
from html.parser import HTMLParser

log = logging.getLogger(__name__)

#: Input beyond this many characters is ignored (a person would not read it either).
MAX_HTML_CHARS = 2_000_000

# Content of these elements is never shown to a reader.
_HIDDEN = frozenset({"script", "style", "head", "title", "template", "noscript", "svg", "object",
                     "iframe", "xml", "math"})
# Elements that start on a new line.
_LINE = frozenset({"div", "thead", "tbody", "tfoot", "ul", "ol", "dl", "dt", "dd",
                   "form", "fieldset", "section", "article", "header", "footer", "nav", "aside",
                   "main", "address", "center", "figure", "figcaption", "caption", "legend",
                   "details", "summary", "option", "label"})
# Elements separated from their surroundings by an empty line.
_PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed",
                   "param", "source", "track", "wbr"})
# Soft breaks: a block boundary needs at least one line break (_SOFT) or one empty line (_PARA);
# adjacent boundaries merge instead of piling up empty lines. "\n" itself is a hard break (<br>).
_SOFT = "\x00"
_PARA = "\x01"
_INDENT = "\x02"  # survives line stripping; becomes a space at the end
_NESTED = "\x03"  # marks a nested table inside a cell: that row is laid out line by line
_BREAKS = re.compile(r"[ \t\n\x00\x01]*[\n\x00\x01][ \t\n\x00\x01]*")
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u200b]+")
_MANY_BLANK = re.compile(r"\n{3,}")
# A "<" that cannot start a tag (another "<" comes before any ">", or no ">" follows at all):
# html.parser rescans from each such "<" to the end of the input (quadratic), so we escape it.
_STRAY_LT = re.compile(r"<(?=[^<>]*(?:<|\Z))")
#: Deeper link/table nesting is read as plain text (closing N nested frames costs N² copying).
MAX_FRAMES = 60
MAX_LIST_INDENT = 8
_TABLE = frozenset({"table"})
_ROW = frozenset({"row", "table"})
_NO_LINK_SCHEMES = ("javascript:", "data:", "vbscript:", "cid:", "#")


class _Converter(HTMLParser):
    """Collects visible text into a stack of buffers (links and table cells buffer their text)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._hidden_depth = 0
        self._hidden_tag: list[str] = []
        self._pre = 0
        self._lists: list[list[int]] = []  # per open list: [is_ordered, counter]
        # Each frame: (kind, buffer, extra). kind is "root", "a", "table", "row" or "cell".
        self._frames: list[tuple[str, list[str], object]] = [("root", [], None)]

    # -- buffers ------------------------------------------------------------------------------
    def _emit(self, text: str) -> None:
        self._frames[-1][1].append(text)

    def _close_frame(self, kind: str, stop_at: frozenset[str] = frozenset()) -> None:
        """Close the innermost open frame of ``kind`` (and any frame opened inside it).

        The search stops at a frame whose kind is in ``stop_at``: a ``<td>`` must not close a cell
        of an outer table.
        """
        for frame in reversed(self._frames[1:]):
            if frame[0] == kind:
                break
            if frame[0] in stop_at:
                return
        else:
            return
        while len(self._frames) > 1:
            frame_kind, buf, extra = self._frames.pop()
            text = "".join(buf)
            if frame_kind == "a":
                self._emit(_format_link(text, extra if isinstance(extra, str) else ""))
            elif frame_kind == "cell":
                row = self._frames[-1]
                if row[0] == "row" and isinstance(row[2], list):
                    row[2].append(text)
                else:
                    self._emit(text + " ")
            elif frame_kind == "row":
                cells = extra if isinstance(extra, list) else []
                if text.strip():
                    cells.append(text)
                self._emit(_SOFT + _format_row(cells) + _SOFT)
            elif frame_kind == "table":
                self._emit(_SOFT + _NESTED + text + _SOFT)
            if frame_kind == kind:
                return

    # -- parser callbacks ---------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            if tag not in _VOID:
                self._hidden_depth += 1
                self._hidden_tag.append(tag)
            return
        if self._hidden_depth:
            return
        if tag == "br":
            self._emit("\n")
        elif tag in _PARAGRAPH:
            if tag == "pre":
                self._pre += 1
            self._emit(_PARA)
        elif tag == "li":
            prefix = "- "
            if self._lists:
                current = self._lists[-1]
                current[1] += 1
                if current[0]:
                    prefix = f"{current[1]}. "
            depth = min(max(len(self._lists) - 1, 0), MAX_LIST_INDENT)
            self._emit(_SOFT + _INDENT * 2 * depth + prefix)
        elif tag in ("ul", "ol"):
            self._lists.append([1 if tag == "ol" else 0, 0])
            self._emit(_SOFT)
        elif tag in ("table", "tr", "td", "th") and len(self._frames) >= MAX_FRAMES:
            self._emit(_SOFT if tag in ("table", "tr") else " ")
        elif tag == "table":
            self._frames.append(("table", [], None))
        elif tag == "tr":
            self._close_frame("row", _TABLE)
            self._frames.append(("row", [], []))
        elif tag in ("td", "th"):
            self._close_frame("cell", _ROW)
            if not self._in_row():
                self._frames.append(("row", [], []))
            self._frames.append(("cell", [], None))
        elif tag in _LINE:
            self._emit(_SOFT)
        elif tag == "a" and len(self._frames) < MAX_FRAMES:
            self._close_frame("a")
            href = ""
            for name, value in attrs:
                if name == "href" and value:
                    href = value.strip()
            self._frames.append(("a", [], href))
        elif tag == "img":
            alt = next((v for k, v in attrs if k == "alt" and v), "")
            if alt and self._frames[-1][0] == "a":
                self._emit(alt)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <img/>: never open a hidden section for a self-closed tag.
        if tag in _HIDDEN:
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self._hidden_depth:
            if tag in self._hidden_tag:
                # Close up to the matching tag (tolerates unclosed children).
                while self._hidden_tag:
                    self._hidden_depth -= 1
                    if self._hidden_tag.pop() == tag:
                        break
            return
        if tag in _PARAGRAPH:
            if tag == "pre" and self._pre:
                self._pre -= 1
            self._emit(_PARA)
        elif tag in ("ul", "ol"):
            if self._lists:
                self._lists.pop()
            self._emit(_SOFT)
        elif tag == "a":
            self._close_frame("a")
        elif tag in ("td", "th"):
            self._close_frame("cell", _ROW)
        elif tag == "tr":
            self._close_frame("row", _TABLE)
        elif tag == "table":
            self._close_frame("table")
        elif tag in _LINE:
            self._emit(_SOFT)

    def handle_data(self, data: str) -> None:
        if self._hidden_depth or not data:
            return
        if self._pre:
            self._emit(data.replace("\r\n", "\n"))
        else:
            self._emit(_WS.sub(" ", data))

    def _in_row(self) -> bool:
        for frame in reversed(self._frames):
            if frame[0] == "row":
                return True
            if frame[0] in ("table", "cell"):
                return False
        return False

    def text(self) -> str:
        while len(self._frames) > 1:
            self._close_frame(self._frames[-1][0])
        return "".join(self._frames[0][1])


def _format_link(text: str, href: str) -> str:
    """``text <url>``, or the url alone when it is the text, or the text alone for non-links."""
    label = _WS.sub(" ", text).strip()
    if not href or href.lower().startswith(_NO_LINK_SCHEMES):
        return text
    shown = href[7:] if href.lower().startswith("mailto:") else href
    if not label:
        return f" {shown} "
    if label in (href, shown) or label.rstrip("/") == href.rstrip("/"):
        return label
    return f"{label} <{shown}>"


def _format_row(cells: list[str]) -> str:
    """One table row on one line: ``Field: value`` for two short cells, else cells joined.

    A cell holding block content (a nested layout table, paragraphs) keeps its lines instead.
    """
    values = [c.strip(" \t\n\x00\x01") for c in cells]
    values = [v for v in values if v.strip(_NESTED)]
    if not values:
        return ""
    if any(_NESTED in v for v in values):
        return _SOFT.join(values)
    if len(values) == 2 and len(values[0]) <= 40:
        key, value = values
        return f"{key} {value}" if key.endswith(":") else f"{key}: {value}"
    return " | ".join(values)


def _merge_breaks(match: re.Match[str]) -> str:
    run = match.group(0)
    wanted = max(run.count("\n"), 2 if _PARA in run else 1)
    return "\n" * wanted


def _tidy(text: str) -> str:
    text = _BREAKS.sub(_merge_breaks, text)
    lines = [line.strip().replace(_INDENT, " ").replace(_NESTED, "") for line in text.split("\n")]
    return _MANY_BLANK.sub("\n\n", "\n".join(lines)).strip()


def _crude(markup: str) -> str:
    """Last resort when the parser raises: drop hidden blocks and tags, unescape entities."""
    markup = re.sub(r"(?is)<(script|style|head)\b.*?</\1\s*>", " ", markup)
    markup = re.sub(r"(?i)<br\s*/?>|</p\s*>|</div\s*>|</tr\s*>|<li\b", "\n", markup)
    markup = re.sub(r"<[^>]*>", " ", markup)
    text = html.unescape(markup)
    return _tidy("\n".join(_WS.sub(" ", line) for line in text.split("\n")))


def html_to_text(markup: str, *, max_chars: int = MAX_HTML_CHARS) -> str:
    """Readable text of an HTML document. Never raises, never fetches anything.

    Scripts, styles and ``<head>`` are dropped; paragraphs, line breaks, list bullets ("- ",
    "1. ") and table rows become lines; a two-cell row becomes ``Field: value`` (web-form
    notifications are usually such tables); links stay visible as ``text <url>`` (the url alone
    when it is the text); entities are decoded; whitespace is collapsed.
    """
    if not markup:
        return ""
    markup = _STRAY_LT.sub("&lt;", markup[:max_chars])
    try:
        converter = _Converter()
        converter.feed(markup)
        converter.close()
        return _tidy(converter.text())
    except Exception:  # the parser is lenient, but mail HTML is adversarial
        log.debug("html.parser failed; using the crude tag strip", exc_info=True)
        try:
            return _crude(markup)
        except Exception:
            return ""
