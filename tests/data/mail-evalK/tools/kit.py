"""Packaging kit for evaluation set K: turns hand-written bodies into .eml files the way
each mail client would.  Standard library only; output is deterministic."""
import base64
import datetime as dt
import email.base64mime
import email.quoprimime
import email.utils
import hashlib
import textwrap

SHOP = "3dprosteam@gmail.com"
SHOP_NAME = "3DPros Team"
FORM = "no-reply@3dpros.com"

MESSAGES = []   # dicts: fname, data(bytes), label, date


def h(s, n=12):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def msgid(key, client="gmail"):
    x = hashlib.sha1(key.encode()).hexdigest()
    if client in ("gmail", "staff", "out", "android"):
        return "<CA%s%s@mail.gmail.com>" % (x[:6].upper(), base64.b64encode(bytes.fromhex(x[6:36])).decode().replace("/", "_").replace("+", "-").rstrip("="))
    if client == "outlook":
        return "<%s@%s.namprd%02d.prod.outlook.com>" % (("DM6PR" + x[:12]).upper(), ("DM6PR" + x[12:20]).upper(), int(x[20:22], 16) % 20)
    if client in ("apple", "iphone"):
        return "<%s-%s-%s-%s@example.net>" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:28].upper())
    if client == "thunderbird":
        return "<%s-%s@example.org>" % (x[:8], x[8:16])
    if client == "form":
        return "<%s@3dpros.com>" % x[:32]
    return "<%s.%s@mail.example.com>" % (x[:14], x[14:22])


def ack_id(req_fname):
    """Message-ID of our acknowledgement to a request (outgoing file or not in the set)."""
    return msgid("ack:" + req_fname, "out")


def date_hdr(s):
    # "2027-08-14 09:12 -0500"
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")
    return email.utils.format_datetime(d), d


def ew(s, mode="q", charset="utf-8"):
    """RFC 2047 encoded words (list), each at most ~75 chars."""
    if all(ord(c) < 128 for c in s):
        return [s]
    words, cur = [], ""
    for c in s:
        cand = cur + c
        raw = cand.encode(charset)
        if mode == "b":
            ln = len(base64.b64encode(raw))
        else:
            ln = len(email.quoprimime.header_encode(raw, charset)) - len(charset) - 7
        if ln > (44 if mode == "b" else 46):
            words.append(cur)
            cur = c
        else:
            cur = cand
    if cur:
        words.append(cur)
    out = []
    for w in words:
        raw = w.encode(charset)
        if mode == "b":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode()))
        else:
            out.append(email.quoprimime.header_encode(raw, charset).replace("?q?", "?Q?"))
    return out


def enc_hdr(s, mode="q", charset="utf-8"):
    return "\n ".join(ew(s, mode, charset))


def addr(name, mail, mode="q", charset="utf-8"):
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name.replace('"', ''), mail)
        return "%s <%s>" % (name, mail)
    return "%s <%s>" % (" ".join(ew(name, mode, charset)), mail)


# ---------------------------------------------------------------- bodies

def flow(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip(" ") if not line.startswith(">") else line)
            continue
        parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        for i, p in enumerate(parts):
            out.append(p + (" " if i < len(parts) - 1 else ""))
    return "\n".join(out)


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return email.quoprimime.body_encode(raw.decode("latin-1"), maxlinelen=76, eol="\n").encode("ascii")
    if cte == "base64":
        return email.base64mime.body_encode(raw, maxlinelen=76, eol="\n").encode("ascii")
    return raw


def best_cte(text, charset):
    if all(ord(c) < 128 for c in text) and max((len(l) for l in text.split("\n")), default=0) < 900:
        return "7bit"
    return "quoted-printable"


def leaf(ctype, text=None, charset="utf-8", cte=None, params="", data=None, extra=()):
    """Return (headers, body) for a single part."""
    if data is not None:
        hdrs = [("Content-Type", ctype + params), ("Content-Transfer-Encoding", "base64")] + list(extra)
        return ("leaf", hdrs, email.base64mime.body_encode(data, maxlinelen=76, eol="\n").encode("ascii"))
    cte = cte or best_cte(text, charset)
    hdrs = [("Content-Type", '%s; charset="%s"%s' % (ctype, charset, params)), ("Content-Transfer-Encoding", cte)] + list(extra)
    return ("leaf", hdrs, encode_body(text, charset, cte))


def multi(subtype, boundary, parts, extra_params=""):
    return ("multi", subtype, boundary, parts, extra_params)


