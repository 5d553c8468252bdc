"""Render the app icon's PNG sizes from its SVG: ``python render_icons.py SVG OUTDIR SIZE…``.

Run by scripts/package.py with the build venv's Python (PySide6's SVG renderer, offscreen), so the
PNGs in the package always match the SVG without being kept in git.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer


def main(svg: str, out: str, *sizes: str) -> int:
    app = QGuiApplication([sys.argv[0]])  # noqa: F841 - the renderer needs a Gui application
    renderer = QSvgRenderer(svg)
    if not renderer.isValid():
        print(f"cannot read {svg}", file=sys.stderr)
        return 1
    for size in map(int, sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        if not image.save(str(Path(out) / f"{size}.png"), "PNG"):
            print(f"cannot write {size}.png", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
