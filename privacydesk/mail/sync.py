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
   Gmail label, a resume after a crash, a UIDVALIDITY reset) skip parsing and only gain a location;
   the rest are parsed (``parse_partial``), pre-filtered and classified — in worker processes for a
   big folder, overlapping with the next batch's fetch; the whole message (``BODY.PEEK[]``) is fetched
   only when ``wants_full`` says so (a request, a maybe, a follow-up, or unreadable mail), then parsed
   and classified again on the full text.
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

import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Protocol

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
    #: Worker processes for parsing (None: one per CPU, when there are at least ``parallel_min``
    #: messages to parse; 0 or 1: parse in this process).
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


def _judge_full_job(raw: bytes, received: datetime | None) -> Verdict:
    profile = _worker_profile
    assert profile is not None, "worker not initialised"
    return judge_full(raw, received, profile)


def _judge_text_parts_job(head: bytes, body: bytes, raw: bytes, size: int, received: datetime | None) -> Verdict:
    profile = _worker_profile
    assert profile is not None, "worker not initialised"
    return judge_text_parts(head, body, raw, size, received, profile)


def _judge_chunk(jobs: list[_Job]) -> list[tuple[int, Verdict]]:
    profile = _worker_profile
    assert profile is not None, "worker not initialised"
    return [(uid, judge_first_pass(h, t, size, rec, profile)) for uid, h, t, size, rec in jobs]


@dataclass
class _Handle:
    """A batch handed to the parser: the jobs, and either futures or the finished verdicts."""

    jobs: list[_Job]
    futures: list[Future[list[tuple[int, Verdict]]]]
    done: list[tuple[int, Verdict]] | None = None


