"""Packaging kit for evaluation set J.

Bodies are hand-written in msgs_*.py; this module only wraps them the way each mail client
would (header order, Message-ID shape, boundaries, charsets, transfer encodings).  Standard
library only; output is deterministic.
"""
import base64
import datetime as _dt
import hashlib
import html as _html
import quopri
import textwrap
from email import base64mime, quoprimime
from email.utils import format_datetime, parseaddr

SHOP = "3dprosteam@gmail.com"
FORMS = "no-reply@3dpros.com"
MESSAGES = []


def _h(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def dedent(s):
    return textwrap.dedent(s).strip("\n") + "\n"


def parse_date(s):
    # "2027-05-03 09:14 -0500"
    d, t, z = s.split()
    sign = -1 if z[0] == "-" else 1
    off = _dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])) * sign
    return _dt.datetime.strptime(d + " " + t, "%Y-%m-%d %H:%M").replace(tzinfo=_dt.timezone(off))


def enc_word(s, charset="utf-8", how="q"):
    if all(ord(c) < 128 for c in s):
        return s
    raw = s.encode(charset)
    if how == "b":
        # split into chunks so encoded words stay short
        out, chunk = [], b""
        for ch in s:
            b = ch.encode(charset)
            if len(chunk) + len(b) > 42:
                out.append(base64mime.header_encode(chunk, charset))
                chunk = b""
            chunk += b
        if chunk:
            out.append(base64mime.header_encode(chunk, charset))
        return "\n ".join(out)
    out, chunk = [], ""
    for ch in s:
        if len(quoprimime.header_encode((chunk + ch).encode(charset), charset)) > 70:
            out.append(quoprimime.header_encode(chunk.encode(charset), charset))
            chunk = ""
        chunk += ch
    if chunk:
        out.append(quoprimime.header_encode(chunk.encode(charset), charset))
    return "\n ".join(out)


def addr(s, charset="utf-8", how="q"):
    name, a = parseaddr(s)
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()@"'):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{a}>"
    return f"{enc_word(name, charset, how)} <{a}>"


def body_bytes(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode(charset)  # 7bit / 8bit: re-encoded when the file is written


def pick_cte(text, charset):
    return "7bit" if all(ord(c) < 128 for c in text) else "quoted-printable"


def flowed(text, width=72):
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line.rstrip(" ") if line.strip() != "--" else line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def to_html(text, wrap="div"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [_html.escape(l) for l in p.split("\n")]
        if wrap == "gmail":
            out.append("<div>" + "<br>".join(lines) + "</div>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    if wrap == "gmail":
        return '<div dir="ltr">' + "<div><br></div>".join(out) + "</div>\n"
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n" + "\n".join(out) + "\n</body></html>\n"


class Part:
    def __init__(self, ctype, text=None, charset="utf-8", cte=None, params="", data=None,
                 filename=None, extra=None, parts=None, boundary=None, disposition=None):
        self.ctype, self.text, self.charset, self.cte = ctype, text, charset, cte
        self.params, self.data, self.filename, self.extra = params, data, filename, extra or []
        self.parts, self.boundary, self.disposition = parts, boundary, disposition

    def render(self):
        hdr = []
        if self.parts is not None:
            hdr.append(f'Content-Type: {self.ctype};{self.params}\n\tboundary="{self.boundary}"')
            hdr += self.extra
            body = ""
            for p in self.parts:
                body += f"--{self.boundary}\n" + p.render() + "\n"
            body += f"--{self.boundary}--\n"
            return "\n".join(hdr) + "\n\n" + body
        if self.data is not None:
            nm = self.filename
            hdr.append(f'Content-Type: {self.ctype}; name="{nm}"')
            hdr.append(f'Content-Disposition: {self.disposition or "attachment"}; filename="{nm}"')
            hdr.append("Content-Transfer-Encoding: base64")
            hdr += self.extra
            return "\n".join(hdr) + "\n\n" + base64.encodebytes(self.data).decode()
        cte = self.cte or pick_cte(self.text, self.charset)
        cs = f'; charset="{self.charset}"' if self.charset else ""
        hdr.append(f"Content-Type: {self.ctype}{cs}{self.params}")
        hdr.append(f"Content-Transfer-Encoding: {cte}")
        hdr += self.extra
        return "\n".join(hdr) + "\n\n" + body_bytes(self.text, self.charset or "ascii", cte)


class Mail:
    def __init__(self, file, style, date, frm, subject, body="", *, to=None, cc=None, reply_to=None,
                 html=None, atts=(), irt=None, refs=None, hdrs=None, charset=None, cte=None, hq="q",
                 lab=None, sig=None, mid=None, raw_body=None, form_html=False, mailer=None):
        self.__dict__.update(locals())
        del self.__dict__["self"]
        self.dt = parse_date(date)
        self.to = to or SHOP
        self.lab = lab or {}
        self.msgid = mid or self._mid()
        MESSAGES.append(self)

    def _mid(self):
        h = _h(self.file, 24)
        a = parseaddr(self.frm)[1]
        dom = a.split("@")[-1]
        s = self.style
        if s == "gmail" or a == SHOP:
            return f"<CA{h[:2].upper()}+{h[2:14]}-{h[14:]}=Q@mail.gmail.com>"
        if s == "outlook":
            return f"<DM{h[:2].upper()}PR0{h[2:3]}MB{h[3:7]}{h[7:20].upper()}@DM{h[:2].upper()}PR0{h[2:3]}MB{h[3:7]}.namprd0{int(h[20],16)%9+1}.prod.outlook.com>"
        if s in ("apple", "iphone"):
            return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:24].upper()}{h[:8].upper()}@{dom}>"
        if s == "thunderbird":
            return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:24]}{h[:8]}@{dom}>"
        return f"<{int(h, 16) % 10**12}.{h[:10]}@{dom}>"


