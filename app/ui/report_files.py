"""Any report to CSV, XLSX (openpyxl: a sheet per table, headers, number formats) and a
printable PDF (Qt's PDF writer: shop name, period, charts and tables). Works headless
(the CLI runs it on the offscreen platform)."""

from __future__ import annotations

import csv
import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.domain.report_figures import Report
from app.services.export_writers import spreadsheet_text
from app.ui import report_charts
from app.ui.report_text import (
    DATE,
    DECIMAL,
    INT,
    MONEY,
    MONTH,
    PERCENT,
    TEXT,
    Table,
    locale_for,
    period_text,
    show,
    tables,
)

FORMATS = ("csv", "xlsx", "pdf")


def write(report: Report, fmt: str, path: Path, tier_colours: dict[str, str] | None = None) -> Path:
    path = Path(path)
    if fmt == "csv":
        write_csv(report, path)
    elif fmt == "xlsx":
        write_xlsx(report, path)
    else:
        write_pdf(report, path, tier_colours)
    return path


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


def _heading(col, currency: str) -> str:
    if col.kind == MONEY:
        return f"{col.title}, {currency}"
    if col.kind == PERCENT:
        return f"{col.title}, %"
    return col.title


# ---- CSV --------------------------------------------------------------------------


def csv_cell(value, kind: str) -> str:
    """Plain, machine-readable: money in units with a dot, shares in percent."""
    if kind == "mixed":
        value, kind = value
    if value is None:
        return ""
    if kind == MONEY:
        return f"{value / 100:.2f}"
    if kind == PERCENT:
        return f"{value * 100:.1f}"
    if kind == DECIMAL:
        return f"{value:.2f}"
    if kind == MONTH:
        return value.strftime("%Y-%m")
    if kind == DATE:
        return value.isoformat()
    if kind == TEXT:  # names, reasons, causes: typed by people, never run as a formula
        return spreadsheet_text(str(value))
    return str(value)


def write_csv(r: Report, path: Path) -> None:
    """One file, UTF-8 with a BOM (spreadsheets then read Cyrillic right): the header
    lines, then each table as its title, its column names and its rows, a blank line
    between tables."""
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        # The shop's name, tier and cause names are the owner's text too.
        for line in header_lines(r):
            out.writerow([spreadsheet_text(line)])
        for table in tables(r):
            out.writerow([])
            out.writerow([spreadsheet_text(table.title)])
            out.writerow([spreadsheet_text(_heading(c, r.currency)) for c in table.columns]
                         + ([QCoreApplication.translate("Reports", "Unit")] if table.key == "summary" else []))
            for row in table.rows:
                cells = [csv_cell(v, c.kind) for v, c in zip(row, table.columns, strict=True)]
                if table.key == "summary":
                    kind = row[1][1]
                    cells.append(r.currency if kind == MONEY else "%" if kind == PERCENT else "")
                out.writerow(cells)


# ---- XLSX -------------------------------------------------------------------------


def _xlsx_formats(lang: str) -> dict[str, str]:
    day = "DD.MM.YYYY" if lang == "ru" else "DD/MM/YYYY"
    return {INT: "#,##0", MONEY: "#,##0.00", PERCENT: "0.0%", DECIMAL: "0.00", DATE: day,
            MONTH: "MMM YYYY"}


def xlsx_value(value, kind: str):
    """What the cell holds: a number (money in units), a date, or text."""
    if value is None:
        return None
    if kind == MONEY:
        return value / 100
    return value


def _sheet_name(title: str, used: set[str]) -> str:
    name = "".join(ch for ch in title if ch not in "[]:*?/\\")[:31]
    base, n = name, 2
    while name in used:
        name = f"{base[:28]} {n}"
        n += 1
    used.add(name)
    return name


def _text_cell(sheet, row: int, col: int, value):
    """A cell holding ``value``; text stays text even when it starts with '=' (openpyxl
    would store it as a live formula), as the data exports' XLSX writes it."""
    cell = sheet.cell(row, col, value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def write_xlsx(r: Report, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    book = Workbook()
    book.remove(book.active)
    formats, used = _xlsx_formats(r.lang), set()
    for table in tables(r):
        sheet = book.create_sheet(_sheet_name(table.title, used))
        top = 1
        if table.key == "summary":
            for line in header_lines(r):
                _text_cell(sheet, top, 1, line).font = Font(bold=top == 1,
                                                            size=14 if top == 1 else 11)
                top += 1
            top += 1
        for col, c in enumerate(table.columns, 1):
            _text_cell(sheet, top, col, _heading(c, r.currency)).font = Font(bold=True)
            sheet.column_dimensions[get_column_letter(col)].width = 14 if c.kind != "text" else 28
        sheet.freeze_panes = sheet.cell(top + 1, 1)
        for i, row in enumerate(table.rows, top + 1):
            for col, (value, c) in enumerate(zip(row, table.columns, strict=True), 1):
                kind = c.kind
                if kind == "mixed":
                    value, kind = value
                cell = _text_cell(sheet, i, col, xlsx_value(value, kind))
                if kind in formats:
                    cell.number_format = formats[kind]
                if table.key == "cohorts" and kind == PERCENT:
                    colour = report_charts.heat_colour(value).name()[1:]
                    cell.fill = PatternFill("solid", fgColor=colour)
    book.save(path)


# ---- PDF --------------------------------------------------------------------------

BREAK_BEFORE = {"trend", "points", "cohorts", "gifts_reason", "top_revenue"}
CHARTS = {"trend": '<p><img src="chart://trend" width="660"></p>',
          "tiers": '<p><img src="chart://tiers" width="520"></p>'}


def _html_table(table: Table, r: Report, loc) -> str:
    head = "".join(f"<th>{html.escape(_heading(c, r.currency))}</th>" for c in table.columns)
    body = []
    for row in table.rows:
        cells = []
        for value, c in zip(row, table.columns, strict=True):
            text = html.escape(show(value, c.kind, loc, r.currency))
            style = ""
            if table.key == "cohorts" and c.kind == PERCENT:
                style = (f' bgcolor="{report_charts.heat_colour(value).name()}" style="color:'
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
    """For `regulars report`: the report in ``lang`` to ``path`` without a screen."""
    import os

    from PySide6.QtWidgets import QApplication
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(["regulars"])
    from app.ui.main import install_translator
    install_translator(app, lang)
    report = terminal.office.report(period, filters)
    colours = {t.key: t.colour for t in terminal.program.tiers}
    return write(report, fmt, path, colours)
