"""The calendar of due dates (issue 12): month, day and agenda over stored milestones, the CLI's
``calendar`` and ``export calendar``, the file kept current and the local feed (real HTTP)."""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from privacydesk.domain.calendar import milestone_urgency
from privacydesk.services.calendar import item_json
from tests.integration.test_stored_milestones import Clock, generate

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)  # Wednesday; Thursday 26 Nov 2026 is Thanksgiving
TODAY = date(2026, 11, 25)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Any]:
    from privacydesk.paths import AppPaths
    from privacydesk.services.app import open_services

    svc = open_services(AppPaths(tmp_path / "data"), clock=lambda: NOW)
    try:
        yield svc
    finally:
        svc.close()


def add(desk: Any, email: str, types: list[str], received: str, regime: str | None = None,
        name: str | None = None) -> str:
    from privacydesk.services.requests import NewRequest

    return str(desk.requests.create(NewRequest(email=email, types=types, regime=regime, name=name,
                                               received=datetime.fromisoformat(received))).ref)


@pytest.fixture
def three(desk: Any) -> dict[str, str]:
    return {
        # CCPA deletion received 12 Nov: acknowledge by 27 Nov (10 US business days; not Thanksgiving).
        "ccpa": add(desk, "cal@example.com", ["deletion"], "2026-11-12T10:00", "ccpa", name="Cal Ifornia"),
        # GDPR access received 26 Oct: one month → 26 Nov (Thanksgiving: a US company closed day).
        "gdpr": add(desk, "eu@example.com", ["access"], "2026-10-26T10:00", "gdpr"),
        # Opt-out received 1 Nov under the 3DPros 15-day promise: 16 Nov, overdue.
        "late": add(desk, "late@example.com", ["opt_out_sale"], "2026-11-01T10:00", "ccpa"),
    }


def test_a_milestone_shows_on_its_day_with_urgency_and_the_day_lists_it(desk: Any, three: dict[str, str]) -> None:
    month = desk.calendar.month(2026, 11)
    assert month.weeks[0][0].date == date(2026, 10, 26) and len(month.days) == 42  # Monday first
    thanksgiving = month.summary(date(2026, 11, 26))
    assert thanksgiving is not None and not thanksgiving.business_day
    assert thanksgiving.holiday == "Thanksgiving Day"
    assert thanksgiving.total >= 1 and thanksgiving.worst == "due_soon"
    saturday = month.summary(date(2026, 11, 28))
    assert saturday is not None and saturday.closed == "Saturday" and not saturday.business_day
    today = month.summary(TODAY)
    assert today is not None and today.is_today and today.business_day
    items = desk.calendar.day(date(2026, 11, 26))
    gdpr = [i for i in items if i.ref == three["gdpr"] and i.milestone == "respond_by"]
    assert gdpr and gdpr[0].urgency == "due_soon" and gdpr[0].days_left == 1
    # A legal date on a company closed day stays where it is, with a warning.
    assert "Thanksgiving Day" in (gdpr[0].closed_day or "") and "Wednesday 25 Nov" in gdpr[0].closed_day
    assert gdpr[0].request_id == desk.queries.request_ids("all", "ref", False, three["gdpr"])[0]


def test_agenda_puts_overdue_first_then_today_tomorrow_this_week_later(desk: Any, three: dict[str, str]) -> None:
    agenda = desk.calendar.agenda()
    sections = [s.section for s in agenda.sections]
    assert sections[0] == "overdue"
    assert sections == sorted(sections, key=["overdue", "today", "tomorrow", "this_week", "later"].index)
    overdue = agenda.sections[0].items
    assert {(i.ref, i.milestone) for i in overdue} >= {(three["late"], "respond_by")}
    assert all(i.days_left < 0 and i.urgency == "overdue" for i in overdue)
    tomorrow = next(s for s in agenda.sections if s.section == "tomorrow")
    assert (three["gdpr"], "respond_by") in {(i.ref, i.milestone) for i in tomorrow.items}
    # The extended date before any extension is not something due.
    assert all(i.kind in ("deadline", "decision") for i in agenda.items)
    # The window's list asks for a few per section and still learns how many there are.
    short = desk.calendar.agenda(limit=1)
    assert [s.section for s in short.sections] == sections
    assert all(len(s.items) == 1 and s.total == len(full.items)
               for s, full in zip(short.sections, agenda.sections, strict=True))


