"""Reading a company's own privacy notice: proposals for its profile, each with its sentence.

``propose(text)`` reads a privacy-notice text (hard-wrapped or not) and returns ``Proposal`` values:
which profile field, the proposed value, and the sentence it came from. Nothing is applied here:
the profile service applies the proposals a person confirmed (``services/profile_edit.py``).

It looks for families of phrasings, not one notice's sentences:

* **company** — the name defined as "we" (``X ("Company", "we", "us")``, ``X (hereinafter "we")``,
  "This privacy notice for X", "X is the controller"), else the most frequent name with a legal
  suffix (LLC, Inc., Ltd, GmbH, S.A. …); the privacy email address (the one offered for contact);
  the postal address after "by post to", "write to us at", "mailing address" …; the website; the
  notice's "last updated" date.
* **laws and regions** — EEA/EU, UK, Canada (and Québec), Switzerland, California and other US
  states, named where rights are given ("if you are located in", "residents of", "in some
  regions, such as"), or the laws by name (GDPR, CCPA, PIPEDA, FADP …) → ``coverage.regimes``.
* **promised times** — "within / no later than / in no more than N (business) days" (digits or
  words, "fifteen (15) days"), weeks or a month, in a sentence about acting on requests; the type
  comes from the sentence (opt-out of sale, unsubscribe, deletion, access …; "all" when it speaks
  of requests in general) → ``commitments.deadlines``.
* **retention** — "no longer than / longer than / up to / for N years (or months)" with keep,
  retain, store or delete → ``commitments.retention_years``.
* **agents** — an authorized agent must prove, show written or signed permission, or be denied
  without proof → ``commitments.agent_requires_proof``.
* **verification** — matching details with records, contacting a known address or phone, a code
  or link, an identity document → ``commitments.verification_methods``; deleting what was given
  for verification afterwards; whether personal information is sold; Do-Not-Track.
* **rights offered** — access, deletion, correction, portability, restriction, objection,
  withdrawing consent, opting out of sale or marketing, Shine the Light, minors' removal,
  complaints → ``rights.offered``.

Hazard: a notice is untrusted text; nothing here evaluates it, and every pattern is bounded.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

# -- proposals ---------------------------------------------------------------------------------

FIELD_LABELS = {
    "company.legal_name": "Company name",
    "company.privacy_email": "Privacy contact address (email)",
    "company.postal_address": "Postal address",
    "company.website": "Website",
    "company.notice_last_updated": "Notice last updated",
    "coverage.regimes": "Laws the notice covers",
    "rights.offered": "Rights the notice offers",
    "commitments.deadlines": "Promise stricter than the law",
    "commitments.retention_years": "Retention period",
    "commitments.agent_requires_proof": "Authorized agents must prove their authority",
    "commitments.verification_methods": "How identity is verified",
    "commitments.delete_verification_data_after_verification": "Verification details deleted afterwards",
    "commitments.sells_personal_information": "Sells personal information",
    "commitments.honours_do_not_track": "Responds to Do-Not-Track",
}
FIELD_ORDER = tuple(FIELD_LABELS)


@dataclass(frozen=True)
class Proposal:
    """One proposed profile value. ``field`` is the profile's dotted key; list-valued fields
    (regimes, rights, verification methods, promises) get one proposal per item."""

    field: str
    value: Any
    sentence: str
    display: str  # the value in plain words
    region: str | None = None  # for coverage.regimes: the region the notice named
    notes: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"field": self.field, "value": self.value, "sentence": self.sentence,
                               "label": self.label, "display": self.display}
        if self.region is not None:
            out["region"] = self.region
        if self.notes:
            out["notes"] = list(self.notes)
        return out


# -- sentences ---------------------------------------------------------------------------------

_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "Inc.", "Ltd.", "Co.", "Corp.", "No.", "U.S.", "U.K.", "St.",
                  "Mr.", "Ms.", "Dr.", "vs.", "S.A.", "B.V.", "N.V.", "p.", "approx.", "art.", "Art.", "cf.")
_PLACEHOLDER = "\u2024"  # ONE DOT LEADER stands in for protected dots
_BULLET = re.compile(r"^\s*(?:[-•*▪◦·]\s+|(?:\(?[ivx]+\)|\(?[a-h]\))\s+(?=[A-Z]))")
_HEADING = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4})\.\s+[A-Z]")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(‘]?[A-Z0-9])")
_DATELINE = re.compile(r"^(?:last\s+(?:updated|revised|modified)|effective(?:\s+date)?)\b[^.]{0,40}$", re.I)


def _is_caps(line: str) -> bool:
    """A heading line in capitals ("6. HOW LONG", "PRIVACY NOTICE")."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
_WS = re.compile(r"\s+")


