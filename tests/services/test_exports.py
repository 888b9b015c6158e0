"""Exports of members, purchases and the ledger, read back and compared with the database."""

import csv
import json
import shutil
import subprocess
import uuid
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.cli import main
from app.db.models import LedgerEntry, Member, Purchase
from app.domain.errors import DomainError
from app.services.context import StaffSession
from app.services.export_tables import LEDGER_COLUMNS, PURCHASE_COLUMNS

pytestmark = pytest.mark.both_databases

MSK = timezone(timedelta(hours=3))


@pytest.fixture
def shop(app, t, clock, member_input, buy):
    """Three members (one erased), three purchases (one refunded, one refunded in two
    parts: 300.00 of 999.00), their ledger rows. The till is in Moscow (UTC+3) from
    here on: exported times are local."""
    elena = t.till.enrol(member_input(patronymic="Ивановна", email="elena@example.ru",
                                 birthday=date(1985, 3, 7), sms_opt_in=True,
                                 notes="любит овсяное молоко"))
    clock(2026, 3, 11, 9, 30)
    john = t.till.enrol(member_input(first_name="John", last_name="Smith", phone="+44 7911 123456",
                                notes="=HYPERLINK(\"http://x\")", email_opt_in=True))
    gone = t.till.enrol(member_input(first_name="Пётр", last_name="Удалёнов", phone="+79035550000",
                                notes="secret"))
    clock(2026, 3, 12, 18, 45, 10)
    first = buy(t, elena, 123450)
    johns = buy(t, john, 99900)
    buy(t, elena, 50000, redeem=100)
    t.till.refund(first.purchase_id, "wrong card")
    t.till.refund_purchase(PART_REFUNDS[0], johns.purchase_id, "one cup returned", 10000)
    t.till.refund_purchase(PART_REFUNDS[1], johns.purchase_id, "two more", 20000)
    t.admin.erase_member(gone, "asked to be forgotten")
    t.ctx.local_tz = MSK
    return {"elena": elena, "john": john, "gone": gone}


PART_REFUNDS = (uuid.UUID(int=1), uuid.UUID(int=2))


def local_text(utc: datetime | None) -> str:
    return "" if utc is None else (utc + timedelta(hours=3)).strftime("%Y-%m-%d %H:%M:%S")


