"""Recognise privacy requests among business mail: is it a request, which types, which regimes,
who is asking, and why we think so.

``classify(msg, profile)`` is a pure function of a parsed message and the company profile (no
database, no network, no Qt), so it can be tested and benchmarked alone. ``prefilter`` is the cheap
first pass the IMAP sync runs on headers and a text prefix: it answers False only when a message
surely is not a request. ``detect_automated`` tells auto-replies, bounces and list mail apart.

How a verdict is reached (all phrase data in ``resources/classifier/``):

1. Automated mail (RFC 3834 and friends, ``classify_automated``) is never a request.
2. Mail from the company's own address is never a requester's — except a web-form notification
   (the requester is in its fields) or a forward of a customer's mail.
3. The body is cut into new text, quoted text and forwarded text (``classify_text``); phrase rules
   of the detected language plus English run over each part. A rule hit adds its weight to its
   request type; a hit counts half when its sentence has no first-person word (a newsletter *about*
   the right of access is not a request), a quarter in quoted text, and not at all when the rule's
   ``unless`` matches its sentence ("remove me from your mailing list" is a marketing opt-out, not
   a deletion). A hit inside a question about the practice ("Do you sell my data?") becomes a
   question signal instead: such mail is not a request but ``needs_review``.
   Mail that TALKS ABOUT rights is told from mail that EXERCISES them (``classify_notice``): the
   boilerplate tail (footers, disclaimers, unsubscribe blocks after which the writer never speaks
   in the first person) is evidence only, and a sentence in which the sender tells the reader
   about rights ("you may request deletion of your data", "Sie haben das Recht…") counts only
   when the writer takes the right up ("I would like to exercise this right").
   Short plain mail asks without "I": a sentence opening with a request verb in the imperative
   ("Erase all records for …", "Bórrenlos", "No more newsletters") counts as the writer's own
   unless it addresses the reader's things ("Export your orders as CSV"); a pronoun object
   ("delete them", "merci de les supprimer") counts in a short mail when the nearest thing it can
   refer back to is the writer's data, not an order or a file (rule keys ``refers``/``refers_not``).
4. Request framing ("please", "I request", "hiermit") and generic words ("privacy request") add a
   little; newsletter/marketing/shop/developer shapes subtract (half when only in the footer, not
   at all when the writer asks in their own sentence above it).
5. ``is_request`` when the best type reaches ``REQUEST_THRESHOLD`` and the writer *asks*: a phrase
   stands where they speak for themself, the subject names their request, a short mail is in the
   first person, or a form or agent carries it. Near misses, questions and rights named where
   nobody asks (``ask:none``) are ``needs_review`` (their raw bytes are kept until staff decide).

Evidence strings are short and free of personal data: the matched wording of a *rule* (generic
phrases such as ``phrase:en:"delete my account"``), header names and values, field roles — never a
name, an address or a sentence of the body beyond the matched phrase.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace

from privacydesk.domain import prescreen
from privacydesk.domain.classify_articles import find_articles
from privacydesk.domain.classify_ask import Ask, ask_reason, find_asks
from privacydesk.domain.classify_automated import detect_automated, own_list_tokens
from privacydesk.domain.classify_clause import clause_mode, next_ask
from privacydesk.domain.classify_data import ClassifierData, LanguagePack, Rule, load_classifier_data
from privacydesk.domain.classify_guard import (
    GuardModel,
    GuardScore,
    Units,
    guard_reason,
    load_guard,
    message_units,
    without_names,
)
from privacydesk.domain.classify_guard import score as guard_score
from privacydesk.domain.classify_guard_types import (
    FILE_THRESHOLD,
    TypeGuess,
    TypeHeads,
    guess_types,
    load_type_heads,
)
from privacydesk.domain.classify_net import (
    find_privacy_words,
    net_reason,
    phishing_reason,
    unread_language_reason,
)
from privacydesk.domain.classify_notice import (
    BULLET,
    exercise_in,
    is_notice,
    speaker,
    tail_start,
    writer_asks,
    writer_lines,
    writer_speaks,
)
from privacydesk.domain.classify_parties import (
    FormInfo,
    agent_cue,
    display_name,
    find_phone,
    find_postal_address,
    form_domain,
    form_may_be_automated,
    form_requester,
    is_form_notification,
    parse_fields,
    self_intro_name,
    signature_name,
    subject_email_near,
)
from privacydesk.domain.classify_text import (
    Segments,
    cyrillic_by_words,
    detect_language,
    is_reply_subject,
    normalise,
    packs_for,
    script_language,
    sentence_around,
    split_segments,
    without_unticked,
)
from privacydesk.domain.message import Classification, ParsedMessage, Party
from privacydesk.domain.profile import CompanyProfile
from privacydesk.domain.vocab import RequestType

__all__ = ["ASK_EARLIER", "REQUEST_THRESHOLD", "classify", "detect_automated", "own_list_tokens", "prefilter"]

log = logging.getLogger(__name__)

REQUEST_THRESHOLD = 2.0  # score at which a message is a request
REVIEW_THRESHOLD = 1.0  # below the request threshold but at least this: needs_review
ORDINARY_SHAPE = -1.0  # negative shapes (newsletter, webinar, shop) that say a near miss is ordinary mail
# One negative rule this heavy (research, a survey, journalism, a what-if for someone else) says the
# writer studies or asks about requests and makes none: its rights words are no request and no
# reason for review on their own (the silence guard still reads the mail).
STUDY_SHAPE = -3.0
STAFF_PASTE = "sender:own-inbox-paste"  # a colleague's "Fwd:" to nobody but our own inbox
ASK_EARLIER = "ask:earlier"  # evidence: every type was asked for earlier (reported), nothing new
TYPE_CAP = 6.0
QUOTED_WEIGHT = 0.25
IMPERSONAL_WEIGHT = 0.5
SECOND_PERSON_WEIGHT = 0.3  # "we have completed your request to delete your account": the company speaking
UNLESS_REACH = 60  # characters after a match (or before, for `unless_before`) that an exception may use
REGIME_SCAN = 4000
QUOTED_SCAN = 3000  # characters of quoted text scanned: a quote only has to show what was asked
SIGNATURE_LINES = 4  # short lines under a one-line "unsubscribe" that are its signature
SIGNATURE_WIDTH = 60
HEAD_CHARS = 200  # the writer's opening paragraphs (at least HEAD_MIN), compared with the whole
HEAD_MIN = 60
MIXED_MARGIN = 0.6  # below this language margin a text may mix languages (request + footer)
MIN_LANGUAGE_TEXT = 20  # characters above a footer needed to tell the writer's language from them
SHORT_MAIL = 1200  # characters of the writer's own text up to which the whole mail is their ask
WEAK_LANGUAGE = 0.75  # stopwords (and marks) enough to name the language of a one-liner; else "en" is a guess
WEAK_MARGIN = 0.2
WEAK_TEXT = 400  # ... a text longer than this with no clear language is not told by one word
REFER_REACH = 300  # characters before a pronoun ("delete them") in which to look for what it refers to
REFER_MAIL = 500  # ... only in a mail this short: in a long letter "them" has too many candidates
OWN_WEIGHT = 0.5  # segments that are the writer's own words (new text, forwards; not quotes)
TAIL_NEGATIVE_WEIGHT = 0.5  # a negative shape only in the footer may be the writer's own signature
TAIL_EVIDENCE = 3  # phrase hits in a footer listed as evidence (a rights list names six)

# Word lists of every language file (``[words]``): a conditional threat ("if you do not answer, I
# will complain to the regulator") is boilerplate in request letters, not a complaint of its own: it
# counts only when nothing else was asked (``conditional``); withdrawing "any consent I may have
# given" inside an erasure letter is a legal ground for the erasure, not a separate ask (``hedge``);
# "you/Sie/vous…" marks the company speaking (``second_person``).
_HEDGEABLE = frozenset({"complaint", "withdraw_consent"})
_TYPE_ORDER = {t.value: i for i, t in enumerate(RequestType)}
_SHORT_UNSUBSCRIBE_CACHE: dict[int, re.Pattern[str]] = {}


def _short_unsubscribe(data: ClassifierData) -> re.Pattern[str]:
    """"Unsubscribe", "remove me", "abmelden", "baja"… as a whole line (``unsubscribe``/``thanks`` words)."""
    pattern = _SHORT_UNSUBSCRIBE_CACHE.get(id(data))
    if pattern is None:
        verbs = data.words["unsubscribe"].pattern.removeprefix(r"\b").removesuffix(r"\b")
        thanks = data.words["thanks"].pattern.removeprefix(r"\b").removesuffix(r"\b")
        pattern = re.compile(rf"^\W*(?:please\s+)?{verbs}(?:\s+me)?\W*{thanks}?\W*$")
        _SHORT_UNSUBSCRIBE_CACHE.clear()
        _SHORT_UNSUBSCRIBE_CACHE[id(data)] = pattern
    return pattern




@dataclass
class _Scores:
    types: dict[str, float] = field(default_factory=dict)
    conditional: dict[str, float] = field(default_factory=dict)  # hedged hits: count only when alone
    generic: float = 0.0
    question: float = 0.0
    framing: bool = False
    # Type hits for _choose_types: (rule, contribution, the paragraph it stands in).
    hits: list[tuple[Rule, float, str]] = field(default_factory=list)
    agent: bool = False  # agent mail: "her account", "his data" count as the requester's own
    short: bool = False  # the writer's own text is short enough to resolve pronouns in (REFER_MAIL)
    negative: float = 0.0
    studies: bool = False  # a decisive ordinary shape in the writer's own text: research, a survey, journalism
    study_weight: float = 0.0  # its share of ``negative``
    evidence: list[str] = field(default_factory=list)
    langs_hit: dict[str, float] = field(default_factory=dict)
    # Hits in sentences that tell the reader about rights: (rule, contribution, language, snippet,
    # evidence prefix). They count only when the writer takes the right up (``exercise``).
    notice_hits: list[tuple[Rule, float, str, str, str]] = field(default_factory=list)
    exercise: str | None = None
    asks_about_notice: bool = False
    asked: bool = False  # some phrase stands in a sentence where the writer speaks for themself
    subject_end: int = -1  # the text being scored starts with the subject line, this long
    own_ask: bool = False  # ... and one such sentence is the writer's own (not quoted) text
    # is_notice per (sentence offset, length, language, match) of the text being scored: a rights
    # list is one sentence that half a dozen rules hit, often at the same place.
    notice_seen: dict[tuple[int, int, str, int], bool] = field(default_factory=dict)


def prefilter(msg: ParsedMessage, profile: CompanyProfile) -> bool:
    """The first pass's gate (``prescreen.may_need_a_person``), under its old name."""
    return prescreen.may_need_a_person(msg, profile)