def ser(node, top_headers=()):
    """Serialise a node with optional top-level headers. Returns bytes with LF endings."""
    out = []
    for k, v in top_headers:
        out.append(("%s: %s" % (k, v)).encode("utf-8"))
    if node[0] == "leaf":
        for k, v in node[1]:
            out.append(("%s: %s" % (k, v)).encode("ascii"))
        out.append(b"")
        body = node[2]
        return b"\n".join(out) + b"\n" + body + (b"" if body.endswith(b"\n") else b"\n")
    _, sub, bnd, parts, xp = node
    out.append(('Content-Type: multipart/%s; boundary="%s"%s' % (sub, bnd, xp)).encode())
    out.append(b"")
    chunks = [b"\n".join(out) + b"\n"]
    for p in parts:
        chunks.append(b"--" + bnd.encode() + b"\n")
        if isinstance(p, bytes):          # pre-serialised part (e.g. message/rfc822)
            chunks.append(p)
        else:
            chunks.append(ser(p))
        chunks.append(b"\n")
    chunks.append(b"--" + bnd.encode() + b"--\n")
    return b"".join(chunks)


def text_to_html(text):
    import html as _h
    paras = []
    quote = []
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(_h.escape(line.lstrip("> ").rstrip()))
            continue
        if quote:
            paras.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + "<br>".join(quote) + "</blockquote>")
            quote = []
        paras.append("<div>%s</div>" % (_h.escape(line) if line.strip() else "<br>"))
    if quote:
        paras.append('<blockquote class="gmail_quote">' + "<br>".join(quote) + "</blockquote>")
    return '<div dir="ltr">' + "\n".join(paras) + "</div>\n"


# ---------------------------------------------------------------- attachments

def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    head = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n")
    stream = b"BT /F1 12 Tf 72 770 Td (" + t + b") Tj ET"
    return head + b"4 0 obj<</Length " + str(len(stream)).encode() + b">>stream\n" + stream + b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%EOF\n"


def fake_jpeg(seed):
    body = hashlib.sha256(seed.encode()).digest() * 8
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + body + b"\xff\xd9"


def fake_stl(name):
    return ("solid %s\n facet normal 0 0 1\n  outer loop\n   vertex 0 0 0\n   vertex 12.5 0 0\n   vertex 0 8.2 0\n"
            "  endloop\n endfacet\n facet normal 0 0 -1\n  outer loop\n   vertex 0 0 -3\n   vertex 0 8.2 -3\n   vertex 12.5 0 -3\n"
            "  endloop\n endfacet\nendsolid %s\n" % (name, name)).encode()


def attach(kind, filename, payload):
    ctypes = {"pdf": "application/pdf", "jpeg": "image/jpeg", "stl": "model/stl", "ics": "text/calendar; method=REQUEST"}
    ct = ctypes[kind]
    return leaf(ct, data=payload, params='; name="%s"' % filename,
                extra=[("Content-Disposition", 'attachment; filename="%s"' % filename)])


# ---------------------------------------------------------------- clients

