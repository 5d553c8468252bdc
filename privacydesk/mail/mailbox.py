"""The one place PrivacyDesk writes to a mailbox: a reply saved to Drafts, or copied to Sent.

Both happen only because a person asked for it (Save draft, Send) or enabled it (the automatic
acknowledgement). Only ``APPEND`` is used — never STORE, COPY, MOVE or EXPUNGE — so nothing already in
the mailbox can change. Folders are found by their SPECIAL-USE flag (RFC 6154: ``\\Drafts``,
``\\Sent``), else by a usual name ("Drafts", "Sent Items", "[Gmail]/Sent Mail" …); when a mailbox has
no such folder at all, "Drafts" or "Sent" is created.

Looking for a message by its Message-ID (to settle a send whose outcome is uncertain) opens the folder
read-only (EXAMINE) and searches its headers.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Final

import imapclient
from imapclient import IMAPClient

from privacydesk.mail.imap import ImapFolderError, ImapProtocolError, ImapSettings, mapped, open_client

DRAFTS: Final = "drafts"
SENT: Final = "sent"
#: SPECIAL-USE flags (RFC 6154); IMAPClient looks for them first, then for usual folder names.
_FLAGS: Final = {DRAFTS: b"\\Drafts", SENT: b"\\Sent"}
_DEFAULT_NAMES: Final = {DRAFTS: "Drafts", SENT: "Sent"}
_APPENDUID = re.compile(rb"APPENDUID\s+(\d+)\s+(\d+)", re.IGNORECASE)


@dataclass(frozen=True)
class Appended:
    folder: str
    uid: int | None  # with UIDPLUS
    created_folder: bool = False


class MailboxWriter:
    """One logged-in session that can append to Drafts and Sent and search them. Not thread-safe."""

    def __init__(self, client: IMAPClient, settings: ImapSettings) -> None:
        self._client = client
        self.settings = settings

    def folder(self, kind: str, *, create: bool = False) -> tuple[str | None, bool]:
        """The Drafts or Sent folder: (name, created now)."""
        with mapped(self.settings, "looking for a folder"):
            found = self._client.find_special_folder(_FLAGS[kind])
        if found is not None:
            return (found if isinstance(found, str) else bytes(found).decode("utf-8", "replace")), False
        if not create:
            return None, False
        name = _DEFAULT_NAMES[kind]
        with mapped(self.settings, f"creating the {name} folder"):
            self._client.create_folder(name)
        return name, True

    def append(self, kind: str, raw: bytes, when: datetime | None = None) -> Appended:
        """Append ``raw`` to Drafts (flags \\Draft \\Seen) or Sent (\\Seen)."""
        folder, created = self.folder(kind, create=True)
        assert folder is not None
        flags = (imapclient.DRAFT, imapclient.SEEN) if kind == DRAFTS else (imapclient.SEEN,)
        with mapped(self.settings, f"saving the message to {folder}"):
            response = self._client.append(folder, raw, flags=flags, msg_time=when)
        uid: int | None = None
        text = response if isinstance(response, bytes) else str(response).encode()
        match = _APPENDUID.search(text)
        if match:
            uid = int(match.group(2))
        return Appended(folder, uid, created)

    def contains(self, kind: str, message_id: str) -> bool:
        """Is a message with this Message-ID in Drafts/Sent? (read-only: EXAMINE + SEARCH)"""
        folder, _ = self.folder(kind)
        if folder is None:
            return False
        try:
            with mapped(self.settings, f"searching {folder}"):
                self._client.select_folder(folder, readonly=True)
                found = self._client.search(["HEADER", "Message-ID", message_id.strip()])
        except ImapProtocolError as exc:
            raise ImapFolderError(f"The folder {folder!r} could not be searched: {exc}") from exc
        finally:
            with contextlib.suppress(Exception):
                self._client.unselect_folder()
        return bool(found)

    def close(self) -> None:
        try:
            with contextlib.suppress(Exception):
                self._client.socket().settimeout(5)
            self._client.logout()
        except Exception:
            with contextlib.suppress(Exception):
                self._client.shutdown()

    def __enter__(self) -> MailboxWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_writer(settings: ImapSettings, password: str) -> MailboxWriter:
    return MailboxWriter(open_client(settings, password), settings)
