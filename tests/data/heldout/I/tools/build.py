"""Build evaluation set I: writes every .eml and labels.toml into the parent folder, then checks them.

    python3 tools/build.py
"""
import email
import email.policy
import json
import os
import sys
import tomllib
from collections import Counter
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import kit  # noqa: E402
from kit import (SHOP, SHOP_NAME, FORM_FROM, Part, addr, attachment, ew, format_datetime, h,  # noqa: E402
                 make_attachments, msgid, parse_date, text_to_html, textpart)
import msgs_requests  # noqa: E402,F401
import msgs_requests2  # noqa: E402,F401
import msgs_followups  # noqa: E402,F401
import msgs_negatives  # noqa: E402,F401
import msgs_automated  # noqa: E402,F401

IDS = {}


def dom(email_addr):
    return email_addr.split("@", 1)[1]


def ack_id(token):
    return msgid("gmail", "ack-" + token)


def resolve(ref):
    if ref.startswith("<"):
        return ref
    if ref.startswith("ack:"):
        return ack_id(ref[4:])
    return IDS[ref]


def assign_ids():
    for m in kit.MESSAGES:
        if m.get("msgid"):
            IDS[m["fname"]] = m["msgid"]
            continue
        st = m.get("style", "gmail")
        idstyle = {"shop": "gmail", "form": "plain", "formhtml": "plain", "fwd": "gmail"}.get(st, st)
        mid = msgid(idstyle, m["fname"])
        frm = m.get("frm", (SHOP_NAME, SHOP))
        d = dom(frm[1])
        if st == "dsn" and "frm" not in m:
            d = "mx.google.com"
        if st in ("form", "formhtml"):
            d = "3dpros.com"
        IDS[m["fname"]] = mid.replace("{DOM}", d)


def gmail_trace(m, date):
    frm = m.get("frm")
    lines = [("Delivered-To", SHOP)]
    srv = int(h(m["fname"], 6), 16)
    lines.append(("Received", f"by 2002:a05:7300:{srv % 9999:x}:b0:{(srv >> 4) % 999:x} with SMTP id "
                  f"{h(m['fname'] + 'smtp', 10)}csp{srv % 100000};\n        {format_datetime(date)}"))
    if frm:
        lines.append(("Return-Path", f"<{m.get('envelope', frm[1])}>"))
    return lines


def body_tree(m, style):
    text = m.get("body", "")
    charset = m.get("charset", "utf-8")
    cte = m.get("cte")
    html = m.get("html")
    atts = make_attachments(m.get("attach"))
    bnd = h(m["fname"] + "b", 20)
    if style in ("gmail", "shop", "fwd"):
        if html is None and m.get("html_auto", True):
            html = text_to_html(text)
        if html:
            alt = Part("multipart/alternative", parts=[textpart(text, "plain", charset, cte),
                                                        textpart(html, "html", charset, cte)],
                       boundary="0000000000" + bnd)
        else:
            alt = textpart(text, "plain", charset, cte)
        if atts:
            return Part("multipart/mixed", parts=[alt] + atts, boundary="0000000000" + h(bnd, 18))
        return alt
    if style == "outlook":
        cs = m.get("charset", "windows-1252")
        if html is None:
            paras = "".join(
                f'<p class="MsoNormal">{kit.htmlmod.escape(p).replace(chr(10), "<br>")}<o:p></o:p></p>\n'
                for p in text.strip().split("\n\n"))
            html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n<meta http-equiv="Content-Type" '
                    f'content="text/html; charset={cs}">\n<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;'
                    'font-family:"Calibri",sans-serif;} --></style>\n</head>\n<body lang="EN-US" link="#0563C1">\n'
                    f'<div class="WordSection1">\n{paras}</div>\n</body>\n</html>\n')
        tag = IDS[m["fname"]].strip("<>").split("@")[0]
        alt = Part("multipart/alternative", parts=[textpart(text, "plain", cs, "quoted-printable"),
                                                    textpart(html, "html", cs, "quoted-printable")],
                   boundary=f"_000_{tag}_")
        if atts:
            return Part("multipart/mixed", parts=[alt] + atts, boundary=f"_004_{tag}_")
        return alt
    if style == "iphone":
        if html is None:
            html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                    '<body dir="auto">' + "<br>".join(kit.htmlmod.escape(l) for l in text.split("\n"))
                    + "</body></html>")
        u = h(m["fname"] + "apple", 32).upper()
        b = f"Apple-Mail-{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"
        alt = Part("multipart/alternative", parts=[textpart(text, "plain", "utf-8", "quoted-printable"),
                                                    textpart(html, "html", "utf-8", "quoted-printable")],
                   boundary=b)
        if atts:
            return Part("multipart/mixed", parts=atts + [alt], boundary=b + "-M")
        return alt
    if style in ("form", "formhtml", "htmlonly"):
        if style == "form":
            p = textpart(text, "plain", charset, cte)
        else:
            p = textpart(html, "html", charset, cte)
        if atts:
            return Part("multipart/mixed", parts=[p] + atts, boundary="b1_" + bnd)
        return p
    # apple, thunderbird, plain, yahoo, gmx, b64
    flowed = style == "thunderbird" and m.get("flowed", True)
    if style == "b64":
        cte = "base64"
    if style == "apple":
        cte = cte or "quoted-printable"
    p = textpart(text, "plain", charset, cte, flowed=flowed)
    if style == "apple":
        p.ctype = p.ctype.replace("UTF-8", "utf-8")
    if atts:
        if style == "thunderbird":
            b = "------------" + h(bnd, 24)
        elif style == "apple":
            u = h(m["fname"] + "apple", 32).upper()
            b = f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"
        else:
            b = "----=_Part_" + str(int(h(bnd, 8), 16)) + "_" + h(bnd, 10)
        return Part("multipart/mixed", parts=[p] + atts, boundary=b)
    return p


