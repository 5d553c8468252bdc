"""The IMAP sync engine: bring one folder's new mail into the store, crash-safe, without touching it.

Plain Python, no Qt and no threads (the window runs it in a worker; tests drive it directly). It talks
to the server only through ``MailSource`` (``mail.imap.ImapConnection`` in production) and to the
store only through ``SyncSink`` (``services.sync`` adapts ``IngestService``), so the mail layer does not
import the layers above it.

Per folder:

1. **No-change check** without opening the folder: ``STATUS`` gives UIDVALIDITY, UIDNEXT and, with
   CONDSTORE, HIGHESTMODSEQ. Same UIDVALIDITY and (same HIGHESTMODSEQ or UIDNEXT not past the
   high-water mark) means nothing new: one round trip per folder. (A ``FETCH … (CHANGEDSINCE m)``
   would cost another round trip and only reports flag changes, which we do not track.)
2. ``EXAMINE`` (read-only), ``UID SEARCH UID last+1:*`` (IMAPClient cannot fetch ``1:*``), then in
   batches: the first pass ``UID FETCH (RFC822.SIZE INTERNALDATE BODY.PEEK[HEADER]
   BODY.PEEK[TEXT]<0.8192>)``; fingerprints of messages already stored (the same message in another
   Gmail label, a resume after a crash, a UIDVALIDITY reset) skip judging and only gain a location;
   the rest are judged (quick look, ``parse_partial``, pre-filter, classifier); a person's mail read
   only in part has its text parts read (BODYSTRUCTURE, ``BODY.PEEK[n]``); the whole message
   (``BODY.PEEK[]``) is fetched only when ``wants_full`` says so (a request, a maybe, a follow-up,
   or unreadable mail), then parsed and classified again on the full text.

   The batches flow through a pipeline that keeps both cores busy: one network thread sends every
   IMAP command (one connection is one conversation) and fetches the first passes of the next
   batches while this thread finishes the current one; worker processes (one per core left,
   ``default_workers``) judge the next batches' first passes meanwhile, and the current batch's
   whole messages and text parts in a lane of their own, ahead of any first pass still waiting
   (``_Lanes``); this thread checks what is stored, decides what to fetch whole and commits, batch
   after batch in UID order. ``FolderResult.timings`` says where the time went, each line naming
   whether it is wall time (waiting included) or CPU time, and of which thread or process.
3. ``store`` per batch, which commits the messages *and* the folder's high-water mark (the batch's
   highest UID) in one transaction. So after a kill -9 at any moment the mark never passes an
   uncommitted message, and the next run starts right after the last committed batch; messages of
   the lost batch come again and are deduplicated by fingerprint. HIGHESTMODSEQ is saved only with the
   folder's last batch, so an interrupted sync can never look like "no change".

A UIDVALIDITY change (the server renumbered the folder) restarts the folder from UID 1; the store
resets the mark in the same transaction as the first batch, and fingerprints keep messages single.

Memory stays bounded: one batch of first-pass data (≈ batch × 10 KiB) plus whole messages in groups
of at most ``SyncOptions.full_group_bytes``; a batch's store is split when the whole messages it
carries pass that size.
"""

from __future__ import annotations

import functools
import itertools
import logging
import multiprocessing
import os
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Protocol

from privacydesk.domain.message import Address, Classification, ParsedMessage
from privacydesk.domain.profile import CompanyProfile
from privacydesk.mail.imap import TEXT_PREFIX_BYTES, FirstPass, FolderStatus
from privacydesk.mail.imapparts import TextPlan, assemble, group_by_items, plan_text_parts, text_for_look
from privacydesk.mail.parse import (
    BEGINNING_BYTES,
    fingerprint_parts,
    parse_beginning,
    parse_message,
    parse_partial,
)
from privacydesk.mail.quicklook import look_at_text_parts, nothing_so_far, surely_not_request
from privacydesk.mail.spool import Spool, SpooledBytes

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # (done, total, folder)


# -- the two sides -----------------------------------------------------------------------------

@dataclass(frozen=True)
class FolderMark:
    """What the store knows about a folder: everything with a UID ≤ ``last_uid`` is committed."""

    uidvalidity: int | None
    last_uid: int
    highest_modseq: int | None = None


@dataclass(frozen=True)
class SyncedMessage:
    """One message ready for the store (``raw`` only when the whole message was fetched).

    ``known`` means a message with this fingerprint was already stored: it was not parsed, and
    ``parsed``/``classification`` are placeholders; the store only records the new location.
    """

    uid: int
    fingerprint: str
    parsed: ParsedMessage
    classification: Classification
    raw: bytes | None = None
    received: datetime | None = None
    unreadable: bool = False
    known: bool = False
    #: A message above ``SyncOptions.max_parse_bytes``: fetched piece by piece into a spool file,
    #: never whole in memory; only its beginning was parsed (issue 11).
    raw_spool: SpooledBytes | None = None


class MailSource(Protocol):
    """The read-only operations the engine needs (``mail.imap.ImapConnection``)."""

    def status(self, folder: str) -> FolderStatus: ...
    def examine(self, folder: str) -> FolderStatus: ...
    def uids_after(self, last_uid: int) -> list[int]: ...
    def fetch_first_pass(self, uids: Sequence[int]) -> list[FirstPass]: ...
    def fetch_full(self, uids: Sequence[int]) -> dict[int, bytes]: ...


class SyncSink(Protocol):
    """Where messages go (``services.sync`` adapts ``IngestService``)."""

    def folder_mark(self, folder: str) -> FolderMark | None: ...
    def known_fingerprints(self, fingerprints: Sequence[str]) -> set[str]: ...
    def wants_full(self, candidates: Sequence[tuple[ParsedMessage, Classification]]) -> list[bool]:
        """For each (parsed, classification): must the whole message be fetched and kept? (a request,
        a maybe, or a follow-up of a known thread). One call per batch so the store can answer
        with a few set queries instead of one per message."""
        ...
    def store(self, folder: str, uidvalidity: int, messages: Sequence[SyncedMessage], *,
              last_uid: int, highest_modseq: int | None) -> None:
        """Commit ``messages`` and advance the folder's mark to ``last_uid`` in ONE transaction."""
        ...


#: A message above the maximum message size is fetched this many bytes at a time.
PIECE_BYTES = 4 * 1024 * 1024