def read_csv(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: spreadsheets then read Cyrillic right
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def read_xlsx(path: Path) -> tuple[list[str], list[dict], openpyxl.worksheet.worksheet.Worksheet]:
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    return header, [dict(zip(header, r, strict=True)) for r in rows[1:]], sheet


def db_rows(app, model):
    from sqlalchemy.orm import Session
    with Session(app.engine) as s:
        return {str(r.id): r for r in s.scalars(select(model))}


def test_members_csv_matches_the_database(app, t, shop, tmp_path):
    out = tmp_path / "members.csv"
    result = t.office.export_data("members", "csv", out)
    assert (result.rows, result.path, result.cancelled) == (3, out, False)
    rows = {r["id"]: r for r in read_csv(out)}
    members = db_rows(app, Member)
    assert rows.keys() == members.keys()
    elena = rows[str(shop["elena"])]
    assert (elena["first_name"], elena["patronymic"], elena["last_name"]) == (
        "Елёна", "Ивановна", "Смирнова")
    assert (elena["phone"], elena["email"], elena["birthday"]) == (
        "+79161234567", "elena@example.ru", "1985-03-07")
    assert (elena["enrolled_at"], elena["sms_opt_in"], elena["email_opt_in"]) == (
        "2026-03-10 15:00:00", "1", "0")
    assert elena["notes"] == "любит овсяное молоко"
    assert elena["last_visit_at"] == "2026-03-12 21:45:10"
    # A note that a spreadsheet would run as a formula is shown as text instead.
    assert rows[str(shop["john"])]["notes"] == "'=HYPERLINK(\"http://x\")"
    for key, m in members.items():
        r = rows[key]
        assert r["card_number"] == (m.card_number or "")
        assert (int(r["balance"]), int(r["qualifying_points"]), int(r["visits"])) == (
            m.balance, m.qualifying_points, m.visits)
        assert r["tier"] == m.tier_key and r["tier_name"] == "Bunny"
        assert r["last_visit_at"] == local_text(m.last_visit_at)
        assert r["enrolled_at"] == local_text(m.created_at)


def test_erased_member_keeps_the_accounts_but_no_personal_data(app, t, shop, tmp_path):
    t.office.export_data("members", "csv", tmp_path / "m.csv")
    gone = next(r for r in read_csv(tmp_path / "m.csv") if r["id"] == str(shop["gone"]))
    for column in ("card_number", "first_name", "patronymic", "last_name", "address_as",
                   "phone", "email", "birthday", "notes"):
        assert gone[column] == "", column
    assert gone["erased_at"] == "2026-03-12 21:45:10"
    assert int(gone["balance"]) == db_rows(app, Member)[str(shop["gone"])].balance > 0
    text = (tmp_path / "m.csv").read_text(encoding="utf-8-sig")
    assert "Удалёнов" not in text and "secret" not in text and "+79035550000" not in text


def test_purchases_csv_money_in_major_units_local_times(app, t, shop, tmp_path):
    t.office.export_data("purchases", "csv", tmp_path / "p.csv")
    rows = read_csv(tmp_path / "p.csv")
    purchases = db_rows(app, Purchase)
    assert {r["id"] for r in rows} == purchases.keys() and len(rows) == 3
    amounts = sorted((r["amount"], r["status"], r["refunded"], r["points_redeemed"])
                     for r in rows)
    assert amounts == [("1234.50", "refunded", "1234.50", "0"),
                       ("500.00", "completed", "0.00", "100"),
                       ("999.00", "partly_refunded", "300.00", "0")]
    for r in rows:
        p = purchases[r["id"]]
        assert Decimal(r["amount"]) * 100 == p.amount_minor and r["currency"] == "RUB"
        assert (r["member_id"], int(r["points_earned"])) == (str(p.member_id), p.points_earned)
        assert r["created_at"] == local_text(p.created_at) == "2026-03-12 21:45:10"
        assert (r["till"], r["cashier"], r["receipt_number"]) == ("Till 1", p.cashier,
                                                                  p.receipt_number)
    card = {r["member_id"]: r["card_number"] for r in rows}
    assert card[str(shop["elena"])] == db_rows(app, Member)[str(shop["elena"])].card_number


def test_ledger_csv_has_every_row(app, t, shop, tmp_path):
    t.office.export_data("ledger", "csv", tmp_path / "l.csv")
    rows = read_csv(tmp_path / "l.csv")
    entries = db_rows(app, LedgerEntry)
    assert len(rows) == len(entries) == len({r["id"] for r in rows})
    assert {r["id"] for r in rows} == entries.keys()
    for r in rows:
        e = entries[r["id"]]
        assert (r["kind"], int(r["points"]), int(r["qualifying"])) == (e.kind, e.points,
                                                                       e.qualifying)
        assert r["purchase_id"] == (str(e.purchase_id) if e.purchase_id else "")
        assert (r["reason"], r["created_at"]) == (e.reason, local_text(e.created_at))
    kinds = sorted(r["kind"] for r in rows)
    assert kinds.count("welcome") == 3 and "reversal" in kinds
    # Each part of a refund names it: its points rows carry the refund's id and reason
    johns = next(str(p.id) for p in db_rows(app, Purchase).values() if p.refunded_minor == 30000)
    parts = [(r["ref"], r["reason"], int(r["points"])) for r in rows
             if r["kind"] == "reversal" and r["purchase_id"] == johns]
    assert sorted(parts) == [(PART_REFUNDS[0].hex, "one cup returned", -2),
                             (PART_REFUNDS[1].hex, "two more", -6)]
    assert sum(int(r["points"]) for r in rows if r["member_id"] == str(shop["elena"])) == \
        db_rows(app, Member)[str(shop["elena"])].balance


def test_xlsx_has_real_types_and_formats(app, t, shop, tmp_path):
    t.office.export_data("purchases", "xlsx", tmp_path / "p.xlsx")
    header, rows, sheet = read_xlsx(tmp_path / "p.xlsx")
    assert header[:6] == ["id", "member_id", "card_number", "created_at", "amount", "currency"]
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.b
    assert sheet.title == "purchases"
    purchases = db_rows(app, Purchase)
    for r in rows:
        p = purchases[r["id"]]
        assert r["amount"] == p.amount_minor / 100  # a number, not text
        assert r["created_at"] == p.created_at + timedelta(hours=3) == datetime(2026, 3, 12, 21,
                                                                                45, 10)
        assert isinstance(r["points_earned"], int) and r["points_earned"] == p.points_earned
        assert r["refunded"] == p.refunded_minor / 100  # a number, 0 when nothing was
    assert sorted((r["status"], r["refunded"]) for r in rows) == [
        ("completed", 0), ("partly_refunded", 300), ("refunded", 1234.5)]
    refunded_cell = sheet.cell(row=2, column=header.index("refunded") + 1)
    assert refunded_cell.number_format == "#,##0.00"
    amount_cell = sheet.cell(row=2, column=5)
    assert amount_cell.number_format == "#,##0.00"
    assert sheet.cell(row=2, column=4).number_format == "yyyy-mm-dd hh:mm:ss"
    assert sheet.column_dimensions["A"].width >= 36


def test_xlsx_members_text_stays_text(app, t, shop, tmp_path):
    t.office.export_data("members", "xlsx", tmp_path / "m.xlsx")
    _, rows, _ = read_xlsx(tmp_path / "m.xlsx")
    by_id = {r["id"]: r for r in rows}
    elena, john = by_id[str(shop["elena"])], by_id[str(shop["john"])]
    assert (elena["first_name"], elena["phone"], elena["birthday"]) == (
        "Елёна", "+79161234567", datetime(1985, 3, 7))
    assert (elena["sms_opt_in"], elena["email_opt_in"], elena["balance"]) == (True, False,
                                                                             db_rows(app, Member)[str(shop["elena"])].balance)
    assert john["notes"] == "=HYPERLINK(\"http://x\")"  # text, not a formula
    assert isinstance(elena["card_number"], str) and len(elena["card_number"]) == 13


def test_xlsx_continues_on_a_second_sheet_past_the_row_limit(tmp_path):
    from app.services.export_writers import Column, XlsxWriter
    with (tmp_path / "x.xlsx").open("wb") as f:
        w = XlsxWriter(f, (Column("n", "int"),), "ledger", sheet_rows=4)
        for n in range(7):
            w.write((n,))
        w.close()
    book = openpyxl.load_workbook(tmp_path / "x.xlsx")
    assert book.sheetnames == ["ledger", "ledger 2", "ledger 3"]
    assert [[c for (c,) in s.iter_rows(values_only=True)] for s in book.worksheets] == [
        ["n", 0, 1, 2], ["n", 3, 4, 5], ["n", 6]]


def test_json_is_one_array_with_typed_values(app, t, shop, tmp_path):
    t.office.export_data("purchases", "json", tmp_path / "p.json")
    data = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"), parse_float=Decimal)
    purchases = db_rows(app, Purchase)
    assert isinstance(data, list) and {d["id"] for d in data} == purchases.keys()
    for d in data:
        p = purchases[d["id"]]
        assert d["amount"] * 100 == p.amount_minor and isinstance(d["points_earned"], int)
        assert d["refunded"] * 100 == p.refunded_minor
        assert d["created_at"] == "2026-03-12T21:45:10"
    assert sorted((d["status"], d["refunded"]) for d in data) == [
        ("completed", 0), ("partly_refunded", Decimal("300.0")), ("refunded", Decimal("1234.5"))]
    t.office.export_data("members", "json", tmp_path / "m.json")
    members = {d["id"]: d for d in json.loads((tmp_path / "m.json").read_text("utf-8"))}
    elena = members[str(shop["elena"])]
    assert (elena["first_name"], elena["birthday"], elena["sms_opt_in"]) == (
        "Елёна", "1985-03-07", True)
    assert members[str(shop["gone"])]["last_name"] is None
    t.office.export_data("ledger", "json", tmp_path / "l.json")
    assert len(json.loads((tmp_path / "l.json").read_text("utf-8"))) == \
        len(db_rows(app, LedgerEntry))


def test_empty_table_gives_a_header_or_an_empty_array(t, tmp_path):
    assert t.office.export_data("purchases", "json", tmp_path / "p.json").rows == 0
    assert json.loads((tmp_path / "p.json").read_text("utf-8")) == []
    t.office.export_data("purchases", "csv", tmp_path / "p.csv")
    assert (tmp_path / "p.csv").read_text("utf-8-sig").splitlines()[0].startswith("id,member_id")


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_cancel_leaves_no_file(t, shop, tmp_path, fmt, monkeypatch):
    import tempfile
    scratch = tmp_path / "scratch"  # where openpyxl keeps its sheets while writing
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    out = tmp_path / f"members.{fmt}"
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done == 0  # go on at the start, stop after the first chunk

    from app.services import exports
    with t._sessions.begin() as s:
        result = exports.export(s, t.ctx, "members", fmt, out, progress, chunk=2)
    assert result.cancelled and result.path is None and result.rows == 2
    assert calls == [(0, 3), (2, 3)]
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("db.sqlite3")) == [
        "scratch"]
    assert list(scratch.iterdir()) == []


