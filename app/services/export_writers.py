"""Streaming writers for the data exports: CSV, XLSX and JSON, one row at a time.

Each writer takes a chunk of rows as columns (one sequence per column, as
``write_columns``; ``write`` takes a single row) of plain values in the columns' types (str, int, bool, money as integer minor units; dates
and local times as ISO text for CSV and JSON, as date/datetime for XLSX, as each
writer's TIME_SEP asks) and writes them in its format:

- CSV: UTF-8 with a BOM (Excel and LibreOffice then read Cyrillic right), a header row,
  comma-separated; dates YYYY-MM-DD, times YYYY-MM-DD HH:MM:SS, money 1234.50, flags 1/0.
  Free text starting with = + - @ gets a leading apostrophe so a spreadsheet shows it
  instead of running it as a formula.
- XLSX: a real sheet (its XML streamed into the zip, so memory stays flat) with a bold,
  frozen header, number formats for money and dates, column widths; past a sheet's
  1,048,576 rows it continues on the next sheet with the header again.
- JSON: one array of objects, one object per line; money as a JSON number in major
  units (exact with two decimals), dates and times as ISO text, flags true/false.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import BinaryIO

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from app.services.xlsx_stream import SHEET_BYTES, STYLES, XlsxBook, xml_text


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    type: str  # id, code (structured text), text (free text), int, money, date, datetime, bool


def money_text(minor: int) -> str:
    sign = "-" if minor < 0 else ""
    units, cents = divmod(abs(minor), 100)
    return f"{sign}{units}.{cents:02d}"


_FORMULA_START = frozenset("=+-@\t\r")


def spreadsheet_text(value):
    """Free text as a spreadsheet must show it: text starting like a formula (= + - @,
    a tab or CR) gets a leading apostrophe, so it is shown and never run. The one guard
    for every CSV a person may open in Excel or LibreOffice (data exports, reports)."""
    return "'" + value if value and value[0] in _FORMULA_START else value


def _csv_text(values) -> list:
    return [spreadsheet_text(v) for v in values]


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
_WIDTHS = {"id": 38, "code": 16, "text": 22, "int": 11, "money": 13, "date": 12,
           "datetime": 20, "bool": 9}
_EPOCH = datetime(1899, 12, 30)
_DAY = timedelta(days=1)
_MODERN = datetime(1900, 3, 1)  # before it, Excel's serial counts a 29 Feb 1900
# What a chunk of text needs done before it goes into the XML (rarely anything).
_XML_WORK = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xlsx_texts(values) -> list:
    joined = "\n".join([v for v in values if v is not None])
    if not _XML_WORK.search(joined):
        return values
    return [None if v is None else xml_text(ILLEGAL_CHARACTERS_RE.sub("", v)) for v in values]


def _serial(moment) -> float | int:
    """Excel's serial day number (a date: whole days; a time: with the fraction)."""
    if moment.__class__ is date:
        moment = datetime.combine(moment, datetime.min.time())
        return (moment - _EPOCH).days if moment >= _MODERN else to_excel(moment)
    return (moment - _EPOCH) / _DAY if moment >= _MODERN else to_excel(moment)


def _xlsx_cells(kind: str, letter: str, rows: range, values) -> list[str]:
    """One column's cells as XML, a whole chunk at once; no cell for a missing value."""
    pairs = zip(rows, values, strict=True)
    if kind in ("text", "code", "id"):  # an empty text: an empty cell formatted as text
        return [f'<c r="{letter}{n}" s="5" t="inlineStr"><is><t xml:space="preserve">{v}'
                f"</t></is></c>" if v else "" if v is None else f'<c r="{letter}{n}" s="5"/>'
                for n, v in zip(rows, _xlsx_texts(values), strict=True)]
    if kind == "int":
        return [f'<c r="{letter}{n}"><v>{v}</v></c>' if v is not None else "" for n, v in pairs]
    if kind == "money":
        return [f'<c r="{letter}{n}" s="2"><v>{v / 100!r}</v></c>' if v is not None else ""
                for n, v in pairs]
    if kind == "bool":
        return [f'<c r="{letter}{n}" t="b"><v>{1 if v else 0}</v></c>' if v is not None
                else "" for n, v in pairs]
    style = STYLES[kind]  # date, datetime
    return [f'<c r="{letter}{n}" s="{style}"><v>{_serial(v)!r}</v></c>' if v is not None
            else "" for n, v in pairs]


class XlsxWriter:
    """A real sheet: bold frozen header, column widths, number formats for money and
    dates, text as text (never a formula); past a sheet's 1,048,576 rows the next sheet
    with the header again. The XML is built here a chunk at a time (xlsx_stream.py)."""
    TIME_SEP = None  # times come as datetimes, shown with a date-time number format

    def __init__(self, raw: BinaryIO, columns: tuple[Column, ...], kind: str,
                 sheet_rows: int = SHEET_ROWS):
        self._columns, self._kind = columns, kind
        self._letters = [get_column_letter(i) for i in range(1, len(columns) + 1)]
        self._book = XlsxBook(raw)
        self._sheet_rows = sheet_rows
        self._sheets = 0
        self._new_sheet()

    def _new_sheet(self) -> None:
        self._sheets += 1
        title = self._kind if self._sheets == 1 else f"{self._kind} {self._sheets}"
        self._book.new_sheet(title, [max(_WIDTHS[c.type], len(c.key) + 3) for c in self._columns],
                             [c.key for c in self._columns])
        self._rows = 1

    def write_columns(self, columns: list, count: int) -> None:
        done = 0
        while done < count:
            if self._rows >= self._sheet_rows or self._book.sheet_bytes > SHEET_BYTES:
                self._new_sheet()
            take = min(count - done, self._sheet_rows - self._rows)
            rows = range(self._rows + 1, self._rows + 1 + take)
            cells = [_xlsx_cells(c.type, letter, rows, values[done:done + take])
                     for c, letter, values in zip(self._columns, self._letters, columns,
                                                  strict=True)]
            self._book.write("".join([f'<row r="{n}">{"".join(row)}</row>'
                                      for n, row in zip(rows, zip(*cells, strict=True), strict=True)]))
            self._rows += take
            done += take

    def write(self, row) -> None:
        self.write_columns([[v] for v in row], 1)

    def close(self) -> None:
        self._book.close()

    def discard(self) -> None:
        self._book.abandon()


WRITERS = {"csv": CsvWriter, "xlsx": XlsxWriter, "json": JsonWriter}
