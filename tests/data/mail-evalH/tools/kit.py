"""Packaging helpers: turn a hand-written message spec into the bytes a given mail client would send.

Standard library only. Output is deterministic (random streams are seeded from the file name).
A message is built as a latin-1 "byte string in str" and encoded with latin-1 at the very end, so
8bit bodies in any charset can be embedded verbatim.
"""
import base64
import datetime as dt
import hashlib
import html as htmlmod
import quopri
import random
import uuid
from email.charset import Charset, QP, BASE64
from email.header import Header

SHOP = "3dprosteam@gmail.com"
FORMS = "no-reply@3dpros.com"

MSGS = []          # every spec, in order of definition
BY_NAME = {}


def M(name, **kw):
    kw["name"] = name
    if name in BY_NAME:
        raise SystemExit("duplicate name " + name)
    MSGS.append(kw)
    BY_NAME[name] = kw
    return kw


def rng(name, salt=""):
    return random.Random(hashlib.sha256((name + salt).encode()).hexdigest())


def parse_date(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def fmt_date(d):
    from email.utils import format_datetime
    return format_datetime(d)


# ---------------------------------------------------------------- headers

def enc_words(s, mode="B", cs="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    c = Charset(cs)
    c.header_encoding = BASE64 if mode == "B" else QP
    return Header(s, c, maxlinelen=76).encode()


def addr(pair, mode="B", cs="utf-8"):
    if isinstance(pair, str):
        return pair
    name, a = pair
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if any(ch in name for ch in ',.;:@()<>"[]') or "'" in name:
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{a}>"
    return f"{enc_words(name, mode, cs)} <{a}>"


def addrs(v, mode="B", cs="utf-8"):
    if v is None:
        return None
    if isinstance(v, list):
        return ", ".join(addr(p, mode, cs) for p in v)
    return addr(v, mode, cs)


# ---------------------------------------------------------------- bodies

def to_bytes_str(text, cs):
    """encode text in cs, return it as a latin-1 str (byte string)."""
    return text.encode(cs).decode("latin-1")


def cte_encode(text, cs, cte):
    b = text.encode(cs)
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    return b.decode("latin-1")


def flow(text, width=72):
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width or line == "-- ":
            out.append(line.rstrip(" ") if line != "-- " else line)
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


def text_to_html(text, style="gmail"):
    paras = text.split("\n")
    esc = [htmlmod.escape(p, quote=False) for p in paras]
    if style == "outlook":
        body = "\n".join(
            f'<p class="MsoNormal">{p if p.strip() else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for p in esc)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + body + '\n</div>\n</body>\n</html>\n')
    if style == "apple":
        body = "".join(f"<div>{p if p.strip() else '<br>'}</div>" for p in esc)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                + body + "</body></html>\n")
    # gmail and generic
    out, quote = [], False
    for p in esc:
        if p.startswith("&gt;"):
            if not quote:
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                quote = True
            out.append(p.lstrip("&gt;").lstrip() + "<br>")
            continue
        if quote:
            out.append("</blockquote>")
            quote = False
        out.append(f"<div>{p if p.strip() else '<br>'}</div>")
    if quote:
        out.append("</blockquote>")
    return '<div dir="ltr">' + "".join(out) + "</div>\n"


class Leaf:
    def __init__(self, ctype, payload, cs=None, cte="7bit", params="", headers=None, raw=False):
        self.ctype, self.payload, self.cs, self.cte = ctype, payload, cs, cte
        self.params, self.headers, self.raw = params, headers or [], raw

    def render(self):
        ct = self.ctype
        if self.cs:
            ct += f'; charset="{self.cs}"' if self.cs.upper() in ("UTF-8", "WINDOWS-1252", "US-ASCII") and self._quoted_cs else f"; charset={self.cs}"
        ct += self.params
        h = [f"Content-Type: {ct}"]
        h += self.headers
        if self.cte:
            h.append(f"Content-Transfer-Encoding: {self.cte}")
        if self.raw:
            body = self.payload
        elif isinstance(self.payload, bytes):
            body = base64.encodebytes(self.payload).decode("ascii") if self.cte == "base64" else self.payload.decode("latin-1")
        else:
            body = cte_encode(self.payload, self.cs or "us-ascii", self.cte)
        if not body.endswith("\n"):
            body += "\n"
        return "\n".join(h) + "\n\n" + body

    _quoted_cs = False


class Multi:
    def __init__(self, subtype, parts, boundary, params="", headers=None, preamble=""):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.params, self.headers, self.preamble = params, headers or [], preamble

    def head(self):
        return f'multipart/{self.subtype}; boundary="{self.boundary}"{self.params}'

    def render(self, top=False):
        out = []
        if not top:
            out.append(f"Content-Type: {self.head()}")
            out += self.headers
            out.append("")
        if self.preamble:
            out.append(self.preamble)
        for p in self.parts:
            out.append(f"--{self.boundary}")
            out.append(p.render().rstrip("\n"))
            out.append("")
        out.append(f"--{self.boundary}--")
        return "\n".join(out) + "\n"


def attach_leaf(att, style):
    fn, ctype, data = att[:3]
    extra = att[3] if len(att) > 3 else {}
    params = extra.get("params", "")
    fname = fn
    if any(ord(c) > 127 for c in fn):
        fname = enc_words(fn)
    h = [f'Content-Disposition: attachment; filename="{fname}"']
    if style == "outlook":
        h.insert(0, f"Content-Description: {fname}")
    if isinstance(data, str):
        data = data.encode("utf-8")
    return Leaf(ctype, data, None, "base64", params=f'; name="{fname}"' + params, headers=h)


# ---------------------------------------------------------------- attachments

def fake_pdf(title, lines):
    txt = "BT /F1 11 Tf 72 740 Td 14 TL (" + title.replace("(", "[").replace(")", "]") + ") Tj " + " ".join(
        "T* (" + l.replace("(", "[").replace(")", "]") + ") Tj" for l in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(txt)} >>\nstream\n{txt}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n"
    return out.encode("latin-1", "replace")


def fake_jpeg(seed="x"):
    r = rng(seed, "jpg")
    body = bytes(r.randrange(256) for _ in range(600)).replace(b"\xff", b"\xfe")
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
            b"\xff\xdb\x00\x43\x00" + bytes(range(1, 65)) + b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00" + body + b"\xff\xd9")


def fake_stl(name="part"):
    facets = []
    pts = [((0, 0, 0), (10, 0, 0), (0, 10, 0)), ((0, 0, 0), (0, 10, 0), (0, 0, 10)),
           ((0, 0, 0), (0, 0, 10), (10, 0, 0)), ((10, 0, 0), (0, 0, 10), (0, 10, 0))]
    for a, b, c in pts:
        facets.append("  facet normal 0 0 0\n    outer loop\n" + "".join(
            f"      vertex {p[0]:.6e} {p[1]:.6e} {p[2]:.6e}\n" for p in (a, b, c)) + "    endloop\n  endfacet\n")
    return f"solid {name}\n" + "".join(facets) + f"endsolid {name}\n"


def fake_ics(summary, start, end, organizer, attendee, uid):
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            f"DTSTART:{start}\r\nDTEND:{end}\r\nDTSTAMP:{start}\r\nORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}\r\n"
            f"UID:{uid}\r\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={attendee}:mailto:{attendee}\r\n"
            f"SUMMARY:{summary}\r\nSTATUS:CONFIRMED\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


# ---------------------------------------------------------------- message ids

def domain_of(a):
    return a.split("@", 1)[1] if "@" in a else "example.com"


def message_id(spec):
    if spec.get("message_id"):
        return spec["message_id"]
    r = rng(spec["name"], "mid")
    style = spec.get("style", "gmail")
    frm = spec["frm"][1] if isinstance(spec["frm"], tuple) else spec["frm"]
    if style in ("gmail",) or frm == SHOP:
        s = "CA" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-") for _ in range(40))
        return f"<{s}@mail.gmail.com>"
    if style == "outlook":
        s = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(44))
        host = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(2)) + str(r.randrange(1, 9)) + "PR" + str(r.randrange(10, 20)) + "MB" + str(r.randrange(1000, 9999))
        return f"<{s}@{host}.namprd{r.randrange(10,20)}.prod.outlook.com>"
    if style in ("apple", "iphone"):
        return "<" + str(uuid.UUID(int=r.getrandbits(128))).upper() + "@" + domain_of(frm) + ">"
    if style in ("tb", "tb-latin1"):
        return "<" + str(uuid.UUID(int=r.getrandbits(128))) + "@" + domain_of(frm) + ">"
    if style.startswith("form"):
        return "<" + "".join(r.choice("abcdef0123456789") for _ in range(32)) + "@3dpros.com>"
    return "<" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24)) + "." + str(r.randrange(10**9, 10**10)) + "@" + domain_of(frm) + ">"


