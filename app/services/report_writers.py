"""The manager's report to CSV and XLSX, beside the data exports' writers and with their
rules: money as exact decimals (never through a float), text a person typed kept as
text (a name like ``=HYPERLINK(...)`` is shown, never run as a formula).

The words (titles, column names, the header lines) come with the tables, already in
the reader's language: the caller makes them (the UI from its Qt translations), so
the dashboard, these files and the PDF say the same thing and a translation lives in
one place. Only drawing the PDF page, which needs Qt, stays in the UI."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from app.services.export_writers import money_text, spreadsheet_text

# Cell kinds: how a value is written (locale text, CSV, XLSX number format).
INT, MONEY, PERCENT, DECIMAL, DATE, MONTH, TEXT = ("int", "money", "percent", "decimal",
                                                    "date", "month", "text")
MIXED = "mixed"  # each value comes as (value, kind): the summary's figures


@dataclass(frozen=True)
class Column:
    title: str
    kind: str


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: list[Column]
    rows: list[list]  # values: int (money in minor units), float (share 0..1), date, str, None
    note: str = ""


@dataclass(frozen=True)
class ReportFile:
    """What goes into a report file, every word in the reader's language."""
    header: list[str]  # the shop, the period, the filters, when it was made
    tables: list[Table]
    currency: str
    lang: str  # the spreadsheet's date formats
    unit: str = "Unit"  # the CSV summary's last column: the figure's currency or %


def heading(column: Column, currency: str) -> str:
    if column.kind == MONEY:
        return f"{column.title}, {currency}"
    if column.kind == PERCENT:
        return f"{column.title}, %"
    return column.title


def heat_colour(share: float | None) -> str:
    """The cohort table's shade as #rrggbb: white for nobody, deep green for everyone,
    grey where the month has not come; the same in the dashboard, XLSX and PDF."""
    if share is None:
        return "#eeeeee"
    mix = max(0.0, min(1.0, share)) ** 0.6  # small shares stay visible
    light, dark = (0xF4, 0xFB, 0xF7), (0x0B, 0x6E, 0x4F)
    return "#" + "".join(f"{round(a + (b - a) * mix):02x}" for a, b in zip(light, dark, strict=True))


# ---- CSV --------------------------------------------------------------------------


def csv_cell(value, kind: str) -> str:
    """Plain, machine-readable: money in units with a dot, shares in percent."""
    if kind == MIXED:
        value, kind = value
    if value is None:
        return ""
    if kind == MONEY:
        return money_text(value)
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


def _unit(value, currency: str) -> str:
    kind = value[1]
    return currency if kind == MONEY else "%" if kind == PERCENT else ""


def write_csv(report: ReportFile, path: Path) -> None:
    """One file, UTF-8 with a BOM (spreadsheets then read Cyrillic right): the header
    lines, then each table as its title, its column names and its rows, a blank line
    between tables."""
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        # The shop's name, tier and cause names are the owner's text too.
        for line in report.header:
            out.writerow([spreadsheet_text(line)])
        for table in report.tables:
            summary = table.key == "summary"
            out.writerow([])
            out.writerow([spreadsheet_text(table.title)])
            out.writerow([spreadsheet_text(heading(c, report.currency)) for c in table.columns]
                         + ([report.unit] if summary else []))
            for row in table.rows:
                cells = [csv_cell(v, c.kind) for v, c in zip(row, table.columns, strict=True)]
                out.writerow(cells + ([_unit(row[1], report.currency)] if summary else []))


# ---- XLSX -------------------------------------------------------------------------


def _xlsx_formats(lang: str) -> dict[str, str]:
    day = "DD.MM.YYYY" if lang in ("ru", "lv") else "DD/MM/YYYY"  # as the till writes a day
    return {INT: "#,##0", MONEY: "#,##0.00", PERCENT: "0.0%", DECIMAL: "0.00", DATE: day,
            MONTH: "MMM YYYY"}


def xlsx_value(value, kind: str):
    """What the cell holds: a number (money in units, an exact decimal), a date, or text."""
    if value is None:
        return None
    if kind == MONEY:
        return Decimal(int(value)) / 100  # exact: 1234.5, never 1234.4999…
    return value


def _sheet_name(title: str, used: set[str]) -> str:
    name = "".join(ch for ch in title if ch not in "[]:*?/\\")[:31]
    base, n = name, 2
    while name in used:
        name = f"{base[:28]} {n}"
        n += 1
    used.add(name)
    return name


def _cell(sheet, row: int, col: int, value):
    """A cell holding ``value``; text stays text even when it starts with '=' (openpyxl
    would store it as a live formula), as the data exports' XLSX writes it."""
    cell = sheet.cell(row, col, value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def _xlsx_header(sheet, report: ReportFile, table: Table, top: int) -> int:
    """The header lines (on the summary's sheet) and the column names; the first row
    of figures below them."""
    if table.key == "summary":
        for line in report.header:
            _cell(sheet, top, 1, line).font = Font(bold=top == 1, size=14 if top == 1 else 11)
            top += 1
        top += 1
    for col, c in enumerate(table.columns, 1):
        _cell(sheet, top, col, heading(c, report.currency)).font = Font(bold=True)
        sheet.column_dimensions[get_column_letter(col)].width = 14 if c.kind != TEXT else 28
    sheet.freeze_panes = sheet.cell(top + 1, 1)
    return top + 1


def write_xlsx(report: ReportFile, path: Path) -> None:
    """A sheet per table, bold frozen column names, number formats; the cohorts shaded."""
    book = Workbook()
    book.remove(book.active)
    formats, used = _xlsx_formats(report.lang), set()
    for table in report.tables:
        sheet = book.create_sheet(_sheet_name(table.title, used))
        first = _xlsx_header(sheet, report, table, 1)
        for i, row in enumerate(table.rows, first):
            for col, (value, c) in enumerate(zip(row, table.columns, strict=True), 1):
                kind = c.kind
                if kind == MIXED:
                    value, kind = value
                cell = _cell(sheet, i, col, xlsx_value(value, kind))
                if kind in formats:
                    cell.number_format = formats[kind]
                if table.key == "cohorts" and kind == PERCENT:
                    cell.fill = PatternFill("solid", fgColor=heat_colour(value)[1:])
    book.save(path)


WRITERS = {"csv": write_csv, "xlsx": write_xlsx}
