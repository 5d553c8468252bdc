"""The classifier's evidence in words a staff member reads ("It says “delete my data”"), never its
internal notation (``phrase:en:"…"->deletion``, ``negative:score=-1``).

Evidence strings belong to the classifier and may change; what this module does not recognise is
shown only by the words it quotes, or left out. Pure: no Qt.
"""

from __future__ import annotations

import re

from privacydesk.domain import wording

_QUOTED = re.compile(r'"([^"]{1,200})"')
_ARROW = re.compile(r"->([a-z_]+)$")
_LANGS = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
          "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "da": "Danish", "cs": "Czech", "fi": "Finnish",
          "hu": "Hungarian", "el": "Greek", "ro": "Romanian", "et": "Estonian", "lt": "Lithuanian", "lv": "Latvian",
          "no": "Norwegian", "uk": "Ukrainian", "ru": "Russian", "bg": "Bulgarian", "hr": "Croatian", "sk": "Slovak",
          "sl": "Slovenian", "tr": "Turkish"}


def evidence_line(item: str) -> str | None:
    """One piece of evidence in words, or None when it says nothing a person needs."""
    text = item.strip()
    kind = text.split(":", 1)[0]
    quoted = _QUOTED.search(text)
    phrase = f"“{quoted[1]}”" if quoted else ""
    arrow = _ARROW.search(text)
    what = f" (suggests: {wording.type_label(arrow[1])})" if arrow else ""
    if kind == "phrase" and phrase:
        return f"It says {phrase}{what}"
    if kind == "question":
        return f"It asks about {phrase}" if phrase else "It asks how you handle data rather than making a request"
    if kind == "negative":
        return f"Words usual in ordinary business mail: {phrase}" if phrase else None
    if kind == "regime":
        parts = text.split(":")
        law = wording.regime_label(parts[1]) if len(parts) > 1 else "a privacy law"
        if phrase:
            return f"It mentions {law}: {phrase}"
        if len(parts) > 2 and parts[2].startswith("domain="):
            return f"The sender's address ends in {parts[2].removeprefix('domain=')}, which suggests {law}"
        if len(parts) > 2 and parts[2].startswith("language="):
            language = _LANGS.get(parts[2].removeprefix("language="), "another language")
            return f"It is written in {language}, which suggests {law}"
        return None
    if kind == "learned":
        return learned_line(text)
    if kind == "form":
        return "It looks like a message from a web form"
    if kind == "agent":
        return "Someone may be writing for another person (an agent)"
    if kind == "requester" and "forward" in text:
        return "A colleague forwarded it"
    if text == "sender:own-inbox-paste":
        return "A colleague pasted it into the team inbox: the words are the customer's"
    if kind in ("header", "bounce", "sender"):
        return "It looks machine-sent"
    if kind in ("guard", "guard-type", "guard-file"):
        return _model_line(kind, text)
    if kind == "shape":
        return "It is a one-line message"
    if kind == "ask":
        return "It does not clearly ask for anything"
    if " " in text and ":" not in text.split(" ", 1)[0]:
        return text[:1].upper() + text[1:]  # already words ("not understood as an email: …")
    return f"Words in the message: {phrase}" if phrase else None


def _model_line(kind: str, text: str) -> str | None:
    """The shipped text model (the silence guard and its type heads, issue 10) in words:
    ``guard:0.93:word|word``, ``guard-file:0.98``, ``guard-type:deletion:0.91:word|word``."""
    parts = text.split(":")
    if kind == "guard-file":
        return "Filed because it reads very much like the requests PrivacyDesk has learned from"
    words = [w for w in parts[-1].split("|") if w][:3] if len(parts) >= 3 else []
    quoted = f" (words such as {', '.join(f'“{w}”' for w in words)})" if words else ""
    if kind == "guard-type" and len(parts) >= 2:
        return f"It reads like a request for {wording.type_label(parts[1])}{quoted}"
    return f"It reads like the requests PrivacyDesk has learned from{quoted}"


def learned_line(item: str) -> str | None:
    """``learned:+3.2:word|word`` (issue 10): what the team's earlier decisions on similar mail say,
    with the message's own words that weighed most."""
    parts = item.split(":", 2)
    if len(parts) < 3:
        return None  # "learned:types": the types came from similar requests; said by the types shown
    try:
        score = float(parts[1])
    except ValueError:
        return None
    words = [w for w in parts[2].split("|") if w][:3]
    quoted = ", ".join(f"“{w}”" for w in words)
    side = "a request" if score >= 0 else "ordinary mail"
    text = f"Your team's decisions on similar mail point to {side}"
    return f"{text} (words such as {quoted})" if quoted else text


def learned_words(evidence: list[str] | tuple[str, ...]) -> list[str]:
    """The words the learned model weighed most in this message (empty when it said nothing)."""
    for item in evidence:
        parts = str(item).split(":", 2)
        if parts[0] == "learned" and len(parts) == 3:
            return [w for w in parts[2].split("|") if w]
    return []


def evidence_words(evidence: list[str] | tuple[str, ...], limit: int = 6) -> list[str]:
    """The evidence a person should see, in words, without repeats."""
    out: list[str] = []
    for item in evidence:
        line = evidence_line(str(item))
        if line and line not in out:
            out.append(line)
    return out[:limit]
