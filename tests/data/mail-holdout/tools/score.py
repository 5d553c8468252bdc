"""Score PrivacyDesk on the held-out mailbox: import it into a throwaway data folder and compare what
was filed with ``labels.toml`` (the same measures as tests/integration/test_import_eval.py, plus a
few more). Prints figures and the files behind each miss; it never changes anything here.

    .venv/bin/python tests/data/mail-holdout/tools/score.py [--data-dir DIR [--no-import]]

``--no-import`` scores a data folder that ``privacydesk --data-dir DIR import`` already filled.
"""

from __future__ import annotations

import argparse
import tempfile
import tomllib
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from privacydesk.mail.parse import parse_message
from privacydesk.paths import resolve_paths
from privacydesk.services.app import open_services
from privacydesk.services.mailimport import import_paths
from privacydesk.store.models import Message, Request

DATA = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=ZoneInfo("America/Chicago"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", type=Path, default=None)
    ap.add_argument("--no-import", action="store_true")
    args = ap.parse_args()
    if args.no_import and args.data_dir is None:
        ap.error("--no-import needs --data-dir")
    tmp = tempfile.TemporaryDirectory() if args.data_dir is None else None
    data_dir = args.data_dir or Path(tmp.name)  # type: ignore[union-attr]
    labels: dict[str, dict[str, Any]] = tomllib.loads((DATA / "labels.toml").read_text(encoding="utf-8"))
    svc = open_services(resolve_paths(data_dir), clock=lambda: NOW)
    try:
        if not args.no_import:
            report = import_paths(svc.ingest, svc.profile, [DATA])
            print(f"import: {len(report.new_requests)} new requests, {len(report.follow_ups)} follow-ups, "
                  f"{len(report.failures)} failures")
        ids = {n: parse_message((DATA / n).read_bytes()).message.message_id for n in labels}
        with svc.db.read() as s:
            by_mid = {m.message_id: m for m in s.execute(select(Message)).scalars()}
            reqs = {r.id: r for r in s.execute(select(Request)).scalars()}
            msg = {n: by_mid[ids[n]] for n in labels}
            truth = {n for n, lab in labels.items() if lab["category"] == "request"}
            filed = {n for n in labels if msg[n].kind == "request"}
            tp = truth & filed
            exact = {n for n in tp if set(reqs[msg[n].request_id].types) == set(labels[n]["types"])}
            email_ok = {n for n in tp if (labels[n]["requester"].get("email") or None)
                        == reqs[msg[n].request_id].requester.primary_email}
            fus = {n: lab for n, lab in labels.items() if lab["category"] == "follow_up"}
            joined = {n for n, lab in fus.items() if msg[n].request_id is not None
                      and msg[n].request_id == msg[lab["follow_up_of"]].request_id}
            outs = {n: lab for n, lab in labels.items() if lab["category"] == "outgoing"}
            out_joined = {n for n, lab in outs.items() if msg[n].request_id is not None
                          and msg[n].request_id == msg[lab["follow_up_of"]].request_id}
            auto_req = sorted(n for n, lab in labels.items() if lab["category"] == "automated" and n in filed)
            kept = sorted(n for n, lab in labels.items() if lab["category"] in ("negative", "automated")
                          and msg[n].kind == "not_request" and msg[n].text is not None)
            stranger = labels.get("en-negative-stranger-with-token.eml")
            stranger_joined = bool(stranger) and msg["en-negative-stranger-with-token.eml"].request_id is not None \
                and msg["en-negative-stranger-with-token.eml"].request_id == msg["en-request-delete-everything-angry.eml"].request_id
            kinds = Counter((labels[n]["category"], msg[n].kind) for n in labels)
            per_type_missed: Counter[str] = Counter()
            per_type_extra: Counter[str] = Counter()
            for n in tp:
                got, want = set(reqs[msg[n].request_id].types), set(labels[n]["types"])
                per_type_missed.update(want - got)
                per_type_extra.update(got - want)
        recall = len(tp) / len(truth)
        precision = len(tp) / len(filed) if filed else 0.0
        print(f"{len(labels)} labelled messages: recall {recall:.3f}, precision {precision:.3f}, "
              f"exact types {len(exact) / max(1, len(tp)):.3f}, requester email {len(email_ok) / max(1, len(tp)):.3f}, "
              f"follow-ups joined {len(joined)}/{len(fus)}, outgoing joined {len(out_joined)}/{len(outs)}, "
              f"requests from automated mail {len(auto_req)}, stranger token joined {stranger_joined}")
        print("category -> stored kind:", dict(sorted(kinds.items())))
        print("types missed:", dict(per_type_missed), "types added:", dict(per_type_extra))
        print("missed:", sorted(truth - filed))
        print("false requests:", sorted(filed - truth))
        print("wrong types:", sorted((n, sorted(reqs[msg[n].request_id].types)) for n in tp - exact))
        print("wrong requester email:", sorted((n, reqs[msg[n].request_id].requester.primary_email)
                                               for n in tp - email_ok))
        print("follow-ups not joined:", sorted(set(fus) - joined))
        print("outgoing not joined:", sorted(set(outs) - out_joined))
        print("automated that opened a request:", auto_req)
        print("non-requests whose text was kept:", kept)
    finally:
        svc.close()
        if tmp is not None:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
