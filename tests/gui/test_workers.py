"""The task runner: results on the GUI thread, failures delivered, writes strictly one at a time."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QThread

from privacydesk.ui.workers import TaskRunner


@pytest.fixture
def runner(qtbot: Any) -> Any:
    r = TaskRunner()
    yield r
    r.shutdown()


def test_result_arrives_on_the_gui_thread(qtbot: Any, runner: TaskRunner) -> None:
    seen: dict[str, Any] = {}

    def work() -> int:
        seen["worker"] = QThread.currentThread()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["handler"] = QThread.currentThread()

    runner.read(work, done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["handler"] is QThread.currentThread()  # the test runs on the GUI thread
    assert seen["worker"] is not seen["handler"]
    assert runner.is_idle()


def test_failure_goes_to_on_failure_and_nothing_else(qtbot: Any, runner: TaskRunner) -> None:
    errors: list[BaseException] = []
    successes: list[Any] = []

    def boom() -> None:
        raise ValueError("refused: the reason")

    runner.write(boom, successes.append, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "refused: the reason"
    assert successes == []


def test_failure_without_handler_is_announced(qtbot: Any, runner: TaskRunner) -> None:
    def boom() -> None:
        raise RuntimeError("no handler")

    with qtbot.waitSignal(runner.task_failed) as blocker:
        runner.read(boom)
    assert str(blocker.args[0]) == "no handler"


def test_writes_run_one_at_a_time_in_order(qtbot: Any, runner: TaskRunner) -> None:
    lock = threading.Lock()
    running = 0
    most = 0
    order: list[int] = []

    def write(n: int) -> int:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        time.sleep(0.01)  # give a second writer a chance to overlap if the pool allowed it
        with lock:
            running -= 1
            order.append(n)
        return n

    done: list[int] = []
    for n in range(6):
        runner.write(lambda n=n: write(n), done.append)
    qtbot.waitUntil(lambda: len(done) == 6)
    assert most == 1
    assert order == list(range(6))
    assert done == list(range(6))


def test_callbacks_are_dropped_after_shutdown(qtbot: Any) -> None:
    runner = TaskRunner()
    called: list[Any] = []
    gate = threading.Event()
    runner.write(lambda: gate.wait(5), called.append)
    gate.set()
    runner.shutdown()
    qtbot.wait(50)
    assert called == []
    runner.read(lambda: 1, called.append)  # refused once shut down
    qtbot.wait(50)
    assert called == []
