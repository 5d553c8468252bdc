"""Tiny raw-message writer used to produce the hand-written evaluation and demo mailboxes.

Why our own writer instead of ``email.message.EmailMessage``: the point of the data set is to look
like mail real clients send (their header order, boundary styles, transfer encodings, charsets,
8-bit headers, CRLF files), and the stdlib serialiser normalises most of that away.  Bodies are
written by hand in the ``*_msgs.py`` modules; this module only does the MIME plumbing.

Hazard: everything here is deterministic (seeded by file name) so that re-running the build
produces byte-identical files; do not use unseeded randomness or the current time.
"""

from __future__ import annotations

import base64
import hashlib
import quopri
import random
import textwrap
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from email.header import decode_header, make_header
from email.utils import format_datetime
from typing import Any

COMPANY = "3dprosteam@gmail.com"
COMPANY_ADDR = "3DPros Team <3dprosteam@gmail.com>"

REGISTRY: dict[str, Mail] = {}
SALT = ""  # the demo sets its own, so demo and evaluation files with the same name get different Message-IDs


def rng_for(key: str) -> random.Random:
    return random.Random(hashlib.sha256(key.encode()).hexdigest())


# ---------------------------------------------------------------- headers


def enc_word(text: str, charset: str = "utf-8", mode: str = "b") -> str:
    """RFC 2047 encoded-word (single word; fine for the short names/subjects we use)."""
    raw = text.encode(charset)
    if mode == "b":
        return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isalnum() and byte < 128:
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def needs_enc(s: str) -> bool:
    return any(ord(c) > 127 for c in s)


def fmt_addr(name: str, email: str, enc: str = "b", charset: str = "utf-8") -> str:
    """enc: 'b' / 'q' RFC 2047, 'raw' = leave 8-bit UTF-8 in the header (sloppy clients)."""
    if not name:
        return email if enc != "angle" else f"<{email}>"
    if needs_enc(name) and enc in ("b", "q"):
        return f"{enc_word(name, charset, enc)} <{email}>"
    if any(c in name for c in ',.;:@"()'):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def fmt_date(spec: str, rnd: random.Random, style: str = "std") -> str:
    """spec '2026-11-03 09:14 -0600' -> RFC 5322 date."""
    dt = datetime.strptime(spec, "%Y-%m-%d %H:%M %z").replace(second=rnd.randrange(60))
    s = format_datetime(dt)
    if style == "nopad" and s[5] == "0":
        s = s[:5] + s[6:]
    if style == "tzname":
        names = {"-0600": "CST", "-0500": "CDT", "-0800": "PST", "-0700": "PDT", "+0000": "GMT"}
        tz = spec[-5:]
        if tz in names:
            s += f" ({names[tz]})"
    return s


def fold(name: str, value: str) -> str:
    line = f"{name}: {value}"
    if len(line) <= 78 or " " not in value:
        return line
    words = value.split(" ")
    lines, cur = [], f"{name}:"
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur.strip() != f"{name}:":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


# ---------------------------------------------------------------- bodies


@dataclass
class Part:
    ctype: str
    payload: Any  # str (text), bytes (binary), list[Part] (multipart), Mail/bytes for message/rfc822
    charset: str | None = None
    cte: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    disposition: str | None = None
    filename: str | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    boundary: str | None = None
    filename_enc: bool = False


def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


def render_part(p: Part, rnd: random.Random, style: str) -> bytes:
    hdrs: list[str] = []
    ctype = p.ctype
    params = dict(p.params)
    body: bytes
    if isinstance(p.payload, list):
        b = p.boundary or make_boundary(rnd, style)
        params["boundary"] = b
        inner = b""
        for sub in p.payload:
            inner += f"--{b}\n".encode() + render_part(sub, rnd, style) + b"\n"
        body = (inner + f"--{b}--\n".encode())
        if style == "outlook" or ctype == "multipart/report":
            body = b"\n" + body
    elif ctype == "message/rfc822":
        inner_mail = p.payload
        body = inner_mail.render() if isinstance(inner_mail, Mail) else inner_mail
    else:
        if isinstance(p.payload, str):
            data = p.payload.encode(p.charset or "utf-8")
            params.setdefault("charset", p.charset or "utf-8")
        else:
            data = p.payload
        cte = p.cte or ("7bit" if all(b < 128 for b in data) else "quoted-printable")
        body = encode_body(data, cte)
        if cte != "7bit" or style in ("outlook", "apple", "gmail"):
            hdrs.append(f"Content-Transfer-Encoding: {cte}")
    ptxt = "".join(f'; {k}="{v}"' if (k in ("name", "boundary", "filename") and style != "bare") or " " in v
                   else f"; {k}={v}" for k, v in params.items())
    if len(f"Content-Type: {ctype}{ptxt}") > 78 and params:
        ptxt = ";\n\t" + ";\n\t".join(
            (f'{k}="{v}"' if k in ("name", "boundary", "filename") or " " in v else f"{k}={v}")
            for k, v in params.items())
    hdrs.insert(0, f"Content-Type: {ctype}{ptxt}")
    if p.disposition:
        d = p.disposition
        if p.filename:
            fn = enc_word(p.filename) if (p.filename_enc or needs_enc(p.filename)) else p.filename
            d += f';\n\tfilename="{fn}"'
        hdrs.append(f"Content-Disposition: {d}")
    for k, v in p.headers:
        hdrs.append(f"{k}: {v}")
    if not body.endswith(b"\n"):
        body += b"\n"
    return ("\n".join(hdrs) + "\n\n").encode() + body