#: UIDs go to the server as explicit lists (IMAPClient cannot fetch ranges); Dovecot refuses a command
#: line over 64 KiB ("Too long argument"), which a list of ~10,000 UIDs reaches. Batches stay below.
MAX_BATCH = 2000


@dataclass(frozen=True)
class SyncOptions:
    batch_size: int = 500  # capped at MAX_BATCH
    #: Whole messages are fetched in groups of at most this many bytes (and at most 50 messages).
    full_group_bytes: int = 32 * 1024 * 1024
    #: A message bigger than this is kept with only its first pass (flagged), never fetched whole.
    max_full_bytes: int = 128 * 1024 * 1024
    #: A wanted message bigger than this (the maximum message size) is fetched in pieces into a spool
    #: file outside the data folder and only its beginning is parsed: memory stays bounded.
    max_parse_bytes: int = 10 * 1024 * 1024
    #: Worker processes for judging (None: one per core left when the sync's own process has one,
    #: ``default_workers``, once there are at least ``parallel_min`` messages, never on a single
    #: core; 0: judge in this process; n: n workers whatever the count).
    workers: int | None = None
    parallel_min: int = 1500


@dataclass
class FolderResult:
    folder: str
    uidvalidity: int | None = None
    total: int = 0  # messages above the mark when the sync began
    done: int = 0
    known: int = 0  # already stored (another folder or an earlier run): location added only
    full_fetched: int = 0  # whole messages fetched in a second pass
    whole_in_first_pass: int = 0  # kept whole without a second fetch (the first pass held it all)
    #: read to the end from their text parts only (BODYSTRUCTURE, then ``BODY.PEEK[n]``): no attachment
    text_parts_read: int = 0
    #: ... of which set aside by the quick look on their whole text, never MIME-parsed
    text_parts_set_aside: int = 0
    #: UIDs of the messages MIME-parsed (first pass, text parts or whole): the expensive path, which
    #: the quick look spares most mail (issue 14; ``bench/sync.py`` reports the share)
    parsed_uids: list[int] = field(default_factory=list)
    unreadable: int = 0
    unchanged: bool = False  # skipped by the no-change check
    uidvalidity_reset: bool = False
    stopped: bool = False
    last_uid: int = 0
    timings: dict[str, float] = field(default_factory=dict)

    def add_time(self, phase: str, seconds: float) -> None:
        self.timings[phase] = self.timings.get(phase, 0.0) + seconds


# -- the pure part (runs in worker processes too) ----------------------------------------------

@dataclass(frozen=True)
class Verdict:
    parsed: ParsedMessage
    classification: Classification
    unreadable: bool = False
    complete: bool = False  # the first pass held the whole message: parsed in full, no second fetch
    # A person's mail of which only the beginning was read, with nothing found there: the rest may
    # hold a P.S., so it is fetched whole and classified again (the safety net reads all of it).
    read_rest: bool = False
    mime_parsed: bool = False  # this verdict came from a MIME parse (not from the quick look)


UNREADABLE = Classification(is_request=False, needs_review=True,
                            evidence=("not understood as an email: kept for a person to look at",))
CLASSIFIER_FAILED = Classification(is_request=False, needs_review=True,
                                   evidence=("the classifier failed on this message; please review it",))
PREFILTERED = Classification(is_request=False, evidence=("pre-filter: no sign of a privacy request",))
_PLACEHOLDER = ParsedMessage(message_id=None, subject="", sender=Address("", ""))
_KNOWN = Classification(is_request=False, evidence=("already stored",))


def _classify(parsed: ParsedMessage, profile: CompanyProfile, *, use_prefilter: bool) -> Classification:
    from privacydesk.domain.classify import classify
    from privacydesk.domain.prescreen import may_need_a_person

    try:
        if use_prefilter and not may_need_a_person(parsed, profile):
            return _prefiltered(parsed, profile)
        return classify(parsed, profile)
    except Exception:  # a classifier bug must not lose a message: keep it for a person
        log.exception("classifier failed on a message; kept for review")
        return CLASSIFIER_FAILED


def _prefiltered(parsed: ParsedMessage, profile: CompanyProfile) -> Classification:
    """The verdict for mail the pre-filter rejected, keeping the automated kind (bounce, auto-reply,
    list) so that it is counted as such, as a file import would."""
    from privacydesk.domain import classify as classifier
    from privacydesk.domain.classify_automated import detect_automated

    kind, evidence = detect_automated(parsed, own_domains=classifier.own_list_tokens(profile))
    if kind is None:
        return PREFILTERED
    return Classification(is_request=False, automated=kind, evidence=(*evidence, *PREFILTERED.evidence))


def is_complete(header: bytes, text: bytes, size: int) -> bool:
    """Did the first pass bring the whole message? (``BODY[HEADER]`` + ``BODY[TEXT]`` is the whole
    message, RFC 3501; the text is complete when the server sent less than the prefix asked for.)
    Most mail, and most privacy requests, are this small: they need no second FETCH."""
    return len(text) < TEXT_PREFIX_BYTES and size == len(header) + len(text)


def judge_first_pass(header: bytes, text: bytes, size: int, received: datetime | None,
                     profile: CompanyProfile) -> Verdict:
    """Parse and classify the first pass of one message (pure; never raises).

    Mail the quick look surely rules out is not MIME-parsed at all (most of a mailbox); its verdict
    is marked incomplete, so if threading wants it after all, the whole message is fetched and parsed.
    """
    own = _own_domains(profile)
    light = surely_not_request(header, text, size=size, received=received, own_domains=own)
    if light is not None:
        return Verdict(light, _prefiltered(light, profile), complete=False)
    if size > len(header) + len(text):
        # Only its beginning was read, and nothing there: read the rest of its text (``_read_text_parts``)
        # and look again, before any MIME parse.
        so_far = nothing_so_far(header, text, size=size, received=received, own_domains=own)
        if so_far is not None:
            return Verdict(so_far, _prefiltered(so_far, profile), complete=False, read_rest=True)
    if is_complete(header, text, size):
        result = parse_message(header + text, received=received)
    else:
        result = parse_partial(header, text, size=size, received=received)
    complete = not result.message.partial
    if not result.understood:
        return Verdict(result.message, UNREADABLE, unreadable=True, complete=complete, mime_parsed=True)
    verdict = _classify(result.message, profile, use_prefilter=True)
    read_rest = (not complete and verdict.automated is None and not verdict.is_request
                 and not verdict.needs_review and "sender:own-address" not in verdict.evidence)
    return Verdict(result.message, verdict, complete=complete, read_rest=read_rest, mime_parsed=True)


