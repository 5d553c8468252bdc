"""The table's SQL queries (``privacydesk.services.queries``) on a real database.

These need no Qt; they live here beside the window that is their only user.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from privacydesk.services.queries import FILTERS, QUEUE_FILTERS, SORT_KEYS, QueryError, RequestQueries


@pytest.fixture
def queries(desk: Any) -> RequestQueries:
    return RequestQueries(desk.db, desk.requests)


@pytest.fixture
def three(desk: Any, add_request: Callable[..., str]) -> dict[str, str]:
    refs = {
        "late": add_request("bob@example.com", ["deletion"], name="bob", received="2026-10-01T10:00"),
        "soon": add_request("ann_lee@example.com", ["access"], name="Ann Lee", regime="gdpr",
                            received="2026-11-01T10:00"),
        "fresh": add_request("cy@example.com", ["opt_out_sale"], name="Cy 100%", regime="ccpa",
                             received="2026-11-24T10:00", agent_name="Agency", agent_email="a@agency.example"),
    }
    return refs


def refs_of(desk: Any, queries: RequestQueries, ids: list[int]) -> list[str]:
    return [row.ref for row in queries.request_rows(ids)]


@pytest.mark.parametrize("sort_key", SORT_KEYS)
def test_every_sort_key_orders_and_reverses(desk: Any, queries: RequestQueries, three: dict[str, str],
                                            sort_key: str) -> None:
    up = queries.request_ids("all", sort_key, False, "")
    down = queries.request_ids("all", sort_key, True, "")
    assert sorted(up) == sorted(down) and len(up) == 3
    if sort_key not in ("status", "verification", "assignee", "regime", "types"):  # ties in these
        assert up == list(reversed(down))


def test_due_sort_puts_the_most_urgent_first_and_closed_last(desk: Any, queries: RequestQueries,
                                                             three: dict[str, str]) -> None:
    desk.requests.set_status(three["late"], "withdrawn")
    ids = queries.request_ids("all", "due", False, "")
    assert refs_of(desk, queries, ids) == [three["soon"], three["fresh"], three["late"]]
    ids = queries.request_ids("all", "due", True, "")
    assert refs_of(desk, queries, ids)[-1] == three["late"]


def test_requester_sort_ignores_case(desk: Any, queries: RequestQueries, three: dict[str, str]) -> None:
    ids = queries.request_ids("all", "requester", False, "")
    assert refs_of(desk, queries, ids) == [three["soon"], three["late"], three["fresh"]]


@pytest.mark.parametrize("search, expected", [
    ("ann", ["soon"]),
    ("ANN_LEE@", ["soon"]),      # "_" is a literal, not a LIKE wildcard
    ("ann%lee", []),             # "%" too
    ("100%", ["fresh"]),
    ("agency", ["fresh"]),       # the agent's name or address
    ("lee ann", ["soon"]),       # every word must match, in any field
    ("2026-0002", ["soon"]),
    ("example.com", ["late", "soon", "fresh"]),
    ("nobody", []),
])
def test_search(desk: Any, queries: RequestQueries, three: dict[str, str], search: str,
                expected: list[str]) -> None:
    ids = queries.request_ids("all", "ref", False, search)
    assert refs_of(desk, queries, ids) == [three[name] for name in expected]


def test_filters(desk: Any, queries: RequestQueries, three: dict[str, str]) -> None:
    desk.requests.set_status(three["fresh"], "duplicate")

    def names(filter_id: str) -> set[str]:
        found = set(refs_of(desk, queries, queries.request_ids(filter_id, "ref", False, "")))
        return {name for name, ref in three.items() if ref in found}

    assert names("open") == {"late", "soon"}
    assert names("all") == {"late", "soon", "fresh"}
    assert names("closed") == {"fresh"}
    assert names("duplicate") == {"fresh"}
    assert names("new") == {"late", "soon"}
    assert names("overdue") == {"late"}
    assert names("due_soon") == {"soon"}
    assert names("paused") == set()
    assert set(FILTERS) >= {"open", "all", "due_soon", "overdue", "new", "completed"}


def test_unknown_filter_or_sort_is_refused(queries: RequestQueries) -> None:
    with pytest.raises(QueryError, match="valid values"):
        queries.request_ids("everything", "ref", False, "")
    with pytest.raises(QueryError, match="valid values"):
        queries.request_ids("all", "colour", False, "")


def test_rows_carry_the_engine_clock_and_explanations(desk: Any, queries: RequestQueries,
                                                      three: dict[str, str]) -> None:
    ids = queries.request_ids("all", "ref", False, "")
    rows = {row.ref: row for row in queries.request_rows(ids)}
    shown = desk.requests.show(three["soon"])
    soon = rows[three["soon"]]
    assert soon.clock_status == shown.clock.status == "due_soon"
    assert soon.days_left == shown.clock.days_left == 6
    assert soon.explanation("respond_by") == shown.explanations["respond_by"]
    assert rows[three["late"]].flags == ("regime_not_confirmed",)
    assert "agent" in rows[three["fresh"]].flags
    assert queries.request_rows([999_999]) == []


def test_counts(desk: Any, queries: RequestQueries, three: dict[str, str]) -> None:
    counts = queries.counts()
    assert (counts.open, counts.due_soon, counts.overdue, counts.paused, counts.total) == (3, 1, 1, 0, 3)
    desk.requests.set_status(three["soon"], "awaiting_verification")
    desk.requests.set_status(three["fresh"], "withdrawn")
    counts = queries.counts()
    assert {q: counts.of(q) for q in QUEUE_FILTERS} == {
        "open": 2, "new": 1, "due_soon": 1, "overdue": 1, "awaiting_verification": 1, "in_progress": 0,
        "closed": 1, "all": 3}
    assert counts.to_review == 0


@pytest.mark.parametrize("search, expected", [
    ("kruger", ["kruger"]), ("KRÜGER", ["kruger"]), ("Krüger", ["kruger"]), ("krug", ["kruger"]),
    ("émile", ["emile"]), ("EMILE", ["emile"]), ("dubois emile", ["emile"]), ("francoise", ["francoise"]),
    ("søren", ["soren"]), ("soren", ["soren"]), ("strasse", ["strasse"]), ("zzz", []),
])
def test_search_ignores_accents_and_case(desk: Any, queries: RequestQueries, add_request: Callable[..., str],
                                         search: str, expected: list[str]) -> None:
    """"kruger" and "KRÜGER" find Krüger, "émile" finds ÉMILE (issue 8)."""
    refs = {"kruger": add_request("s.k@example.de", ["access"], name="Sabine Krüger"),
            "emile": add_request("e.d@example.fr", ["access"], name="ÉMILE DUBOIS"),
            "francoise": add_request("fr@example.fr", ["access"], name="Françoise Hardy"),
            "soren": add_request("sk@example.dk", ["access"], name="Søren Kierkegaard"),
            "strasse": add_request("ms@example.de", ["access"], name="Max Straße")}
    ids = queries.request_ids("all", "ref", False, search)
    assert refs_of(desk, queries, ids) == [refs[name] for name in expected]
