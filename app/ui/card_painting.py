"""Member cards on Qt surfaces: the card faces app/cards/render.py draws and the pages
app/cards/sheets.py lays out, painted as given on a printer's pages or shown on the
screen. Nothing here draws a card or places one: the PDF file and the printer get the
same millimetres."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from app.cards.sheets import PAPER, CardsCancelled, drawn_pages


def to_qimage(img) -> QImage:
    """A Pillow image as a QImage that owns its pixels."""
    rgb = img.convert("RGB")
    return QImage(rgb.tobytes("raw", "RGB"), rgb.width, rgb.height, 3 * rgb.width,
                  QImage.Format.Format_RGB888).copy()


def page_setup(printer: QPrinter, layout: str) -> None:
    """The layout's paper, edge to edge: A4, or one card (ID-1) for a card printer."""
    paper = PAPER[layout]
    size = QPageSize(QSizeF(paper.width, paper.height), QPageSize.Unit.Millimeter, paper.name)
    # Portrait keeps the size as given: 210 x 297 mm, or 85.60 x 53.98 mm for one card.
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)


def paint_cards(printer: QPrinter, batch, layout: str, progress=None, cancelled=None) -> int:
    """Paint a batch on ``printer`` at the same millimetre positions as the PDF sheets
    (QPainter may paint on a printer outside the GUI thread). Returns pages painted."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        scale = printer.resolution() / 25.4
        pen = QPen()
        pen.setWidthF(0.2 * scale)
        done = pages = 0
        for page in drawn_pages(batch.faces, batch.design, layout, cancelled=cancelled):
            if pages:
                printer.newPage()
            for img, slot in page.cards:
                painter.drawImage(QRectF(slot.x * scale, slot.y * scale, slot.w * scale,
                                         slot.h * scale), to_qimage(img))
            painter.setPen(pen)
            for x1, y1, x2, y2 in page.plan.marks:
                painter.drawLine(QPointF(x1 * scale, y1 * scale), QPointF(x2 * scale, y2 * scale))
            pages += 1
            done += page.fronts
            if progress is not None:
                progress(done, len(batch.faces))
    except CardsCancelled:
        printer.abort()
        raise
    finally:
        painter.end()
    return pages