def sentences(text: str) -> list[str]:
    """Sentences of a notice, hard line-wrapping undone; bullets and headings stand alone."""
    units: list[list[str]] = [[]]
    previous_caps = False
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            units.append([])
            previous_caps = False
            continue
        caps = _is_caps(line)
        if (_BULLET.match(line) or _HEADING.match(line) or _DATELINE.match(line)
                or caps != previous_caps):
            units.append([])
        units[-1].append(line)
        previous_caps = caps
        if _DATELINE.match(line):
            units.append([])
    out: list[str] = []
    for unit in units:
        if not unit:
            continue
        paragraph = _WS.sub(" ", " ".join(unit)).strip()
        for abbr in _ABBREVIATIONS:
            paragraph = paragraph.replace(abbr, abbr.replace(".", _PLACEHOLDER))
        paragraph = re.sub(r"^((?:\d{1,2}|[IVX]{1,4}))\.", lambda m: m.group(1) + _PLACEHOLDER, paragraph)
        for piece in _SENTENCE_END.split(paragraph):
            piece = piece.replace(_PLACEHOLDER, ".").strip()
            if len(piece) > 1:
                out.append(piece[:2000])
    return out


# -- numbers -------------------------------------------------------------------------------------

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45,
    "forty five": 45, "sixty": 60, "ninety": 90, "a": 1, "an": 1,
}
_NUMBER = (r"(?P<num>\d{1,3}|(?:twenty|thirty|forty)[- ](?:one|two|three|four|five|six|seven|eight|nine)|"
           r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
           r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|sixty|ninety|an?)"
           r"(?:\s*\((?P<digits>\d{1,3})\))?")


def _number(match: re.Match[str]) -> int | None:
    if match.group("digits"):
        return int(match.group("digits"))
    word = match.group("num").lower()
    if word.isdigit():
        return int(word)
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    tens, _, unit = word.replace("-", " ").partition(" ")
    if tens in _NUMBER_WORDS and unit in _NUMBER_WORDS:
        return _NUMBER_WORDS[tens] + _NUMBER_WORDS[unit]
    return None


# -- company -------------------------------------------------------------------------------------

_SUFFIX = (r"(?:LLC|L\.L\.C\.|Inc\.?|Incorporated|Ltd\.?|Limited|GmbH|AG|S\.A\.S?\.?|SAS|SARL|S\.r\.l\.|"
           r"S\.p\.A\.|B\.V\.|N\.V\.|plc|PLC|Corp\.?|Corporation|Co\.|LLP|LP|Pty\.? Ltd\.?|ULC|Oy|AB|A/S|ApS)")
_NAME_WORD = r"[A-Z0-9][\w&'’\-.]*"
_ENTITY = re.compile(rf"\b((?:{_NAME_WORD},?\s){{0,4}}{_NAME_WORD},?\s{_SUFFIX})(?=[\s,;:.)\"”]|$)")
_WE_DEFINITION = re.compile(
    r"([A-Z0-9][\w&'’.,\- ]{1,80}?)\s*\((?:hereinafter\s+)?(?:referred to as\s+)?[\"“”']"
    r"(?:the\s+)?(?:Company|we|us|our|Controller|Business)[\"”',]", re.I)
_NOTICE_FOR = re.compile(r"\b(?:privacy (?:notice|policy|statement)|this notice|this policy)\s+(?:for|of)\s+"
                         r"([A-Z0-9][\w&'’.\- ]{1,80}?)(?=\s*[(,]|\s+(?:describes|explains|sets|applies|is)\b)")
_CONTROLLER = re.compile(r"\b([A-Z0-9][\w&'’.\- ]{1,80}?)\s+(?:is|acts as) (?:the )?(?:data )?controller\b")
_EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")
_URL = re.compile(r"\bhttps?://[^\s\"'<>)]+|\bwww\.[A-Za-z0-9.-]+\.[A-Za-z]{2,}[^\s\"'<>)]*")
_CONTACT_WORDS = re.compile(r"\b(contact|email|e-mail|write|reach|questions|send|submit|privacy)\b", re.I)
_ADDRESS_TRIGGER = re.compile(
    r"(?:by (?:post|mail|letter)(?: at| to)?|(?:postal|mailing|physical|registered|office) address(?: is)?|"
    r"write to us(?: at)?|send (?:a letter|mail|your request|correspondence) to|\bmail us at|by regular mail(?: at)?|"
    r"(?:our )?address(?: is)?|located at)\s*:?\s*$|"
    r"(?:by (?:post|mail)|postal address|mailing address|write to us|\bmail us|\b(?:post|mail|write|letter) to)"
    r"(?: at| to)?\s*:", re.I)