def ack_id(reqname):
    r = rng(reqname, "ack")
    s = "CA" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-") for _ in range(40))
    return f"<{s}@mail.gmail.com>"


# ---------------------------------------------------------------- build one message

def build(spec):
    name = spec["name"]
    r = rng(name)
    style = spec.get("style", "gmail")
    frm = spec["frm"]
    frm_addr = frm[1] if isinstance(frm, tuple) else frm
    to = spec.get("to", SHOP)
    d = parse_date(spec["date"])
    body = spec.get("body", "")
    if body.startswith("\n"):
        body = body[1:]
    hmode = spec.get("hmode", "B")
    hcs = spec.get("hcs", "utf-8")
    subj = spec.get("subj", "")
    subj_h = enc_words(subj, hmode, hcs) if subj else ""
    atts = spec.get("attach", [])
    mid = message_id(spec)
    crlf = style == "outlook" or spec.get("crlf", False)

    # ---- body tree
    html = spec.get("html")
    cs = spec.get("cs", "utf-8")
    if style == "gmail":
        qcte = "quoted-printable" if any(ord(c) > 127 for c in body) or max((len(l) for l in body.split("\n")), default=0) > 76 else "7bit"
        h = html or text_to_html(body)
        hcte = "quoted-printable" if any(ord(c) > 127 for c in h) or max(len(l) for l in h.split("\n")) > 76 else "7bit"
        b1 = "000000000000" + "".join(r.choice("0123456789abcdef") for _ in range(12))
        t = Leaf("text/plain", body, "UTF-8", qcte); t._quoted_cs = True
        hl = Leaf("text/html", h, "UTF-8", hcte); hl._quoted_cs = True
        tree = Multi("alternative", [t, hl], b1)
        if spec.get("plain_only"):
            tree = t
        if atts:
            b2 = "000000000000" + "".join(r.choice("0123456789abcdef") for _ in range(12))
            tree = Multi("mixed", [tree] + [attach_leaf(a, style) for a in atts], b2)
    elif style == "outlook":
        try:
            body.encode("windows-1252")
            ocs = "Windows-1252"
        except UnicodeEncodeError:
            ocs = "utf-8"
        if all(ord(c) < 128 for c in body):
            ocs = "us-ascii"
        bid = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40))
        h = html or text_to_html(body, "outlook")
        if ocs == "utf-8":
            h = h.replace("charset=Windows-1252", "charset=utf-8")
        t = Leaf("text/plain", body, ocs, "quoted-printable"); t._quoted_cs = True
        hl = Leaf("text/html", h, ocs if ocs != "us-ascii" else "us-ascii", "quoted-printable"); hl._quoted_cs = True
        tree = Multi("alternative", [t, hl], f"_000_{bid}_")
        if atts:
            tree = Multi("mixed", [tree] + [attach_leaf(a, style) for a in atts], f"_004_{bid}_")
    elif style == "apple":
        u = str(uuid.UUID(int=r.getrandbits(128))).upper()
        t = Leaf("text/plain", body, "utf-8", "quoted-printable")
        hl = Leaf("text/html", html or text_to_html(body, "apple"), "utf-8", "quoted-printable")
        tree = Multi("alternative", [t, hl], f"Apple-Mail=_{u}")
        if atts:
            u2 = str(uuid.UUID(int=r.getrandbits(128))).upper()
            tree = Multi("mixed", [tree] + [attach_leaf(a, style) for a in atts], f"Apple-Mail=_{u2}")
    elif style == "iphone":
        tree = Leaf("text/plain", body, "utf-8", "quoted-printable")
        if atts:
            u2 = str(uuid.UUID(int=r.getrandbits(128))).upper()
            tree = Multi("mixed", [tree] + [attach_leaf(a, style) for a in atts], f"Apple-Mail-{u2}")
    elif style in ("tb", "tb-latin1"):
        c = "ISO-8859-1" if style == "tb-latin1" else "UTF-8"
        if style == "tb-latin1":
            t = Leaf("text/plain", body, c, "8bit", params="; format=flowed")
            t.payload = flow(body)
        else:
            t = Leaf("text/plain", flow(body), c, "8bit" if any(ord(ch) > 127 for ch in body) else "7bit", params="; format=flowed")
        tree = t
        if atts:
            b = "------------" + "".join(r.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(24))
            tree = Multi("mixed", [t] + [attach_leaf(a, style) for a in atts], b,
                         preamble="This is a multi-part message in MIME format.")
    elif style == "plain":
        cte = spec.get("cte", "quoted-printable")
        tree = Leaf("text/plain", body, cs, cte)
        if atts:
            b = "----=_Part_" + str(r.randrange(10**6, 10**7)) + "_" + str(r.randrange(10**8, 10**9)) + "." + str(int(d.timestamp() * 1000))
            tree = Multi("mixed", [tree] + [attach_leaf(a, style) for a in atts], b)
    elif style == "b64":
        t = Leaf("text/plain", body, cs, "base64")
        hl = Leaf("text/html", html or text_to_html(body), cs, "base64")
        b = "----=_Part_" + str(r.randrange(10**6, 10**7)) + "_" + str(r.randrange(10**8, 10**9)) + "." + str(int(d.timestamp() * 1000))
        tree = Multi("alternative", [t, hl], b) if not spec.get("plain_only") else t
    elif style == "html":
        tree = Leaf("text/html", html, cs, spec.get("cte", "quoted-printable"))
    elif style == "form":
        tree = Leaf("text/plain", body, "UTF-8", "8bit" if any(ord(c) > 127 for c in body) else "7bit")
        tree._quoted_cs = False
    elif style == "form-html":
        b = "b1_" + "".join(r.choice("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(40))
        t = Leaf("text/plain", body, "us-ascii" if all(ord(c) < 128 for c in body) else "utf-8", "quoted-printable")
        hl = Leaf("text/html", html, "utf-8", "quoted-printable")
        tree = Multi("alternative", [t, hl], b) if body else hl
    elif style == "tree":
        tree = spec["tree_fn"]()
    else:
        raise SystemExit("style? " + style)

    # ---- headers
    H = []
    incoming = frm_addr != SHOP or spec.get("incoming", False)
    if incoming:
        rd = d + dt.timedelta(seconds=r.randrange(2, 40))
        H.append(f"Delivered-To: {SHOP}")
        H.append(f"Received: by 2002:a05:7300:{r.randrange(4096,65535):x}:b0:{r.randrange(256,4095):x}:{r.randrange(4096,65535):x}:{r.randrange(4096,65535):x} with SMTP id {''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(10))};\n        {fmt_date(rd)}")
        rp = spec.get("return_path", frm_addr)
        H.append(f"Return-Path: <{rp}>")
        srv = spec.get("server", "mail." + domain_of(frm_addr) if style != "gmail" else "mail-sor-f41.google.com")
        H.append(f"Received: from {srv} ({srv} [203.0.113.{r.randrange(2,250)}])\n        by mx.google.com with ESMTPS id {''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(12))}\n        for <{SHOP}>; {fmt_date(rd)}")
    extra = spec.get("headers", [])
    irt = spec.get("irt")
    irt_h = refs_h = None
    if irt:
        if irt.startswith("ack:"):
            req = BY_NAME[irt[4:]]
            irt_h = ack_id(req["name"])
            refs_h = message_id(req) + " " + irt_h
        else:
            tgt = BY_NAME[irt]
            irt_h = message_id(tgt)
            chain = [irt_h]
            cur = tgt
            while cur.get("irt"):
                nxt = cur["irt"]
                if nxt.startswith("ack:"):
                    chain = [message_id(BY_NAME[nxt[4:]]), ack_id(nxt[4:])] + chain
                    break
                cur = BY_NAME[nxt]
                chain = [message_id(cur)] + chain
            refs_h = " ".join(chain)
    if spec.get("refs") is not None:
        refs_h = spec["refs"]

    ctop = tree.head() if isinstance(tree, Multi) else None

    def ctype_lines():
        if isinstance(tree, Multi):
            return [f"Content-Type: {ctop}"]
        leaf_r = tree.render().split("\n\n", 1)[0].split("\n")
        return leaf_r

    fromh = addr(frm, hmode, hcs)
    toh = addrs(to, hmode, hcs)
    cc = addrs(spec.get("cc"), hmode, hcs)
    rt = addrs(spec.get("reply_to"), hmode, hcs)
    date_h = fmt_date(d)

    if style == "gmail" or (frm_addr == SHOP and style not in ("tree",)):
        H += ["MIME-Version: 1.0"]
        H += extra
        H += [f"From: {fromh}", f"Date: {date_h}", f"Message-ID: {mid}"]
        if irt_h:
            H += [f"In-Reply-To: {irt_h}", f"References: {refs_h}"]
        H += [f"Subject: {subj_h}", f"To: {toh}"]
        if cc: H.append(f"Cc: {cc}")
        if rt: H.append(f"Reply-To: {rt}")
        H += ctype_lines()
    elif style == "outlook":
        H += [f"From: {fromh}", f"To: {toh}"]
        if cc: H.append(f"CC: {cc}")
        H += [f"Subject: {subj_h}", f"Thread-Topic: {subj_h}",
              "Thread-Index: " + base64.b64encode(bytes(r.randrange(256) for _ in range(22))).decode(),
              f"Date: {date_h}", f"Message-ID: {mid}"]
        if irt_h:
            H += [f"References: {refs_h}", f"In-Reply-To: {irt_h}"]
        if rt: H.append(f"Reply-To: {rt}")
        H += [f"Accept-Language: {spec.get('acc_lang', 'en-US')}", f"Content-Language: {spec.get('acc_lang', 'en-US')}",
              "X-MS-Has-Attach:" + (" yes" if atts else ""), "X-MS-TNEF-Correlator:"]
        H += extra
        H += ctype_lines() + ["MIME-Version: 1.0"]
    elif style in ("apple", "iphone"):
        H += [f"From: {fromh}"]
        H += ctype_lines()
        H += ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))" if style == "apple" else "Mime-Version: 1.0 (1.0)"]
        H += [f"Subject: {subj_h}", f"Message-Id: {mid}"]
        if irt_h:
            H += [f"References: {refs_h}", f"In-Reply-To: {irt_h}"]
        H += [f"Date: {date_h}"]
        if cc: H.append(f"Cc: {cc}")
        H += [f"To: {toh}"]
        if rt: H.append(f"Reply-To: {rt}")
        H += extra
        H += ["X-Mailer: Apple Mail (2.3826.400.131.1.6)" if style == "apple" else f"X-Mailer: iPhone Mail ({spec.get('ios', '22B83')})"]
    elif style in ("tb", "tb-latin1"):
        H += [f"Message-ID: {mid}", f"Date: {date_h}", "MIME-Version: 1.0",
              "User-Agent: Mozilla Thunderbird"]
        H += [f"Content-Language: {spec.get('acc_lang', 'en-US')}", f"To: {toh}"]
        if cc: H.append(f"Cc: {cc}")
        if irt_h:
            H += [f"References: {refs_h}", f"In-Reply-To: {irt_h}"]
        H += [f"From: {fromh}"]
        if rt: H.append(f"Reply-To: {rt}")
        H += [f"Subject: {subj_h}"]
        H += extra
        H += ctype_lines()
    else:  # plain, b64, html, form, form-html, tree
        H += [f"Date: {date_h}", f"From: {fromh}"]
        if rt: H.append(f"Reply-To: {rt}")
        H += [f"To: {toh}"]
        if cc: H.append(f"Cc: {cc}")
        H += [f"Message-ID: {mid}"]
        if irt_h:
            H += [f"In-Reply-To: {irt_h}", f"References: {refs_h}"]
        if subj_h or "subj" in spec:
            H += [f"Subject: {subj_h}"]
        H += extra
        H += ["MIME-Version: 1.0"]
        H += ctype_lines()

    head = "\n".join(H)
    if isinstance(tree, Multi):
        bodytxt = tree.render(top=True)
        if style in ("gmail", "outlook", "apple") and not spec.get("no_preamble"):
            pass
    else:
        bodytxt = tree.render().split("\n\n", 1)[1]
    msg = head + "\n\n" + bodytxt
    if crlf:
        msg = msg.replace("\r\n", "\n").replace("\n", "\r\n")
    return msg.encode("latin-1"), d, mid