def test_company_closed_days_from_the_profile_are_shown_and_warned(desk: Any, three: dict[str, str]) -> None:
    from dataclasses import replace

    from privacydesk.domain.profile import ClosedDay

    form = desk.profile_edit.form()
    saved = desk.profile_edit.save(replace(form, closed_days=(ClosedDay(date(2026, 11, 27), date(2026, 11, 27),
                                                                        "Staff day"),)))
    assert not saved.dates_affected  # closed days never move a legal date
    month = desk.calendar.month(2026, 11)
    day = month.summary(date(2026, 11, 27))
    assert day is not None and day.closed == "Staff day" and not day.business_day
    ack = [i for i in desk.calendar.day(date(2026, 11, 27)) if i.ref == three["ccpa"]]
    assert ack and ack[0].milestone == "acknowledge_by" and "Staff day" in (ack[0].closed_day or "")
    assert ack[0].date == date(2026, 11, 27)  # not moved


def test_month_tallies_in_sql_equal_the_items_urgencies(tmp_path: Path) -> None:
    from privacydesk.paths import AppPaths
    from privacydesk.services.app import open_services

    clock = Clock(datetime(2026, 9, 1, 15, 0, tzinfo=UTC))
    svc = open_services(AppPaths(tmp_path / "d"), clock=clock)
    try:
        generate(svc, clock, 45, seed=3)
        for day in (date(2026, 10, 5), date(2026, 11, 3), date(2026, 12, 1)):
            clock.set_day(day)
            from privacydesk.services import milestones

            milestones.refresh_paused(svc.requests)
            month = svc.calendar.month(day.year, day.month)
            start, end = month.days[0].date, month.days[-1].date
            items = svc.calendar.items(start, end)
            expected: dict[date, dict[str, int]] = {}
            for item in items:
                expected.setdefault(item.date, {}).setdefault(item.urgency, 0)
                expected[item.date][item.urgency] += 1
            got = {d.date: dict(d.by_urgency) for d in month.days if d.total}
            assert got == expected, day
            assert sum(len(v) for v in expected.values()) > 3
    finally:
        svc.close()


def test_urgency_rule() -> None:
    today = TODAY
    assert milestone_urgency("deadline", today - timedelta(days=1), False, today, 5) == "overdue"
    assert milestone_urgency("deadline", today, False, today, 5) == "due_today"
    assert milestone_urgency("deadline", today + timedelta(days=5), False, today, 5) == "due_soon"
    assert milestone_urgency("deadline", today + timedelta(days=6), False, today, 5) == "on_track"
    assert milestone_urgency("deadline", today + timedelta(days=6), False, today, 5, "due_soon", True) == "due_soon"
    assert milestone_urgency("deadline", today - timedelta(days=3), True, today, 5) == "paused"
    assert milestone_urgency("decision", today - timedelta(days=1), False, today, 5) == "done"
    assert milestone_urgency("decision", today + timedelta(days=1), False, today, 5) == "info"
    assert milestone_urgency("done", today, False, today, 5) == "done"


# -- CLI ------------------------------------------------------------------------------------------


def cli(data: Path, *args: str) -> tuple[int, str, str]:
    import contextlib
    import io

    from privacydesk.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--data-dir", str(data), *args])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def cli_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PRIVACYDESK_TODAY", "2026-11-25")
    data = tmp_path / "cli"
    for email, kind, received, regime in (("a@example.com", "deletion", "2026-11-13T10:00", "ccpa"),
                                          ("b@example.com", "access", "2026-10-26T10:00", "gdpr"),
                                          ("c@example.com", "opt_out_sale", "2026-11-01T10:00", "ccpa"),
                                          ("d@example.com", "access", "2026-11-24T10:00", None)):
        args = ["add", "--email", email, "--type", kind, "--received", received, "--name", "Zoë Secret"]
        assert cli(data, *(args + (["--regime", regime] if regime else [])))[0] == 0
    return data


