"""Benchmark (not a test): IMAP first sync, no-change re-sync and peak memory against a local Dovecot.

    .venv/bin/python bench/sync.py [--messages 20000] [--real-messages 5000] [--runs 3] [--workers N]
                                   [--batch-size 500] [--profile]

What it does, in one run (with no arguments: 29.5 min measured on this 2-core machine at load 4-5,
nearly all of it the judging of the first syncs, which the quick look's anchors cut; the target is
under 25 minutes):
1. starts a throwaway Dovecot (tests/integration/dovecot.py) and seeds two mailboxes by writing Maildir
   files directly (a child process, so the seed does not count in memory):
   - **stated mix**: ``--messages`` messages, 2 % privacy requests (some with follow-ups), 10 % with
     20-300 KB attachments, HTML mail, newsletters;
   - **real-world mix**: ``--real-messages`` copies of the public negative corpora
     (/work/shared/corpora/negatives: support threads, bounces, provider complaints, newsletters),
     each with its own Message-ID, plus 2 % request letters;
2. for each mailbox, in a fresh child process, ``--runs`` times: PrivacyDesk's **first sync** into an
   empty data folder (``SyncService.sync_account``, login to commit) while every FETCH it sends is
   recorded; the **no-change re-sync**; the **baseline (same items)**: a plain IMAPClient replaying
   exactly the FETCH commands the sync sent (first pass with INTERNALDATE, BODYSTRUCTURE and text
   parts of candidates, whole messages that were filed); and the narrower first-pass-only baseline;
3. prints min/median/max of each, the peak memory of every process (the sync process and its parser
   workers, and all of them together, sampled), the share of ordinary mail parsed (MIME-parsed after
   the quick look), and where the first sync's time went (the sync's own timers, ``mail.sync``: the
   sync thread's wall-clock phases, then the network thread's and the workers' wall or CPU time).

Targets (issue 14): first sync <= 2x the baseline (same items); no-change re-sync < 1 s; peak memory
<= 400 MB all processes together; <= 5 % of ordinary mail parsed.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def real_world_mix(count: int) -> list[tuple[bytes, str, str]]:
    """``count`` messages: the public negative corpora, copied with fresh Message-IDs and dates, and
    2 % request letters (MailFactory's, built from the public request templates)."""
    import random
    from email.utils import format_datetime

    from tests.integration.dovecot import MailFactory

    corpus = ROOT.parent.parent / "shared" / "corpora" / "negatives"
    if not corpus.is_dir():
        corpus = Path("/work/shared/corpora/negatives")
    raws = [p.read_bytes() for p in sorted(corpus.rglob("*")) if p.is_file() and p.suffix != ".tsv"]
    rng = random.Random(14)
    factory = MailFactory(seed=14)
    out: list[tuple[bytes, str, str]] = []
    for i in range(count):
        if rng.random() < 0.02:
            raw, msgid = factory.request()
            out.append((raw, "request", msgid))
            continue
        raw = raws[i % len(raws)]
        msgid = f"<real{i}.{rng.randrange(10**9)}@bench.example>"
        when = format_datetime(datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=7 * i))
        head, sep, body = raw.partition(b"\r\n\r\n") if b"\r\n\r\n" in raw else raw.partition(b"\n\n")
        nl = b"\r\n" if sep == b"\r\n\r\n" else b"\n"
        lines = [line for line in head.split(nl)
                 if not line.lower().startswith((b"message-id:", b"date:"))]
        head = nl.join([f"Message-ID: {msgid}".encode(), f"Date: {when}".encode(), *lines])
        out.append((head + sep + body, "ordinary", msgid))
    return out


