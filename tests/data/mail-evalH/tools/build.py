"""Build evaluation set H: writes every .eml and labels.toml next to tools/, then checks them.

    python3 tools/build.py
"""
import collections
import email
import email.policy
import json
import os
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import kit  # noqa: E402
import msgs_req_en  # noqa: E402,F401
import msgs_req_intl  # noqa: E402,F401
import msgs_followup  # noqa: E402,F401
import msgs_negative  # noqa: E402,F401
import msgs_auto  # noqa: E402,F401

TYPES = {"access", "deletion", "correction", "portability", "opt_out_sale", "opt_out_marketing", "limit_sensitive",
         "objection", "restriction", "withdraw_consent", "complaint", "appeal", "shine_the_light", "minor_removal"}
REGIMES = {"gdpr", "uk_gdpr", "fadp", "ccpa", "ca_shine_the_light", "va_vcdpa", "co_cpa", "ct_ctdpa", "ut_ucpa",
           "tx_tdpsa", "or_ocpa", "pipeda", "quebec", "br_lgpd"}
CATS = {"request", "follow_up", "negative", "automated", "outgoing"}
PREFIX = {"request": "request", "follow_up": "followup", "negative": "negative", "automated": "auto", "outgoing": "outgoing"}


def q(s):
    return json.dumps(s, ensure_ascii=False)


def person(p):
    return "{ name = %s, email = %s }" % (q(p[0]), q(p[1]))


def label_block(spec):
    cat = spec["cat"]
    fn = spec["name"] + ".eml"
    frm = spec["frm"]
    lines = [f"[{q(fn)}]"]
    is_req = cat == "request"
    lines.append(f"is_request = {'true' if is_req else 'false'}")
    lines.append("types = [" + ", ".join(q(t) for t in spec.get("types", [])) + "]")
    lines.append("regimes = [" + ", ".join(q(t) for t in spec.get("regimes", [])) + "]")
    lines.append(f"language = {q(spec['lang'])}")
    if is_req:
        req = spec.get("requester") or (frm if isinstance(frm, tuple) else ("", frm))
        lines.append(f"requester = {person(req)}")
    if spec.get("agent"):
        lines.append(f"agent_for = {person(spec.get('agent_for') or spec.get('requester'))}")
        lines.append(f"agent = {person(spec['agent'])}")
    lines.append(f"automated = {q(spec.get('automated', ''))}")
    lines.append(f"form = {'true' if spec.get('form') else 'false'}")
    lines.append(f"follow_up_of = {q(spec.get('follow_up_of', '') and spec['follow_up_of'] + '.eml')}")
    lines.append(f"category = {q(cat)}")
    lines.append(f"notes = {q(spec.get('notes', ''))}")
    return "\n".join(lines) + "\n"


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    dates, problems = {}, []
    blocks = []
    for spec in kit.MSGS:
        cat = spec["cat"]
        assert cat in CATS, spec["name"]
        lang, pfx, _ = spec["name"].split("-", 2)
        if pfx != PREFIX[cat]:
            problems.append(f"{spec['name']}: prefix {pfx} vs category {cat}")
        if lang != spec["lang"].split("-")[0]:
            problems.append(f"{spec['name']}: lang {spec['lang']}")
        for t in spec.get("types", []):
            if t not in TYPES:
                problems.append(f"{spec['name']}: type {t}")
        for g in spec.get("regimes", []):
            if g not in REGIMES:
                problems.append(f"{spec['name']}: regime {g}")
        if cat == "request" and not spec.get("types"):
            problems.append(f"{spec['name']}: request without types")
        if cat != "request" and spec.get("types"):
            problems.append(f"{spec['name']}: non-request with types")
        data, d, mid = kit.build(spec)
        dates[spec["name"]] = d
        if not (kit.parse_date("2026-11-01 00:00 +0000") <= d <= kit.parse_date("2027-01-31 23:59 +0000")):
            problems.append(f"{spec['name']}: date {d} outside period")
        path = os.path.join(OUT, spec["name"] + ".eml")
        with open(path, "wb") as fh:
            fh.write(data)
        with open(path, "rb") as fh:
            m = email.message_from_binary_file(fh, policy=email.policy.default)
        try:
            for part in m.walk():
                if part.get_content_maintype() == "text":
                    part.get_content()
            body = m.get_body(preferencelist=("plain", "html"))
            if body is None and spec["name"] not in kit.NO_BODY_OK:
                problems.append(f"{spec['name']}: no body")
            _ = str(m["subject"]), str(m["from"])
        except Exception as e:  # noqa: BLE001
            problems.append(f"{spec['name']}: parse {e!r}")
        if m.defects:
            problems.append(f"{spec['name']}: defects {m.defects}")
        blocks.append(label_block(spec))
    for spec in kit.MSGS:
        fu = spec.get("follow_up_of")
        if fu:
            if fu not in dates:
                problems.append(f"{spec['name']}: follow_up_of unknown {fu}")
            elif dates[spec["name"]] <= dates[fu]:
                problems.append(f"{spec['name']}: dated before its request")
            if kit.BY_NAME[fu]["cat"] != "request":
                problems.append(f"{spec['name']}: follow_up_of is not a request")
        irt = spec.get("irt")
        if irt and not irt.startswith("ack:") and dates[spec["name"]] <= dates[irt]:
            problems.append(f"{spec['name']}: dated before the message it replies to")
        if irt and irt.startswith("ack:") and dates[spec["name"]] <= dates[irt[4:]]:
            problems.append(f"{spec['name']}: dated before the request it replies to")
        if spec["cat"] in ("follow_up", "outgoing") and not fu:
            problems.append(f"{spec['name']}: follow-up without follow_up_of")
    header = ("# Labels for evaluation set H (3DPros LLC privacy mailbox, 2026-11-01 .. 2027-01-31).\n"
              "# Format: tests/data/mail-holdout/README.md. One table per .eml file.\n\n")
    with open(os.path.join(OUT, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write(header + "\n".join(blocks))
    with open(os.path.join(OUT, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)
    emls = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if sorted(labels) != emls:
        problems.append("labels and files differ")
    # counts
    cats = collections.Counter(v["category"] for v in labels.values())
    print("files", len(emls), dict(cats))
    for c in ("request", "follow_up", "outgoing", "negative", "automated"):
        langs = collections.Counter(v["language"] for v in labels.values() if v["category"] == c)
        print(f"  {c}: {dict(sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])))}")
    tc = collections.Counter(t for v in labels.values() for t in v["types"])
    print("types", dict(tc.most_common()))
    rc = collections.Counter(t for v in labels.values() for t in v["regimes"] if v["category"] == "request")
    print("regimes (requests)", dict(rc.most_common()))
    print("forms", sum(1 for v in labels.values() if v["form"]), "agents", sum(1 for v in labels.values() if "agent" in v))
    print("automated", dict(collections.Counter(v["automated"] for v in labels.values() if v["automated"])))
    print("phishing", sum(1 for k in labels if "phishing" in k))
    for t in TYPES:
        if tc[t] < 4:
            problems.append(f"type {t} only {tc[t]}")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