def test_cli_calendar_json_lists_overdue_then_the_next_30_days(cli_data: Path) -> None:
    code, out, _ = cli(cli_data, "calendar", "--json")
    assert code == 0
    items = json.loads(out)
    assert items and all({"date", "milestone", "ref", "status", "days_left"} <= set(i) for i in items)
    days = [i["days_left"] for i in items]
    assert days[0] < 0 and days == sorted(days)  # overdue first, then by date
    assert max(days) <= 30
    assert {i["status"] for i in items} == {"new"}
    late = [i for i in items if i["ref"] == "PD-2026-0003"]
    assert late[0]["milestone"] == "respond_by" and late[0]["date"] == "2026-11-16" and late[0]["days_left"] == -9
    code, out, _ = cli(cli_data, "calendar", "--from", "2026-12-01", "--to", "2026-12-31", "--json")
    ranged = json.loads(out)
    assert ranged and all("2026-12-01" <= i["date"] <= "2026-12-31" for i in ranged)
    code, _, err = cli(cli_data, "calendar", "--from", "2026-12-31", "--to", "2026-12-01")
    assert code == 2 and "before" in err
    code, out, _ = cli(cli_data, "calendar")
    assert code == 0 and out.startswith("Overdue (") and "days late" in out


def _events(path: Path) -> dict[str, Any]:
    cal = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_export_calendar_twice_gives_the_same_uids_and_every_open_milestone(cli_data: Path, tmp_path: Path) -> None:
    target = tmp_path / "privacy.ics"
    assert cli(cli_data, "export", "calendar", str(target))[0] == 0
    first = _events(target)
    assert cli(cli_data, "set-status", "PD-2026-0001", "acknowledged")[0] == 0
    assert cli(cli_data, "export", "calendar", str(target))[0] == 0
    second = _events(target)
    assert set(first) == set(second)  # updated in place, never duplicated
    assert len(second) == len({(str(e["UID"])) for e in second.values()})
    _code, out, _ = cli(cli_data, "list", "--status", "open", "--json")
    for request in json.loads(out):
        for name, day in request["milestones"].items():
            if day is None:
                continue
            event = second[f"{request['ref']}-{name}@privacydesk"]
            assert event.decoded("DTSTART") == date.fromisoformat(day)
            assert request["ref"] in str(event["SUMMARY"])
    ack = second["PD-2026-0001-acknowledge_by@privacydesk"]
    assert "(done)" in str(ack["SUMMARY"]) and int(ack["SEQUENCE"]) > int(first["PD-2026-0001-acknowledge_by@privacydesk"]["SEQUENCE"])
    text = target.read_text(encoding="utf-8")
    assert "Zoë" not in text and "Secret" not in text and "@example.com" not in text  # no personal data
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_names_in_the_calendar_only_when_asked(cli_data: Path, tmp_path: Path) -> None:
    target = tmp_path / "named.ics"
    assert cli(cli_data, "export", "calendar", str(target), "--with-names")[0] == 0
    assert "Zoë Secret" in Calendar.from_ical(target.read_bytes()).walk("VEVENT")[0]["SUMMARY"]
    assert cli(cli_data, "settings", "calendar.include_names", "yes")[0] == 0
    assert cli(cli_data, "export", "calendar", str(target))[0] == 0
    assert "Zoë Secret" in target.read_text(encoding="utf-8")
    assert cli(cli_data, "export", "calendar", str(target), "--without-names")[0] == 0
    assert "Zoë" not in target.read_text(encoding="utf-8")
    code, _, err = cli(cli_data, "export", "calendar", str(tmp_path / "nope" / "x.ics"))
    assert code == 2 and "does not exist" in err
    code, _, err = cli(cli_data, "export", "calendar", str(tmp_path / "x.txt"))
    assert code == 2 and ".ics" in err