def make_boundary(rnd: random.Random, style: str) -> str:
    hexs = "".join(rnd.choice("0123456789abcdef") for _ in range(16))
    if style == "gmail":
        return "0000000000" + hexs[:16]
    if style == "outlook":
        return f"_000_{''.join(rnd.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(24))}namp_"
    if style == "apple":
        return f"Apple-Mail={uuid.UUID(int=rnd.getrandbits(128)).hex.upper()}"
    if style == "thunderbird":
        return "------------" + "".join(rnd.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789") for _ in range(24))
    if style == "yahoo":
        return f"----=_Part_{rnd.randrange(100000, 999999)}_{rnd.randrange(10**8, 10**9)}.{rnd.randrange(10**12, 10**13)}"
    return f"=_{hexs}"


def html_from_text(text: str, style: str, charset: str = "utf-8") -> str:
    """Derive the HTML alternative a client would generate from the plain text."""
    paras = [p for p in text.strip("\n").split("\n\n")]

    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    if style == "outlook":
        body = "\n".join(
            "<p class=\"MsoNormal\">" + "<br>\n".join(esc(x) for x in p.split("\n")) + "<o:p></o:p></p>\n"
            "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>" for p in paras)
        return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n"
                "<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset + "\">\n"
                "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
                "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n"
                "\tfont-family:\"Calibri\",sans-serif;}\n--></style>\n</head>\n"
                "<body lang=\"EN-US\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n"
                "<div class=\"WordSection1\">\n" + body + "\n</div>\n</body>\n</html>\n")
    if style == "apple":
        body = "".join("<div>" + "<br>".join(esc(x) for x in p.split("\n")) + "</div><div><br></div>" for p in paras)
        return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=" + charset + "\"></head>"
                "<body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">"
                + body + "</body></html>\n")
    if style == "thunderbird":
        body = "\n".join("    <p>" + "<br>\n".join(esc(x) for x in p.split("\n")) + "</p>" for p in paras)
        return ("<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\">\n"
                "  </head>\n  <body>\n" + body + "\n  </body>\n</html>\n")
    if style == "yahoo":
        body = "".join("<div dir=\"ltr\" data-setdir=\"false\">" + "<br>".join(esc(x) for x in p.split("\n")) + "</div><div><br></div>" for p in paras)
        return ("<html><head></head><body><div class=\"ydp3f1b2c3dyahoo-style-wrap\" style=\"font-family:Helvetica Neue, "
                "Helvetica, Arial, sans-serif;font-size:13px;\">" + body + "</div></body></html>")
    # gmail-ish
    body = "<div><br></div>".join("<div>" + "<br>".join(esc(x) for x in p.split("\n")) + "</div>" for p in paras)
    return "<div dir=\"ltr\">" + body + "</div>\n"


# ---------------------------------------------------------------- message


