"""Python's cyclic garbage collector, run only on the GUI thread while worker threads exist.

Hazard this fixes: CPython's automatic collection runs in whichever thread happens to allocate
when a threshold is crossed. If that is a worker thread (a database read, a mail import) and the
garbage includes a Qt object (a closed dialog caught in a reference cycle, a lambda holding a
widget), Qt destroys that object on the wrong thread: "QObject::~QObject: Timers cannot be stopped
from another thread", then a segmentation fault. We saw exactly that in the GUI tests while an
import ran on the writer.

The usual remedy in PyQt/PySide applications (Erik Janssens, "Should Python garbage collector be
disabled in Qt apps?", pydev.blogspot.com 2014-03; GitFourchette's ``gc`` module): switch off
automatic collection and collect from a ``QTimer`` on the GUI thread, applying the same
generation thresholds CPython would. ``TaskRunner`` installs it; ``uninstall()`` restores the
automatic collector (tests do that after each test so later, Qt-free tests are unaffected).
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

log = logging.getLogger(__name__)

INTERVAL_MS = 500


class _GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect_if_due)
        gc.disable()
        self.timer.start()

    def collect_if_due(self) -> None:
        counts = gc.get_count()
        t0, t1, t2 = self.thresholds
        if counts[0] > t0:
            generation = 0
            if counts[1] > t1:
                generation = 2 if counts[2] > t2 else 1
            gc.collect(generation)

    def stop(self) -> None:
        self.timer.stop()
        gc.collect()
        if self.was_enabled:
            gc.enable()


_collector: _GuiThreadCollector | None = None


def install() -> None:
    """Collect garbage only on the GUI thread from now on (idempotent; call on the GUI thread)."""
    global _collector
    app = QCoreApplication.instance()
    if _collector is not None or app is None:
        return
    if QThread.currentThread() is not app.thread():
        raise RuntimeError("gcguard.install() must be called on the GUI thread")
    _collector = _GuiThreadCollector(app)
    log.debug("automatic garbage collection moved to the GUI thread")


def uninstall() -> None:
    """Collect now (on this, the GUI thread) and give collection back to CPython."""
    global _collector
    if _collector is None:
        return
    collector, _collector = _collector, None
    collector.stop()
    collector.deleteLater()


def installed() -> bool:
    return _collector is not None
