"""Benchmark: how long the window takes to open a request whose message has a huge subject (issue 11:
13 s for 1 MB, 74 s for 2 MB before subjects were bounded for views).

Imports one request with a normal subject (the baseline) and one with a 2 MB subject into a
temporary data folder, opens the main window offscreen, and times showing each request in the
workspace (the service call and the widgets' layout), five times each. Target: under a second.

Run: .venv/bin/python bench/window_subject.py [--mb 2]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BODY = b"\r\nPlease delete all personal information you hold about me. I am a California resident.\r\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=2.0, help="subject size in MB (default 2)")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from privacydesk.paths import AppPaths
    from privacydesk.services.app import open_services
    from privacydesk.services.mailimport import import_paths
    from privacydesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="pd-bench-subject-") as folder:
        root = Path(folder)
        services = open_services(AppPaths(root / "data"))
        refs = {}
        for label, subject in (("normal subject", b"Delete my data"),
                               (f"{args.mb:g} MB subject", b"x" * int(args.mb * 1024 * 1024))):
            path = root / f"{len(refs)}.eml"
            path.write_bytes(b"From: Jane Doe <jane@example.com>\r\nTo: 3dprosteam@gmail.com\r\nSubject: "
                             + subject + b"\r\nDate: Mon, 2 Nov 2026 10:00:00 -0600\r\n" + BODY)
            refs[label] = import_paths(services.ingest, services.profile, [path]).new_requests[0]
        window = MainWindow(services)
        window.show()
        app.processEvents()
        baseline = None
        for label, ref in refs.items():
            times = []
            for _ in range(5):
                started = time.perf_counter()
                window.workspace.show_request(services.requests.show(ref))
                app.processEvents()
                times.append(time.perf_counter() - started)
            median = statistics.median(times)
            baseline = baseline or median
            verdict = "OK" if median < 1.0 else "OVER the 1 s target"
            print(f"{label}: opens in {median * 1000:.0f} ms (median of 5; {median / baseline:.1f}x the "
                  f"normal subject) — {verdict}")
        window.controller.shutdown()
        window.close()
        services.close()


if __name__ == "__main__":
    main()
