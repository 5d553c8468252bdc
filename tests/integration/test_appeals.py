"""Appeals (issue 15): an appeal is its own request, linked to the decision it contests, with its own
clock from the appeal rows; a reply contesting a decision is offered to staff as a likely appeal.

Real services on a real SQLite database; mail goes through the real import (``.eml`` files). The
expected dates are counted by hand (see each comment).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from privacydesk.cli import main
from privacydesk.domain.errors import InvalidInput, NotFound, Refused
from privacydesk.services.mailimport import import_paths
from privacydesk.services.requests import NewRequest


def add(services: Any, regime: str, types: list[str], received: str, email: str = "ana@example.com") -> str:
    return services.requests.create(NewRequest(email=email, types=types, regime=regime,
                                               received=datetime.fromisoformat(received))).ref


def deny(services: Any, ref: str) -> None:
    services.requests.set_status(ref, "denied", outcome="we could not verify the requester")


def actions(services: Any, ref: str) -> list[str]:
    return [e["action"] for e in services.requests.show(ref).as_json()["audit"]]


def test_an_appeal_is_a_linked_request_with_its_own_clock(services: Any) -> None:
    ref = add(services, "or_ocpa", ["deletion"], "2026-01-14T10:00")
    deny(services, ref)
    change = services.requests.open_appeal(ref, received=date(2026, 3, 2))
    appeal = services.requests.show(change.ref).as_json()
    assert change.created and appeal["types"] == ["appeal"] and appeal["regime"] == "or_ocpa"
    assert appeal["received_date"] == "2026-03-02"
    # Oregon appeal: 2 Mar + 45 days = 16 Apr (29 days to 31 Mar, 16 more); no extension
    assert appeal["milestones"]["respond_by"] == "2026-04-16"
    assert appeal["milestones"]["respond_by_extended"] is None
    assert "decide the appeal within 45 days" in appeal["explanations"]["respond_by"]
    assert appeal["appeal_of"] == ref and appeal["appeals"] == []
    assert appeal["requester"]["email"] == "ana@example.com"
    contested = services.requests.show(ref).as_json()
    assert contested["appeals"] == [change.ref] and contested["appeal_of"] is None
    assert contested["status"] == "denied"  # the decision stands until the appeal is decided
    # audited on both requests
    assert actions(services, change.ref) == ["request_created"]
    assert "appeal of " + ref in services.requests.show(change.ref).as_json()["audit"][0]["detail"]
    assert actions(services, ref)[-1] == "appeal_opened"
    assert services.requests.show(ref).as_json()["audit"][-1]["after"]["appeal"] == change.ref
    assert services.requests.appeal_links(change.ref).appeal_of == ref


def test_colorado_appeal_can_be_extended_by_60_days(services: Any) -> None:
    ref = add(services, "co_cpa", ["access"], "2026-09-01T10:00")
    services.requests.verify(ref, "matched_records")
    services.requests.set_status(ref, "completed")
    appeal_ref = services.requests.open_appeal(ref, received=date(2026, 11, 20)).ref
    shown = services.requests.show(appeal_ref).as_json()
    # 20 Nov + 45 = 4 Jan 2027 (10 to 30 Nov, 41 to 31 Dec); + 105 = 5 Mar 2027 (72 to 31 Jan, 100 to 28 Feb)
    assert shown["milestones"]["respond_by"] == "2027-01-04"
    assert shown["milestones"]["extension_notice_by"] == "2027-01-04"
    assert shown["milestones"]["respond_by_extended"] == "2027-03-05"
    assert shown["verification"] == "verified"  # the identity was settled on the contested request
    services.requests.extend(appeal_ref, "several systems to re-check")
    assert services.requests.show(appeal_ref).as_json()["clock"]["next_milestone"] == "respond_by_extended"


def test_an_appeal_under_a_law_without_appeals_gets_the_company_default(services: Any) -> None:
    ref = add(services, "gdpr", ["access"], "2026-10-01T10:00")
    deny(services, ref)
    appeal = services.requests.show(services.requests.open_appeal(ref, received=date(2026, 11, 2)).ref).as_json()
    assert appeal["milestones"]["respond_by"] == "2026-12-02"  # 2 Nov + 30 days (company default)
    assert "EU (GDPR) sets no deadline for appeal of our decision" in appeal["explanations"]["respond_by"]


def test_appeals_are_refused_where_there_is_no_decision_to_contest(services: Any) -> None:
    ref = add(services, "tx_tdpsa", ["deletion"], "2026-10-01T10:00")
    with pytest.raises(Refused, match="first close the request"):
        services.requests.open_appeal(ref)
    deny(services, ref)
    with pytest.raises(InvalidInput, match="cannot arrive before"):
        services.requests.open_appeal(ref, received=date(2026, 9, 30))
    appeal_ref = services.requests.open_appeal(ref).ref  # now (25 Nov 2026): + 60 = 24 Jan 2027
    assert services.requests.show(appeal_ref).as_json()["milestones"]["respond_by"] == "2027-01-24"
    with pytest.raises(Refused, match=f"already has an open appeal, {appeal_ref}"):
        services.requests.open_appeal(ref)
    services.requests.set_status(appeal_ref, "denied", outcome="decision upheld")
    with pytest.raises(Refused, match="itself an appeal"):
        services.requests.open_appeal(appeal_ref)
    with pytest.raises(NotFound):
        services.requests.open_appeal("PD-2026-0099")
    with pytest.raises(InvalidInput, match="not a request reference"):
        services.requests.open_appeal("hello")
    assert len(services.requests.refs()) == 2  # nothing half-made by the refusals


# ------------------------------------------------------------------------------ mail: likely appeals

REQUEST = """\
From: Ana Lima <ana@example.com>
To: 3DPros <3dprosteam@gmail.com>
Subject: Delete my personal data
Message-ID: <req-1@example.com>
Date: Wed, 14 Oct 2026 10:00:00 -0500