def seed(server_root: str, user: str, home: str, mail_uid: int, as_root: bool, count: int, mix: str) -> None:
    """Child process: generate and write the mailbox (its memory is not the sync's)."""
    from tests.integration.dovecot import DovecotServer, MailFactory

    server = DovecotServer.__new__(DovecotServer)  # only the Maildir writer is needed
    server.home = Path(home)
    server.as_root = as_root
    server.mail_uid = server.mail_gid = mail_uid
    if mix == "real":
        mails = real_world_mix(count)
    else:  # the stated mix: 2 % requests, 10 % with 20-300 KB attachments
        mails = MailFactory(seed=2026).mailbox(count, attachment_ratio=0.10, large_ratio=0.0,
                                               attachment_range=(20_000, 300_000))
    start = time.time() - 365 * 86400
    step = 365 * 86400 / max(1, count)
    kinds: dict[str, int] = {}
    for _, kind, _ in mails:
        kinds[kind] = kinds.get(kind, 0) + 1
    total = server.write_maildir(user, ((raw, start + i * step) for i, (raw, _, _) in enumerate(mails)))
    size = sum(len(r) for r, _, _ in mails)
    Path(server_root, f"seed-{mix}.json").write_text(json.dumps(
        {"messages": total, "bytes": size, "kinds": kinds,
         "ordinary": [m for _, k, m in mails if k in ("business", "newsletter", "ordinary")]}))


def _client(port: int, ca: str, user: str, password: str) -> object:
    import ssl

    from imapclient import IMAPClient

    client = IMAPClient("127.0.0.1", port=port, ssl=True, ssl_context=ssl.create_default_context(cafile=ca))
    client.login(user, password)
    client.select_folder("INBOX", readonly=True)
    return client


def baseline_first_pass(port: int, ca: str, user: str, password: str, batch: int = 500) -> float:
    """The narrower baseline: only the first pass (size, header, 8 KiB of text) of every message."""
    started = time.perf_counter()
    client: Any = _client(port, ca, user, password)
    uids = client.search("ALL")
    for i in range(0, len(uids), batch):
        client.fetch(uids[i:i + batch], ["RFC822.SIZE", "BODY.PEEK[HEADER]", "BODY.PEEK[TEXT]<0.8192>"])
    client.logout()
    return time.perf_counter() - started


def baseline_same_items(port: int, ca: str, user: str, password: str,
                        commands: list[tuple[list[int], list[str]]]) -> float:
    """The baseline (same items): login, the same SEARCH, and exactly the FETCH commands the sync sent
    (same UIDs, same items, same order), with nothing done with the answers."""
    started = time.perf_counter()
    client: Any = _client(port, ca, user, password)
    client.search("ALL")
    for uids, items in commands:
        client.fetch(uids, items)
    client.logout()
    return time.perf_counter() - started


class DescendantPeak:
    """Samples resident memory of this process and all its descendants (the parser workers are
    children of multiprocessing's fork server, so RUSAGE_CHILDREN does not see them). Linux only.
    ``peak_kb``: each process's own peak (VmHWM); ``total_kb``: the largest sum of all of them at one
    sample (VmRSS), i.e. all processes together."""

    def __init__(self) -> None:
        import threading

        self.peak_kb: dict[str, int] = {}
        self.total_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _descendants(self) -> list[int]:
        parents: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as f:
                        parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
                except (OSError, ValueError, IndexError):
                    continue
        found, frontier = [], [os.getpid()]
        while frontier:
            parent = frontier.pop()
            kids = [pid for pid, ppid in parents.items() if ppid == parent]
            found += kids
            frontier += kids
        return found

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            total = 0
            for pid in [os.getpid(), *self._descendants()]:
                try:
                    with open(f"/proc/{pid}/status") as f:
                        fields = dict(line.split(":", 1) for line in f if ":" in line)
                except OSError:
                    continue
                name = "sync process" if pid == os.getpid() else f"worker {pid}"
                hwm = int(fields.get("VmHWM", "0 kB").split()[0])
                self.peak_kb[name] = max(self.peak_kb.get(name, 0), hwm)
                total += int(fields.get("VmRSS", "0 kB").split()[0])
            self.total_kb = max(self.total_kb, total)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def message_ids(port: int, ca: str, user: str, password: str) -> dict[int, str]:
    """UID -> Message-ID of every message in the bench mailbox."""
    from email.parser import BytesHeaderParser

    client: Any = _client(port, ca, user, password)
    parser = BytesHeaderParser()
    ids: dict[int, str] = {}
    uids = client.search("ALL")
    for i in range(0, len(uids), 1000):
        for uid, item in client.fetch(uids[i:i + 1000], ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]).items():
            value = next((v for k, v in item.items() if k.startswith(b"BODY[HEADER")), b"")
            ids[uid] = (parser.parsebytes(value).get("Message-ID") or "").strip()
    client.logout()
    return ids