@dataclass
class Mail:
    fname: str
    frm: str
    subject: str | None
    date: str
    text: str | None = None
    html: str | None = None
    to: str = COMPANY
    client: str = "gmail"
    charset: str = "utf-8"
    cte: str | None = None
    cc: str | None = None
    reply_to: str | None = None
    irt: str | None = None  # file name (or raw <id>) this replies to
    refs: list[str] | None = None  # file names or raw ids
    headers: list[tuple[str, str]] = field(default_factory=list)
    pre_headers: list[tuple[str, str]] = field(default_factory=list)
    attachments: list[Part] = field(default_factory=list)
    body: Part | None = None
    subject_enc: str | None = None  # None/'b'/'q'/'raw'
    subject_charset: str = "utf-8"
    msgid: str | None = None
    received: bool | None = None
    no_irt_header: bool = False
    crlf: bool = False
    label: dict[str, Any] | None = None
    auto_html: bool = False  # text + generated html alternative
    html_only: bool = False  # only the generated html (from text)
    date_style: str = "std"
    out_dir: str = ""

    def __post_init__(self) -> None:
        self.rnd = rng_for(SALT + self.fname)
        if self.msgid is None:
            self.msgid = make_msgid(self.rnd, self.client, self.frm)
        if self.fname in REGISTRY:
            raise ValueError(f"duplicate file name {self.fname}")
        REGISTRY[self.fname] = self

    # -- helpers for follow-ups
    @property
    def sender_email(self) -> str:
        return self.frm.split("<")[-1].rstrip(">").strip()

    @property
    def sender_name(self) -> str:
        return self.frm.split("<")[0].strip().strip('"') if "<" in self.frm else ""

    def plain(self) -> str:
        if self.text is not None:
            return self.text
        return self.html or ""

    # -- rendering
    def _id(self, ref: str) -> str:
        if ref.startswith("<"):
            return ref
        return REGISTRY[ref].msgid or ""

    def _body_part(self) -> Part:
        if self.body is not None:
            return self.body
        style = self.client
        text, html = self.text, self.html
        if self.html_only and text is not None and html is None:
            html, text = html_from_text(text, style, self.charset), None
        elif self.auto_html and text is not None and html is None:
            html = html_from_text(text, style, self.charset)
        cte = self.cte or default_cte(style, text or html or "", self.charset)
        tparams = {"format": "flowed"} if style == "thunderbird" else {}
        if style == "apple" and text is not None:
            tparams = {}
        if text is not None and html is not None:
            core = Part("multipart/alternative", [
                Part("text/plain", text, self.charset, cte, tparams),
                Part("text/html", html, self.charset, cte),
            ])
        elif html is not None:
            core = Part("text/html", html, self.charset, cte)
        else:
            core = Part("text/plain", text or "", self.charset, cte, tparams)
        if self.attachments:
            return Part("multipart/mixed", [core, *self.attachments])
        return core

    def render(self) -> bytes:
        rnd = rng_for(self.fname + "#render")
        part = self._body_part()
        body = render_part(part, rnd, self.client)
        hb, _, bb = body.partition(b"\n\n")
        part_headers = hb.decode().split("\n")
        hdrs = self._headers(rnd, part_headers)
        raw = ("\n".join(hdrs) + "\n\n").encode("utf-8") + bb
        if self.crlf:
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return raw

    def _subject(self) -> str | None:
        if self.subject is None:
            return None
        if self.subject_enc in ("b", "q"):
            return enc_word(self.subject, self.subject_charset, self.subject_enc)
        if self.subject_enc is None and needs_enc(self.subject):
            return enc_word(self.subject, "utf-8", "q" if self.client in ("thunderbird", "apple") else "b")
        return self.subject

    def _addr_header(self, value: str) -> str:
        """RFC 2047-encode non-ASCII display names, as real clients do; subject_enc='raw' keeps 8-bit."""
        if self.subject_enc == "raw" or not needs_enc(value) or "<" not in value:
            return value
        name, _, rest = value.partition("<")
        mode = "q" if self.client in ("thunderbird", "apple") else "b"
        return fmt_addr(name.strip().strip('"'), rest.rstrip(">").strip(), enc=mode)

    def _headers(self, rnd: random.Random, part_headers: list[str]) -> list[str]:
        c = self.client
        date = fmt_date(self.date, rng_for(self.fname + "#date"), self.date_style)
        subj = self._subject()
        h: list[tuple[str, str]] = []
        irt = self._id(self.irt) if self.irt else None
        refs = " ".join(self._id(r) for r in (self.refs or ([self.irt] if self.irt else [])))
        thread: list[tuple[str, str]] = []
        if refs:
            thread.append(("References", refs))
        if irt and not self.no_irt_header:
            thread.append(("In-Reply-To", irt))
        frm = self._addr_header(self.frm)
        to = self._addr_header(self.to)
        core: dict[str, str | None] = {"From": frm, "To": to, "Date": date, "Subject": subj,
                                       "Message-ID": self.msgid}
        if c == "gmail":
            order = ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To", "Cc"]
        elif c == "outlook":
            order = ["From", "To", "Cc", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
                     "References", "In-Reply-To", "Accept-Language", "Content-Language", "X-MS-Has-Attach",
                     "X-MS-TNEF-Correlator", "MIME-Version"]
        elif c == "apple":
            order = ["From", "Mime-Version", "Subject", "Message-Id", "Date", "Cc", "To", "In-Reply-To",
                     "References", "X-Mailer"]
        elif c == "thunderbird":
            order = ["Message-ID", "Date", "MIME-Version", "User-Agent", "Subject", "Content-Language", "To", "Cc",
                     "References", "In-Reply-To", "From"]
        elif c == "yahoo":
            order = ["Date", "From", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject",
                     "MIME-Version", "X-Mailer"]
        elif c == "form":
            order = ["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "X-Mailer", "MIME-Version"]
        elif c == "webde":
            order = ["MIME-Version", "Message-ID", "From", "To", "Cc", "Subject", "Date", "Importance",
                     "Sensitivity", "In-Reply-To", "References", "X-Priority", "X-UI-Message-Type"]
        else:  # mutt / plain / bare
            order = ["Date", "From", "To", "Cc", "Subject", "Message-ID", "References", "In-Reply-To",
                     "MIME-Version", "User-Agent"]
        extra: dict[str, str] = {
            "MIME-Version": "1.0",
            "Mime-Version": "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))",
            "Thread-Topic": (subj or "").replace("\n", " "),
            "Thread-Index": base64.b64encode(hashlib.md5(self.fname.encode()).digest()[:22]).decode(),
            "Accept-Language": "en-US",
            "Content-Language": "en-US",
            "X-MS-Has-Attach": "yes" if self.attachments else "",
            "X-MS-TNEF-Correlator": "",
            "X-Mailer": {"apple": "iPhone Mail (22B83)", "yahoo": "WebService/1.1.22806 YMailNorrin",
                         "form": "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"}.get(c, ""),
            "User-Agent": {"thunderbird": "Mozilla Thunderbird", "mutt": "Mutt/2.2.12 (2023-09-09)"}.get(c, ""),
            "Importance": "normal", "Sensitivity": "Normal", "X-Priority": "3", "X-UI-Message-Type": "mail",
        }
        if c == "apple" and rnd.random() < 0.4:
            extra["X-Mailer"] = "Apple Mail (2.3826.200.121)"
            extra["Mime-Version"] = "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))"
        elif c == "apple":
            extra["Mime-Version"] = "1.0 (1.0)"
        if self.cc:
            core["Cc"] = self._addr_header(self.cc)
        if self.reply_to:
            core["Reply-To"] = self.reply_to
        tmap = dict(thread)
        for name in order:
            key = name
            if name in ("Message-Id",):
                v = core.get("Message-ID")
            elif name in core:
                v = core[name]
            elif name in tmap:
                v = tmap[name]
            elif name in extra:
                v = extra[name]
                if c == "outlook" and name in ("X-MS-Has-Attach", "X-MS-TNEF-Correlator"):
                    h.append((key, v))
                    continue
            else:
                continue
            if v is None or v == "":
                continue
            h.append((key, v))
        names = {k.lower() for k, _ in h}
        for name in ("From", "To", "Date", "Subject", "Message-ID", "Cc", "Reply-To"):
            if name.lower() not in names and core.get(name):
                h.append((name, core[name] or ""))
        for k, v in thread:
            if k.lower() not in names and not (k == "In-Reply-To" and self.no_irt_header):
                h.append((k, v))
        h.extend(self.headers)
        lines = [fold(k, v) for k, v in h]
        pre = self._received(rnd) + [fold(k, v) for k, v in self.pre_headers]
        if "mime-version" not in {k.lower() for k, _ in h}:
            lines.append("MIME-Version: 1.0")
        return pre + lines + part_headers

    def _received(self, rnd: random.Random) -> list[str]:
        want = self.received
        if want is None:
            want = self.to.find(COMPANY) >= 0 and rnd.random() < 0.55 and self.client != "form"
        if not want:
            return []
        sender = self.sender_email
        dom = sender.split("@")[-1]
        dt = datetime.strptime(self.date, "%Y-%m-%d %H:%M %z")
        d = format_datetime(dt.replace(second=rnd.randrange(60)))
        ip = f"{rnd.choice([209, 40, 52, 185, 212, 74])}.{rnd.randrange(256)}.{rnd.randrange(256)}.{rnd.randrange(256)}"
        sid = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))
        out = [
            "Delivered-To: 3dprosteam@gmail.com",
            f"Received: by 2002:a05:7300:{rnd.randrange(4096):x}:b0:{rnd.randrange(4096):x}:{rnd.randrange(4096):x} "
            f"with SMTP id {sid[:10]}csp{rnd.randrange(100000, 999999)};\n        {d}",
            f"Return-Path: <{sender}>",
            f"Received: from mail.{dom} (mail.{dom}. [{ip}])\n        by mx.google.com with ESMTPS id "
            f"{sid}.{rnd.randrange(100, 999)}.{dt:%Y.%m.%d.%H.%M.%S}\n        for <3dprosteam@gmail.com>\n"
            f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {d}",
            f"Authentication-Results: mx.google.com;\n       dkim=pass header.i=@{dom};\n"
            f"       spf=pass (google.com: domain of {sender} designates {ip} as permitted sender) "
            f"smtp.mailfrom={sender}",
        ]
        return out