Hello,

Under the Oregon Consumer Privacy Act I ask you to delete all personal data you hold about me.

Ana Lima
"""

REPLY = """\
From: Ana Lima <ana@example.com>
To: 3DPros <3dprosteam@gmail.com>
Subject: Re: Delete my personal data
Message-ID: <{mid}@example.com>
In-Reply-To: <req-1@example.com>
References: <req-1@example.com>
Date: {date}

{body}

On Mon, 2 Nov 2026, 3DPros <3dprosteam@gmail.com> wrote:
> We are unable to delete your data. You may appeal this decision by replying to this email.
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text.replace("\n", "\r\n"), encoding="utf-8")
    return path


def import_mail(services: Any, *paths: Path) -> None:
    report = import_paths(services.ingest, services.profile, list(paths))
    assert not report.failures


def test_a_reply_contesting_a_refusal_is_offered_as_an_appeal(services: Any, tmp_path: Path) -> None:
    import_mail(services, write(tmp_path, "1.eml", REQUEST))
    (ref,) = services.requests.refs()
    services.requests.set_regime(ref, "or_ocpa")
    deny(services, ref)
    thanks = REPLY.format(mid="r-2", date="Tue, 3 Nov 2026 09:00:00 -0600", body="Thank you for letting me know.")
    contest = REPLY.format(mid="r-3", date="Wed, 4 Nov 2026 11:30:00 -0600",
                           body="I disagree with your decision: you have my data, please reconsider.")
    import_mail(services, write(tmp_path, "2.eml", thanks), write(tmp_path, "3.eml", contest))
    shown = services.requests.show(ref).as_json()
    assert shown["messages"] == 3  # both replies joined the thread
    (suggestion,) = services.requests.appeal_suggestions()
    assert suggestion.contested_ref == ref and suggestion.phrase == "disagree"
    assert suggestion.evidence.startswith("I disagree with your decision")
    assert shown["appeal_suggestions"][0]["message"] == suggestion.message_pk
    assert "appeal_suggested" in actions(services, ref)
    # staff accept it: the reply opens the appeal, whose clock runs from the day it arrived
    appeal_ref = services.requests.open_appeal(ref, message_pk=suggestion.message_pk).ref
    appeal = services.requests.show(appeal_ref).as_json()
    assert appeal["received_date"] == "2026-11-04" and appeal["appeal_of"] == ref
    assert appeal["milestones"]["respond_by"] == "2026-12-19"  # 4 Nov + 45 (26 to 30 Nov, 19 Dec)
    assert [m["subject"] for m in appeal["thread"]] == ["Re: Delete my personal data"]
    assert services.requests.show(ref).as_json()["messages"] == 2
    assert services.requests.appeal_suggestions() == []