def test_the_kept_file_is_rewritten_when_due_dates_change_and_only_then(desk: Any, three: dict[str, str],
                                                                      tmp_path: Path) -> None:
    from privacydesk.domain import settings as decl

    target = tmp_path / "kept.ics"
    desk.settings.set(decl.CALENDAR_FILE, str(target))
    first = desk.calendar_export.keep_current()
    assert first is not None and first.written and target.exists()
    stamp = target.stat().st_mtime_ns
    again = desk.calendar_export.keep_current()
    assert again is not None and not again.written and target.stat().st_mtime_ns == stamp
    desk.requests.extend(three["gdpr"], "many systems to search")
    changed = desk.calendar_export.keep_current()
    assert changed is not None and changed.written
    events = _events(target)
    assert f"{three['gdpr']}-respond_by_extended@privacydesk" in events
    assert "(only if extended)" not in str(events[f"{three['gdpr']}-respond_by_extended@privacydesk"]["SUMMARY"])


# -- the feed -------------------------------------------------------------------------------------


def test_feed_serves_the_calendar_on_127_0_0_1_with_its_token(desk: Any, three: dict[str, str],
                                                              memory_keyring: Any) -> None:
    info = desk.calendar_export.start_feed(port=0, use_token=True)
    try:
        assert info.url.startswith("http://127.0.0.1:") and info.token
        with urllib.request.urlopen(info.url, timeout=10) as response:
            assert response.status == 200
            assert response.headers["Content-Type"].startswith("text/calendar")
            body = response.read()
        uids = {str(e["UID"]) for e in Calendar.from_ical(body).walk("VEVENT")}
        assert f"{three['late']}-respond_by@privacydesk" in uids
        wrong = info.url.replace(info.url.split("/")[3], "not-the-token")
        with pytest.raises(urllib.error.HTTPError) as excinfo:
            urllib.request.urlopen(wrong, timeout=10)
        assert excinfo.value.code == 404
        excinfo.value.close()
        # A web page reaching the port through another host name (DNS rebinding) is refused.
        conn = http.client.HTTPConnection("127.0.0.1", info.port, timeout=10)
        conn.request("GET", info.url.split(str(info.port), 1)[1], headers={"Host": "evil.example:80"})
        assert conn.getresponse().status == 403
        conn.close()
        conn = http.client.HTTPConnection("127.0.0.1", info.port, timeout=10)
        conn.request("POST", "/calendar.ics", body=b"x")
        assert conn.getresponse().status == 405
        conn.close()
        # The token survives a restart (calendar apps keep their subscription).
        desk.calendar_export.stop_feed()
        again = desk.calendar_export.start_feed(port=0, use_token=True)
        assert again.url.split("/")[3] == info.url.split("/")[3]
    finally:
        desk.calendar_export.stop_feed()
    with pytest.raises(OSError):
        urllib.request.urlopen(info.url, timeout=5)


def test_feed_without_token(desk: Any, three: dict[str, str]) -> None:
    info = desk.calendar_export.start_feed(port=0, use_token=False)
    try:
        assert info.url.endswith(f":{info.port}/calendar.ics")
        with urllib.request.urlopen(info.url, timeout=10) as response:
            assert b"BEGIN:VCALENDAR" in response.read()
    finally:
        desk.calendar_export.stop_feed()


def test_item_json_shape(desk: Any, three: dict[str, str]) -> None:
    item = desk.calendar.agenda().items[0]
    data = item_json(item)
    assert list(data)[:5] == ["date", "milestone", "ref", "status", "days_left"]


def test_any_cli_change_keeps_the_calendar_file_current(cli_data: Path, tmp_path: Path) -> None:
    target = tmp_path / "kept-by-cli.ics"
    assert cli(cli_data, "settings", "calendar.file", str(target))[0] == 0
    code, _, err = cli(cli_data, "settings", "calendar.file", str(tmp_path / "x.txt"))
    assert code == 2 and ".ics" in err
    assert cli(cli_data, "extend", "PD-2026-0002", "--reason", "many systems")[0] == 0
    events = _events(target)
    assert "(only if extended)" not in str(events["PD-2026-0002-respond_by_extended@privacydesk"]["SUMMARY"])
    stamp = target.stat().st_mtime_ns
    assert cli(cli_data, "list")[0] == 0  # nothing changed: the file is not rewritten
    assert target.stat().st_mtime_ns == stamp
