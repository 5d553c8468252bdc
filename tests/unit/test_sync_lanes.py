"""The sync's judging lanes (issue 14): whole-message work — what the batch being finished waits
for — is handed to a worker before the first passes of the batches ahead, and the pool never holds
more than ``workers + 1`` tasks, so it waits at most for the chunks already there.

A fake pool stands in for the process pool (a unit test of ``mail.sync._Lanes`` alone); it records
what it was given and the test finishes the tasks one by one, so the order is exact. The dispatcher
runs on its own thread: the test waits for each hand-over on a condition, never with a sleep.
"""

from __future__ import annotations

import threading
from concurrent.futures import CancelledError, Future
from typing import Any

import pytest

from privacydesk.mail.sync import FIRST, WHOLE, _Lanes


class FakePool:
    def __init__(self) -> None:
        self.given: list[tuple[str, Future[Any]]] = []
        self.changed = threading.Condition()

    def submit(self, fn: Any, *args: Any) -> Future[Any]:
        future: Future[Any] = Future()
        with self.changed:
            self.given.append((args[0], future))
            self.changed.notify_all()
        return future

    def wait_for(self, count: int) -> list[str]:
        with self.changed:
            assert self.changed.wait_for(lambda: len(self.given) >= count, timeout=10), self.names()
            return self.names()

    def names(self) -> list[str]:
        return [name for name, _ in self.given]

    def finish(self, name: str, cpu: float = 0.5) -> None:
        future = dict(self.given)[name]
        future.set_result((f"verdict of {name}", cpu))


def test_whole_messages_overtake_the_first_passes_waiting() -> None:
    pool = FakePool()
    lanes = _Lanes(pool, workers=1)  # type: ignore[arg-type]
    try:
        firsts = [lanes.submit(FIRST, print, f"first {i}") for i in range(6)]
        assert pool.wait_for(2) == ["first 0", "first 1"]  # workers + 1 in the pool, no more
        whole = lanes.submit(WHOLE, print, "whole")
        pool.finish("first 0")
        assert pool.wait_for(3) == ["first 0", "first 1", "whole"]  # not "first 2"
        pool.finish("whole")
        assert whole.result(timeout=10) == "verdict of whole"
        assert pool.wait_for(4)[-1] == "first 2"
        pool.finish("first 1")
        assert pool.wait_for(5)[-1] == "first 3"
        assert firsts[0].result(timeout=10) == "verdict of first 0"
        assert lanes.cpu == {WHOLE: 0.5, FIRST: 1.0}  # what the workers spent, lane by lane
    finally:
        lanes.close()
    with pytest.raises(CancelledError):
        firsts[5].result(timeout=10)  # never handed over: cancelled by ``close``


def test_a_failed_task_reaches_whoever_waits_for_it() -> None:
    pool = FakePool()
    lanes = _Lanes(pool, workers=2)  # type: ignore[arg-type]
    try:
        job = lanes.submit(FIRST, print, "first 0")
        pool.wait_for(1)
        dict(pool.given)["first 0"].set_exception(RuntimeError("worker died"))
        with pytest.raises(RuntimeError, match="worker died"):
            job.result(timeout=10)
        assert lanes.submit(FIRST, print, "first 1") is not None  # the lane still hands out work
        assert pool.wait_for(2)[-1] == "first 1"
    finally:
        lanes.close()
