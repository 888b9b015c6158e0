"""Streaming writers for the data exports: CSV, XLSX and JSON, one row at a time.

Each writer takes a chunk of rows as columns (one sequence per column, as
``write_columns``; ``write`` takes a single row) of plain values in the columns' types (str, int, bool, money as integer minor units; dates
and local times as ISO text for CSV and JSON, as date/datetime for XLSX, as each
writer's TIME_SEP asks) and writes them in its format:

- CSV: UTF-8 with a BOM (Excel and LibreOffice then read Cyrillic right), a header row,
  comma-separated; dates YYYY-MM-DD, times YYYY-MM-DD HH:MM:SS, money 1234.50, flags 1/0.
  Free text starting with = + - @ gets a leading apostrophe so a spreadsheet shows it
  instead of running it as a formula.
- XLSX: a real sheet (openpyxl write-only, so memory stays flat) with a bold, frozen
  header, number formats for money and dates, column widths; past a sheet's
  1,048,576 rows it continues on the next sheet with the header again.
- JSON: one array of objects, one object per line; money as a JSON number in major
  units (exact with two decimals), dates and times as ISO text, flags true/false.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    type: str  # id, code (structured text), text (free text), int, money, date, datetime, bool


def money_text(minor: int) -> str:
    sign = "-" if minor < 0 else ""
    units, cents = divmod(abs(minor), 100)
    return f"{sign}{units}.{cents:02d}"


_FORMULA_START = frozenset("=+-@\t\r")


def _csv_text(values) -> list:
    return ["'" + v if v and v[0] in _FORMULA_START else v for v in values]


def _csv_money(values) -> list:
    return [None if v is None else money_text(v) for v in values]


def _csv_bool(values) -> list:
    return [None if v is None else "1" if v else "0" for v in values]


# Column-wise converters: one comprehension per column and chunk, no call per value.
_CSV = {"text": _csv_text, "money": _csv_money, "bool": _csv_bool}


class CsvWriter:
    TIME_SEP = " "  # times come as local ISO text: 2026-03-10 15:00:00

    def __init__(self, raw: BinaryIO, columns: tuple[Column, ...], kind: str):
        self._text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        self._csv = csv.writer(self._text, lineterminator="\r\n")
        self._csv.writerow([c.key for c in columns])
        # Only the columns that need converting are touched on each row.
        self._convert = tuple((i, _CSV[c.type]) for i, c in enumerate(columns) if c.type in _CSV)

    def write_columns(self, columns: list, count: int) -> None:
        columns = list(columns)
        for i, convert in self._convert:
            columns[i] = convert(columns[i])
        self._csv.writerows(zip(*columns, strict=True))

    def write(self, row) -> None:
        self.write_columns([[v] for v in row], 1)

    def write_block(self, lines: bytes) -> None:
        """Finished CSV lines, already UTF-8 (the SQLite path builds them itself)."""
        self._text.flush()
        self._text.buffer.write(lines)

    def close(self) -> None:
        self._text.flush()
        self._text.detach()  # the caller owns (and closes) the binary file

    def discard(self) -> None:
        """Let go of the file without writing more (cancelled, or the disk is full)."""
        try:
            self._text.detach()
        except ValueError:  # already detached
            pass


def _json_money(minor: int) -> float:
    # The nearest double to minor/100 prints back as that decimal (1234.5 for 1234.50).
    return minor / 100


_JSON = {"money": _json_money}


class _RowByRow:
    def write_columns(self, columns: list, count: int) -> None:
        for row in zip(*columns, strict=True):
            self.write(row)


class JsonWriter(_RowByRow):
    TIME_SEP = "T"  # times come as local ISO text: 2026-03-10T15:00:00

    def __init__(self, raw: BinaryIO, columns: tuple[Column, ...], kind: str):
        self._text = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
        self._keys = [c.key for c in columns]
        self._convert = [_JSON.get(c.type) for c in columns]
        self._first = True
        self._text.write("[")

    def write(self, row) -> None:
        obj = {k: (v if f is None or v is None else f(v))
               for k, f, v in zip(self._keys, self._convert, row, strict=True)}
        self._text.write(("\n" if self._first else ",\n") + json.dumps(obj, ensure_ascii=False))
        self._first = False

    def close(self) -> None:
        self._text.write("\n]\n")
        self._text.flush()
        self._text.detach()

    discard = CsvWriter.discard


SHEET_ROWS = 1_048_576  # Excel's and LibreOffice's limit per sheet, the header included
_NUMBER_FORMATS = {"money": "#,##0.00", "date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm:ss",
                   "text": "@", "code": "@", "id": "@"}
_WIDTHS = {"id": 38, "code": 16, "text": 22, "int": 11, "money": 13, "date": 12,
           "datetime": 20, "bool": 9}


class XlsxWriter(_RowByRow):
    TIME_SEP = None  # times come as datetimes, shown with a date-time number format

    def __init__(self, raw: BinaryIO, columns: tuple[Column, ...], kind: str,
                 sheet_rows: int = SHEET_ROWS):
        self._raw, self._columns, self._kind = raw, columns, kind
        self._book = Workbook(write_only=True)
        self._sheet_rows = sheet_rows
        self._sheets = 0
        self._new_sheet()

    def _new_sheet(self) -> None:
        self._sheets += 1
        title = self._kind if self._sheets == 1 else f"{self._kind} {self._sheets}"
        sheet = self._book.create_sheet(title)
        sheet.freeze_panes = "A2"
        for i, c in enumerate(self._columns, 1):
            sheet.column_dimensions[get_column_letter(i)].width = max(_WIDTHS[c.type],
                                                                      len(c.key) + 3)
        bold = Font(bold=True)
        header = []
        for c in self._columns:
            cell = WriteOnlyCell(sheet, value=c.key)
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        # One styled cell per column, reused for every row: write-only rows are
        # serialised as they are appended, so the cell is free again at once.
        self._cells = []
        for c in self._columns:
            cell = None
            if c.type in _NUMBER_FORMATS:  # styled, so openpyxl never reuses it itself
                cell = WriteOnlyCell(sheet)
                cell.number_format = _NUMBER_FORMATS[c.type]
            self._cells.append((c.type, cell))
        self._sheet, self._rows = sheet, 1

    def write(self, row) -> None:
        if self._rows >= self._sheet_rows:
            self._new_sheet()
        out = []
        for (kind, cell), v in zip(self._cells, row, strict=True):
            if v is None or cell is None:
                out.append(v)
                continue
            if kind == "money":
                v = v / 100
            elif kind in ("text", "code", "id"):
                if ILLEGAL_CHARACTERS_RE.search(v):
                    v = ILLEGAL_CHARACTERS_RE.sub("", v)
                cell.value = v
                cell.data_type = "s"  # text, never a formula, even when it starts with =
                out.append(cell)
                continue
            cell.value = v
            out.append(cell)
        self._sheet.append(out)
        self._rows += 1

    def close(self) -> None:
        self._book.save(self._raw)

    def discard(self) -> None:
        """Remove openpyxl's temporary sheet files now: they hold the rows written so far."""
        for sheet in self._book.worksheets:
            try:
                if not sheet.closed:
                    sheet.close()
            finally:
                if sheet._writer is not None and os.path.exists(sheet._writer.out):
                    sheet._writer.cleanup()


WRITERS = {"csv": CsvWriter, "xlsx": XlsxWriter, "json": JsonWriter}
