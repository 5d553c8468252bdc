"""Packaging helpers for evaluation mailbox B/C (copied from tests/data/mail-holdout/tools/kit.py and extended:
more quote-header languages, DSN/bounce bodies, list headers). Original docstring follows.

Packaging helpers for the held-out mailbox.

Every body in this folder is written by hand in the ``msgs_*.py`` modules; this module only wraps a
body the way a given mail client would (header order, Message-ID shape, boundary style, charset and
transfer encoding) and adds the trace headers Gmail puts on mail it delivers to 3dprosteam@gmail.com.
Output is deterministic: randomness is seeded by the file name, so re-running the build rewrites
identical bytes.
"""

from __future__ import annotations

import base64
import hashlib
import html as htmllib
import random
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import policy
from email.generator import BytesGenerator
from email.message import MIMEPart
from email.utils import format_datetime
from io import BytesIO
from typing import Any
from zoneinfo import ZoneInfo

COMPANY = "3dprosteam@gmail.com"
PACIFIC = ZoneInfo("America/Los_Angeles")


# --------------------------------------------------------------------------- headers

def ew(text: str, charset: str = "utf-8", enc: str = "Q") -> str:
    """RFC 2047 encoded words for ``text`` in ``charset``, folded; words never split a character
    (and, for ISO-2022-JP, each word is encoded on its own so it returns to ASCII)."""
    def qenc(raw: bytes) -> str:
        out = []
        for b in raw:
            c = chr(b)
            if c == " ":
                out.append("_")
            elif (c.isalnum() and b < 128) or (c in "!*+-/" and b < 128):
                out.append(c)
            else:
                out.append(f"={b:02X}")
        return "".join(out)

    def render_word(chunk: str) -> str:
        raw = chunk.encode(charset)
        if enc.upper() == "B":
            return base64.b64encode(raw).decode()
        return qenc(raw)

    words, cur = [], ""
    for ch in text:
        if cur and len(render_word(cur + ch)) > 60:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    tag = "B" if enc.upper() == "B" else "Q"
    return "\n ".join(f"=?{charset}?{tag}?{render_word(w)}?=" for w in words)


def needs_encoding(s: str) -> bool:
    return any(ord(c) > 127 for c in s)


def addr(name: str | None, email: str, charset: str = "utf-8", enc: str = "Q", quote: bool = True) -> str:
    if not name:
        return f"<{email}>" if quote else email
    if needs_encoding(name):
        return f"{ew(name, charset, enc)} <{email}>"
    if re.search(r"[(),.:;@\[\]\"]", name) or quote:
        return f'"{name}" <{email}>' if re.search(r"[(),.:;@\[\]\"]", name) else f"{name} <{email}>"
    return f"{name} <{email}>"


def subj(text: str, charset: str = "utf-8", enc: str = "Q") -> str:
    return ew(text, charset, enc) if needs_encoding(text) else text


def when(s: str) -> datetime:
    """'2026-09-03 14:22:10 -0500' or '2026-09-03 14:22 -0500' -> aware datetime."""
    fmt = "%Y-%m-%d %H:%M:%S %z" if s.split()[1].count(":") == 2 else "%Y-%m-%d %H:%M %z"
    return datetime.strptime(s, fmt)


def rfcdate(dt: datetime, zone_name: bool = False) -> str:
    s = format_datetime(dt)
    if zone_name:
        s += " (" + (dt.tzname() or "UTC") + ")"
    return s


# --------------------------------------------------------------------------- ids