_SHIPPED = object()


def classify(msg: ParsedMessage, profile: CompanyProfile, *,
             guard: GuardModel | object | None = _SHIPPED,
             type_heads: TypeHeads | object | None = _SHIPPED) -> Classification:
    """Classify one parsed message for this company. Never raises on odd content.

    ``guard``: the silence guard's model (``classify_guard``); ``type_heads``: its type heads
    (``classify_guard_types``); by default the shipped ones, None for the rules and the net alone
    (measurement: ``bench/guard_cv.py``)."""
    data = load_classifier_data()
    original_text = msg.text or ""
    kind, auto_evidence = detect_automated(msg, own_domains=own_list_tokens(profile), data=data)
    unticked = without_unticked(msg.text or "")
    if unticked is not msg.text:  # a form's unticked boxes ("[ ] Delete") ask for nothing
        msg = replace(msg, text=unticked)
    segments = split_segments(msg.subject, msg.text, data)
    new_norm = normalise(segments.new)
    sender_email = (msg.sender.email or "").lower()
    from_own = profile.is_own_address(sender_email)
    from_system = bool(sender_email) and bool(data.system_senders.search(sender_email))

    form = parse_fields(msg.text, data)
    site = from_own or (from_system and form_domain(sender_email, profile, data))
    is_form = is_form_notification(msg, form, from_own, from_system and form_domain(sender_email, profile, data), data)
    if kind is not None and is_form and site and form_may_be_automated(kind, auto_evidence):
        # Our own site's form notification is machine-sent by nature (Auto-Submitted, no-reply): the
        # person who filled it in is the writer (prescreen lets it through for the same reason).
        auto_evidence = [*auto_evidence, "form:own-site-notification"]
        kind = None

    if kind is not None:
        language = _language(new_norm, segments, data, {})
        return Classification(is_request=False, language=language, automated=kind, confidence=0.97,
                              evidence=tuple(auto_evidence), requester=None)

    forward_primary = bool(segments.forwarded) and (
        from_own or (segments.is_forward and len(new_norm) < 400))
    forward_norm = normalise(segments.forwarded) if segments.forwarded else ""
    # A forward from our own address carries someone else's mail: it is read in that mail's language.
    lang_text = forward_norm if forward_primary and (from_own or len(new_norm) < 80) else new_norm
    if is_form and len(form.values.get("message", "")) >= 20:
        lang_text = normalise(form.values["message"])  # the requester's own words, not the form's
    detected, margin = detect_language(lang_text + " " + msg.subject.lower(), data)
    if not is_form and _mixed(lang_text, msg.subject.lower(), detected, margin, data):
        above = _above_footer(lang_text, detected, data)  # a German request under an English disclaimer
        if above is not lang_text:
            lang_text = above
            detected, margin = detect_language(lang_text + " " + msg.subject.lower(), data)
    script = script_language(lang_text + " " + msg.subject.lower())
    if script == "bg":  # Cyrillic without a letter of its own: its words may say Russian
        script = cyrillic_by_words(lang_text + " " + msg.subject.lower(), data)
    if script is not None:  # Japanese, Korean, Chinese, Greek, Cyrillic: the letters say it
        detected, margin = script, 1.0
    packs = packs_for(detected, margin, data, lang_text + " " + msg.subject.lower())

    scores = _Scores(short=len(new_norm) <= REFER_MAIL)
    body = segments.forwarded if forward_primary else segments.new
    cue = agent_cue(body, normalise(body) if body is not segments.new else new_norm, packs)
    scores.agent = cue[0] or (is_form and form_requester(form)[1] is not None)
    subject_norm = normalise(msg.subject or "")
    all_new = f"{subject_norm}\n{new_norm}"
    # The subject is the first line of the writer's text; a reply's subject ("Re: Deletion request")
    # names the thread, not a new ask, so it is left to the threading code.
    # Form and agent mail is template by nature: its footer-like lines are no reason to doubt it.
    tails = not (is_form or scores.agent)
    with_subject = not is_reply_subject(msg.subject, data)
    own = _score_segment(all_new if with_subject else new_norm, 1.0, "", packs, all_new, scores,
                         tails=tails, subject_line=with_subject)
    if with_subject:
        own = (own[0].partition("\n")[2], own[1])
    if forward_norm:
        fwd_weight = 1.0 if forward_primary else 0.5
        forwarded = _score_segment(forward_norm, fwd_weight, "forwarded", packs, all_new + "\n" + forward_norm,
                                   scores, tails=tails)
        if forward_primary:
            own = forwarded
    if segments.quoted:
        _score_segment(normalise(segments.quoted[:QUOTED_SCAN]), QUOTED_WEIGHT, "quoted", packs, all_new, scores,
                       tails=tails)
    if is_form and form.values.get("request_type"):
        _score_form_type(form.values["request_type"], data, packs, scores)
    shapes_read = bool(scores.types or scores.generic or scores.conditional)  # _score_extras reads them only then
    _score_extras(own[0], own[1], packs, scores)
    _take_up_notices(own[0], packs, scores)
    if not scores.types and not scores.conditional and data.articles is not None:
        _score_articles(own[0], detected, packs, data, scores)
    if not scores.asked and (scores.types or scores.conditional) and len(own[0]) <= SHORT_MAIL and writer_speaks(
            own[0], packs) and scores.negative > ORDINARY_SHAPE:
        # A short mail whose writer speaks in the first person is their ask, even where a sentence
        # only names the right ("I'm a customer since 2019. Erasure under Art. 17 GDPR."); not a
        # sales pitch ("Worth a 15-minute call? Here's my calendar"), whose "I" sells.
        scores.asked = True
    if _one_line_unsubscribe(new_norm, own[0], data) or (not new_norm and _short_unsubscribe(data).match(subject_norm)):
        scores.types["opt_out_marketing"] = max(scores.types.get("opt_out_marketing", 0.0), 3.0)
        scores.evidence.append("shape:one-line-unsubscribe")
        scores.asked = True

    types, top = _choose_types(scores)
    asks: list[Ask] = []
    if top < REQUEST_THRESHOLD and not (from_own and not is_form and not forward_primary):
        # No phrase rule saw a request: the shape of an ask on the writer's own things may (classify_ask).
        asks = find_asks(f"{subject_norm}\n{own[0]}" if with_subject else own[0], packs,
                         data.net.commerce if data.net is not None else None)
        for ask in asks:
            scores.types[ask.kind] = max(scores.types.get(ask.kind, 0.0), REQUEST_THRESHOLD)
            scores.evidence.append(ask.evidence)
        if asks:
            scores.asked = True
            if not shapes_read:  # an ask is a request phrase: the mail's negative shapes weigh on it too
                _score_extras(own[0], own[1], packs, scores)
            types, top = _choose_types(scores)
    if scores.studies and _own_things_asked(scores.evidence, packs):
        # "I'm a reporter, but this is personal: please delete my account": an ask on the writer's
        # own things outweighs the shape of their profession.
        scores.studies, scores.negative = False, scores.negative - scores.study_weight
    base = top
    if top > 0:
        base += 0.5 * scores.framing + 0.5 * min(scores.generic, 1.0)
    else:
        base = min(scores.generic, 1.0)
    # Agent services send templated mail with newsletter-like footers; the footer is no reason to doubt.
    score = base + (0.0 if scores.agent else max(scores.negative, -4.0))
    language = _language(lang_text, segments, data, scores.langs_hit, detected)

    evidence = list(auto_evidence)
    pasted = from_own and not is_form and _to_ourselves(msg, segments, profile)
    if pasted:
        evidence.append(STAFF_PASTE)  # the threading code stores it as incoming mail (services.ingest)
    if from_own and not is_form and not pasted and not (
            forward_primary and segments.forward_sender and not profile.is_own_address(segments.forward_sender[1])):
        # Our own outgoing mail (a reply, a notice): never a requester's message.
        evidence += ["sender:own-address", *scores.evidence[:6]]
        return Classification(is_request=False, language=language, confidence=0.95,
                              evidence=tuple(evidence), requester=None)

    # A request is asked for: some phrase stands where the writer speaks for themself ("I", "my",
    # "please", "ich bitte", "solicito"), or the writer took a quoted right up, or a form or an agent
    # carries it. Product news that merely names a right ("data portability in one click") is not.
    asked = scores.asked or scores.agent or is_form or scores.exercise is not None
    is_request = top >= 1.0 and score >= REQUEST_THRESHOLD and bool(types) and asked
    # A near miss of the rules goes to a person when the writer asks somewhere (their own sentence,
    # a form, an agent); otherwise only without positive evidence that the mail is ordinary (below):
    # a vendor's "we handle your deletion requests" names a right, it asks for nothing.
    near_miss = not is_request and (score >= REVIEW_THRESHOLD or top > 0)
    needs_review = not is_request and (scores.question > 0 or scores.asks_about_notice
                                       or (near_miss and asked and not scores.studies))
    evidence += scores.evidence
    if not asked and top >= 1.0 and score >= REQUEST_THRESHOLD:
        evidence.append("ask:none")
    if is_request and all(scores.types.get(t, 0.0) < 1.0 for t in types):
        # Every type comes from a report of an earlier ask or a hedge ("I filled in your form asking
        # you to delete my account; please include my work address"): from a person whose request
        # is open, that is a follow-up (the threading code decides, services.ingest).
        evidence.append(ASK_EARLIER)
    review_reason: str | None = None
    phished = phish_checked = False
    look: _GuardLook | None = None
    if (is_request or needs_review or near_miss) and not is_form:
        phish_checked = True
        phishing = phishing_reason(sender_email, f"{subject_norm}\n{own[0]}", data)
        if phishing is not None:  # never filed straight away: a person checks the sender first
            is_request, needs_review, review_reason, phished = False, True, phishing[0], True
            evidence.append(phishing[1])
    if needs_review and review_reason is None:
        review_reason = ask_reason(asks) or _rules_reason(scores, asked, top, score)
    if not is_request and not needs_review and (is_form or not from_system):
        # The safety net: privacy words anywhere in a person's mail reach a person (classify_net).
        hits = find_privacy_words(msg.subject or "", segments, data, packs,
                                  marketing=scores.negative <= ORDINARY_SHAPE,
                                  asks_nothing=scores.studies or (
                                      not scores.types and data.net is not None and data.net.no_ask is not None
                                      and bool(data.net.no_ask.search(all_new))))
        evidence += [hit.evidence for hit in hits[:4]]
        review_reason = net_reason(hits)
        if review_reason is None and near_miss and not (
                (hits and all(hit.ordinary for hit in hits)) or scores.negative <= ORDINARY_SHAPE):
            # The rules saw a privacy phrase and nothing says the mail is ordinary: a person looks.
            review_reason = _rules_reason(scores, asked, top, score)
        if review_reason is None and not is_form:
            # A language without a rules file is not fully read: its mail is never dismissed unseen.
            review_reason = unread_language_reason(language, f"{subject_norm}\n{own[0]}", data)
            if review_reason is not None:
                evidence.append(f"language:no-rules:{language}")
        needs_review = review_reason is not None
        if not needs_review:
            # The silence guard: a statistical model of requests catches wording no rule knows.
            look = _guard_look(msg, original_text, segments, forward_primary, new_norm, packs, data, guard)
            if look is not None and look.reaches:
                verdict = without_names(look.verdict, f"{msg.subject or ''}\n{msg.text or ''}")
                needs_review, review_reason = True, guard_reason(verdict)
                evidence.append(verdict.evidence)
    guard_filed = False
    if needs_review and not phish_checked and not is_form:
        # Whatever sent it to review (the net, the guard), a phishing sign is the reason a person needs first.
        phishing = phishing_reason(sender_email, f"{subject_norm}\n{own[0]}", data)
        if phishing is not None:
            review_reason, phished = phishing[0], True
            evidence.append(phishing[1])
    if needs_review and not phished and not is_form and not from_system:
        # The guard sure of a request the rules did not file, and its type heads naming what is
        # asked: filed (classify_guard_types). Unsure, or no type: it stays in review.
        look = look or _guard_look(msg, original_text, segments, forward_primary, new_norm, packs, data, guard)
        # Only where the writer asks: "something about my personal data bothers me" asks nothing.
        # In a language without a rules file nothing here can tell an ask: the model decides alone.
        asking = scores.asked or language not in data.languages or writer_asks(f"{subject_norm}\n{own[0]}", packs)
        guesses = _guard_types(look, type_heads) if asking else ()
        if guesses and look is not None:
            is_request, needs_review, review_reason, guard_filed = True, False, None, True
            types = [g.request_type for g in guesses]
            evidence += [f"guard-file:{look.verdict.probability:.2f}", *(g.evidence for g in guesses)]
    if scores.negative:
        evidence.append(f"negative:score={scores.negative:g}")
    if is_form:
        evidence.append(f"form:fields={form.known_fields}")

    requester, agent, agent_for = _parties(msg, segments, form, is_form, forward_primary, from_own,
                                           from_system, profile, packs, data, evidence, cue,
                                           full=is_request or needs_review)
    # Regime hints matter only for mail a person will look at.
    regimes = _regimes(new_norm, segments, form if is_form else None, requester, language, profile, data,
                       evidence, types if is_request else []) if is_request or needs_review else []
    if guard_filed:
        confidence = 0.8
    elif is_request:
        confidence = min(0.99, 0.55 + 0.1 * score)
    elif needs_review:
        confidence = max(0.5, min(0.8, 0.5 + 0.15 * (REQUEST_THRESHOLD - score)))
    else:
        confidence = 0.95 if score <= 0 else 0.85
    return Classification(
        is_request=is_request,
        types=tuple(types) if is_request else (),
        regimes=tuple(regimes),
        language=language,
        requester=requester,
        agent=agent if is_request or needs_review else None,
        agent_for=agent_for if is_request or needs_review else None,
        automated=None,
        form=is_form,
        confidence=round(confidence, 3),
        evidence=tuple(dict.fromkeys(evidence)),
        needs_review=needs_review,
        review_reason=review_reason if needs_review else None,
    )


