"""Identity verification, the pure part: one-time codes, what a message says about its sender, which
details match our records, and how much proof to ask for.

Nothing here is decisive on its own: the verification panel shows these as evidence for a person to
weigh, and the only automatic decision is a code reply (a reply from the requester's own address that
contains the unexpired, unused code we sent to that address).
"""

from __future__ import annotations

import hashlib
import re
import secrets
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from privacydesk.domain.vocab import RequestType

# -- one-time codes ----------------------------------------------------------------------------------

#: No 0/O, 1/I/L, 5/S or 8/B pairs: a code read aloud or retyped from a phone is still right.
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY234679"
CODE_LENGTH = 8
_DIGITS = set("0123456789")
_CANDIDATE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z0-9]{4})[-\s\u2010-\u2014]?([A-Za-z0-9]{4})(?![A-Za-z0-9])")


def new_code() -> str:
    """A random code like ``K7MQ-2XPA`` (8 characters, at least two digits and two letters)."""
    while True:
        raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        digits = sum(c in _DIGITS for c in raw)
        if 2 <= digits <= CODE_LENGTH - 2:
            return f"{raw[:4]}-{raw[4:]}"


def normalise_code(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", text).upper()


def code_digest(request_key: str, code: str) -> str:
    """What is stored instead of the code (the letter itself holds the code)."""
    return hashlib.sha256(f"{request_key}:{normalise_code(code)}".encode()).hexdigest()


def code_candidates(text: str) -> list[str]:
    """Code-like tokens in a reply (8 letters and digits, optionally split 4-4, with a digit and a
    letter), normalised. A reply that holds none of these is not an attempt at all."""
    out: list[str] = []
    for match in _CANDIDATE.finditer(text or ""):
        token = (match.group(1) + match.group(2)).upper()
        if any(c in _DIGITS for c in token) and any(c.isalpha() for c in token) and token not in out:
            out.append(token)
    return out


# -- what the message says about its sender ----------------------------------------------------------

class AuthResult(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    SOFTFAIL = "softfail"
    NEUTRAL = "neutral"
    NONE = "none"
    TEMPERROR = "temperror"
    PERMERROR = "permerror"
    POLICY = "policy"
    ABSENT = "absent"  # the receiving server did not say


_GOOD = {AuthResult.PASS}
_BAD = {AuthResult.FAIL, AuthResult.SOFTFAIL, AuthResult.PERMERROR}


@dataclass(frozen=True)
class SenderAuthentication:
    """The receiving server's verdict (``Authentication-Results``, RFC 8601) on SPF, DKIM and DMARC.

    Only the topmost header is read: it is the one our own receiving server added; headers further
    down were written by servers (or senders) we do not know and may be forged.
    """

    spf: AuthResult = AuthResult.ABSENT
    dkim: AuthResult = AuthResult.ABSENT
    dmarc: AuthResult = AuthResult.ABSENT
    server: str | None = None
    dkim_domain: str | None = None

    @property
    def failed(self) -> tuple[str, ...]:
        return tuple(name for name, value in (("SPF", self.spf), ("DKIM", self.dkim), ("DMARC", self.dmarc))
                     if value in _BAD)

    @property
    def passed(self) -> bool:
        return self.dmarc == AuthResult.PASS or (self.spf in _GOOD and self.dkim in _GOOD)

    @property
    def known(self) -> bool:
        return any(v != AuthResult.ABSENT for v in (self.spf, self.dkim, self.dmarc))

    def summary(self) -> str:
        if not self.known:
            return "The receiving mail server did not record whether the sender is genuine."
        parts = [f"{name} {value.value}" for name, value in (("SPF", self.spf), ("DKIM", self.dkim),
                                                              ("DMARC", self.dmarc))
                 if value != AuthResult.ABSENT]
        verdict = ("the sender's domain checks out" if self.passed and not self.failed
                   else "the sender could not be confirmed" if self.failed else "partly checked")
        return f"{', '.join(parts)}: {verdict}."


_RESULT = re.compile(r"\b(spf|dkim|dmarc)\s*=\s*([a-z]+)", re.IGNORECASE)
_DKIM_DOMAIN = re.compile(r"header\.(?:d|i)\s*=\s*@?([A-Za-z0-9.-]+)", re.IGNORECASE)


def _strip_comments(value: str) -> str:
    out, depth = [], 0
    for ch in value:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(ch)
    return "".join(out)


def parse_authentication_results(values: Sequence[str]) -> SenderAuthentication:
    """Read the topmost ``Authentication-Results`` header (``values`` in header order)."""
    if not values:
        return SenderAuthentication()
    header = _strip_comments(values[0])
    server, _, rest = header.partition(";")
    found: dict[str, AuthResult] = {}
    dkim_domain: str | None = None
    for clause in rest.split(";"):
        match = _RESULT.search(clause)
        if not match:
            continue
        method, result = match.group(1).lower(), match.group(2).lower()
        try:
            value = AuthResult(result)
        except ValueError:
            value = AuthResult.NEUTRAL
        if method == "dkim":
            domain = _DKIM_DOMAIN.search(clause)
            # Several signatures: one that passes is enough.
            if found.get("dkim") == AuthResult.PASS:
                continue
            if domain and (value == AuthResult.PASS or dkim_domain is None):
                dkim_domain = domain.group(1).lower()
        if method not in found or value == AuthResult.PASS:
            found[method] = value
    return SenderAuthentication(spf=found.get("spf", AuthResult.ABSENT), dkim=found.get("dkim", AuthResult.ABSENT),
                                dmarc=found.get("dmarc", AuthResult.ABSENT),
                                server=server.strip() or None, dkim_domain=dkim_domain)


def reply_to_mismatch(sender: str | None, reply_to: Iterable[str]) -> tuple[str, ...]:
    """Reply-To addresses that differ from the From address (answers would go elsewhere)."""
    sender = (sender or "").strip().lower()
    return tuple(a for a in (r.strip().lower() for r in reply_to) if a and a != sender)


#: Mail providers many customers use: a near-miss of one of these is a classic trick.
COMMON_DOMAINS = ("gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com",
                  "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com", "gmx.de", "gmx.net",
                  "web.de", "t-online.de", "orange.fr", "free.fr", "laposte.net", "yahoo.fr", "yahoo.es",
                  "hotmail.fr", "hotmail.es", "comcast.net", "verizon.net", "att.net", "mail.com")

_CONFUSABLE = str.maketrans({"0": "o", "1": "l", "i": "l", "|": "l", "5": "s", "$": "s", "3": "e",
                             "4": "a", "@": "a", "7": "t", "8": "b", "9": "g"})


def _fold(domain: str) -> str:
    text = unicodedata.normalize("NFKD", domain.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("rn", "m").replace("vv", "w").replace("cl", "d").translate(_CONFUSABLE)


def _distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal string alignment distance (edits and swaps of neighbours), capped at ``limit``."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
        if min(prev) >= limit:
            return limit
    return min(prev[-1], limit)


def lookalike_of(domain: str | None, known: Iterable[str]) -> str | None:
    """The known domain that ``domain`` imitates (one or two characters off, or the same once
    look-alike characters are folded: ``3dpr0s.com``, ``gmai1.com``, ``rnicrosoft.com``), else None.
    An exact match is not a look-alike; neither is a subdomain of a known domain."""
    if not domain:
        return None
    domain = domain.strip().lower().rstrip(".")
    known_set = {k.strip().lower() for k in known if k and k.strip()}
    if domain in known_set or any(domain.endswith("." + k) for k in known_set):
        return None
    folded = _fold(domain)
    best: tuple[int, str] | None = None
    for candidate in sorted(known_set):
        if _fold(candidate) == folded or (domain.startswith("xn--") and candidate.split(".")[-1] == domain.split(".")[-1]
                                          and _distance(domain, candidate) <= 2):
            return candidate
        limit = 1 if len(candidate) < 8 else 2
        dist = _distance(domain, candidate, limit + 1)
        if dist <= limit and (best is None or dist < best[0]):
            best = (dist, candidate)
    return best[1] if best else None


# -- details that match our records --------------------------------------------------------------------

@dataclass(frozen=True)
class CustomerRecord:
    """One row of the customers file staff imported (email, name, other columns)."""

    email: str
    name: str | None = None
    fields: Mapping[str, str] | None = None


@dataclass(frozen=True)
class DetailMatch:
    """One detail of the request compared with the customers file."""

    detail: str  # plain words: "email address", "name", "order_number" …
    matched: bool
    value: str | None = None  # what the request says (None when it says nothing)
    note: str = ""


def normalise_text(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.findall(r"[a-z0-9]+", text))


def _name_matches(a: str, b: str) -> bool:
    ta, tb = set(normalise_text(a).split()), set(normalise_text(b).split())
    if not ta or not tb:
        return False
    return ta == tb or (len(ta & tb) >= 2) or (len(ta) >= 2 and ta <= tb) or (len(tb) >= 2 and tb <= ta)


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def match_details(emails: Sequence[str], name: str | None, phone: str | None, postal_address: str | None,
                  texts: Sequence[str], records: Sequence[CustomerRecord]) -> tuple[DetailMatch, ...]:
    """Compare what the request says (its addresses, name, phone, postal address and the words of its
    messages) with the customer records found for it. Other columns of the customers file match when
    their value appears in the request's messages (an order number, a ZIP code)."""
    if not records:
        return ()
    emails_l = [e.lower() for e in emails if e]
    out: list[DetailMatch] = []
    record_emails = {r.email.lower() for r in records}
    out.append(DetailMatch("email address", bool(set(emails_l) & record_emails),
                           emails_l[0] if emails_l else None,
                           "the request comes from an address in the customers file"
                           if set(emails_l) & record_emails else "no customer with this address"))
    names = [r.name for r in records if r.name]
    if names:
        out.append(DetailMatch("name", bool(name) and any(_name_matches(name or "", n) for n in names), name,
                               "" if name else "the request gives no name"))
    corpus = normalise_text("\n".join(texts))
    corpus_digits = {d for d in re.findall(r"\d{4,}", " ".join(texts))}
    seen: set[str] = set()
    for record in records:
        for key, value in (record.fields or {}).items():
            value = (value or "").strip()
            label = key.strip().lower()
            if not value or label in seen or label in ("email", "name"):
                continue
            if label in ("phone", "telephone", "mobile"):
                wanted = _digits(value)[-9:]
                have = _digits(phone or "")[-9:]
                matched = bool(wanted) and (wanted == have or any(d.endswith(wanted) for d in corpus_digits))
                shown = phone
            elif label in ("address", "postal_address", "street"):
                matched = (bool(postal_address) and normalise_text(value) in normalise_text(postal_address or "")) \
                    or normalise_text(value) in corpus
                shown = postal_address
            else:
                needle = normalise_text(value)
                matched = bool(needle) and (f" {needle} " in f" {corpus} ")
                shown = value if matched else None
            seen.add(label)
            out.append(DetailMatch(label.replace("_", " "), matched, shown,
                                   "mentioned in the request" if matched else "not mentioned in the request"))
    return tuple(out)


# -- how much proof to ask for -------------------------------------------------------------------------

class ProofLevel(StrEnum):
    NONE = "none"  # opt-outs: the law forbids requiring proof
    CODE = "code"  # a one-time code sent to the address on file, answered from it
    MORE = "code_and_details"  # the code plus two details that match our records


OPT_OUTS = frozenset({RequestType.OPT_OUT_SALE.value, RequestType.OPT_OUT_MARKETING.value})
COPY_TYPES = frozenset({RequestType.ACCESS.value, RequestType.PORTABILITY.value})


@dataclass(frozen=True)
class ProofSuggestion:
    level: ProofLevel
    reasons: tuple[str, ...]

    @property
    def label(self) -> str:
        return {ProofLevel.NONE: "No proof of identity (not allowed for opt-outs)",
                ProofLevel.CODE: "A one-time code answered from the address on file",
                ProofLevel.MORE: "The one-time code and two details that match our records"}[self.level]


#: Words that show a request is about sensitive personal information (health, money, identity
#: numbers, precise location …), in the languages the classifier reads.
_SENSITIVE = re.compile(
    r"\b(health|medical|diagnos\w*|biometric\w*|fingerprint\w*|genetic|social security|ssn|passport number|"
    r"driver'?s licen[cs]e number|bank account|credit card|card number|financial|salary|religio\w*|"
    r"sexual|ethnic\w*|trade union|criminal|precise (geo)?location|gesundheit\w*|medizin\w*|"
    r"kontonummer|kreditkarte|santé|médical\w*|bancaire|salud|médic\w*|bancari\w*)\b", re.IGNORECASE)


def mentions_sensitive(text: str) -> bool:
    """Does the request speak of sensitive personal information?"""
    return bool(_SENSITIVE.search(text or ""))


def suggest_proof(types: Sequence[str], *, sensitive: bool = False, warnings: Sequence[str] = (),
                  email_on_file: bool | None = None) -> ProofSuggestion:
    """The proof to ask for: none for opt-outs, the code for most requests, more for a copy of
    sensitive data (CCPA "specific pieces" of such data need a reasonably high degree of certainty)
    or when the message itself looks doubtful (``warnings``) or the address is not on file."""
    wanted = set(types)
    if wanted and wanted <= OPT_OUTS:
        return ProofSuggestion(ProofLevel.NONE, ("Opt-outs must not require proof of identity "
                                                 "(CCPA 11 CCR §7060(b), CAN-SPAM, GDPR Art. 21(3)).",))
    reasons: list[str] = []
    level = ProofLevel.CODE
    if sensitive:
        level = ProofLevel.MORE
        reasons.append("The request concerns sensitive personal information"
                       + (" and a copy of it would be sent." if wanted & COPY_TYPES else "."))
    elif wanted & COPY_TYPES:
        reasons.append("A copy of personal information will be sent: the code must come back from the "
                       "address on file before anything is sent.")
    if warnings:
        level = ProofLevel.MORE
        reasons.extend(warnings)
    if email_on_file is False:
        reasons.append("The request's address is not in the customers file: ask for details we can match.")
        level = ProofLevel.MORE
    if level == ProofLevel.CODE:
        reasons.append("A reply from the address on file with the code we send shows the mailbox is theirs.")
    return ProofSuggestion(level, tuple(reasons))
