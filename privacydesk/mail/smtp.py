"""Handing one message to an SMTP server, knowing exactly how far it got.

The outbox promises "at most once", so what matters is not only whether a send failed but *when*:
a failure before the message text was transmitted means the server surely has nothing (``SmtpFailed``,
safe to try again); a failure after the text was transmitted but before the server's "250 OK" means
it may have been delivered (``SmtpUncertain``: never resent automatically). ``send`` returns only
after the server accepted the message.

Security is that of the IMAP side (``mail.imap``): ``ssl`` (port 465) or ``starttls`` (587); plain
text only to a server on this computer. Certificates are always verified (system store, or the
account's CA file). The password comes from the caller (the OS keyring), never from a file, and
``smtplib``'s debug output — which would print the message — is never switched on.

``on_phase`` is a seam for tests that must interrupt a send at a precise point (a process killed
after the message text went out, say): it is called with "connected", "authenticated", "envelope",
"data_sent" (the whole text transmitted, the server's answer not yet read) and "accepted".
"""

from __future__ import annotations

import contextlib
import logging
import re
import smtplib
import socket
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from privacydesk.mail.imap import LOOPBACK_HOSTS, ssl_context

log = logging.getLogger(__name__)

SECURITY_CHOICES: Final = ("ssl", "starttls", "none")
DEFAULT_PORTS: Final = {"ssl": 465, "starttls": 587, "none": 25}

Phase = Callable[[str], None]


class SmtpError(Exception):
    """Sending failed; ``str()`` is meant for the user. ``maybe_sent`` says whether the server may
    have the message anyway (then it must not be sent again without checking)."""

    maybe_sent: bool = False


class SmtpSettingsError(SmtpError, ValueError):
    pass


class SmtpFailed(SmtpError):
    """The server surely did not take the message (nothing was transmitted, or it said no)."""


class SmtpAuthError(SmtpFailed):
    """The server refused the username or password."""


class SmtpUncertain(SmtpError):
    """The connection broke after the message text was transmitted: it may have been delivered."""

    maybe_sent = True


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    username: str
    security: str = "starttls"
    port: int | None = None
    ca_file: str | None = None
    timeout: float = 60.0

    @property
    def effective_port(self) -> int:
        return self.port or DEFAULT_PORTS.get(self.security, 587)

    def check(self) -> None:
        check_smtp_settings(self.host, self.security, self.port)


def check_smtp_settings(host: str, security: str, port: int | None) -> None:
    if not host or any(c.isspace() for c in host):
        raise SmtpSettingsError(f"{host!r} is not a valid server name.")
    if security not in SECURITY_CHOICES:
        raise SmtpSettingsError(f"Unknown SMTP security {security!r}; choose one of: {', '.join(SECURITY_CHOICES)}.")
    if security == "none" and host.lower() not in LOOPBACK_HOSTS:
        raise SmtpSettingsError(
            f"Refusing to send mail and the password unencrypted to {host}: SMTP security 'none' is only "
            "allowed for a server on this computer. Use 'ssl' (port 465) or 'starttls' (port 587).")
    if port is not None and not 0 < port < 65536:
        raise SmtpSettingsError(f"Port {port} is not valid (1-65535).")


@dataclass(frozen=True)
class SmtpReceipt:
    """The server's answer to the message text ("250 2.0.0 Ok: queued as …")."""

    code: int
    response: str


class _PhaseMixin:
    """Calls the phase hook right after the last byte of the message text went out."""

    _pd_phase: Phase | None = None
    _pd_in_data = False
    _pd_text_started = False  # the message text began to go out: from now on it may arrive

    def send(self, s: Any) -> None:
        if self._pd_in_data and isinstance(s, bytes) and s.endswith(b"\r\n.\r\n"):
            self._pd_text_started = True
            super().send(s)  # type: ignore[misc]
            self._pd_in_data = False
            if self._pd_phase is not None:
                self._pd_phase("data_sent")
            return
        super().send(s)  # type: ignore[misc]


class _SMTP(_PhaseMixin, smtplib.SMTP):
    pass


class _SMTPSSL(_PhaseMixin, smtplib.SMTP_SSL):
    pass


def _where(settings: SmtpSettings) -> str:
    return f"{settings.host}:{settings.effective_port}"


def _describe_network(exc: BaseException, settings: SmtpSettings, doing: str) -> str:
    where = _where(settings)
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or exc.reason or str(exc)
        hint = ("If this is your own server with its own certificate authority, give the account its "
                "certificate (--ca-file)." if settings.ca_file is None else
                f"The CA file {settings.ca_file} does not vouch for this server.")
        return (f"The certificate of {settings.host} was refused ({reason}), so nothing was sent. {hint}")
    if isinstance(exc, ssl.SSLError):
        hint = ""
        if "wrong version" in str(exc).lower() or getattr(exc, "reason", "") == "WRONG_VERSION_NUMBER":
            hint = " The server on this port does not speak TLS directly: try --smtp-security starttls (port 587)."
        return f"Secure connection to {where} failed while {doing} ({getattr(exc, 'reason', None) or exc}).{hint}"
    if isinstance(exc, ConnectionRefusedError):
        return f"{where} refused the connection. Check the SMTP server name and port."
    if isinstance(exc, socket.gaierror):
        return f"The server name {settings.host} could not be found. Check the name and the internet connection."
    if isinstance(exc, TimeoutError):
        return f"{where} did not answer in time while {doing}."
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return f"{where} closed the connection while {doing}."
    return f"Network error talking to {where} while {doing} ({type(exc).__name__}: {exc})."