_PHRASE_EVIDENCE = re.compile(r'^(?:forwarded:)?phrase:(\w+):"([^"]*)"->')


def _own_things_asked(evidence: list[str], packs: list[LanguagePack]) -> bool:
    """A type phrase the rules found names the writer's own things ("delete my account", "meine Daten")."""
    mine = {word for pack in packs if pack.ask is not None for word in pack.ask.mine}
    for item in evidence:
        match = _PHRASE_EVIDENCE.match(item)
        if match and mine.intersection(match.group(2).split()):
            return True
    return False


def _to_ourselves(msg: ParsedMessage, segments: Segments, profile: CompanyProfile) -> bool:
    """Our own address forwarding to our own inbox (a "Fwd:" to nobody but us): a colleague pasting a
    customer's chat or social-media message into the team inbox ("Fwd: Instagram DM"), whatever the
    pasted header says — the text is the customer's, not ours. A forward to anyone else is our
    outgoing mail."""
    recipients = [a.email for a in (*msg.to, *msg.cc) if a.email]
    return segments.is_forward and bool(recipients) and all(profile.is_own_address(e.lower()) for e in recipients)


@dataclass(frozen=True)
class _GuardLook:
    verdict: GuardScore
    units: Units
    reaches: bool  # at or above the review threshold, and the first pass lets the mail through


