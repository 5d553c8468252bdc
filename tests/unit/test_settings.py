"""Settings declared once (domain/settings.py), stored in settings.toml (services/settings.py)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from privacydesk.domain import settings as decl
from privacydesk.domain.errors import InvalidInput, StorageProblem, UserError
from privacydesk.services.settings import SettingsService


def test_defaults_when_no_file(tmp_path: Path) -> None:
    store = SettingsService(tmp_path / "settings.toml")
    assert store.get(decl.STAFF_NAME) == ""
    assert set(store.values()) == {s.key for s in decl.ALL}


def test_set_keeps_comments_and_is_private(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("# my own note\n[staff]\nname = \"Ana\"\n")
    old_umask = os.umask(0)
    try:
        SettingsService(path).set(decl.STAFF_EMAIL, "ana@3dpros.example")
    finally:
        os.umask(old_umask)
    text = path.read_text()
    assert "# my own note" in text and 'email = "ana@3dpros.example"' in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert SettingsService(path).get(decl.STAFF_NAME) == "Ana"


def test_bad_value_is_refused_naming_the_setting(tmp_path: Path) -> None:
    store = SettingsService(tmp_path / "settings.toml")
    with pytest.raises(InvalidInput, match="Your email address"):
        store.set(decl.STAFF_EMAIL, "not-an-address")
    with pytest.raises(InvalidInput, match="line breaks"):
        store.set(decl.STAFF_NAME, "Ana\nEvil")
    assert not (tmp_path / "settings.toml").exists()


def test_unreadable_file_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("[staff\nname = ")
    assert SettingsService(path).get(decl.STAFF_NAME) == ""
    path.write_text("[staff]\nname = 12\nemail = 'x'\n")
    store = SettingsService(path)
    assert store.get(decl.STAFF_NAME) == "12"
    assert store.get(decl.STAFF_EMAIL) == ""  # not an address: the default, never a crash


def test_staff_name_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = SettingsService(tmp_path / "settings.toml")
    monkeypatch.delenv("PRIVACYDESK_USER", raising=False)
    store.set(decl.STAFF_NAME, "Ana Ruiz")
    assert store.staff_name() == "Ana Ruiz" and store.staff_name_is_known()
    monkeypatch.setenv("PRIVACYDESK_USER", "Shared Desk")
    assert store.staff_name() == "Shared Desk"


def test_write_failure_is_a_storage_problem(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.mkdir()  # something that cannot be replaced by a file, even by root
    with pytest.raises(StorageProblem, match="could not be saved"):
        SettingsService(path).set(decl.STAFF_NAME, "Bea")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".settings-")]  # no debris


def test_every_user_error_has_an_exit_code_and_title() -> None:
    from privacydesk.domain.deadlines import DeadlineError, ExtensionRefused
    from privacydesk.domain.lifecycle import LifecycleError
    from privacydesk.domain.profile import ProfileError
    from privacydesk.services.accounts import AccountError
    from privacydesk.services.requests import ConcurrentChange, NotFound
    from privacydesk.store.db import StorageError

    for cls in (DeadlineError, ExtensionRefused, LifecycleError, ProfileError, AccountError,
                ConcurrentChange, NotFound, StorageError, InvalidInput):
        assert issubclass(cls, UserError), cls
    assert InvalidInput.exit_code == 2 and NotFound.exit_code == 1