def headers_for(m, style, date):
    hm = m.get("hmode", "Q")
    hcs = m.get("hcharset", "utf-8")
    if style == "outlook" and "hcharset" not in m:
        try:
            (m.get("subj", "") + "".join(m.get("frm", ("", ""))) + "".join(m.get("to") or ("", ""))).encode("windows-1252")
            hcs = "windows-1252"
        except UnicodeEncodeError:
            pass
    frm = m.get("frm", (SHOP_NAME, SHOP))
    to = m.get("to", ("", SHOP) if style not in ("shop",) else None)
    F = addr(*frm, mode=hm, charset=hcs) if style not in ("form", "formhtml") else FORM_FROM
    T = addr(*to, mode=hm, charset=hcs) if isinstance(to, tuple) else to
    S = ew(m.get("subj", ""), hm, hcs)
    D = format_datetime(date)
    mid = IDS[m["fname"]]
    H = []
    inbound = style not in ("shop",) and frm[1] != SHOP
    if inbound or m.get("trace"):
        H += gmail_trace(m, date)
    threading = []
    if m.get("irt"):
        threading.append(("In-Reply-To", resolve(m["irt"])))
        refs = [resolve(r) for r in m.get("refs", [m["irt"]])]
        threading.append(("References", "\n ".join(refs)))
    extra = [(k, v) for k, v in m.get("headers", [])]
    cc = [("Cc", m["cc"] if isinstance(m["cc"], str) else addr(*m["cc"], mode=hm))] if m.get("cc") else []
    rt = [("Reply-To", m["reply_to"] if isinstance(m["reply_to"], str) else addr(*m["reply_to"], mode=hm))] \
        if m.get("reply_to") else []
    if style in ("gmail", "shop", "fwd", "htmlonly", "b64", "yahoo", "gmx", "plain"):
        H += [("MIME-Version", "1.0"), ("From", F), ("Date", D), ("Message-ID", mid)] + threading + \
             [("Subject", S), ("To", T)] + cc + rt
        if style == "yahoo":
            H += [("X-Mailer", "WebService/1.1.23187 YMailNorrin")]
        if style == "gmx":
            H += [("X-UI-Message-Type", "mail"), ("X-Priority", "3"), ("Importance", "normal"),
                  ("Sensitivity", "Normal")]
    elif style == "outlook":
        ti = kit.base64.b64encode(bytes.fromhex(h(m["fname"] + "ti", 44))).decode()
        H += [("From", F), ("To", T)] + cc + rt + [("Subject", S), ("Thread-Topic", ew(m.get("subj", "").removeprefix("RE: ").removeprefix("Re: "), hm, hcs)),
                                  ("Thread-Index", ti), ("Date", D), ("Message-ID", mid)] + threading + \
             [("Accept-Language", m.get("clang", "en-US")), ("Content-Language", m.get("clang", "en-US")),
              ("X-MS-Has-Attach", "yes" if m.get("attach") else ""), ("X-MS-TNEF-Correlator", ""),
              ("MIME-Version", "1.0")]
    elif style == "apple":
        H += [("From", F), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"), ("Subject", S),
              ("Date", D)] + threading + cc + rt + [("To", T), ("Message-Id", mid),
                                                   ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    elif style == "iphone":
        H += [("From", F), ("Mime-Version", "1.0 (1.0)"), ("Date", D), ("Subject", S), ("Message-Id", mid)] + \
             threading + cc + rt + [("To", T), ("X-Mailer", "iPhone Mail (22D72)")]
    elif style == "thunderbird":
        H += [("Message-ID", mid), ("Date", D), ("MIME-Version", "1.0"),
              ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", m.get("clang", "en-US")), ("To", T)] + \
             cc + rt + [("From", F), ("Subject", S)] + threading
    elif style in ("form", "formhtml"):
        H += [("To", T), ("Subject", S), ("Date", D), ("From", F)] + rt + [("Message-ID", mid),
              ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"), ("MIME-Version", "1.0")]
    return H + extra


def dsn(m, date):
    ret = m.get("returned")
    orig_bytes = render(kit.BY_NAME[ret]) if ret else None
    rcpt = m["failed"]
    action = m.get("action", "failed")
    human = m["body"]
    status = "4.4.7" if action == "delayed" else m.get("status", "5.1.1")
    ds = (f"Reporting-MTA: dns; {m.get('mta', 'googlemail.com')}\nArrival-Date: {format_datetime(date)}\n\n"
          f"Final-Recipient: rfc822; {rcpt}\nAction: {action}\nStatus: {status}\n"
          f"Remote-MTA: dns; {m.get('remote', 'mx.' + rcpt.split('@')[1])}\n"
          f"Diagnostic-Code: smtp; {m.get('diag', '550 5.1.1 User unknown')}\nLast-Attempt-Date: {format_datetime(date)}\n")
    parts = [textpart(human, "plain", "utf-8"), Part("message/delivery-status", ds.encode())]
    if orig_bytes:
        parts.append(Part("message/rfc822", orig_bytes.replace(b"\r\n", b"\n")))
    else:
        parts.append(Part("text/rfc822-headers", m["orig_headers"].encode()))
    root = Part("multipart/report; report-type=delivery-status", parts=parts,
                boundary="0000000000" + h(m["fname"], 20))
    frm = m.get("frm", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"))
    H = [("Delivered-To", SHOP), ("Return-Path", "<>"), ("Auto-Submitted", "auto-replied"),
         ("Message-ID", IDS[m["fname"]]), ("Date", format_datetime(date)),
         ("From", addr(*frm)), ("To", SHOP)]
    if m.get("irt"):
        H += [("In-Reply-To", resolve(m["irt"])), ("References", resolve(m["irt"]))]
    H += [("Subject", m["subj"]), ("MIME-Version", "1.0")] + m.get("headers", [])
    return H, root


def render(m):
    date = parse_date(m["date"])
    style = m.get("style", "gmail")
    if style == "dsn":
        H, root = dsn(m, date)
    else:
        H = headers_for(m, style, date)
        root = body_tree(m, style)
    head = "\n".join(f"{k}: {v}" for k, v in H if v is not None).encode()
    rendered = root.render(top=True)
    data = head + b"\n" + rendered
    if m.get("crlf", style == "outlook"):
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def person(p):
    if not p:
        return None
    return "{ name = %s, email = %s }" % (toml_str(p[0]), toml_str(p[1]))


def labels_for(m):
    lang, cat = kit.lang_cat(m["fname"])
    L = [f"[{toml_str(m['fname'])}]"]
    is_req = cat == "request"
    L.append(f"is_request = {'true' if is_req else 'false'}")
    L.append("types = [" + ", ".join(toml_str(t) for t in m.get("types", [])) + "]")
    L.append("regimes = [" + ", ".join(toml_str(t) for t in m.get("regimes", [])) + "]")
    L.append(f"language = {toml_str(lang)}")
    if is_req:
        req = m.get("requester") or (m.get("agent_for") or m.get("frm"))
        L.append(f"requester = {person(req)}")
    if m.get("agent_for"):
        L.append(f"agent_for = {person(m['agent_for'])}")
    if m.get("agent"):
        L.append(f"agent = {person(m['agent'])}")
    L.append(f"automated = {toml_str(m.get('automated', ''))}")
    L.append(f"form = {'true' if m.get('form') else 'false'}")
    L.append(f"follow_up_of = {toml_str(m.get('follow_up_of', ''))}")
    L.append(f"category = {toml_str(cat)}")
    L.append(f"notes = {toml_str(m.get('notes', ''))}")
    return "\n".join(L)


TYPES = {"access", "deletion", "correction", "portability", "opt_out_sale", "opt_out_marketing", "limit_sensitive",
         "objection", "restriction", "withdraw_consent", "complaint", "appeal", "shine_the_light", "minor_removal"}
REGIMES = {"gdpr", "uk_gdpr", "fadp", "ccpa", "ca_shine_the_light", "va_vcdpa", "co_cpa", "ct_ctdpa", "ut_ucpa",
           "tx_tdpsa", "or_ocpa", "pipeda", "quebec", "br_lgpd"}


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    assign_ids()
    blocks = []
    for m in sorted(kit.MESSAGES, key=lambda x: x["fname"]):
        data = render(m)
        with open(os.path.join(OUT, m["fname"]), "wb") as f:
            f.write(data)
        blocks.append(labels_for(m))
    with open(os.path.join(OUT, "labels.toml"), "w", encoding="utf-8") as f:
        f.write("# Evaluation set I — labels (one table per .eml). Generated by tools/build.py.\n\n")
        f.write("\n\n".join(blocks) + "\n")
    check()


def check():
    with open(os.path.join(OUT, "labels.toml"), "rb") as f:
        labels = tomllib.load(f)
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert sorted(labels) == files, set(labels) ^ set(files)
    dates = {}
    errs = []
    for fn in files:
        with open(os.path.join(OUT, fn), "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        if msg.defects:
            errs.append((fn, "defects", msg.defects))
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        body = msg.get_body(("plain", "html"))
        if body is None and "report" not in msg.get_content_type():
            errs.append((fn, "no body"))
        d = parsedate_to_datetime(msg["Date"])
        dates[fn] = d
        if not ("2027-02-01" <= d.strftime("%Y-%m-%d") <= "2027-04-30"):
            errs.append((fn, "date out of period", d))
        str(msg["Subject"]); str(msg["From"])
        L = labels[fn]
        assert set(L["types"]) <= TYPES, (fn, L["types"])
        assert set(L["regimes"]) <= REGIMES, (fn, L["regimes"])
        assert L["is_request"] == (L["category"] == "request"), fn
        assert bool(L["types"]) == (L["category"] == "request") or L["category"] == "follow_up", fn
        if L["category"] == "request":
            assert L["types"], fn
    for fn, L in labels.items():
        if L["follow_up_of"]:
            assert L["follow_up_of"] in labels, (fn, L["follow_up_of"])
            assert labels[L["follow_up_of"]]["category"] == "request", fn
            if dates[fn] <= dates[L["follow_up_of"]]:
                errs.append((fn, "follow-up not after request"))
        if L["category"] in ("follow_up", "outgoing"):
            if not L["follow_up_of"]:
                errs.append((fn, "follow-up without follow_up_of"))
    for e in errs:
        print("ERROR", *e)
    cats = Counter(L["category"] for L in labels.values())
    print("files", len(files), dict(cats))
    for c in ("request", "follow_up", "outgoing", "negative", "automated"):
        print(c, dict(sorted(Counter(L["language"] for L in labels.values() if L["category"] == c).items())))
    tc = Counter(t for L in labels.values() if L["category"] == "request" for t in L["types"])
    print("types", dict(tc.most_common()))
    print("missing types", TYPES - set(tc))
    print("automated", dict(Counter(L["automated"] for L in labels.values())))
    print("forms", sum(L["form"] for L in labels.values()),
          "phishing", sum("phishing" in f for f in labels))
    if errs:
        sys.exit(1)


if __name__ == "__main__":
    main()
