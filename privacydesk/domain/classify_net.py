"""The safety net: mail a person wrote that speaks of privacy is never silently dismissed.

The phrase rules (``classify``) recognise the requests they were written for; a request worded in
a way nobody foresaw, in a language without a rules file, in a P.S. under a friendly note or below a
long quoted order thread would otherwise be stored as "not a request" and its legal deadline would
run with nobody knowing. So after the rules, every message from a person (not automated, not our
own address, not a machine sender) is searched for privacy vocabulary — personal data, privacy and
data protection, removing an account or one's data, stopping mail, the name of a data-protection
law or authority — in every language we know words of (``[net]`` of each language file and of
``common.toml``: all official EU/EEA languages, Swiss, UK, Canadian, US state, Brazilian, Japanese
and Korean terms), anywhere in the mail: subject, text, P.S., signature, forwarded and quoted parts.

A hit sends the message to "To review" with a plain-words reason, unless there is positive evidence
that it is ordinary:
- the word is used in an ordinary sense (``ordinary``: "privacy screen", a "Privacy policy:" link);
- for the weak categories only (removing an account, stopping mail), the sentence is about an order,
  an invoice, a shipment or a product (``commerce``: "remove the item from my account's cart").
Lines of a footer or disclaimer (``[[boilerplate]]``) are not the writer's words and are skipped. The
absence of request phrases is never a reason to dismiss.

The vocabulary is plain literals (``NetData.terms``), so the IMAP first pass can find the same words
without parsing (``classify_data.ClassifierData.prefilter`` holds them all: what the net would send
to review, the first pass never sets aside).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from privacydesk.domain.classify_data import ClassifierData, LanguagePack, NetData, NetTerm, Phrase
from privacydesk.domain.classify_notice import tail_start
from privacydesk.domain.classify_text import Segments, normalise, sentence_around

__all__ = ["NetHit", "find_privacy_words", "net_reason", "unread_language_reason"]

QUOTED_SCAN = 20_000  # characters of quoted text searched: a request may sit below a long order thread
STRONG = frozenset({"personal_data", "privacy", "law"})  # dismissed only when the word itself is ordinary
_POSTSCRIPT = re.compile(r"^(?:p\.?\s?p?\.?\s?s\b\.?|p\.-s\.|pd\b|n\.\s?b\.|nb\b)\s*[:.,\-]?", re.IGNORECASE)
_WHAT = {
    "personal_data": "mentions personal data",
    "privacy": "speaks of privacy or data-protection rights",
    "law": "names a data-protection law or authority",
    "account_removal": "asks about removing an account or data",
    "opt_out": "asks to stop mail or to unsubscribe",
}
_WHERE = {
    "subject": " in the subject",
    "text": "",
    "postscript": " in a P.S.",
    "signature": " below the signature",
    "forwarded": " in a forwarded message",
    "quoted": " in the quoted earlier message",
}
# Parts of a mail whose sentences without "I/my" are someone else's words, not the writer's.
_IMPERSONAL = {"quoted": "not-the-writer", "forwarded": "not-the-writer"}
_EXTENSIONS: dict[int, dict[str, tuple[str, ...]]] = {}
_LINKS = re.compile(r"\b(?:https?://|www\.|mailto:)\S+|[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass(frozen=True)
class NetHit:
    term: NetTerm
    part: str  # subject | text | postscript | signature | forwarded | quoted
    ordinary: str | None = None  # why it is ordinary after all ("ordinary-word", "commerce"), else None

    @property
    def evidence(self) -> str:
        suffix = f":ordinary={self.ordinary}" if self.ordinary else ""
        return f'net:{self.term.lang}:{self.term.category}:"{self.term.literal}"@{self.part}{suffix}'


def find_privacy_words(subject: str, segments: Segments, data: ClassifierData, packs: list[LanguagePack], *,
                       limit: int = 6, marketing: bool = False, asks_nothing: bool = False) -> list[NetHit]:
    """Privacy words in the mail, in reading order (at most ``limit`` that are not ordinary).

    ``packs``: the mail's languages, best first (to tell its boilerplate tail). ``marketing``: the
    mail has the shapes of marketing (newsletter footer, webinar, "book a call"): a sentence in it
    in which nobody says "I/my" is the sender's pitch ("Businesses that receive 'Do Not Sell'
    requests must respond within strict deadlines"), not a person's privacy concern. ``asks_nothing``:
    the writer says so ("not asking you to do anything, just curious"), and no phrase rule saw an ask:
    every word is ordinary."""
    net = data.net
    if net is None:
        return []
    voice = _voices(data, packs)
    parts = [("subject", subject), ("text", segments.new), ("signature", segments.signature),
             ("forwarded", segments.forwarded), ("quoted", segments.quoted[:QUOTED_SCAN])]
    hits: list[NetHit] = []
    found = 0
    for part, raw in parts:
        if not raw or not net.finder.search(raw.lower()):
            continue
        postscript = False
        lines = normalise(raw).split("\n")
        tail = tail_start(lines, packs, data) if part != "subject" else len(lines)
        for index, line in enumerate(lines):
            line = _LINKS.sub(lambda m: " " * len(m.group(0)), line)  # privacy@shop.example is an address
            if part == "text" and _POSTSCRIPT.match(line):
                postscript = True
            if index >= tail or not net.finder.search(line) or any(phrase.search(line) for phrase in data.boilerplate):
                continue  # nothing to find, or a footer/disclaimer: not the writer's words
            for term, start, end in _terms_in(line, net, data):
                hit = NetHit(term, "postscript" if postscript else part, "asks-nothing" if asks_nothing else
                             _ordinary(term, line, start, end, net, voice if part != "subject" else None,
                                       impersonal=_IMPERSONAL.get(part, "marketing" if marketing else None)))
                hits.append(hit)
                found += hit.ordinary is None
                if found >= limit:
                    return hits
    return _subject_explained(hits)


def _subject_explained(hits: list[NetHit]) -> list[NetHit]:
    """A subject naming privacy ("Supplier GDPR DPA to sign", "privacy question before ordering") is
    explained by a body that uses such words only in an ordinary way (the company's voice, "your
    privacy notice"): the subject hits are ordinary then too. A subject is a label; the body says
    what the writer wants."""
    body = [h for h in hits if h.part != "subject"]
    if body and all(h.ordinary for h in body):
        reason = body[0].ordinary
        return [NetHit(h.term, h.part, reason) if h.part == "subject" and not h.ordinary else h for h in hits]
    return hits


def net_reason(hits: list[NetHit]) -> str | None:
    """The plain-words reason a person should look, from the first hit that is not ordinary."""
    for hit in hits:
        if hit.ordinary is None:
            return (f"No request was recognised, but it {_WHAT[hit.term.category]} "
                    f"(\u201c{hit.term.literal}\u201d){_WHERE[hit.part]}. Please read it and decide.")
    return None


_LANGUAGE_NAMES = {
    "bg": "Bulgarian", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek", "en": "English", "es": "Spanish",
    "et": "Estonian", "fi": "Finnish", "fr": "French", "ga": "Irish", "hr": "Croatian", "hu": "Hungarian",
    "is": "Icelandic", "it": "Italian", "ja": "Japanese", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian",
    "mt": "Maltese", "nl": "Dutch", "no": "Norwegian", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sv": "Swedish", "uk": "Ukrainian", "zh": "Chinese",
}
UNREAD_LANGUAGE = ("It is written in {name}, a language PrivacyDesk cannot read fully yet, so it cannot tell "
                   "whether the writer asks about their personal data. Please read it and decide.")


def unread_language_reason(language: str, own_text: str, data: ClassifierData) -> str | None:
    """The plain-words reason a person's mail in a language without a rules file goes to review.

    Mail we could not fully read is never dismissed: without the language's phrases, the absence of
    a recognised ask says nothing (a Romanian "Prin prezenta îmi retrag acest consimțământ" names
    neither personal data nor a law). It takes a person's own letter in the first person (``[net.<code>]
    first_person``), in a language with such a list: not English (the guess for text with no clear
    language), not Japanese, Korean or Chinese, whose privacy vocabulary the net reads directly.
    ``own_text``: the subject and the writer's own words, lower-cased."""
    if language in data.languages or language in ("", "und", "en") or data.net is None:
        return None
    first_person = data.net.first_person.get(language)
    if first_person is None or not first_person.search(own_text):
        return None  # a writer who never says "I/my" (a newsletter, spam) is not asking for themself
    return UNREAD_LANGUAGE.format(name=_LANGUAGE_NAMES.get(language, "a language it does not know"))