def parsed_share_of_sync(port: int, ca: str, user: str, password: str, ordinary: set[str],
                         parsed_uids: list[int]) -> dict[str, float]:
    """Of the ordinary mail (not requests nor follow-ups), the share the first sync MIME-parsed, by
    its own count (``FolderResult.parsed_uids``: after the first pass, the look on the text parts
    or the whole message)."""
    ids = message_ids(port, ca, user, password)
    seen = sum(1 for m in ids.values() if m in ordinary)
    parsed = len({uid for uid in parsed_uids if ids.get(uid) in ordinary})
    return {"ordinary": seen, "parsed": parsed, "share": parsed / seen if seen else float("nan")}


def parsed_share(port: int, ca: str, user: str, password: str, ordinary: set[str]) -> dict[str, float]:
    """Of the ordinary mail (not requests nor follow-ups), the share the quick look of the first pass
    alone does not set aside (``mail.quicklook.surely_not_request`` on the first 8 KiB)."""
    from email.parser import BytesHeaderParser

    from privacydesk.mail.quicklook import surely_not_request

    client: Any = _client(port, ca, user, password)
    uids = client.search("ALL")
    seen = parsed = 0
    parser = BytesHeaderParser()
    for i in range(0, len(uids), 1000):
        data = client.fetch(uids[i:i + 1000], ["RFC822.SIZE", "BODY.PEEK[HEADER]", "BODY.PEEK[TEXT]<0.8192>"])
        for item in data.values():
            header = item[b"BODY[HEADER]"]
            msgid = (parser.parsebytes(header).get("Message-ID") or "").strip()
            if msgid not in ordinary:
                continue
            seen += 1
            text = item.get(b"BODY[TEXT]<0>", b"")
            if surely_not_request(header, text, size=item[b"RFC822.SIZE"], received=None) is None:
                parsed += 1
    client.logout()
    return {"ordinary": seen, "parsed": parsed, "share": parsed / seen if seen else float("nan")}


def measure(config: dict[str, Any]) -> dict[str, Any]:
    """Child process: ``runs`` x (first sync with its FETCHes recorded, no-change re-sync, baseline
    (same items), first-pass baseline), then the share of ordinary mail parsed."""
    import keyring

    from privacydesk.mail.sync import SyncOptions
    from privacydesk.paths import resolve_paths
    from privacydesk.services.accounts import AccountService, NewAccount
    from privacydesk.services.app import open_services
    from privacydesk.services.sync import RetryPolicy, SyncService
    from tests.integration.dovecot import MemoryKeyring

    port, ca, user, password = config["port"], config["ca"], config["user"], config["password"]
    keyring.set_keyring(MemoryKeyring())
    memory = DescendantPeak() if sys.platform.startswith("linux") else None
    out: dict[str, Any] = {"first": [], "resync": [], "same": [], "narrow": [], "fetched_mb": []}
    for run in range(int(config["runs"])):
        Path(str(config["data_dir"])).mkdir(parents=True, exist_ok=True)
        services = open_services(resolve_paths(Path(str(config["data_dir"])) / f"run{run}"))
        accounts = AccountService(services.db)
        accounts.add(NewAccount(name="bench", host="127.0.0.1", username=user, port=port, ca_file=ca), password)
        workers = config.get("workers")
        options = SyncOptions(batch_size=int(config["batch_size"]),
                              workers=int(workers) if workers is not None else None)
        commands: list[tuple[list[int], list[str]]] = []
        received = [0]

        def recording(settings: Any, secret: str, commands: list[tuple[list[int], list[str]]] = commands,
                      received: list[int] = received) -> Any:
            from privacydesk.mail import imap

            conn = imap.connect(settings, secret)
            original = conn._client.fetch

            def fetch(uids: Any, items: Any, *args: Any, **kw: Any) -> Any:
                commands.append((list(uids), [str(i) for i in items]))
                answer = original(uids, items, *args, **kw)
                received[0] += sum(len(v) for d in answer.values() for v in d.values() if isinstance(v, bytes))
                return answer

            conn._client.fetch = fetch
            return conn

        sync = SyncService(accounts, services.ingest, services.profile, options=options,
                           retry=RetryPolicy(attempts=1), connector=recording)
        profiler = None
        if config.get("profile") and run == 0:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        started = time.perf_counter()
        report = sync.sync_account("bench")
        out["first"].append(time.perf_counter() - started)
        if profiler is not None:
            import pstats

            profiler.disable()
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(35)
        assert report.ok, report.errors
        folder = report.folders["INBOX"]
        out["fetched_mb"].append(received[0] / 1e6)
        if run == 0:
            out["timings"] = folder.timings
            out["result"] = {"new_messages": report.ingest.new_messages,
                             "new_requests": len(report.ingest.new_requests),
                             "follow_ups": len(report.ingest.follow_ups), "needs_review": report.ingest.needs_review,
                             "automated": report.ingest.automated, "fetched_whole": folder.full_fetched,
                             "whole_in_first_pass": folder.whole_in_first_pass,
                             "read_from_text_parts": folder.text_parts_read}
            out["fetch_commands"] = len(commands)
            parsed_uids = list(folder.parsed_uids)
        started = time.perf_counter()
        again = sync.sync_account("bench")
        out["resync"].append(time.perf_counter() - started)
        assert again.ingest.new_messages == 0 and again.folders["INBOX"].unchanged
        services.close()
        out["same"].append(baseline_same_items(port, ca, user, password, commands))
        out["narrow"].append(baseline_first_pass(port, ca, user, password))
    out["parsed"] = parsed_share_of_sync(port, ca, user, password, set(config["ordinary"]), parsed_uids)
    out["parsed_first_pass"] = parsed_share(port, ca, user, password, set(config["ordinary"]))
    if memory is not None:
        memory.stop()
        out["memory_mb"] = {k: v / 1024 for k, v in memory.peak_kb.items()}
        out["memory_total_mb"] = memory.total_kb / 1024
    return out