_OWN_DOMAINS: dict[int, tuple[CompanyProfile, tuple[str, ...]]] = {}


def _own_domains(profile: CompanyProfile) -> tuple[str, ...]:
    """``own_list_tokens(profile)``, once per profile (the first pass asks for every message)."""
    hit = _OWN_DOMAINS.get(id(profile))
    if hit is None or hit[0] is not profile:
        from privacydesk.domain.classify_automated import own_list_tokens

        _OWN_DOMAINS.clear()
        hit = _OWN_DOMAINS[id(profile)] = (profile, own_list_tokens(profile))
    return hit[1]


def judge_beginning(head: bytes, size: int, received: datetime | None, profile: CompanyProfile,
                    limit: int) -> Verdict:
    """Parse and classify only the beginning of a message above the maximum message size."""
    reason = (f"it is larger than the maximum message size ({size // (1024 * 1024)} MB; the limit is "
              f"{limit // (1024 * 1024)} MB), so only its beginning was read")
    result = parse_beginning(head, size=size, received=received, reason=reason)
    if not result.understood:
        return Verdict(result.message, UNREADABLE, unreadable=True)
    return Verdict(result.message, _classify(result.message, profile, use_prefilter=False))


def judge_full(raw: bytes, received: datetime | None, profile: CompanyProfile) -> Verdict:
    """Parse and classify a whole message (pure; never raises)."""
    result = parse_message(raw, received=received)
    if not result.understood:
        return Verdict(result.message, UNREADABLE, unreadable=True, mime_parsed=True)
    return Verdict(result.message, _classify(result.message, profile, use_prefilter=False), mime_parsed=True)


def judge_text_parts(head: bytes, body: bytes, raw: bytes, size: int, received: datetime | None,
                     profile: CompanyProfile) -> Verdict:
    """A message read to the end from its text parts (``imapparts``): the quick look on all of its
    text (``head``/``body`` from ``text_for_look``), and only if that does not set it aside, the
    parse and classification of the rebuilt message ``raw`` (pure; never raises)."""
    light = look_at_text_parts(head, body, size=size, received=received, own_domains=_own_domains(profile))
    if light is not None:
        return Verdict(light, _prefiltered(light, profile), complete=False)
    return judge_full(raw, received, profile)


_Job = tuple[int, bytes, bytes, int, "datetime | None"]
_worker_profile: CompanyProfile | None = None


def _init_worker(profile: CompanyProfile) -> None:
    global _worker_profile
    _worker_profile = profile
    logging.getLogger("imapclient").setLevel(logging.INFO)


def _worker() -> CompanyProfile:
    profile = _worker_profile
    assert profile is not None, "worker not initialised"
    return profile


def _judge_chunk(jobs: list[_Job]) -> tuple[list[tuple[int, Verdict]], float]:
    """First passes, judged in a worker; with the worker's CPU seconds (the sync's timers)."""
    started = time.process_time()
    profile = _worker()
    out = [(uid, judge_first_pass(h, t, size, rec, profile)) for uid, h, t, size, rec in jobs]
    return out, time.process_time() - started


#: A whole message (or its text rebuilt from its text parts): uid, raw bytes, received, and for a
#: rebuilt one the quick look's (head, body, size) from ``text_for_look`` — looked at again, on all
#: of its text, before any parse (``judge_text_parts``).
_Whole = tuple[int, bytes, "datetime | None", "tuple[bytes, bytes, int] | None"]


def _judge_whole(job: _Whole, profile: CompanyProfile) -> Verdict:
    _uid, raw, received, look = job
    if look is None:
        return judge_full(raw, received, profile)
    head, body, size = look
    return judge_text_parts(head, body, raw, size, received, profile)


def _judge_wholes(jobs: list[_Whole]) -> tuple[list[tuple[int, Verdict]], float]:
    """Whole messages (or their rebuilt text), judged in a worker; with its CPU seconds."""
    started = time.process_time()
    profile = _worker()
    out = [(job[0], _judge_whole(job, profile)) for job in jobs]
    return out, time.process_time() - started


#: The two lanes of the worker pool: whole-message work (the batch being finished waits for it)
#: is handed to a worker before any first-pass chunk still waiting (the batches ahead).
WHOLE, FIRST = 0, 1
#: Timer names (``FolderResult.timings``): what each measures, and where.
CPU_FIRST = "judging first passes (CPU, workers)"
CPU_WHOLE = "judging whole messages and text parts (CPU, workers)"
CPU_INLINE = "judging in the sync's own thread (CPU)"


