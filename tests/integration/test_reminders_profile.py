"""Reminders that reach the staff member once (issue 12), and the company profile a business makes
its own: the editing service, its validation, the file it keeps, and setup from a privacy notice."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from privacydesk.services.profile_edit import Commitment, ProfileInvalid
from privacydesk.services.reminders import ReminderService, summary_text
from tests.integration.test_stored_milestones import Clock

SEED = Path("/work/shared/seed/privacy-notice-3dpros.txt")


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Any, Clock]]:
    from privacydesk.paths import AppPaths
    from privacydesk.services.app import open_services

    clock = Clock(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    svc = open_services(AppPaths(tmp_path / "data"), clock=clock)
    try:
        yield svc, clock
    finally:
        svc.close()


def add(svc: Any, email: str, types: list[str], received: str, regime: str) -> str:
    from privacydesk.services.requests import NewRequest

    return str(svc.requests.create(NewRequest(email=email, types=types, regime=regime,
                                              received=datetime.fromisoformat(received))).ref)


def test_a_due_date_is_reminded_once_per_stage(world: tuple[Any, Clock]) -> None:
    svc, clock = world
    reminders: ReminderService = svc.reminders
    assert reminders.pending() == []  # first use starts "new since now": old requests are not news
    # An opt-out received 9 Nov: the notice's 15-day promise makes it due 24 Nov.
    ref = add(svc, "opt@example.com", ["opt_out_sale"], "2026-11-09T10:00", "ccpa")  # due 24 Nov
    new = reminders.pending()
    assert [(r.kind, r.ref) for r in new] == [("new_request", ref)]
    reminders.mark_notified(new)
    assert reminders.pending() == []
    clock.set_day(date(2026, 11, 23))
    tomorrow = reminders.pending()
    assert [(r.ref, r.stage, r.milestone) for r in tomorrow] == [(ref, "tomorrow", "respond_by")]
    assert "due tomorrow" in tomorrow[0].title and "opt@example.com" not in tomorrow[0].title + tomorrow[0].body
    reminders.mark_notified(tomorrow)
    assert reminders.pending() == []  # not every minute
    clock.set_day(date(2026, 11, 24))
    today = reminders.pending()
    assert [(r.stage, r.due) for r in today] == [("today", date(2026, 11, 24))]
    reminders.mark_notified(today)
    reminders.mark_notified(today)  # repeating is harmless
    assert reminders.pending() == []
    clock.set_day(date(2026, 11, 25))
    late = reminders.pending()
    assert [r.stage for r in late] == ["overdue"]
    reminders.mark_notified(late)
    clock.set_day(date(2026, 11, 30))
    assert reminders.pending() == []  # overdue is said once


def test_reminders_are_per_staff_member_and_follow_their_settings(world: tuple[Any, Clock],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from privacydesk.domain import settings as decl

    svc, clock = world
    add(svc, "a@example.com", ["opt_out_sale"], "2026-11-09T10:00", "ccpa")
    clock.set_day(date(2026, 11, 24))
    first = [r for r in svc.reminders.pending() if r.kind == "due"]
    svc.reminders.mark_notified(first)
    monkeypatch.setenv("PRIVACYDESK_USER", "another person")
    assert [r.key for r in svc.reminders.pending() if r.kind == "due"] == [r.key for r in first]
    svc.settings.set(decl.REMINDERS_DUE, False)
    assert [r for r in svc.reminders.pending() if r.kind == "due"] == []


def test_many_reminders_become_a_few_notices_and_one_group(world: tuple[Any, Clock]) -> None:
    svc, clock = world
    for i in range(6):
        add(svc, f"p{i}@example.com", ["opt_out_sale"], f"2026-11-0{i + 1}T10:00", "ccpa")
    clock.set_day(date(2026, 11, 20))
    pending = [r for r in svc.reminders.pending() if r.kind == "due"]
    notices = ReminderService.notices(pending, limit=3)
    assert len(notices) == 4 and notices[-1].request_id is None
    assert notices[0].request_id is not None  # clicking one opens its request
    assert sum(len(n.keys) for n in notices) == len(pending)
    svc.reminders.mark_notified(notices)
    assert [r for r in svc.reminders.pending() if r.kind == "due"] == []


def test_daily_summary_once_a_day_and_the_tray_count(world: tuple[Any, Clock]) -> None:
    svc, clock = world
    add(svc, "a@example.com", ["opt_out_sale"], "2026-11-05T10:00", "ccpa")  # due 20 Nov: today
    add(svc, "b@example.com", ["opt_out_sale"], "2026-11-01T10:00", "ccpa")  # due 16 Nov: overdue
    summary = svc.reminders.summary_once()
    assert summary is not None and summary.text == "1 due today, 1 overdue"
    assert svc.reminders.summary_once() is None
    assert svc.reminders.tray_count() == 2
    clock.set_day(date(2026, 11, 21))
    assert svc.reminders.summary_once() is not None
    assert summary_text(3, 1) == "3 due today, 1 overdue"
    assert summary_text(0, 0) == "Nothing due today"


# -- the profile --------------------------------------------------------------------------------


def test_profile_editor_refuses_bad_fields_naming_each_and_saves_nothing(world: tuple[Any, Clock]) -> None:
    svc, _ = world
    before = svc.paths.profile_file.read_text(encoding="utf-8")
    form = svc.profile_edit.form()
    bad = replace(form, legal_name=" ", own_domains=("not a domain",), time_zone="Mars/Olympus",
                  covered_regimes=("gdpr", "atlantis"), commitments=(Commitment("opt_out_sale", 0),),
                  retention_years=-1, ccpa_categories=(replace(form.ccpa_categories[0], name=""),),
                  own_addresses=("nobody",))
    with pytest.raises(ProfileInvalid) as excinfo:
        svc.profile_edit.save(bad)
    labels = {p.label for p in excinfo.value.problems}
    assert {"Company name", "Your own domains", "Time zone", "Laws your notice covers",
            "Promises stricter than the law", "Retention period (years)", "CCPA categories",
            "Your own addresses"} <= labels
    message = str(excinfo.value)
    assert "Time zone: unknown time zone 'Mars/Olympus'" in message and "item 1, days" in message
    assert svc.paths.profile_file.read_text(encoding="utf-8") == before


def test_profile_editor_saves_a_valid_form_keeping_comments(world: tuple[Any, Clock]) -> None:
    svc, _ = world
    form = svc.profile_edit.form()
    saved = svc.profile_edit.save(replace(form, legal_name="Harbour Lane Ceramics Ltd", time_zone="Europe/London",
                                          commitments=(*form.commitments, Commitment("deletion", 20)),
                                          due_soon_days=3))
    assert set(saved.changed) == {"legal_name", "time_zone", "commitments", "due_soon_days"}
    assert saved.dates_affected
    text = svc.paths.profile_file.read_text(encoding="utf-8")
    assert 'legal_name = "Harbour Lane Ceramics Ltd"' in text
    assert "# The mailbox the notice tells people to write to." in text  # comments kept
    assert svc.profile.legal_name == "Harbour Lane Ceramics Ltd"          # the running app uses it
    assert svc.requests.profile.due_soon_days == 3
    again = svc.profile_edit.form()
    assert again.commitments[-1] == Commitment("deletion", 20, "calendar_days", "")
    assert svc.profile_edit.check(again) == ()


def test_profile_from_notice_cli_proposes_and_applies_only_when_asked(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import contextlib
    import io

    from privacydesk.cli import main

    notice = Path(__file__).resolve().parents[1] / "data" / "notices" / "uk-ltd.txt"
    data = tmp_path / "cli"

    def run(*args: str) -> tuple[int, str]:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["--data-dir", str(data), *args])
        return code, out.getvalue()

    code, out = run("profile", "from-notice", str(notice), "--json")
    proposals = json.loads(out)
    assert code == 0 and all({"field", "value", "sentence"} <= set(p) for p in proposals)
    assert {"field": "company.legal_name", "value": "Harbour Lane Ceramics Ltd"}.items() <= proposals[0].items()
    profile = (data / "profile.toml")
    assert not profile.exists()  # proposing reads the notice only: nothing applied without confirmation
    code, out = run("profile", "from-notice", str(notice))
    assert code == 0 and "from: “Harbour Lane Ceramics Ltd (“we”" in out
    code, out = run("profile", "from-notice", str(notice), "--apply", "company.legal_name",
                    "company.postal_address", "commitments.retention_years")
    assert code == 0
    text = profile.read_text(encoding="utf-8")
    assert 'legal_name = "Harbour Lane Ceramics Ltd"' in text and "retention_years = 6" in text
    assert "Quayside Works" in text and "3dprosteam@gmail.com" in text  # only the chosen fields
    code, out = run("profile", "show", "--json")
    assert json.loads(out)["company"]["legal_name"] == "Harbour Lane Ceramics Ltd"


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed notice is not on this machine")
def test_applying_every_seed_proposal_to_the_shipped_profile_changes_nothing_that_matters(
        world: tuple[Any, Clock]) -> None:
    svc, _ = world
    before = svc.profile_edit.form()
    saved = svc.profile_edit.apply(svc.profile_edit.proposals(SEED))
    after = svc.profile_edit.form()
    assert after.legal_name == before.legal_name and after.covered_regimes == before.covered_regimes
    assert after.commitments[0].type == "opt_out_sale" and after.commitments[0].days == 15
    assert not saved.dates_affected or set(saved.changed) <= {"commitments", "website", "notice_last_updated"}
