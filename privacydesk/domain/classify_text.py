"""Text preparation for the classifier: what the writer wrote now vs. what they quoted or forwarded,
text normalisation for phrase matching, and language detection.

Why split: a reply quotes the earlier thread ("On … wrote:", "> …", Outlook "From: … Sent:"), and
a follow-up that quotes a request must not count as a new request; a newsletter quoted in a
complaint must not make it a newsletter. Quoted text is kept (weighted low), never dropped, so a
request that only survives in a quote is still seen by staff. A forward ("Fwd:", "---------- Forwarded
message") is different: the forwarded message *is* the content (staff forwarding a customer's
request from a personal inbox).

Language detection counts frequent function words per language (the stopword lists in the
language data files): deterministic, offline, dependency-free, and good enough for the seven
languages the product supports on texts of a sentence or more. Very short texts fall back to the
language of the phrases that matched (decided by the caller).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from email.utils import parseaddr

from privacydesk.domain.classify_data import ClassifierData, LanguagePack

MAX_TEXT = 40_000  # characters of body considered; requests are short, newsletters are not
MAX_QUOTED = 6_000
SHORT_LINE = 50  # a line this short is no hard-wrapped sentence (see ``normalise``)

_FIELD_LINE = re.compile(r"^\s*[\w][\w ./'()&?-]{0,40}:\s")
_BULLET_LINE = re.compile(r"^\s*(?:[-*•·>]|\d{1,2}[.)])\s")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "´": "'", "`": "'", "“": '"', "”": '"', "„": '"',
                              "«": '"', "»": '"', "\r": ""})
# Latin letters, and lower-case Cyrillic (а-я ё і ї є ґ): the stopwords of uk/ru/bg tell Russian from
# Bulgarian where no letter does ("удалите мой аккаунт").
_TOKEN = re.compile(r"[a-zß-öø-ÿ\u0100-\u024f\u0430-\u045f\u0491]+(?:'(?=[a-zß-öø-ÿ]))?")
# Scripts that name a language on their own (the few letters of a short mail are enough).
_SCRIPTS = (("ja", re.compile(r"[\u3040-\u30ff]")), ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
            ("zh", re.compile(r"[\u4e00-\u9fff]")), ("el", re.compile(r"[\u0370-\u03ff]")),
            ("bg", re.compile(r"[\u0400-\u04ff]")))


# A form's unticked box ("[ ] Access", "☐ Delete", "( ) Correct"): what it labels was NOT asked for.
# The item runs to the next box on the line or to the line's end. "□" is also a bullet in some
# mail, so it counts as a box only when the text also has a ticked one ("■", "☒", "[x]"…).
_UNTICKED = re.compile(r"(?:\[[ \t_]?\]|\([ \t]\)|[☐❏❐⬜])[^\n\[☐□☑☒■✓✔⬛❏❐⬜(]*")
_UNTICKED_SQUARE = re.compile(r"□[^\n\[☐□☑☒■✓✔⬛❏❐⬜(]*")
_TICKED = re.compile(r"\[[xX✓✔✗✘*]\]|[☒☑■⬛✓✔]")
_BOXES = ("[ ]", "[]", "[_]", "( )", "☐", "□", "❏", "❐", "⬜")


def without_unticked(text: str) -> str:
    """``text`` with every unticked checkbox item blanked out ("[ ] Delete" adds no type, no net word).

    Ticked items ("[x] Delete", "☒ Delete") stay. Cheap when there is no box at all (most mail).
    """
    if not any(box in text for box in _BOXES):
        return text
    blank = lambda m: " " * len(m.group(0))  # noqa: E731 - keeps offsets, so lines stay lines
    text = _UNTICKED.sub(blank, text)
    if "□" in text and _TICKED.search(text):
        text = _UNTICKED_SQUARE.sub(blank, text)
    return text


def script_language(text: str, share: float = 0.3) -> str | None:
    """A language told by its script (kana: ja, hangul: ko, Chinese characters alone: zh, Greek: el,
    Cyrillic: uk, ru or bg) when at least ``share`` of the letters are in it; None for Latin-script text."""
    head = text[:2000]
    if not head or max(head) < "\u0370":  # Latin letters only (most mail): no script to tell
        return None
    letters = [ch for ch in head if ch.isalpha()]
    if not letters:
        return None
    for code, script in _SCRIPTS:
        found = len(script.findall("".join(letters)))
        if found and (found >= share * len(letters) or (code in ("ja", "ko") and found >= 3)):
            return _cyrillic(head) if code == "bg" else code
    return None


def _cyrillic(text: str) -> str:
    """Which Cyrillic language: letters only Ukrainian uses (і ї є ґ), then only Russian (ы э ё),
    else Bulgarian (the EU's Cyrillic language); ``classify`` then lets the words overrule that last
    guess (``cyrillic_by_words``)."""
    lower = text.lower()
    if any(ch in lower for ch in "іїєґ"):
        return "uk"
    if any(ch in lower for ch in "ыэё"):
        return "ru"
    return "bg"


CYRILLIC = ("uk", "ru", "bg")


def cyrillic_by_words(text: str, data: ClassifierData) -> str:
    """Cyrillic text with no letter only one language writes (``script_language`` said "bg"): the
    language whose stopwords it uses, even one of them ("Удалите мой аккаунт" is Russian);
    Bulgarian on a tie or with none."""
    found, _ = detect_language(text, data, minimum=0.5)
    return found if found in CYRILLIC else "bg"


@dataclass(frozen=True)
class Segments:
    """The body cut into the writer's own words and the rest (all original case)."""

    new: str
    quoted: str = ""
    forwarded: str = ""
    signature: str = ""
    is_forward: bool = False
    forward_sender: tuple[str, str] | None = None  # (name, email) of the forwarded message


def split_segments(subject: str, text: str, data: ClassifierData) -> Segments:
    """Cut a body into new text, quoted reply text, forwarded message and signature."""
    text = (text or "")[:MAX_TEXT].translate(_APOSTROPHES)
    lowered = text.lower()
    reply = data.reply_header.search(lowered)
    forward = data.forward_header.search(lowered)
    subject_forward = bool(data.forward_subject.match(subject or ""))
    quoted = forwarded = ""
    cut = len(text)
    if forward and (not reply or forward.start() <= reply.start()):
        cut = forward.start()
        forwarded = text[forward.end():]
    elif reply:
        cut = reply.start()
        if subject_forward:
            # Outlook forwards look like replies ("-----Original Message-----", "From: … Sent:").
            forwarded = text[cut:]
        else:
            quoted = text[cut:MAX_QUOTED + cut]
    head = text[:cut]
    own_lines: list[str] = []
    quoted_lines: list[str] = []
    for line in head.split("\n"):
        (quoted_lines if line.lstrip().startswith(">") else own_lines).append(line)
    new = "\n".join(own_lines)
    if quoted_lines:
        quoted = "\n".join(line.lstrip().lstrip(">").lstrip() for line in quoted_lines) + "\n" + quoted
    signature = ""
    sig = data.signature_start.search(new)
    if sig and sig.start() > 0:
        signature = new[sig.start():]
        new = new[:sig.start()]
    forward_sender = None
    if forwarded:
        forwarded = _unquoted(forwarded)
        match = data.from_line.search(forwarded[:2000])
        if match:
            name, email = parseaddr(match.group(1).strip().strip("*").strip())
            if "@" in email:
                forward_sender = (name.strip().strip('"'), email.strip().lower())
    return Segments(new=new, quoted=quoted[:MAX_QUOTED], forwarded=forwarded[:MAX_TEXT], signature=signature,
                    is_forward=subject_forward or bool(forward), forward_sender=forward_sender)


def _unquoted(forwarded: str) -> str:
    """A forward whose every written line is quoted ("Begin forwarded message:" then "> From: …",
    as Apple Mail and some webmail send it) is the forwarded mail itself: its quote marks go, so
    its headers and sentences read like any other forward's."""
    lines = forwarded.split("\n")
    written = [line for line in lines if line.strip()]
    if not written or sum(line.lstrip().startswith(">") for line in written) < 0.8 * len(written):
        return forwarded
    return "\n".join(line.lstrip()[1:].removeprefix(" ") if line.lstrip().startswith(">") else line
                     for line in lines)


def is_reply_subject(subject: str, data: ClassifierData) -> bool:
    """"Re:", "AW:", "SV:", "Odp:"… (the ``reply_prefixes`` of every language file)."""
    return bool(data.reply_subject.match(subject or ""))


@functools.lru_cache(maxsize=64)
def normalise(text: str) -> str:
    """Lower-case text for phrase matching: one paragraph per line.

    Line breaks inside a paragraph (hard-wrapped mail) become spaces so that a phrase wrapped over
    two lines still matches; blank lines, "Field: value" lines and list items stay separate lines
    so patterns (whose gaps never cross a line break) do not join unrelated fields (a lower-case
    "word:" after a long line is no field: the sentence wrapped there). So does a line
    that starts with a capital after a short line with no closing comma (``SHORT_LINE``): that is
    a new item of a list or of a form's value ("Send me a copy of my data" / "Send my data as
    CSV"), not a wrapped sentence (mail is wrapped at 70-80 characters).
    """
    source = _SPACES.sub(" ", text.translate(_APOSTROPHES))
    out: list[str] = []
    previous_blank = True
    previous_short = False
    for raw in source.split("\n"):
        original = raw.strip()
        line = original.lower()
        if not line:
            if not previous_blank:
                out.append("\n")
            previous_blank = True
            continue
        # A lower-case "word: …" right after a long line is the wrapped sentence going on ("… my
        # sensitive personal / information: I gave you …"), not a form field ("Name: …").
        field_line = bool(_FIELD_LINE.match(line)) and not (
            not previous_short and not previous_blank and original[0].islower())
        if (previous_blank or field_line or _BULLET_LINE.match(line)
                or (previous_short and original[0].isupper() and not original.startswith("I "))):
            if out and out[-1] != "\n":
                out.append("\n")
        else:
            out.append(" ")
        out.append(line)
        previous_blank = False
        field = _FIELD_LINE.match(line) if field_line else None  # a form field: the value is what may wrap
        previous_short = len(line) - (field.end() if field else 0) < SHORT_LINE and line[-1] not in ",;-(/&"
    return "".join(out).strip()


def detect_language(lowered: str, data: ClassifierData, *, minimum: float = 1.5,
                    marks: bool = False) -> tuple[str | None, float]:
    """Best language for lower-cased text by stopword counts, with a 0..1 margin; None if unsure.

    ``runner_up(lowered, data)`` gives the second choice when the margin is small. ``minimum``:
    the stopword count below which the answer is None. A caller with nothing better may ask for
    less and count each language's ``marks`` too ("¿", "ñ", "ção": one each, however often), for a
    line too short for stopwords ("Passwort vergessen, bitte zurücksetzen.", "¿Me ayudan?").

    A word shared by several languages ("de", "me") counts for each, divided by how many share it.
    """
    counts: dict[str, float] = {}
    share = _shared_counts(data)
    for token in _TOKEN.findall(lowered[:4000]):
        langs = share.get(token)
        if langs:
            weight = 1.0 / len(langs)
            for code in langs:
                counts[code] = counts.get(code, 0.0) + weight
    if marks:
        for code, pack in data.languages.items():
            found = sum(1 for mark in pack.marks if mark in lowered[:4000])
            if found:
                counts[code] = counts.get(code, 0.0) + found
    if not counts:
        return None, 0.0
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] != "en", kv[0]))
    best, score = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0.0
    if score < minimum:
        return None, 0.0
    margin = (score - runner) / score
    return best, margin


