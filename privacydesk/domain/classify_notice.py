"""Mail that TALKS ABOUT privacy rights vs. mail that EXERCISES them.

Newsletters, shop confirmations, invoices, policy-update notices and spam end with paragraphs in
which the *sender* tells the *reader* about the reader's rights ("you have the right to access,
rectify or erase…", "vous disposez d'un droit d'accès…", "para el ejercicio de sus derechos…").
Those sentences are full of the very phrases a request uses, so the classifier needs two signals
that do not depend on which right is named:

- **The boilerplate tail** (``split_tail``): a mail's last paragraphs that open with a footer or
  disclaimer line (``[[boilerplate]]`` of each language file and ``common.toml``: unsubscribe and
  preference links, "you are receiving this", confidentiality notices, register/VAT lines, link
  bars) and in which the writer never speaks for themself afterwards. A request's own words sit
  above its signature; what follows the first footer line with no "I"/"my" after it is template.
- **Rights-notice sentences** (``is_notice``): a sentence that describes rights to someone else
  ("you/your/Sie/Ihre/vous/vos/usted/sus/Lei/você/u/uw…" + a right, "data subjects have the right",
  "to exercise your rights, contact…"; ``[[notice]]``) and has no first-person word. A request that
  *quotes* such a sentence either also speaks for itself elsewhere (and its own sentences carry the
  type) or takes the quoted right up ("I would like to exercise this right", ``[[exercise]]``,
  ``exercise_in``), which gives the quoted sentence its weight back. A first-person frame that only
  introduces information ("I would like to inform you that…", ``[[informing]]``) does not make a
  notice the writer's own.

Both are vocabulary in the data files; this module only applies them. Hazard: a first-person word
always wins over a notice pattern ("I know I have the right to object") — the cost is that a
footer written in the first person ("email me to exercise your rights") counts as the writer's.
"""

from __future__ import annotations

import re

from privacydesk.domain.classify_data import ClassifierData, LanguagePack, Phrase
from privacydesk.domain.classify_text import detect_language, sentence_around

__all__ = ["BULLET", "exercise_in", "is_notice", "speaker", "speaks_in_first_person", "split_tail", "tail_start",
           "writer_asks", "writer_lines", "writer_speaks"]

# Addresses and links are not the writer's words: "mailto:…?subject=Darme de baja&body=No me…".
_LINKS = re.compile(r"<[^<>\s]{4,}>|\b(?:https?://|www\.|mailto:)\S+|[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")
BULLET = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s")
_CLAUSE_BREAKS: dict[int, re.Pattern[str]] = {}
SPEAKER_CACHE = 2048  # sentences whose language is remembered (rules of one mail share them)
_SPEAKERS: dict[str, object] = {}
_UNSEEN = object()
SPEAKER_MARGIN = 0.3  # how clearly a sentence must be in another language to be read as such
MAX_LEAD_IN = 200  # a list's lead-in line ("You have the following rights:") is short
TAIL_SCAN = 3000  # characters from the end searched for the footer (disclaimers run to ~1,500)


def speaks_in_first_person(text: str, pack: LanguagePack) -> bool:
    """The writer says "I/me/my" (or a first-person verb of a pro-drop language) outside links."""
    if not pack.first_person.search(text):
        return False
    return bool(pack.first_person.search(_LINKS.sub(" ", text)))


def split_tail(text: str, packs: list[LanguagePack], data: ClassifierData, *, keep_first_line: bool = False
               ) -> tuple[str, str]:
    """(content, tail): ``text`` (normalised, one paragraph per line) cut before its boilerplate tail
    (see ``tail_start``)."""
    lines = text.split("\n")
    start = tail_start(lines, packs, data, keep_first_line=keep_first_line)
    if start >= len(lines):
        return text, ""
    return "\n".join(lines[:start]), "\n".join(lines[start:])


