"""Work-arounds for bugs in the Qt bindings, each detected at run time and documented here.

``emit(signal, *args)``: PySide6 6.12.0's ``SignalInstance.emit`` returns ``True`` without taking a
reference to it. On Python 3.11 (where ``True`` is not yet immortal) every ``emit`` from Python
therefore lowers ``True``'s reference count by one, and after a few hundred emits the interpreter
aborts with "Fatal Python error: bool_dealloc: deallocating True or False". Reproduce with::

    from PySide6.QtCore import QCoreApplication, QObject, Signal
    app = QCoreApplication([])
    class A(QObject):
        s = Signal()
    a = A()
    for _ in range(100_000):
        a.s.emit()          # aborts on PySide6 6.12.0 + Python 3.11; fine on 6.11.3 or Python 3.12+

Other bool-returning PySide6 calls were checked and are correct. At import we probe whether
``emit`` loses references; if it does, ``emit()`` below gives the lost reference back. On fixed
versions (and on Python 3.12+, where booleans are immortal) the probe finds nothing and ``emit()``
is a plain call. Use it for every signal emitted from Python in ``privacydesk.ui``.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class _Probe(QObject):
    fired = Signal()


def _emit_loses_references() -> bool:
    probe = _Probe()
    rounds = 16
    before = sys.getrefcount(True)
    # The stubs say emit() returns None; at run time it returns a bool (the value we count).
    results: list[object] = [probe.fired.emit() for _ in range(rounds)]  # type: ignore[func-returns-value]
    held = sum(1 for r in results if r is True)
    lost = before + held - sys.getrefcount(True)
    del results
    if lost > 0:
        for _ in range(lost):  # repair the probe's own damage
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
        return True
    return False


EMIT_LOSES_REFERENCES = _emit_loses_references()
if EMIT_LOSES_REFERENCES:
    log.info("this PySide6 build mis-counts references in Signal.emit; compensating")


def emit(signal: Any, *args: Any) -> Any:
    """``signal.emit(*args)``, safe on PySide6 builds whose ``emit`` drops a reference."""
    result = signal.emit(*args)
    if EMIT_LOSES_REFERENCES and isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
    return result