def default_cte(style: str, content: str, charset: str) -> str:
    ascii_only = all(ord(c) < 128 for c in content)
    if style == "outlook":
        return "quoted-printable"
    if style == "apple":
        return "7bit" if ascii_only else "quoted-printable"
    if style == "thunderbird":
        return "7bit" if ascii_only else "8bit"
    if style == "gmail":
        return "7bit" if ascii_only else "quoted-printable"
    if style == "yahoo":
        return "7bit" if ascii_only else "quoted-printable"
    if style == "webde":
        return "quoted-printable"
    return "7bit" if ascii_only else "8bit"


def make_msgid(rnd: random.Random, client: str, frm: str) -> str:
    dom = frm.split("@")[-1].rstrip(">").strip() if "@" in frm else "localhost"
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    if client == "gmail":
        return "<CA" + "".join(rnd.choice(alnum + "+_-") for _ in range(44)) + "@mail.gmail.com>"
    if client == "outlook":
        code = "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40))
        host = f"{rnd.choice(['SA1', 'BY5', 'PH0', 'DM6', 'AM9', 'DB9'])}PR{rnd.randrange(10, 99)}MB{rnd.randrange(1000, 9999)}"
        reg = rnd.choice(["namprd12", "namprd05", "eurprd04", "namprd20"])
        return f"<{code}@{host}.{reg}.prod.outlook.com>"
    if client == "apple":
        return f"<{str(uuid.UUID(int=rnd.getrandbits(128))).upper()}@{dom}>"
    if client == "thunderbird":
        return f"<{uuid.UUID(int=rnd.getrandbits(128))}@{dom}>"
    if client == "yahoo":
        return f"<{rnd.randrange(10**8, 10**9)}.{rnd.randrange(10**6, 10**7)}.{rnd.randrange(10**12, 10**13)}@mail.yahoo.com>"
    if client == "form":
        return "<" + "".join(rnd.choice(alnum) for _ in range(32)) + "@3dpros.com>"
    if client == "webde":
        return f"<trinity-{uuid.UUID(int=rnd.getrandbits(128))}-{rnd.randrange(10**12, 10**13)}@3c-app-{dom.split('.')[0]}-bap{rnd.randrange(10, 60)}>"
    return f"<{rnd.randrange(10**13, 10**14)}.{''.join(rnd.choice(alnum) for _ in range(8))}@{dom}>"


