"""The dashboard: changing the period updates the figures; the report on screen goes to
CSV, XLSX and PDF, and each file reads back with the same numbers.

History (the till in UTC, today Tue 10 Mar 2026): Ivan enrolled on 5 Jan, bought
1 000.00 on 10 Jan and 2 500.00 on 3 Mar."""

import csv
import shutil
import subprocess
import uuid
from datetime import datetime, timezone

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtWidgets import QPushButton

from app.services.dto import MemberInput
from app.ui.reports_dialog import ReportsDialog


@pytest.fixture
def shop(terminal):
    now = [datetime(2026, 1, 5, 12, 0)]
    terminal.ctx.clock = lambda: now[0]
    terminal.ctx.local_tz = timezone.utc
    terminal.ctx.cashier = "Anna"
    ivan = terminal.till.enrol(MemberInput(first_name="Ivan", last_name="Petrov",
                                      phone="+7 916 123-45-67", consent=True))
    for when, amount in ((datetime(2026, 1, 10, 12), 100000), (datetime(2026, 3, 3, 12), 250000)):
        now[0] = when
        terminal.till.record_purchase(uuid.uuid4(), ivan, amount)
    now[0] = datetime(2026, 3, 10, 12, 0)
    return terminal


@pytest.fixture
def dialog(qtbot, shop):
    d = ReportsDialog(shop)
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: d.report is not None and d.busy.text() == "", timeout=10000)
    return d


def _choose(qtbot, d, key):
    d.period.setCurrentIndex(d.period.findData(key))
    qtbot.waitUntil(lambda: d.busy.text() == "" and d.report.period.start.month == 1
                    if key == "year" else d.busy.text() == "", timeout=10000)


def test_changing_the_period_updates_the_figures(qtbot, dialog):
    assert dialog.period.currentData() == "month"
    assert dialog.tiles["visits"].text() == "1"  # 3 March
    assert dialog.tiles["revenue"].text() == "2,500.00\u00a0RUB"
    assert dialog.tiles["repeat_rate"].text() == "0.0\u00a0%"  # one visit: no repeat
    _choose(qtbot, dialog, "year")
    assert dialog.tiles["visits"].text() == "2"
    assert dialog.tiles["revenue"].text() == "3,500.00\u00a0RUB"
    assert dialog.tiles["average"].text() == "1,750.00\u00a0RUB"  # 3 500.00 / 2
    assert dialog.tiles["repeat_rate"].text() == "100.0\u00a0%"
    assert dialog.start.date().toString("yyyy-MM-dd") == "2026-01-01"
    # 10 Jan to 10 Mar is 69 days: the trend goes month by month, Jan, Feb, Mar
    trend = dialog.tables["trend"]
    assert trend.rowCount() == 3
    assert [trend.item(r, 2).text() for r in range(3)] == ["1", "0", "1"]


def test_every_figure_carries_its_definition(dialog):
    assert dialog.tiles["repeat_rate"].toolTip() == (
        "Share of the members who bought in the period who bought twice or more.")
    assert all(tile.toolTip() for tile in dialog.tiles.values())


def test_custom_period_the_wrong_way_round_says_so(qtbot, dialog):
    dialog.period.setCurrentIndex(dialog.period.findData("custom"))
    qtbot.waitUntil(lambda: dialog.busy.text() == "", timeout=10000)
    dialog.start.setDate(dialog.end.date().addDays(1))
    assert dialog.busy.text() == "The period must start on or before its end."


