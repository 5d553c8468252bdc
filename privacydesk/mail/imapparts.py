"""Reading a message's text without downloading its attachments (issue 14), from its BODYSTRUCTURE.

A person's message whose first pass held only the beginning of its text must be read whole before it
is set aside (the rest may hold a P.S. asking for their data). Fetching the whole message for that
downloads its attachments too, for mail that is then mostly not kept. Instead:

1. ``UID FETCH (BODYSTRUCTURE)`` tells the message's shape: its parts, their types and sizes;
2. ``plan_text_parts`` chooses the sections to fetch: every part's MIME header (``BODY.PEEK[n.MIME]``,
   a few hundred bytes) and the content of its text parts (``BODY.PEEK[n]``; a ``.txt`` attachment included) — never
   the content of an image, a document or any other binary attachment;
3. ``assemble`` rebuilds the message with the same tree of parts, the same headers and the same text,
   every other part left empty, so that ``parse_message`` reads exactly the text it would have read
   from the whole message, and the classifier decides on all of it.

Only when the message is then filed or goes to review is it fetched whole (and stored whole, as
before). A shape this module does not rebuild faithfully (a forwarded message inside, no boundary,
very many parts, more text than the maximum message size) gives no plan: the caller fetches the
whole message as before. Pure code: no network, no threads.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

#: Parts of these types are attachments to the parser, whatever their name: their content is not
#: fetched. Anything else (text/*, a malformed or unknown type the parser reads as plain text) is.
BINARY_TYPES: Final = frozenset({"application", "image", "audio", "video", "font", "model"})
MAX_PARTS: Final = 64
MAX_DEPTH: Final = 8


@dataclass(frozen=True)
class _Node:
    section: str  # "" for the whole message, else "1", "1.2" …
    multipart: bool
    boundary: bytes | None = None
    children: tuple[_Node, ...] = ()
    fetch_body: bool = False


@dataclass(frozen=True)
class TextPlan:
    """What to fetch for one message, and how to put it back together."""

    root: _Node
    sections: tuple[str, ...]  # e.g. ("1.MIME", "1", "2.MIME")
    text_bytes: int  # the size of the text parts fetched

    @property
    def items(self) -> tuple[str, ...]:
        """The FETCH items (``BODY.PEEK[…]``; does not set \\Seen)."""
        return tuple(f"BODY.PEEK[{s}]" for s in self.sections)


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("ascii", "replace").lower()
    return str(value).lower() if value is not None else ""


def _params(value: Any) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    if isinstance(value, list | tuple):
        items = list(value)
        for key, val in zip(items[0::2], items[1::2], strict=False):
            if isinstance(val, bytes):
                out[_text(key)] = val
    return out


class _Unsupported(Exception):
    """A shape not rebuilt here: fetch the whole message instead."""


def plan_text_parts(structure: Any, *, max_text_bytes: int, body_start: bytes | None = None) -> TextPlan | None:
    """The sections to fetch for ``structure`` (IMAPClient's parsed BODYSTRUCTURE), or None when
    the whole message must be fetched instead. ``body_start``: the beginning of the body (the first
    pass's text); a multipart message whose boundary does not appear there is one the parser reads
    as plain text, which only the whole message reproduces."""
    counter = [0]
    text_bytes = [0]
    sections: list[str] = []
    try:
        root = _plan(structure, "", 0, counter, text_bytes, sections)
    except (_Unsupported, IndexError, TypeError, ValueError):
        return None
    if text_bytes[0] > max_text_bytes:
        return None
    if root.multipart and body_start is not None and root.boundary is not None and not re.search(
            rb"(?m)^--" + re.escape(root.boundary) + rb"[ \t]*\r?$", body_start):
        return None  # no opening delimiter where the parser looks for one
    return TextPlan(root, tuple(sections), text_bytes[0])


def _plan(node: Any, section: str, depth: int, counter: list[int], text_bytes: list[int],
          sections: list[str]) -> _Node:
    counter[0] += 1
    if depth > MAX_DEPTH or counter[0] > MAX_PARTS or not isinstance(node, tuple | list) or not node:
        raise _Unsupported
    if isinstance(node[0], list):  # multipart: ([parts], subtype, params, …)
        boundary = _params(node[2] if len(node) > 2 else None).get("boundary")
        if not boundary or not node[0]:
            raise _Unsupported
        children = []
        for index, child in enumerate(node[0], 1):
            child_section = f"{section}.{index}" if section else str(index)
            sections.append(f"{child_section}.MIME")
            children.append(_plan(child, child_section, depth + 1, counter, text_bytes, sections))
        return _Node(section, True, boundary, tuple(children))
    kind, subtype = _text(node[0]), _text(node[1])
    if kind == "message" or kind == "multipart":  # a forwarded message: read whole, as before
        raise _Unsupported
    if not (kind in BINARY_TYPES and subtype):  # text, or a type the parser may read as text
        size = node[6] if len(node) > 6 and isinstance(node[6], int) else 0
        text_bytes[0] += max(0, size)
        sections.append(section or "1")
        return _Node(section, False, fetch_body=True)
    return _Node(section, False)


def assemble(header: bytes, plan: TextPlan, fetched: Mapping[str, bytes]) -> bytes:
    """The message rebuilt from its header (the first pass's ``BODY[HEADER]``) and the fetched
    sections: the same parts and text, attachments empty. Raises ``KeyError`` if a section is
    missing from ``fetched``."""
    if not header.endswith(b"\r\n\r\n") and not header.endswith(b"\n\n"):
        header += b"\r\n"
    return header + _render(plan.root, fetched)


def _render(node: _Node, fetched: Mapping[str, bytes]) -> bytes:
    if not node.multipart:
        return bytes(fetched[node.section or "1"]) if node.fetch_body else b""
    assert node.boundary is not None
    out: list[bytes] = []
    for child in node.children:
        out.append(b"--" + node.boundary + b"\r\n")
        mime = bytes(fetched[f"{child.section}.MIME"])
        if not mime.strip():
            mime = b"\r\n"  # a part without headers
        elif not mime.endswith(b"\r\n\r\n") and not mime.endswith(b"\n\n"):
            mime += b"\r\n" if mime.endswith(b"\n") else b"\r\n\r\n"
        out.append(mime)
        out.append(_render(child, fetched))
        out.append(b"\r\n")
    out.append(b"--" + node.boundary + b"--\r\n")
    return b"".join(out)


def group_by_items(plans: Mapping[int, TextPlan]) -> list[tuple[tuple[str, ...], list[int]]]:
    """UIDs that need the same sections, together: one FETCH per distinct shape (most mail of a
    mailbox has one of a handful of shapes)."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for uid, plan in plans.items():
        groups.setdefault(plan.sections, []).append(uid)
    return sorted(groups.items(), key=lambda kv: kv[1][0])


def sections_of(item: Mapping[bytes, Any], sections: Sequence[str]) -> dict[str, bytes]:
    """The fetched sections of one FETCH response item (``b"BODY[1.MIME]"`` → ``"1.MIME"``); a NIL
    section is empty."""
    out: dict[str, bytes] = {}
    for section in sections:
        value = item.get(f"BODY[{section}]".encode("ascii"))
        out[section] = bytes(value) if value is not None else b""
    return out


_PART_TYPE = re.compile(rb"(?im)^content-type:[ \t]*([a-z0-9.+-]+/[a-z0-9.+-]+)")


def text_for_look(header: bytes, plan: TextPlan, fetched: Mapping[str, bytes]) -> tuple[bytes, bytes, bool]:
    """The rebuilt message as the quick look reads it (``quicklook.look_at_text_parts``): (header,
    body, files left out). Unlike ``assemble`` it leaves out the parts the parser never reads as
    text: files (their empty bodies would only say "base64"), and every HTML part when the message
    has a plain text part with words in it (the parser then reads the plain text only,
    ``parse._Body.text``). Raises ``KeyError`` if a section is missing from ``fetched``."""
    if not header.endswith(b"\r\n\r\n") and not header.endswith(b"\n\n"):
        header += b"\r\n"
    plain = _has_plain_words(plan.root, fetched)
    dropped = [False]
    return header, _render_look(plan.root, fetched, plain, dropped), dropped[0]


def _has_plain_words(node: _Node, fetched: Mapping[str, bytes]) -> bool:
    """A part the parser reads as plain text with words in it: declared ``text/plain``, inline, not
    base64, with a letter or a digit (so not blank in any charset the quick look reads)."""
    if not node.multipart:
        return False  # a single-part message: nothing to leave out
    for child in node.children:
        if child.multipart:
            if _has_plain_words(child, fetched):
                return True
            continue
        if not child.fetch_body:
            continue
        mime = bytes(fetched[f"{child.section}.MIME"]).lower()
        kind = _PART_TYPE.search(mime)
        if kind is None or kind.group(1) != b"text/plain" or b"attachment" in mime or b"base64" in mime:
            continue
        content = bytes(fetched[child.section])
        if b"quoted-printable" in mime:
            content = binascii.a2b_qp(content)
        if re.search(rb"[A-Za-z0-9]", content):
            return True
    return False


def _render_look(node: _Node, fetched: Mapping[str, bytes], plain: bool, dropped: list[bool]) -> bytes:
    if not node.multipart:
        return bytes(fetched[node.section or "1"]) if node.fetch_body else b""
    assert node.boundary is not None
    out: list[bytes] = []
    for child in node.children:
        mime = bytes(fetched[f"{child.section}.MIME"])
        if not child.multipart and not child.fetch_body:
            dropped[0] = True
            continue
        if not child.multipart and plain:
            kind = _PART_TYPE.search(mime.lower())
            if kind is not None and kind.group(1) == b"text/html":
                continue
        out.append(b"--" + node.boundary + b"\r\n")
        out.append(mime if mime.endswith((b"\r\n\r\n", b"\n\n")) else mime.rstrip(b"\r\n") + b"\r\n\r\n")
        out.append(_render_look(child, fetched, plain, dropped))
        out.append(b"\r\n")
    out.append(b"--" + node.boundary + b"--\r\n")
    return b"".join(out)
