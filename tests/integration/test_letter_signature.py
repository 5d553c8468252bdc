"""A letter is never signed with a computer login such as "root" (issue 8: the staff member's name,
never a bare login; issue 9: no placeholder-like value reaches a requester). Found by an outside check:
``privacydesk reply`` from a root shell without a configured name signed the letter "root"."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from privacydesk.domain import settings as decl
from privacydesk.services import settings as settings_module
from privacydesk.services.requests import NewRequest

LANGUAGES = ("en", "de", "fr", "es")


def _request(services: Any) -> str:
    return str(services.requests.create(NewRequest(
        email="ana@example.com", name="Ana Silva", types=["deletion"], regime="gdpr",
        received=datetime.fromisoformat("2026-11-20T10:00"))).ref)


def _closing(body: str) -> list[str]:
    """The lines after the greeting at the end ("Kind regards" and the like) up to the reference."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    ref_line = next(i for i, line in enumerate(lines) if "PD-2026-" in line and ":" in line[:12])
    return lines[ref_line - 5:ref_line]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_only_a_login_known_signs_as_the_privacy_team(services: Any, monkeypatch: pytest.MonkeyPatch,
                                                      lang: str) -> None:
    monkeypatch.delenv("PRIVACYDESK_USER", raising=False)
    monkeypatch.setattr(settings_module, "os_full_name", lambda: "")
    monkeypatch.setattr(settings_module, "os_login", lambda: "root")
    ref = _request(services)
    body = services.replies.preview(ref, "acknowledgement", lang=lang).body
    assert "root" not in _closing(body)
    assert any("3DPros LLC" in line for line in _closing(body))


def test_a_configured_name_signs_the_letter(services: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRIVACYDESK_USER", raising=False)
    monkeypatch.setattr(settings_module, "os_full_name", lambda: "")
    monkeypatch.setattr(settings_module, "os_login", lambda: "root")
    services.settings.set(decl.STAFF_NAME, "Ana Ruiz")
    ref = _request(services)
    body = services.replies.preview(ref, "acknowledgement", lang="en").body
    assert "Ana Ruiz" in _closing(body) and "root" not in body