_ADDRESS = re.compile(r"[^\s<>\"']+@[^\s<>\"']+")


def _server_says(code: int, resp: bytes | str) -> str:
    """The server's answer for an error message, with any email address in it blanked: error
    messages carry no personal data (servers like to quote the refused recipient)."""
    text = resp.decode("utf-8", "replace") if isinstance(resp, bytes) else str(resp)
    return _ADDRESS.sub("(address)", f"{code} {' '.join(text.split())}")[:300]


def send(settings: SmtpSettings, password: str | None, sender: str, recipients: Sequence[str], raw: bytes,
         *, on_phase: Phase | None = None) -> SmtpReceipt:
    """Deliver ``raw`` to the server for ``recipients``; return once the server accepted it.

    Raises ``SmtpFailed`` (nothing delivered; safe to retry), ``SmtpAuthError`` (a ``SmtpFailed``;
    do not retry with the same password) or ``SmtpUncertain`` (may have been delivered).
    """
    settings.check()
    if not recipients:
        raise SmtpFailed("The message has no recipient.")
    context = ssl_context(settings.ca_file) if settings.security != "none" else None
    doing = "connecting"
    client: smtplib.SMTP | None = None
    in_data = False
    try:
        if settings.security == "ssl":
            client = _SMTPSSL(settings.host, settings.effective_port, timeout=settings.timeout, context=context)
        else:
            client = _SMTP(settings.host, settings.effective_port, timeout=settings.timeout)
        client.set_debuglevel(0)
        client.ehlo()
        if settings.security == "starttls":
            doing = "starting TLS"
            if not client.has_extn("starttls"):
                raise SmtpFailed(f"{settings.host} does not offer STARTTLS on port {settings.effective_port}, "
                                 "so the password and the message would travel unencrypted; nothing was sent. "
                                 "Use --smtp-security ssl (port 465).")
            client.starttls(context=context)
            client.ehlo()
        if on_phase is not None:
            on_phase("connected")
        doing = "logging in"
        if client.has_extn("auth"):
            if not password:
                raise SmtpAuthError(f"{settings.host} asks for a login but no password is stored for it.")
            try:
                client.login(settings.username, password)
            except smtplib.SMTPAuthenticationError as exc:
                raise SmtpAuthError(
                    f"{settings.host} refused the login for {settings.username} ({_server_says(exc.smtp_code, exc.smtp_error)}). "
                    "Check the username and password (for Gmail an app password is needed); nothing was sent."
                ) from exc
            except smtplib.SMTPNotSupportedError as exc:
                raise SmtpAuthError(f"{settings.host} offers no login method PrivacyDesk can use; nothing was sent.") from exc
        elif settings.security != "none":
            raise SmtpFailed(f"{settings.host} does not offer a login on port {settings.effective_port}; "
                             "check the SMTP port (usually 465 or 587). Nothing was sent.")
        if on_phase is not None:
            on_phase("authenticated")
        doing = "sending the envelope"
        code, resp = client.mail(sender)
        if code != 250:
            raise SmtpFailed(f"{settings.host} refused our sender address ({_server_says(code, resp)}); "
                             "check the account's From address. Nothing was sent.")
        for rcpt in recipients:
            code, resp = client.rcpt(rcpt)
            if code not in (250, 251):
                with contextlib.suppress(smtplib.SMTPException, OSError):
                    client.rset()
                raise SmtpFailed(f"{settings.host} refused the recipient's address ({_server_says(code, resp)}); "
                                 "check it in the request. Nothing was sent.")
        if on_phase is not None:
            on_phase("envelope")
        doing = "transmitting the message"
        if isinstance(client, _PhaseMixin):
            client._pd_phase = on_phase
            client._pd_in_data = True
        in_data = True
        code, resp = client.data(raw)
        in_data = False
        if code != 250:  # the server answered the text with an error: it did not take it
            raise SmtpFailed(f"{settings.host} did not accept the message ({_server_says(code, resp)}); "
                             "nothing was sent.")
        receipt = SmtpReceipt(code, _server_says(code, resp))
        if on_phase is not None:
            on_phase("accepted")
        with contextlib.suppress(smtplib.SMTPException, OSError):
            client.quit()
        return receipt
    except SmtpError:
        raise
    except smtplib.SMTPDataError as exc:
        # The server answered the message text with an error: it did not take it.
        raise SmtpFailed(f"{settings.host} did not accept the message ({_server_says(exc.smtp_code, exc.smtp_error)}); "
                         "nothing was sent.") from exc
    except smtplib.SMTPResponseException as exc:
        if in_data and exc.smtp_code == 354:  # pragma: no cover - smtplib raises SMTPDataError here
            raise SmtpUncertain(f"{settings.host} gave an unexpected answer after the message was transmitted.") from exc
        raise SmtpFailed(f"{settings.host} refused while {doing} ({_server_says(exc.smtp_code, exc.smtp_error)}); "
                         "nothing was sent.") from exc
    except (smtplib.SMTPException, OSError) as exc:
        message = _describe_network(exc, settings, doing)
        if in_data and getattr(client, "_pd_text_started", True):
            raise SmtpUncertain(message + " The message may or may not have been delivered: PrivacyDesk will "
                                "not send it again on its own.") from exc
        raise SmtpFailed(message + " Nothing was sent.") from exc
    finally:
        if client is not None:
            with contextlib.suppress(Exception):
                client.close()