def tail_start(lines: list[str], packs: list[LanguagePack], data: ClassifierData, *,
               keep_first_line: bool = False) -> int:
    """Index of the first line of the boilerplate tail of ``lines`` (``len(lines)`` if none).

    The tail starts at the earliest boilerplate line of the longest run of last lines in which the
    writer does not speak in the first person (in the language of each line, see ``speaker``).
    Footer wording of every language counts (an English shop mail may end in a Spanish footer);
    words of a footer line itself do not count as the writer's ("Do Not Sell or Share My
    Personal Information | Privacy Policy"). ``keep_first_line``: the first line is the subject,
    never tail. Only the last ``TAIL_SCAN`` characters are looked at: footers are short,
    newsletters are not.
    """
    start = len(lines)
    phrases = data.boilerplate
    budget = TAIL_SCAN
    for index in range(len(lines) - 1, 0 if keep_first_line else -1, -1):
        line = lines[index]
        budget -= len(line) + 1
        if budget < 0:
            break
        if not line:
            continue
        marker = any(phrase.search(line) for phrase in phrases)
        if _writer_line(_without(line, list(phrases)) if marker else line, line, packs, data):
            break
        if marker:
            start = index
    return start


def _writer_line(words: str, line: str, packs: list[LanguagePack], data: ClassifierData) -> bool:
    """The writer speaks in the first person in ``words`` (of ``line``), in one of the mail's
    languages; a first-person word is confirmed in the line's own language, checked only then."""
    for pack in packs:
        if speaks_in_first_person(words, pack):
            voice = speaker(line, packs, data)
            return voice is pack or speaks_in_first_person(words, voice)
    return False


def speaker(text: str, packs: list[LanguagePack], data: ClassifierData) -> LanguagePack:
    """The language ``text`` (a sentence or line) is written in, else the mail's (``packs[0]``).

    First person is a matter of the sentence's own language: the Italian article "i" of a footer
    ("i diritti di accesso") is no English "I".
    """
    code = _SPEAKERS.get(text, _UNSEEN)  # one lookup: another thread may clear the cache
    if code is _UNSEEN:
        found, margin = detect_language(text, data)
        code = found if found is not None and margin >= SPEAKER_MARGIN and found in data.languages else None
        if len(_SPEAKERS) >= SPEAKER_CACHE:
            _SPEAKERS.clear()
        _SPEAKERS[text] = code
    return data.languages[code] if isinstance(code, str) else packs[0]


def is_notice(text: str, sentence: str, offset: int, pack: LanguagePack, packs: list[LanguagePack],
              at: int | None = None, data: ClassifierData | None = None) -> bool:
    """``sentence`` (at ``offset`` in ``text``) tells the reader about rights; nobody asks in it.

    ``at``: where in ``text`` the rights phrase is; the writer's first-person words count only in
    its clause ("Consumers have the right to delete their data, and I'd love to show you our
    tool": the "I" sells, it does not ask), and in the sentence's own language when ``data`` is
    given to tell it. A list item is read together with its lead-in line ("You have the
    following rights:\n- access").
    """
    main = packs[0]
    voice = speaker(sentence, packs, data) if data is not None else main
    voices = (voice,) if voice is not main else ((main,) if pack is main else (main, pack))
    own = _uninformed(_clause(sentence, at - offset) if at is not None else sentence, voices)
    if any(speaks_in_first_person(own, p) for p in voices):
        return False
    context = sentence
    if BULLET.match(sentence) or BULLET.match(text[text.rfind("\n", 0, offset) + 1:offset + 8]):
        lead = _lead_in(text, offset)
        if lead and not speaks_in_first_person(lead, voice):
            context = f"{lead} {sentence}"
    return any(p.notice is not None and p.notice.search(context) for p in _unique(voice, pack, main))


