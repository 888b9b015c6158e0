"""Any report to a file: the words in the reader's language (Qt translations) put to
the service's CSV and XLSX writers (app/services/report_writers.py), and the printable
PDF drawn here with Qt (shop name, period, charts and tables). Works headless: the
composition root hands it to `regulars report`, which runs Qt on the offscreen
platform."""

from __future__ import annotations

import html
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from app.domain.report_figures import Report
from app.services import report_writers
from app.services.report_writers import PERCENT, ReportFile, Table, heading
from app.ui import report_charts
from app.ui.main import install_translator
from app.ui.report_text import locale_for, period_text, show, tables


def write(report: Report, fmt: str, path: Path, tier_colours: dict[str, str] | None = None) -> Path:
    path = Path(path)
    if fmt == "pdf":
        write_pdf(report, path, tier_colours)
    else:
        report_writers.WRITERS[fmt](report_file(report), path)
    return path


def report_file(r: Report) -> ReportFile:
    """The report with its words, for the service's CSV and XLSX writers."""
    return ReportFile(header_lines(r), tables(r), r.currency, r.lang,
                      QCoreApplication.translate("Reports", "Unit"))


def header_lines(r: Report) -> list[str]:
    loc = locale_for(r.lang)
    lines = [r.shop, QCoreApplication.translate("Reports", "Period: %1").replace("%1", period_text(r, loc))]
    parts = [f"{name}: {value}" for name, value in ((QCoreApplication.translate("Reports", "Till"), r.filters.till),
                                                    (QCoreApplication.translate("Reports", "Cashier"), r.filters.cashier),
                                                    (QCoreApplication.translate("Reports", "Tier"), r.filters.tier)) if value]
    if parts:
        lines.append(QCoreApplication.translate("Reports", "Filters") + ": " + "; ".join(parts))
    made = QDateTime(r.made_at.date(), r.made_at.time())
    lines.append(QCoreApplication.translate("Reports", "Made on %1").replace("%1", loc.toString(made, loc.dateTimeFormat(
        loc.FormatType.ShortFormat))) + " (UTC)")
    return lines


# ---- PDF --------------------------------------------------------------------------

BREAK_BEFORE = {"trend", "points", "cohorts", "gifts_reason", "top_revenue"}
CHARTS = {"trend": '<p><img src="chart://trend" width="660"></p>',
          "tiers": '<p><img src="chart://tiers" width="520"></p>'}


def _html_table(table: Table, r: Report, loc) -> str:
    head = "".join(f"<th>{html.escape(heading(c, r.currency))}</th>" for c in table.columns)
    body = []
    for row in table.rows:
        cells = []
        for value, c in zip(row, table.columns, strict=True):
            text = html.escape(show(value, c.kind, loc, r.currency))
            style = ""
            if table.key == "cohorts" and c.kind == PERCENT:
                style = (f' bgcolor="{report_writers.heat_colour(value)}" style="color:'
                         f'{report_charts.text_colour(value).name()}"')
            align = ' align="right"' if c.kind != "text" else ""
            cells.append(f"<td{align}{style}>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    if not body:
        body.append(f'<tr><td colspan="{len(table.columns)}">{html.escape(QCoreApplication.translate("Reports", "Nothing in this period."))}</td></tr>')
    brk = ' style="page-break-before: always"' if table.key in BREAK_BEFORE else ""
    note = f"<p><i>{html.escape(table.note)}</i></p>" if table.note else ""
    chart = CHARTS.get(table.key, "")
    return (f"<h2{brk}>{html.escape(table.title)}</h2>{chart}{note}"
            f'<table border="1" cellspacing="0" cellpadding="3" width="100%">'
            f"<tr>{head}</tr>{''.join(body)}</table>")


def write_pdf(r: Report, path: Path, tier_colours: dict[str, str] | None = None) -> None:
    loc = locale_for(r.lang)
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 8))
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart://trend"),
                         report_charts.image(report_charts.trend_chart(r, loc)))
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart://tiers"),
                         report_charts.image(report_charts.tier_chart(r, tier_colours or {}),
                                             800, 380))
    lines = header_lines(r)
    parts = [f"<h1>{html.escape(lines[0])}</h1>"]
    parts += [f"<p>{html.escape(line)}</p>" for line in lines[1:]]
    for table in tables(r):
        parts.append(_html_table(table, r, loc))
    document.setHtml("".join(parts))
    # Lay out on a page of A4's proportions in document pixels (180 x 267 mm inside the
    # margins), so charts and tables fit its width; the writer scales it to the paper.
    document.setPageSize(QSizeF(700, 700 * 267 / 180))
    writer = QPdfWriter(str(path))
    writer.setTitle(f"{r.shop} — {period_text(r, loc)}")
    writer.setCreator("Regulars")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout.Unit.Millimeter))
    document.print_(writer)


def default_name(r: Report, fmt: str) -> str:
    def day(d: date) -> str:
        return d.isoformat()
    return f"report-{day(r.period.start)}-{day(r.period.end)}.{fmt}"


def write_headless(terminal, period, filters, fmt: str, path: Path, lang: str) -> Path:
    """For `regulars report`: the report in ``lang`` to ``path`` without a screen (the
    words are Qt translations, the PDF page is drawn by Qt)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(["regulars"])
    install_translator(app, lang)
    report = terminal.office.report(period, filters)
    colours = {t.key: t.colour for t in terminal.program.tiers}
    return write(report, fmt, path, colours)