def _trace(m):
    a = parseaddr(m.frm)[1]
    dom = a.split("@")[-1]
    ip = f"198.51.100.{int(_h(m.file, 2), 16) % 250 + 2}"
    when = format_datetime(m.dt.astimezone(_dt.timezone.utc) + _dt.timedelta(seconds=3))
    if m.style == "gmail" or dom == "gmail.com":
        return [f"Delivered-To: {SHOP}",
                f"Received: by 2002:a05:7208:{_h(m.file,4)}:b0:{_h(m.file+'x',2)} with SMTP id {_h(m.file+'r',10)};\n        {when}",
                f"Return-Path: <{a}>"]
    return [f"Delivered-To: {SHOP}",
            f"Received: from mail.{dom} (mail.{dom}. [{ip}])\n        by mx.google.com with ESMTPS id {_h(m.file+'e',12)}\n        for <{SHOP}>;\n        {when}",
            f"Return-Path: <{a}>"]


def render(m, ids):
    s = m.style
    irt = ids.get(m.irt, m.irt) if m.irt else None
    refs = [ids.get(r, r) for r in (m.refs or ([m.irt] if m.irt else []))]
    charset = m.charset or ("windows-1252" if s == "outlook" else "utf-8")
    try:
        m.body.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    hq = m.hq
    H = []
    outgoing = parseaddr(m.frm)[1] == SHOP
    if not outgoing and s != "raw":
        H += _trace(m)
    fromh = addr(m.frm, "utf-8", hq)
    subj = enc_word(m.subject, "utf-8", hq) if m.subject else ""
    toh = ", ".join(addr(x.strip()) for x in m.to.split(";"))
    date = format_datetime(m.dt)
    hx = list(m.hdrs or [])
    # content
    body = m.body
    if s == "outlook" and charset == "windows-1252":
        # Word's AutoFormat turns straight apostrophes into typographic ones
        body = "\n".join(l if l.startswith(">") else l.replace("'", "\u2019") for l in body.split("\n"))
    if s == "iphone":
        content = Part("text/plain", body, charset, m.cte or "quoted-printable")
    elif s == "thunderbird":
        fb = flowed(body)
        cte = m.cte or ("7bit" if all(ord(c) < 128 for c in fb) else "8bit")
        content = Part("text/plain", fb, charset, cte, params="; format=flowed")
    elif s == "plain":
        content = Part("text/plain", body, charset, m.cte)
    elif s == "html":
        content = Part("text/html", m.html or to_html(body), charset, m.cte or "quoted-printable")
    elif s == "form":
        if m.form_html:
            content = Part("multipart/alternative", parts=[
                Part("text/plain", body, "utf-8", m.cte),
                Part("text/html", m.html, "utf-8", "quoted-printable")],
                boundary=f"b1_{_h(m.file, 32)}")
        else:
            content = Part("text/plain", body, "utf-8", m.cte or "quoted-printable")
    elif s == "raw":
        content = m.raw_body  # a Part
    else:
        if s == "gmail":
            b = "000000000000" + _h(m.file, 12)
            html = m.html or to_html(body, "gmail")
        elif s == "outlook":
            b = f"_000_{m.msgid[1:].split('@')[0][:40]}_"
            html = m.html or to_html(body)
        else:  # apple
            u = _h(m.file, 32).upper()
            b = f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"
            html = m.html or to_html(body)
        cte = m.cte or ("quoted-printable" if s != "gmail" or not all(ord(c) < 128 for c in body + html) else "7bit")
        if s == "gmail" and cte == "7bit":
            cte = None
        content = Part("multipart/alternative", parts=[
            Part("text/plain", body, charset, cte),
            Part("text/html", html, charset, cte if cte != "7bit" else None)], boundary=b)
    if m.atts:
        bo = ("000000000000" + _h(m.file + "m", 12)) if s == "gmail" else (
            f"_004_{m.msgid[1:].split('@')[0][:40]}_" if s == "outlook" else f"------------{_h(m.file+'m',24)}")
        parts = [content]
        for fn, ct, data in m.atts:
            parts.append(Part(ct, data=data, filename=fn))
        content = Part("multipart/mixed", parts=parts, boundary=bo)
    # headers by client
    if s == "outlook":
        H += [f"From: {fromh}", f"To: {toh}"]
        if m.cc:
            H.append(f"CC: {m.cc}")
        H += [f"Subject: {subj}", f"Thread-Topic: {subj}",
              f"Thread-Index: AQH{base64.b64encode(bytes.fromhex(_h(m.file, 24))).decode()[:22]}==",
              f"Date: {date}", f"Message-ID: {m.msgid}"]
        if irt:
            H += [f"References: {' '.join(refs)}", f"In-Reply-To: {irt}"]
        H += ["Accept-Language: en-US", f"Content-Language: {m.lab.get('language','en')}-{'US' if m.lab.get('language','en')=='en' else m.lab.get('language','en').upper()}",
              f"X-MS-Has-Attach: {'yes' if m.atts else ''}", "X-MS-TNEF-Correlator:"]
        H += hx
        if m.reply_to:
            H.append(f"Reply-To: {addr(m.reply_to)}")
        H.append("MIME-Version: 1.0")
    else:
        if s in ("apple", "iphone"):
            H.append(f"From: {fromh}")
            H.append("Content-Type: PLACEHOLDER")
            H.append("Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))" if s == "apple" else "Mime-Version: 1.0 (1.0)")
            H.append(f"Subject: {subj}")
            H.append(f"Date: {date}")
            if m.cc:
                H.append(f"Cc: {m.cc}")
            if irt:
                H += [f"In-Reply-To: {irt}", f"References: {' '.join(refs)}"]
            H.append(f"To: {toh}")
            H.append(f"Message-Id: {m.msgid}")
            H.append("X-Mailer: Apple Mail (2.3826.400.131.1.6)" if s == "apple" else "X-Mailer: iPhone Mail (22F76)")
            if m.reply_to:
                H.append(f"Reply-To: {addr(m.reply_to)}")
            H += hx
        else:
            H.append("MIME-Version: 1.0")
            H.append(f"Date: {date}")
            if irt:
                H += [f"References: {' '.join(refs)}", f"In-Reply-To: {irt}"]
            H.append(f"Message-ID: {m.msgid}")
            if s == "thunderbird":
                H.append(m.mailer or "User-Agent: Mozilla Thunderbird")
            elif m.mailer:
                H.append(m.mailer)
            H.append(f"From: {fromh}")
            H.append(f"To: {toh}")
            if m.cc:
                H.append(f"Cc: {m.cc}")
            if m.reply_to:
                H.append(f"Reply-To: {addr(m.reply_to)}")
            H.append(f"Subject: {subj}")
            H += hx
    rendered = content.render()
    ch, _, cb = rendered.partition("\n\n")
    if "Content-Type: PLACEHOLDER" in H:
        i = H.index("Content-Type: PLACEHOLDER")
        cl = ch.split("\n")
        H[i] = cl[0] + ("\n" + "\n".join(l for l in cl[1:] if l.startswith("\t")) if any(l.startswith("\t") for l in cl[1:]) else "")
        rest = [l for l in cl[1:] if not l.startswith("\t")]
        H += rest
    else:
        H.append(ch)
    out = "\n".join(H) + "\n\n" + cb
    enc = "latin-1" if charset.lower() in ("iso-8859-1",) else ("cp1252" if charset.lower() == "windows-1252" else "utf-8")
    data = out.encode(enc)
    if s == "outlook" or m.hdrs and "X-CRLF" in "".join(m.hdrs):
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


