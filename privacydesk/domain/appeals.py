"""Is a requester's reply an appeal of our decision? A small pure check (issue 15).

Every US state privacy law except Utah gives the requester an internal appeal of a refusal, with its
own clock (``resources/regimes/*``, type ``appeal``). Requesters rarely write "appeal" in a subject
line: they reply to our refusal saying they disagree. ``likely_appeal`` recognises such a reply so
that staff are *offered* to open it as an appeal; it never opens one by itself.

Rules (phrases are data: ``resources/appeals/phrases.toml``):

* only a reply to a request we decided counts — ``denied`` or ``completed`` (an open request has no
  decision to contest);
* only the requester's own words count: quoted text (``>`` lines, everything below a reply header
  such as "On … wrote:") is cut first, so our own refusal letter ("you may appeal …") never matches;
* an *appeal* phrase ("I appeal", "review your decision") counts after either decision; a *contest*
  phrase ("I disagree", "reconsider") only after a denial;
* a phrase with a negation just before it in the same clause ("I do not wish to appeal") does not.

Hazard: the evidence returned is a snippet of the requester's message. It is stored with the
message (which is kept anyway) and shown to staff; never log it.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from typing import Any

from privacydesk.domain.vocab import RequestStatus

__all__ = ["AppealHint", "AppealPhrases", "likely_appeal", "load_phrases", "own_words"]

DECIDED = frozenset({RequestStatus.DENIED.value, RequestStatus.COMPLETED.value})
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "´": "'", "`": "'"})
_CLAUSE_END = re.compile(r"[.,;:!?\n()]")
_SPACES = re.compile(r"\s+")
MAX_TEXT = 20_000


@dataclass(frozen=True)
class AppealHint:
    """Why a reply looks like an appeal: the phrase found and the sentence around it."""

    phrase: str
    evidence: str          # at most ~160 characters of the requester's own words
    explicit: bool         # an appeal phrase (True) or a disagreement with a refusal (False)

    def as_json(self) -> dict[str, Any]:
        return {"phrase": self.phrase, "evidence": self.evidence, "explicit": self.explicit}


@dataclass(frozen=True)
class AppealPhrases:
    appeal: tuple[str, ...]
    contest: tuple[str, ...]
    negations: frozenset[str]
    reply_headers: tuple[re.Pattern[str], ...]
    appeal_re: re.Pattern[str]
    contest_re: re.Pattern[str]


def _alternation(phrases: list[str]) -> re.Pattern[str]:
    ordered = sorted({p.lower().translate(_APOSTROPHES) for p in phrases}, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def parse_phrases(doc: dict[str, Any]) -> AppealPhrases:
    """Build the matcher from the phrase file's document; raises ``ValueError`` on a bad file."""
    appeal: list[str] = []
    contest: list[str] = []
    negations: set[str] = set()
    for language, table in doc.items():
        if language == "reply_headers":
            continue
        if not isinstance(table, dict):
            raise ValueError(f"appeal phrases: [{language}] must be a table")
        for key, out in (("appeal", appeal), ("contest", contest)):
            values = table.get(key, [])
            if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
                raise ValueError(f"appeal phrases: {language}.{key} must be a list of phrases")
            out.extend(values)
        negations.update(str(n).lower().translate(_APOSTROPHES) for n in table.get("negations", []))
    headers = doc.get("reply_headers", {}).get("patterns", [])
    if not appeal or not contest:
        raise ValueError("appeal phrases: no appeal or contest phrases")
    return AppealPhrases(
        appeal=tuple(appeal), contest=tuple(contest), negations=frozenset(negations),
        reply_headers=tuple(re.compile(h, re.IGNORECASE | re.MULTILINE) for h in headers),
        appeal_re=_alternation(appeal), contest_re=_alternation(contest))


@functools.lru_cache(maxsize=1)
def load_phrases() -> AppealPhrases:
    """The shipped phrases (``resources/appeals/phrases.toml``), read once."""
    from privacydesk.resources import resource_path

    with resource_path("appeals", "phrases.toml").open("rb") as handle:
        return parse_phrases(tomllib.load(handle))


def own_words(text: str, phrases: AppealPhrases | None = None) -> str:
    """The requester's own words: the text above the first reply header, without ``>`` lines."""
    phrases = phrases or load_phrases()
    text = (text or "")[:MAX_TEXT].replace("\r", "")
    cut = len(text)
    for header in phrases.reply_headers:
        match = header.search(text)
        if match is not None:
            cut = min(cut, match.start())
    lines = [line for line in text[:cut].split("\n") if not line.lstrip().startswith(">")]
    return "\n".join(lines)


def _negated(text: str, start: int, negations: frozenset[str]) -> bool:
    """A negation among the three words before ``start``, in the same clause."""
    before = text[:start]
    boundary = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    words = re.findall(r"[\w']+", before[boundary:])[-3:]
    return any(word in negations or word.endswith("n't") for word in words)


def _snippet(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start) if m.group() in ".!?\n"), default=0)
    right_match = re.compile(r"[.!?\n]").search(text, end)
    right = right_match.end() if right_match else len(text)
    snippet = _SPACES.sub(" ", text[left:right]).strip()
    if len(snippet) > 160:
        middle = (start + end) // 2 - left
        begin = max(0, middle - 80)
        snippet = ("…" if begin else "") + snippet[begin:begin + 158].strip() + "…"
    return snippet


def likely_appeal(subject: str, text: str, contested_status: str,
                  phrases: AppealPhrases | None = None) -> AppealHint | None:
    """An ``AppealHint`` when a reply to a decided request contests the decision, else None."""
    if contested_status not in DECIDED:
        return None
    phrases = phrases or load_phrases()
    words = own_words(text, phrases)
    subject_words = re.sub(r"^\s*((re|aw|sv|antw|rv|ref|res|tr|fw|fwd|wg)\s*:\s*)+", "",
                           subject or "", flags=re.IGNORECASE)
    for source in (subject_words, words):
        lowered = source.lower().translate(_APOSTROPHES)
        checks = [(phrases.appeal_re, True)]
        if contested_status == RequestStatus.DENIED.value:
            checks.append((phrases.contest_re, False))
        for pattern, explicit in checks:
            for match in pattern.finditer(lowered):
                if _negated(lowered, match.start(), phrases.negations):
                    continue
                return AppealHint(phrase=_SPACES.sub(" ", match.group()), explicit=explicit,
                                  evidence=_snippet(source.translate(_APOSTROPHES), match.start(), match.end()))
    return None
