"""A right asked for by its article of the GDPR, in any language.

Formal letters cite the article of the right they exercise: "Art. 17 DSGVO", "άρθρο 17 του ΓΚΠΔ",
"EU:n tietosuoja-asetuksen 16 artiklan mukaisesti", "a GDPR 18. cikke alapján". The number names
the right whatever the language, so a letter in a language without a rules file (Finnish, Greek,
Hungarian …) can still be filed with its type when it cites one. The words for "article" and the
names of the regulation are data (``[articles]`` of ``common.toml``); the classifier uses this only
when its phrase rules found no type at all, so it never adds a type to a letter they understood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ArticleHit", "ArticleSpec", "find_articles"]

NEAR = 40  # characters between the article and the regulation's name


@dataclass(frozen=True)
class ArticleSpec:
    pattern: re.Pattern[str]
    types: dict[str, str]  # article number -> request type


@dataclass(frozen=True)
class ArticleHit:
    kind: str
    snippet: str
    start: int
    end: int


def build_spec(words: list[str], laws: list[str], types: dict[str, str]) -> ArticleSpec:
    """The matcher: an article word next to a number, within ``NEAR`` characters of a law's name,
    in either order ("Art. 17 … GDPR", "GDPR 18. cikke", "tietosuoja-asetuksen 16 artiklan")."""
    word = "(?:" + "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True)) + r")\w*\.?"
    law = "(?:" + "|".join(re.escape(w.lower()) for w in sorted(laws, key=len, reverse=True)) + r")[\w-]*"
    # A range ("Art. 15 bis 21", "articoli 15-22") cites the whole list of rights: no ask.
    number = r"(?P<n{i}>\d{{1,2}})(?!\d|\.\d|/|\s*(?:[-–]|bis|to|a|al|à|até|tot|do|až|till|til|és|και|–)\s*\d)"
    gap = rf"[^\n!?]{{0,{NEAR}}}?"
    alternatives = [
        rf"\b{word}\s*{number.format(i=1)}\b{gap}\b{law}",  # Art. 17 (1) DSGVO / άρθρο 17 του ΓΚΠΔ
        rf"\b{law}\W{{0,4}}{number.format(i=2)}\.?\s*{word}",  # GDPR) 18. cikke / -asetuksen 16 artiklan
        rf"\b{law}{gap}\b{word}\s*{number.format(i=3)}\b",  # DSGVO, Art. 17
        rf"\b{number.format(i=4)}\.?\s*{word}{gap}\b{law}",  # 16 artiklan … asetus / 17. cikk … GDPR
    ]
    return ArticleSpec(re.compile("|".join(f"(?:{a})" for a in alternatives)), dict(types))


def find_articles(text: str, spec: ArticleSpec) -> list[ArticleHit]:
    """Every cited article that names a right (lower-cased ``text``), in reading order."""
    out: list[ArticleHit] = []
    for match in spec.pattern.finditer(text):
        number = next((g for g in (match.group(f"n{i}") for i in range(1, 5)) if g), None)
        kind = spec.types.get(str(int(number))) if number else None
        if kind:
            out.append(ArticleHit(kind, " ".join(match.group(0).split())[:60], match.start(), match.end()))
    return out