NO_BODY_OK = set()


def form_lines(fields, title="New Entry: Privacy Request Form", footer=True):
    """WPForms-style plain notification: label line, value line, blank line."""
    out = [title, ""]
    for k, v in fields:
        out.append(f"{k}")
        out.append(v if v else "(Empty)")
        out.append("")
    if footer:
        out += ["---", "", "Sent from 3DPros LLC (https://www.3dpros.com/privacy-request/)"]
    return "\n".join(out) + "\n"


def form_table(fields, title="Privacy Request"):
    import html as h
    rows = "".join(
        f'<tr style="background-color:#eaf2fa"><td colspan="2"><font style="font-family:sans-serif;font-size:12px"><strong>{h.escape(k)}</strong></font></td></tr>'
        f'<tr bgcolor="#FFFFFF"><td width="20">&nbsp;</td><td><font style="font-family:sans-serif;font-size:12px">{h.escape(v).replace(chr(10), "<br>")}</font></td></tr>'
        for k, v in fields)
    return ('<html><body><table width="99%" border="0" cellpadding="1" cellspacing="0" bgcolor="#EAEAEA"><tr><td>'
            '<table width="100%" border="0" cellpadding="5" cellspacing="0" bgcolor="#FFFFFF">'
            f'<tr bgcolor="#EAF2FA"><td colspan="2"><font style="font-family:sans-serif;font-size:14px"><strong>{h.escape(title)}</strong></font></td></tr>'
            + rows + '</table></td></tr></table></body></html>\n')