def _terms_in(line: str, net: NetData, data: ClassifierData) -> list[tuple[NetTerm, int, int]]:
    """(term, start, end) of every net word in ``line`` (lower-cased), longest literal at each place."""
    out: list[tuple[NetTerm, int, int]] = []
    extensions = _extensions(net, data)
    pos = 0
    while True:
        match = net.finder.search(line, pos)
        if match is None:
            return out
        start = match.start()
        pos = start + 1
        if start > 0 and _is_letter(line[start - 1]) and not _is_cjk(match.group(0)[0]):
            continue  # inside a word
        for literal in (*extensions.get(match.group(0), ()), match.group(0)):
            if not line.startswith(literal, start):
                continue
            term = net.terms[literal]
            end = start + len(literal)
            if term.category == "law" and end < len(line) and _is_letter(line[end]) and not _is_cjk(literal[-1]):
                continue  # a law's name stands as a whole word ("dsg", not "dsgvo"'s start)
            out.append((term, start, end))
            pos = end
            break


def _ordinary(term: NetTerm, line: str, start: int, end: int, net: NetData,
              voice: tuple[Phrase, Phrase, Phrase, Phrase, Phrase] | None, *, impersonal: str | None = None) -> str | None:
    """Positive evidence that this use of the word is ordinary business, or None.

    - the word in an ordinary sense ("privacy screen", "Privacy policy: https://…", "you have my
      consent to post the photo", a "Privacy Team" signature);
    - the company's voice: the sentence speaks as "we/our" or to "you/your" and nobody says "I/my"
      in it ("We process your personal data to ship your order") — a sender informing the reader;
      not when the writer cites the company's text ("your privacy notice says residents can ask …");
    - ``impersonal`` (a reason): nobody says "I/my" in the sentence, and it stands in a quoted or
      forwarded part (a news article a friend forwards: its writer is not ours) or in a mail with
      the shapes of marketing;
    - for removing an account or stopping mail, a sentence about an order, invoice or product.
    """
    for phrase in net.ordinary:
        for match in phrase.finditer(line):
            if match.start() < end and start < match.end():
                return "ordinary-word"
    sentence, _ = sentence_around(line, start, end)
    if voice is not None:  # a subject is a label, not a voice ("Re: Your data access request")
        first_person, company, second, notice, cites_us = voice
        if not first_person.search(sentence) and not cites_us.search(sentence) and (
                company.search(sentence) or second.search(sentence) or notice.search(sentence)):
            return "company-voice"
        if impersonal is not None and not first_person.search(sentence):
            return impersonal
    if term.category not in STRONG and net.commerce is not None and net.commerce.search(sentence):
        return "commerce"
    return None


