"""Mail-server problems in words a non-engineer understands (no Qt here).

The kind of problem comes from ``SyncService``'s ``mail_error_kind`` (the window imports services
only, never the mail layer).

The mail layer's exceptions already carry a precise message (host, port, the server's own words);
that stays as the "Details" line, useful to whoever helps. In front of it we say what happened and
what to do, in the user's terms: *password refused → use an app password*, *certificate not
verified → ask for the certificate file or stop*, *cannot connect → check name, port, network*.

Sync reports arrive as plain strings (``SyncReport.as_json()["errors"]``), so ``report_words``
recognises the same cases by the report's ``auth_failed`` flag and the mail layer's message shapes.
"""

from __future__ import annotations

from privacydesk.services.sync import mail_error_kind

AUTH_WORDS = (
    "The server refused the user name or password. For Gmail use an app password: Google Account → "
    "Security → 2-Step Verification → App passwords (myaccount.google.com/apppasswords), create one "
    "for PrivacyDesk and paste its 16 letters as the password. Other providers: check the user name "
    "(usually the whole email address) and the password. PrivacyDesk tried only once, so the account "
    "is not locked."
)
CERTIFICATE_WORDS = (
    "The server's security certificate could not be verified, so PrivacyDesk did not connect and did "
    "not send your password. If this is your organisation's own mail server, ask its administrator "
    "for the certificate authority file (.pem) and choose it under 'CA file'. Otherwise the "
    "connection may have been intercepted (for example by a public Wi-Fi): do not continue, and try "
    "again from another network."
)
SECURITY_WORDS = (
    "A secure connection could not be set up. Check the 'Security' choice: port 993 uses SSL/TLS, "
    "port 143 uses STARTTLS."
)
CONNECTION_WORDS = (
    "PrivacyDesk could not reach the mail server. Check the server name and the port, and that this "
    "computer is connected to the internet."
)
FOLDER_WORDS = "The server answered, but a folder could not be opened. Choose the folders again after 'Test connection'."
KEYRING_WORDS = "The password could not be stored or read in the system keyring."


def error_words(exc: BaseException) -> str:
    """Plain words, then the technical details, for an error from testing or syncing an account."""
    details = str(exc).strip()
    kind = mail_error_kind(exc)
    lead = {"auth": AUTH_WORDS, "certificate": CERTIFICATE_WORDS, "security": SECURITY_WORDS,
            "connection": CONNECTION_WORDS, "folder": FOLDER_WORDS, "keyring": KEYRING_WORDS,
            "server": "The mail server answered something PrivacyDesk could not use."}.get(kind)
    if kind in ("settings", "account"):
        return details  # already says what to change in the form
    if lead is None:
        return ("Something unexpected went wrong and nothing was saved. Please try again; if it keeps "
                "happening, send the log file to whoever supports PrivacyDesk.")
    return f"{lead}\n\nDetails: {details}" if details else lead


def report_words(errors: list[str] | tuple[str, ...], auth_failed: bool) -> str:
    """Plain words for a sync report's errors (strings, see the module docstring)."""
    if not errors:
        return ""
    first = errors[0]
    if auth_failed:
        lead = AUTH_WORDS
    elif "certificate" in first.lower() and "refused" in first.lower():
        lead = CERTIFICATE_WORDS
    elif "keyring" in first.lower():
        lead = KEYRING_WORDS
    elif any(w in first.lower() for w in ("could not be found", "refused the connection", "cannot be reached",
                                          "did not answer", "connection to", "network error", "was lost",
                                          "closed the connection")):
        lead = CONNECTION_WORDS
    else:
        return first if len(errors) == 1 else f"{first} (and {len(errors) - 1} more problems)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{lead}\n\nDetails: {first}{more}"


def short_words(errors: list[str] | tuple[str, ...], auth_failed: bool) -> str:
    """One short line for the status bar."""
    if not errors:
        return ""
    if auth_failed:
        return "the server refused the user name or password"
    first = errors[0].lower()
    if "certificate" in first and "refused" in first:
        return "the server's certificate could not be verified"
    if "keyring" in first:
        return "the password could not be read from the keyring"
    if "retrying in" in first:
        return "cannot reach the mail server; trying again"
    if any(w in first for w in ("could not be found", "refused the connection", "cannot be reached",
                                "did not answer", "gave up after")):
        return "cannot reach the mail server"
    if "folder" in first:
        return "a folder could not be opened"
    return "the last sync had a problem"
