"""Importing members from other systems' exports: exact outcomes on hand-built fixtures
shaped like Odoo's and OpenSourcePOS's exports and a dirty Russian sheet (see
tests/fixtures/import/make_fixtures.py for what each row is meant to test)."""

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.cli import main
from app.db.models import AuditEntry, ImportBatch, LedgerEntry, Member
from app.domain.errors import DomainError
from app.domain.roles import PermissionDenied
from app.services import importer
from app.services.context import StaffSession

pytestmark = pytest.mark.both_databases

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
DIRTY = FIXTURES / "dirty_cp1251_semicolon.csv"
CARD_A, CARD_B, CARD_C = "2000000000015", "2000000000022", "2000000000039"
EXISTING_CARD = "2000000009995"

# The dirty sheet, duplicates skipped: (row, outcome, reason codes).
DIRTY_SKIP = [
    (2, "import", []),
    (4, "import", []),
    (5, "reject", ["import_phone_invalid"]),
    (6, "reject", ["import_name_missing"]),
    (7, "reject", ["import_points_invalid"]),
    (8, "skip", ["import_duplicate_row"]),
    (9, "skip", ["import_duplicate_member"]),
    (11, "reject", ["import_card_invalid"]),
    (12, "reject", ["import_tier_unknown"]),
    (13, "reject", ["import_date_invalid"]),
    (14, "skip", ["import_duplicate_row"]),
    (15, "reject", ["import_conflict"]),
]


@pytest.fixture
def ivan(t, member_input):
    """The member already enrolled before the import (welcome bonus 200 points)."""
    return t.till.enrol(member_input(first_name="Иван", patronymic="Иванович", last_name="Иванов",
                                phone="+7 916 123-45-67", card_number=EXISTING_CARD))


@pytest.fixture
def db(app):
    with Session(app.engine) as s:
        yield s


def outcomes(report):
    return [(r.row, r.status, [p.code for p in r.reasons]) for r in report.rows]


def by_phone(db, phone) -> Member:
    db.expire_all()
    return db.scalar(select(Member).where(Member.phone == phone))


def counts(db) -> tuple[int, int, int, int]:
    db.expire_all()
    return tuple(db.scalar(select(func.count()).select_from(model))
                 for model in (Member, LedgerEntry, ImportBatch, AuditEntry))


@pytest.mark.parametrize("name, encoding, delimiter", [
    ("dirty_cp1251_semicolon.csv", "cp1251", ";"),
    ("dirty_utf8bom_tab.csv", "utf-8-sig", "\t"),
    ("dirty_utf8_comma.csv", "utf-8", ","),
])
def test_dirty_sheet_reads_the_same_in_every_encoding_and_delimiter(t, ivan, db, name,
                                                                    encoding, delimiter):
    table, mapping = t.office.import_peek(FIXTURES / name)
    assert (table.encoding, table.delimiter) == (encoding, delimiter)
    assert table.headers[0] == "ФИО"
    assert mapping == {"full_name": "ФИО", "phone": "Телефон", "card": "Номер карты",
                       "points": "Баллы", "tier": "Статус", "enrolled": "Дата регистрации",
                       "birthday": "День рождения", "notes": "Примечание"}
    before = counts(db)
    report = t.office.import_members(FIXTURES / name, dry_run=True)
    assert outcomes(report) == DIRTY_SKIP
    assert (report.imported, report.merged, report.skipped, report.rejected) == (2, 0, 3, 7)
    assert report.points == 1500 and not report.applied
    assert counts(db) == before  # a dry run saves nothing


def test_all_or_nothing_refuses_one_bad_row_and_changes_nothing(t, ivan, db):
    before = counts(db)
    report = t.office.import_members(DIRTY)
    assert report.refused and not report.applied
    assert counts(db) == before == (1, 1, 0, 0)


