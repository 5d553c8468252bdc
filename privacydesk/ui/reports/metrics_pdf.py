"""The yearly metrics (CCPA §7102) as a PDF: a short explanation, the table, and a bar chart.

Self-contained: Qt's own ``QPdfWriter`` and ``QTextDocument`` lay out the text and table, and a
``QPainter`` draws the chart as vectors on the same page (no chart library: QtCharts would need the
full PySide6). The CLI imports this module only for ``report metrics --format pdf``; it needs a
``QGuiApplication`` (made here when none exists) and runs off screen where there is no display
(``QT_QPA_PLATFORM=offscreen``, set by the caller before Qt is imported).
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from privacydesk.domain import wording
from privacydesk.domain.records import TypeMetrics, YearMetrics

TYPE_NAMES = {
    "access": "Access (right to know)",
    "deletion": "Deletion",
    "correction": "Correction",
    "portability": "Data portability",
    "restriction": "Restriction of use",
    "objection": "Objection",
    "withdraw_consent": "Withdrawal of consent",
    "opt_out_sale": "Opt-out of sale or sharing",
    "opt_out_marketing": "Opt-out of marketing",
    "shine_the_light": "Shine the Light",
    "minor_removal": "Minor's content removal",
    "complaint": "Complaint",
    "appeal": "Appeal of a decision",
    "limit_sensitive": "Limit use of sensitive data",
    "all": "All requests",
}
COLOURS = (("Complied with in whole", "#2e7d32"), ("Complied with in part", "#9ccc65"),
           ("Denied", "#c62828"), ("Not answered yet, or withdrawn", "#bdbdbd"))
POINTS_PER_INCH = 72
BAR_HEIGHT = 11.0
BAR_STEP = 16.0
_APP: list[Any] = []  # keeps the QGuiApplication made here alive


def type_name(value: str) -> str:
    return TYPE_NAMES.get(value, value.replace("_", " ").capitalize())


def _days(value: float | None) -> str:
    return "–" if value is None else (f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}")


def _html(metrics: YearMetrics, company: str, written: date) -> str:
    rows = []
    for t in (*metrics.types, metrics.total):
        weight = " style='font-weight:bold'" if t is metrics.total else ""
        rows.append(
            f"<tr{weight}><td>{html.escape(type_name(t.type))}</td><td align='right'>{t.received}</td>"
            f"<td align='right'>{t.complied_in_whole}</td><td align='right'>{t.complied_in_part}</td>"
            f"<td align='right'>{t.denied}</td><td align='right'>{_days(t.median_days)}</td>"
            f"<td align='right'>{_days(t.mean_days)}</td></tr>")
    body = (
        "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-color:#888; border-style:solid'>"
        "<tr style='background:#eeeeee'><th align='left' width='26%'>Request type</th>"
        "<th width='12%'>Received</th><th width='12%'>Complied with in whole</th>"
        "<th width='12%'>Complied with in part</th><th width='10%'>Denied</th>"
        "<th width='14%'>Median days to respond</th><th width='14%'>Mean days to respond</th></tr>" + "".join(rows) + "</table>"
        if metrics.types else f"<p><b>No requests were received in {metrics.year}.</b></p>")
    return (
        f"<h2 style='margin-bottom:2px'>Privacy requests in {metrics.year}</h2>"
        f"<p style='color:#444'>{html.escape(company)} · written {wording.day(written, weekday=False)}</p>"
        "<p>Requests received from 1 January to 31 December "
        f"{metrics.year}, per type of request, and what became of them (California Consumer Privacy Act "
        "regulations, 11 CCR §7102). A request asking for several things counts once under each type; "
        "the last row counts each request once. Days to respond are calendar days from the day a request "
        "was received to the day it was answered, for requests complied with or denied.</p>"
        + body)


def _draw_chart(painter: QPainter, area: QRectF, metrics: YearMetrics) -> None:
    rows: list[TypeMetrics] = list(metrics.types)
    if not rows:
        return
    title_font = QFont(painter.font())
    title_font.setPointSizeF(11)
    title_font.setBold(True)
    label_font = QFont(painter.font())
    label_font.setPointSizeF(8.5)
    painter.setFont(title_font)
    painter.setPen(QColor("#000000"))
    painter.drawText(QRectF(area.left(), area.top(), area.width(), 18), Qt.AlignmentFlag.AlignLeft,
                     "What became of the requests received, per type")
    top = area.top() + 26
    # legend
    painter.setFont(label_font)
    x = area.left()
    for name, colour in COLOURS:
        painter.fillRect(QRectF(x, top + 2, 10, 10), QColor(colour))
        legend_width = float(painter.fontMetrics().horizontalAdvance(name) + 24)
        painter.drawText(QRectF(x + 14, top, legend_width, 14), Qt.AlignmentFlag.AlignVCenter, name)
        x += legend_width
    top += 22
    label_width = 150.0
    bar_left = area.left() + label_width
    bar_space = area.width() - label_width - 30
    biggest = max(t.received for t in rows) or 1
    bar_height = BAR_HEIGHT
    step = BAR_STEP
    for index, t in enumerate(rows):
        y = top + index * step
        painter.setPen(QColor("#000000"))
        painter.drawText(QRectF(area.left(), y, label_width - 8, bar_height),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), type_name(t.type))
        other = max(0, t.received - t.complied_in_whole - t.complied_in_part - t.denied)
        x = bar_left
        for count, (_, colour) in zip((t.complied_in_whole, t.complied_in_part, t.denied, other), COLOURS,
                                      strict=True):
            width = bar_space * count / biggest
            if width > 0:
                painter.fillRect(QRectF(x, y, width, bar_height), QColor(colour))
                x += width
        painter.setPen(QPen(QColor("#555555"), 0.5))
        painter.drawRect(QRectF(bar_left, y, bar_space * t.received / biggest, bar_height))
        painter.setPen(QColor("#000000"))
        painter.drawText(QRectF(x + 4, y, 40, bar_height), Qt.AlignmentFlag.AlignVCenter, str(t.received))
    # axis
    axis_y = top + len(rows) * step
    painter.setPen(QPen(QColor("#555555"), 0.5))
    painter.drawLine(int(bar_left), int(top - 4), int(bar_left), int(axis_y))


def chart_height(metrics: YearMetrics) -> float:
    return 56 + BAR_STEP * len(metrics.types) if metrics.types else 0.0


def render_metrics_pdf(metrics: YearMetrics, company: str, written: date) -> bytes:
    """The metrics as PDF bytes (US Letter, portrait)."""
    if QGuiApplication.instance() is None:
        _APP.append(QGuiApplication(["privacydesk"]))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(f"Privacy requests in {metrics.year}")
    writer.setCreator("PrivacyDesk")
    writer.setResolution(POINTS_PER_INCH)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.Letter), QPageLayout.Orientation.Portrait,
                                     QMarginsF(48, 48, 48, 48), QPageLayout.Unit.Point))
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    width, height = float(page.width()), float(page.height())

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    document.setTextWidth(width)  # one long page: documentSize() is then the content's real height
    document.setHtml(_html(metrics, company, written))

    painter = QPainter(writer)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        document.drawContents(painter, QRectF(0, 0, width, height))
        used = document.documentLayout().documentSize().height()
        needed = chart_height(metrics)
        top = used + 24
        if needed and top + needed > height:
            writer.newPage()
            top = 0.0
        _draw_chart(painter, QRectF(0, top, width, needed), metrics)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())
