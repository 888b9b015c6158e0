"""The till in Latvian (issue #18): chosen from the Language menu, its words and plurals,
Qt's own buttons, euros, and the reports' spreadsheet dates."""

import uuid

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app.bootstrap import open_app
from app.services.context import SYSTEM
from app.services.dto import MemberInput
from app.services.report_writers import DATE, _xlsx_formats
from app.services.settings import Settings, system_language
from app.ui.formats import use_language
from app.ui.main import install_translator, make_window
from tests.ui.drive import click_menu


@pytest.fixture
def latvian(qapp):
    before = set(qapp.findChildren(QTranslator))
    install_translator(qapp, "lv")
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
    use_language("en")


@pytest.fixture
def riga(tmp_path):
    """A shop whose program counts in euros, a member with 21 points (Latvian's "punkts")."""
    terminal = open_app(str(tmp_path / "riga.sqlite3"), "lv", acting=SYSTEM).terminal
    data = terminal.program.to_dict()
    data["currency"], data["welcome_bonus"] = "EUR", 21
    terminal.admin.save_program(data)
    mid = terminal.till.enrol(MemberInput(first_name="Jānis", last_name="Bērziņš",
                                          phone="+371 2012 3456", consent=True))
    return terminal, mid


def _window(qtbot, terminal):
    window = make_window(terminal, save_language=Settings().set_lang)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_language_menu_offers_latvian_for_the_next_start(qtbot, riga, monkeypatch):
    monkeypatch.delenv("REGULARS_LANG")
    window = _window(qtbot, riga[0])
    try:
        click_menu(qtbot, window, "Language", "Latviešu")
        assert Settings().load() == {"lang": "lv"}
        assert system_language() == "lv"
    finally:
        QApplication.instance().removeEventFilter(window.scanner)


def test_the_till_speaks_latvian_with_its_plurals_and_euros(qtbot, riga, latvian):
    terminal, mid = riga
    window = _window(qtbot, terminal)
    try:
        window.show_member(mid)
        assert window.panel.balance.text() == "21 punkts"  # 21: Latvian's singular
        assert window.purchase_button.text() == "Pirkums  F5"
        assert window.search.placeholderText() == "Vārds, tālrunis vai karte"
        terminal.till.record_purchase(uuid.uuid4(), mid, 125_050)
        window.show_member(mid)
        visit = window.panel.visits.item(0, 1).text()
        assert visit == "1250,50\u00a0€"
        assert window.panel.balance.text().endswith(" punkti")
    finally:
        QApplication.instance().removeEventFilter(window.scanner)
    # Qt's own words come from its qtbase_lv catalogue, which PySide6 ships
    box = QMessageBox(QMessageBox.Icon.Question, "Regulars", "?",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert [box.button(b).text() for b in (QMessageBox.StandardButton.Save,
                                           QMessageBox.StandardButton.Cancel)] == ["Saglabāt", "Atcelt"]


def test_report_spreadsheets_write_days_as_latvia_does():
    assert _xlsx_formats("lv")[DATE] == "DD.MM.YYYY"