class _Parser:
    """Parses first passes inline or in a process pool (created on first need, reused)."""

    def __init__(self, profile: CompanyProfile, options: SyncOptions) -> None:
        self.profile = profile
        self.options = options
        self._pool: ProcessPoolExecutor | None = None
        self._broken = False
        self._workers = options.workers if options.workers is not None else (os.cpu_count() or 1)

    def use_pool(self, count: int) -> bool:
        if self._workers <= 1:
            return False
        return self._pool is not None or self.options.workers is not None or count >= self.options.parallel_min

    def submit(self, jobs: list[_Job], parallel: bool) -> _Handle:
        if not parallel or not jobs or self._broken:
            return _Handle(jobs, [], self._inline(jobs))
        pool = self._ensure_pool()
        chunks = max(1, min(len(jobs), self._workers * 2))
        step = -(-len(jobs) // chunks)
        try:
            return _Handle(jobs, [pool.submit(_judge_chunk, jobs[i:i + step])
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
        except BrokenProcessPool:
            self._give_up_pool()
            return dict(self._inline(handle.jobs))
        return out

    def submit_full(self, raw: bytes, received: datetime | None) -> Future[Verdict] | Verdict:
        """Parse a whole message in a worker when the pool is running (large attachments make this
        the slowest step of a request's first sync), else right here."""
        if self._pool is None or self._broken:
            return judge_full(raw, received, self.profile)
        try:
            return self._pool.submit(_judge_full_job, raw, received)
        except BrokenProcessPool:
            self._give_up_pool()
            return judge_full(raw, received, self.profile)

    def submit_text_parts(self, head: bytes, body: bytes, raw: bytes, size: int,
                          received: datetime | None) -> Future[Verdict] | Verdict:
        """``judge_text_parts`` in a worker when the pool is running, else right here."""
        if self._pool is None or self._broken:
            return judge_text_parts(head, body, raw, size, received, self.profile)
        try:
            return self._pool.submit(_judge_text_parts_job, head, body, raw, size, received)
        except BrokenProcessPool:
            self._give_up_pool()
            return judge_text_parts(head, body, raw, size, received, self.profile)

    def result_text_parts(self, pending: Future[Verdict] | Verdict, head: bytes, body: bytes, raw: bytes,
                          size: int, received: datetime | None) -> Verdict:
        if isinstance(pending, Verdict):
            return pending
        try:
            return pending.result()
        except BrokenProcessPool:
            self._give_up_pool()
            return judge_text_parts(head, body, raw, size, received, self.profile)

    def result_full(self, pending: Future[Verdict] | Verdict, raw: bytes, received: datetime | None) -> Verdict:
        if isinstance(pending, Verdict):
            return pending
        try:
            return pending.result()
        except BrokenProcessPool:
            self._give_up_pool()
            return judge_full(raw, received, self.profile)

    def _give_up_pool(self) -> None:
        # A worker died (killed, out of memory, a crash in C code on hostile input): parse in this
        # process instead, so no message is lost; no new pool for the rest of this sync.
        if not self._broken:
            log.warning("a parser process died; parsing continues in this process")
        self._broken = True
        self.close()

    def _inline(self, jobs: list[_Job]) -> list[tuple[int, Verdict]]:
        return [(uid, judge_first_pass(h, t, size, rec, self.profile)) for uid, h, t, size, rec in jobs]

    def _ensure_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # forkserver, not fork: the window runs the sync in a QThread, and forking a process with
            # threads can deadlock the child. Workers start from a clean interpreter.
            context = multiprocessing.get_context("forkserver")
            # ``mail.warm`` builds the classifier's data and anchors in the fork server: workers start warm.
            context.set_forkserver_preload(["privacydesk.mail.sync", "privacydesk.mail.warm"])
            self._pool = ProcessPoolExecutor(max_workers=self._workers, mp_context=context,
                                             initializer=_init_worker, initargs=(self.profile,))
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


# -- the engine --------------------------------------------------------------------------------

@dataclass
class _Batch:
    uids: list[int]
    first: list[FirstPass]
    fingerprints: dict[int, str]
    known: set[int]
    handle: _Handle
    last: bool


class SyncEngine:
    """Syncs folders from one ``MailSource`` into one ``SyncSink``. Call ``close()`` when done."""

    def __init__(self, source: MailSource, sink: SyncSink, profile: CompanyProfile,
                 options: SyncOptions | None = None, *, progress: Progress | None = None,
                 should_stop: Callable[[], bool] | None = None) -> None:
        self.source = source
        self.sink = sink
        self.profile = profile
        self.options = options or SyncOptions()
        self.progress = progress
        self.should_stop = should_stop or (lambda: False)
        self._parser = _Parser(profile, self.options)
        self._spool: Spool | None = None  # for messages fetched in pieces (``_fetch_in_pieces``)

    def close(self) -> None:
        self._parser.close()
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
        result.add_time("status", time.perf_counter() - started)
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
        result.add_time("search", time.perf_counter() - t)
        result.total = len(uids)
        result.last_uid = last_uid
        self._report(result)
        if not uids:
            # Record the generation (and modseq) so the next run can take the no-change path.
            self._store(folder, status, [], last_uid, modseq, result)
            return result

        parallel = self._parser.use_pool(len(uids))
        size = max(1, min(self.options.batch_size, MAX_BATCH))
        pending: _Batch | None = None
        for start in range(0, len(uids), size):
            if self.should_stop():
                result.stopped = True
                break
            chunk = uids[start:start + size]
            batch = self._first_pass(chunk, parallel, result, last=start + size >= len(uids))
            if pending is not None:
                self._finish(folder, status, pending, modseq, result)
            pending = batch
        if pending is not None:
            self._finish(folder, status, pending, modseq, result)
        return result

    # -- phases ----------------------------------------------------------------------------------
    def _first_pass(self, uids: list[int], parallel: bool, result: FolderResult, *, last: bool) -> _Batch:
        t = time.perf_counter()
        first = self.source.fetch_first_pass(uids)
        result.add_time("fetch_first_pass", time.perf_counter() - t)
        t = time.perf_counter()
        fingerprints = {fp.uid: fingerprint_parts(fp.header, fp.text) for fp in first}
        known_fps = self.sink.known_fingerprints(list(fingerprints.values()))
        known = {uid for uid, f in fingerprints.items() if f in known_fps}
        result.add_time("dedup", time.perf_counter() - t)
        t = time.perf_counter()
        jobs: list[_Job] = [(fp.uid, fp.header, fp.text, fp.size, fp.internaldate)
                            for fp in first if fp.uid not in known]
        handle = self._parser.submit(jobs, parallel)
        result.add_time("parse_submit" if parallel else "parse", time.perf_counter() - t)
        return _Batch(uids, first, fingerprints, known, handle, last)

    def _finish(self, folder: str, status: FolderStatus, batch: _Batch, folder_modseq: int | None,
                result: FolderResult) -> None:
        t = time.perf_counter()
        verdicts = self._parser.collect(batch.handle)
        result.add_time("parse_wait", time.perf_counter() - t)
        parsed = {uid for uid, v in verdicts.items() if v.mime_parsed}

        parsed |= self._read_text_parts(batch, verdicts, result)
        t = time.perf_counter()
        full_uids = self._choose_full(batch, verdicts)
        result.add_time("wants_full", time.perf_counter() - t)
        by_uid = {fp.uid: fp for fp in batch.first}
        whole_already = {uid for uid in full_uids if verdicts[uid].complete}
        in_pieces = {uid for uid in full_uids if uid not in whole_already
                     and by_uid[uid].size > self.options.max_parse_bytes}
        groups = self._full_groups([u for u in full_uids if u not in whole_already and u not in in_pieces],
                                   by_uid)
        group_of = {uid: i for i, g in enumerate(groups) for uid in g}
        fetched_groups: set[int] = set()
        raws: dict[int, bytes] = {}
        judging: dict[int, Future[Verdict] | Verdict] = {}

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
            if uid in in_pieces:
                t = time.perf_counter()
                raw_spool = self._fetch_in_pieces(uid, fp.size)
                result.add_time("fetch_full", time.perf_counter() - t)
                if raw_spool is not None:
                    verdict = judge_beginning(raw_spool.head(BEGINNING_BYTES), fp.size, fp.internaldate,
                                              self.profile, self.options.max_parse_bytes)
                    parsed.add(uid)
                    result.full_fetched += 1
            elif uid in whole_already:
                raw = fp.header + fp.text
                held += len(raw)
                result.whole_in_first_pass += 1
            elif uid in group_of:
                index = group_of[uid]
                if index not in fetched_groups:
                    t = time.perf_counter()
                    fetched = self.source.fetch_full(groups[index])
                    fetched_groups.add(index)
                    result.add_time("fetch_full", time.perf_counter() - t)
                    raws.update(fetched)
                    for full_uid, full_raw in fetched.items():  # parse the group in the workers
                        if full_raw and full_uid in by_uid:
                            judging[full_uid] = self._parser.submit_full(full_raw, by_uid[full_uid].internaldate)
                raw = raws.pop(uid, None)
                if raw:
                    t = time.perf_counter()
                    pending = judging.pop(uid, None)
                    verdict = (self._parser.result_full(pending, raw, fp.internaldate) if pending is not None
                               else judge_full(raw, fp.internaldate, self.profile))
                    result.add_time("parse_full", time.perf_counter() - t)
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
        self._store(folder, status, items, max(batch.uids), modseq, result)
        self._drop_spool()  # the batch is committed: its spool files go
        result.parsed_uids.extend(sorted(parsed))
        result.done += len(batch.uids)
        result.last_uid = max(batch.uids)
        self._report(result)

    def _read_text_parts(self, batch: _Batch, verdicts: dict[int, Verdict], result: FolderResult) -> set[int]:
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
        t = time.perf_counter()
        structures = fetch_structure(rest)
        plans: dict[int, TextPlan] = {}
        for uid in rest:
            structure = structures.get(uid)
            plan = plan_text_parts(structure, max_text_bytes=self.options.max_parse_bytes,
                                   body_start=by_uid[uid].text) if structure is not None else None
            if plan is not None:
                plans[uid] = plan
        rebuilt: dict[int, bytes] = {}
        looks: dict[int, tuple[bytes, bytes, bool]] = {}
        for sections_wanted, uids in group_by_items(plans):
            if not sections_wanted:  # no part to fetch (a lone attachment): the header says it all
                for uid in uids:
                    rebuilt[uid] = assemble(by_uid[uid].header, plans[uid], {})
                    looks[uid] = text_for_look(by_uid[uid].header, plans[uid], {})
                continue
            for start in range(0, len(uids), 100):
                chunk = uids[start:start + 100]
                for uid, sections in fetch_sections(chunk, plans[chunk[0]].sections).items():
                    try:
                        rebuilt[uid] = assemble(by_uid[uid].header, plans[uid], sections)
                        looks[uid] = text_for_look(by_uid[uid].header, plans[uid], sections)
                    except KeyError:  # a section missing from the answer: fetch it whole
                        rebuilt.pop(uid, None)
                        continue
        result.add_time("fetch_text_parts (wall)", time.perf_counter() - t)
        t = time.perf_counter()
        # All its text is here now: the quick look again, then (only if it is not set aside) the
        # parse of the rebuilt message, in the workers.
        judging = {uid: self._parser.submit_text_parts(*looks[uid][:2], raw, by_uid[uid].size,
                                                       by_uid[uid].internaldate)
                   for uid, raw in rebuilt.items()}
        parsed: set[int] = set()
        for uid, pending in judging.items():
            fp = by_uid[uid]
            verdict = self._parser.result_text_parts(pending, *looks[uid][:2], rebuilt[uid], fp.size,
                                                     fp.internaldate)
            if verdict.mime_parsed:
                parsed.add(uid)
            else:
                verdicts[uid] = verdict
                result.text_parts_read += 1
                result.text_parts_set_aside += 1
                continue
            if verdict.unreadable:
                continue  # read whole after all: the rebuilt text is not enough to give up on it
            message = replace(verdict.parsed, size=fp.size, partial=False)
            verdicts[uid] = Verdict(message, verdict.classification, complete=False, read_rest=False)
            result.text_parts_read += 1
        result.add_time("judge_text_parts (wall)", time.perf_counter() - t)
        return parsed

    def _fetch_in_pieces(self, uid: int, size: int) -> SpooledBytes | None:
        """A message too large to hold in memory, fetched ``PIECE_BYTES`` at a time into a spool
        file (outside the data folder; removed when its batch is stored or the engine closes);
        None if it was expunged meanwhile. A source without partial fetches gives it whole."""
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
        t = time.perf_counter()
        self.sink.store(folder, status.uidvalidity, items, last_uid=last_uid, highest_modseq=modseq)
        result.add_time("store", time.perf_counter() - t)

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