def test_cancel_keeps_an_older_file_untouched(t, shop, tmp_path):
    out = tmp_path / "members.csv"
    out.write_text("yesterday's export")
    result = t.office.export_data("members", "csv", out, progress=lambda done, total: False)
    assert result.cancelled and out.read_text() == "yesterday's export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".members")] == []


def test_every_export_is_audited_and_needs_a_manager(t, shop, tmp_path):
    t.office.export_data("ledger", "xlsx", tmp_path / "l.xlsx")
    t.office.export_data("members", "csv", tmp_path / "m.csv", progress=lambda d, n: False)
    entries = t.office.audit_log("export")
    assert len(entries) == 1  # the cancelled one wrote nothing
    assert (entries[0].target, entries[0].details["format"], entries[0].details["file"]) == (
        "ledger", "xlsx", "l.xlsx")
    assert entries[0].details["rows"] == t.admin.check().ledger_rows
    t.ctx.staff = StaffSession(None, "Masha", "cashier")
    with pytest.raises(DomainError) as err:
        t.office.export_data("members", "csv", tmp_path / "x.csv")
    assert err.value.code == "needs_manager" and not (tmp_path / "x.csv").exists()


def test_files_hold_personal_data_so_only_the_owner_reads_them(t, shop, tmp_path):
    t.office.export_data("members", "csv", tmp_path / "m.csv")
    assert (tmp_path / "m.csv").stat().st_mode & 0o077 == 0


def test_bad_requests_get_clear_errors(t, tmp_path):
    for args, code in ((("people", "csv", tmp_path / "a.csv"), "export_kind"),
                       (("members", "pdf", tmp_path / "a.pdf"), "export_format"),
                       (("members", "csv", tmp_path), "export_path"),
                       (("members", "csv", tmp_path / "no" / "a.csv"), "export_folder_missing")):
        with pytest.raises(DomainError) as err:
            t.office.export_data(*args)
        assert err.value.code == code


def test_a_write_failure_removes_the_partial_file(t, shop, tmp_path, monkeypatch):
    import errno

    from app.services import export_writers

    def full(self, *rows):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(export_writers.CsvWriter, "write_columns", full)
    monkeypatch.setattr(export_writers.CsvWriter, "write_block", full)  # SQLite's lines
    with pytest.raises(DomainError) as err:
        t.office.export_data("members", "csv", tmp_path / "m.csv")
    assert err.value.code == "export_disk_full"
    assert [p.name for p in tmp_path.iterdir() if "members" in p.name or p.suffix == ".part"] == []


def test_a_read_only_folder_is_a_permission_error(t, shop, tmp_path):
    import os
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DomainError) as err:
            t.office.export_data("members", "csv", folder / "m.csv")
        assert err.value.code == "export_permission"
    finally:
        folder.chmod(0o700)


