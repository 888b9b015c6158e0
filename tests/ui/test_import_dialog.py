"""The owner's import dialog: file → preview and guessed mapping → dry run → import,
off the GUI thread, with the mapping remembered and a cancel that saves nothing."""

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from app.domain.importing import header_signature
from app.services.dto import MemberInput
from app.ui.import_dialog import SETTINGS_KEY, ImportDialog
from tests.ui.drive import choose, click

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
DIRTY = FIXTURES / "dirty_cp1251_semicolon.csv"


class MemorySettings(dict):
    def set(self, key, value):
        self[key] = value


@pytest.fixture
def settings():
    return MemorySettings()


@pytest.fixture
def dialog(qtbot, terminal, settings):
    terminal.till.enrol(MemberInput(first_name="Иван", last_name="Иванов", phone="+7 916 123-45-67",
                               card_number="2000000009995", consent=True))
    d = ImportDialog(terminal, settings=settings)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def run(qtbot, d, button):
    click(qtbot, button)
    qtbot.waitUntil(lambda: not d.busy, timeout=10_000)


def test_preview_guess_dry_run_then_valid_rows_only(qtbot, dialog, terminal, settings):
    assert not dialog.check_button.isEnabled()
    assert dialog.load_file(DIRTY)
    assert "dirty_cp1251_semicolon.csv (CP1251, «;»): 12 rows" == dialog.file_label.text()
    assert dialog.preview.rowCount() == 5
    assert dialog.preview.horizontalHeaderItem(0).text() == "ФИО"
    assert dialog.preview.item(0, 0).text() == "Петрова Елена Сергеевна"
    assert dialog.preview.verticalHeaderItem(1).text() == "4"  # the spreadsheet's row number
    assert dialog.combos["full_name"].currentText() == "ФИО"
    assert dialog.combos["email"].currentText() == "— not in the file —"
    assert not dialog.import_button.isEnabled()  # a dry run comes first

    run(qtbot, dialog, dialog.check_button)
    points = QLocale().toString(1500)  # as the till's locale writes it
    assert dialog.summary.text() == (
        f"Would import 2, merge 0, skip 3, reject 7; opening points {points}.  "
        "All or nothing would refuse: choose 'valid rows only' or fix the file.")
    assert dialog.rows.rowCount() == 12
    assert [dialog.rows.item(2, c).text() for c in (0, 1, 4)] == [
        "5", "reject", "Bad phone number: 12345."]
    assert dialog.rows.item(5, 4).text() == "Same person as row 2."
    assert dialog.import_button.isEnabled()
    assert terminal.till.member_count() == 1

    run(qtbot, dialog, dialog.import_button)  # all or nothing: refused
    assert dialog.summary.text() == "Nothing was imported: 7 rows rejected."
    assert terminal.till.member_count() == 1

    choose(qtbot, dialog.mode, "Valid rows only")
    assert not dialog.import_button.isEnabled()  # other options: check again
    run(qtbot, dialog, dialog.check_button)
    run(qtbot, dialog, dialog.import_button)
    assert dialog.summary.text() == ("Done. Imported 2, merged 0, skipped 3, rejected 7; "
                                     f"opening points {points}.")
    assert terminal.till.member_count() == 3
    assert terminal.till.search("Петрова")[0].balance == 1200
    assert terminal.admin.check().ok
    signature = header_signature(dialog._table.headers)
    assert settings[SETTINGS_KEY][signature]["phone"] == "Телефон"


def test_the_mapping_is_remembered_for_files_with_the_same_headers(qtbot, dialog, terminal,
                                                                   settings):
    dialog.load_file(FIXTURES / "ospos_customers.csv")
    email = dialog.combos["email"]
    choose(qtbot, email, email.itemText(0))  # the owner leaves the e-mails behind
    assert email.currentIndex() == 0
    choose(qtbot, dialog.mode, "Valid rows only")
    run(qtbot, dialog, dialog.check_button)
    run(qtbot, dialog, dialog.import_button)
    assert terminal.till.member_count() == 3
    again = ImportDialog(terminal, settings=settings)
    qtbot.addWidget(again)
    again.load_file(FIXTURES / "ospos_customers.csv")
    assert again.combos["email"].currentIndex() == 0
    assert again.combos["first_name"].currentText() == "First Name"
    other = ImportDialog(terminal, settings=settings)
    qtbot.addWidget(other)
    other.load_file(DIRTY)  # other headers: guessed afresh
    assert other.combos["full_name"].currentText() == "ФИО"


def test_cancel_leaves_nothing_behind(qtbot, dialog, terminal):
    dialog.load_file(FIXTURES / "odoo_import_compatible.csv")
    run(qtbot, dialog, dialog.check_button)
    dialog.start(dry_run=False)
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.summary.text() == "The import was cancelled; nothing was saved."
    assert terminal.till.member_count() == 1


def test_an_unreadable_file_is_said_plainly(qtbot, dialog, tmp_path):
    bad = tmp_path / "members.xlsx"
    bad.write_bytes(b"PK\x03\x04 broken")
    assert not dialog.load_file(bad)
    assert dialog.summary.text().startswith("Cannot read members.xlsx:")
    assert not dialog.check_button.isEnabled()


def test_the_manage_menu_offers_import_to_the_owner(window):
    manage = next(a.menu() for a in window.menuBar().actions() if a.text() == "Manage")
    assert "Import members…" in [a.text() for a in manage.actions()]


def test_every_reason_an_import_gives_has_words_in_the_ui():
    import re

    from app.ui.messages import _texts
    source = (Path(__file__).resolve().parents[2] / "app" / "domain" / "importing.py").read_text(
        encoding="utf-8") + (Path(__file__).resolve().parents[2] / "app" / "services" /
                             "importer.py").read_text(encoding="utf-8")
    codes = set(re.findall(r'"(import_[a-z_]+)"', source)) - {"import_members"}  # audit action
    assert {"import_phone_invalid", "import_conflict", "import_cancelled"} <= codes
    assert sorted(codes - set(_texts())) == []
