"""End to end on our labelled mailbox: import it, then compare what was filed with what a person
would file (issue 4's judging): requests and their types, requesters, follow-ups joined to the right
request, and no request from automated mail. Prints the figures."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from privacydesk.mail.parse import parse_message
from privacydesk.services.mailimport import import_paths
from privacydesk.store.models import Message, Request

DATA = Path(__file__).resolve().parents[1] / "data" / "mail"
HOLDOUT = Path(__file__).resolve().parents[1] / "data" / "mail-holdout"


@pytest.mark.parametrize("folder", [DATA, HOLDOUT], ids=["labelled", "holdout"])
def test_import_files_what_a_person_would(services: Any, folder: Path) -> None:
    labels = tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))
    report = import_paths(services.ingest, services.profile, [folder])
    assert not report.failures, report.failures
    ids = {name: parse_message((folder / name).read_bytes()).message.message_id for name in labels}
    with services.db.read() as session:
        by_mid: dict[str | None, Message] = {}
        for m in session.execute(select(Message)).scalars():
            by_mid[m.message_id] = m
        requests = {r.id: r for r in session.execute(select(Request)).scalars()}
        opened = {m.request_id: m for m in by_mid.values() if m.kind == "request"}

        truth = {n for n, lab in labels.items() if lab["category"] == "request"}
        filed = {n for n in labels if by_mid[ids[n]].kind == "request"}
        tp = len(truth & filed)
        recall = tp / len(truth)
        precision = tp / len(filed) if filed else 0.0
        exact = [n for n in truth & filed
                 if set(requests[by_mid[ids[n]].request_id].types) == set(labels[n]["types"])]
        type_accuracy = len(exact) / len(truth & filed)
        email_ok = [n for n in truth & filed
                    if (labels[n].get("requester", {}).get("email") or None)
                    == requests[by_mid[ids[n]].request_id].requester.primary_email]

        follow_ups = {n: lab for n, lab in labels.items() if lab["category"] == "follow_up"}
        joined = [n for n, lab in follow_ups.items()
                  if by_mid[ids[n]].request_id is not None
                  and by_mid[ids[n]].request_id == by_mid[ids[lab["follow_up_of"]]].request_id]
        automated_requests = [n for n, lab in labels.items()
                              if lab["category"] == "automated" and by_mid[ids[n]].kind == "request"]
        kept_content = [n for n, lab in labels.items()
                        if lab["category"] == "negative" and by_mid[ids[n]].kind == "not_request"
                        and (by_mid[ids[n]].text is not None)]
    print(f"\nimport of {len(labels)} labelled messages: recall {recall:.3f}, precision {precision:.3f}, "
          f"exact types {type_accuracy:.3f}, requester email {len(email_ok) / max(1, tp):.3f}, "
          f"follow-ups joined {len(joined)}/{len(follow_ups)}, requests opened {len(opened)}")
    print("missed:", sorted(truth - filed))
    print("false requests:", sorted(filed - truth))
    print("wrong types:", sorted((truth & filed) - set(exact)))
    print("follow-ups not joined:", sorted(set(follow_ups) - set(joined)))
    assert automated_requests == []
    assert kept_content == [], "non-request mail must not keep its content"
    assert recall >= 0.97
    assert precision >= 0.95
    assert type_accuracy >= 0.85
    assert len(joined) == len(follow_ups)


def test_reimport_changes_nothing(services: Any) -> None:
    first = import_paths(services.ingest, services.profile, [DATA])
    before = services.requests.list()
    again = import_paths(services.ingest, services.profile, [DATA])
    assert again.new_messages == 0 and again.new_requests == [] and again.follow_ups == []
    assert again.duplicates == first.new_messages + first.duplicates
    assert services.requests.list() == before