_COUNTRIES = ("United States of America", "United States", "USA", "U.S.A.", "United Kingdom", "UK", "Canada",
              "Germany", "Deutschland", "France", "Ireland", "Switzerland", "Schweiz", "Netherlands", "Spain",
              "Italy", "Australia", "New Zealand", "Austria", "Belgium", "Sweden", "Denmark", "Norway",
              "Finland", "Portugal", "Poland", "Luxembourg", "England", "Scotland", "Wales")
_POSTCODE = re.compile(r"\b(?:[A-Z]{2}\s+\d{5}(?:-\d{4})?|\d{4,5}|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|"
                       r"[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b")
_STREET = re.compile(r"\b\d+[A-Za-z]?\s+\w+|\b\w+(?:straße|strasse|str\.|weg|gasse|platz)\s*\d+|"
                     r"\b(?:P\.?O\.? Box|Suite|Floor|Unit|Building|House|Works|Road|Street|Lane|Avenue|Ave|"
                     r"Rd|Way|Drive|Square|Place|Boulevard|Blvd|Rue|Via|Calle)\b", re.I)
_LAST_UPDATED = re.compile(
    r"\b(?:last\s+(?:updated|revised|modified)|effective(?:\s+date)?|updated|revised)(?:\s+(?:on|as of))?\s*:?\s*"
    r"(?P<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+\d{4}|\d{4}-\d{2}-\d{2})", re.I)


def _clean_name(name: str) -> str:
    name = name.strip(" ,;:\"“”'’")
    name = re.sub(r"^(?:This|The|Our|At|Welcome to|Hi|Hello|and|by|from|of|for)\s+", "", name)
    return name.strip(" ,;:\"“”'’")


def _plausible_name(name: str) -> bool:
    words = name.split()
    return 1 <= len(words) <= 7 and (name[:1].isupper() or name[:1].isdigit()) and len(name) <= 80 and \
        not re.search(r"\b(?:privacy|notice|policy|personal|information|you|your)\b", name, re.I)


def _company(sents: list[str]) -> list[Proposal]:
    out: list[Proposal] = []
    found: tuple[str, str] | None = None
    for pattern in (_NOTICE_FOR, _WE_DEFINITION, _CONTROLLER):
        for sentence in sents[:80]:
            m = pattern.search(sentence)
            if m:
                name = _clean_name(m.group(1))
                entity = _ENTITY.search(name)
                if entity:
                    name = _clean_name(entity.group(1))
                if _plausible_name(name):
                    found = (name, sentence)
                    break
        if found:
            break
    entities: Counter[str] = Counter()
    first_sentence: dict[str, str] = {}
    for sentence in sents:
        for m in _ENTITY.finditer(sentence):
            name = _clean_name(m.group(1))
            if _plausible_name(name):
                entities[name] += 1
                first_sentence.setdefault(name, sentence)
    if found is None and entities:
        name = entities.most_common(1)[0][0]
        found = (name, first_sentence[name])
    if found is not None:
        out.append(Proposal("company.legal_name", found[0], found[1], found[0]))

    emails: Counter[str] = Counter()
    email_sentence: dict[str, str] = {}
    for sentence in sents:
        for m in _EMAIL.finditer(sentence):
            address = m.group(0).strip(".").lower()
            if address.endswith(("example.com", "example.org", "domain.com")):
                continue
            weight = 3 if _CONTACT_WORDS.search(sentence) else 1
            if re.search(r"privacy|dpo|data\s?protection|gdpr", address):
                weight += 3
            emails[address] += weight
            if address not in email_sentence or (_CONTACT_WORDS.search(sentence)
                                                 and not _CONTACT_WORDS.search(email_sentence[address])):
                email_sentence[address] = sentence
    if emails:
        address = emails.most_common(1)[0][0]
        out.append(Proposal("company.privacy_email", address, email_sentence[address], address))

    for sentence in sents[:60]:
        m = _URL.search(sentence)
        if m and re.search(r"\b(website|site|visit|online at|available at)\b", sentence, re.I):
            url = m.group(0).rstrip(".,;")
            if not re.search(r"aboutads|europa\.eu|admin\.ch|ico\.org|google|facebook|optout|oag\.ca", url, re.I):
                out.append(Proposal("company.website", url, sentence, url))
                break
    for sentence in sents[:40]:
        m = _LAST_UPDATED.search(sentence)
        if m:
            day = _parse_date(m.group("date"))
            if day is not None:
                out.append(Proposal("company.notice_last_updated", day.isoformat(), sentence,
                                    day.strftime("%d %B %Y").lstrip("0")))
                break
    return out