# ---------------------------------------------------------------- attachments & quoting

FAKE_PDF = (b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            b"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
            b"trailer <</Root 1 0 R>>\n%%EOF\n")
FAKE_JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(range(64)) + bytes.fromhex("ffd9")
FAKE_PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + b"\x1f\x15\xc4\x89" + \
    bytes.fromhex("0000000a49444154789c63000100000500010d0a2db40000000049454e44ae426082")
FAKE_STL = b"solid bracket\n  facet normal 0 0 1\n    outer loop\n      vertex 0 0 0\n      vertex 1 0 0\n" \
    b"      vertex 0 1 0\n    endloop\n  endfacet\nendsolid bracket\n"


def pdf(name: str, extra: str = "") -> Part:
    data = FAKE_PDF + (f"% {extra}\n".encode() if extra else b"")
    return Part("application/pdf", data, cte="base64", params={"name": name}, disposition="attachment", filename=name)


def jpeg(name: str) -> Part:
    return Part("image/jpeg", FAKE_JPEG, cte="base64", params={"name": name}, disposition="attachment", filename=name)


def png(name: str, inline: bool = False) -> Part:
    return Part("image/png", FAKE_PNG, cte="base64", params={"name": name},
                disposition="inline" if inline else "attachment", filename=name)


def stl(name: str) -> Part:
    return Part("application/octet-stream", FAKE_STL, cte="base64", params={"name": name},
                disposition="attachment", filename=name)


