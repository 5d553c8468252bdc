"""What to do next with a request, in one plain sentence, and which actions apply now.

The workspace opens with ``next_step`` ("Confirm receipt by Mon 23 Nov — California (CCPA) requires it
within 10 business days"); the legal citation and the arithmetic stay in the milestone's explanation,
one click away. ``availability`` says, for each action a person can take, whether the lifecycle and
the law allow it now and, if not, why in words — the window disables the action and shows the reason
as its tooltip; the services still enforce every rule themselves.

Pure: computed from the deadline engine's ``Schedule``/``ClockStatus`` and the request's facts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from privacydesk.domain.deadline_rules import Period, RuleBook
from privacydesk.domain.deadlines import ClockState, ClockStatus, Dated, DeadlineFacts, Schedule
from privacydesk.domain.profile import CompanyProfile
from privacydesk.domain.vocab import CLOSED_STATUSES, RequestStatus, Verification
from privacydesk.domain.wording import (
    MILESTONE_TASKS,
    PAUSE_REASONS,
    day,
    days,
    humanize,
    plural,
    regime_label,
    relative_days,
    status_label,
    type_label,
)

#: The actions a person can take on a request (the window's Request menu).
ACTIONS = ("acknowledge", "verify", "extend", "pause", "resume", "complete", "change_status", "regime",
           "types", "edit_requester", "merge", "assign", "note")

_CLOSED = {s.value for s in CLOSED_STATUSES}


@dataclass(frozen=True)
class Availability:
    """Whether an action applies now; ``reason`` says why not, in words (the tooltip)."""

    allowed: bool
    reason: str = ""


YES = Availability(True)


def _no(reason: str) -> Availability:
    return Availability(False, reason)


# -- how long the law gives ---------------------------------------------------------------------------

def _period_words(period: Period, profile: CompanyProfile) -> str:
    n = period.amount
    if period.unit == "months":
        return "one month" if n == 1 else f"{n} months"
    if period.unit == "business_days":
        return plural(n, "business day")
    if period.unit == "calendar_days":
        return "the same day" if n == 0 else days(n)
    return f"{days(profile.default_response_days)} (your company's default)"


def reason_for(name: str, dated: Dated, facts: DeadlineFacts, profile: CompanyProfile,
               rules: RuleBook) -> str:
    """Why a milestone falls when it does, in a few words: "California (CCPA) requires it within 10
    business days". The full computation with its citation is ``dated.explanation``."""
    if dated.source == "notice":
        commitment = profile.commitment_for(dated.type)
        if commitment is not None:
            unit = "business day" if commitment.unit == "business_days" else "day"
            return f"your privacy notice promises it within {plural(commitment.days, unit)}"
        return "your privacy notice promises it"
    if dated.source == "staff":
        return "the date you gave when extending"
    law = regime_label(dated.regime)
    if dated.regime == "unknown":
        law_text = "no law is known yet, and"
    else:
        law_text = law
    try:
        rule, listed = rules.rule_for(dated.regime, dated.type, facts.received) if dated.regime != "unknown" \
            else (rules.default, False)
    except KeyError:
        return f"{law} requires it"
    date_rule = rule.milestones.get(name)
    if not listed or date_rule is None or len(date_rule.periods) != 1:
        if not listed:
            return (f"no law sets a period for {type_label(dated.type)}, so your company's default of "
                    f"{days(profile.default_response_days)} applies")
        return f"{law_text} requires it by then"
    period = date_rule.periods[0]
    if rule.regime == "*":  # a row every law shares (CAN-SPAM's outer bound for marketing opt-outs)
        source = next((regime_label(r) for r in ("can_spam",) if "CAN-SPAM" in date_rule.why), "the law")
        return f"{source} sets the limit under every law: within {_period_words(period, profile)}"
    if name == "extension_notice_by":
        return f"{law} requires the requester to be told before the first answer date"
    if period.anchor == "start":
        return f"{law} allows {_period_words(period, profile)} from receipt (or from the ID or fee you asked for)"
    if period.anchor == "respond_by":
        return f"{law} requires it by the answer date"
    return f"{law} requires it within {_period_words(period, profile)}"


# -- the sentence -------------------------------------------------------------------------------------

def next_step(*, status: str, verification: str, facts: DeadlineFacts, schedule: Schedule,
              clock: ClockStatus, profile: CompanyProfile, rules: RuleBook, today: date,
              flags: tuple[str, ...] = ()) -> str:
    """One sentence: what is due next and why, or how the request ended."""
    if status in _CLOSED:
        when = day(facts.closed_on, today) if facts.closed_on else "—"
        text = f"Closed as “{status_label(status)}” on {when}"
        if clock.status == ClockState.CLOSED_ON_TIME:
            return text + ", on time. Nothing more to do."
        if clock.status == ClockState.CLOSED_LATE:
            return text + ", later than the law allows."
        return text + "."
    open_pauses = [p for p in facts.pauses if p.end is None]
    if open_pauses:
        pause = open_pauses[-1]
        return (f"Waiting for the requester ({PAUSE_REASONS.get(pause.waiting_for, 'waiting')}) since "
                f"{day(pause.start, today)}: the clock is stopped. When the answer arrives, resume the clock.")
    name = clock.next_milestone
    dated = schedule.milestones.get(name) if name else None
    if name is None or dated is None or clock.due is None:
        return "No deadline applies to this request."
    task = MILESTONE_TASKS.get(name, "Act")
    if (name in ("respond_by", "respond_by_extended") and "verification_not_allowed" not in flags
            and verification in (Verification.PENDING, Verification.FAILED)):
        task = ("Verify the requester's identity, then send the answer" if verification == Verification.PENDING
                else "Identity could not be verified: send the answer (or a refusal)")
    if "stop_now" in flags and name == "acknowledge_by":
        task = "Stop the marketing now and confirm receipt"
    elif "stop_now" in flags:
        task = "Stop the marketing now and confirm it"
    due = day(clock.due, today)
    if clock.days_left is not None and clock.days_left < 0:
        lead = f"{task} now: it was due {due} ({days(-clock.days_left)} late)"
    elif clock.days_left == 0:
        lead = f"{task} today, {due}"
    else:
        lead = f"{task} by {due} ({relative_days(clock.days_left or 0)})"
    why = reason_for(name, dated, facts, profile, rules)
    sentence = f"{lead} — {why}."
    if ("regime_not_confirmed" in flags and dated.regime not in ("unknown", "")
            and regime_label(dated.regime) in why and "every law" not in why):
        sentence += " The law is not confirmed yet: this is the earliest date among the laws your notice covers."
    return sentence