def build(fname, client, frm, subject, date, body, *, to=None, html=None, label=None, cc=None, reply_to=None,
          in_reply_to=None, references=None, attachments=(), charset=None, extra_headers=(), subj_mode="q",
          name_mode=None, mid=None, crlf=None, node=None):
    """frm = (name, email). body = plain text. Returns nothing; appends to MESSAGES."""
    date_s, d = date_hdr(date)
    to = to or addr(SHOP_NAME if client != "out" else "", SHOP) if client != "out" else to
    if to is None:
        to = SHOP
    mid = mid or msgid(fname, client)
    name, mail = frm
    charset = charset or {"outlook": "windows-1252"}.get(client, "utf-8")
    nm = name_mode or subj_mode
    from_h = addr(name, mail, nm, "utf-8" if charset not in ("iso-8859-1", "windows-1252", "iso-8859-15") else charset)
    subj_h = enc_hdr(subject, subj_mode, "utf-8" if charset not in ("iso-8859-1", "windows-1252", "iso-8859-15") else charset)
    crlf = (client == "outlook") if crlf is None else crlf
    hdr = []
    bnd_seed = h(fname, 28)

    if node is None:
        if client in ("gmail", "staff", "out", "android"):
            cte = best_cte(body, charset)
            node = multi("alternative", "000000000000" + bnd_seed[:16],
                         [leaf("text/plain", body, charset, cte), leaf("text/html", html or text_to_html(body), charset, "quoted-printable")])
        elif client == "outlook":
            html_b = html or ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=Windows-1252"></head>'
                              '<body lang="EN-US"><div class="WordSection1">' + text_to_html(body).replace('<div dir="ltr">', "") + "</div></body></html>\n")
            node = multi("alternative", "_000_%s_" % ("DM6PR" + bnd_seed[:18]).upper(),
                         [leaf("text/plain", body, charset, "quoted-printable"), leaf("text/html", html_b, charset, "quoted-printable")])
        elif client == "apple":
            node = multi("alternative", "Apple-Mail=_%s-%s-%s" % (bnd_seed[:8].upper(), bnd_seed[8:12].upper(), bnd_seed[12:24].upper()),
                         [leaf("text/plain", body, charset, "quoted-printable"),
                          leaf("text/html", html or ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word;">' + text_to_html(body) + "</body></html>\n"), charset, "quoted-printable")])
        elif client == "iphone":
            node = leaf("text/plain", body, charset, "quoted-printable")
        elif client == "thunderbird":
            fb = flow(body)
            cte = "8bit" if any(ord(c) > 127 for c in fb) else "7bit"
            if charset == "utf-8" and cte == "8bit":
                cte = "8bit"
            node = leaf("text/plain", fb, charset, cte, params="; format=flowed")
        elif client == "plain":
            node = leaf("text/plain", body, charset)
        elif client == "b64":
            node = leaf("text/plain", body, charset, "base64")
        elif client == "htmlonly":
            node = leaf("text/html", html or text_to_html(body), charset, "quoted-printable")
        elif client == "form":
            if html and body:
                node = multi("alternative", "b1_" + bnd_seed[:32], [leaf("text/plain", body, charset), leaf("text/html", html, charset, "quoted-printable")])
            elif html:
                node = leaf("text/html", html, charset, "quoted-printable")
            else:
                node = leaf("text/plain", body, charset, "quoted-printable" if any(ord(c) > 127 for c in body) else "7bit")
        else:
            raise ValueError(client)
    if attachments:
        node = multi("mixed", ("_004_" if client == "outlook" else "000000000000" if client in ("gmail", "staff", "android", "out") else "----=_Part_") + h("att" + fname, 24),
                     [node] + [attach(*a) for a in attachments])

    # -------- top headers, roughly in the order each client / Gmail delivery writes them
    if client != "out":
        hdr.append(("Delivered-To", SHOP))
        ip = "2002:a05:%x:%x::%x" % (int(bnd_seed[:3], 16), int(bnd_seed[3:6], 16), int(bnd_seed[6:9], 16))
        hdr.append(("Received", "by %s with SMTP id %s;\n        %s" % (ip, bnd_seed[:10], date_s)))
        hdr.append(("Return-Path", "<%s>" % (mail if client != "form" else "bounces+" + bnd_seed[:6] + "@em.3dpros.com")))
        dom = mail.split("@")[1]
        hdr.append(("Received", "from mail.%s (mail.%s [192.0.2.%d])\n        by mx.google.com with ESMTPS id %s\n        for <%s>;\n        %s"
                    % (dom, dom, int(bnd_seed[:2], 16) % 250 + 1, bnd_seed[10:22], SHOP, date_s)))
        hdr.append(("Authentication-Results", "mx.google.com;\n       spf=pass smtp.mailfrom=%s" % dom))
    for k, v in extra_headers:
        if k.startswith("!"):
            continue
        hdr.append((k, v))
    if client == "outlook":
        hdr += [("From", from_h), ("To", to)]
        if cc:
            hdr.append(("CC", cc))
        hdr += [("Subject", subj_h), ("Thread-Topic", subj_h), ("Thread-Index", "AQHZ" + base64.b64encode(bytes.fromhex(bnd_seed[:24])).decode()),
                ("Date", date_s), ("Message-ID", mid)]
        if in_reply_to:
            hdr.append(("In-Reply-To", in_reply_to))
        if references:
            hdr.append(("References", references))
        hdr += [("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes" if attachments else ""),
                ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    else:
        if client in ("gmail", "staff", "out", "android"):
            hdr.append(("MIME-Version", "1.0"))
        elif client == "apple":
            hdr.append(("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"))
        elif client == "iphone":
            hdr.append(("Mime-Version", "1.0 (1.0)"))
        else:
            hdr.append(("MIME-Version", "1.0"))
        hdr.append(("From", from_h))
        hdr.append(("Date", date_s))
        if reply_to:
            hdr.append(("Reply-To", reply_to))
        if in_reply_to:
            hdr.append(("In-Reply-To", in_reply_to))
        if references:
            hdr.append(("References", references))
        hdr.append(("Message-ID", mid))
        hdr.append(("Subject", subj_h))
        hdr.append(("To", to))
        if cc:
            hdr.append(("Cc", cc))
        if client == "iphone":
            hdr.append(("X-Mailer", "iPhone Mail (21G93)"))
        elif client == "apple":
            hdr.append(("X-Mailer", "Apple Mail (2.3774.600.62)"))
        elif client == "thunderbird":
            hdr.append(("User-Agent", "Mozilla Thunderbird"))
            lg = (label or {}).get("language", "en")
            hdr.append(("Content-Language", {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "sv": "sv-SE", "it": "it-IT", "pl": "pl-PL"}.get(lg, lg)))
    data = ser(node, hdr)
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    lab = dict(label or {})
    if lab.get("category") == "request" and "requester" not in lab:
        lab["requester"] = {"name": name, "email": mail}
    MESSAGES.append({"fname": fname, "data": data, "label": lab, "date": d, "mid": mid})
    return mid


def raw(fname, data, date, label):
    """Pre-built message (DSNs etc.)."""
    _, d = date_hdr(date)
    MESSAGES.append({"fname": fname, "data": data, "label": dict(label), "date": d, "mid": None})


def quote(text, who, when, attr="On {when}, {who} wrote:"):
    lines = [attr.format(when=when, who=who)]
    for l in text.strip("\n").split("\n"):
        lines.append(">" + (" " + l if l and not l.startswith(">") else l))
    return "\n".join(lines)
