"""Changing an account's server settings (the window's Edit) keeps its name and password in step."""

from __future__ import annotations

from typing import Any

import pytest

from privacydesk.services.accounts import InvalidAccount, NewAccount
from privacydesk.services.ingest import FolderProgress


def test_update_changes_settings_and_restarts_sync_positions(services: Any, memory_keyring: Any) -> None:
    accounts = services.accounts
    accounts.add(NewAccount(name="team", host="imap.example.com", username="team@example.com"), "s3cret")
    services.ingest.store_batch([], FolderProgress("team", "INBOX", 7, 120))
    assert accounts.get("team").folder_states[0].last_uid == 120

    accounts.update("team", NewAccount(name="ignored", host="imap.example.com", username="team@example.com",
                                       security="starttls", folders=("INBOX", "Archive")))
    info = accounts.get("team")
    assert (info.security, info.port, info.folders) == ("starttls", 143, ("INBOX", "Archive"))
    assert info.folder_states[0].last_uid == 120  # same mailbox: keep reading where we were
    assert accounts.password("team") == "s3cret"

    accounts.update("team", NewAccount(name="team", host="mail.example.org", username="team@example.org"),
                    password="n3w")
    info = accounts.get("team")
    assert info.host == "mail.example.org" and info.folder_states == ()  # another mailbox: start afresh
    assert accounts.password("team") == "n3w"

    with pytest.raises(InvalidAccount):
        accounts.update("team", NewAccount(name="team", host="mail.example.org", username=""))
    assert accounts.get("team").username == "team@example.org"