def _parse_date(text: str) -> date | None:
    text = text.replace(",", "").strip()
    for fmt in ("%B %d %Y", "%d %B %Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _postal_address(text: str, sents: list[str]) -> Proposal | None:
    """The address after a trigger such as "by post to:", from the original lines (which keep the
    address's own line breaks), else from the flowing sentence."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    for index, line in enumerate(lines):
        m = _ADDRESS_TRIGGER.search(line)
        if not m:
            continue
        rest = line[m.end():].strip()
        candidate = [rest] if rest else []
        for following in lines[index + 1:index + 8]:
            if not following or _HEADING.match(following) or len(following) > 80 or len(candidate) >= 6:
                break
            if "@" in following or (re.search(r"\b(?:if you|we will|please|you may|you can|email|phone|tel\.?)\b",
                                                following, re.I) and not _STREET.search(following)):
                break
            candidate.append(following.rstrip(".,;"))
            if any(following.rstrip(".").strip() == c for c in _COUNTRIES):
                break
        address = _address_from(candidate)
        if address:
            return Proposal("company.postal_address", address, _sentence_with(sents, line, address),
                            address.replace("\n", ", "))
    for sentence in sents:
        m = _ADDRESS_TRIGGER.search(sentence + "\n")
        inline = re.search(r"(?:by (?:post|mail|letter)|postal address|mailing address|write to us|\bmail us|"
                           r"send (?:a letter|mail|your request) to)(?: at| to| is)?\s*:?\s*(.{10,200})", sentence, re.I)
        if not (m or inline) or inline is None:
            continue
        tail = inline.group(1)
        end = None
        for country in _COUNTRIES:
            pos = tail.find(country)
            if pos >= 0 and (end is None or pos + len(country) < end):
                end = pos + len(country)
        if end is None:
            postcode = list(_POSTCODE.finditer(tail))
            end = postcode[-1].end() if postcode else None
        if end is None:
            continue
        address = _address_from(_split_inline(tail[:end]))
        if address:
            return Proposal("company.postal_address", address, sentence, address.replace("\n", ", "))
    return None


_SUFFIX_ALONE = re.compile(rf"^{_SUFFIX}$")
_STATE_ZIP = re.compile(r"^[A-Z]{2}\s+\d{5}(?:-\d{4})?$")


def _split_inline(text: str) -> list[str]:
    """Address lines from "Name, Inc., 500 Market Street, San Francisco, CA 94105, USA"."""
    parts: list[str] = []
    for piece in (p.strip() for p in text.split(",")):
        if parts and (_SUFFIX_ALONE.match(piece) or _STATE_ZIP.match(piece)):
            parts[-1] = f"{parts[-1]}, {piece}"
        elif piece:
            parts.append(piece)
    return parts


def _address_after_name(name: str, sents: list[str]) -> Proposal | None:
    """ "Alpenblick Outdoor GmbH, Seestrasse 18, 6004 Luzern, Switzerland (hereinafter …)" """
    pattern = re.compile(re.escape(name) + r",\s*(.{5,160}?\b(?:" + "|".join(re.escape(c) for c in _COUNTRIES)
                         + r"))\b")
    for sentence in sents:
        m = pattern.search(sentence)
        if m:
            address = _address_from([name, *_split_inline(m.group(1))])
            if address:
                return Proposal("company.postal_address", address, sentence, address.replace("\n", ", "))
    return None


def _address_from(parts: list[str]) -> str | None:
    parts = [_trim(p) for p in parts if _trim(p)]
    if len(parts) < 2:
        return None
    joined = " ".join(parts)
    if not (_STREET.search(joined) and (_POSTCODE.search(joined) or any(c in joined for c in _COUNTRIES))):
        return None
    return "\n".join(parts)


def _trim(part: str) -> str:
    part = part.strip(" ,;")
    if part.endswith(".") and not re.search(r"\b(?:Inc|Ltd|Co|Corp|St|Ave|Rd|Blvd)\.$", part):
        part = part[:-1]
    return part.strip()


def _sentence_with(sents: list[str], line: str, address: str) -> str:
    first = address.split("\n")[0]
    for sentence in sents:
        if first in sentence and (line[:20] in sentence or "post" in sentence.lower() or "mail" in sentence.lower()):
            return sentence
    for sentence in sents:
        if line[:30] and line[:30] in sentence:
            return sentence
    return line


# -- regions and laws -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Region:
    regime: str
    region: str
    names: str  # regex of names and law titles
    law_only: bool = False  # the law's own name: no rights context needed


_REGIONS = (
    _Region("gdpr", "EEA", r"European Economic Area|\bEEA\b|European Union|\bEU\b|\bEurope\b"),
    _Region("gdpr", "EEA", r"\bGDPR\b(?!\s*\(UK\))|General Data Protection Regulation", law_only=True),
    _Region("uk_gdpr", "UK", r"United Kingdom|\bUK\b|\bU\.K\.|Great Britain|\bBritain\b"),
    _Region("uk_gdpr", "UK", r"\bUK GDPR\b|Data Protection Act 2018", law_only=True),
    _Region("pipeda", "Canada", r"\bCanada\b|\bCanadian\b"),
    _Region("pipeda", "Canada", r"\bPIPEDA\b|Personal Information Protection and Electronic Documents Act",
            law_only=True),
    _Region("quebec", "Québec", r"\bQu[ée]bec\b"),
    _Region("quebec", "Québec", r"\bLaw 25\b|\bBill 64\b", law_only=True),
    _Region("fadp", "Switzerland", r"\bSwitzerland\b|\bSwiss\b"),
    _Region("fadp", "Switzerland", r"\bn?FADP\b|Federal Act on Data Protection|\bDSG\b", law_only=True),
    _Region("ccpa", "California", r"\bCalifornia\b"),
    _Region("ccpa", "California", r"\bCCPA\b|\bCPRA\b|California Consumer Privacy Act", law_only=True),
    _Region("ca_shine_the_light", "California", r"Shine the Light|1798\.83", law_only=True),
    _Region("tx_tdpsa", "Texas", r"\bTexas\b"),
    _Region("tx_tdpsa", "Texas", r"\bTDPSA\b|Texas Data Privacy and Security Act", law_only=True),
    _Region("va_vcdpa", "Virginia", r"\bVirginia\b"),
    _Region("va_vcdpa", "Virginia", r"\bVCDPA\b|Virginia Consumer Data Protection Act", law_only=True),
    _Region("co_cpa", "Colorado", r"\bColorado\b"),
    _Region("co_cpa", "Colorado", r"Colorado Privacy Act", law_only=True),
    _Region("ct_ctdpa", "Connecticut", r"\bConnecticut\b"),
    _Region("ct_ctdpa", "Connecticut", r"\bCTDPA\b|Connecticut Data Privacy Act", law_only=True),
    _Region("can_spam", "United States", r"CAN-SPAM", law_only=True),
)
_RIGHTS_CONTEXT = re.compile(
    r"\b(?:resident|residents|reside|located|live|living|based in|citizens?|consumers?|rights?|"
    r"in some regions|in certain regions|depending on where|applies to you|if you are|"
    r"data protection law|privacy law|under the|pursuant to|in accordance with|applies to|customers in|"
    r"users in|individuals in|people in|province of|state of)\b", re.I)
_REGION_WORDS = {"EEA": "the European Economic Area (GDPR)", "UK": "the United Kingdom (UK GDPR)",
                 "Canada": "Canada (PIPEDA)", "Québec": "Québec (Law 25)", "Switzerland": "Switzerland (FADP)",
                 "California": "California", "Texas": "Texas (TDPSA)", "Virginia": "Virginia (VCDPA)",
                 "Colorado": "Colorado (CPA)", "Connecticut": "Connecticut (CTDPA)",
                 "United States": "United States (CAN-SPAM)"}
_REGIME_WORDS = {"ccpa": "CCPA", "ca_shine_the_light": "Shine the Light"}


def _regions(sents: list[str]) -> list[Proposal]:
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for sentence in sents:
        context = bool(_RIGHTS_CONTEXT.search(sentence))
        for region in _REGIONS:
            if not re.search(region.names, sentence):
                continue
            if not (region.law_only or context):
                continue
            # Prefer sentences that say where rights apply; then the earliest.
            score = ((2 if context else 0) + (1 if region.law_only else 0)
                     + (1 if re.search(r"\brights?\b", sentence, re.I) else 0)
                     + (1 if re.search(r"\byou\b", sentence, re.I) else 0))
            key = (region.regime, region.region)
            if key not in best or score > best[key][0]:
                best[key] = (score, sentence)
    out: list[Proposal] = []
    for (regime, place), (_score, sentence) in best.items():
        words = _REGION_WORDS.get(place, place)
        if regime in _REGIME_WORDS:
            words = f"{place} ({_REGIME_WORDS[regime]})"
        out.append(Proposal("coverage.regimes", regime, sentence, words, region=place))
    order = [r.regime for r in _REGIONS]
    return sorted(out, key=lambda p: order.index(p.value))


# -- promised times -----------------------------------------------------------------------------

_TIME = re.compile(
    r"\b(?:within|no later than|not later than|no more than|not more than|in no more than|at most|"
    r"up to|maximum of|in|inside)\s+(?:a\s+period\s+of\s+|the\s+next\s+)?" + _NUMBER +
    r"\s+(?P<unit>business days?|working days?|calendar days?|days?|weeks?|months?)\b", re.I)
_REQUEST_CONTEXT = re.compile(
    r"\b(?:respond|response|reply|answer|act upon|act on|action|process|comply|complete|fulfil|fulfill|"
    r"honou?r|handle|acknowledge|confirm receipt|request|opt[- ]?out|unsubscribe|removed from)\w*", re.I)
_NOT_A_PROMISE = re.compile(
    r"\b(?:cookie|expire|retain|retention|store[sd]?\b|keep|backup|log files|notify you of (?:any )?changes|"
    r"changes to this|refund|trial|past|preceding|previous|last)\b", re.I)
_TYPE_CONTEXT = (
    ("opt_out_sale", r"opt[- ]?out\b(?!.*marketing)|do not sell|don't sell|selling|sale of|share my|sharing"),
    ("opt_out_marketing", r"unsubscrib|marketing|newsletter|promotional"),
    ("deletion", r"\bdelet|\berase|erasure"),
    ("correction", r"\bcorrect|rectif"),
    ("access", r"\baccess\b|copy of|right to know|request to know"),
    ("portability", r"portab"),
    ("acknowledge", r"acknowledge|confirm receipt"),
)
_TYPE_WORDS = {"opt_out_sale": "opt-outs of sale or sharing", "opt_out_marketing": "unsubscribe requests",
               "deletion": "deletion requests", "correction": "correction requests", "access": "access requests",
               "portability": "portability requests", "all": "all requests"}


def _promises(sents: list[str]) -> list[Proposal]:
    out: list[Proposal] = []
    seen: set[tuple[str, int, str]] = set()
    for sentence in sents:
        for m in _TIME.finditer(sentence):
            window = sentence[max(0, m.start() - 220):m.end() + 120]
            if not _REQUEST_CONTEXT.search(window) or _NOT_A_PROMISE.search(sentence[max(0, m.start() - 60):m.end()]):
                continue
            n = _number(m)
            if n is None or n <= 0:
                continue
            unit_word = m.group("unit").lower()
            notes: list[str] = []
            if unit_word.startswith(("business", "working")):
                days, unit = n, "business_days"
            elif unit_word.startswith("week"):
                days, unit = n * 7, "calendar_days"
            elif unit_word.startswith("month"):
                days, unit = n * 30, "calendar_days"
                notes.append("a month is taken as 30 days; the law's own month counts are kept as they are")
            else:
                days, unit = n, "calendar_days"
            if not 1 <= days <= 366:
                continue
            clause = re.split(r";|\band\b(?=\s+(?:we\s+)?(?:will|shall|then))|\bthen\b", sentence[:m.start()])[-1]
            if re.search(r"acknowledge|confirm receipt|receipt of", clause, re.I):
                continue  # an acknowledgement promise is not a response date
            if re.search(r"\bappeal", clause, re.I):
                continue  # appeals have their own clock (not a profile promise)
            rtype = "all"
            for where in (clause.lower(), sentence.lower()):
                found = next((name for name, pattern in _TYPE_CONTEXT
                              if name != "acknowledge" and re.search(pattern, where)), None)
                if found:
                    rtype = found
                    break
            key = (rtype, days, unit)
            if key in seen:
                continue
            seen.add(key)
            unit_words = "business days" if unit == "business_days" else "days"
            out.append(Proposal("commitments.deadlines", {"type": rtype, "days": days, "unit": unit}, sentence,
                                f"{_TYPE_WORDS.get(rtype, rtype)}: within {days} {unit_words}", notes=tuple(notes)))
    return out


# -- retention ------------------------------------------------------------------------------------

_RETENTION = re.compile(
    r"\b(?:no longer than|not longer than|longer than|more than|up to|maximum of|at most|for|after|beyond|"
    r"exceeding|period of|no later than|within)\s+" + _NUMBER + r"\s+(?P<unit>years?|months?)\b", re.I)
_RETENTION_CONTEXT = re.compile(r"\b(?:keep|kept|keeping|retain|retained|retaining|retention|store|stored|storing|"
                                r"hold|held|delete|deleted|erase|destroy|destroyed|anonymi[sz]e)\w*", re.I)


def _retention(sents: list[str]) -> list[Proposal]:
    out: list[Proposal] = []
    seen: set[int] = set()
    for sentence in sents:
        if not _RETENTION_CONTEXT.search(sentence):
            continue
        if re.search(r"\b(?:past|preceding|previous|last|once a year|under \d+|age)\b", sentence, re.I) and \
                not re.search(r"no longer than|longer than", sentence, re.I):
            continue
        for m in _RETENTION.finditer(sentence):
            if re.search(r"\b(?:at least|minimum of|no less than)\s*$", sentence[max(0, m.start() - 20):m.start()], re.I):
                continue  # a minimum (records kept by law), not a promise to delete
            n = _number(m)
            if n is None or n <= 0:
                continue
            unit = m.group("unit").lower()
            if unit.startswith("month"):
                if n % 12:
                    continue
                n //= 12
            if n > 50 or n in seen:
                continue
            seen.add(n)
            out.append(Proposal("commitments.retention_years", n, sentence,
                                f"no longer than {n} year{'s' * (n != 1)}"))
            if len(out) >= 3:
                return out
    return out


# -- agents, verification, other promises -------------------------------------------------------------

_AGENT = re.compile(r"\b(?:authori[sz]ed agents?|agents?|representatives?|someone acting on your behalf|"
                    r"acts? on your behalf)\b", re.I)
_AGENT_PROOF = re.compile(
    r"\b(?:proof|prove|written permission|signed permission|signed authori[sz]ation|power of attorney|"
    r"evidence (?:of|that)|sufficient evidence|signed letter|verify (?:the agent|their|its|the agent's) authori|"
    r"validly authori[sz]ed|documentation)\b", re.I)
_METHODS = (
    ("matched_records", r"cross[- ]check|compar\w+ (?:it|the information|the details|what you provide)[^.]{0,80}"
                        r"(?:records|on file|already|previously)|data points you have previously provided|"
                        r"match (?:it|this|that|the information|the details|your details|the personal information)"
                        r"[^.]{0,80}(?:information|records|details|on file)|compare[^.]{0,80}(?:records|on file)|"
                        r"information (?:we|that we) (?:already )?(?:have|hold|maintain) on file|"
                        r"match(?:es|ing)? (?:our|the) records"),
    ("code_reply", r"contact you (?:through|via|by|at) (?:a )?(?:communication method|the (?:email|phone)|"
                   r"an? (?:email|phone)).{0,80}?(?:previously|already|on file|provided)|verification (?:code|link|email)|"
                   r"send (?:you )?(?:a )?(?:code|link|confirmation)|confirm (?:the request|it) (?:from|by|via) "
                   r"(?:the|your) (?:email|account)|reply to (?:an|our|a) (?:email|message)"),
    ("document", r"government[- ]issued|photo (?:id|identification)|passport|driver'?s licen[cs]e|"
                 r"identity (?:document|card)|copy of (?:your|an?) (?:id|identification)|proof of identity"),
)
_METHOD_WORDS = {"matched_records": "matching details with our records",
                 "code_reply": "contacting a known address or phone (a code or reply)",
                 "document": "an identity document", "agent_proof": "the agent's proof of permission"}
_DELETE_VERIFICATION = re.compile(
    r"\b(?:delete|destroy|erase)[^.]{0,80}(?:as soon as|once|after)[^.]{0,40}"
    r"(?:verif|identity has been (?:confirmed|verified)|confirmed your identity|request is complete)", re.I)
_NO_SALE = re.compile(r"\b(?:will not|do not|does not|don't|never|has not|have not)\s+(?:disclosed or\s+)?sell\b|"
                      r"\bnot sold\b|\bno(?:t)? sale of\b", re.I)
_SALE = re.compile(r"\bwe (?:may )?sell (?:your )?personal information\b", re.I)
_DNT_NO = re.compile(r"\b(?:do not|don't|does not|not currently)\s+(?:currently\s+)?(?:respond|honou?r|recogni[sz]e)"
                     r"[^.]{0,40}(?:DNT|do[- ]not[- ]track)", re.I)
_DNT_YES = re.compile(r"\b(?:we|will)\s+(?:respond to|honou?r|recogni[sz]e)[^.]{0,40}(?:DNT|do[- ]not[- ]track)", re.I)


def _promises_other(sents: list[str]) -> list[Proposal]:
    out: list[Proposal] = []
    for sentence in sents:
        if _AGENT.search(sentence) and _AGENT_PROOF.search(sentence) and re.search(r"agent|behalf", sentence, re.I):
            out.append(Proposal("commitments.agent_requires_proof", True, sentence,
                                "yes: an agent must show proof of permission"))
            break
    found_methods: set[str] = set()
    for sentence in sents:
        for method, pattern in _METHODS:
            if method not in found_methods and re.search(pattern, sentence, re.I):
                found_methods.add(method)
                out.append(Proposal("commitments.verification_methods", method, sentence, _METHOD_WORDS[method]))
    for sentence in sents:
        if _DELETE_VERIFICATION.search(sentence):
            out.append(Proposal("commitments.delete_verification_data_after_verification", True, sentence,
                                "yes: deleted once verification is done"))
            break
    for sentence in sents:
        if _NO_SALE.search(sentence) and re.search(r"personal information|personal data|your information", sentence,
                                                   re.I):
            if re.search(r"(?:treat|consider|deem)\w*\s+(?:as\s+)?(?:a\s+)?[\"“']?(?:sale|selling)", sentence, re.I):
                out.append(Proposal("commitments.sells_personal_information", True, sentence,
                                    "yes: some sharing counts as a sale under the law",
                                    notes=("the notice says it does not sell, but shares data in a way the law may "
                                           "treat as a sale",)))
            else:
                out.append(Proposal("commitments.sells_personal_information", False, sentence, "no"))
            break
        if _SALE.search(sentence):
            out.append(Proposal("commitments.sells_personal_information", True, sentence, "yes"))
            break
    for sentence in sents:
        if _DNT_NO.search(sentence):
            out.append(Proposal("commitments.honours_do_not_track", False, sentence, "no"))
            break
        if _DNT_YES.search(sentence):
            out.append(Proposal("commitments.honours_do_not_track", True, sentence, "yes"))
            break
    return out


# -- rights --------------------------------------------------------------------------------------

_RIGHTS = (
    ("access", r"right (?:to|of) access|request access|access (?:to )?(?:and obtain )?a copy|right to know|"
               r"request to know|obtain a copy|access your personal|(?:receive|get) a copy|"
               r"request information about the personal"),
    ("deletion", r"right to (?:be forgotten|deletion|erasure|delete)|request (?:the )?(?:deletion|erasure)|"
                 r"(?:ask|request) (?:us )?to delete|\berasure\b|request to delete|\berased\b|\bto delete (?:it|your)"),
    ("correction", r"rectification|right to correct|request correction|correct (?:inaccurate|your|it)\b|"
                   r"\brectify\b|\bcorrected\b|\bto correct\b"),
    ("portability", r"portability"),
    ("restriction", r"restrict(?:ion of)? (?:the )?processing|right to restrict|\bto restrict\b"),
    ("objection", r"right to object|object to\b|may object"),
    ("withdraw_consent", r"withdraw (?:your )?consent|consent[^.]{0,60}withdraw it"),
    ("opt_out_sale", r"opt[- ]out (?:of|from) (?:the |future )?(?:sale|selling|sharing)|do not sell|"
                     r"opt out from future selling"),
    ("opt_out_marketing", r"opt[- ]out of (?:our )?marketing|unsubscribe|opt out of (?:our )?(?:marketing|promotional)"),
    ("shine_the_light", r"shine the light|1798\.83"),
    ("minor_removal", r"under 18[^.]{0,80}removal|removal of (?:unwanted )?(?:data|content)[^.]{0,60}(?:post|minor)"),
    ("complaint", r"right to (?:lodge a )?complain|complain to (?:your|the|a) (?:local )?(?:data protection|supervisory)|"
                  r"lodge a complaint"),
)
_RIGHT_WORDS = {"access": "access", "deletion": "deletion", "correction": "correction", "portability": "portability",
                "restriction": "restriction of processing", "objection": "objection",
                "withdraw_consent": "withdrawing consent", "opt_out_sale": "opt-out of sale or sharing",
                "opt_out_marketing": "opt-out of marketing", "shine_the_light": "Shine the Light",
                "minor_removal": "removal of a minor's posts", "complaint": "complaint to a regulator"}


def _rights(sents: list[str]) -> list[Proposal]:
    out: list[Proposal] = []
    for right, pattern in _RIGHTS:
        for sentence in sents:
            if re.search(pattern, sentence, re.I):
                out.append(Proposal("rights.offered", right, sentence, _RIGHT_WORDS[right]))
                break
    return out


# -- all together ---------------------------------------------------------------------------------


@dataclass
class _Collector:
    proposals: list[Proposal] = field(default_factory=list)

    def add(self, items: Iterable[Proposal | None]) -> None:
        self.proposals.extend(p for p in items if p is not None)


MAX_TEXT = 2_000_000


def propose(text: str) -> list[Proposal]:
    """Profile proposals from a privacy notice's text, in the profile's field order."""
    text = text[:MAX_TEXT]
    sents = sentences(text)
    collect = _Collector()
    collect.add(_company(sents))
    address = _postal_address(text, sents)
    if address is None:
        name = next((p.value for p in collect.proposals if p.field == "company.legal_name"), None)
        address = _address_after_name(name, sents) if isinstance(name, str) else None
    collect.add([address])
    collect.add(_regions(sents))
    collect.add(_rights(sents))
    collect.add(_promises(sents))
    collect.add(_retention(sents))
    collect.add(_promises_other(sents))
    order = {name: i for i, name in enumerate(FIELD_ORDER)}
    return sorted(collect.proposals, key=lambda p: order.get(p.field, 99))