def _guard_look(msg: ParsedMessage, original_text: str, segments: Segments, forward_primary: bool, new_norm: str,
                packs: list[LanguagePack], data: ClassifierData, guard: GuardModel | object | None) -> _GuardLook | None:
    """The silence guard's reading of a person's mail (None without a model)."""
    model = load_guard() if guard is _SHIPPED else guard
    if not isinstance(model, GuardModel):
        return None
    # The writer's words: a footer or disclaimer ("you have the right to erase your personal data")
    # is not theirs, as for the rules and the net.
    writer = segments if forward_primary else replace(segments, new=writer_lines(new_norm, packs, data))
    units = message_units(msg.subject or "", writer, forward_primary)
    verdict = guard_score(model, units)
    # Only mail the IMAP first pass lets through (it meets a request anchor): what the first pass
    # sets aside, the guard never sends to review.
    reaches = verdict.probability >= model.threshold and prescreen.mentions_privacy_words(
        msg.subject or "", original_text[:prescreen.FIRST_PASS_PREFIX], exact=False)
    return _GuardLook(verdict, units, reaches)


def _guard_types(look: _GuardLook | None, type_heads: TypeHeads | object | None) -> tuple[TypeGuess, ...]:
    """The types the guard files a request with: none unless it is sure of a request."""
    heads = load_type_heads() if type_heads is _SHIPPED else type_heads
    if look is None or not look.reaches or look.verdict.probability < FILE_THRESHOLD or not isinstance(heads, TypeHeads):
        return ()
    return guess_types(heads, look.units)


def _rules_reason(scores: _Scores, asked: bool, top: float, score: float) -> str:
    """Why the phrase rules left a message for a person, in plain words."""
    if scores.question > 0 and top < 1.0:
        return ("It asks how we handle personal data. A question is not a request, but it may need an "
                "answer or hide one.")
    if scores.asks_about_notice:
        return "The writer quotes a privacy notice and seems to ask for what it describes."
    if not asked and top >= 1.0 and score >= REQUEST_THRESHOLD:
        return ("It names a privacy right, but nobody seems to ask for it for themselves (a newsletter or "
                "a notice?).")
    return "It may be a privacy request, but not clearly enough to file it on its own."


def _one_line_unsubscribe(text: str, content: str, data: ClassifierData) -> bool:
    """"Unsubscribe" (or "remove me", "abmelden", "baja"…) as the writer's whole message: alone, or
    as the first line above a few short signature lines or a footer."""
    short = _short_unsubscribe(data)
    if short.match(text):
        return True
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines or not short.match(lines[0]):
        return False
    own = [line for line in content.split("\n") if line.strip()]
    return len(own) <= SIGNATURE_LINES + 1 and all(len(line) <= SIGNATURE_WIDTH for line in own[1:])


def _mixed(text: str, subject: str, detected: str | None, margin: float, data: ClassifierData) -> bool:
    """The text may mix languages: no clear winner, or its opening words are in another language."""
    if margin < MIXED_MARGIN:
        return True
    end = 0
    while end < len(text) and end < HEAD_MIN:  # the first paragraphs: a greeting alone is too short
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    head, _ = detect_language(text[:min(end, HEAD_CHARS)] + " " + subject, data)
    return head is not None and head != detected


