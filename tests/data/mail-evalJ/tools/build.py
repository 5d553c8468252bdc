"""Build evaluation set J: writes every .eml and labels.toml next to tools/, then checks them."""
import collections
import email
import email.policy
import os
import sys
import tomllib
from email.utils import parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import kit  # noqa: E402
import msgs_req_en, msgs_req_intl, msgs_follow, msgs_neg, msgs_auto  # noqa: E402,F401


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def person(p):
    if not p:
        return '{ name = "", email = "" }'
    return "{ name = " + q(p[0]) + ", email = " + q(p[1]) + " }"


def main():
    msgs = kit.MESSAGES
    names = [m.file for m in msgs]
    dup = [n for n, c in collections.Counter(names).items() if c > 1]
    assert not dup, dup
    ids = {m.file: m.msgid for m in msgs}
    byname = {m.file: m for m in msgs}
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    lines = ["# Evaluation set J: labels, one table per file (format: tests/data/mail-holdout/README.md)\n"]
    for m in sorted(msgs, key=lambda m: m.file):
        lab = m.lab
        cat = lab["category"]
        lang = m.file.split("-")[0]
        lab["language"] = lang
        data = kit.render(m, ids)
        with open(os.path.join(OUT, m.file), "wb") as fh:
            fh.write(data)
        req = lab.get("requester")
        agent = lab.get("agent")
        if cat == "request" and req is None:
            n, a = parseaddr(m.frm)
            req = (n, a)
        lines.append(f"[{q(m.file)}]")
        lines.append(f"is_request = {'true' if lab['is_request'] else 'false'}")
        lines.append("types = [" + ", ".join(q(t) for t in lab["types"]) + "]")
        lines.append("regimes = [" + ", ".join(q(t) for t in lab["regimes"]) + "]")
        lines.append(f"language = {q(lang)}")
        lines.append("requester = " + (person(req) if cat == "request" else person(None)))
        lines.append("agent_for = " + (person(req) if agent else person(None)))
        lines.append("agent = " + person(agent))
        lines.append(f"automated = {q(lab.get('automated', ''))}")
        lines.append(f"form = {'true' if lab.get('form') else 'false'}")
        lines.append(f"follow_up_of = {q(lab.get('follow_up_of', ''))}")
        lines.append(f"category = {q(cat)}")
        lines.append(f"notes = {q(lab.get('notes', ''))}")
        lines.append("")
    with open(os.path.join(OUT, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    # ---- checks
    with open(os.path.join(OUT, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)
    emls = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert sorted(labels) == emls, set(labels) ^ set(emls)
    vocab_t = set("access deletion correction portability opt_out_sale opt_out_marketing limit_sensitive objection restriction withdraw_consent complaint appeal shine_the_light minor_removal".split())
    vocab_r = set("gdpr uk_gdpr fadp ccpa ca_shine_the_light va_vcdpa co_cpa ct_ctdpa ut_ucpa tx_tdpsa or_ocpa pipeda quebec br_lgpd".split())
    lo, hi = kit.parse_date("2027-05-01 00:00 +0000"), kit.parse_date("2027-08-01 00:00 +0000")
    for f in emls:
        with open(os.path.join(OUT, f), "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        assert msg["Message-ID"] or msg["Message-Id"], f
        msg["Subject"]; msg["From"]
        L = labels[f]
        assert set(L["types"]) <= vocab_t, f
        assert set(L["regimes"]) <= vocab_r, f
        assert f.split("-")[1] == {"request": "request", "follow_up": "followup", "outgoing": "outgoing", "negative": "negative", "automated": "auto"}[L["category"]], f
        assert L["is_request"] == (L["category"] == "request"), f
        assert bool(L["types"]) == L["is_request"], f
        m = byname[f]
        assert lo <= m.dt < hi, (f, m.dt)
        if L["follow_up_of"]:
            assert L["follow_up_of"] in labels, f
            assert labels[L["follow_up_of"]]["category"] == "request", f
            assert m.dt > byname[L["follow_up_of"]].dt, (f, "dated before its request")
        if m.irt and m.irt in byname:
            assert m.dt > byname[m.irt].dt, (f, "dated before the message it replies to")
    # ---- counts
    cats = collections.Counter(L["category"] for L in labels.values())
    print("files", len(emls), dict(cats))
    for c in ["request", "follow_up", "outgoing", "negative", "automated"]:
        langs = collections.Counter(L["language"] for L in labels.values() if L["category"] == c)
        print(c, dict(sorted(langs.items(), key=lambda x: (-x[1], x[0]))))
    types = collections.Counter(t for L in labels.values() for t in L["types"])
    print("types", dict(types.most_common()))
    print("regimes", dict(collections.Counter(r for L in labels.values() if L["is_request"] for r in L["regimes"]).most_common()))
    print("automated", dict(collections.Counter(L["automated"] for L in labels.values() if L["automated"])))
    print("multi-type requests", sum(1 for L in labels.values() if len(L["types"]) > 1))
    print("agent requests", sum(1 for L in labels.values() if L["agent"]["email"]))
    print("forms", sum(1 for L in labels.values() if L["form"]))
    missing = vocab_t - set(types)
    assert not missing, missing
    low = [t for t in vocab_t if types[t] < 4]
    if low:
        print("WARNING types under 4:", low)


if __name__ == "__main__":
    main()
