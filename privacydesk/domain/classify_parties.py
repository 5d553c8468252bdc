"""Who is asking: web-form fields, requester, authorized agent, and regime hints.

Identity comes from the most specific source available: the fields of a web-form notification
(the notification itself comes from a no-reply or the company's own address, so its sender is
never the requester); a forwarded message's "From:" line when staff forward a customer's mail;
otherwise the sender, with the name from the display name, a self-introduction ("My name is …")
or the line under the sign-off. Phone numbers and postal addresses are taken only where written.

Hazard: nothing here may log personal data; callers put only field *roles* and rule ids in
evidence, never names or addresses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.utils import parseaddr

from privacydesk.domain.classify_automated import _FREEMAIL
from privacydesk.domain.classify_data import ClassifierData, LanguagePack
from privacydesk.domain.message import ParsedMessage, Party
from privacydesk.domain.profile import CompanyProfile

_FIELD = re.compile(r"^[ \t]*[*_]{0,2}([^\n:|]{1,48}?)[*_]{0,2}[ \t]*[:|][ \t]*(.*?)[ \t]*$", re.MULTILINE)
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_PHONE_LABELLED = re.compile(
    r"\b(?:phone|tel|telephone|mobile|cell|telefon|handy|téléphone|tél|teléfono|móvil|telefono|cellulare|"
    r"telefone|telemóvel|celular|telefoon|mobiel)\b\.?(?:\s*(?:number|no\.?|nr\.?|nummer|numéro|número|numero))?"
    r"(?:\s*(?:is|ist|est|es|è|é))?\s*:?\s*(\+?\(?\d[\d ()./-]{6,20}\d)", re.IGNORECASE)
_PHONE_BARE = re.compile(r"(?<![\w+])(\+\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{2,4}){2,4}|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4})(?![\w-])")
_STREET = re.compile(
    r"^\s*(?:\d{1,6}[a-z]?\s+(?:[NSEW]\.?\s+)?[\w'.-]+(?:\s+[\w'.-]+){0,4}\s+(?:st|street|ave|avenue|rd|road|blvd|"
    r"boulevard|lane|ln|dr|drive|way|court|ct|place|pl|square|sq|terrace|ter|hwy|highway|parkway|pkwy|circle|cir|"
    r"trail|trl|loop|row|close|crescent|gardens|grove|hill|park|walk|mews)\b\.?.*"
    r"|[\w'.-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|steig)\s+\d+\w?.*"
    r"|(?:\d{1,4}(?:\s*(?:bis|ter))?,?\s+)?(?:rue|avenue|av\.|boulevard|bd|chemin|place|allée|impasse|quai|route|"
    r"calle|c/|avenida|avda\.|paseo|plaza|via|viale|piazza|corso|largo|rua|travessa|praça|alameda)\s+.{2,50}"
    r"|[\w'.-]+(?:straat|laan|plein|gracht|weg|kade|singel|dijk)\s+\d+\w?.*)$", re.IGNORECASE)
_POSTCODE_LINE = re.compile(
    r"\b(?:[A-Z]{2}\s+\d{5}(?:-\d{4})?|\d{4,5}\s+[A-ZÀ-Ý][\w' -]+|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|"
    r"[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4}\s?[A-Z]{2}\s+[A-Z][\w -]+|[A-ZÀ-Ý][\w' -]+,\s*[A-Z]{2}\s+\d{5})\b")
_ADDRESS_INTRO = re.compile(
    r"\b(?:my (?:postal |mailing |home |current |street )?address is|i live at|meine (?:adresse|anschrift) (?:ist|lautet)|"
    r"mon adresse (?:est|postale est)|mi dirección es|il mio indirizzo è|a minha morada é|meu endereço é|"
    r"mijn adres is)\s*:?\s*", re.IGNORECASE)
_NAMEISH = re.compile(r"^(?-i:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’.\-]+(?:[ \t]+(?:(?:de|da|di|du|del|van|von|der|den|la|le|dos|ten)[ \t]+)*"
                      r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’.\-]*){1,3})$")
_GENERIC_NAMES = re.compile(r"\b(?:info|support|admin|team|office|sales|contact|privacy|service|noreply|no-reply|"
                            r"customer|billing|hello|mail|webmaster|wordpress|notifications?|forms?|the|dear)\b",
                            re.IGNORECASE)
_AGENT_VALUE = re.compile(r"\b(?:agent|representative|on behalf|behalf|attorney|lawyer|guardian|parent|"
                          r"bevollmächtigt|vertreter|mandataire|représentant|representante|rappresentante|"
                          r"gemachtigde)\b", re.IGNORECASE)


@dataclass(frozen=True)
class FormInfo:
    """A parsed web-form notification: first value per role, and how many known fields."""

    values: dict[str, str]
    known_fields: int
    all_fields: tuple[tuple[str, str], ...] = field(default=())


_JSON_PAIR = re.compile(r'"([A-Za-z][\w \-]{0,40})"\s*:\s*(?:"((?:[^"\\]|\\.){0,1000})"|\[\s*"([^"]{0,200})")')
_LABEL_ONLY = re.compile(r"^[ \t]*[*_]{0,2}([^\n:|*_]{1,40}?)[*_]{0,2}[ \t]*:?[ \t]*$")


_ROLE_CACHE: dict[tuple[int, str], str | None] = {}
_UNKNOWN = object()
_ROLE_CACHE_SIZE = 4096  # labels repeat across a mailbox ("Tracking number", "Sent", "Order")


def field_role(label: str, data: ClassifierData) -> str | None:
    """The role of a form label: exact match first, then the keyword patterns of common.toml."""
    key = (id(data), label)
    cached = _ROLE_CACHE.get(key, _UNKNOWN)  # one lookup: another thread may clear the cache
    if cached is not _UNKNOWN:
        return cached  # type: ignore[return-value]
    clean = label.strip().strip("*").strip().lower().replace("_", " ").removesuffix("(required)").strip()
    role = data.form.roles.get(clean)
    if role is None and len(clean) <= 40:
        role = next((candidate for candidate, pattern in data.form.label_keywords if pattern.search(clean)), None)
    if len(_ROLE_CACHE) >= _ROLE_CACHE_SIZE:
        _ROLE_CACHE.clear()
    _ROLE_CACHE[key] = role
    return role


_JSON_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def parse_fields(text: str, data: ClassifierData) -> FormInfo:
    """Read the fields of a form notification, in the layouts form plugins use.

    "Label: value" and "Label | value" lines (pipe tables too), a label alone on its line with the
    value on the next (WPForms, HTML tables turned into text), and JSON ``"key": "value"`` pairs
    (webhook notifications). Labels are matched exactly, then by keyword ("Email we have on
    file" is an email field).
    """
    values: dict[str, str] = {}
    fields: list[tuple[str, str]] = []
    known = 0

    def add(label: str, value: str) -> None:
        nonlocal known
        value = value.strip().strip("|").strip()
        if value[:1] in "\"[" and value.rstrip(",")[-1:] in "\"]":
            # A JSON value (webhook notifications): "Grace Liu", or ["do_not_sell", "delete"]
            value = ", ".join(v for v in _JSON_STRING.findall(value.rstrip(","))) or value.rstrip(",").strip('[]"')
        if not value:
            return
        fields.append((label.strip().lower(), value))
        role = field_role(label, data)
        if role:
            known += 1
            if role not in values:
                values[role] = value[:2000]

    lines = [line.strip().strip("|").strip() for line in text[:8000].split("\n")]
    index = 0
    while index < len(lines):
        line = lines[index]
        match = _FIELD.match(line)
        if match and match.group(2).strip():
            add(match.group(1), match.group(2))
        elif line and (match or _LABEL_ONLY.match(line)):
            label = (match.group(1) if match else _LABEL_ONLY.match(line).group(1))  # type: ignore[union-attr]
            nxt = next((j for j in range(index + 1, min(index + 3, len(lines))) if lines[j]), None)
            if nxt is not None and field_role(label, data) and not (
                    _LABEL_ONLY.match(lines[nxt]) and field_role(lines[nxt].rstrip(":"), data)):
                add(label, lines[nxt])
                index = nxt
        index += 1
    for match in _JSON_PAIR.finditer(text[:8000]):
        add(match.group(1), (match.group(2) or match.group(3) or "").replace("_", " "))
    return FormInfo(values=values, known_fields=known, all_fields=tuple(fields))


def form_requester(form: FormInfo) -> tuple[Party, Party | None]:
    """(data subject, agent or None) from form fields."""
    v = form.values
    name = v.get("name")
    if not name and (v.get("first_name") or v.get("last_name")):
        name = " ".join(x for x in (v.get("first_name"), v.get("last_name")) if x)
    email_match = _EMAIL.search(v.get("email", ""))
    address_parts = [v[k] for k in ("address", "city", "state", "postcode", "country") if v.get(k)]
    phone = v.get("phone")
    subject = Party(name=_clean_name(name), email=email_match.group(0).lower() if email_match else None,
                    postal_address="\n".join(address_parts) if v.get("address") else None,
                    phone=phone.strip() if phone else None)
    agent = None
    if v.get("agent_name") or v.get("agent_email") or _AGENT_VALUE.search(v.get("relationship", "")):
        agent_email = _EMAIL.search(v.get("agent_email", ""))
        agent = Party(name=_clean_name(v.get("agent_name")),
                      email=agent_email.group(0).lower() if agent_email else None)
    return subject, agent


def _clean_name(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip('"').strip("'").strip()
    if not name or "@" in name or len(name) > 80:
        return None
    return name


def display_name(name: str) -> str | None:
    """A From display name fit to be a person's name (not "Support Team" or an address)."""
    cleaned = _clean_name(name)
    if not cleaned or _GENERIC_NAMES.search(cleaned):
        return None
    return cleaned


def signature_name(text: str, closings: frozenset[str]) -> str | None:
    """The name on the line(s) after a sign-off such as "Regards," or "Mit freundlichen Grüßen"."""
    lines = [line.strip() for line in text.split("\n")]
    for index in range(len(lines) - 1, -1, -1):
        bare = lines[index].rstrip(",.!").strip().lower()
        if bare in closings:
            for candidate in lines[index + 1:index + 4]:
                candidate = candidate.strip().rstrip(",")
                if not candidate:
                    continue
                if _NAMEISH.match(candidate) and not _GENERIC_NAMES.search(candidate):
                    return candidate
                break
    return None


def self_intro_name(text: str, packs: list[LanguagePack]) -> str | None:
    for pack in packs:
        for regex in pack.self_intros:
            match = regex.search(text[:5000])
            if match and match.groupdict().get("name"):
                name = match.group("name").strip()
                if not _GENERIC_NAMES.search(name):
                    return name
    return None


def find_phone(text: str) -> str | None:
    match = _PHONE_LABELLED.search(text)
    if match:
        return match.group(1).strip()
    for match in _PHONE_BARE.finditer(text):
        digits = re.sub(r"\D", "", match.group(1))
        if 9 <= len(digits) <= 15:
            return match.group(1).strip()
    return None


def find_postal_address(text: str, company_address: str = "") -> str | None:
    """An address written by the requester: after "my address is", or a street line + postcode line."""
    company = {line.strip().lower() for line in company_address.split("\n") if line.strip()}
    intro = _ADDRESS_INTRO.search(text)
    if intro:
        rest = text[intro.end():intro.end() + 300]
        block: list[str] = []
        for line in rest.split("\n"):
            line = line.strip().rstrip(".")
            if not line:
                if block:
                    break
                continue
            block.append(line)
            if len(block) >= 4:
                break
        if block:
            return "\n".join(block)
    lines = [line.strip() for line in text.split("\n")]
    for index, line in enumerate(lines):
        if not line or line.lower() in company or len(line) > 80 or not _STREET.match(line):
            continue
        block = [line]
        for follow in lines[index + 1:index + 3]:
            if follow and follow.lower() not in company and len(follow) <= 60 and (
                    _POSTCODE_LINE.search(follow) or (len(block) == 1 and re.fullmatch(r"[\w .'-]{2,40}", follow))):
                block.append(follow)
            else:
                break
        if (len(block) >= 2 and any(_POSTCODE_LINE.search(b) for b in block)) or _POSTCODE_LINE.search(line):
            return "\n".join(block)
    return None


def agent_cue(text: str, lowered: str, packs: list[LanguagePack]) -> tuple[bool, str | None, str | None]:
    """(is agent mail, data subject's name, rule id) from agent phrases.

    Detection runs on the normalised lower-case text (fast: literal anchors apply); only a rule that
    fires is run again on the original text to capture the person's name with its capitals.
    """
    found = False
    name: str | None = None
    source: str | None = None
    for pack in packs:
        for rule in pack.agents:
            if rule.unless is None or not rule.unless.search(lowered[:8000]):
                continue
            match = rule.regex.search(text[:8000])
            if not match:
                continue
            found = True
            source = source or rule.source
            candidate = match.groupdict().get("name")
            if candidate and not name and not _GENERIC_NAMES.search(candidate):
                name = candidate.strip()
                source = rule.source
    return found, name, source


def subject_email_near(text: str, exclude: set[str]) -> str | None:
    """The first email address in the text that is not the sender's/company's own."""
    for match in _EMAIL.finditer(text[:8000]):
        email = match.group(0).lower().rstrip(".")
        if email not in exclude:
            return email
    return None


def sender_party(name: str, email: str) -> Party:
    return Party(name=display_name(name), email=email.lower() or None)


def parse_address(value: str) -> tuple[str, str]:
    name, email = parseaddr(value)
    return name.strip().strip('"'), email.strip().lower()


def is_form_notification(msg: ParsedMessage, form: FormInfo, from_own: bool, from_system: bool,
             data: ClassifierData) -> bool:
    """A web-form notification: a name or e-mail field and another known field, from our own
    address, a machine sender of our site or a form service, with a form's subject, or with no sender."""
    roles = set(form.values)
    if form.known_fields < 2 or not ({"email", "name", "first_name"} & roles):
        return False
    subject_hint = bool(data.form.subjects and data.form.subjects.search((msg.subject or "").lower()))
    # A person listing "Name: … Email: …" in their own letter (an agent naming the consumer) is not a
    # web-form notification; the fields still name the data subject (see _parties).
    return from_own or from_system or subject_hint or not msg.sender.email


def form_domain(email: str, profile: CompanyProfile, data: ClassifierData) -> bool:
    """A machine sender that may carry the company's web form: its own site or a form service."""
    domain = email.rpartition("@")[2]
    site = re.sub(r"^(?:https?://)?(?:www\.)?", "", profile.website.lower()).split("/")[0]
    own = ({a.rpartition("@")[2] for a in profile.own_addresses} - _FREEMAIL) | set(
        getattr(profile, "own_domains", ()))
    if (domain and (domain == site or domain.endswith("." + site) if site else False)) or domain in own:
        return True
    return any(domain == d or domain.endswith("." + d) for d in data.form.service_domains)


def form_may_be_automated(kind: object, evidence: list[str]) -> bool:
    """Automation a web-form notification carries by nature: an "auto-generated" header or a no-reply
    sender — never a bounce, an "auto-replied" answer or an auto-reply's subject ("Out of office")."""
    return getattr(kind, "value", kind) == "auto_reply" and not any(
        e.startswith(("subject:", "header:Content-Type")) or "auto-replied" in e.lower() for e in evidence)
