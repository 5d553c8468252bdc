"""Make ``docs/screenshot.png``: the main window on the demo mailbox, one request selected.

Run under a virtual X server so the real widget style and fonts are used (offscreen works too, but
draws without the desktop's fonts)::

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshot.py [OUT.png] [--select REF]

The demo is imported into a temporary data folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from privacydesk.ui.request_table import Column
from PySide6.QtCore import QEventLoop, QTimer

from privacydesk.paths import AppPaths
from privacydesk.services.app import open_services
from privacydesk.services.demo import load_demo
from privacydesk.ui.app import application
from privacydesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]


def wait_for(condition: object, timeout_ms: int = 20000) -> None:
    loop = QEventLoop()
    waited = 0
    while not condition() and waited < timeout_ms:  # type: ignore[operator]
        QTimer.singleShot(20, loop.quit)
        loop.exec()
        waited += 20
    if not condition():  # type: ignore[operator]
        raise SystemExit("timed out waiting for the window")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshot.png"))
    parser.add_argument("--select", help="reference of the request to show (default: the first overdue one)")
    parser.add_argument("--size", default="1440x900")
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.split("x"))
    app = application()
    with tempfile.TemporaryDirectory(prefix="privacydesk-shot-") as tmp:
        services = open_services(AppPaths(Path(tmp)), f"sqlite:///{tmp}/privacydesk.sqlite3")
        try:
            load_demo(services)
            window = MainWindow(services, title_suffix="demo")
            window.resize(width, height)
            window.show()
            wait_for(lambda: window.runner.is_idle() and not window.model.is_loading()
                     and window.controller.counts is not None)
            ref = args.select
            if ref is None:
                for row in range(window.model.rowCount()):
                    data = window.model.row_data(row)
                    if data is not None and data.clock_status == "due_soon":
                        ref = data.ref
                        break
            if ref is not None and window.controller.select_ref(ref):
                wait_for(lambda: (window.workspace.current or {}).get("ref") == ref and window.runner.is_idle())
            window.table.scrollTo(window.model.index(0, Column.REF))
            wait_for(lambda: True)
            app.processEvents()
            image = window.grab()
            image.save(args.out)
            print(f"saved {args.out} ({image.width()}x{image.height()}), showing {ref}")
            window.controller.shutdown()
            window.close()
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
