"""Text folding for search: case and accents do not matter ("kruger" finds "Krüger").

``fold`` is applied both to what is stored (the search key of each request, kept by
``store/search_keys.py``) and to what the user types, so a plain SQL ``LIKE`` on the stored key
finds names whatever their accents, on SQLite and PostgreSQL alike (neither database folds
accents by itself: SQLite's ``lower()`` only knows ASCII, and PostgreSQL's ``unaccent`` is an
extension a team server may not have).

Folding: Unicode compatibility decomposition, combining marks dropped, then ``casefold`` (which
also turns "ß" into "ss"); a few letters that do not decompose (ø, ł, đ, æ, œ, þ) are spelled
out. The result is for matching only; it is never shown.
"""

from __future__ import annotations

import re
import unicodedata

# Letters with no decomposition, spelled as their usual ASCII transliteration.
_SPELLED = str.maketrans({"ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "æ": "ae",
                          "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ı": "i"})
_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """``text`` lower-cased, without accents, with runs of white space as one space."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPELLED))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", bare.casefold().translate(_SPELLED)).strip()


def search_words(query: str) -> list[str]:
    """The folded words of what the user typed; every word must match (in any field)."""
    return [w for w in fold(query).split(" ") if w]


# PostgreSQL full-text search folds accents with ``translate()`` in the index expression (no
# extension needed); the query side must use exactly the same table. Upper- and lower-case forms
# are both listed because ``translate`` runs before ``to_tsvector`` lower-cases.
PG_ACCENTED = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ"
PG_PLAIN = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyy"
_PG_TABLE = str.maketrans(PG_ACCENTED, PG_PLAIN)


def pg_fold(text: str) -> str:
    """What PostgreSQL's index expression makes of ``text`` (before its own lower-casing)."""
    return text.translate(_PG_TABLE).lower()