def test_valid_rows_only_imports_the_good_rows_with_their_opening_points(t, ivan, db, clock):
    clock(2026, 3, 10, 12, 0)
    report = t.office.import_members(DIRTY, valid_only=True)
    assert report.applied and not report.refused
    assert (report.imported, report.merged, report.skipped, report.rejected) == (2, 0, 3, 7)
    elena = by_phone(db, "+79165550101")
    assert (elena.last_name, elena.first_name, elena.patronymic) == ("Петрова", "Елена",
                                                                     "Сергеевна")
    assert elena.card_number == CARD_A and elena.balance == 1200
    assert elena.tier_key == "wolf"  # the old status comes over, though imported points
    assert elena.qualifying_points == 0  # do not qualify
    assert elena.created_at == datetime(2019, 3, 15) and elena.birthday == date(1985, 3, 7)
    assert elena.notes == "Любит овсяное молоко, без сахара"
    assert elena.consent_version == "import"
    alexey = by_phone(db, "+79035550202")
    assert (alexey.first_name, alexey.last_name, alexey.balance) == ("Алексей", "Смирнов", 300)
    assert alexey.notes == "Первая строка\nвторая строка"
    assert alexey.card_number and alexey.card_number.startswith("2")
    rows = db.execute(select(LedgerEntry.member_id, LedgerEntry.points, LedgerEntry.ref)
                      .where(LedgerEntry.kind == "imported")).all()
    assert sorted((m, p) for m, p, _ in rows) == sorted([(elena.id, 1200), (alexey.id, 300)])
    assert {ref for *_, ref in rows} == {report.batch_id.hex}
    assert by_phone(db, "+79161234567").balance == 200  # the member was skipped, untouched
    assert counts(db) == (3, 3, 1, 1)
    batch = db.get(ImportBatch, report.batch_id)
    assert (batch.imported, batch.skipped, batch.rejected, batch.points) == (2, 3, 7, 1500)
    audit = t.office.audit_log(action="import_members")
    assert audit[0].details["imported"] == 2 and audit[0].target == report.batch_id.hex
    assert t.admin.check().ok
    assert [h.phone for h in t.till.search("0101")] == [elena.phone_display]  # searchable at once


def test_merge_fills_empty_fields_and_adds_points_once(t, ivan, db):
    report = t.office.import_members(DIRTY, duplicates="merge", valid_only=True)
    assert (report.imported, report.merged, report.skipped, report.rejected) == (2, 3, 0, 7)
    assert [r.status for r in report.rows if r.row in (8, 9, 14)] == ["merge"] * 3
    elena = by_phone(db, "+79165550101")
    assert elena.balance == 1300  # row 2's 1200 and row 8's 100, in one opening row
    assert elena.first_name == "Елена"  # a merge never overwrites
    member = by_phone(db, "+79161234567")
    assert member.balance == 200 + 500
    assert member.tier_key == "lion"  # the old system's status is honoured
    assert db.scalar(select(func.count()).select_from(LedgerEntry)
                     .where(LedgerEntry.kind == "imported")) == 3
    assert t.admin.check().ok
    again = t.office.import_members(DIRTY, duplicates="merge", valid_only=True)
    assert (again.imported, again.merged, again.rejected) == (0, 5, 7)
    assert [r.row for r in again.rows if "import_points_already" in
            [p.code for p in r.reasons]] == [2, 4, 8, 9]
    assert (by_phone(db, "+79165550101").balance, by_phone(db, "+79161234567").balance,
            by_phone(db, "+79035550202").balance) == (1300, 700, 300)
    assert counts(db)[:2] == (3, 4)
    assert t.admin.check().ok


def test_the_old_status_is_kept_until_the_review_under_a_calendar_year_window(t, db, clock):
    clock(2026, 3, 10, 12, 0)
    data = t.program.to_dict()
    data["qualifying_window"] = {"kind": "calendar_year", "months": 12}
    t.admin.save_program(data)
    t.office.import_members(DIRTY, valid_only=True)
    elena = by_phone(db, "+79165550101")
    assert (elena.tier_key, elena.tier_floor_key, elena.tier_review_on) == (
        "wolf", "wolf", date(2027, 1, 1))
    assert t.till.member(elena.id).tier_key == "wolf"
    alexey = by_phone(db, "+79035550202")
    assert alexey.tier_key == "bunny" and t.admin.check().ok