def _clause_break() -> re.Pattern[str]:
    """Where one clause ends and the next begins: ";", a dash, or ", and/but/so…" (the ``conjunctions``
    of every language file)."""
    from privacydesk.domain.classify_data import load_classifier_data

    data = load_classifier_data()
    pattern = _CLAUSE_BREAKS.get(id(data))
    if pattern is None:
        words = data.words["conjunctions"].pattern.removeprefix(r"\b").removesuffix(r"\b")
        pattern = re.compile(rf"\s*;\s+|\s+[–—]\s+|,\s+{words}\s+")
        _CLAUSE_BREAKS.clear()
        _CLAUSE_BREAKS[id(data)] = pattern
    return pattern


def _clause(sentence: str, pos: int) -> str:
    """The clause of ``sentence`` around ``pos``: clauses are joined by ";" or ", and/but/so…"."""
    start = 0
    for match in _clause_break().finditer(sentence):
        if match.start() >= pos:
            return sentence[start:match.start()]
        start = match.end()
    return sentence[start:]


def writer_asks(text: str, packs: list[LanguagePack]) -> bool:
    """The writer speaks in the first person and asks ("Could you do that for me?"), leaving out
    frames that only inform ("I would like to remind you that…")."""
    own = _uninformed(text, packs)
    return speaks_in_first_person(own, packs[0]) and any(
        rule.regex.search(own) for pack in packs for rule in pack.framing)


def writer_lines(text: str, packs: list[LanguagePack], data: ClassifierData) -> str:
    """The writer's own lines of ``text`` (normalised): the boilerplate tail (``tail_start``) and
    footer or disclaimer lines (``[[boilerplate]]``) left out, as the safety net leaves them out. What
    the silence guard reads, in ``classify`` and in the first pass (``prescreen``) alike."""
    lines = text.split("\n")
    tail = tail_start(lines, packs, data)
    return "\n".join(line for index, line in enumerate(lines)
                     if index < tail and not any(phrase.search(line) for phrase in data.boilerplate))


def writer_speaks(text: str, packs: list[LanguagePack]) -> bool:
    """The writer speaks in the first person somewhere in ``text``, informing frames left out."""
    return speaks_in_first_person(_uninformed(text, packs), packs[0])


def _uninformed(text: str, packs: tuple[LanguagePack, ...] | list[LanguagePack]) -> str:
    """``text`` without its informing frames ("I would like to inform you that", ``[[informing]]``)."""
    for pack in packs:
        if pack.informing is not None and pack.first_person.search(text) and pack.informing.search(text):
            text = _without(text, [pack.informing])
    return text


def exercise_in(text: str, packs: list[LanguagePack]) -> str | None:
    """Language code of an ``[[exercise]]`` phrase the writer says in the first person ("I hereby
    exercise this right"); "you may exercise these rights at any time" is no such phrase."""
    for pack in packs:
        if pack.exercise is None:
            continue
        for match in pack.exercise.finditer(text):
            sentence, _ = sentence_around(text, match.start(), match.end())
            if speaks_in_first_person(sentence, packs[0]) or speaks_in_first_person(sentence, pack):
                return pack.code
    return None


def _without(line: str, phrases: list[Phrase]) -> str:
    """``line`` with every footer wording cut out (what is left may be the writer's)."""
    spans = sorted((m.start(), m.end()) for phrase in phrases for m in phrase.finditer(line))
    out, pos = [], 0
    for start, end in spans:
        if start >= pos:
            out.append(line[pos:start])
        pos = max(pos, end)
    out.append(line[pos:])
    return " ".join(out)


def _lead_in(text: str, offset: int) -> str:
    """The nearest line above ``offset`` that is not a list item, if it introduces a list (":")."""
    end = text.rfind("\n", 0, offset)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not BULLET.match(line):
            line = line.rstrip()
            return line if line.endswith(":") and len(line) <= MAX_LEAD_IN else ""
        end = start - 1
    return ""


def _unique(*packs: LanguagePack) -> list[LanguagePack]:
    """``packs`` without repeats, by identity (hashing a pack hashes all its rules)."""
    out: list[LanguagePack] = []
    for pack in packs:
        if not any(pack is seen for seen in out):
            out.append(pack)
    return out