def test_cli_export(app, t, shop, tmp_path, capsys):
    db = app.url
    assert main(["export", "purchases", "--db", db, "--format", "csv",
                 "--out", str(tmp_path / "p.csv")]) == 0
    assert "exported 3 purchases row(s)" in capsys.readouterr().out
    assert len(read_csv(tmp_path / "p.csv")) == 3
    assert main(["export", "members", "--db", db, "--out", str(tmp_path / "m.json")]) == 0
    assert len(json.loads((tmp_path / "m.json").read_text("utf-8"))) == 3
    assert main(["export", "members", "--db", db, "--out", str(tmp_path / "m.txt")]) == 2
    assert "--format" in capsys.readouterr().err
    assert main(["export", "ledger", "--db", db, "--format", "csv",
                 "--out", str(tmp_path / "missing" / "l.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed here")
@pytest.mark.parametrize("kind", ["members", "purchases", "ledger"])
def test_libreoffice_reads_both_files_as_our_csv_says(t, shop, tmp_path, kind):
    """LibreOffice opens the CSV and the XLSX export and, saved back as CSV, has the
    same text in every cell as the CSV export itself (Cyrillic, the formula-looking
    note, empty personal fields of the erased member, local times, money, counts)."""
    ours = read_csv(_export(t, kind, "csv", tmp_path))
    for fmt in ("csv", "xlsx"):
        got = _through_libreoffice(_export(t, kind, fmt, tmp_path / fmt), tmp_path / f"lo-{fmt}")
        assert [list(r) for r in got] == [list(r) for r in ours], fmt
        for theirs, mine in zip(got, ours, strict=True):
            for key, value in mine.items():
                if fmt == "xlsx" and key in FLAGS:
                    value = {"1": "TRUE", "0": "FALSE"}.get(value, value)  # real booleans
                if fmt == "xlsx" and key in MONEY and value:
                    value = f"{float(value):,.2f}"  # shown with the #,##0.00 format
                if fmt == "xlsx" and value[:1] == "'" and value[1:2] in "=+-@\t":
                    value = value[1:]  # the CSV's guard; a sheet holds it as text anyway
                assert theirs[key] == value, (fmt, key)


FLAGS = {"sms_opt_in", "email_opt_in"}
MONEY = {"amount", "refunded"}


def _export(t, kind: str, fmt: str, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    return t.office.export_data(kind, fmt, folder / f"{kind}.{fmt}").path


def _through_libreoffice(path: Path, out: Path) -> list[dict]:
    """The file opened by LibreOffice and saved as UTF-8 CSV, cells as shown."""
    options = "44,34,76,1,,0,false,true,true"  # comma, quote, UTF-8, formatted as shown
    if path.suffix == ".csv":  # open a CSV as UTF-8, comma-separated, every column text
        infilter = ["--infilter=CSV:44,34,76,1," + "/".join(f"{i}/2" for i in range(1, 30))]
    else:
        infilter = []
    subprocess.run([SOFFICE, "--headless", *infilter, "--convert-to", f"csv:Text - txt - csv "
                    f"(StarCalc):{options}", "--outdir", str(out), str(path)],
                   check=True, timeout=120, capture_output=True)
    with (out / f"{path.stem}.csv").open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


# The SQLite members CSV (SQLite builds each line, app/db/dialect/sqlite_lines.py) against the generic
# writer: the same bytes, whatever the text, the zone or the moment.

# Clock changes in 2026 (UTC): Berlin's both ways; Lord Howe's half-hour shifts; St John's
# at :30 UTC; Kolkata is 5:30 ahead all year.
CHANGES = ["2026-03-29 01:00:00", "2026-10-25 01:00:00", "2026-04-04 15:00:00",
           "2026-10-03 15:30:00", "2026-03-08 05:30:00", "2026-11-01 04:30:00"]
ZONES = ["Europe/Berlin", "Australia/Lord_Howe", "America/St_Johns", "Asia/Kolkata", None]
TEXTS = [  # (column, value) set straight in the database, past the forms' checks
    ("notes", "овсяное, без сахара"), ("notes", 'says "hi"'), ("notes", "two\nlines"),
    ("notes", "a\rb"), ("notes", "crlf\r\n"), ("first_name", "=1+2"),
    ("last_name", "-Минус"), ("patronymic", "+plus"), ("address_as", "@here"),
    ("email", "\tx@y.ru"), ("notes", "\rcr"), ("card_number", "12,34"),
    ("first_name", "'quoted"), ("address_as", " "), ("email", "a\x1fb"),
    ("notes", "sep\x1einside"), ("tier_key", "ghost"), ("phone", "+7 (916) 1"),
    ("last_name", "Ёлкин-Палкин"), ("notes", "=formula, \"quoted\"\nand more")]


def stamps_around(change: str) -> list[datetime]:
    at = datetime.fromisoformat(change)
    return [at - timedelta(microseconds=1), at, at + timedelta(seconds=1, microseconds=999999),
            at - timedelta(hours=1), at + timedelta(minutes=59, seconds=59)]


@pytest.fixture
def varied(t, member_input):
    """Members with every kind of awkward text, NULLs, an erased member, and times on
    and around the clock changes of several zones (down to .999999 of a second)."""
    from sqlalchemy import update
    ids = [t.till.enrol(member_input(first_name=f"Имя{i}", phone=f"+7916555{i:04d}",
                                birthday=date(1980, 1, 1 + i) if i % 3 else None,
                                notes="обычный" if i % 2 else "", sms_opt_in=i % 2 == 0))
           for i in range(len(TEXTS) + 4)]
    times = [s for c in CHANGES for s in stamps_around(c)]
    with t._sessions.begin() as s:
        for i, mid in enumerate(ids):
            values = {"created_at": times[i % len(times)],
                      "consent_at": times[(i + 7) % len(times)],
                      "last_visit_at": None if i % 4 == 0 else times[(i * 3) % len(times)]}
            if i < len(TEXTS):
                values[TEXTS[i][0]] = TEXTS[i][1]
            s.execute(update(Member).where(Member.id == mid).values(**values))
    t.admin.erase_member(ids[1], "asked")  # a note with a comma, gone with the rest
    t.admin.erase_member(ids[-1], "asked")
    with t._sessions.begin() as s:
        s.execute(update(Member).where(Member.id == ids[-1])
                  .values(erased_at=datetime(2026, 10, 25, 0, 59, 59, 999999)))
    return ids


def both_paths(t, tmp_path, chunk=5, kind="members") -> tuple[bytes, bytes]:
    from app.services import exports
    out = []
    for fast in (True, False):
        path = tmp_path / f"{kind}-{fast}.csv"
        with t._sessions.begin() as s:
            result = exports.export(s, t.ctx, kind, "csv", path, chunk=chunk, fast=fast)
        with t._sessions.begin() as s:
            rows = s.scalar(select(func.count()).select_from(TABLES[kind]))
        assert result.rows == rows
        out.append(path.read_bytes())
    return out[0], out[1]


TABLES = {"members": Member, "purchases": Purchase, "ledger": LedgerEntry}


@pytest.fixture
def sqlite_lines(monkeypatch, app):
    """Counts the chunks SQLite built, and the members the generic path wrote for it."""
    if app.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's own CSV lines: PostgreSQL writes the portable rows")
    from app.db.dialect import sqlite_lines
    seen = {"chunks": 0, "generic": 0}
    chunks = sqlite_lines.Lines.chunks

    def counted(self, cursor, size):
        for rows, pieces in chunks(self, cursor, size):
            seen["chunks"] += 1
            seen["generic"] += sum(isinstance(p, str) for p in pieces)
            yield rows, pieces
    monkeypatch.setattr(sqlite_lines.Lines, "chunks", counted)
    return seen


@pytest.mark.parametrize("zone", ZONES)
def test_sqlite_lines_equal_the_generic_writer_byte_for_byte(t, varied, tmp_path, zone,
                                                             sqlite_lines):
    from zoneinfo import ZoneInfo
    t.ctx.local_tz = ZoneInfo(zone) if zone else None
    fast, generic = both_paths(t, tmp_path)
    assert fast == generic
    assert sqlite_lines["chunks"] == 5  # 24 members in chunks of 5: SQLite built them
    assert sqlite_lines["generic"] == 2  # the texts holding \x1f and \x1e (separators)
    rows = {r["id"]: r for r in read_csv(tmp_path / "members-True.csv")}
    assert rows[str(varied[0])]["notes"] == "овсяное, без сахара"
    assert rows[str(varied[5])]["first_name"] == "'=1+2"
    assert rows[str(varied[17])]["phone"] == "+7 (916) 1"  # a code: no apostrophe
    assert rows[str(varied[16])]["tier_name"] == "ghost"
    assert rows[str(varied[1])]["notes"] == rows[str(varied[1])]["first_name"] == ""
    assert rows[str(varied[1])]["sms_opt_in"] == "0"
    assert rows[str(varied[19])]["notes"] == "'=formula, \"quoted\"\nand more"


def test_sqlite_local_times_by_hand(t, varied, tmp_path):
    """Lord Howe goes from +11 to +10:30 at 15:00 UTC on 4 April 2026."""
    from zoneinfo import ZoneInfo
    t.ctx.local_tz = ZoneInfo("Australia/Lord_Howe")
    both_paths(t, tmp_path)
    rows = {r["id"]: r for r in read_csv(tmp_path / "members-True.csv")}
    created = [rows[str(m)]["enrolled_at"] for m in varied[10:12]]
    assert created == ["2026-04-05 01:59:59", "2026-04-05 01:30:00"]
    assert rows[str(varied[-1])]["erased_at"] == "2026-10-25 11:59:59"  # +11 again


def test_sqlite_lines_with_tier_names_to_quote(t, varied, tmp_path, sqlite_lines):
    from dataclasses import replace
    tiers = t.ctx.program.tiers
    names = ['Gold, "VIP"', "=Bunny", "Лев\nи точка"]
    t.ctx.program = replace(t.ctx.program, tiers=tuple(
        replace(tier, names={"en": name}) for tier, name in zip(tiers, names, strict=False)))
    fast, generic = both_paths(t, tmp_path)
    assert fast == generic and sqlite_lines["chunks"] == 5
    assert {r["tier_name"] for r in read_csv(tmp_path / "members-True.csv")} == {
        'Gold, "VIP"', "ghost"}


def test_a_nul_character_goes_to_the_generic_path(t, varied, tmp_path, sqlite_lines):
    """printf() would cut the text at the NUL: the generic path writes that member."""
    from sqlalchemy import update
    with t._sessions.begin() as s:
        s.execute(update(Member).where(Member.id == varied[3]).values(notes="a\x00b"))
        s.execute(update(Member).where(Member.id == varied[6]).values(card_number="\x00"))
    fast, generic = both_paths(t, tmp_path)
    assert fast == generic and b"a\x00b" in fast
    assert sqlite_lines["chunks"] == 5 and sqlite_lines["generic"] == 2 + 2


def test_a_time_written_during_the_export_is_still_exact(t, varied, tmp_path, sqlite_lines):
    """A visit recorded while the export runs, outside the times it planned for: that
    member is written by the generic path, the others by SQLite."""
    import sqlite3
    from zoneinfo import ZoneInfo

    from app.services import exports
    t.ctx.local_tz = ZoneInfo("Europe/Berlin")

    def meanwhile(done, total):
        if done == 0:
            with sqlite3.connect(tmp_path / "db.sqlite3") as db:
                db.execute("UPDATE member SET last_visit_at = '2031-07-01 10:00:00.000000' "
                           "WHERE id = ?", (varied[2].hex,))
        return True
    with t._sessions.begin() as s:
        exports.export(s, t.ctx, "members", "csv", tmp_path / "during.csv", meanwhile, chunk=5)
    assert sqlite_lines["generic"] == 3  # that member, and the \x1f and \x1e ones
    _, generic = both_paths(t, tmp_path)
    assert (tmp_path / "during.csv").read_bytes() == generic
    rows = {r["id"]: r for r in read_csv(tmp_path / "during.csv")}
    assert rows[str(varied[2])]["last_visit_at"] == "2031-07-01 12:00:00"


def test_times_outside_the_planned_range_are_still_exact(t, varied, tmp_path, sqlite_lines):
    """Local times are planned for the enrolment and visit times; a consent older than
    every enrolment or an erasure stamped by a clock years ahead is written by the
    generic path."""
    from zoneinfo import ZoneInfo

    from sqlalchemy import update
    t.ctx.local_tz = ZoneInfo("Europe/Berlin")
    with t._sessions.begin() as s:
        s.execute(update(Member).where(Member.id == varied[4])
                  .values(consent_at=datetime(2001, 7, 1, 12, 0, 0, 999999)))
        s.execute(update(Member).where(Member.id == varied[7])
                  .values(erased_at=datetime(2040, 1, 1, 0, 30)))
    fast, generic = both_paths(t, tmp_path)
    assert fast == generic and sqlite_lines["generic"] == 2 + 2
    rows = {r["id"]: r for r in read_csv(tmp_path / "members-True.csv")}
    assert rows[str(varied[4])]["consent_at"] == "2001-07-01 14:00:00"
    assert rows[str(varied[7])]["erased_at"] == "2040-01-01 01:30:00"


@pytest.mark.parametrize("column", ["address_as", "card_number"])
@pytest.mark.parametrize("text", [c + "x" for c in "=+-@\t\r"]
                         + ["a" + c + "b" for c in ',"\n\r\x1e\x1f'] + ["plain"])
def test_one_awkward_text_in_a_chunk_of_plain_ones(t, member_input, tmp_path, sqlite_lines,
                                                   column, text):
    """The check of a whole chunk at once notices a single field that needs care."""
    from sqlalchemy import update
    ids = [t.till.enrol(member_input(first_name=f"Имя{i}", phone=f"+7916555{i:04d}"))
           for i in range(3)]
    with t._sessions.begin() as s:
        s.execute(update(Member).where(Member.id == ids[1]).values({column: text}))
    fast, generic = both_paths(t, tmp_path, chunk=10)
    assert fast == generic and sqlite_lines["chunks"] == 1
    expected = "'" + text if column == "address_as" and text[0] in "=+-@\t\r" else text
    rows = {r["id"]: r for r in read_csv(tmp_path / "members-True.csv")}
    assert rows[str(ids[1])][column] == expected


_AWKWARD = st.text(alphabet=st.one_of(
    st.sampled_from(list(',"\r\n=+-@\t\x1e\x1f\x00\' ;Ёж')),
    st.characters(blacklist_categories=("Cs",))), max_size=12)


@pytest.mark.sqlite_only  # SQLite's own CSV lines against the portable rows
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.tuples(_AWKWARD, _AWKWARD, st.one_of(st.none(), _AWKWARD)),
                      min_size=3, max_size=3),
       zone=st.sampled_from(ZONES))
def test_sqlite_lines_equal_the_generic_writer_for_any_text(t, varied, tmp_path, texts, zone):
    from zoneinfo import ZoneInfo

    from sqlalchemy import update
    t.ctx.local_tz = ZoneInfo(zone) if zone else None
    with t._sessions.begin() as s:
        for mid, (first, notes, email) in zip(varied[2:5], texts, strict=True):
            s.execute(update(Member).where(Member.id == mid)
                      .values(first_name=first, notes=notes, email=email))
    fast, generic = both_paths(t, tmp_path, chunk=7)
    assert fast == generic


def test_xlsx_keeps_awkward_text_as_text(t, member_input, tmp_path):
    """Markup, spaces at the ends, CR, a formula and control characters (which XML
    cannot hold: dropped) come back from the sheet as the text that was stored."""
    from sqlalchemy import update
    texts = {"notes": "<b>&amp;</b> x\r\ny", "address_as": "  Ваня ", "first_name": "=1+2",
             "last_name": "a\x01b\x1fc", "email": "\t@x"}
    mid = t.till.enrol(member_input())
    with t._sessions.begin() as s:
        s.execute(update(Member).where(Member.id == mid).values(**texts, patronymic=""))
    t.office.export_data("members", "xlsx", tmp_path / "m.xlsx")
    header, rows, sheet = read_xlsx(tmp_path / "m.xlsx")
    (row,) = rows
    assert {k: row[k] for k in texts} == dict(texts, last_name="abc")
    assert row["patronymic"] is None and row["birthday"] is None
    assert sheet.cell(row=2, column=header.index("notes") + 1).number_format == "@"
    assert sheet.cell(row=2, column=header.index("enrolled_at") + 1).number_format == \
        "yyyy-mm-dd hh:mm:ss"


# The purchases and ledger CSV on SQLite against the generic writer, the same way.

SALE_TEXTS = ["овсяное, без сахара", 'says "hi"', "two\nlines", "a\rb", "crlf\r\n", "=1+2",
              "-Минус", "+plus", "@here", "\tx", "\rcr", "'quoted", " ", "",
              '=formula, "quoted"\nand more', "Ёлкин-Палкин", "чек №5"]
# Minor units: negatives and amounts under a unit (-5 is -0.05), a trillion and more.
AMOUNTS = [-5, 5, 0, -100, -123456, 7, 99, 100, 123450, -1, 10**12 + 1, -99, 1000, 50]
# refunded_minor for some purchases (by index): more than paid, all but a kopeck, a
# trillion, all of it, none
REFUNDED = {4: 1, 8: 123449, 10: 10**12, 13: 50, 12: 0}


@pytest.fixture
def sales(t, member_input, buy):
    """Eight members with two purchases each (one refunded, one member erased after
    buying), then, straight in the database: awkward texts in every free-text column,
    money from -0.05 to a trillion, times on and around the zones' clock changes, a
    purchase and ledger rows without a till, and one text in each table holding a
    separator (\x1f, \x1e): those two rows only go to the generic path."""
    from sqlalchemy import update
    members = [t.till.enrol(member_input(first_name=f"Имя{i}", phone=f"+7916555{i:04d}"))
               for i in range(8)]
    bought = [buy(t, m, 100000 * (i + 1), redeem=10 if i == 3 else 0)
              for i, m in enumerate(members) for _ in range(2)]
    t.till.refund(bought[0].purchase_id, "wrong, \"card\"")
    t.till.refund_purchase(uuid.uuid4(), bought[2].purchase_id, "part, \"one\"", 30000)
    t.till.refund_purchase(uuid.uuid4(), bought[2].purchase_id, "part two", 1)
    t.admin.erase_member(members[5], "asked")
    times = [s for c in CHANGES for s in stamps_around(c)]
    n = len(SALE_TEXTS)
    with t._sessions.begin() as s:
        purchases = [p.id for p in s.scalars(select(Purchase).order_by(Purchase.id))]
        for i, pid in enumerate(purchases):
            s.execute(update(Purchase).where(Purchase.id == pid).values(
                cashier=SALE_TEXTS[i % n], receipt_number=SALE_TEXTS[(i + 5) % n],
                amount_minor=AMOUNTS[i % len(AMOUNTS)], created_at=times[i % len(times)]))
        for i, refunded in REFUNDED.items():  # around the amounts the loop above wrote
            s.execute(update(Purchase).where(Purchase.id == purchases[i])
                      .values(refunded_minor=refunded))
        s.execute(update(Purchase).where(Purchase.id == purchases[1]).values(till_id=None))
        s.execute(update(Purchase).where(Purchase.id == purchases[2])
                  .values(receipt_number="sep\x1finside"))
        entries = [e.id for e in s.scalars(select(LedgerEntry).order_by(LedgerEntry.id))]
        for i, eid in enumerate(entries):
            s.execute(update(LedgerEntry).where(LedgerEntry.id == eid).values(
                reason=SALE_TEXTS[i % n], ref=SALE_TEXTS[(i + 3) % n],
                cashier=SALE_TEXTS[(i + 9) % n], created_at=times[(i * 7) % len(times)]))
        s.execute(update(LedgerEntry).where(LedgerEntry.id == entries[1]).values(till_id=None))
        s.execute(update(LedgerEntry).where(LedgerEntry.id == entries[3])
                  .values(ref="sep\x1einside"))
    return {"members": members, "purchases": purchases, "entries": entries}


@pytest.mark.parametrize("kind", ["purchases", "ledger"])
@pytest.mark.parametrize("zone", ZONES)
def test_sqlite_sales_lines_equal_the_generic_writer_byte_for_byte(t, sales, tmp_path, zone,
                                                                   kind, sqlite_lines):
    from zoneinfo import ZoneInfo
    t.ctx.local_tz = ZoneInfo(zone) if zone else None
    fast, generic = both_paths(t, tmp_path, kind=kind)
    assert fast == generic
    rows = read_csv(tmp_path / f"{kind}-True.csv")
    assert len(rows) == (16 if kind == "purchases" else len(sales["entries"]))
    assert sqlite_lines["chunks"] == -(-len(rows) // 5)  # SQLite built every chunk
    assert sqlite_lines["generic"] == 1  # the text holding a separator
    header = (tmp_path / f"{kind}-True.csv").read_bytes().split(b"\r\n")[0]
    assert header == ("\ufeff" + ",".join(
        c.key for c in (PURCHASE_COLUMNS if kind == "purchases" else LEDGER_COLUMNS))).encode()


def test_sqlite_purchase_lines_by_hand(t, sales, tmp_path):
    """Money with its sign and two decimals, the till, free text guarded, codes not."""
    from zoneinfo import ZoneInfo
    t.ctx.local_tz = ZoneInfo("Asia/Kolkata")
    both_paths(t, tmp_path, kind="purchases")
    rows = {r["id"]: r for r in read_csv(tmp_path / "purchases-True.csv")}
    got = [rows[str(p)] for p in sales["purchases"]]
    assert [r["amount"] for r in got] == [
        "-0.05", "0.05", "0.00", "-1.00", "-1234.56", "0.07", "0.99", "1.00", "1234.50",
        "-0.01", "10000000000.01", "-0.99", "10.00", "0.50", "-0.05", "0.05"]
    assert [r["cashier"] for r in got[:6]] == [
        "овсяное, без сахара", 'says "hi"', "two\nlines", "a\rb", "crlf\r\n", "'=1+2"]
    assert [r["receipt_number"] for r in got[:3]] == ["'=1+2", "'-Минус", "sep\x1finside"]
    assert (got[1]["till"], got[0]["till"]) == ("", "Till 1")
    # CHANGES[0] minus a microsecond: 00:59:59 UTC is 06:29:59 in Kolkata
    assert got[0]["created_at"] == "2026-03-29 06:29:59"
    assert got[1]["created_at"] == "2026-03-29 06:30:00"
    refunded = [r for r in got if r["status"] == "refunded"]
    assert len(refunded) == 1 and refunded[0]["member_id"] == str(sales["members"][0])
    assert [got[i]["refunded"] for i in sorted(REFUNDED)] == [
        "0.01", "1234.49", "10000000000.00", "0.00", "0.50"]
    for i, r in enumerate(got):  # in part: 0 < refunded < paid on a completed purchase
        with t._sessions.begin() as s:
            p = s.get(Purchase, sales["purchases"][i])
            expected = ("partly_refunded" if p.status == "completed"
                        and 0 < p.refunded_minor < p.amount_minor else p.status)
        assert r["status"] == expected and Decimal(r["refunded"]) * 100 == p.refunded_minor
    assert {got[8]["status"], got[10]["status"]} <= {"partly_refunded", "refunded"}
    assert "partly_refunded" in {got[8]["status"], got[10]["status"]}
    erased = [r for r in got if r["member_id"] == str(sales["members"][5])]
    assert len(erased) == 2 and {r["card_number"] for r in erased} == {""}
    kept = [r for r in got if r["member_id"] == str(sales["members"][0])]
    assert {len(r["card_number"]) for r in kept} == {13}


def test_sqlite_ledger_lines_by_hand(t, sales, tmp_path):
    from zoneinfo import ZoneInfo
    t.ctx.local_tz = ZoneInfo("Europe/Berlin")
    both_paths(t, tmp_path, kind="ledger")
    rows = {r["id"]: r for r in read_csv(tmp_path / "ledger-True.csv")}
    got = [rows[str(e)] for e in sales["entries"]]
    assert [r["reason"] for r in got[:7]] == [
        "овсяное, без сахара", 'says "hi"', "two\nlines", "a\rb", "crlf\r\n", "'=1+2", "'-Минус"]
    assert [r["ref"] for r in got[:4]] == ["a\rb", "crlf\r\n", "'=1+2", "sep\x1einside"]
    assert got[1]["till"] == "" and {r["till"] for r in got[2:]} == {"Till 1"}
    welcome = [r for r in got if r["kind"] == "welcome"]
    assert len(welcome) == 8 and {r["purchase_id"] for r in welcome} == {""}
    earned = [r for r in got if r["kind"] == "earn"]
    assert len(earned) == 16 and all(len(r["purchase_id"]) == 36 for r in earned)
    # A microsecond before the spring change (+1), two seconds after the autumn one (+1)
    assert got[0]["created_at"] == "2026-03-29 01:59:59"
    assert got[1]["created_at"] == "2026-10-25 02:00:01"


def test_sqlite_sales_lines_with_awkward_till_and_nul(t, sales, tmp_path, sqlite_lines):
    """A till name to quote and guard; a NUL in a text and the smallest 64-bit amount
    (which SQLite cannot negate) send their rows only to the generic path."""
    from sqlalchemy import update

    from app.db.models import Till
    with t._sessions.begin() as s:
        s.execute(update(Till).values(name='=Касса, "1"\n'))
        s.execute(update(Purchase).where(Purchase.id == sales["purchases"][4])
                  .values(cashier="a\x00b"))
        s.execute(update(Purchase).where(Purchase.id == sales["purchases"][6])
                  .values(amount_minor=-(2**63)))
        s.execute(update(LedgerEntry).where(LedgerEntry.id == sales["entries"][5])
                  .values(ref="\x00"))
    fast, generic = both_paths(t, tmp_path, kind="purchases")
    assert fast == generic and b"a\x00b" in fast
    assert sqlite_lines["generic"] == 1 + 2
    rows = {r["id"]: r for r in read_csv(tmp_path / "purchases-True.csv")}
    assert rows[str(sales["purchases"][6])]["amount"] == "-92233720368547758.08"
    assert rows[str(sales["purchases"][0])]["till"] == "'=Касса, \"1\"\n"
    fast, generic = both_paths(t, tmp_path, kind="ledger")
    assert fast == generic and sqlite_lines["generic"] == 3 + 1 + 1


@pytest.mark.sqlite_only  # SQLite's own CSV lines against the portable rows
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.tuples(_AWKWARD, _AWKWARD), min_size=3, max_size=3),
       amounts=st.lists(st.integers(-10**15, 10**15), min_size=3, max_size=3),
       zone=st.sampled_from(ZONES))