class Rand:
    def __init__(self, seed: str) -> None:
        self.r = random.Random(hashlib.sha256(seed.encode()).hexdigest())

    def hex(self, n: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def HEX(self, n: int) -> str:
        return self.hex(n).upper()

    def alnum(self, n: int, extra: str = "") -> str:
        return "".join(self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" + extra)
                       for _ in range(n))

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def uuid(self) -> str:
        return str(uuid.UUID(self.hex(32)))

    def ip(self) -> str:
        return f"{self.r.choice([40, 52, 74, 98, 104, 134, 185, 203, 209])}.{self.r.randint(1, 254)}." \
               f"{self.r.randint(1, 254)}.{self.r.randint(1, 254)}"

    def randint(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def pick(self, seq: Any) -> Any:
        return self.r.choice(seq)


def msgid(client: str, rnd: Rand, domain: str) -> str:
    if client == "gmail":
        return f"<CA{rnd.alnum(38, '+_-')}@mail.gmail.com>"
    if client in ("outlook", "outlookcom"):
        box = rnd.pick(["DM6PR12MB", "SN7PR19MB", "BY5PR04MB", "PH0PR11MB", "AM9PR07MB", "DB9PR02MB"]) + rnd.digits(4)
        region = {"AM": "eurprd07", "DB": "eurprd02"}.get(box[:2], "namprd12")
        return f"<{box}{rnd.HEX(12)}{rnd.digits(4)}{rnd.HEX(8)}@{box}.{region}.prod.outlook.com>"
    if client == "apple":
        return f"<{rnd.uuid().upper()}@{domain}>"
    if client == "thunderbird":
        return f"<{rnd.uuid()}@{domain}>"
    if client == "yahoo":
        return f"<{rnd.digits(10)}.{rnd.digits(7)}.{rnd.digits(13)}@mail.yahoo.com>"
    if client == "webform":
        return f"<{rnd.alnum(32)}@3dpros.com>"
    if client == "gform":
        return f"<{rnd.alnum(22)}@google.com>"
    if client == "gmx":
        return f"<trinity-{rnd.uuid()}-{rnd.digits(13)}@3c-app-gmx-bap{rnd.digits(2)}>"
    if client == "orange":
        return f"<{rnd.digits(9)}.{rnd.digits(5)}.{rnd.digits(13)}.JavaMail.open-xchange@opme11oxm{rnd.digits(2)}aub.bagnolet.francetelecom.fr>"
    if client == "ticket":
        return f"<{rnd.alnum(12)}_{rnd.hex(8)}_sprut@{domain}>"
    return f"<{rnd.digits(14)}.{rnd.hex(12)}@{domain}>"


def boundary(client: str, rnd: Rand) -> str:
    if client == "gmail" or client == "gform":
        return "0000000000" + rnd.hex(18)
    if client in ("outlook", "outlookcom"):
        return f"_000_{rnd.pick(['DM6PR12MB', 'SN7PR19MB', 'PH0PR11MB'])}{rnd.digits(4)}{rnd.HEX(10)}_"
    if client == "apple":
        return f"Apple-Mail={rnd.uuid().upper()}"
    if client == "thunderbird":
        return "------------" + rnd.alnum(24)
    if client == "yahoo":
        return f"----=_Part_{rnd.digits(7)}_{rnd.digits(9)}.{rnd.digits(13)}"
    if client == "gmx":
        return f"rehcsed-{rnd.digits(6)}"
    return f"b1_{rnd.alnum(32)}"


# --------------------------------------------------------------------------- bodies

def text_to_html(text: str, client: str) -> str:
    """The HTML alternative a client generates from what the person typed (no new words)."""
    lines = text.split("\n")
    if client == "gmail":
        parts = []
        for ln in lines:
            parts.append(f"<div>{htmllib.escape(ln)}</div>" if ln.strip() else "<div><br></div>")
        return '<div dir="ltr">' + "".join(parts) + "</div>\n"
    if client in ("outlook", "outlookcom"):
        parts = []
        for ln in lines:
            inner = htmllib.escape(ln) if ln.strip() else "&nbsp;"
            parts.append(f'<p class="MsoNormal"><span style="font-size:11.0pt">{inner}</span></p>')
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                "<style><!-- p.MsoNormal {margin:0in; font-family:\"Calibri\",sans-serif;} --></style>\n"
                "</head>\n<body lang=\"EN-US\" link=\"#0563C1\" vlink=\"#954F72\">\n<div class=\"WordSection1\">\n"
                + "\n".join(parts) + "\n</div>\n</body>\n</html>\n")
    if client == "yahoo":
        parts = [f"<div>{htmllib.escape(ln) if ln.strip() else '<br>'}</div>" for ln in lines]
        return ('<html><head></head><body><div class="ydp3a1f0c2ayahoo-style-wrap" '
                'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                + "".join(parts) + "</div></body></html>")
    if client == "apple":
        parts = [f"<div>{htmllib.escape(ln) if ln.strip() else '<br>'}</div>" for ln in lines]
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto">' + "".join(parts) + "</body></html>")
    parts = [f"{htmllib.escape(ln)}<br>" for ln in lines]
    return "<html><body>\n" + "\n".join(parts) + "\n</body></html>\n"


@dataclass
class Att:
    filename: str
    ctype: str
    data: bytes
    inline: bool = False
    cid: str | None = None


def fake_pdf(title: str, lines: list[str]) -> bytes:
    """A tiny but well-formed one-page PDF carrying ``lines`` as text."""
    esc = [ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for ln in lines]
    stream = "BT /F1 11 Tf 50 780 Td 14 TL\n" + "\n".join(f"({ln}) '" for ln in esc) + "\nET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream",
        f"<< /Title ({title}) /Producer (Microsoft Word for Microsoft 365) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def fake_jpeg(seed: str) -> bytes:
    """A few hundred bytes that start and end like a JPEG (a phone photo of an ID, stubbed)."""
    r = Rand(seed)
    body = bytes(int(r.hex(2), 16) for _ in range(600))
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00" + body + b"\xff\xd9")


def _part_text(text: str, subtype: str, charset: str, cte: str, flowed: bool = False) -> MIMEPart:
    p = MIMEPart(policy=policy.default)
    p.set_content(text, subtype=subtype, charset=charset, cte=cte)
    if flowed:
        p.set_param("format", "flowed")
    return p


def _serialize(part: MIMEPart) -> bytes:
    buf = BytesIO()
    BytesGenerator(buf, policy=policy.default.clone(linesep="\n", max_line_length=998)).flatten(part)
    return buf.getvalue()


# --------------------------------------------------------------------------- message

@dataclass
class Mail:
    file: str
    frm: str                      # header value, already formatted (use addr())
    subject: str                  # header value, already encoded if needed (use subj())
    date: str                     # '2026-09-03 14:22 -0500'
    client: str = "gmail"
    text: str | None = None
    html: str | None = None
    to: str = COMPANY
    cc: str | None = None
    reply_to: str | None = None
    charset: str = "utf-8"
    cte: str | None = None        # for text parts; default per client
    html_cte: str | None = None
    attachments: list[Att] = field(default_factory=list)
    in_reply_to: str | None = None
    references: str | None = None
    extra: list[tuple[str, str]] = field(default_factory=list)  # added after the client headers
    msgid: str | None = None
    domain: str = "example.com"   # for Message-IDs of Apple/Thunderbird/generic
    sender_email: str | None = None
    return_path: str | None = None
    incoming: bool = True         # add Gmail delivery trace
    crlf: bool = False
    html_only: bool = False
    text_only: bool = False
    flowed: bool = False
    delay_s: int = 3
    mailer: str | None = None
    content_language: str = "en-US"
    raw_body: bytes | None = None  # a full MIME body (with its Content-* headers) written by hand
    label: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rnd = Rand(self.file)
        # About a quarter of the files keep CRLF line ends, as "download original" gives them.
        if int(hashlib.sha256(self.file.encode()).hexdigest(), 16) % 4 == 0:
            self.crlf = True
        if self.msgid is None:
            self.msgid = msgid(self.client, self.rnd, self.domain)
        if self.sender_email is None:
            m = re.search(r"<([^>]+)>", self.frm)
            self.sender_email = m.group(1) if m else self.frm.strip()
        self.dt = when(self.date)
        if self.date.split()[1].count(":") == 1:
            self.dt = self.dt.replace(second=self.rnd.randint(0, 59))


def _default_cte(client: str, text: str, charset: str) -> str:
    ascii_only = all(ord(c) < 128 for c in text)
    if client in ("outlook", "outlookcom"):
        return "quoted-printable"
    if client == "apple":
        return "7bit" if ascii_only else "quoted-printable"
    if client == "thunderbird":
        return "7bit" if ascii_only else "8bit"
    if client == "gmail":
        return "7bit" if ascii_only else "quoted-printable"
    if client == "yahoo":
        return "7bit" if ascii_only else "quoted-printable"
    return "8bit" if not ascii_only else "7bit"


def build_body(m: Mail) -> bytes:
    """Content headers + body bytes."""
    if m.raw_body is not None:
        return m.raw_body
    text = m.text
    html = m.html
    cte = m.cte or _default_cte(m.client, text or html or "", m.charset)
    if m.html_only:
        assert html is not None
        body = _part_text(html, "html", m.charset, m.html_cte or cte)
    elif m.text_only or (m.client in ("thunderbird", "webform", "plain", "gmx") and html is None):
        assert text is not None
        body = _part_text(text, "plain", m.charset, cte, flowed=m.flowed)
    else:
        assert text is not None
        if html is None:
            html = text_to_html(text, m.client)
        alt = MIMEPart(policy=policy.default)
        alt.make_alternative()
        alt.attach(_part_text(text, "plain", m.charset, cte, flowed=m.flowed))
        alt.attach(_part_text(html, "html", m.charset, m.html_cte or cte))
        alt.set_boundary(boundary(m.client, m.rnd))
        body = alt
    if m.attachments:
        mixed = MIMEPart(policy=policy.default)
        mixed.make_mixed()
        mixed.attach(body)
        for a in m.attachments:
            p = MIMEPart(policy=policy.default)
            maintype, subtype = a.ctype.split("/")
            p.set_content(a.data, maintype=maintype, subtype=subtype,
                          disposition="inline" if a.inline else "attachment",
                          filename=a.filename, cid=a.cid)
            mixed.attach(p)
        b2 = boundary(m.client, Rand(m.file + "mixed"))
        mixed.set_boundary(b2)
        body = mixed
    return _serialize(body)


def split_headers(blob: bytes) -> tuple[list[str], bytes]:
    head, _, rest = blob.partition(b"\n\n")
    lines: list[str] = []
    for ln in head.decode("ascii").split("\n"):
        if ln[:1] in (" ", "\t") and lines:
            lines[-1] += "\n" + ln
        else:
            lines.append(ln)
    return lines, rest


def trace(m: Mail) -> list[str]:
    if not m.incoming:
        return []
    r = m.rnd
    recv = (m.dt + timedelta(seconds=m.delay_s)).astimezone(PACIFIC)
    dom = m.sender_email.split("@")[-1] if m.sender_email and "@" in m.sender_email else "example.com"
    host = {
        "gmail": f"mail-{r.pick(['wr1', 'ej1', 'pl1', 'qk1', 'oi1'])}-f{r.randint(40, 199)}.google.com",
        "gform": f"mail-sor-f{r.digits(2)}.google.com",
        "outlook": f"mail-{r.pick(['dm6nam12', 'bn8nam11', 'co1nam11'])}on2{r.digits(3)}.outbound.protection.outlook.com",
        "outlookcom": f"mail-{r.pick(['dm6nam12', 'bn8nam11'])}olkn2{r.digits(3)}.outbound.protection.outlook.com",
        "yahoo": f"sonic{r.digits(3)}-{r.digits(2)}.consmr.mail.bf2.yahoo.com",
        "apple": f"qs51p00im-qukt01{r.digits(6)}.me.com" if dom in ("icloud.com", "me.com") else f"mail.{dom}",
        "gmx": "mout.gmx.net",
        "orange": f"smtp{r.digits(2)}.smtpout.orange.fr",
        "webform": "web01.3dpros.com",
    }.get(m.client, f"mail.{dom}")
    if dom in ("gmail.com", "googlemail.com") and m.client not in ("gmail", "gform"):
        host = f"mail-{r.pick(['wr1', 'pl1', 'qk1'])}-f{r.randint(40, 199)}.google.com"
    rp = m.return_path if m.return_path is not None else f"<{m.sender_email}>"
    ip = r.ip()
    out = [
        f"Delivered-To: {COMPANY}",
        f"Received: by 2002:a05:7010:{r.hex(4)}:b0:{r.hex(3)}:{r.hex(4)}:{r.hex(4)} with SMTP id {r.alnum(9).lower()};\n"
        f"        {rfcdate(recv, True)}",
        f"X-Google-Smtp-Source: AGHT+I{r.alnum(60, '+/')}",
        f"Return-Path: {rp}",
        f"Received: from {host} ({host} [{ip}])\n        by mx.google.com with ESMTPS id {r.alnum(20).lower()}\n"
        f"        for <{COMPANY}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
        f"        {rfcdate(recv - timedelta(seconds=1), True)}",
    ]
    if rp != "<>":
        out.append(f"Received-SPF: pass (google.com: domain of {m.sender_email} designates {ip} as permitted "
                   f"sender) client-ip={ip};")
        out.append(f"Authentication-Results: mx.google.com;\n       dkim=pass header.i=@{dom} header.s=s1 "
                   f"header.b={r.alnum(8, '+/')};\n       spf=pass (google.com: domain of {m.sender_email} designates "
                   f"{ip} as permitted sender) smtp.mailfrom={m.sender_email};\n       dmarc=pass (p=NONE sp=NONE dis=NONE) "
                   f"header.from={dom}")
    else:
        out.append(f"Received-SPF: pass (google.com: domain of postmaster@{host} designates {ip} as permitted "
                   f"sender) client-ip={ip};")
    return out


def client_headers(m: Mail, content: list[str]) -> list[str]:
    date = rfcdate(m.dt)
    h: list[str] = []
    refs = m.references or m.in_reply_to
    c = m.client

    def opt(name: str, val: str | None) -> None:
        if val:
            h.append(f"{name}: {val}")

    if c in ("gmail", "gform"):
        h.append("MIME-Version: 1.0")
        opt("References", refs)
        opt("In-Reply-To", m.in_reply_to)
        h.append(f"From: {m.frm}")
        h.append(f"Date: {date}")
        h.append(f"Message-ID: {m.msgid}")
        h.append(f"Subject: {m.subject}")
        h.append(f"To: {m.to}")
        opt("Cc", m.cc)
        opt("Reply-To", m.reply_to)
        h.extend(content)
    elif c in ("outlook", "outlookcom"):
        h.append(f"From: {m.frm}")
        h.append(f"To: {m.to}")
        opt("CC", m.cc)
        opt("Reply-To", m.reply_to)
        h.append(f"Subject: {m.subject}")
        topic = re.sub(r"^(?:(?:RE|Re|AW|WG|TR|FW|Fwd|R|RV|Antw|Doorst|ENC|Res):\s*)+", "", m.subject)
        h.append(f"Thread-Topic: {topic}")
        h.append(f"Thread-Index: AQH{m.rnd.alnum(25, '+/')}==")
        h.append(f"Date: {date}")
        h.append(f"Message-ID: {m.msgid}")
        opt("References", refs)
        opt("In-Reply-To", m.in_reply_to)
        h.append("Accept-Language: en-US")
        h.append("Content-Language: " + m.content_language)
        h.append("X-MS-Has-Attach: " + ("yes" if m.attachments else ""))
        h.append("X-MS-TNEF-Correlator:")
        h.extend(content)
    elif c == "apple":
        h.extend(content)
        h.append(f"From: {m.frm}")
        h.append("Mime-Version: 1.0 (1.0)")
        h.append(f"Subject: {m.subject}")
        h.append(f"Date: {date}")
        h.append(f"Message-Id: {m.msgid}")
        opt("References", refs)
        opt("In-Reply-To", m.in_reply_to)
        opt("Cc", m.cc)
        h.append(f"To: {m.to}")
        h.append("X-Mailer: " + (m.mailer or "iPhone Mail (22A3354)"))
    elif c == "thunderbird":
        h.append(f"Message-ID: {m.msgid}")
        h.append(f"Date: {m.dt.strftime('%a, %-d %b %Y %H:%M:%S %z')}")
        h.append("MIME-Version: 1.0")
        h.append("User-Agent: " + (m.mailer or "Mozilla Thunderbird"))
        opt("Reply-To", m.reply_to)
        h.append("Content-Language: " + m.content_language)
        h.append(f"To: {m.to}")
        opt("Cc", m.cc)
        opt("References", refs)
        opt("In-Reply-To", m.in_reply_to)
        h.append(f"From: {m.frm}")
        h.append(f"Subject: {m.subject}")
        h.extend(content)
    elif c == "yahoo":
        h.append(f"Date: {date}")
        h.append(f"From: {m.frm}")
        opt("Reply-To", m.reply_to)
        h.append(f"To: {m.to}")
        opt("Cc", m.cc)
        h.append(f"Message-ID: {m.msgid}")
        opt("In-Reply-To", m.in_reply_to)
        opt("References", refs)
        h.append(f"Subject: {m.subject}")
        h.append("MIME-Version: 1.0")
        h.extend(content)
        h.append("X-Mailer: WebService/1.1.24562 YMailNorrin")
    else:  # webform, plain, gmx, orange, ticket, bulk senders...
        h.append(f"Date: {date}")
        h.append(f"From: {m.frm}")
        opt("Reply-To", m.reply_to)
        h.append(f"To: {m.to}")
        opt("Cc", m.cc)
        h.append(f"Subject: {m.subject}")
        h.append(f"Message-ID: {m.msgid}")
        opt("In-Reply-To", m.in_reply_to)
        opt("References", refs)
        if m.mailer:
            h.append("X-Mailer: " + m.mailer)
        h.append("MIME-Version: 1.0")
        h.extend(content)
    for k, v in m.extra:
        h.append(f"{k}: {v}")
    return h


def render(m: Mail) -> bytes:
    body = build_body(m)
    content_lines, rest = split_headers(body)
    content_lines = [ln for ln in content_lines if not ln.lower().startswith("mime-version")]
    headers = trace(m) + client_headers(m, content_lines)
    text = "\n".join(headers).encode("utf-8") + b"\n\n" + rest
    if m.crlf:
        text = re.sub(rb"\r?\n", b"\r\n", text)
    return text


# --------------------------------------------------------------------------- registry and labels

MAILS: list[Mail] = []
_BY_FILE: dict[str, Mail] = {}


def add(m: Mail) -> Mail:
    assert m.file not in _BY_FILE, m.file
    MAILS.append(m)
    _BY_FILE[m.file] = m
    return m


def get(file: str) -> Mail:
    return _BY_FILE[file]


def mid(file: str) -> str:
    return str(_BY_FILE[file].msgid)


def refs(*files: str) -> str:
    return "\n ".join(mid(f) for f in files)


def plain_text_of(m: Mail) -> str:
    if m.text is not None:
        return m.text
    assert m.html is not None
    t = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", m.html)
    t = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    return htmllib.unescape(re.sub(r"\n{3,}", "\n\n", t)).strip()


def _who(m: Mail) -> tuple[str, str]:
    from email import message_from_string
    from email.headerregistry import Address  # noqa: F401
    msg = message_from_string(f"From: {m.frm}\n\n", policy=policy.default)
    a = msg["From"].addresses[0]
    return a.display_name or a.addr_spec, a.addr_spec


def quote(prev: str | Mail, style: str = "gmail", lang: str = "en") -> str:
    """The quoted copy of an earlier message a client appends under a reply."""
    m = get(prev) if isinstance(prev, str) else prev
    name, email = _who(m)
    body = plain_text_of(m).rstrip("\n")
    dt = m.dt
    if style == "gmail":
        heads = {
            "en": f"On {dt.strftime('%a, %b %-d, %Y at %-I:%M %p')} {name} <{email}> wrote:",
            "de": f"Am {dt.strftime('%a., %-d. %b. %Y um %H:%M')} Uhr schrieb {name} <{email}>:",
            "fr": f"Le {dt.strftime('%a %-d %b %Y à %H:%M')}, {name} <{email}> a écrit :",
            "es": f"El {dt.strftime('%a, %-d %b %Y a las %H:%M')}, {name} (<{email}>) escribió:",
            "it": f"Il giorno {dt.strftime('%a %-d %b %Y alle ore %H:%M')} {name} <{email}> ha scritto:",
            "pt": f"Em {dt.strftime('%a., %-d de %b. de %Y às %H:%M')}, {name} <{email}> escreveu:",
            "nl": f"Op {dt.strftime('%a %-d %b %Y om %H:%M')} schreef {name} <{email}>:",
            "pl": f"W dniu {dt.strftime('%d.%m.%Y o %H:%M')} {name} <{email}> napisał(a):",
            "sv": f"Den {dt.strftime('%-d %b %Y kl. %H:%M')} skrev {name} <{email}>:",
            "da": f"Den {dt.strftime('%-d. %b %Y kl. %H.%M')} skrev {name} <{email}>:",
            "no": f"{dt.strftime('%-d. %b %Y kl. %H:%M')} skrev {name} <{email}>:",
            "cs": f"{dt.strftime('%-d. %-m. %Y v %H:%M')} odesílatel {name} <{email}> napsal:",
            "fi": f"{dt.strftime('%-d.%-m.%Y klo %H.%M')} {name} <{email}> kirjoitti:",
            "ja": f"{dt.strftime('%Y年%-m月%-d日')} {dt.strftime('%H:%M')} {name} <{email}>:",
            "ko": f"{dt.strftime('%Y년 %-m월 %-d일')} {dt.strftime('%H:%M')}, {name} <{email}>님이 작성:",
            "zh": f"{name} <{email}> 於 {dt.strftime('%Y年%-m月%-d日')} {dt.strftime('%H:%M')} 寫道：",
            "el": f"Στις {dt.strftime('%d/%m/%Y %H:%M')}, ο/η {name} <{email}> έγραψε:",
            "hu": f"{name} <{email}> ezt írta ({dt.strftime('%Y. %b %-d. %H:%M')}):",
            "ro": f"În {dt.strftime('%-d %b %Y la %H:%M')}, {name} <{email}> a scris:",
            "sk": f"{dt.strftime('%-d. %-m. %Y o %H:%M')} {name} <{email}> napísal(a):",
            "hr": f"{dt.strftime('%-d. %-m. %Y. u %H:%M')} {name} <{email}> je napisao/la:",
        }.get(lang) or f"On {dt.strftime('%a, %b %-d, %Y at %-I:%M %p')} {name} <{email}> wrote:"
        return heads + "\n\n" + "\n".join(("> " + ln) if ln else ">" for ln in body.split("\n"))
    if style == "outlook":
        lab = {
            "en": ("From", "Sent", "To", "Subject"),
            "de": ("Von", "Gesendet", "An", "Betreff"),
            "fr": ("De", "Envoyé", "À", "Objet"),
            "es": ("De", "Enviado", "Para", "Asunto"),
            "it": ("Da", "Inviato", "A", "Oggetto"),
            "pt": ("De", "Enviado", "Para", "Assunto"),
            "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
            "pl": ("Od", "Wysłano", "Do", "Temat"),
            "sv": ("Från", "Skickat", "Till", "Ämne"),
            "da": ("Fra", "Sendt", "Til", "Emne"),
            "no": ("Fra", "Sendt", "Til", "Emne"),
        }.get(lang, ("From", "Sent", "To", "Subject"))
        from email.header import decode_header, make_header
        s = str(make_header(decode_header(m.subject.replace("\r\n", ""))))
        return ("________________________________\n"
                f"{lab[0]}: {name} <{email}>\n{lab[1]}: {dt.strftime('%A, %B %-d, %Y %-I:%M %p')}\n"
                f"{lab[2]}: {m.to}\n{lab[3]}: {s}\n\n{body}")
    if style == "apple":
        head = f"On {dt.strftime('%b %-d, %Y, at %H:%M')}, {name} <{email}> wrote:"
        return "> " + head + "\n> \n" + "\n".join(("> " + ln) if ln else ">" for ln in body.split("\n"))
    raise ValueError(style)


FIELDS = ("is_request", "types", "regimes", "language", "requester", "agent_for", "agent", "automated",
          "form", "follow_up_of", "category", "notes")


def req(types: list[str], regimes: list[str], name: str, email: str, notes: str, *,
        agent: tuple[str, str] | None = None, agent_for: tuple[str, str] | None = None,
        form: bool = False) -> dict[str, Any]:
    d: dict[str, Any] = {"is_request": True, "types": types, "regimes": regimes,
                         "requester": {"name": name, "email": email}, "automated": "", "form": form,
                         "follow_up_of": "", "category": "request", "notes": notes}
    if agent:
        d["agent"] = {"name": agent[0], "email": agent[1]}
        d["agent_for"] = {"name": (agent_for or (name, email))[0], "email": (agent_for or (name, email))[1]}
    return d


def fu(of: str, notes: str) -> dict[str, Any]:
    return {"is_request": False, "types": [], "regimes": [], "automated": "", "form": False,
            "follow_up_of": of, "category": "follow_up", "notes": notes}


def outgoing(of: str, notes: str) -> dict[str, Any]:
    return {"is_request": False, "types": [], "regimes": [], "automated": "", "form": False,
            "follow_up_of": of, "category": "outgoing", "notes": notes}


def neg(notes: str, automated: str = "") -> dict[str, Any]:
    return {"is_request": False, "types": [], "regimes": [], "automated": automated, "form": False,
            "follow_up_of": "", "category": "negative", "notes": notes}


def auto(kind: str, notes: str) -> dict[str, Any]:
    return {"is_request": False, "types": [], "regimes": [], "automated": kind, "form": False,
            "follow_up_of": "", "category": "automated", "notes": notes}


# --------------------------------------------------------------------------- extensions for sets B and C

def dsn_body(rnd: Rand, *, reporting_mta: str, recipient: str, status: str, action: str, diag: str,
             human: str, original: str, arrival: datetime, headers_only: bool = True,
             boundary_style: str = "postfix") -> bytes:
    """A multipart/report; report-type=delivery-status body (human part, DSN part, returned headers)."""
    if boundary_style == "gmail":
        b = "000000000000" + rnd.hex(16)
    else:
        b = f"{rnd.HEX(10)}.{rnd.digits(10)}/{reporting_mta}"
    ret_type = "text/rfc822-headers" if headers_only else "message/rfc822"
    dsn = (f"Reporting-MTA: dns; {reporting_mta}\n"
           + (f"X-Postfix-Queue-ID: {rnd.HEX(10)}\n" if boundary_style == "postfix" else "")
           + f"Arrival-Date: {format_datetime(arrival)}\n\n"
           f"Final-Recipient: rfc822; {recipient}\n"
           f"Original-Recipient: rfc822;{recipient}\n"
           f"Action: {action}\n"
           f"Status: {status}\n"
           f"Diagnostic-Code: smtp; {diag}\n")
    if action == "delayed":
        dsn = dsn.replace("Diagnostic-Code", f"Will-Retry-Until: {format_datetime(arrival + timedelta(days=5))}\nDiagnostic-Code")
    body = (f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{b}\"\n"
            f"Content-Transfer-Encoding: 7bit\n\n"
            f"This is a MIME-encapsulated message.\n\n"
            f"--{b}\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
            f"{human}\n\n"
            f"--{b}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
            f"{dsn}\n"
            f"--{b}\nContent-Description: Undelivered Message{' Headers' if headers_only else ''}\n"
            f"Content-Type: {ret_type}\n\n"
            f"{original.rstrip()}\n\n"
            f"--{b}--\n")
    return body.encode("utf-8")


def original_copy(m: "Mail", headers_only: bool = True) -> str:
    """The returned copy of one of our messages inside a bounce (headers, or headers and body)."""
    blob = render(m).decode("utf-8", "replace").replace("\r\n", "\n")
    head, _, rest = blob.partition("\n\n")
    return head if headers_only else head + "\n\n" + rest


def ics_invite(uid: str, summary: str, start: datetime, minutes: int, organizer: str, attendee: str,
               location: str, description: str) -> bytes:
    fmt = "%Y%m%dT%H%M%SZ"
    from zoneinfo import ZoneInfo as _Z
    s = start.astimezone(_Z("UTC"))
    e = s + timedelta(minutes=minutes)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{s.strftime(fmt)}",
             f"DTEND:{e.strftime(fmt)}", f"DTSTAMP:{s.strftime(fmt)}", f"ORGANIZER;CN={organizer}:mailto:{organizer}",
             f"UID:{uid}", f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={attendee}:mailto:{attendee}",
             f"DESCRIPTION:{description}", f"LOCATION:{location}", "SEQUENCE:0", "STATUS:CONFIRMED",
             f"SUMMARY:{summary}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode()


def fake_stl(name: str) -> bytes:
    return (f"solid {name}\n  facet normal 0 0 1\n    outer loop\n      vertex 0 0 0\n      vertex 10 0 0\n"
            f"      vertex 0 10 0\n    endloop\n  endfacet\nendsolid {name}\n").encode()


# --------------------------------------------------------------------------- build, labels and checks

TYPES = {"access", "deletion", "correction", "portability", "restriction", "objection", "withdraw_consent",
         "opt_out_sale", "opt_out_marketing", "shine_the_light", "minor_removal", "complaint", "appeal",
         "limit_sensitive"}
REGIMES = {"gdpr", "uk_gdpr", "ccpa", "ca_shine_the_light", "pipeda", "quebec", "fadp", "tx_tdpsa", "va_vcdpa",
           "co_cpa", "ct_ctdpa", "can_spam", "ut_ucpa", "ia_icdpa", "in_icdpa", "tn_tipa", "mt_mcdpa", "or_ocpa",
           "de_dpdpa", "nh_pa", "nj_dpa", "ky_cdpa", "ne_dpa", "md_odpa", "mn_cdpa", "ri_dtppa", "br_lgpd",
           "jp_appi", "kr_pipa", "au_privacy"}
CATS = {"request": "request", "followup": "follow_up", "negative": "negative", "automated": "automated",
        "outgoing": "outgoing"}


def _tval(v: Any) -> str:
    import json
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ", ".join(_tval(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_tval(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def label_of(m: Mail) -> dict[str, Any]:
    lab = dict(m.label)
    lang = m.file.split("-")[0]
    out: dict[str, Any] = {}
    for k in FIELDS:
        if k == "language":
            out[k] = lab.get("language", lang)
        elif k in ("requester", "agent_for", "agent"):
            if k in lab:
                out[k] = lab[k]
        else:
            out[k] = lab[k]
    return out


def run_build(out_dir: Any, set_name: str) -> None:
    """Write every registered mail and labels.toml into out_dir, then check and print counts."""
    import email as _email
    import tomllib
    from collections import Counter
    from pathlib import Path
    out = Path(out_dir)
    for old in out.glob("*.eml"):
        old.unlink()
    problems: list[str] = []
    toml_parts = [f"# Labels for evaluation mailbox {set_name}. Format: tests/data/mail-holdout/README.md.\n"
                  "# Do not tune against this set.\n"]
    for m in sorted(MAILS, key=lambda x: x.file):
        data = render(m)
        (out / m.file).write_bytes(data)
        lab = label_of(m)
        toml_parts.append(f"\n[{_tval(m.file)}]\n" + "".join(f"{k} = {_tval(v)}\n" for k, v in lab.items()))
    (out / "labels.toml").write_text("".join(toml_parts), encoding="utf-8")

    # ---- checks
    labels = tomllib.loads((out / "labels.toml").read_text(encoding="utf-8"))
    files = sorted(p.name for p in out.glob("*.eml"))
    if sorted(labels) != files:
        problems.append("labels.toml and .eml files differ")
    for f in files:
        with open(out / f, "rb") as fh:
            msg = _email.message_from_binary_file(fh, policy=policy.default)
        try:
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    part.get_content()
            _ = str(msg["Subject"]), str(msg["From"]), msg["Date"].datetime
        except Exception as e:  # noqa: BLE001
            problems.append(f"{f}: {e!r}")
        lab = labels[f]
        cat = lab["category"]
        prefix_cat = CATS.get(f.split("-")[1])
        if prefix_cat != cat:
            problems.append(f"{f}: file name category {prefix_cat} != {cat}")
        if lab["is_request"] != (cat == "request"):
            problems.append(f"{f}: is_request/category mismatch")
        if cat == "request" and not lab["types"]:
            problems.append(f"{f}: request without types")
        if cat != "request" and lab["types"]:
            problems.append(f"{f}: non-request with types")
        if not set(lab["types"]) <= TYPES:
            problems.append(f"{f}: bad types {lab['types']}")
        if not set(lab["regimes"]) <= REGIMES:
            problems.append(f"{f}: bad regimes {lab['regimes']}")
        if cat == "request" and "requester" not in lab:
            problems.append(f"{f}: request without requester")
        if cat in ("follow_up", "outgoing"):
            of = lab["follow_up_of"]
            if of not in labels or labels[of]["category"] != "request":
                problems.append(f"{f}: follow_up_of {of!r} is not a request")
            elif get(f).dt <= get(of).dt:
                problems.append(f"{f}: dated before its request {of}")
        dt = get(f).dt
        if not (datetime(2026, 9, 1, tzinfo=dt.tzinfo) <= dt <= datetime(2026, 12, 5, 23, 59, tzinfo=dt.tzinfo)):
            problems.append(f"{f}: date {dt} out of range")
    # ---- counts
    cats = Counter(l["category"] for l in labels.values())
    req_lang = Counter(l["language"] for l in labels.values() if l["category"] == "request")
    all_lang = Counter(l["language"] for l in labels.values())
    types = Counter(t for l in labels.values() for t in l["types"])
    multi = sum(1 for l in labels.values() if len(l["types"]) > 1)
    regimes = Counter(r for l in labels.values() for r in l["regimes"])
    print(f"set {set_name}: {len(files)} messages")
    print("  categories:", dict(sorted(cats.items())))
    print("  request languages:", dict(req_lang.most_common()))
    print("  all languages:", dict(all_lang.most_common()))
    print("  types:", dict(sorted(types.items())), f"(multi-type requests: {multi})")
    print("  regimes:", dict(sorted(regimes.items())))
    print("  forms:", sum(1 for l in labels.values() if l["form"]),
          " agents:", sum(1 for l in labels.values() if "agent" in l),
          " automated kinds:", dict(Counter(l["automated"] for l in labels.values() if l["automated"])))
    low = [t for t in sorted(TYPES) if types[t] < 3]
    if low:
        problems.append(f"types below 3: {low}")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  -", p)
        raise SystemExit(1)
    print("  all checks passed")