def _stats(values: list[float]) -> tuple[float, float, float]:
    import statistics

    return min(values), statistics.median(values), max(values)


def _line(values: list[float], unit: str = "s", digits: int = 2) -> str:
    low, mid, high = _stats(values)
    return f"{mid:.{digits}f} {unit} (min {low:.{digits}f}, max {high:.{digits}f})"


def _print_timings(timings: dict[str, float], first: float) -> None:
    """The sync's own timers (``mail.sync``), grouped: the sync thread's wall-clock phases (they add
    up to its time), then what ran beside it: the network thread and the judging workers, each
    line saying whether it counts wall or CPU time."""
    print(f"where the first sync's time went (run 1: {first:.2f} s; seconds):")
    own = {k: v for k, v in timings.items() if k.startswith("sync thread:")}
    print("  the sync thread (wall clock, waiting included):")
    for phase, seconds in sorted(own.items(), key=lambda kv: -kv[1]):
        print(f"    {phase.removeprefix('sync thread: '):62s} {seconds:7.2f}")
    print(f"    {'other (login, folder list, Sent folder, pool start-up, logout)':62s} "
          f"{first - sum(own.values()):7.2f}")
    print("  beside it and inside it:")
    for phase, seconds in sorted(timings.items(), key=lambda kv: -kv[1]):
        if phase not in own:
            print(f"    {phase:62s} {seconds:7.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000, help="size of the stated-mix mailbox")
    parser.add_argument("--real-messages", type=int, default=5_000, help="size of the real-world mailbox (0: none)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--workers", type=int, default=None, help="parser processes (default: one per CPU)")
    parser.add_argument("--profile", action="store_true", help="cProfile the first sync (to stderr)")
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # internal: child process entry (config file)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(json.loads(Path(args.measure).read_text())), default=str))
        return 0

    from tests.integration.dovecot import DovecotServer

    began = time.perf_counter()
    server = DovecotServer(pool_size=1)
    server.start()
    tmp = Path(tempfile.mkdtemp(prefix="pd-bench-"))
    results: list[tuple[str, dict[str, Any], dict[str, Any], float]] = []
    try:
        mixes = [("stated", args.messages)] + ([("real", args.real_messages)] if args.real_messages else [])
        for mix, count in mixes:
            user, password = server.add_user()
            t = time.perf_counter()
            child = multiprocessing.get_context("fork").Process(
                target=seed, args=(str(server.root), user, str(server.home), server.mail_uid, server.as_root,
                                   count, mix))
            child.start()
            child.join()
            if child.exitcode != 0:
                print("seeding failed", file=sys.stderr)
                return 1
            seeded = json.loads((server.root / f"seed-{mix}.json").read_text())
            with server.admin(user) as c:  # Dovecot indexes a folder on first open: not measured
                c.select_folder("INBOX", readonly=True)  # type: ignore[attr-defined]
                uids = c.search("ALL")  # type: ignore[attr-defined]
                for i in range(0, len(uids), 2000):
                    c.fetch(uids[i:i + 2000], ["RFC822.SIZE"])  # type: ignore[attr-defined]
            prepared = time.perf_counter() - t
            config = {"port": server.ssl_port, "ca": str(server.ca_file), "user": user, "password": password,
                      "data_dir": str(tmp / mix), "batch_size": args.batch_size, "workers": args.workers,
                      "profile": args.profile, "runs": args.runs, "ordinary": seeded["ordinary"]}
            # In a file: 20,000 Message-IDs are too long for a command line.
            config_file = tmp / f"config-{mix}.json"
            config_file.write_text(json.dumps(config))
            proc = subprocess.run([sys.executable, __file__, "--measure", str(config_file)], cwd=ROOT,
                                  capture_output=True, text=True)
            if args.profile or proc.returncode != 0:
                sys.stderr.write(proc.stderr)
            if proc.returncode != 0:
                return 1
            results.append((mix, seeded, json.loads(proc.stdout.strip().splitlines()[-1]), prepared))
    finally:
        server.stop()
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)

    print(f"CPUs: {os.cpu_count()}, batch size {args.batch_size}, workers {args.workers or 'auto'}, "
          f"{args.runs} runs of each; the whole bench took {time.perf_counter() - began:.0f} s")
    for mix, seeded, r, prepared in results:
        del seeded["ordinary"]
        title = "stated mix" if mix == "stated" else "real-world mix (public negative corpora + 2 % requests)"
        print()
        print(f"== {title}: {seeded['messages']} messages, {seeded['bytes'] / 1e6:.0f} MB {seeded['kinds']} "
              f"(seeded and indexed in {prepared:.1f} s)")
        same, first, resync = _stats(r["same"])[1], _stats(r["first"])[1], _stats(r["resync"])[1]
        print(f"baseline (same items): {_line(r['same'])}  — plain IMAPClient replaying the sync's "
              f"{r['fetch_commands']} FETCH commands ({_stats(r['fetched_mb'])[1]:.0f} MB received)")
        print(f"first sync: {_line(r['first'])}  = {first / same:.2f}x the baseline (same items)   "
              f"target <= 2x  {'OK' if first <= 2 * same else 'MISSED'}")
        print(f"no-change re-sync: {_line(r['resync'], digits=3)}   target < 1 s  {'OK' if resync < 1 else 'MISSED'}")
        print(f"narrower baseline (first pass of every message only): {_line(r['narrow'])}"
              f"  (first sync = {first / _stats(r['narrow'])[1]:.2f}x it)")
        mem = r.get("memory_mb", {})
        total = r.get("memory_total_mb", float("nan"))
        print(f"peak memory: all processes together {total:.0f} MB   target <= 400 MB  "
              f"{'OK' if total <= 400 else 'MISSED'};  each: "
              + ", ".join(f"{k} {v:.0f} MB" for k, v in sorted(mem.items(), key=lambda kv: -kv[1])))
        p = r["parsed"]
        print(f"ordinary mail parsed: {p['share']:.1%} ({p['parsed']} of {p['ordinary']})   target <= 5 %  "
              f"{'OK' if p['share'] <= 0.05 else 'MISSED'}  (by the sync's own count)")
        q = r["parsed_first_pass"]
        print(f"  of which the quick look of the first 8 KiB alone would let through: {q['share']:.1%} "
              f"({q['parsed']} of {q['ordinary']}; the rest were set aside after a look at their text parts)")
        print(f"first sync result: {r['result']}")
        _print_timings(r["timings"], r["first"][0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