def test_running_the_same_import_again_with_skip_imports_nothing_new(t, ivan, db):
    t.office.import_members(DIRTY, valid_only=True)
    before = counts(db)
    again = t.office.import_members(DIRTY, valid_only=True)
    assert (again.imported, again.merged, again.skipped, again.rejected) == (0, 0, 5, 7)
    assert counts(db)[:2] == before[:2]


def test_cancel_from_the_progress_callback_leaves_nothing_behind(t, ivan, db, monkeypatch):
    monkeypatch.setattr(importer, "PROGRESS_EVERY", 1)
    seen = []

    def progress(done, total):
        seen.append((done, total))
        if done > total // 3 + 1:  # writing, after a member was added
            raise importer.ImportCancelled()
    before = counts(db)
    with pytest.raises(importer.ImportCancelled):
        t.office.import_members(FIXTURES / "odoo_import_compatible.csv", progress=progress)
    assert seen[:5] == [(1, 9), (2, 9), (3, 9), (4, 9), (5, 9)]
    assert counts(db) == before


def test_odoo_contacts_xlsx(t, ivan, db):
    table, mapping = t.office.import_peek(FIXTURES / "odoo_contacts.xlsx")
    assert table.encoding == "xlsx"
    assert mapping == {"full_name": "Name", "mobile": "Mobile", "phone": "Phone",
                       "email": "Email", "card": "Barcode", "points": "Loyalty Points"}
    report = t.office.import_members(FIXTURES / "odoo_contacts.xlsx", valid_only=True)
    assert outcomes(report) == [(2, "import", []), (3, "import", []), (4, "import", []),
                                (5, "reject", ["import_phone_invalid"]),
                                (6, "skip", ["import_duplicate_row"]),
                                (7, "reject", ["import_points_invalid"])]
    ivan_p = by_phone(db, "+79161112233")  # the mobile, not the Moscow landline
    assert (ivan_p.first_name, ivan_p.last_name, ivan_p.email, ivan_p.card_number,
            ivan_p.balance) == ("Ivan", "Petrov", "ivan.petrov@example.com", CARD_A, 150)
    sergey = by_phone(db, "+79031234567")
    assert (sergey.first_name, sergey.patronymic, sergey.last_name, sergey.card_number,
            sergey.balance) == ("Сергей", "Иванович", "Кузнецов", CARD_B, 1250)
    anna = by_phone(db, "+79262223344")
    assert anna.balance == 0 and db.scalar(select(func.count()).select_from(LedgerEntry)
                                           .where(LedgerEntry.member_id == anna.id)) == 0
    assert report.points == 1400 and t.admin.check().ok


def test_odoo_import_compatible_export_imports_whole(t, db):
    report = t.office.import_members(FIXTURES / "odoo_import_compatible.csv")
    assert report.applied and (report.imported, report.rejected) == (3, 0)
    assert counts(db)[0] == 3 and report.points == 1400


def test_opensourcepos_customers(t, ivan, db):
    report = t.office.import_members(FIXTURES / "ospos_customers.csv", duplicates="merge",
                              valid_only=True)
    assert outcomes(report) == [(2, "import", []), (3, "import", ["import_email_dropped"]),
                                (4, "reject", ["import_no_consent"]),
                                (5, "reject", ["import_name_missing"]),
                                (6, "merge", ["import_duplicate_row"]),
                                (7, "merge", ["import_duplicate_member"])]
    bob = by_phone(db, "+74955551111")
    assert (bob.first_name, bob.last_name, bob.card_number, bob.notes) == (
        "Bob", "Smith", CARD_C, "Awesome guy")
    alice = by_phone(db, "+79163334455")
    # Her own e-mail was unreadable; row 6 (same phone) filled the empty field.
    assert (alice.first_name, alice.email, alice.notes) == ("Alice", "kate@example.com",
                                                            "Prefers oat milk")
    member = by_phone(db, "+79161234567")  # merged: the empty e-mail filled, names kept
    assert (member.first_name, member.email) == ("Иван", "ivan@example.com")
    assert by_phone(db, "+79163330001") is None  # no consent, not imported
    assert t.admin.check().ok