def test_a_thank_you_or_a_reply_to_an_open_request_is_not_an_appeal(services: Any, tmp_path: Path) -> None:
    import_mail(services, write(tmp_path, "1.eml", REQUEST))
    (ref,) = services.requests.refs()
    early = REPLY.format(mid="r-2", date="Thu, 15 Oct 2026 09:00:00 -0500", body="I appeal to you to hurry.")
    import_mail(services, write(tmp_path, "2.eml", early))
    assert services.requests.appeal_suggestions() == []  # no decision yet: nothing to appeal
    deny(services, ref)
    no = REPLY.format(mid="r-3", date="Tue, 3 Nov 2026 09:00:00 -0600", body="OK, I do not wish to appeal.")
    import_mail(services, write(tmp_path, "3.eml", no))
    assert services.requests.appeal_suggestions() == []  # negated; the quoted "appeal" is ours


def test_staff_can_dismiss_a_likely_appeal(services: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import_mail(services, write(tmp_path, "1.eml", REQUEST))
    (ref,) = services.requests.refs()
    deny(services, ref)
    import_mail(services, write(tmp_path, "2.eml", REPLY.format(
        mid="r-2", date="Tue, 3 Nov 2026 09:00:00 -0600", body="This is unacceptable.")))
    (suggestion,) = services.requests.appeal_suggestions(ref)
    data = services.paths.data_dir
    assert main(["--data-dir", str(data), "appeals", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [suggestion.as_json() | {"received": "2026-11-03T09:00:00-06:00"}]
    assert main(["--data-dir", str(data), "appeals", "--dismiss", str(suggestion.message_pk)]) == 0
    assert "not an appeal" in capsys.readouterr().out
    assert services.requests.appeal_suggestions() == []
    assert actions(services, ref)[-1] == "appeal_suggestion_dismissed"
    assert main(["--data-dir", str(data), "appeals", "--dismiss", str(suggestion.message_pk)]) == 1


def test_cli_appeal_and_show_json_carry_the_link(services: Any, capsys: pytest.CaptureFixture[str]) -> None:
    ref = add(services, "mn_cdpa", ["access"], "2026-08-03T10:00")
    deny(services, ref)
    data = str(services.paths.data_dir)
    assert main(["--data-dir", data, "appeal", ref, "--received", "2026-09-01", "--json"]) == 0
    appeal = json.loads(capsys.readouterr().out)
    # Minnesota appeal: 1 Sep + 45 = 16 Oct; extendable to + 105 = 15 Dec (notice by 16 Oct)
    assert appeal["types"] == ["appeal"] and appeal["appeal_of"] == ref
    assert (appeal["milestones"]["respond_by"], appeal["milestones"]["extension_notice_by"],
            appeal["milestones"]["respond_by_extended"]) == ("2026-10-16", "2026-10-16", "2026-12-15")
    assert main(["--data-dir", data, "show", ref, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["appeals"] == [appeal["ref"]]
    assert main(["--data-dir", data, "appeal", ref]) == 1
    assert "already has an open appeal" in capsys.readouterr().err