def ranked_languages(lowered: str, data: ClassifierData) -> list[str]:
    """Languages with any stopword in the text, best first."""
    counts: dict[str, float] = {}
    share = _shared_counts(data)
    for token in _TOKEN.findall(lowered[:4000]):
        for code in share.get(token, ()):
            counts[code] = counts.get(code, 0.0) + 1.0 / len(share[token])
    return [code for code, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] != "en", kv[0]))]


_SHARED_CACHE: dict[int, dict[str, tuple[str, ...]]] = {}


def _shared_counts(data: ClassifierData) -> dict[str, tuple[str, ...]]:
    key = id(data)
    cached = _SHARED_CACHE.get(key)
    if cached is None:
        table: dict[str, list[str]] = {}
        lists = [(code, pack.stopwords) for code, pack in data.languages.items()]
        lists += list(data.label_stopwords.items())
        for code, words in lists:
            for word in words:
                table.setdefault(word, []).append(code)
        # People type without diacritics ("prosze", "dzien dobry", "tietoni"): the plain spelling of
        # a stopword counts for its language too, unless it is some language's own stopword.
        for code, words in lists:
            for word in words:
                plain = fold(word)
                if plain != word and plain not in table:
                    table.setdefault(plain, [])
                if plain != word and code not in table[plain] and not any(plain in w for _, w in lists):
                    table[plain].append(code)
        cached = {word: tuple(codes) for word, codes in table.items()}
        _SHARED_CACHE[key] = cached
    return cached