def _above_footer(text: str, detected: str | None, data: ClassifierData) -> str:
    """``text`` without its boilerplate tail, when it has one and enough is left to tell the language.

    A short request in one language under a long disclaimer in another would otherwise be read in
    the disclaimer's language, and its own phrases never looked for.
    """
    if not any(phrase.search(text) for phrase in data.boilerplate):
        return text
    lines = text.split("\n")
    fallback = data.languages.get(detected or "en") or data.languages["en"]
    cut = tail_start(lines, [fallback], data)
    content = "\n".join(lines[:cut])
    return content if MIN_LANGUAGE_TEXT <= len(content) < len(text) else text


def _relevant_lines(lines: list[str], data: ClassifierData) -> list[int]:
    """Indices of the paragraphs that contain a stem of some language (the prefilter's stems).

    Phrases never span paragraphs (see ``normalise``), and every rule example is tested to contain a
    stem, so dropping the others changes no verdict; it spares running ~40 patterns over the
    order details, signatures and footers that make up most of a business mail. A kept list item
    keeps its lead-in line ("You have the following rights:"), which tells who the list is about.
    """
    keep: list[int] = []
    for index, line in enumerate(lines):
        if not data.prefilter.search(line):
            continue
        if BULLET.match(line):
            lead = index - 1
            while lead >= 0 and BULLET.match(lines[lead]):
                lead -= 1
            if lead >= 0 and lines[lead].endswith(":") and (not keep or keep[-1] < lead):
                keep.append(lead)
        keep.append(index)
    return keep


def _score_segment(text: str, weight: float, label: str, packs: list[LanguagePack], scope: str,
                   scores: _Scores, *, tails: bool = True, subject_line: bool = False) -> tuple[str, str]:
    """Score one part of the mail (new, forwarded or quoted text); returns its (content, tail).

    Phrases in the boilerplate tail (``classify_notice.tail_start``) are listed as evidence only:
    a footer's rights list is the sender informing the reader, never an ask. The tail is looked
    for only when a phrase was found at all (most mail has none, and the search costs a pass
    over the last lines).
    """
    data = load_classifier_data()
    lines = text.split("\n")
    keep = _relevant_lines(lines, data)
    if not keep:  # no phrase can match: whether there is a footer does not matter
        return text, ""
    prefix = f"{label}:" if label and label != "subject" else ""
    part = _Scores(agent=scores.agent, short=scores.short)
    part.subject_end = len(lines[0]) if subject_line and keep[0] == 0 else -1
    _score_text("\n".join(lines[i] for i in keep), weight, prefix, packs, scope, part)
    cut = len(lines)
    if tails and part.evidence:
        cut = tail_start(lines, packs, data, keep_first_line=subject_line)
    if keep[-1] >= cut:  # something to score lies in the footer: score the two parts apart
        part = _Scores(agent=scores.agent, short=scores.short, subject_end=part.subject_end)
        relevant = "\n".join(lines[i] for i in keep if i < cut)
        if relevant:
            _score_text(relevant, weight, prefix, packs, scope, part)
        footer = _Scores(agent=scores.agent)
        _score_text("\n".join(lines[i] for i in keep if i >= cut), weight, "", packs, scope, footer)
        hits = [e for e in footer.evidence if e.startswith(("phrase:", "notice:"))]
        part.evidence += [f"{prefix}footer:{e.removeprefix('notice:')}" for e in hits[:TAIL_EVIDENCE]]
    _merge(scores, part)
    if cut >= len(lines):
        return text, ""
    return "\n".join(lines[:cut]), "\n".join(lines[cut:])


def _merge(scores: _Scores, part: _Scores) -> None:
    """Add one segment's findings to the message's."""
    for kind, value in part.types.items():
        scores.types[kind] = min(TYPE_CAP, scores.types.get(kind, 0.0) + value)
    for kind, value in part.conditional.items():
        scores.conditional[kind] = scores.conditional.get(kind, 0.0) + value
    for code, value in part.langs_hit.items():
        scores.langs_hit[code] = scores.langs_hit.get(code, 0.0) + value
    scores.generic += part.generic
    scores.question += part.question
    scores.asked = scores.asked or part.asked
    scores.own_ask = scores.own_ask or part.own_ask
    scores.hits += part.hits
    scores.notice_hits += part.notice_hits
    scores.evidence += part.evidence


def _score_text(text: str, weight: float, prefix: str, packs: list[LanguagePack], scope: str,
                scores: _Scores) -> None:
    scores.notice_seen.clear()
    lines = _line_spans(text)
    for pack in packs:
        for rule in pack.type_rules:
            if not rule.regex.possible(text):
                continue  # most rules, on most text: spare the call
            spans = None
            if lines is not None:  # a long text: search only the lines that can match
                spans = [(start, end) for start, end, line in lines if rule.regex.possible(line)]
            contribution, snippet, notice, line = _rule_hit(rule, text, pack, packs, scope, scores, weight,
                                                            spans)
            if contribution > 0:
                _add_hit(scores, rule, contribution, snippet, pack.code, prefix, line)
            elif notice is not None:
                scores.notice_hits.append((rule, notice[0], pack.code, notice[1], prefix))
                scores.evidence.append(f'{prefix}notice:phrase:{pack.code}:"{notice[1].lstrip("~")}"'
                                       + (f"->{rule.kind}" if rule.kind != "generic" else ""))


LINE_SPLIT = 3  # a text of more lines than this is searched line by line (see _score_text)