class _Lanes:
    """A process pool fed by our own dispatcher thread with two lanes (``WHOLE`` before ``FIRST``).

    At most ``workers + 1`` tasks are in the pool at once, so whole-message work waits at most for
    the chunks already running and one more, never for the first passes of the batches ahead. The
    pool's own done-callbacks only count and wake the dispatcher: submitting from the pool's
    management thread can deadlock it (CPython gh-105829).
    """

    def __init__(self, pool: ProcessPoolExecutor, workers: int) -> None:
        self._pool = pool
        self._limit = workers + 1
        self._cv = threading.Condition()
        self._lanes: tuple[deque[tuple[Future[Any], Callable[..., Any], tuple[Any, ...]]], ...] = (deque(), deque())
        self._in_flight = 0
        self._closed = False
        self.cpu = {WHOLE: 0.0, FIRST: 0.0}  # worker CPU seconds per lane
        self._thread = threading.Thread(target=self._run, name="privacydesk-judges", daemon=True)
        self._thread.start()

    def submit(self, lane: int, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        outer: Future[Any] = Future()
        with self._cv:
            if self._closed:
                raise BrokenProcessPool("the parser pool is closed")
            self._lanes[lane].append((outer, fn, args))
            self._cv.notify()
        return outer

    def _run(self) -> None:
        while True:
            with self._cv:
                while not self._closed and (self._in_flight >= self._limit or not any(self._lanes)):
                    self._cv.wait()
                if self._closed:
                    return
                lane = WHOLE if self._lanes[WHOLE] else FIRST
                outer, fn, args = self._lanes[lane].popleft()
                self._in_flight += 1
            if not outer.set_running_or_notify_cancel():
                self._finished(lane, None, None)
                continue
            try:
                inner = self._pool.submit(fn, *args)
            except Exception as exc:  # BrokenProcessPool, or the pool shut down under us
                outer.set_exception(exc)
                self._finished(lane, None, None)
                continue
            inner.add_done_callback(functools.partial(self._finished, lane, outer))

    def _finished(self, lane: int, outer: Future[Any] | None, inner: Future[Any] | None) -> None:
        with self._cv:
            self._in_flight -= 1
            self._cv.notify()
        if outer is None or inner is None:
            return
        if inner.cancelled():  # the pool was shut down (``close``)
            outer.set_exception(CancelledError())
            return
        exc = inner.exception()
        if exc is not None:
            outer.set_exception(exc)
            return
        result, cpu = inner.result()
        with self._cv:
            self.cpu[lane] += cpu
        outer.set_result(result)

    def close(self) -> None:
        with self._cv:
            self._closed = True
            waiting = [item for lane in self._lanes for item in lane]
            for lane in self._lanes:
                lane.clear()
            self._cv.notify_all()
        for outer, _, _ in waiting:
            outer.cancel()
        self._thread.join()


@dataclass
class _Handle:
    """A batch handed to the judges: the jobs, and either futures or the finished verdicts."""

    jobs: list[_Job]
    futures: list[Future[list[tuple[int, Verdict]]]]
    done: list[tuple[int, Verdict]] | None = None


class _Judges:
    """Judges messages inline or in a process pool (created on first need, reused), with a lane
    of its own for whole messages (``_Lanes``)."""

    def __init__(self, profile: CompanyProfile, options: SyncOptions) -> None:
        self.profile = profile
        self.options = options
        self._pool: ProcessPoolExecutor | None = None
        self._lanes: _Lanes | None = None
        self._broken = False
        self._workers = options.workers if options.workers is not None else default_workers()
        self._inline_cpu = 0.0
        self._closed_cpu = {WHOLE: 0.0, FIRST: 0.0}  # of pools given up or closed

    def use_pool(self, count: int) -> bool:
        if self._workers < 1 or (self.options.workers is None and (os.cpu_count() or 1) < 2):
            return False  # asked to judge here, or one core: a worker would only take turns with us
        return self._pool is not None or self.options.workers is not None or count >= self.options.parallel_min

    def cpu_seconds(self) -> dict[str, float]:
        """Worker CPU per lane and this thread's inline judging, since the engine started."""
        live = self._lanes.cpu if self._lanes is not None else {WHOLE: 0.0, FIRST: 0.0}
        return {CPU_INLINE: self._inline_cpu, CPU_FIRST: self._closed_cpu[FIRST] + live[FIRST],
                CPU_WHOLE: self._closed_cpu[WHOLE] + live[WHOLE]}

    def submit(self, jobs: list[_Job], parallel: bool) -> _Handle:
        if not parallel or not jobs or self._broken:
            return _Handle(jobs, [], self._inline(jobs))
        lanes = self._ensure_pool()
        # Small chunks: a whole message waits for at most a chunk or two (see ``_Lanes``).
        step = max(8, min(50, -(-len(jobs) // (self._workers * 4))))
        try:
            return _Handle(jobs, [lanes.submit(FIRST, _judge_chunk, jobs[i:i + step])
                                  for i in range(0, len(jobs), step)])
        except BrokenProcessPool:
            self._give_up_pool()
            return _Handle(jobs, [], self._inline(jobs))

    def collect(self, handle: _Handle) -> dict[int, Verdict]:
        if handle.done is not None:
            return dict(handle.done)
        out: dict[int, Verdict] = {}
        try:
            for future in handle.futures:
                out.update(future.result())
        except (BrokenProcessPool, CancelledError):
            self._give_up_pool()
            return dict(self._inline(handle.jobs))
        return out

    def submit_wholes(self, jobs: list[_Whole]) -> list[Future[list[tuple[int, Verdict]]]] | dict[int, Verdict]:
        """Judge whole messages (or their rebuilt text) in the whole-message lane when the pool is
        running, else right here (the answer is then already there)."""
        if not jobs:
            return {}
        if self._lanes is None or self._broken:
            return self._inline_wholes(jobs)
        step = max(1, min(8, -(-len(jobs) // (self._workers * 2))))
        try:
            return [self._lanes.submit(WHOLE, _judge_wholes, jobs[i:i + step]) for i in range(0, len(jobs), step)]
        except BrokenProcessPool:
            self._give_up_pool()
            return self._inline_wholes(jobs)

    def wholes_done(self, pending: list[Future[list[tuple[int, Verdict]]]] | dict[int, Verdict],
                    jobs: list[_Whole]) -> dict[int, Verdict]:
        if isinstance(pending, dict):
            return pending
        out: dict[int, Verdict] = {}
        try:
            for future in pending:
                out.update(future.result())
        except (BrokenProcessPool, CancelledError):
            self._give_up_pool()
            return self._inline_wholes(jobs)
        return out

    def _give_up_pool(self) -> None:
        # A worker died (killed, out of memory, a crash in C code on hostile input): judge in this
        # process instead, so no message is lost; no new pool for the rest of this sync.
        if not self._broken:
            log.warning("a parser process died; parsing continues in this process")
        self._broken = True
        self.close()

    def _inline(self, jobs: list[_Job]) -> list[tuple[int, Verdict]]:
        started = time.thread_time()
        out = [(uid, judge_first_pass(h, t, size, rec, self.profile)) for uid, h, t, size, rec in jobs]
        self._inline_cpu += time.thread_time() - started
        return out

    def _inline_wholes(self, jobs: list[_Whole]) -> dict[int, Verdict]:
        started = time.thread_time()
        out = {job[0]: _judge_whole(job, self.profile) for job in jobs}
        self._inline_cpu += time.thread_time() - started
        return out

    def _ensure_pool(self) -> _Lanes:
        if self._lanes is None:
            # forkserver, not fork: the window runs the sync in a QThread, and forking a process with
            # threads can deadlock the child. Workers start from a clean interpreter.
            context = multiprocessing.get_context("forkserver")
            # ``mail.warm`` builds the classifier's data and anchors in the fork server: workers start warm.
            context.set_forkserver_preload(["privacydesk.mail.sync", "privacydesk.mail.warm"])
            self._pool = ProcessPoolExecutor(max_workers=self._workers, mp_context=context,
                                             initializer=_init_worker, initargs=(self.profile,))
            self._lanes = _Lanes(self._pool, self._workers)
        return self._lanes

    def close(self) -> None:
        if self._lanes is not None:
            self._lanes.close()
            for lane, seconds in self._lanes.cpu.items():
                self._closed_cpu[lane] += seconds
            self._lanes = None
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def default_workers() -> int:
    """Judging processes: the cores left when the sync's own process (network, database) has one."""
    return max(1, (os.cpu_count() or 1) - 1)


# -- the network lane ------------------------------------------------------------------------------

URGENT, AHEAD = 0, 1


class _Network:
    """Every IMAP command of a folder's batches, on one thread of its own: one connection is one
    conversation, and the sync's own thread stays free to judge and store while the server sends.

    Two priorities: ``URGENT`` (what the batch being finished needs: its text parts, its whole
    messages) goes before ``AHEAD`` (the first passes of the batches ahead). Each call's wall time
    is added to ``timings`` under its label. Errors reach whoever waits for the answer, as if the
    call had been made there. ``close`` cancels what has not started and waits for the call in
    progress (an ``interrupt`` ends a blocked read at once), so the connection is never used by two
    threads.
    """

    def __init__(self) -> None:
        self._queue: queue.PriorityQueue[tuple[int, int, tuple[Future[Any], str, Callable[..., Any],
                                                          tuple[Any, ...]] | None]] = queue.PriorityQueue()
        self._order = itertools.count()
        self.timings: dict[str, float] = {}
        self.cpu = 0.0  # this thread's CPU (TLS, reading the server's answers)
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="privacydesk-imap", daemon=True)
        self._thread.start()

    def submit(self, priority: int, label: str, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        future: Future[Any] = Future()
        if self._closed:
            future.set_exception(RuntimeError("the network lane is closed"))
            return future
        self._queue.put((priority, next(self._order), (future, label, fn, args)))
        return future

    def _run(self) -> None:
        started_cpu = time.thread_time()
        try:
            while True:
                _, _, job = self._queue.get()
                if job is None:
                    return
                future, label, fn, args = job
                if not future.set_running_or_notify_cancel():
                    continue
                started = time.perf_counter()
                try:
                    result = fn(*args)
                except BaseException as exc:  # handed to the waiting thread, raised there
                    future.set_exception(exc)
                else:
                    future.set_result(result)
                finally:
                    self.timings[label] = self.timings.get(label, 0.0) + time.perf_counter() - started
        finally:
            self.cpu = time.thread_time() - started_cpu

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        while True:  # cancel what has not started
            try:
                _, _, job = self._queue.get_nowait()
            except queue.Empty:
                break
            if job is not None:
                job[0].cancel()
        self._queue.put((-1, -1, None))
        self._thread.join()


class _Wholes:
    """The whole messages a batch keeps: fetched in groups (``SyncOptions.full_group_bytes``) on the
    network thread, at most two groups ahead of the one being stored so memory stays bounded, each
    group judged in the workers' whole-message lane as soon as it is here."""

    def __init__(self, engine: SyncEngine, network: _Network, result: FolderResult, groups: list[list[int]],
                 by_uid: dict[int, FirstPass]) -> None:
        self._engine = engine
        self._network = network
        self._result = result
        self._groups = groups
        self._by_uid = by_uid
        self._group_of = {uid: i for i, group in enumerate(groups) for uid in group}
        self._fetching: dict[int, Future[dict[int, bytes]]] = {}
        self._judging: dict[int, tuple[list[_Whole], Any]] = {}
        self._raws: dict[int, bytes] = {}
        self._verdicts: dict[int, Verdict] = {}
        for index in range(min(2, len(groups))):
            self._fetch(index)

    def has(self, uid: int) -> bool:
        return uid in self._group_of

    def _fetch(self, index: int) -> None:
        if index < len(self._groups) and index not in self._fetching:
            self._fetching[index] = self._network.submit(URGENT, NET_WHOLE, self._engine.source.fetch_full,
                                                         self._groups[index])

    def _arrive(self, index: int) -> None:
        if index in self._judging or index not in self._fetching:
            return
        fetched = _wait(self._fetching[index], self._result, T_WAIT_NET)
        self._fetch(index + 2)
        self._raws.update(fetched)
        jobs: list[_Whole] = [(uid, raw, self._by_uid[uid].internaldate, None) for uid, raw in fetched.items()
                              if raw and uid in self._by_uid]
        self._judging[index] = (jobs, self._engine._judges.submit_wholes(jobs))

    def take(self, uid: int) -> tuple[bytes | None, Verdict | None]:
        """The whole message (None if it was expunged meanwhile) and its verdict."""
        index = self._group_of[uid]
        self._arrive(index)
        following = self._fetching.get(index + 1)
        if following is not None and following.done():
            self._arrive(index + 1)  # its judging starts while this group is stored
        jobs, pending = self._judging[index]
        if pending is not None:
            t = time.perf_counter()
            self._verdicts.update(self._engine._judges.wholes_done(pending, jobs))
            self._result.add_time(T_WAIT_JUDGES, time.perf_counter() - t)
            self._judging[index] = (jobs, None)
        return self._raws.pop(uid, None), self._verdicts.pop(uid, None)


# -- the engine --------------------------------------------------------------------------------

#: Timer names (``FolderResult.timings``). ``sync thread: …`` are wall-clock phases of the thread
#: that runs ``sync_folder`` (they add up to its time, but for small bookkeeping); the network
#: thread and the workers run meanwhile, and their lines say whether they count wall or CPU time.
T_STATUS = "sync thread: status and search (wall)"
T_DEDUP = "sync thread: checking what is already stored (wall, database)"
T_JUDGE_HERE = "sync thread: judging here or handing to the workers (wall)"
T_WAIT_NET = "sync thread: waiting for the network (wall)"
T_WAIT_JUDGES = "sync thread: waiting for the workers' verdicts (wall)"
T_TEXT_PLAN = "sync thread: planning text-part reads (wall)"
T_CHOOSE = "sync thread: deciding what to fetch whole (wall, database)"
T_STORE = "sync thread: storing (wall, database)"
T_SYNC_CPU = "sync thread CPU (CPU)"
T_STORE_CPU = "sync thread CPU: storing (CPU)"
NET_FIRST = "network thread: first passes (wall)"
NET_TEXT = "network thread: structure and text parts (wall)"
NET_WHOLE = "network thread: whole messages (wall)"
NET_PIECES = "network thread: large messages in pieces (wall)"
NET_CPU = "network thread CPU (CPU)"

#: First passes fetched ahead of the batch being finished (memory: ≈ batch × 10 KiB each).
LOOKAHEAD = 2


@dataclass
class _Batch:
    uids: list[int]
    fetched: Future[list[FirstPass]]
    last: bool
    first: list[FirstPass] = field(default_factory=list)
    fingerprints: dict[int, str] = field(default_factory=dict)
    known: set[int] = field(default_factory=set)
    handle: _Handle | None = None


def _wait(future: Future[Any], result: FolderResult, timer: str) -> Any:
    started = time.perf_counter()
    try:
        return future.result()
    finally:
        result.add_time(timer, time.perf_counter() - started)


class SyncEngine:
    """Syncs folders from one ``MailSource`` into one ``SyncSink``. Call ``close()`` when done.

    A folder's batches flow through a pipeline: the network thread (``_Network``) fetches the first
    passes of the batches ahead while this thread finishes the current one; the workers
    (``_Judges``) judge the next batches' first passes meanwhile, and the current batch's whole
    messages and text parts in a lane of their own; this thread checks what is stored, decides
    what to fetch whole and commits, batch after batch in UID order.
    """

    def __init__(self, source: MailSource, sink: SyncSink, profile: CompanyProfile,
                 options: SyncOptions | None = None, *, progress: Progress | None = None,
                 should_stop: Callable[[], bool] | None = None) -> None:
        self.source = source
        self.sink = sink
        self.profile = profile
        self.options = options or SyncOptions()
        self.progress = progress
        self.should_stop = should_stop or (lambda: False)
        self._judges = _Judges(profile, self.options)
        self._spool: Spool | None = None  # for messages fetched in pieces (``_fetch_in_pieces``)

    def close(self) -> None:
        self._judges.close()
        self._drop_spool()

    def _drop_spool(self) -> None:
        if self._spool is not None:
            self._spool.close()
            self._spool = None

    def __enter__(self) -> SyncEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def sync_folders(self, folders: Iterable[str]) -> list[FolderResult]:
        return [self.sync_folder(f) for f in folders]

    def sync_folder(self, folder: str) -> FolderResult:
        result = FolderResult(folder)
        started = time.perf_counter()
        mark = self.sink.folder_mark(folder)
        before = self.source.status(folder)
        result.add_time(T_STATUS, time.perf_counter() - started)
        result.uidvalidity = before.uidvalidity
        if mark is not None and mark.uidvalidity == before.uidvalidity and _unchanged(mark, before):
            result.unchanged = True
            result.last_uid = mark.last_uid
            return result

        t = time.perf_counter()
        status = self.source.examine(folder)  # may differ from STATUS if the folder changed since
        result.uidvalidity = status.uidvalidity
        # HIGHESTMODSEQ as of *before* the search: anything changed later looks changed next time.
        # (EXAMINE reports it only after ENABLE CONDSTORE; STATUS does.)
        modseq = before.highest_modseq if before.uidvalidity == status.uidvalidity else None
        same_generation = mark is not None and mark.uidvalidity == status.uidvalidity
        result.uidvalidity_reset = mark is not None and mark.uidvalidity is not None and not same_generation
        if result.uidvalidity_reset:
            log.warning("UIDVALIDITY of a folder changed: the folder is read again from the start "
                        "(stored messages are recognised and not duplicated)")
        last_uid = mark.last_uid if (mark is not None and same_generation) else 0
        uids = self.source.uids_after(last_uid)
        result.add_time(T_STATUS, time.perf_counter() - t)
        result.total = len(uids)
        result.last_uid = last_uid
        self._report(result)
        if not uids:
            # Record the generation (and modseq) so the next run can take the no-change path.
            self._store(folder, status, [], last_uid, modseq, result)
            return result

        parallel = self._judges.use_pool(len(uids))
        size = max(1, min(self.options.batch_size, MAX_BATCH))
        chunks = [uids[start:start + size] for start in range(0, len(uids), size)]
        cpu_before = self._judges.cpu_seconds()
        thread_cpu = time.thread_time()
        network = _Network()
        ahead: deque[_Batch] = deque()
        try:
            queued = 0
            while queued < len(chunks) or ahead:
                while queued < len(chunks) and len(ahead) <= LOOKAHEAD:
                    chunk = chunks[queued]
                    queued += 1
                    ahead.append(_Batch(chunk, network.submit(AHEAD, NET_FIRST, self.source.fetch_first_pass, chunk),
                                        last=queued == len(chunks)))
                if self.should_stop():
                    result.stopped = True
                    break
                self._judge_ahead(ahead, parallel, result, wait=True)
                batch = ahead.popleft()
                self._finish(folder, status, batch, modseq, result, network, ahead, parallel)
        finally:
            network.close()
            for abandoned in ahead:  # stopped or failed: the batches ahead are not judged for nothing
                for future in abandoned.handle.futures if abandoned.handle is not None else ():
                    future.cancel()
            for label, seconds in network.timings.items():
                result.add_time(label, seconds)
            result.add_time(NET_CPU, network.cpu)
            result.add_time(T_SYNC_CPU, time.thread_time() - thread_cpu)
            for label, seconds in self._judges.cpu_seconds().items():
                if seconds - cpu_before.get(label, 0.0) > 0:
                    result.add_time(label, seconds - cpu_before.get(label, 0.0))
        return result

    # -- phases ----------------------------------------------------------------------------------
    def _judge_ahead(self, ahead: deque[_Batch], parallel: bool, result: FolderResult, *,
                     wait: bool = False) -> None:
        """Hand the first passes that have arrived to the judges, in order (the workers take them
        while this thread finishes the batch before). ``wait``: the first batch's must arrive."""
        for index, batch in enumerate(ahead):
            if batch.handle is not None:
                continue
            if not (index == 0 and wait) and (not parallel or not batch.fetched.done()):
                return  # in order; and without workers, judging ahead only delays this batch
            first: list[FirstPass] = _wait(batch.fetched, result, T_WAIT_NET)
            t = time.perf_counter()
            fingerprints = {fp.uid: fingerprint_parts(fp.header, fp.text) for fp in first}
            known_fps = self.sink.known_fingerprints(list(fingerprints.values()))
            batch.first, batch.fingerprints = first, fingerprints
            batch.known = {uid for uid, f in fingerprints.items() if f in known_fps}
            result.add_time(T_DEDUP, time.perf_counter() - t)
            t = time.perf_counter()
            jobs: list[_Job] = [(fp.uid, fp.header, fp.text, fp.size, fp.internaldate)
                                for fp in first if fp.uid not in batch.known]
            batch.handle = self._judges.submit(jobs, parallel)
            result.add_time(T_JUDGE_HERE, time.perf_counter() - t)

    def _finish(self, folder: str, status: FolderStatus, batch: _Batch, folder_modseq: int | None,
                result: FolderResult, network: _Network, ahead: deque[_Batch], parallel: bool) -> None:
        assert batch.handle is not None
        t = time.perf_counter()
        verdicts = self._judges.collect(batch.handle)
        result.add_time(T_WAIT_JUDGES if batch.handle.done is None else T_JUDGE_HERE, time.perf_counter() - t)
        self._judge_ahead(ahead, parallel, result)
        parsed = {uid for uid, v in verdicts.items() if v.mime_parsed}

        parsed |= self._read_text_parts(batch, verdicts, result, network)
        self._judge_ahead(ahead, parallel, result)
        t = time.perf_counter()
        full_uids = self._choose_full(batch, verdicts)
        result.add_time(T_CHOOSE, time.perf_counter() - t)
        by_uid = {fp.uid: fp for fp in batch.first}
        whole_already = {uid for uid in full_uids if verdicts[uid].complete}
        in_pieces = {uid for uid in full_uids if uid not in whole_already
                     and by_uid[uid].size > self.options.max_parse_bytes}
        wholes = _Wholes(self, network, result,
                         self._full_groups([u for u in full_uids if u not in whole_already and u not in in_pieces],
                                           by_uid), by_uid)
        pieces = {uid: network.submit(URGENT, NET_PIECES, self._fetch_in_pieces, uid, by_uid[uid].size)
                  for uid in sorted(in_pieces)}

        items: list[SyncedMessage] = []
        held = 0
        # The folder's modseq is saved only with its last batch; before that 0 ("not verified", real
        # mod-sequences are >= 1) so an interrupted sync never passes the no-change check.
        modseq = (folder_modseq if batch.last else 0) if folder_modseq is not None else None
        for fp in batch.first:
            uid = fp.uid
            fprint = batch.fingerprints[uid]
            if uid in batch.known:
                items.append(SyncedMessage(uid, fprint, _PLACEHOLDER, _KNOWN, received=fp.internaldate,
                                           known=True))
                result.known += 1
                continue
            verdict = verdicts.get(uid) or Verdict(_PLACEHOLDER, CLASSIFIER_FAILED)
            raw: bytes | None = None
            raw_spool: SpooledBytes | None = None
            if uid in pieces:
                raw_spool = _wait(pieces.pop(uid), result, T_WAIT_NET)
                if raw_spool is not None:
                    verdict = judge_beginning(raw_spool.head(BEGINNING_BYTES), fp.size, fp.internaldate,
                                              self.profile, self.options.max_parse_bytes)
                    parsed.add(uid)
                    result.full_fetched += 1
            elif uid in whole_already:
                raw = fp.header + fp.text
                held += len(raw)
                result.whole_in_first_pass += 1
            elif wholes.has(uid):
                raw, whole_verdict = wholes.take(uid)
                if raw:
                    verdict = whole_verdict or judge_full(raw, fp.internaldate, self.profile)
                    result.full_fetched += 1
                    parsed.add(uid)
                    held += len(raw)
                else:
                    raw = None  # expunged between the two passes: keep what the first pass saw
            elif fp.size > self.options.max_full_bytes and self._would_want(verdict):
                verdict = replace(verdict, parsed=replace(
                    verdict.parsed, defects=(*verdict.parsed.defects,
                                             "too large to download whole: only its beginning was read")))
            if verdict.unreadable:
                result.unreadable += 1
            items.append(SyncedMessage(uid, fprint, verdict.parsed, verdict.classification, raw=raw,
                                       received=fp.internaldate, unreadable=verdict.unreadable,
                                       raw_spool=raw_spool))
            if held >= self.options.full_group_bytes:
                # Many whole messages in this batch: commit what we have (all UIDs up to here).
                self._store(folder, status, items, uid, 0 if modseq is not None else None, result)
                items, held = [], 0
        self._judge_ahead(ahead, parallel, result)
        self._store(folder, status, items, max(batch.uids), modseq, result)
        self._drop_spool()  # the batch is committed: its spool files go
        result.parsed_uids.extend(sorted(parsed))
        result.done += len(batch.uids)
        result.last_uid = max(batch.uids)
        self._report(result)

    def _read_text_parts(self, batch: _Batch, verdicts: dict[int, Verdict], result: FolderResult,
                         network: _Network) -> set[int]:
        """Read the rest of the text of mail whose first pass held only its beginning, without its
        attachments (``mail.imapparts``): its BODYSTRUCTURE, then the MIME headers of its parts and
        the content of its text parts. The verdict on all its text replaces the first pass's;
        ``_choose_full`` then fetches the whole message only if it is filed or goes to review.
        A shape that cannot be rebuilt keeps ``read_rest`` (the whole message is fetched, as before)."""
        fetch_structure = getattr(self.source, "fetch_structure", None)
        fetch_sections = getattr(self.source, "fetch_sections", None)
        if fetch_structure is None or fetch_sections is None:
            return set()
        by_uid = {fp.uid: fp for fp in batch.first}
        rest = [uid for uid, v in verdicts.items() if v.read_rest and not v.unreadable
                and uid not in batch.known and uid in by_uid
                and by_uid[uid].size <= self.options.max_full_bytes]
        if not rest:
            return set()
        structures = _wait(network.submit(URGENT, NET_TEXT, fetch_structure, rest), result, T_WAIT_NET)
        t = time.perf_counter()
        plans: dict[int, TextPlan] = {}
        for uid in rest:
            structure = structures.get(uid)
            plan = plan_text_parts(structure, max_text_bytes=self.options.max_parse_bytes,
                                   body_start=by_uid[uid].text) if structure is not None else None
            if plan is not None:
                plans[uid] = plan
        rebuilt: dict[int, bytes] = {}
        looks: dict[int, tuple[bytes, bytes, int]] = {}
        asked: list[tuple[list[int], Future[dict[int, dict[str, bytes]]]]] = []
        for sections_wanted, uids in group_by_items(plans):
            if not sections_wanted:  # no part to fetch (a lone attachment): the header says it all
                for uid in uids:
                    rebuilt[uid] = assemble(by_uid[uid].header, plans[uid], {})
                    head, body, _ = text_for_look(by_uid[uid].header, plans[uid], {})
                    looks[uid] = (head, body, by_uid[uid].size)
                continue
            for start in range(0, len(uids), 100):
                chunk = uids[start:start + 100]
                asked.append((chunk, network.submit(URGENT, NET_TEXT, fetch_sections, chunk,
                                                    plans[chunk[0]].sections)))
        result.add_time(T_TEXT_PLAN, time.perf_counter() - t)
        # Each answer is judged (in the workers' whole-message lane) as soon as it is here.
        judging: list[tuple[list[_Whole], Any]] = []

        def judge(found: dict[int, bytes]) -> None:
            jobs: list[_Whole] = [(uid, raw, by_uid[uid].internaldate, looks[uid]) for uid, raw in found.items()]
            if jobs:
                judging.append((jobs, self._judges.submit_wholes(jobs)))

        judge(rebuilt)
        for _chunk, future in asked:
            found: dict[int, bytes] = {}
            for uid, sections in _wait(future, result, T_WAIT_NET).items():
                try:
                    found[uid] = assemble(by_uid[uid].header, plans[uid], sections)
                    head, body, _ = text_for_look(by_uid[uid].header, plans[uid], sections)
                    looks[uid] = (head, body, by_uid[uid].size)
                except KeyError:  # a section missing from the answer: fetch it whole
                    found.pop(uid, None)
                    continue
            judge(found)
        t = time.perf_counter()
        parsed: set[int] = set()
        for jobs, pending in judging:
            for uid, verdict in self._judges.wholes_done(pending, jobs).items():
                fp = by_uid[uid]
                if not verdict.mime_parsed:  # the quick look on all of its text set it aside
                    verdicts[uid] = verdict
                    result.text_parts_read += 1
                    result.text_parts_set_aside += 1
                    continue
                parsed.add(uid)
                if verdict.unreadable:
                    continue  # read whole after all: the rebuilt text is not enough to give up on it
                message = replace(verdict.parsed, size=fp.size, partial=False)
                verdicts[uid] = Verdict(message, verdict.classification, complete=False, read_rest=False)
                result.text_parts_read += 1
        result.add_time(T_WAIT_JUDGES, time.perf_counter() - t)
        return parsed

    def _fetch_in_pieces(self, uid: int, size: int) -> SpooledBytes | None:
        """A message too large to hold in memory, fetched ``PIECE_BYTES`` at a time into a spool
        file (outside the data folder; removed when its batch is stored or the engine closes);
        None if it was expunged meanwhile. A source without partial fetches gives it whole.
        Runs on the network thread."""
        if self._spool is None:
            self._spool = Spool()
        spool = self._spool
        fetch_part = getattr(self.source, "fetch_part", None)
        if fetch_part is None:
            whole = self.source.fetch_full([uid]).get(uid)
            return spool.keep(whole) if whole else None
        writer = spool.writer(memory_limit=0)
        offset = 0
        while True:  # RFC822.SIZE may be wrong: a short piece ends it
            piece = fetch_part(uid, offset, PIECE_BYTES)
            if piece is None:
                return None
            if not piece:
                break
            writer.write(piece)
            offset += len(piece)
            if len(piece) < PIECE_BYTES:
                break
        finished = writer.finish()
        if isinstance(finished, bytes):
            return spool.keep(finished) if finished else None
        return finished

    def _store(self, folder: str, status: FolderStatus, items: list[SyncedMessage], last_uid: int,
               modseq: int | None, result: FolderResult) -> None:
        t, cpu = time.perf_counter(), time.thread_time()
        self.sink.store(folder, status.uidvalidity, items, last_uid=last_uid, highest_modseq=modseq)
        result.add_time(T_STORE, time.perf_counter() - t)
        result.add_time(T_STORE_CPU, time.thread_time() - cpu)

    def _would_want(self, verdict: Verdict) -> bool:
        c = verdict.classification
        return verdict.unreadable or c.is_request or c.needs_review

    def _choose_full(self, batch: _Batch, verdicts: dict[int, Verdict]) -> list[int]:
        """UIDs whose whole message must be fetched: what ``wants_full`` says, unreadable mail, and
        replies to a message of this same batch that is itself fetched whole (the store does not
        know that thread yet)."""
        eligible: list[tuple[FirstPass, Verdict]] = []
        for fp in batch.first:
            verdict = verdicts.get(fp.uid)
            if fp.uid in batch.known or verdict is None or fp.size > self.options.max_full_bytes:
                continue
            eligible.append((fp, verdict))
        asked = [(fp.uid, v) for fp, v in eligible if not v.unreadable]
        answers = self.sink.wants_full([(v.parsed, v.classification) for _, v in asked]) if asked else []
        wanted = {uid for (uid, _), yes in zip(asked, answers, strict=True) if yes}
        chosen: list[int] = []
        thread_ids: set[str] = set()
        for fp, verdict in eligible:
            parsed = verdict.parsed
            want = verdict.unreadable or verdict.read_rest or fp.uid in wanted
            if not want and thread_ids:
                refs = {r for r in (parsed.in_reply_to, *parsed.references) if r}
                want = bool(refs & thread_ids)
            if want:
                chosen.append(fp.uid)
                if parsed.message_id:
                    thread_ids.add(parsed.message_id)
        return chosen

    def _full_groups(self, uids: list[int], by_uid: dict[int, FirstPass]) -> list[list[int]]:
        groups: list[list[int]] = []
        current: list[int] = []
        size = 0
        for uid in uids:
            msg_size = by_uid[uid].size
            if current and (size + msg_size > self.options.full_group_bytes or len(current) >= 50):
                groups.append(current)
                current, size = [], 0
            current.append(uid)
            size += msg_size
        if current:
            groups.append(current)
        return groups

    def _report(self, result: FolderResult) -> None:
        if self.progress is not None:
            self.progress(result.done, result.total, result.folder)


def _unchanged(mark: FolderMark, status: FolderStatus) -> bool:
    """Nothing new since the mark? CONDSTORE's HIGHESTMODSEQ (unchanged = nothing at all changed), or
    UIDNEXT not past the mark (new mail always gets a higher UID)."""
    if mark.highest_modseq and status.highest_modseq is not None \
            and mark.highest_modseq == status.highest_modseq:
        return True
    return status.uidnext is not None and status.uidnext <= mark.last_uid + 1
