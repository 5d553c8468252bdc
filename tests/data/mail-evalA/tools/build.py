"""Build evaluation set A: writes every .eml and labels.toml next to this tools/ folder, then checks them.

    python3 tools/build.py

Deterministic: re-running rewrites identical bytes.
"""

from __future__ import annotations

import email
import email.policy
import json
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

import kit  # noqa: E402
import msgs_req_en  # noqa: E402,F401
import msgs_req_intl  # noqa: E402,F401
import msgs_threads  # noqa: E402,F401
import msgs_neg  # noqa: E402,F401
import msgs_auto  # noqa: E402,F401

TYPES = {"access", "deletion", "correction", "portability", "restriction", "objection", "withdraw_consent",
         "opt_out_sale", "opt_out_marketing", "shine_the_light", "minor_removal", "complaint", "appeal",
         "limit_sensitive"}
REGIMES = {"gdpr", "uk_gdpr", "ccpa", "ca_shine_the_light", "pipeda", "quebec", "fadp", "tx_tdpsa", "va_vcdpa",
           "co_cpa", "ct_ctdpa", "can_spam"}
CATS = {"request": "request", "followup": "follow_up", "negative": "negative", "automated": "automated",
        "outgoing": "outgoing"}
ORDER = ("is_request", "types", "regimes", "language", "requester", "agent_for", "agent", "automated", "form",
         "follow_up_of", "category", "notes")
LO, HI = "2026-09-01", "2026-12-05"


def tval(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ", ".join(tval(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tval(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def main() -> None:
    mails = sorted(kit.MAILS, key=lambda m: m.file)
    for old in OUT.glob("*.eml"):
        old.unlink()
    lines = ["# Labels for evaluation set A (see README.md). One table per .eml file.", ""]
    problems: list[str] = []
    for m in mails:
        lang, cat_slug = m.file.split("-")[0], m.file.split("-")[1]
        lab = dict(m.label)
        lab.setdefault("language", lang)
        if CATS.get(cat_slug) != lab["category"]:
            problems.append(f"{m.file}: file name says {cat_slug}, label says {lab['category']}")
        for t in lab["types"]:
            if t not in TYPES:
                problems.append(f"{m.file}: unknown type {t}")
        for r in lab["regimes"]:
            if r not in REGIMES:
                problems.append(f"{m.file}: unknown regime {r}")
        if lab["is_request"] != (lab["category"] == "request") or (lab["is_request"] and not lab["types"]):
            problems.append(f"{m.file}: is_request/types inconsistent")
        d = m.dt.astimezone(kit.PACIFIC).strftime("%Y-%m-%d")
        if not (LO <= m.dt.strftime("%Y-%m-%d") <= HI and LO <= d <= HI):
            problems.append(f"{m.file}: date {m.dt} outside window")
        data = kit.render(m)
        (OUT / m.file).write_bytes(data)
        lines.append(f"[{json.dumps(m.file)}]")
        for k in ORDER:
            if k in lab:
                lines.append(f"{k} = {tval(lab[k])}")
        lines.append("")
    (OUT / "labels.toml").write_text("\n".join(lines), encoding="utf-8")

    # ---- checks
    labels = tomllib.loads((OUT / "labels.toml").read_text(encoding="utf-8"))
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if sorted(labels) != files:
        problems.append("labels.toml does not name each file exactly once")
    by = {m.file: m for m in mails}
    for f in files:
        with open(OUT / f, "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        try:
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    part.get_content()
            str(msg["Subject"]), str(msg["From"])
        except Exception as e:  # noqa: BLE001
            problems.append(f"{f}: content does not decode: {e!r}")
        for part in msg.walk():
            if part.defects:
                problems.append(f"{f}: parser defects {part.defects}")
        irt = str(msg.get("In-Reply-To", "") or "").strip()
        for other in mails:
            if other.msgid == irt and other.dt >= by[f].dt:
                problems.append(f"{f}: In-Reply-To {other.file} which is not earlier")
        lab = labels[f]
        of = lab.get("follow_up_of", "")
        if of:
            if of not in labels or labels[of]["category"] != "request":
                problems.append(f"{f}: follow_up_of {of} is not a request in this set")
            elif by[f].dt <= by[of].dt:
                problems.append(f"{f}: not dated after {of}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)

    # ---- counts
    cats = Counter(lab["category"] for lab in labels.values())
    req_lang = Counter(lab["language"] for lab in labels.values() if lab["category"] == "request")
    all_lang = Counter(lab["language"] for lab in labels.values())
    types = Counter(t for lab in labels.values() for t in lab["types"])
    regimes = Counter(r for lab in labels.values() for r in lab["regimes"])
    multi = sum(1 for lab in labels.values() if len(lab["types"]) > 1)
    autos = Counter(lab["automated"] for lab in labels.values() if lab["automated"])
    print(f"{len(files)} messages")
    print("categories:", dict(sorted(cats.items())))
    print("request languages:", dict(sorted(req_lang.items(), key=lambda x: -x[1])))
    print("all languages:", dict(sorted(all_lang.items(), key=lambda x: -x[1])))
    print("types:", dict(sorted(types.items(), key=lambda x: -x[1])))
    print("multi-type requests:", multi)
    print("regimes:", dict(sorted(regimes.items(), key=lambda x: -x[1])))
    print("automated kinds:", dict(autos))
    print("forms:", sum(1 for lab in labels.values() if lab["form"]),
          "agents:", sum(1 for lab in labels.values() if "agent" in lab))


if __name__ == "__main__":
    main()