_FOLD_EXTRA = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ı": "i"})


def fold(word: str) -> str:
    """``word`` without diacritics ("prosze" for "proszę", "lutfen" for "lütfen")."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_FOLD_EXTRA))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def sentence_around(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence (or line) of ``text`` holding [start, end) and its offset in ``text``.

    Used for `unless`, question and first-person checks.

    A full stop ends a sentence only when followed by a space (or a closing quote or bracket and a
    space) and not part of "art." or a number.
    """
    left = start
    while left > 0:
        ch = text[left - 1]
        if ch in "\n!?":
            break
        if ch == "." and left < len(text) and text[left] == " " and not _is_abbrev(text, left - 1):
            break
        if (ch in _CLOSERS and left >= 2 and text[left - 2] == "." and left < len(text) and text[left] == " "
                and not _is_abbrev(text, left - 2)):
            break  # 'says: "You may ask for a copy." I would like…'
        left -= 1
        if start - left > 300:
            break
    right = end
    n = len(text)
    while right < n:
        ch = text[right]
        if ch in "\n!?":
            if ch != "\n":
                right += 1
            break
        if ch == "." and (right + 1 >= n or text[right + 1] == " ") and not _is_abbrev(text, right):
            right += 1
            break
        if (ch == "." and right + 1 < n and text[right + 1] in _CLOSERS and (right + 2 >= n or text[right + 2] == " ")
                and not _is_abbrev(text, right)):
            right += 2
            break
        right += 1
        if right - end > 300:
            break
    while left < right and text[left] == " ":
        left += 1
    return text[left:right].rstrip(), left


_CLOSERS = "\"')"  # after normalise, every quotation mark is '"'
_ABBREV = re.compile(r"(?:\b(?:art|artt|abs|nr|no|lit|z\.b|e\.g|i\.e|etc|vs|mr|mrs|ms|dr|st|ca|approx|sec|para|cf|"
                     r"s|al|inc|ltd|co|corp|jr|sr|u\.s|p|civ|cal|gen|stat|bus|prof|regs?|ch|par|al|ss)|\d)$")


def _is_abbrev(text: str, dot: int) -> bool:
    return bool(_ABBREV.search(text[max(0, dot - 8):dot]))


def packs_for(detected: str | None, margin: float, data: ClassifierData, text: str) -> list[LanguagePack]:
    """The detected language first, English always; the close runners-up when unsure; every
    language for a short text with no clue (a one-line "Löschen bitte" has too few words)."""
    if detected is not None and margin >= 0.25:
        order = [detected] if detected == "en" else [detected, "en"]
    elif len(text) < 400:
        order = ([detected] if detected else []) + ["en"] + [
            code for code in data.languages if code not in (detected, "en")]
    else:
        order = [*ranked_languages(text, data)[:3], "en"]
    return [data.languages[code] for code in dict.fromkeys(order) if code in data.languages]