# ---- label helpers -------------------------------------------------------------------------
def R(types, regimes=(), requester=None, agent=None, form=False, notes=""):
    return dict(category="request", is_request=True, types=list(types), regimes=list(regimes),
                requester=requester, agent=agent, form=form, notes=notes)


def F(of, notes="", regimes=()):
    return dict(category="follow_up", is_request=False, types=[], regimes=list(regimes), follow_up_of=of, notes=notes)


def O(of, notes="our reply"):
    return dict(category="outgoing", is_request=False, types=[], regimes=[], follow_up_of=of, notes=notes)


def N(notes, automated=""):
    return dict(category="negative", is_request=False, types=[], regimes=[], automated=automated, notes=notes)


def A(kind, notes):
    return dict(category="automated", is_request=False, types=[], regimes=[], automated=kind, notes=notes)


def pdf(title):
    t = title.encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            None, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    stream = b"BT /F1 14 Tf 60 780 Td (" + t.replace(b"(", b"[").replace(b")", b"]") + b") Tj ET"
    objs[3] = b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n" + str(x).encode() + b"\n%%EOF\n"
    return out


def jpeg(seed):
    # tiny but structurally valid-looking JPEG header + filler (not meant to be displayed)
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + hashlib.sha256(seed.encode()).digest() * 40 + b"\xff\xd9")


def stl(name):
    return (f"solid {name}\n facet normal 0 0 1\n  outer loop\n   vertex 0 0 0\n   vertex 10 0 0\n"
            f"   vertex 0 10 0\n  endloop\n endfacet\nendsolid {name}\n").encode()


def ics(summary, start, uid):
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example Corp//Cal 1.0//EN\r\nMETHOD:REQUEST\r\n"
            f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:{start}\r\nDTSTART:{start}\r\nDURATION:PT30M\r\n"
            f"SUMMARY:{summary}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
