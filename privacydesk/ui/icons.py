"""Clock-status icons, painted in code (no image files to ship or lose).

Each status has its own *shape* as well as its own colour — circle with a tick (on track), triangle
with "!" (due soon), octagon with "!" (overdue), two bars (paused), circle with "+" (extended), grey
tick / grey cross (closed on time / late) — so the icons still differ for colour-blind users and
in greyscale print-outs.

Hazard: QPixmap needs a QGuiApplication; icons are built lazily on first use and cached.
"""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from privacydesk.ui import style

SIZE = 32


def _polygon(points: list[tuple[float, float]]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


def _shape(painter: QPainter, kind: str, rect: QRectF) -> None:
    if kind == "circle":
        painter.drawEllipse(rect)
    elif kind == "triangle":
        painter.drawPolygon(_polygon([(rect.center().x(), rect.top()), (rect.right(), rect.bottom()),
                                      (rect.left(), rect.bottom())]))
    elif kind == "octagon":
        cx, cy, r = rect.center().x(), rect.center().y(), rect.width() / 2
        points = [(cx + r * math.cos(math.radians(22.5 + 45 * i)), cy + r * math.sin(math.radians(22.5 + 45 * i)))
                  for i in range(8)]
        painter.drawPolygon(_polygon(points))
    else:  # rounded square
        painter.drawRoundedRect(rect, 5, 5)


def _glyph(painter: QPainter, glyph: str, centre: QPointF, offset_y: float = 0.0) -> None:
    pen = QPen(QColor("white"), 3.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    x, y = centre.x(), centre.y() + offset_y
    if glyph == "tick":
        path = QPainterPath(QPointF(x - 6, y))
        path.lineTo(x - 1.5, y + 5)
        path.lineTo(x + 7, y - 5)
        painter.drawPath(path)
    elif glyph == "bang":
        painter.drawLine(QPointF(x, y - 6), QPointF(x, y + 1.5))
        painter.drawPoint(QPointF(x, y + 6))
    elif glyph == "bars":
        painter.drawLine(QPointF(x - 4, y - 6), QPointF(x - 4, y + 6))
        painter.drawLine(QPointF(x + 4, y - 6), QPointF(x + 4, y + 6))
    elif glyph == "plus":
        painter.drawLine(QPointF(x - 6, y), QPointF(x + 6, y))
        painter.drawLine(QPointF(x, y - 6), QPointF(x, y + 6))
    elif glyph == "cross":
        painter.drawLine(QPointF(x - 5, y - 5), QPointF(x + 5, y + 5))
        painter.drawLine(QPointF(x - 5, y + 5), QPointF(x + 5, y - 5))


_DESIGN = {
    "on_track": ("circle", "tick", 0.0),
    "due_soon": ("triangle", "bang", 3.0),
    "overdue": ("octagon", "bang", 0.0),
    "paused": ("square", "bars", 0.0),
    "extended": ("circle", "plus", 0.0),
    "closed_on_time": ("circle", "tick", 0.0),
    "closed_late": ("circle", "cross", 0.0),
}


@cache
def clock_icon(status: str | None) -> QIcon:
    """The icon for a clock status (``None`` or unknown: a plain grey square)."""
    shape, glyph, offset = _DESIGN.get(status or "", ("square", "", 0.0))
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(style.tint(status).accent)))
        rect = QRectF(2, 2, SIZE - 4, SIZE - 4)
        _shape(painter, shape, rect)
        if glyph:
            _glyph(painter, glyph, rect.center(), offset)
    finally:
        painter.end()
    return QIcon(pixmap)


@cache
def app_icon() -> QIcon:
    """PrivacyDesk's own icon (tray, window): a blue shield with a white tick, painted in code."""
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(style.tint("paused").accent)))
        path = QPainterPath(QPointF(SIZE / 2, 2))
        path.lineTo(SIZE - 4, 7)
        path.cubicTo(QPointF(SIZE - 4, 20), QPointF(SIZE / 2 + 6, 27), QPointF(SIZE / 2, SIZE - 2))
        path.cubicTo(QPointF(SIZE / 2 - 6, 27), QPointF(4, 20), QPointF(4, 7))
        path.closeSubpath()
        painter.drawPath(path)
        _glyph(painter, "tick", QPointF(SIZE / 2, SIZE / 2 - 1))
    finally:
        painter.end()
    return QIcon(pixmap)


@cache
def warning_icon() -> QIcon:
    """A due date on a day the company is closed: an amber triangle with "!" (the words say why)."""
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(style.tint("due_soon").accent)))
        rect = QRectF(2, 3, SIZE - 4, SIZE - 6)
        _shape(painter, "triangle", rect)
        _glyph(painter, "bang", rect.center(), 3.0)
    finally:
        painter.end()
    return QIcon(pixmap)


def count_badge(icon: QIcon, count: int, urgent: bool) -> QIcon:
    """``icon`` with ``count`` in a round badge (the tray: what is due today and overdue)."""
    if count <= 0:
        return icon
    pixmap = icon.pixmap(SIZE, SIZE).copy()
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = str(count) if count < 100 else "99+"
        diameter = 20 if len(text) < 3 else 24
        rect = QRectF(SIZE - diameter, SIZE - diameter, diameter, diameter)
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(QBrush(QColor(style.tint("overdue" if urgent else "due_soon").accent)))
        painter.drawEllipse(rect.adjusted(0.75, 0.75, -0.75, -0.75))
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(13 if len(text) == 1 else 11 if len(text) == 2 else 9)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
    finally:
        painter.end()
    return QIcon(pixmap)
