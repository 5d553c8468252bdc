"""Running service calls off the GUI thread: parallel reads, one serial writer.

``TaskRunner.read(fn, ...)`` and ``TaskRunner.write(fn, ...)`` run ``fn()`` on a ``QThreadPool``
and deliver its result (or exception) to ``on_success``/``on_failure`` **on the GUI thread**
(Picard's ``run_task`` pattern, Anki's single collection writer). Writes share one pool with one
thread, so they run one after another in the order asked; reads run in parallel beside them.

Thread hand-off: the runner is one ``QObject`` living on the GUI thread. A worker emits the runner's
private ``_relay_*`` signals with the task's number; they are connected to the runner's own slots
with ``QueuedConnection``, so delivery happens on the GUI thread's event loop. No per-task QObject
exists, so nothing Qt-owned is ever garbage-collected on a worker thread. Only plain values may
travel this way — ids, dicts, frozen dataclasses, exceptions — never ORM objects or widgets
(STYLE point 3).

``TaskRunner.network(fn, ...)`` is a third lane for calls that wait on a remote server (a mail
server's "Test connection"): each runs on its own *daemon* Python thread, outside both pools, so a
server that never answers can neither hold up the database reads nor keep the application from
quitting (``QThreadPool``'s destructor waits for its tasks). Such calls must not touch the database
writer's work; they may read.

Hazard: after ``shutdown()`` the callbacks of tasks that were still running are dropped, because
the widgets they would update may be gone.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from privacydesk.ui import gcguard
from privacydesk.ui.qtcompat import emit

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], runner: TaskRunner, number: int, name: str) -> None:
        super().__init__()
        self._fn = fn
        self._runner = runner
        self._number = number
        self._name = name
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # delivered to the GUI thread; never lost in a worker
            log.debug("task %s failed: %s", self._name, type(exc).__name__)
            self._relay(self._runner._relay_failed, exc)
        else:
            self._relay(self._runner._relay_succeeded, result)

    def _relay(self, signal: Any, value: Any) -> None:
        try:
            emit(signal, self._number, value)
        except RuntimeError:  # a network-lane task outlived its runner (the window was closed)
            log.debug("task %s finished after its runner was deleted", self._name)


class TaskRunner(QObject):
    """Reads in parallel, writes one at a time; results come back on the GUI thread."""

    #: A task failed and its caller gave no ``on_failure``: the window shows the message.
    task_failed = Signal(object)
    #: True while any task is queued or running (for a busy indicator and for tests).
    busy_changed = Signal(bool)

    _relay_succeeded = Signal(int, object)
    _relay_failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None, read_threads: int = 2) -> None:
        super().__init__(parent)
        # Worker threads must never run Python's cyclic GC over Qt objects (see gcguard).
        gcguard.install()
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(max(1, read_threads))
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)  # the one writer
        self._pending: dict[int, tuple[Success | None, Failure | None, str]] = {}
        self._counter = 0
        self._closed = False
        self._relay_succeeded.connect(self._on_relay_succeeded, Qt.ConnectionType.QueuedConnection)
        self._relay_failed.connect(self._on_relay_failed, Qt.ConnectionType.QueuedConnection)

    # -- public ---------------------------------------------------------------------------------
    def read(self, fn: Callable[[], Any], on_success: Success | None = None,
             on_failure: Failure | None = None, name: str = "read") -> None:
        self._start(self._reads, fn, on_success, on_failure, name)

    def write(self, fn: Callable[[], Any], on_success: Success | None = None,
              on_failure: Failure | None = None, name: str = "write") -> None:
        self._start(self._writes, fn, on_success, on_failure, name)

    def network(self, fn: Callable[[], Any], on_success: Success | None = None,
                on_failure: Failure | None = None, name: str = "network") -> None:
        """Run ``fn`` on its own daemon thread (see the module docstring); results as for ``read``."""
        if self._closed:
            log.debug("task %s ignored: runner is shut down", name)
            return
        number = self._register(on_success, on_failure, name)
        thread = threading.Thread(target=_Task(fn, self, number, name).run, name=f"pd-{name}", daemon=True)
        thread.start()

    def is_idle(self) -> bool:
        return not self._pending

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Drop queued reads, wait for running tasks and queued writes (the user's changes must
        finish), then drop every callback."""
        self._closed = True
        self._reads.clear()
        done = self._reads.waitForDone(timeout_ms)
        done = self._writes.waitForDone(timeout_ms) and done
        self._pending.clear()
        return done

    # -- internals ------------------------------------------------------------------------------
    def _start(self, pool: QThreadPool, fn: Callable[[], Any], on_success: Success | None,
               on_failure: Failure | None, name: str) -> None:
        if self._closed:
            log.debug("task %s ignored: runner is shut down", name)
            return
        number = self._register(on_success, on_failure, name)
        pool.start(_Task(fn, self, number, name))

    def _register(self, on_success: Success | None, on_failure: Failure | None, name: str) -> int:
        self._counter += 1
        was_idle = not self._pending
        self._pending[self._counter] = (on_success, on_failure, name)
        if was_idle:
            emit(self.busy_changed, True)
        return self._counter

    def _take(self, number: int) -> tuple[Success | None, Failure | None, str] | None:
        entry = self._pending.pop(number, None)
        if entry is not None and not self._pending:
            emit(self.busy_changed, False)
        return None if self._closed else entry

    @Slot(int, object)
    def _on_relay_succeeded(self, number: int, result: Any) -> None:
        entry = self._take(number)
        if entry is None or entry[0] is None:
            return
        try:
            entry[0](result)
        except Exception:
            log.exception("handler of task %s failed", entry[2])

    @Slot(int, object)
    def _on_relay_failed(self, number: int, exc: BaseException) -> None:
        entry = self._take(number)
        if entry is None:
            return
        try:
            if entry[1] is not None:
                entry[1](exc)
            else:
                emit(self.task_failed, exc)
        except Exception:
            log.exception("failure handler of task %s failed", entry[2])


