"""Write the held-out mailbox: every ``.eml`` file and ``labels.toml`` from the hand-written
messages in ``msgs_*.py``, then check what the brief requires (every file parses with the modern
email API, labels load and name each file once, follow-ups come after what they follow).

    python tests/data/mail-holdout/tools/build.py
"""

from __future__ import annotations

import email
import importlib
import json
import sys
import tomllib
from collections import Counter
from email import policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

import kit  # noqa: E402

# Order matters: follow-ups refer to the Message-IDs of requests defined before them.
for _module in ("msgs_requests_en", "msgs_requests_intl", "msgs_followups", "msgs_negatives"):
    importlib.import_module(_module)

TYPES = {"access", "deletion", "correction", "portability", "restriction", "objection", "withdraw_consent",
         "opt_out_sale", "opt_out_marketing", "shine_the_light", "minor_removal", "complaint"}
REGIMES = {"gdpr", "uk_gdpr", "ccpa", "ca_shine_the_light", "pipeda", "quebec", "fadp", "tx_tdpsa",
           "va_vcdpa", "co_cpa", "ct_ctdpa", "can_spam"}
LANGS = {"en", "de", "fr", "es", "it", "pt", "nl"}
CATS = {"request", "follow_up", "negative", "automated", "outgoing"}


def toml_value(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def label_of(m: kit.Mail) -> dict[str, object]:
    lab = dict(m.label)
    lang = m.file.split("-", 1)[0]
    lab["language"] = lang
    cat = m.file.split("-")[1]
    assert cat == {"follow_up": "followup"}.get(lab["category"], lab["category"]), (m.file, cat)
    return {k: lab[k] for k in kit.FIELDS if k in lab}


def main() -> int:
    for old in OUT.glob("*.eml"):
        old.unlink()
    blocks = ["# Labels for the held-out mailbox (see README.md). One table per file.\n"]
    for m in sorted(kit.MAILS, key=lambda x: x.file):
        (OUT / m.file).write_bytes(kit.render(m))
        lab = label_of(m)
        lines = [f'["{m.file}"]'] + [f"{k} = {toml_value(v)}" for k, v in lab.items()]
        blocks.append("\n".join(lines) + "\n")
    (OUT / "labels.toml").write_text("\n".join(blocks), encoding="utf-8")
    return check()


def check() -> int:
    problems: list[str] = []
    labels = tomllib.loads((OUT / "labels.toml").read_text(encoding="utf-8"))
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if sorted(labels) != files:
        problems.append(f"labels/files mismatch: {set(labels) ^ set(files)}")
    dates = {}
    ids: dict[str, str] = {}
    for name in files:
        with open(OUT / name, "rb") as f:
            msg = email.message_from_binary_file(f, policy=policy.default)
        for part in msg.walk():
            if not part.is_multipart():
                try:
                    # get_content() has no handler for e.g. model/stl; decoding the payload is
                    # what every reader can do.
                    if part.get_content_maintype() in ("text", "message"):
                        part.get_content()
                    else:
                        part.get_payload(decode=True)
                except Exception as e:
                    problems.append(f"{name}: content {e!r}")
        if msg.defects:
            problems.append(f"{name}: defects {msg.defects}")
        dates[name] = msg["Date"].datetime
        mid = msg["Message-ID"]
        if mid in ids:
            problems.append(f"{name}: duplicate Message-ID with {ids[mid]}")
        ids[str(mid)] = name
        if not (dates[name].date().isoformat() >= "2026-09-01" and dates[name].date().isoformat() <= "2026-11-24"):
            problems.append(f"{name}: date {dates[name]} out of range")
    for name, lab in labels.items():
        cat = lab["category"]
        if cat not in CATS:
            problems.append(f"{name}: category {cat}")
        if lab["language"] not in LANGS:
            problems.append(f"{name}: language")
        if not set(lab["types"]) <= TYPES or not set(lab["regimes"]) <= REGIMES:
            problems.append(f"{name}: vocabulary {lab['types']} {lab['regimes']}")
        if lab["is_request"] != (cat == "request"):
            problems.append(f"{name}: is_request vs category")
        if cat == "request" and (not lab["types"] or "requester" not in lab):
            problems.append(f"{name}: request without types/requester")
        if cat != "request" and (lab["types"] or "requester" in lab):
            problems.append(f"{name}: non-request with types/requester")
        if cat in ("follow_up", "outgoing"):
            of = lab["follow_up_of"]
            if of not in labels or labels[of]["category"] != "request":
                problems.append(f"{name}: follow_up_of {of!r}")
            elif dates[name] <= dates[of]:
                problems.append(f"{name}: dated before its request")
        elif lab["follow_up_of"]:
            problems.append(f"{name}: follow_up_of set on {cat}")
        if cat == "automated" and not lab["automated"]:
            problems.append(f"{name}: automated without kind")
    for p in problems:
        print("PROBLEM", p)
    report(labels)
    return 1 if problems else 0


def report(labels: dict[str, dict[str, object]]) -> None:
    cats = Counter(lab["category"] for lab in labels.values())
    langs = Counter(lab["language"] for lab in labels.values())
    req_langs = Counter(lab["language"] for lab in labels.values() if lab["category"] == "request")
    types = Counter(t for lab in labels.values() for t in lab["types"])  # type: ignore[attr-defined]
    regimes = Counter(r for lab in labels.values() for r in lab["regimes"])  # type: ignore[attr-defined]
    autos = Counter(lab["automated"] for lab in labels.values() if lab["automated"])
    print(f"{len(labels)} files")
    print("categories:", dict(sorted(cats.items())))
    print("languages (all):", dict(sorted(langs.items())))
    print("languages (requests):", dict(sorted(req_langs.items())))
    print("types:", dict(sorted(types.items())))
    print("regimes:", dict(sorted(regimes.items())))
    print("automated:", dict(sorted(autos.items())))
    print("agents:", sum(1 for lab in labels.values() if "agent" in lab),
          "forms:", sum(1 for lab in labels.values() if lab["form"]),
          "multi-type:", sum(1 for lab in labels.values() if len(lab["types"]) > 1))  # type: ignore[arg-type]


if __name__ == "__main__":
    raise SystemExit(main())