# -- what applies now ---------------------------------------------------------------------------------

_NONE_FOR = re.compile(r"^([a-z_]+) allows no extension for ([a-z_]+)$")


def _no_extension_reason(schedule: Schedule, regime_confirmed: bool) -> str:
    """Why no extension is possible, once per request type rather than once per law."""
    types: list[str] = []
    others: list[str] = []
    for part in schedule.parts:
        for piece in filter(None, (x.strip() for x in part.why_no_extension.split(";"))):
            match = _NONE_FOR.match(piece)
            if match:
                if match[2] not in types:
                    types.append(match[2])
            elif humanize(piece) not in others:
                others.append(humanize(piece))
    reasons = []
    if types:
        who = "the law" if regime_confirmed and schedule.regime != "unknown" else "none of the laws your notice covers"
        verb = "allows no" if who == "the law" else "allows an"
        reasons.append(f"{who} {verb} extension for {', '.join(type_label(t) for t in types)}")
    reasons.extend(others)
    return "No extension is possible: " + ("; ".join(reasons) or "the law allows none") + "."


def _pausing_laws(rules: RuleBook) -> list[str]:
    laws = []
    for regime in rules.regime_ids():
        if any(r.stop_the_clock or any(k != "received" for k in r.start_from) for r in rules.regimes[regime].rules):
            laws.append(regime_label(regime))
    return laws


def _can_pause(regime: str, facts: DeadlineFacts, rules: RuleBook) -> bool:
    if regime not in rules.regimes:
        return False
    for rtype in facts.types:
        try:
            rule, _listed = rules.rule_for(regime, rtype, facts.received)
        except KeyError:
            continue
        if rule.stop_the_clock or any(k != "received" for k in rule.start_from):
            return True
    return False


def availability(*, status: str, verification: str, regime: str, regime_confirmed: bool, facts: DeadlineFacts,
                 schedule: Schedule, rules: RuleBook, today: date) -> Mapping[str, Availability]:
    """For each of ``ACTIONS``: allowed now, or the reason it is not (plain words)."""
    out = dict.fromkeys(ACTIONS, YES)
    closed = status in _CLOSED
    closed_reason = f"The request is closed (“{status_label(status)}”). Reopen it first (Change status…)."
    paused = [p for p in facts.pauses if p.end is None]
    if closed:
        for name in ("acknowledge", "verify", "extend", "pause", "resume", "complete", "regime", "merge"):
            out[name] = _no(closed_reason)
        return out

    if status != RequestStatus.NEW.value:
        out["acknowledge"] = _no(
            f"Receipt was already confirmed{' on ' + day(facts.acknowledged_on, today) if facts.acknowledged_on else ''}.")
    if verification == Verification.VERIFIED:
        out["verify"] = YES  # a second method or a correction stays possible
    if verification not in (Verification.VERIFIED, Verification.NOT_REQUIRED):
        out["complete"] = _no("Verify the requester's identity first (verification is "
                              f"{'pending' if verification == Verification.PENDING else 'failed'}). "
                              "A request whose identity cannot be verified is denied, not completed.")

    # extension
    notice = schedule.milestones.get("extension_notice_by")
    if facts.extended:
        out["extend"] = _no("The deadline was already extended; the law allows one extension.")
    elif schedule.extension == "none":
        out["extend"] = _no(_no_extension_reason(schedule, regime_confirmed))
    elif notice is not None and today > notice.date:
        out["extend"] = _no(f"Too late to extend: the requester had to be told by {day(notice.date, today)}.")

    # pause / resume
    if paused:
        out["pause"] = _no(f"The clock is already stopped (since {day(paused[-1].start, today)}). "
                           "Resume it first.")
    else:
        out["resume"] = _no("The clock is not stopped.")
        laws = _pausing_laws(rules)
        where = " or ".join(laws) if laws else "none of the laws"
        verb = "lets" if len(laws) == 1 else "let"
        if regime == "unknown" or not regime_confirmed:
            out["pause"] = _no(f"Confirm which law applies first: only {where} {verb} you stop the clock while "
                               "you wait for the requester.")
        elif not _can_pause(regime, facts, rules):
            out["pause"] = _no(f"{regime_label(regime)} has no stop-the-clock: its deadline keeps running while "
                               f"you wait for the requester (only {where} {verb} you pause it).")
    return out

