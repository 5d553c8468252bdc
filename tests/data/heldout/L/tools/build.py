"""Build Evaluation set L: python3 tools/build.py (from anywhere). Deterministic."""
import os, sys, re, json, email, email.policy, tomllib, collections
sys.path.insert(0, os.path.dirname(__file__))
from kit import *

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
from spec import MSGS, M, L
import msgs_requests, msgs_intl, msgs_other, msgs_neg, msgs_auto  # noqa: E402  (they call M)

def msgid(m):
    if m["mid"]: return m["mid"]
    t, s = tag(m["file"], 24), m["style"]
    dom = m["frm"][1].split("@")[1]
    if s in ("gmail", "ours", "fwd"): return f"<CA+{t[:8]}{t[8:20].upper()}-{t[20:]}w@mail.gmail.com>"
    if s == "outlook": return f"<{t[:4].upper()}PR0{t[4:8].upper()}MB{t[8:12]}{t[12:16].upper()}@{t[16:20].upper()}PR04MB{t[20:]}.eurprd04.prod.outlook.com>"
    if s in ("apple", "iphone"): return f"<{t[:8].upper()}-{t[8:12].upper()}-{t[12:16].upper()}-{t[16:20].upper()}-{t[20:]}@{dom}>"
    if s.startswith("tb"): return f"<{t[:8]}-{t[8:12]}-{t[12:16]}-{t[16:]}@{dom}>"
    return f"<{t}.{len(m['file'])}@{dom}>"

IDS = {m["file"]: msgid(m) for m in MSGS}
BYFILE = {m["file"]: m for m in MSGS}

def thread_headers(m):
    if not m["irt"]: return ""
    chain, cur = [], m["irt"]
    while cur:
        chain.insert(0, IDS[cur]); cur = BYFILE[cur]["irt"]
    return f"In-Reply-To: {chain[-1]}\nReferences: {' '.join(chain)}\n"

def render(m):
    s, (name, em) = m["style"], m["frm"]
    d = format_datetime(mkdate(m["date"]))
    q = s in ("tb-latin1",) or m["charset"] == "iso-8859-1"
    hcs = "iso-8859-1" if q else "utf-8"
    if m["charset"] == "iso-2022-jp": hcs = "iso-2022-jp"
    frm = addr(name, em, hcs, q)
    to = m["to"] or US
    subj = h(m["subject"], hcs, q) if m["subject"] is not None else ""
    body = m["body"].strip("\n") + "\n" if m["body"] else ""
    inbound = em != US
    head = ""
    if inbound:
        head += f"Delivered-To: {US}\nReceived: by 2002:a05:6a10:{tag(m['file'],4)}:0:0:0:0 with SMTP id x{tag(m['file'],6)};\n        {d}\n"
        head += f"Return-Path: <{em if s not in ('dsn',) else ''}>\n"
    common = f"Date: {d}\nFrom: {frm}\nTo: {to}\n"
    if m["cc"]: common += f"Cc: {m['cc']}\n"
    if m["reply_to"]: common += f"Reply-To: {m['reply_to']}\n"
    common += f"Subject: {subj}\nMessage-ID: {IDS[m['file']]}\n" + thread_headers(m)
    for x in m["extra"]: common += x + "\n"
    atts = [attach(*a) for a in m["atts"]]
    crlf = False
    b = "0000000000" + tag(m["file"], 12)
    if s in ("gmail", "ours", "fwd"):
        alt = multi("alternative", b, [part("text/plain", body), part("text/html", m["html"] or to_html(body, True))])
        mime = "MIME-Version: 1.0\n"
        content = multi("mixed", "0000000000" + tag(m["file"] + "x", 12), [alt] + atts) if atts else alt
        msg = head + mime + common + content
    elif s == "outlook":
        crlf = True
        b = f"_000_{tag(m['file'],20).upper()}_"
        cs = m["charset"] or "windows-1252"
        plain = body.replace("'", "\u2019") if cs == "windows-1252" else body
        alt = multi("alternative", b, [part("text/plain", plain, cs, "quoted-printable"),
                                       part("text/html", m["html"] or to_html(plain), cs, "quoted-printable")])
        extra = (f"Thread-Topic: {subj}\nThread-Index: AQH{tag(m['file'],20)}==\nContent-Language: en-US\n"
                 f"X-MS-Has-Attach: {'yes' if atts else ''}\nX-MS-TNEF-Correlator:\nX-Mailer: Microsoft Outlook 16.0\n")
        content = multi("mixed", f"_004_{tag(m['file'],20).upper()}_", [alt] + atts) if atts else alt
        msg = head + common + extra + "MIME-Version: 1.0\n" + content
    elif s == "apple":
        b = f"Apple-Mail={tag(m['file'],8).upper()}-{tag(m['file']+'a',4).upper()}"
        alt = multi("alternative", b, [part("text/plain", body, "utf-8", "quoted-printable"),
                                       part("text/html", m["html"] or to_html(body), "utf-8", "quoted-printable")])
        content = multi("mixed", b + "M", [alt] + atts) if atts else alt
        msg = head + common + "X-Mailer: Apple Mail (2.3826.300.87.4.3)\nMime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))\n" + content
    elif s == "iphone":
        if atts:
            content = multi("mixed", f"Apple-Mail-{tag(m['file'],8).upper()}", [part("text/plain", body, "utf-8", "quoted-printable")] + atts)
        else:
            content = part("text/plain", body, "utf-8", "quoted-printable")
        msg = head + common + "X-Mailer: iPhone Mail (21H16)\nMime-Version: 1.0 (1.0)\n" + content
    elif s in ("tb", "tb-latin1"):
        cs = "iso-8859-1" if s == "tb-latin1" else "utf-8"
        txt = wrap(body, 72, flowed=True)
        p = part("text/plain", txt, cs, "8bit", "; format=flowed")
        content = multi("mixed", "------------" + tag(m["file"], 24), [p] + atts) if atts else p
        msg = head + common + "User-Agent: Mozilla Thunderbird\nMIME-Version: 1.0\nContent-Language: " + m["file"][:2] + "\n" + content
    elif s == "b64":
        msg = head + common + "MIME-Version: 1.0\n" + part("text/plain", body, m["charset"] or "utf-8", "base64")
    elif s == "htmlonly":
        msg = head + common + "MIME-Version: 1.0\n" + part("text/html", m["html"], "utf-8", "quoted-printable")
    elif s == "plain":
        cs = m["charset"] or "utf-8"
        p = part("text/plain", wrap(body), cs, m["cte"])
        content = multi("mixed", "=_" + tag(m["file"], 16), [p] + atts) if atts else p
        msg = head + common + "MIME-Version: 1.0\n" + content
    elif s == "form":
        if m["html"] and not body:
            content = part("text/html", m["html"], "utf-8", "quoted-printable")
        elif m["html"]:
            content = multi("alternative", "b1_" + tag(m["file"], 20), [part("text/plain", body), part("text/html", m["html"], "utf-8", "quoted-printable")])
        else:
            content = part("text/plain", body)
        msg = head + common + "MIME-Version: 1.0\nX-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)\n" + content
    elif s == "dsn":
        msg = head + common + "MIME-Version: 1.0\nAuto-Submitted: auto-replied\n" + m["body"]
    else:
        raise ValueError(s)
    msg = re.sub(r"\n(?=\n*$)", "\n", msg)
    data = msg.encode("utf-8") if not re.search(r"Content-Transfer-Encoding: 8bit", msg) else None
    if data is None:
        cs = "iso-8859-1" if s == "tb-latin1" or m["charset"] == "iso-8859-1" else "utf-8"
        data = msg.encode(cs)
    if crlf: data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data