def rfc822(inner: Mail | bytes) -> Part:
    return Part("message/rfc822", inner, disposition="attachment")


def quote(ref: str, intro: str | None = None, lang: str = "en", prefix: str = "> ") -> str:
    m = REGISTRY[ref]
    date = fmt_date(m.date, rng_for(m.fname + "#date"))
    who = display(m.frm)
    if intro is None:
        intro = {
            "en": f"On {date}, {who} wrote:",
            "de": f"Am {date} schrieb {who}:",
            "fr": f"Le {date}, {who} a écrit :",
            "es": f"El {date}, {who} escribió:",
            "it": f"Il giorno {date} {who} ha scritto:",
            "pt": f"Em {date}, {who} escreveu:",
            "nl": f"Op {date} schreef {who}:",
        }[lang]
    body = m.plain().rstrip("\n")
    return intro + "\n" + "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in body.split("\n"))


def outlook_quote(ref: str) -> str:
    m = REGISTRY[ref]
    date = fmt_date(m.date, rng_for(m.fname + "#date"))
    return ("________________________________\n"
            f"From: {display(m.frm)}\nSent: {date}\nTo: {display(m.to)}\nSubject: {m.subject}\n\n" + m.plain().rstrip("\n"))


def display(addr: str) -> str:
    """Decoded form of a header value, as a mail client shows it when quoting."""
    return str(make_header(decode_header(addr)))


def dedent(s: str) -> str:
    return textwrap.dedent(s).lstrip("\n")


# ---------------------------------------------------------------- labels

TYPES = {"access", "deletion", "correction", "portability", "restriction", "objection", "withdraw_consent",
         "opt_out_sale", "opt_out_marketing", "shine_the_light", "minor_removal", "complaint"}
REGIMES = {"gdpr", "uk_gdpr", "ccpa", "ca_shine_the_light", "pipeda", "quebec", "fadp", "tx_tdpsa", "va_vcdpa",
           "co_cpa", "ct_ctdpa", "can_spam", "unknown"}


def req(types: list[str], regimes: list[str], lang: str, name: str, email: str, notes: str, *,
        agent: tuple[str, str] | None = None, agent_for: tuple[str, str] | None = None, form: bool = False) -> dict[str, Any]:
    assert set(types) <= TYPES and types, types
    assert set(regimes) <= REGIMES, regimes
    d: dict[str, Any] = {"is_request": True, "types": types, "regimes": regimes, "language": lang,
                         "requester": {"name": name, "email": email}}
    if agent_for:
        d["agent_for"] = {"name": agent_for[0], "email": agent_for[1]}
    if agent:
        d["agent"] = {"name": agent[0], "email": agent[1]}
    d.update({"automated": "", "form": form, "follow_up_of": "", "category": "request", "notes": notes})
    return d


def neg(lang: str, notes: str, *, automated: str = "", category: str | None = None) -> dict[str, Any]:
    assert automated in ("", "auto_reply", "bounce", "list")
    return {"is_request": False, "types": [], "regimes": [], "language": lang, "automated": automated,
            "form": False, "follow_up_of": "", "category": category or ("automated" if automated else "negative"),
            "notes": notes}


def fu(of: str, lang: str, notes: str, *, category: str = "follow_up", automated: str = "") -> dict[str, Any]:
    return {"is_request": False, "types": [], "regimes": [], "language": lang, "automated": automated,
            "form": False, "follow_up_of": of, "category": category, "notes": notes}


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, list):
        return "[" + ", ".join(toml_val(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


LABEL_ORDER = ["is_request", "types", "regimes", "language", "requester", "agent_for", "agent", "automated", "form",
               "follow_up_of", "category", "notes"]


def labels_toml(mails: list[Mail], header: str) -> str:
    out = [header.rstrip("\n"), ""]
    for m in sorted(mails, key=lambda x: x.fname):
        assert m.label is not None, m.fname
        out.append(f"[{toml_str(m.fname)}]")
        for k in LABEL_ORDER:
            if k in m.label:
                out.append(f"{k} = {toml_val(m.label[k])}")
        out.append("")
    return "\n".join(out)