def _line_spans(text: str) -> list[tuple[int, int, str]] | None:
    """(start, end, line) of each line of a text with more than ``LINE_SPLIT`` lines, else None.

    A phrase never spans a line (``normalise``), so a rule need only be searched in the lines that
    hold its required words: a two-page letter is ~20 lines, of which a rule's words are in one or
    two — the regex engine then scans a tenth of the text."""
    if text.count("\n") < LINE_SPLIT:
        return None
    out: list[tuple[int, int, str]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        out.append((start, end, line))
        start = end + 1
    return out


def _add_hit(scores: _Scores, rule: Rule, contribution: float, snippet: str, code: str, prefix: str,
             line: str = "") -> None:
    if rule.kind == "generic":
        scores.generic += contribution
    elif snippet.startswith("~"):
        scores.conditional[rule.kind] = scores.conditional.get(rule.kind, 0.0) + contribution
        snippet = snippet[1:]
    else:
        scores.types[rule.kind] = min(TYPE_CAP, scores.types.get(rule.kind, 0.0) + contribution)
        scores.hits.append((rule, contribution, line))
    scores.langs_hit[code] = scores.langs_hit.get(code, 0.0) + contribution
    scores.evidence.append(f'{prefix}phrase:{code}:"{snippet}"' + (f"->{rule.kind}" if rule.kind != "generic" else ""))


def _score_articles(text: str, language: str | None, packs: list[LanguagePack], data: ClassifierData,
                    scores: _Scores) -> None:
    """A right asked for by its GDPR article ("άρθρο 17 του ΓΚΠΔ", "GDPR 18. cikke"; see
    ``classify_articles``), when no phrase rule found a type: a formal letter in a language without
    a rules file. Asked when its sentence has a first-person or asking word of the mail's languages
    (``[net.<code>] asks`` for a language without a rules file)."""
    if data.articles is None or not any(ch.isdigit() for ch in text):
        return
    table = data.net.asks if data.net is not None else {}
    # The asking words of the mail's language; of every language when it could not be told.
    asks = [table[language]] if language in table else [] if language in data.languages else list(table.values())
    for hit in find_articles(text, data.articles):
        sentence, offset = sentence_around(text, hit.start, hit.end)
        if clause_mode(hit.kind, sentence, hit.start - offset, packs[0]) is not None:
            continue  # negated, reserved or reported: no ask of its own
        if not (_speaks_for_self(sentence, packs[0], packs) or any(ask.search(sentence) for ask in asks)):
            continue  # a footer's "Art. 15 DSGVO" tells the reader; only the writer's own ask counts
        scores.asked = scores.own_ask = True
        scores.types[hit.kind] = min(TYPE_CAP, scores.types.get(hit.kind, 0.0) + 3.0)
        scores.evidence.append(f'article:{language or "und"}:"{hit.snippet}"->{hit.kind}')


def _take_up_notices(text: str, packs: list[LanguagePack], scores: _Scores) -> None:
    """A writer who takes up a right they quoted ("Your notice says I may …; I exercise this right")
    asks for what the quoted sentence names: its hits count after all."""
    if not scores.notice_hits:
        return
    scores.exercise = exercise_in(text, packs)
    if scores.exercise is None:
        # Quoting a right and asking in one's own words ("Your policy says customers can have their
        # data deleted. Could you do it?") without naming it: a person should look.
        scores.asks_about_notice = writer_asks(text, packs)
        if scores.asks_about_notice:
            scores.evidence.append("notice:writer-asks")
        return
    scores.evidence.append(f"exercise:{scores.exercise}")
    for rule, contribution, code, snippet, prefix in scores.notice_hits:
        _add_hit(scores, rule, contribution, snippet, code, prefix)


def _rule_hit(rule: Rule, text: str, pack: LanguagePack, packs: list[LanguagePack], scope: str,
              scores: _Scores, weight: float, spans: list[tuple[int, int]] | None = None
              ) -> tuple[float, str, tuple[float, str] | None, str]:
    """Weight of the first acceptable match of ``rule`` in ``text`` (0 if none), its snippet, and
    (weight, snippet) of a match found only in a rights-notice sentence (see ``classify_notice``)."""
    best = 0.0
    required_checked = rule.requires is None
    best_snippet = ""
    best_line = ""
    notice: tuple[float, str] | None = None
    matches = rule.regex.finditer(text, checked=True) if spans is None else rule.regex.finditer_in(text, spans)
    for match in matches:
        if match.end() == match.start():
            continue
        if not required_checked:
            if not rule.requires.search(scope):  # type: ignore[union-attr]
                return 0.0, "", None, ""
            required_checked = True
        sentence, offset = sentence_around(text, match.start(), match.end())
        if rule.unless is not None:
            # What the verb governs follows it: "delete my details from the order" vs.
            # "once this order is done please erase my account".
            end = min(match.end() - offset + UNLESS_REACH, next_ask(sentence, match.end() - offset, pack))
            after = sentence[match.start() - offset:end]
            if rule.unless.search(after):
                continue
        if rule.unless_before is not None:
            before = sentence[max(0, match.start() - offset - UNLESS_REACH):match.start() - offset]
            if rule.unless_before.search(before):
                continue
        if rule.refers is not None and not scores.short:
            continue  # a pronoun in a long letter: what it stands for is anybody's guess
        if (rule.refers is not None or rule.refers_not is not None) and not _refers_back(rule, text, match.start()):
            continue
        mode = clause_mode(rule.kind, sentence, match.start() - offset, pack) if rule.kind != "generic" else None
        if mode in ("negated", "reserved"):  # "I'm not asking you to delete my data": no ask
            scores.evidence.append(f'{mode}:{pack.code}:"{" ".join(match.group(0).split())[:40]}"')
            continue
        snippet = " ".join(match.group(0).split())[:60]
        if sentence.endswith("?") and _is_practice_question(sentence, packs):
            scores.question += rule.weight * weight
            scores.evidence.append(f'question:{pack.code}:"{snippet}"')
            continue
        key = (offset, len(sentence), pack.code, match.start())
        notice_sentence = scores.notice_seen.get(key)
        if notice_sentence is None:
            notice_sentence = scores.notice_seen[key] = is_notice(text, sentence, offset, pack, packs,
                                                                  match.start(), load_classifier_data())
        if notice_sentence:
            # The sender tells the reader about rights ("you may request deletion of your data").
            if notice is None:
                notice = _hedged(rule, sentence, rule.weight * weight, snippet)
            continue
        contribution = rule.weight * weight
        own = _speaks_for_self(sentence, pack, packs) or _asks_plainly(sentence, pack, packs)
        # Quoted text asks too: a reminder quoting the writer's own earlier request is one.
        if own or _names_own_request(rule, match, sentence, scores):
            scores.asked = True
            scores.own_ask = scores.own_ask or (own and weight >= OWN_WEIGHT)
        if rule.personal and not scores.agent and not own:
            second = load_classifier_data().words["second_person"]
            contribution *= SECOND_PERSON_WEIGHT if second.search(sentence) or rule.nominal \
                else IMPERSONAL_WEIGHT
        contribution, snippet = _hedged(rule, sentence, contribution, snippet)
        if mode == "reported" and not snippet.startswith("~"):
            # "I asked you in May to close my account", "confirm once you have deleted my data":
            # a report or a confirmation, which counts only when nothing else was asked.
            contribution, snippet = contribution * 0.999, "~" + snippet
        if contribution > best:
            best, best_snippet = contribution, snippet
            # The paragraph it stands in ("" for the subject, which sums up the whole mail).
            best_line = "" if match.start() < scores.subject_end else text[
                text.rfind("\n", 0, match.start()) + 1:text.find("\n", match.end()) % (len(text) + 1)]
        if best >= rule.weight * weight and (scores.asked or match.start() >= scores.subject_end):
            break  # cannot do better (one hit per rule and segment); past the subject, the body may ask
    return best, best_snippet, notice, best_line


def _names_own_request(rule: Rule, match: re.Match[str], sentence: str, scores: _Scores) -> bool:
    """A subject that names a request ("Data access request", "Löschantrag", "Derecho de acceso")
    is the writer's label for their own mail, unless it addresses the reader ("Your access request")."""
    return rule.nominal and match.start() < scores.subject_end and not load_classifier_data().words[
        "second_person"].search(sentence)


def _hedged(rule: Rule, sentence: str, contribution: float, snippet: str) -> tuple[float, str]:
    """Mark a conditional complaint or consent withdrawal ("~"): it counts only when alone."""
    words = load_classifier_data().words
    if rule.kind in _HEDGEABLE and words["hedge"].search(sentence) and words["performative"].search(sentence):
        # "If I have given consent, I hereby withdraw it" performs the act under the writer's own
        # condition: whatever consent there is, is withdrawn, so neither "if" nor the hedge holds.
        return contribution, snippet
    if rule.kind in _HEDGEABLE and (words["conditional"].search(sentence) or words["hedge"].search(sentence)):
        return contribution * 0.999, "~" + snippet  # an unhedged hit of the same weight wins
    return contribution, snippet


def _speaks_for_self(sentence: str, pack: LanguagePack, packs: list[LanguagePack]) -> bool:
    """The writer asks for themself: a first-person word, or a request form ("please", "vi prego").

    Pro-drop languages ("non voglio più ricevere…") and imperatives ("please delete it all") have no
    pronoun; a newsletter's "customers can request a copy of their data" has neither. A sentence
    clearly in another language than the mail is read in its own (an Italian footer's "i diritti"
    under an English mail has no English "I").
    """
    for p in (pack, packs[0]):
        if p.first_person.search(sentence) or any(rule.regex.search(sentence) for rule in p.framing):
            voice = speaker(sentence, packs, load_classifier_data())  # confirm in the sentence's language
            return voice is p or voice is packs[0] or bool(
                voice.first_person.search(sentence) or any(rule.regex.search(sentence) for rule in voice.framing))
    return False


def _asks_plainly(sentence: str, pack: LanguagePack, packs: list[LanguagePack]) -> bool:
    """The writer asks without "I" or "please": the sentence opens with a request verb in the
    imperative or an "enough of" ("Erase all records for …", "Löschen Sie alle Daten", "Bórrenlos",
    "No more newsletters", "Basta email"; ``imperative`` of the language file). Not when it tells the
    reader what to do with the reader's own things ("Download a copy of your data": ``addressee``).

    Hazard: product news also speaks in imperatives ("Export your orders as CSV"); the ``addressee``
    pattern is what keeps it out, so it must name the reader's possessives of each language.
    """
    voices = (pack,) if pack is packs[0] else (pack, packs[0])
    opens = False
    for p in voices:
        if p.addressee is not None and p.addressee.search(sentence):
            return False
        opens = opens or bool(p.imperative is not None and p.imperative.regex.match(sentence))
    return opens


def _refers_back(rule: Rule, text: str, at: int) -> bool:
    """A pronoun object ("delete them", "merci de les supprimer", "Cancellateli") refers back to the
    writer's data: looking back from it (``REFER_REACH`` characters of the same part of the mail),
    the nearest candidate is a ``refers`` mention ("my details", "mis datos") rather than a
    ``refers_not`` one ("my order", "the file"). With only ``refers_not``, no candidate at all is
    fine ("Delete it all now." in a new mail can only mean what the company holds)."""
    window = text[max(0, at - REFER_REACH):at]
    near = max((m.end() for m in rule.refers.finditer(window)), default=-1) if rule.refers is not None else -1
    other = max((m.end() for m in rule.refers_not.finditer(window)), default=-1) if rule.refers_not is not None \
        else -1
    if rule.refers is not None and near < 0:
        return False
    return other < near or other < 0


def _is_practice_question(sentence: str, packs: list[LanguagePack]) -> bool:
    """A question about the business's practice ("Do you sell my data?"), also after a lead-in
    ("Quick question before I order: do you …?")."""
    tail = re.split(r"[:;,] ", sentence)[-1]
    if any(_WE_ASKING.match(part) for part in {sentence, tail}):
        return False  # "Did we ever answer that deletion request?": the team asking itself
    return any(q.regex.search(part) for part in {sentence, tail} for pack in packs for q in pack.questions)


# A question whose subject is "we" ("did we…", "haben wir…", "avons-nous…"): the company's own team.
_WE_ASKING = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:(?:did|do|have|are|should|can|will|were)\s+we|(?:haben|sind|sollten|"
                        r"können)\s+wir|avons-nous|devons-nous|hemos|tenemos|abbiamo|dobbiamo|temos|hebben\s+we)\b")


def _score_extras(text: str, tail: str, packs: list[LanguagePack], scores: _Scores) -> None:
    """Framing, negative shapes and stand-alone practice questions in the writer's own text.

    ``text`` is the writer's text above its boilerplate ``tail``: framing and questions count only
    there; a negative shape found only in the tail counts half, and not at all when the writer asks
    in their own sentence above it (a business writer's signature may carry a newsletter link; it
    says nothing about their ask). Framing and negative shapes only adjust a score that phrases
    started, so they are skipped for mail without any request phrase (most of a mailbox).
    """
    if not (scores.types or scores.generic or scores.conditional):
        packs_for_shapes: list[LanguagePack] = []
    else:
        packs_for_shapes = packs
    for pack in packs_for_shapes:
        if not scores.framing and any(rule.regex.search(text) for rule in pack.framing):
            scores.framing = True
        for rule in pack.negatives:
            match = rule.regex.search(text)
            factor = 1.0
            if not match and tail and not scores.own_ask:
                match = rule.regex.search(tail)
                factor = TAIL_NEGATIVE_WEIGHT
            if match:
                scores.negative += rule.weight * factor
                if factor == 1.0 and rule.weight <= STUDY_SHAPE:
                    scores.studies, scores.study_weight = True, scores.study_weight + rule.weight
                scores.evidence.append(f'negative:{pack.code}:"{" ".join(match.group(0).split())[:40]}"')
    if scores.question == 0 and "?" in text:
        for sentence in re.findall(r"[^.!?\n]{3,300}\?", text):
            if _is_practice_question(sentence.strip(), packs):
                scores.question += 1
                scores.evidence.append("question:practice")
                break


def _score_form_type(value: str, data: ClassifierData, packs: list[LanguagePack], scores: _Scores) -> None:
    """A form's request-type field: a bare value ("Deletion") or a sentence the rules understand."""
    for part in re.split(r"[,;/\n]|\band\b", value.lower()):
        word = part.strip().strip(".").strip().replace("_", " ")  # "do_not_sell_or_share" (a JSON value)
        rtype = data.form.type_values.get(word)
        if rtype:
            scores.types[rtype] = min(TYPE_CAP, scores.types.get(rtype, 0.0) + 3.0)
            scores.evidence.append(f'form:request-type:"{word[:40]}"->{rtype}')
            continue
        text = normalise(part.replace("_", " "))
        for pack in packs:
            for rule in pack.type_rules:
                if rule.kind != "generic" and rule.regex.search(text):
                    scores.types[rule.kind] = min(TYPE_CAP, scores.types.get(rule.kind, 0.0) + 3.0)
                    scores.evidence.append(f"form:request-type->{rule.kind}")
                    break


def _choose_types(scores: _Scores) -> tuple[list[str], float]:
    """The request types to report, and the best type score.

    Three corrections on the raw sums: a hit whose rule ``yields_to`` a type that is also present is
    withdrawn ("a copy of my data in a machine-readable format" is portability, not access too);
    a type seen only as a *name* ("my access request was ignored") next to a complaint is the
    complaint's subject, not a new ask; hedged hits count only when nothing else was asked.
    """
    types = dict(scores.types)
    present = {t for t, s in types.items() if s >= 2.0}
    # Where each present type was asked: a paragraph of the mail, or the whole mail ("") when it
    # came from a form's type field or a one-line unsubscribe.
    places: dict[str, set[str]] = {}
    for rule, _, line in scores.hits:
        places.setdefault(rule.kind, set()).add(line)
    for rule, contribution, line in scores.hits:
        better = present.intersection(rule.yields_to)
        # "a copy of my data in a machine-readable format" is portability, not access too; a copy
        # asked for in one form line and an export in another are both asked. A pronoun ("delete
        # it") may stand far from what it refers to, so its rule yields anywhere in the mail.
        if better and (rule.refers is not None or rule.refers_not is not None or not line or any(
                kind not in places or line in places[kind] or "" in places[kind] for kind in better)):
            types[rule.kind] = types.get(rule.kind, 0.0) - contribution
    if types.get("complaint", 0.0) >= 2.0:
        for kind in list(types):
            kind_hits = [rule for rule, _, _ in scores.hits if rule.kind == kind]
            if kind not in ("complaint", "appeal") and kind_hits and all(rule.nominal for rule in kind_hits):
                types[kind] = 0.0
    if types.get("appeal", 0.0) >= 2.0:
        # An appeal contests our decision on an earlier request: what that request asked for
        # ("either delete the rest or tell me why") is the appeal's subject, not a new ask; a
        # complaint about how it was handled is a separate one.
        for kind in list(types):
            if kind not in ("appeal", "complaint"):
                types[kind] = 0.0
    top = max(types.values(), default=0.0)
    if top < 1.0:
        for kind, value in scores.conditional.items():
            # Nothing else was asked: the hedged or reported hit is the ask, at its full weight.
            types[kind] = types.get(kind, 0.0) + value / 0.999
        top = max(types.values(), default=0.0)
    chosen = [t for t, s in types.items() if s >= 2.0 or (s >= 1.0 and s == top)]
    return sorted(chosen, key=_TYPE_ORDER.__getitem__), top


def _language(text: str, segments: Segments, data: ClassifierData, hits: dict[str, float],
              detected: str | None = None) -> str:
    if detected is None:
        detected, _ = detect_language(text, data)
    if detected is not None:
        return detected
    if hits:
        return max(hits.items(), key=lambda kv: kv[1])[0]
    # A line or two: a single stopword (or letter) of one language beats guessing English.
    if len(text) <= WEAK_TEXT:
        weak, margin = detect_language(text, data, minimum=WEAK_LANGUAGE, marks=True)
        if weak is not None and margin >= WEAK_MARGIN:
            return weak
    if text.strip() or segments.new.strip():
        return "en"
    return "und"


def _parties(msg: ParsedMessage, segments: Segments, form: FormInfo, is_form: bool, forward_primary: bool,
             from_own: bool, from_system: bool, profile: CompanyProfile, packs: list[LanguagePack],
             data: ClassifierData, evidence: list[str],
             cue: tuple[bool, str | None, str | None], *,
             full: bool = True) -> tuple[Party | None, Party | None, Party | None]:
    """(requester, agent, agent_for). The requester is the data subject (for agent mail: agent_for).

    ``full=False`` (mail nobody will look at) skips the name, phone and address search in the body.
    """
    agent: Party | None = None
    if is_form:
        requester, agent = form_requester(form)
        evidence.append("requester:form-fields")
        if not requester.email:
            for address in (*msg.reply_to, msg.sender):
                if address.email and not profile.is_own_address(address.email) and not (
                        data.system_senders.search(address.email)):
                    requester = Party(requester.name or display_name(address.name), address.email,
                                      requester.postal_address, requester.phone)
                    break
        if agent is not None:
            evidence.append("agent:form-field")
            return requester, agent, requester
        return requester, None, None

    body = segments.forwarded if forward_primary else segments.new
    sig_text = segments.signature if not forward_primary else ""
    if forward_primary and segments.forward_sender and not profile.is_own_address(segments.forward_sender[1]):
        fwd_name, fwd_email = segments.forward_sender
        person = Party(display_name(fwd_name), fwd_email)
        evidence.append("requester:forwarded-from")
    elif from_own:
        return None, None, None
    elif from_system:
        person = Party()
        for address in msg.reply_to:
            if address.email and not profile.is_own_address(address.email):
                person = Party(display_name(address.name), address.email)
                break
    else:
        person = Party(display_name(msg.sender.name), (msg.sender.email or "").lower() or None)
    if not full:
        return person, None, None
    name = person.name or self_intro_name(body, packs) or signature_name(
        body + "\n" + sig_text, data.closings)
    where = body + "\n" + sig_text
    person = Party(name=name, email=person.email, phone=find_phone(where),
                   postal_address=find_postal_address(where, profile.postal_address))

    is_agent, subject_name, source = cue
    if not is_agent:
        return person, None, None
    evidence.append(f"agent:{source}")
    exclude = {e for e in (person.email,) if e} | set(profile.own_addresses)
    fields_subject, _ = form_requester(form) if form.known_fields else (Party(), None)
    subject_email = fields_subject.email if fields_subject.email not in exclude else None
    agent_for = Party(name=subject_name or fields_subject.name,
                      email=subject_email or subject_email_near(body, exclude),
                      postal_address=fields_subject.postal_address, phone=fields_subject.phone)
    return agent_for, person, agent_for


# Request types that only exist under one law (B&P 22581 minors' removal is filed under ccpa, the
# closest regime in the vocabulary).
_TYPE_REGIME = {"shine_the_light": "ca_shine_the_light", "minor_removal": "ccpa"}


def _regimes(new_norm: str, segments: Segments, form: FormInfo | None, requester: Party | None, language: str,
             profile: CompanyProfile, data: ClassifierData, evidence: list[str],
             types: list[str]) -> list[str]:
    company_lines = {normalise(line) for line in profile.postal_address.split("\n") if line.strip()}
    parts = [new_norm, normalise(segments.signature)]
    if segments.forwarded:
        parts.append(normalise(segments.forwarded[:6000]))
    if form is not None:
        parts.append(normalise("\n".join(v for _, v in form.all_fields)))
    text = "\n".join(line for line in "\n".join(parts).split("\n") if line.strip() not in company_lines)
    if len(text) > REGIME_SCAN:  # laws are named early, places sit in the signature at the end
        text = text[:REGIME_SCAN // 2] + "\n" + text[-REGIME_SCAN // 2:]
    strength: dict[str, float] = {}
    sources: dict[str, set[str]] = {}
    for rule in data.regimes:
        match = rule.regex.search(text)
        if match:
            strength[rule.regime] = strength.get(rule.regime, 0.0) + rule.weight
            sources.setdefault(rule.regime, set()).add("law" if rule.weight >= 3 else "place")
            evidence.append(f'regime:{rule.regime}:"{" ".join(match.group(0).split())[:40]}"')
    email = requester.email if requester and requester.email else ""
    tld = email.rsplit(".", 1)[-1] if "@" in email else ""
    if tld in data.tld:
        regime = data.tld[tld]
        if regime == "pipeda" and (language == "fr" or "quebec" in strength):
            regime = "quebec"
        evidence.append(f"regime:{regime}:domain=.{tld}")
        if regime in strength:  # a domain confirms a place; alone it is no hint a person acts on
            strength[regime] += 1.0
            sources[regime].add("domain")
    if "opt_out_marketing" in types and not strength and data.us_context is not None:
        match = data.us_context.search(text)
        if match:
            strength["can_spam"] = 1.0
            sources["can_spam"] = {"place"}
            evidence.append("regime:can_spam:us-marketing-opt-out")
    if not strength and language in data.language_regime:
        regime = data.language_regime[language]
        strength[regime] = 1.0
        sources.setdefault(regime, set()).add("language")
        evidence.append(f"regime:{regime}:language={language}")
    for rtype in types:
        implied = _TYPE_REGIME.get(rtype)
        if implied and implied not in strength:
            strength[implied] = 2.0
            sources.setdefault(implied, set()).add("law")
            evidence.append(f"regime:{implied}:type={rtype}")
    # A local law beats the general word "GDPR" that people in the UK and Switzerland also use.
    if "gdpr" in strength and sources.get("gdpr") == {"law"} and ({"uk_gdpr", "fadp"} & set(strength)):
        del strength["gdpr"]
    if "quebec" in strength and "pipeda" in strength and "law" not in sources.get("pipeda", set()):
        del strength["pipeda"]
    if "ca_shine_the_light" in strength and "law" not in sources.get("ccpa", set()):
        strength.pop("ccpa", None)
    return [r for r, _ in sorted(strength.items(), key=lambda kv: (-kv[1], kv[0]))]