class InlineRunner(QObject):
    """A ``TaskRunner`` for tests: every task runs at once, on the calling (GUI) thread, and its
    callback is called before ``read``/``write``/``network`` return (Picard's ``FakeThreadPool``).

    Controller tests drive a window part through its controller with this runner: no threads, no
    waiting, and the order of events is the order of calls. Controllers must therefore never rely on
    a callback arriving *after* the call that started the task (set state first, then start it).
    """

    task_failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._closed = False
        self.tasks: list[str] = []  # names of the tasks run, in order (for tests)

    def _run(self, fn: Callable[[], Any], on_success: Success | None, on_failure: Failure | None,
             name: str) -> None:
        if self._closed:
            return
        self.tasks.append(name)
        try:
            result = fn()
        except Exception as exc:
            if on_failure is not None:
                on_failure(exc)
            else:
                emit(self.task_failed, exc)
            return
        if on_success is not None:
            on_success(result)

    def read(self, fn: Callable[[], Any], on_success: Success | None = None,
             on_failure: Failure | None = None, name: str = "read") -> None:
        self._run(fn, on_success, on_failure, name)

    def write(self, fn: Callable[[], Any], on_success: Success | None = None,
              on_failure: Failure | None = None, name: str = "write") -> None:
        self._run(fn, on_success, on_failure, name)

    def network(self, fn: Callable[[], Any], on_success: Success | None = None,
                on_failure: Failure | None = None, name: str = "network") -> None:
        self._run(fn, on_success, on_failure, name)

    def is_idle(self) -> bool:
        return True

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        self._closed = True
        return True


#: What a window part needs from a runner (``TaskRunner`` in the app, ``InlineRunner`` in tests).
Runner = TaskRunner | InlineRunner
