"""Benchmark (not a test): IMAP first sync, no-change re-sync and peak memory against a local Dovecot.

    .venv/bin/python bench/sync.py [--messages 20000] [--workers N] [--batch-size 500] [--profile]

What it does, in one run:
1. starts a throwaway Dovecot (tests/integration/dovecot.py) and seeds one INBOX with ``--messages``
   realistic messages (2 % privacy requests, some with follow-ups; HTML mail, attachments, a few of
   1-6 MB) by writing Maildir files directly (a child process, so the seed does not count in memory);
2. warms Dovecot up (it indexes the folder on first open) with a cheap ``FETCH (RFC822.SIZE)``;
3. measures, in a fresh child process: the **baseline** — a plain IMAPClient
   ``UID FETCH (RFC822.SIZE BODY.PEEK[HEADER] BODY.PEEK[TEXT]<0.8192>)`` of all messages in batches
   of 500 — then PrivacyDesk's **first sync** (``SyncService.sync_account``, login to commit), a
   **no-change re-sync**, and the baseline once more (to show the server side was not just colder);
4. prints the figures, where the first sync's time went, and peak memory (ru_maxrss of the sync
   process and of its parser workers).

Targets (issue 5): first sync ≤ 2× baseline, no-change re-sync < 1 s, peak memory < 400 MB.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def seed(server_root: str, user: str, home: str, mail_uid: int, as_root: bool, count: int) -> None:
    """Child process: generate and write the mailbox (its memory is not the sync's)."""
    from tests.integration.dovecot import DovecotServer, MailFactory

    server = DovecotServer.__new__(DovecotServer)  # only the Maildir writer is needed
    server.home = Path(home)
    server.as_root = as_root
    server.mail_uid = server.mail_gid = mail_uid
    mails = MailFactory(seed=2026).mailbox(count)
    start = time.time() - 365 * 86400
    step = 365 * 86400 / max(1, count)
    kinds: dict[str, int] = {}
    for _, kind, _ in mails:
        kinds[kind] = kinds.get(kind, 0) + 1
    total = server.write_maildir(user, ((raw, start + i * step) for i, (raw, _, _) in enumerate(mails)))
    size = sum(len(r) for r, _, _ in mails)
    Path(server_root, "seed.json").write_text(json.dumps({"messages": total, "bytes": size, "kinds": kinds}))


def baseline(port: int, ca: str, user: str, password: str, batch: int = 500) -> tuple[float, int]:
    import ssl

    from imapclient import IMAPClient

    started = time.perf_counter()
    client = IMAPClient("127.0.0.1", port=port, ssl=True, ssl_context=ssl.create_default_context(cafile=ca))
    client.login(user, password)
    client.select_folder("INBOX", readonly=True)
    uids = client.search("ALL")
    fetched = 0
    for i in range(0, len(uids), batch):
        data = client.fetch(uids[i:i + batch], ["RFC822.SIZE", "BODY.PEEK[HEADER]", "BODY.PEEK[TEXT]<0.8192>"])
        fetched += len(data)
    client.logout()
    return time.perf_counter() - started, fetched


class DescendantPeak:
    """Samples the peak resident memory (VmHWM) of this process's descendants — the parser workers
    are children of multiprocessing's fork server, so RUSAGE_CHILDREN does not see them. Linux only."""

    def __init__(self) -> None:
        import threading

        self.peak_kb = 0
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
        while not self._stop.wait(0.25):
            for pid in self._descendants():
                try:
                    with open(f"/proc/{pid}/status") as f:
                        for line in f:
                            if line.startswith("VmHWM:"):
                                self.peak_kb = max(self.peak_kb, int(line.split()[1]))
                except OSError:
                    continue

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak_kb / 1024


def parse_cost(port: int, ca: str, user: str, password: str, sample: int = 1000) -> dict[str, float]:
    """CPU milliseconds per message (one core) for each step of the pure work, on a sample."""
    import ssl

    from imapclient import IMAPClient

    from privacydesk.domain.classify import classify, prefilter
    from privacydesk.mail.parse import fingerprint_parts, parse_message, parse_partial
    from privacydesk.mail.sync import is_complete

    client = IMAPClient("127.0.0.1", port=port, ssl=True, ssl_context=ssl.create_default_context(cafile=ca))
    client.login(user, password)
    client.select_folder("INBOX", readonly=True)
    uids = client.search("ALL")[:sample]
    data = client.fetch(uids, ["RFC822.SIZE", "BODY.PEEK[HEADER]", "BODY.PEEK[TEXT]<0.8192>"])
    client.logout()
    items = [(d[b"BODY[HEADER]"], d.get(b"BODY[TEXT]<0>", b""), d[b"RFC822.SIZE"]) for d in data.values()]
    from privacydesk.domain.profile import load_profile
    from privacydesk.resources import resource_path

    profile = load_profile(resource_path("profiles", "3dpros.toml"))
    n = len(items)
    t = time.process_time()
    for h, b, _ in items:
        fingerprint_parts(h, b)
    fp = time.process_time() - t
    t = time.process_time()
    parsed = [(parse_message(h + b) if is_complete(h, b, s) else parse_partial(h, b, size=s, received=None)).message
              for h, b, s in items]
    parse = time.process_time() - t
    t = time.process_time()
    passed = [p for p in parsed if prefilter(p, profile)]
    pre = time.process_time() - t
    t = time.process_time()
    for p in passed:
        classify(p, profile)
    cls = time.process_time() - t
    return {"fingerprint": fp * 1000 / n, "parse": parse * 1000 / n, "prefilter": pre * 1000 / n,
            "classify (per message; run on the prefilter's share)": cls * 1000 / n,
            "prefilter_pass_share": len(passed) / n}


def measure(config: dict[str, object]) -> dict[str, object]:
    """Child process: baseline, first sync, no-change re-sync, baseline again."""
    import keyring

    from privacydesk.mail.sync import SyncOptions
    from privacydesk.paths import resolve_paths
    from privacydesk.services.accounts import AccountService, NewAccount
    from privacydesk.services.app import open_services
    from privacydesk.services.sync import RetryPolicy, SyncService
    from tests.integration.dovecot import MemoryKeyring

    port, ca, user, password = config["port"], config["ca"], config["user"], config["password"]
    assert isinstance(port, int) and isinstance(ca, str) and isinstance(user, str) and isinstance(password, str)
    out: dict[str, object] = {}
    out["baseline_s"], out["baseline_messages"] = baseline(port, ca, user, password)

    out["cpu_per_message_ms"] = parse_cost(port, ca, user, password)

    keyring.set_keyring(MemoryKeyring())
    services = open_services(resolve_paths(Path(str(config["data_dir"]))))
    accounts = AccountService(services.db)
    accounts.add(NewAccount(name="bench", host="127.0.0.1", username=user, port=port, ca_file=ca), password)
    workers = config.get("workers")
    options = SyncOptions(batch_size=int(str(config["batch_size"])),
                          workers=int(str(workers)) if workers is not None else None)
    sync = SyncService(accounts, services.ingest, services.profile, options=options,
                       retry=RetryPolicy(attempts=1))
    workers_peak = DescendantPeak() if sys.platform.startswith("linux") else None
    profiler = None
    if config.get("profile"):
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started = time.perf_counter()
    report = sync.sync_account("bench")
    out["first_sync_s"] = time.perf_counter() - started
    if profiler is not None:
        import pstats

        profiler.disable()
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(35)
    assert report.ok, report.errors
    folder = report.folders["INBOX"]
    out["timings"] = folder.timings
    out["first_sync"] = {"new_messages": report.ingest.new_messages, "new_requests": len(report.ingest.new_requests),
                         "follow_ups": len(report.ingest.follow_ups), "needs_review": report.ingest.needs_review,
                         "fetched_whole": folder.full_fetched, "whole_in_first_pass": folder.whole_in_first_pass,
                         "automated": report.ingest.automated}
    out["rss_after_first_sync_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    started = time.perf_counter()
    again = sync.sync_account("bench")
    out["resync_s"] = time.perf_counter() - started
    out["resync_new"] = again.ingest.new_messages
    out["resync_unchanged"] = again.folders["INBOX"].unchanged
    services.close()

    out["baseline2_s"], _ = baseline(port, ca, user, password)
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["peak_rss_workers_mb"] = workers_peak.stop() if workers_peak is not None else float("nan")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--workers", type=int, default=None, help="parser processes (default: one per CPU)")
    parser.add_argument("--profile", action="store_true", help="cProfile the first sync (to stderr)")
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # internal: child process entry
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(json.loads(args.measure)), default=str))
        return 0

    from tests.integration.dovecot import DovecotServer

    server = DovecotServer(pool_size=1)
    server.start()
    tmp = Path(tempfile.mkdtemp(prefix="pd-bench-"))
    try:
        user, password = server.add_user()
        t = time.perf_counter()
        child = multiprocessing.get_context("fork").Process(
            target=seed, args=(str(server.root), user, str(server.home), server.mail_uid, server.as_root,
                               args.messages))
        child.start()
        child.join()
        if child.exitcode != 0:
            print("seeding failed", file=sys.stderr)
            return 1
        seeded = json.loads((server.root / "seed.json").read_text())
        seed_s = time.perf_counter() - t

        t = time.perf_counter()
        from imapclient import IMAPClient

        with server.admin(user) as c:
            c.select_folder("INBOX", readonly=True)  # type: ignore[attr-defined]
            uids = c.search("ALL")  # type: ignore[attr-defined]
            for i in range(0, len(uids), 2000):
                c.fetch(uids[i:i + 2000], ["RFC822.SIZE"])  # type: ignore[attr-defined]
        warm_s = time.perf_counter() - t
        assert IMAPClient

        config = {"port": server.ssl_port, "ca": str(server.ca_file), "user": user, "password": password,
                  "data_dir": str(tmp / "data"), "batch_size": args.batch_size, "workers": args.workers,
                  "profile": args.profile}
        proc = subprocess.run([sys.executable, __file__, "--measure", json.dumps(config)], cwd=ROOT,
                              capture_output=True, text=True)
        if args.profile or proc.returncode != 0:
            sys.stderr.write(proc.stderr)
        if proc.returncode != 0:
            return 1
        r = json.loads(proc.stdout.strip().splitlines()[-1])
    finally:
        server.stop()
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)

    base = min(float(r["baseline_s"]), float(r["baseline2_s"]))
    first = float(r["first_sync_s"])
    print(f"Mailbox: {seeded['messages']} messages, {seeded['bytes'] / 1e6:.0f} MB ({seeded['kinds']}); "
          f"seeded in {seed_s:.1f} s, Dovecot indexed it in {warm_s:.1f} s")
    print(f"CPUs: {os.cpu_count()}, batch size {args.batch_size}, workers {args.workers or 'auto'}")
    print()
    print(f"baseline (plain IMAPClient first-pass FETCH, batches of 500): {r['baseline_s']:.2f} s "
          f"(again after the sync: {r['baseline2_s']:.2f} s)")
    print(f"first sync (login to last commit):                            {first:.2f} s  "
          f"= {first / base:.2f}x baseline   target <= 2x  {'OK' if first <= 2 * base else 'MISSED'}")
    print(f"no-change re-sync:                                            {r['resync_s']:.3f} s  "
          f"target < 1 s  {'OK' if r['resync_s'] < 1 else 'MISSED'}  (new: {r['resync_new']}, "
          f"decided by STATUS: {r['resync_unchanged']})")
    peak = max(float(r["peak_rss_mb"]), float(r["peak_rss_workers_mb"]))
    print(f"peak memory (ru_maxrss): sync process {r['peak_rss_mb']:.0f} MB, parser worker "
          f"{r['peak_rss_workers_mb']:.0f} MB   target < 400 MB  {'OK' if peak < 400 else 'MISSED'}")
    print(f"first sync result: {r['first_sync']}")
    print()
    cpu = r["cpu_per_message_ms"]
    share = cpu.pop("prefilter_pass_share")
    total_cpu = sum(cpu.values())
    print(f"pure work per message (CPU ms, one core, sample of 1000; {share:.0%} pass the prefilter): "
          + ", ".join(f"{k} {v:.3f}" for k, v in cpu.items()) + f"; total {total_cpu:.2f} ms"
          f" = {total_cpu * seeded['messages'] / 1000:.1f} CPU-s for the mailbox")
    print()
    print("where the first sync's time went (seconds, main process; parse runs in workers meanwhile):")
    timings = r["timings"]
    for phase, seconds in sorted(timings.items(), key=lambda kv: -kv[1]):
        print(f"  {phase:18s} {seconds:7.2f}")
    print(f"  {'(other)':18s} {first - sum(timings.values()):7.2f}  login, pool start-up, logout")
    return 0


if __name__ == "__main__":
    sys.exit(main())
