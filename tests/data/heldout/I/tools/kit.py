"""Packaging kit for evaluation set I: turns hand-written bodies into .eml files the way each mail
client would. Standard library only. Output is deterministic (hashes of the file name)."""
import base64
import datetime as dt
import hashlib
import html as htmlmod
import json
import quopri
import re
import textwrap
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.utils import format_datetime

SHOP = "3dprosteam@gmail.com"
SHOP_NAME = "3DPros Team"
FORM_FROM = "3DPros Website <no-reply@3dpros.com>"

MESSAGES = []   # list of dicts, filled by msgs_*.py
BY_NAME = {}


def h(s, n=16):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def parse_date(s):
    # "2027-02-03 09:14 +0100"
    d, t, z = s.split()
    sign = 1 if z[0] == "+" else -1
    off = dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])) * sign
    y, m, dd = map(int, d.split("-"))
    hh, mm = map(int, t.split(":"))
    sec = int(h(s, 4), 16) % 60
    return dt.datetime(y, m, dd, hh, mm, sec, tzinfo=dt.timezone(off))


def ew(s, mode="Q", charset="utf-8"):
    """RFC 2047 encode a header value if it is not ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    cs = Charset(charset)
    cs.header_encoding = QP if mode == "Q" else BASE64
    return Header(s, cs, maxlinelen=76).encode()


def addr(name, email, mode="Q", charset="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    return f"{ew(name, mode, charset)} <{email}>"


def msgid(style, key):
    x = h(key, 24)
    if style in ("gmail", "shop"):
        b = base64.urlsafe_b64encode(bytes.fromhex(x + h(key + "2", 16))).decode().rstrip("=")
        return f"<CA{b[:8]}+{b[8:]}@mail.gmail.com>"
    if style == "outlook":
        return f"<{x[:12].upper()}{x[12:].upper()}@AM8PR04MB{int(x[:4], 16)}.eurprd04.prod.outlook.com>"
    if style in ("apple", "iphone"):
        u = h(key, 32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{'me.com' if style == 'iphone' else 'icloud.com'}>"
    if style == "thunderbird":
        return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}@{{DOM}}>"
    return f"<{x}.{int(h(key + 't', 8), 16)}@{{DOM}}>"


# ---------- body encoders ----------

def qp(b):
    return quopri.encodestring(b, quotetabs=False)


def encode_text(text, charset="utf-8", cte=None):
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if all(c < 128 for c in raw) else "quoted-printable"
    if cte == "quoted-printable":
        body = qp(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
        if cte == "7bit" and any(c >= 128 for c in raw):
            cte = "8bit"
    if not body.endswith(b"\n"):
        body += b"\n"
    return cte, body


def flow(text, width=72):
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line.rstrip(" ") if line.strip() else "")
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    res = []
    for l in out:
        if l.startswith(" ") or l.startswith("From "):
            l = " " + l
        res.append(l)
    return "\n".join(res)


def text_to_html(text, wrap="div"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines if l):
            inner = "<br>".join(htmlmod.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append(f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<div>" + "<br>".join(htmlmod.escape(l) for l in lines) + "</div>")
    return '<div dir="ltr">' + "<div><br></div>".join(out) + "</div>"


class Part:
    def __init__(self, ctype, body=b"", headers=None, parts=None, boundary=None):
        self.ctype = ctype
        self.body = body
        self.headers = headers or []
        self.parts = parts
        self.boundary = boundary

    def render(self, top=False):
        lines = []
        if self.parts is not None:
            lines.append(f'Content-Type: {self.ctype}; boundary="{self.boundary}"')
            lines += [f"{k}: {v}" for k, v in self.headers]
            hdr = "\n".join(lines).encode()
            body = b"" if top else b""
            for p in self.parts:
                body += b"\n--" + self.boundary.encode() + b"\n" + p.render()
            body += b"\n--" + self.boundary.encode() + b"--\n"
            return hdr + b"\n" + body
        lines.append(f"Content-Type: {self.ctype}")
        lines += [f"{k}: {v}" for k, v in self.headers]
        return "\n".join(lines).encode() + b"\n\n" + self.body


def textpart(text, subtype="plain", charset="utf-8", cte=None, flowed=False, extra=""):
    if flowed:
        text = flow(text)
    cte, body = encode_text(text, charset, cte)
    ct = f"text/{subtype}; charset={charset if charset != 'utf-8' else 'UTF-8'}"
    if flowed:
        ct += "; format=flowed"
    ct += extra
    return Part(ct, body, [("Content-Transfer-Encoding", cte)])


def attachment(fname, ctype, data, inline=False):
    if isinstance(data, str):
        data = data.encode()
    body = base64.encodebytes(data)
    disp = "inline" if inline else "attachment"
    return Part(f'{ctype}; name="{fname}"', body,
                [("Content-Disposition", f'{disp}; filename="{fname}"'),
                 ("Content-Transfer-Encoding", "base64")])


def fake_pdf(title):
    t = title.replace("(", "[").replace(")", "]")
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            f"4 0 obj<</Length {len(t) + 30}>>stream\nBT /F1 12 Tf 72 770 Td ({t}) Tj ET\nendstream endobj\n"
            "trailer<</Root 1 0 R>>\n%%EOF\n").encode("latin-1", "replace")


def fake_jpeg(seed):
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
            + hashlib.sha256(seed.encode()).digest() * 8 + b"\xff\xd9")


def fake_stl(name):
    return (f"solid {name}\n  facet normal 0 0 1\n    outer loop\n      vertex 0 0 0\n      vertex 20 0 0\n"
            f"      vertex 0 20 0\n    endloop\n  endfacet\nendsolid {name}\n")


def make_attachments(spec):
    out = []
    for a in spec or []:
        kind, fname = a[0], a[1]
        if kind == "pdf":
            out.append(attachment(fname, "application/pdf", fake_pdf(a[2] if len(a) > 2 else fname)))
        elif kind == "jpg":
            out.append(attachment(fname, "image/jpeg", fake_jpeg(fname)))
        elif kind == "stl":
            out.append(attachment(fname, "model/stl", fake_stl(fname.rsplit(".", 1)[0])))
        elif kind == "ics":
            out.append(Part(f'text/calendar; charset=UTF-8; method=REQUEST; name="{fname}"',
                            base64.encodebytes(a[2].encode()),
                            [("Content-Disposition", f'attachment; filename="{fname}"'),
                             ("Content-Transfer-Encoding", "base64")]))
        elif kind == "txt":
            out.append(attachment(fname, "text/plain; charset=UTF-8", a[2]))
        elif kind == "csv":
            out.append(attachment(fname, "text/csv", a[2]))
    return out


# ---------- message registry ----------

def M(fname, **kw):
    assert fname not in BY_NAME, fname
    kw["fname"] = fname
    MESSAGES.append(kw)
    BY_NAME[fname] = kw
    return kw


def lang_cat(fname):
    lang, cat = fname.split("-")[:2]
    cat = {"followup": "follow_up", "auto": "automated"}.get(cat, cat)
    return lang, cat
