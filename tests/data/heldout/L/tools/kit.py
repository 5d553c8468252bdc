"""Packages hand-written bodies the way each mail client would. Standard library only."""
import base64, hashlib, html, quopri, textwrap, datetime as dt
from email.header import Header
from email.charset import Charset, QP as CS_QP, BASE64 as CS_B64
from email.utils import formataddr, format_datetime

US = "3dprosteam@gmail.com"
TZ = {"PST": -8, "MST": -7, "CST": -6, "EST": -5, "UTC": 0, "GMT": 0, "CET": 1, "EET": 2,
      "JST": 9, "KST": 9, "CHN": 8, "BRT": -3, "NST": -3.5}

def mkdate(s):
    d, t, z = s.split()
    off = dt.timedelta(hours=TZ[z])
    return dt.datetime.fromisoformat(d + "T" + t).replace(tzinfo=dt.timezone(off))

def h(s, cs="utf-8", q=False):
    """RFC 2047 encode only when needed; q=True forces Q encoding."""
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        c = Charset(cs)
        if q: c.header_encoding = CS_QP
        return Header(s, c, maxlinelen=76).encode()

def addr(name, email, cs="utf-8", q=False):
    if not name: return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return f"{h(name, cs, q)} <{email}>"

def tag(key, n=10):
    return hashlib.sha1(key.encode()).hexdigest()[:n]

def wrap(text, width=76, flowed=False):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line); continue
        parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        if flowed:
            out.extend(p + " " for p in parts[:-1]); out.append(parts[-1])
        else:
            out.extend(parts)
    return "\n".join(out)

def to_html(text, gmail=False):
    paras = text.strip("\n").split("\n\n")
    inner = "".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    if gmail:
        return f'<div dir="ltr">{inner}</div>\n'
    return f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n{inner}</body></html>\n"

def enc(text, cte, charset):
    b = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    if cte == "base64":
        s = base64.b64encode(b).decode()
        return "\n".join(s[i:i+76] for i in range(0, len(s), 76)) + "\n"
    if charset.lower() == "iso-2022-jp": return b.decode("ascii")
    return text

def leaf(ctype, text, charset="utf-8", cte=None, extra=""):
    if cte is None:
        try:
            text.encode("ascii"); cte = "7bit" if max(map(len, text.split("\n"))) < 900 else "quoted-printable"
        except UnicodeEncodeError:
            cte = "quoted-printable"
    hdr = f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\nContent-Transfer-Encoding: {cte}\n"
    return hdr, enc(text, cte, charset), cte

def part(ctype, text, charset="utf-8", cte=None, extra=""):
    hdr, body, _ = leaf(ctype, text, charset, cte, extra)
    return hdr + "\n" + body

def attach(fname, ctype, data, inline=False):
    s = base64.b64encode(data).decode()
    s = "\n".join(s[i:i+76] for i in range(0, len(s), 76))
    disp = "inline" if inline else "attachment"
    return (f"Content-Type: {ctype}; name=\"{fname}\"\nContent-Disposition: {disp}; filename=\"{fname}\"\n"
            f"Content-Transfer-Encoding: base64\n\n{s}\n")

def multi(sub, boundary, parts, preamble=""):
    out = f"Content-Type: multipart/{sub}; boundary=\"{boundary}\"\n\n"
    if preamble: out += preamble + "\n"
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    return out + f"--{boundary}--\n"

# ---- tiny fake attachments -------------------------------------------------------------
def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    body = b"BT /F1 12 Tf 72 720 Td (" + t + b") Tj ET"
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length " + str(len(body)).encode() + b">>stream\n" + body + b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

def fake_jpeg(seed):
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + hashlib.sha256(seed.encode()).digest() * 8 + b"\xff\xd9"

def fake_stl(name):
    return (f"solid {name}\n facet normal 0 0 1\n  outer loop\n   vertex 0 0 0\n   vertex 10 0 0\n   vertex 0 10 0\n"
            f"  endloop\n endfacet\nendsolid {name}\n").encode()

def fake_ics(summary, start, uid):
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example Calendar//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTART:{start}\r\nDURATION:PT45M\r\nSUMMARY:{summary}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