def test_sqlite_sales_lines_equal_the_generic_writer_for_any_text(t, sales, tmp_path, texts,
                                                                  amounts, zone):
    from zoneinfo import ZoneInfo

    from sqlalchemy import update
    t.ctx.local_tz = ZoneInfo(zone) if zone else None
    with t._sessions.begin() as s:
        for pid, eid, (a, b), amount in zip(sales["purchases"][3:6], sales["entries"][3:6],
                                            texts, amounts, strict=True):
            s.execute(update(Purchase).where(Purchase.id == pid)
                      .values(cashier=a, receipt_number=b, amount_minor=amount))
            s.execute(update(LedgerEntry).where(LedgerEntry.id == eid).values(reason=a, ref=b))
    for kind in ("purchases", "ledger"):
        fast, generic = both_paths(t, tmp_path, chunk=7, kind=kind)
        assert fast == generic, kind


@pytest.mark.parametrize("kind", ["purchases", "ledger"])
def test_cancelling_the_sqlite_sales_lines_leaves_no_file(t, shop, tmp_path, kind, sqlite_lines):
    """Progress counts SQLite's chunks as the generic path counts its own; Cancel after
    the first one leaves nothing behind, and an older file stays as it was."""
    from app.services import exports
    out = tmp_path / f"{kind}.csv"
    out.write_text("yesterday's export")
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done == 0
    with t._sessions.begin() as s:
        total = s.scalar(select(func.count()).select_from(TABLES[kind]))
        result = exports.export(s, t.ctx, kind, "csv", out, progress, chunk=2)
    assert result.cancelled and result.path is None and result.rows == 2
    assert calls == [(0, total), (2, total)] and sqlite_lines["chunks"] == 1
    assert out.read_text() == "yesterday's export"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


@pytest.mark.parametrize("kind,table", [("purchases", "purchase"), ("ledger", "ledger")])
def test_the_sqlite_lines_join_as_the_generic_query_does(app, t, kind, table):
    """The SQLite lines copy the generic query's joins (the same card number and till
    name, rows in the same order): a change to one must be made to the other."""
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.orm import Session

    from app.db.dialect import sqlite_export
    from app.db.local_time import LocalTimes
    from app.services import export_tables
    with Session(app.engine) as s:
        stmt = export_tables.table(s, t.ctx, kind, LocalTimes(t.ctx.local, " ")).stmt
    generic = " ".join(str(stmt.compile(dialect=sqlite.dialect())).split())
    assert f"FROM {sqlite_export.JOINS.format(t=table)}" in generic