def q(v): return json.dumps(v, ensure_ascii=False)
def tbl(p): return "{ name = %s, email = %s }" % (q(p[0]), q(p[1]))

CAT = {"request": "request", "followup": "follow_up", "outgoing": "outgoing", "negative": "negative", "auto": "automated"}

def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"): os.remove(os.path.join(OUT, f))
    lab = []
    seen = set()
    for m in MSGS:
        f = m["file"]; assert f not in seen, f; seen.add(f)
        with open(os.path.join(OUT, f), "wb") as fh: fh.write(render(m))
        lang, cat = f.split("-")[0], CAT[f.split("-")[1]]
        l = m["L"]
        t = [f"[{q(f)}]", f"is_request = {'true' if cat == 'request' else 'false'}",
             f"types = {q(l.get('types', []))}", f"regimes = {q(l.get('regimes', []))}", f"language = {q(lang)}"]
        if l.get("req"): t.append(f"requester = {tbl(l['req'])}")
        if l.get("agent_for"): t.append(f"agent_for = {tbl(l['agent_for'])}")
        if l.get("agent"): t.append(f"agent = {tbl(l['agent'])}")
        t += [f"automated = {q(l.get('auto', ''))}", f"form = {'true' if l.get('form') else 'false'}",
              f"follow_up_of = {q(l.get('fu', ''))}", f"category = {q(cat)}", f"notes = {q(l.get('notes', ''))}"]
        lab.append("\n".join(t))
    with open(os.path.join(OUT, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("# Evaluation set L - labels, one table per file. Generated by tools/build.py.\n\n" + "\n\n".join(lab) + "\n")
    check()

def check():
    labels = tomllib.load(open(os.path.join(OUT, "labels.toml"), "rb"))
    emls = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert sorted(labels) == emls, set(labels) ^ set(emls)
    dates = {}
    for f in emls:
        with open(os.path.join(OUT, f), "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        assert msg["Date"] and msg["From"] and msg["Message-ID"], f
        d = msg["Date"].datetime
        assert dt.datetime(2027, 11, 1, tzinfo=dt.timezone.utc) <= d <= dt.datetime(2028, 2, 1, tzinfo=dt.timezone.utc), (f, d)
        dates[f] = d
        b = msg.get_body(preferencelist=("plain", "html"))
        assert b is not None and b.get_content() is not None, f
        for a in msg.walk():
            if not a.is_multipart() and a.get_content_maintype() == "text": a.get_content()
    for f, l in labels.items():
        if l["follow_up_of"]:
            assert l["follow_up_of"] in labels and labels[l["follow_up_of"]]["category"] == "request", f
            assert dates[f] > dates[l["follow_up_of"]], f
            assert l["category"] in ("follow_up", "outgoing"), f
        if l["category"] in ("follow_up", "outgoing"): assert l["follow_up_of"], f
        assert (l["category"] == "request") == l["is_request"] == bool(l["types"]), f
    for m in MSGS:
        if m["irt"]: assert dates[m["file"]] > dates[m["irt"]], m["file"]
    cats = collections.Counter(l["category"] for l in labels.values())
    print("total", len(labels), dict(cats))
    for c in cats:
        print(c, dict(sorted(collections.Counter(l["language"] for l in labels.values() if l["category"] == c).items(), key=lambda x: -x[1])))
    print("types", dict(collections.Counter(t for l in labels.values() for t in l["types"]).most_common()))
    print("regimes", dict(collections.Counter(r for l in labels.values() for r in l["regimes"]).most_common()))
    print("auto", dict(collections.Counter(l["automated"] for l in labels.values())), "forms", sum(l["form"] for l in labels.values()))

if __name__ == "__main__":
    main()