_VOICES: dict[tuple[int, tuple[str, ...]], tuple[Phrase, Phrase, Phrase, Phrase, Phrase]] = {}


def _voices(data: ClassifierData, packs: list[LanguagePack]) -> tuple[Phrase, Phrase, Phrase, Phrase, Phrase]:
    """(first person singular, "we/our", "you/your", and rights-notice wording ("data subjects have the
    right", "l'interessato ha diritto"), and the writer citing the company's text ("your privacy notice
    says …", ``cites_us``: the writer's words about a right, not the company speaking) — of the mail's
    own languages (``packs``: the detected one and English). A pronoun of one language is an ordinary word of another (Swedish "din" is Romanian
    "from", Danish "i" an Italian article), so a Romanian "mă opun prelucrării datelor mele … din
    Regulamentul" must not read as the company's voice."""
    chosen = packs or list(data.languages.values())
    key = (id(data), tuple(pack.code for pack in chosen))
    found = _VOICES.get(key)
    if found is None:
        def joined(word_key: str) -> Phrase:
            words = [w for pack in chosen for w in pack.words.get(word_key, ())]
            return Phrase(r"\b(?:" + "|".join(words) + r")\b") if words else Phrase(r"(?!x)x")

        first = Phrase("|".join(f"(?:{pack.first_person.pattern})" for pack in chosen))
        notice = Phrase("|".join(f"(?:{pack.notice.pattern})" for pack in chosen
                                 if pack.notice is not None) or r"(?!x)x")
        found = (first, joined("company_voice"), joined("second_person"), notice, joined("cites_us"))
        if len(_VOICES) > 64:
            _VOICES.clear()
        _VOICES[key] = found
    return found


def _extensions(net: NetData, data: ClassifierData) -> dict[str, tuple[str, ...]]:
    """For each literal, the longer literals that start with it, longest first (the finder, a trie,
    stops at the shortest)."""
    table = _EXTENSIONS.get(id(data))
    if table is None:
        literals = sorted(net.terms, key=len, reverse=True)
        table = {}
        for short in literals:
            longer = tuple(lit for lit in literals if len(lit) > len(short) and lit.startswith(short))
            if longer:
                table[short] = longer
        _EXTENSIONS.clear()
        _EXTENSIONS[id(data)] = table
    return table


def _is_letter(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def _is_cjk(ch: str) -> bool:
    return ord(ch) >= 0x2E80


PHISHING_ASK = ("It asks us to click a link, log in or send data to another site's portal, which is how "
                "phishing works: do not follow it. Check the sender before treating it as a request.")
PHISHING_DOMAIN = ("It claims to come from a data-protection office, but the sender's address is not that "
                   "office's own ({domain}): it may be an impostor. Check it before treating it as a request.")


def phishing_reason(sender_email: str, own_text: str, data: ClassifierData) -> tuple[str, str] | None:
    """(plain-words reason, evidence) when a would-be request asks us to click a link, log in or send
    data to a third party's portal, or comes from a look-alike of an official office's domain."""
    domain = sender_email.rpartition("@")[2].lower()
    if domain and data.impostor_tokens:
        tokens = set(re.split(r"[.\-_]+", domain))
        joined = domain.replace("-", "").replace(".", "")
        official = any(domain == d or domain.endswith("." + d) for d in data.official_domains)
        borrowed = tokens & data.impostor_tokens or {t for t in data.impostor_tokens if len(t) >= 8 and t in joined}
        if borrowed and not official:
            return PHISHING_DOMAIN.format(domain=domain), f"phishing:look-alike-domain:{sorted(borrowed)[0]}"
    if data.phishing is not None:
        match = data.phishing.search(own_text)
        if match:
            return PHISHING_ASK, f'phishing:asks:"{" ".join(match.group(0).split())[:40]}"'
    return None