def test_a_mapping_without_name_or_phone_is_refused(t):
    with pytest.raises(DomainError) as err:
        t.office.import_members(DIRTY, mapping={"full_name": "ФИО"}, dry_run=True)
    assert err.value.code == "import_mapping_phone"
    with pytest.raises(DomainError) as err:
        t.office.import_members(DIRTY, mapping={"full_name": "Name", "phone": "Телефон"}, dry_run=True)
    assert err.value.code == "import_mapping_column"


def test_only_the_owner_imports(t):
    t.ctx.staff = StaffSession(None, "Maria", "manager")
    with pytest.raises(PermissionDenied):
        t.office.import_members(DIRTY, dry_run=True)


def test_a_file_that_is_not_a_table_is_a_clear_error(t, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(DomainError) as err:
        t.office.import_peek(broken)
    assert err.value.code == "import_unreadable"
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(DomainError) as err:
        t.office.import_peek(empty)
    assert err.value.code == "import_empty"


# ---- the command line --------------------------------------------------------------


def test_cli_dry_run_reports_and_refuses(app, ivan, db, capsys):
    rc = main(["import", "members", str(DIRTY), "--db", app.url, "--dry-run"])
    out, err = capsys.readouterr()
    assert rc == 1
    assert "row 5: rejected: Bad phone number: 12345." in out
    assert "row 9: skipped: Already a member (same phone or card)." in out
    assert "would be imported: 2, would be merged: 0, skipped: 3, rejected: 7" in out
    assert "nothing would be imported" in err
    assert counts(db) == (1, 1, 0, 0)


def test_cli_all_or_nothing_exits_non_zero_and_valid_only_imports(app, ivan, db, capsys):
    assert main(["import", "members", str(DIRTY), "--db", app.url]) == 1
    assert counts(db) == (1, 1, 0, 0)
    assert main(["import", "members", str(DIRTY), "--db", app.url, "--valid-only",
                 "--duplicates", "merge"]) == 0
    out = capsys.readouterr().out
    assert "imported: 2, merged: 3, skipped: 0, rejected: 7; opening points: 2100" in out
    assert counts(db)[:3] == (3, 4, 1)
    assert main(["check", "--db", app.url]) == 0


def test_cli_mapping_inline_and_as_json(app, db, tmp_path, capsys):
    ospos = str(FIXTURES / "ospos_customers.csv")
    inline = "first_name=First Name,last_name=Last Name,phone=Phone Number"
    assert main(["import", "members", ospos, "--db", app.url, "--mapping", inline,
                 "--dry-run"]) == 1  # without Consent mapped, row 5 (no name) still refuses
    out = capsys.readouterr().out
    assert "columns: first_name=First Name, last_name=Last Name, phone=Phone Number" in out
    assert "would be imported: 3, would be merged: 2, skipped: 0, rejected: 1" not in out
    assert "would be imported: 4, would be merged: 0, skipped: 1, rejected: 1" in out
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"first_name": "First Name", "phone": "Phone Number"}),
                       encoding="utf-8")
    assert main(["import", "members", ospos, "--db", app.url, "--mapping", str(mapping),
                 "--valid-only"]) == 0
    assert counts(db)[0] == 4
    assert main(["import", "members", ospos, "--db", app.url, "--mapping", "phone"]) == 2
    assert "is not field=Header" in capsys.readouterr().err


def test_a_lost_cards_number_is_never_given_out_again_by_an_import(t, ivan, db, tmp_path):
    t.till.replace_card(ivan)  # Ivan lost his card: EXISTING_CARD is blocked for good
    sheet = tmp_path / "cards.csv"
    sheet.write_text("Имя;Телефон;Карта\nПётр Сидоров;+7 916 555-00-01;" + EXISTING_CARD +
                     "\nАнна Кузнецова;+7 916 555-00-02;\n", encoding="utf-8")
    report = t.office.import_members(sheet, valid_only=True)
    assert outcomes(report) == [(2, "reject", ["import_card_blocked"]), (3, "import", [])]
    anna = by_phone(db, "+79165550002")
    assert anna.card_number and anna.card_number != EXISTING_CARD
    assert t.admin.check().ok