def _csv_sections(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    sections, current = {}, None
    for row in rows:
        if not row:
            current = None
        elif current is None and len(row) == 1 and rows.index(row) > 2:
            current = sections.setdefault(row[0], [])
        elif current is not None:
            current.append(row)
    return rows, sections


def test_csv_reads_back_equal(qtbot, dialog, tmp_path):
    _choose(qtbot, dialog, "year")
    path = dialog.export("csv", str(tmp_path / "r.csv"))
    rows, sections = _csv_sections(path)
    assert rows[0] == ["Regulars"]
    summary = {r[0]: (r[1], r[3]) for r in sections["Summary"][1:]}
    assert summary["Visits"] == ("2", "")
    assert summary["Revenue from members"] == ("3500.00", "RUB")
    assert summary["Average check"] == ("1750.00", "RUB")
    assert summary["Repeat rate"] == ("100.0", "%")
    assert summary["Points outstanding"] == ("305", "")  # 200 + 30 + 75 earned at 3 %
    trend = sections["Visits and revenue over time"]
    assert trend[0] == ["From", "To", "Visits", "Revenue, RUB", "Points issued",
                        "Points redeemed"]
    assert trend[1:] == [["2026-01-01", "2026-01-31", "1", "1000.00", "230", "0"],
                         ["2026-02-01", "2026-02-28", "0", "0.00", "0", "0"],
                         ["2026-03-01", "2026-03-10", "1", "2500.00", "75", "0"]]
    assert sections["Staff"][1:] == [["Anna", "1", "2", "0"]]


def test_xlsx_has_real_sheets_numbers_and_formats(qtbot, dialog, tmp_path):
    _choose(qtbot, dialog, "year")
    book = load_workbook(dialog.export("xlsx", str(tmp_path / "r.xlsx")))
    assert book.sheetnames[:3] == ["Summary", "Visits and revenue over time",
                                   "Average check by tier"]
    summary = book["Summary"]
    assert summary["A1"].value == "Regulars"
    rows = {r[0].value: r[1] for r in summary.iter_rows(min_row=5) if r[0].value}
    assert rows["Visits"].value == 2 and rows["Visits"].number_format == "#,##0"
    assert rows["Revenue from members"].value == 3500.0
    assert rows["Revenue from members"].number_format == "#,##0.00"
    assert rows["Repeat rate"].value == 1.0 and rows["Repeat rate"].number_format == "0.0%"
    trend = book["Visits and revenue over time"]
    assert [c.value for c in trend[1]] == ["From", "To", "Visits", "Revenue, RUB",
                                          "Points issued", "Points redeemed"]
    assert [c.value for c in trend[4]][2:4] == [1, 2500.0]
    assert trend["A4"].value.date().isoformat() == "2026-03-01"
    assert trend["A4"].number_format == "DD/MM/YYYY"


def test_pdf_has_the_shop_period_charts_and_tables(qtbot, dialog, tmp_path):
    _choose(qtbot, dialog, "year")
    reader = PdfReader(dialog.export("pdf", str(tmp_path / "r.pdf")))
    # a page each: summary; trend (chart) and tiers' checks; points and tiers (chart);
    # cohorts; gifts, complaints and staff; top members
    starts = [" ".join(p.extract_text().split()) for p in reader.pages]
    titles = ["Regulars Period: Thursday, 1 January 2026", "Visits and revenue over time",
              "Points by kind", "Retention by enrolment month", "Gifts by reason",
              "Top members by revenue"]
    assert len(starts) == len(titles)
    assert all(text.startswith(title) for text, title in zip(starts, titles, strict=True)), starts
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    for expected in ("Regulars", "Period: Thursday, 1 January 2026 — Tuesday, 10 March 2026",
                     "Summary", "Revenue from members", "3,500.00 RUB",
                     "Retention by enrolment month", "Top members by revenue", "Ivan Petrov"):
        assert expected in text, expected
    assert "/XObject" in reader.pages[1]["/Resources"]  # the trend chart, as an image


def _as_upgraded(terminal):
    """As a shop upgrading with history has it: the rollups were never built."""
    from sqlalchemy import text
    with terminal._sessions.begin() as s:
        for table in ("report_sales_day", "report_points_day", "report_cohort_month",
                      "report_visit_day", "report_member_day", "report_seen_day",
                      "report_state"):
            s.execute(text(f"DELETE FROM {table}"))


def test_an_upgraded_shop_prepares_its_reports_once_with_progress(qtbot, shop):
    _as_upgraded(shop)
    d = ReportsDialog(shop)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.report is not None and d.busy.text() == "", timeout=10000)
    assert d.tiles["visits"].text() == "1"  # 3 March, counted from the history
    assert not shop.office.report_rollups_missing()
    assert shop.admin.check().ok


def test_stopping_the_first_preparation_keeps_nothing(qtbot, shop, monkeypatch):
    import time

    from app.services import rollup_history
    _as_upgraded(shop)
    step = rollup_history.Steps.step

    def slow_step(self, rows):  # a large shop: each step takes a while
        time.sleep(0.2)
        step(self, rows)
    monkeypatch.setattr(rollup_history.Steps, "step", slow_step)
    d = ReportsDialog(shop)
    qtbot.addWidget(d)
    seen = []

    def press_cancel(done, total):  # the manager presses Cancel at the first step
        seen.append((done, total))
        if d.preparation.box is not None:
            d.preparation.box.findChild(QPushButton).click()
    d.preparation.progressed.connect(press_cancel)
    d.show()
    qtbot.waitUntil(lambda: "not prepared" in d.busy.text(), timeout=10000)
    assert seen and seen[0][1] > 0
    assert d.report is None and not d.preparation.running
    assert shop.office.report_rollups_missing()  # nothing of the build was kept


def test_a_filtered_dashboard_shows_its_figures_then_the_buyers(qtbot, dialog, monkeypatch):
    """With a filter no rollup counts the buyers: every other figure shows at once, the
    buyers (which group the purchases) follow with the top members."""
    import time
    grouped = dialog._terminal.office.report_grouped

    def slow_grouped(*args):  # a large shop: grouping takes a while
        time.sleep(0.5)
        return grouped(*args)
    monkeypatch.setattr(dialog._terminal.office, "report_grouped", slow_grouped)
    shown = []

    def seen(kind):  # each answer, once the dialog has shown it
        if dialog.report is not None and dialog.report.filters.cashier == "Anna":
            shown.append((kind, dialog.tiles["buyers"].text(), dialog.tiles["visits"].text()))
    dialog.answered.connect(seen)
    dialog.cashier.setCurrentIndex(dialog.cashier.findData("Anna"))
    qtbot.waitUntil(lambda: dialog.busy.text() == "" and dialog.report.filters.cashier == "Anna",
                    timeout=10000)
    # first the figures with the buyers still being counted, then the buyers: Ivan,
    # 3 March, recorded by Anna
    assert shown == [("report", "…", "1"), ("top", "1", "1")]


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed here")
def test_libreoffice_opens_the_report_workbook(qtbot, dialog, tmp_path):
    """The report's XLSX opened by LibreOffice: its summary sheet, saved as CSV, shows
    the figures with their number formats."""
    _choose(qtbot, dialog, "year")
    path = dialog.export("xlsx", str(tmp_path / "r.xlsx"))
    subprocess.run([SOFFICE, "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true",
                    "--outdir", str(tmp_path / "lo"), str(path)],
                   check=True, timeout=120, capture_output=True)
    with (tmp_path / "lo" / "r.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = {r[0]: r[1:] for r in csv.reader(f) if r}
    assert rows["Visits"][0] == "2"
    assert rows["Revenue from members"][0] == "3,500.00"
    assert rows["Repeat rate"][0] == "100.0%"
