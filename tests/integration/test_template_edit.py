"""Editing reply templates (issue 12): the user's copy is tried against a sample request with the same
strict rendering as sending, saved only when it renders, and restored to the shipped version."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from privacydesk.domain.errors import NotFound
from privacydesk.domain.replies import TemplateError


@pytest.fixture
def svc(tmp_path: Path) -> Iterator[Any]:
    from privacydesk.paths import AppPaths
    from privacydesk.services.app import open_services

    services = open_services(AppPaths(tmp_path / "data"), clock=lambda: datetime(2026, 11, 25, 15, 0, tzinfo=UTC))
    try:
        yield services
    finally:
        services.close()


def test_a_shipped_template_renders_against_the_sample_request(svc: Any) -> None:
    edit = svc.template_edit
    shipped = edit.text("acknowledgement", "en")
    assert not shipped.own_copy and shipped.has_shipped
    trial = edit.trial("acknowledgement", "en", shipped.text)
    assert "PD-2026-0042" in trial.body and "Alex Sample" in trial.body
    assert "Alex Sample" in trial.sample and "received" in trial.sample
    # Every shipped template in every language renders against its sample (no input left unfilled).
    for entry in edit.entries():
        for language in entry.languages:
            text = edit.text(entry.name, language).text
            assert edit.trial(entry.name, language, text).body.strip(), (entry.name, language)


def test_an_unknown_variable_is_refused_with_its_line_and_nothing_is_saved(svc: Any) -> None:
    edit = svc.template_edit
    text = edit.text("acknowledgement", "en").text
    lines = text.splitlines()
    lines.insert(len(lines) - 1, "Your case number is {{ request.case_number }}.")
    broken = "\n".join(lines) + "\n"
    with pytest.raises(TemplateError) as caught:
        edit.trial("acknowledgement", "en", broken)
    assert caught.value.line == len(lines) - 1
    assert "case_number" in str(caught.value) and f"line {len(lines) - 1}" in str(caught.value)
    with pytest.raises(TemplateError):
        edit.save("acknowledgement", "en", broken)
    assert not edit.own_path("acknowledgement", "en").exists()


def test_a_saved_copy_is_used_for_letters_and_restoring_brings_back_the_shipped_one(
        svc: Any, tmp_path: Path) -> None:
    from privacydesk.services.requests import NewRequest

    edit = svc.template_edit
    shipped = edit.text("acknowledgement", "en").text
    mine = shipped.replace("{% include \"signature\" %}", "We answer every request ourselves.\n"
                           "{% include \"signature\" %}")
    assert mine != shipped
    saved = edit.save("acknowledgement", "en", mine)
    assert saved.own_copy and saved.path == tmp_path / "data" / "templates" / "en" / "acknowledgement.txt"
    assert saved.path.read_text(encoding="utf-8") == mine

    ref = svc.requests.create(NewRequest(email="ana@example.com", types=["access"], regime="gdpr",
                                         received=datetime(2026, 11, 20, 10, 0))).ref
    assert "We answer every request ourselves." in svc.replies.preview(ref, "acknowledgement").body

    restored = edit.restore("acknowledgement", "en")
    assert not restored.own_copy and restored.text == shipped and not saved.path.exists()
    assert "We answer every request ourselves." not in svc.replies.preview(ref, "acknowledgement").body


def test_broken_metadata_and_unknown_templates_are_named(svc: Any) -> None:
    edit = svc.template_edit
    with pytest.raises(TemplateError) as caught:
        edit.trial("acknowledgement", "en", "subject = 'no front matter'\n")
    assert caught.value.line == 1
    with pytest.raises(NotFound):
        edit.text("no_such_letter", "en")
