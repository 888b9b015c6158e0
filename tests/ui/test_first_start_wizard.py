"""The shop's first start (issue #18), driven as the owner would from the keyboard:
language, country, shop name, this till's name, the owner's name and PIN twice. A
wrong second PIN and an empty shop name are said in words and nothing is saved;
cancelling quits with nothing saved and the next start asks again; a shop in Latvia
then reads "21234567" as +371. A new computer at a shop already set up is asked only
its till's name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWizard
from sqlalchemy import select

from app.bootstrap import open_app, till_start
from app.db.models import Till
from app.services.context import SYSTEM
from app.services.dto import MemberInput
from app.services.settings import Settings
from app.ui.first_start import first_start
from app.ui.first_start_wizard import FirstStartWizard
from app.ui.formats import use_language
from app.ui.main import switch_translator
from app.ui.till_name_dialog import TillNameDialog
from tests.ui import drive


@pytest.fixture
def switched(qapp):
    """The languages the wizard switched to, switched for real; English again after."""
    chosen: list[str] = []

    def switch(lang: str) -> None:
        chosen.append(lang)
        switch_translator(qapp, lang)
    yield switch, chosen
    for old in qapp.findChildren(QTranslator):
        qapp.removeTranslator(old)
    use_language("en")


@pytest.fixture
def shop(tmp_path):
    """A new shop's first start on this computer: its settings, its database opened."""
    settings = Settings(tmp_path / "settings.json")
    start = till_start(str(tmp_path / "shop.sqlite3"), settings=settings)
    terminal = start.open("en")
    yield start, terminal
    terminal.close()


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def walk_to_owner(qtbot, wizard, shop_name="Kafejnīca Rīts") -> None:
    """Language (Enter keeps English), Latvia, the shop's name, this till's name."""
    drive.focus(qtbot, wizard.language.languages)
    drive.press(qtbot, wizard.language.languages, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.country
    fields = wizard.country.fields
    drive.choose(qtbot, fields.country, "Latvia")
    assert fields.region.currentText() == "LV — Latvia" and fields.currency.currentText() == "EUR"
    drive.click(qtbot, next_button(wizard))
    assert wizard.currentPage() is wizard.shop
    drive.press(qtbot, wizard.shop.name, Qt.Key.Key_Return)  # nothing typed yet
    assert wizard.currentPage() is wizard.shop
    assert wizard.shop.error.isVisible() and wizard.shop.error.text() == "Give the shop's name."
    drive.type_into(qtbot, wizard.shop.name, shop_name)
    drive.press(qtbot, wizard.shop.name, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.till
    drive.type_into(qtbot, wizard.till.name, "Lete 1", clear=True)
    drive.press(qtbot, wizard.till.name, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.owner_page


def owner(qtbot, wizard, pin: str, again: str) -> None:
    page = wizard.owner_page
    if not page.name.text():
        drive.type_into(qtbot, page.name, "Ilze")
    drive.type_into(qtbot, page.pin, pin)
    drive.type_into(qtbot, page.pin_again, again)
    drive.press(qtbot, page.pin_again, Qt.Key.Key_Return)


def test_the_whole_first_start_by_keyboard_saves_it_all_once(qtbot, shop, switched):
    start, terminal = shop
    seen = {}

    def answer():
        wizard = drive.visible_dialog(FirstStartWizard, qtbot)
        walk_to_owner(qtbot, wizard)
        owner(qtbot, wizard, "2468", "1357")  # the second PIN is wrong
        page = wizard.owner_page
        seen["error"] = page.error.text()
        seen["cleared"] = (page.pin.text(), page.pin_again.text(), page.pin.hasFocus())
        seen["staff"] = terminal.sign_in.has_staff()
        owner(qtbot, wizard, "2468", "2468")
    QTimer.singleShot(0, answer)
    result = first_start(start, terminal, "en", switched[0], lambda: None)
    assert result is terminal
    assert seen == {"error": "The two PINs differ.", "cleared": ("", "", True), "staff": False}
    assert terminal.ctx.staff.name == "Ilze" and terminal.ctx.role == "owner"
    assert (terminal.program.name, terminal.program.phone_region, terminal.program.currency) \
        == ("Kafejnīca Rīts", "LV", "EUR")
    assert start.settings.till_name() == "Lete 1" and start.settings.lang() == "en"
    assert terminal.ctx.till_name == "Lete 1"
    jānis = terminal.till.enrol(MemberInput(first_name="Jānis", phone="21234567", consent=True))
    assert terminal.till.member(jānis).phone == "+371 21 234 567"
    again = start.open("en")  # the next start: set up, nothing asked
    try:
        assert first_start(start, again, "en", switched[0], lambda: None) is again
        assert again.ctx.till_name == "Lete 1" and again.ctx.phone_region == "LV"
    finally:
        again.close()


def test_cancel_quits_with_nothing_saved_and_the_next_start_asks_again(qtbot, shop, switched):
    start, terminal = shop
    asked = []

    def cancel():
        wizard = drive.visible_dialog(FirstStartWizard, qtbot)
        asked.append(wizard.currentPage().title())
        walk_to_owner(qtbot, wizard)
        drive.type_into(qtbot, wizard.owner_page.name, "Ilze")
        drive.press(qtbot, wizard.owner_page.name, Qt.Key.Key_Escape)
    QTimer.singleShot(0, cancel)
    assert first_start(start, terminal, "en", switched[0], lambda: None) is None
    assert asked == ["Welcome to Regulars"]
    assert not terminal.sign_in.has_staff() and terminal.program.name == "Regulars"
    assert terminal.program.phone_region == "RU" and start.settings.till_name() is None
    QTimer.singleShot(0, lambda: asked.append(
        drive.visible_dialog(FirstStartWizard, qtbot).reject()))
    assert first_start(start, terminal, "en", switched[0], lambda: None) is None
    assert len(asked) == 2  # asked again


def test_the_language_chosen_speaks_at_once(qtbot, shop, switched):
    start, terminal = shop
    switch, chosen = switched
    wizard = drive.shown(qtbot, FirstStartWizard(terminal.sign_in.first_start, switch, "en",
                                                 "PC-1"))
    drive.focus(qtbot, wizard.language.languages)
    drive.press(qtbot, wizard.language.languages, Qt.Key.Key_Up)  # English → Русский
    assert chosen == ["ru"]
    # Qt posts the language change to every widget: the page says itself anew.
    qtbot.waitUntil(lambda: wizard.language.title() == "Добро пожаловать в Regulars")
    assert next_button(wizard).text() == "Далее >"
    assert wizard.language.intro.text() == "Выберите язык этой кассы (↑/↓, затем Enter)."
    drive.press(qtbot, wizard.language.languages, Qt.Key.Key_Down)
    drive.press(qtbot, wizard.language.languages, Qt.Key.Key_Down)  # Latviešu
    assert chosen == ["ru", "en", "lv"] and wizard.lang == "lv"
    drive.press(qtbot, wizard.language.languages, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.country  # with or without a Latvian catalogue


def test_a_new_computer_at_a_shop_set_up_is_asked_only_its_tills_name(qtbot, tmp_path,
                                                                     switched):
    db = str(tmp_path / "shop.sqlite3")
    first = open_app(db, "en", acting=SYSTEM, settings=Settings(tmp_path / "one.json"))
    first.terminal.sign_in.create_owner("Olga", "1234")
    first.engine.dispose()
    start = till_start(db, settings=Settings(tmp_path / "two.json"))
    terminal = start.open("en")

    def name_it():
        dialog = drive.visible_dialog(TillNameDialog, qtbot)
        drive.type_into(qtbot, dialog.name, "Bar 2", clear=True)
        drive.press(qtbot, dialog.name, Qt.Key.Key_Return)
    QTimer.singleShot(0, name_it)
    reopened = first_start(start, terminal, "en", switched[0], lambda: start.open("en"))
    try:
        assert reopened is not terminal and reopened.ctx.till_name == "Bar 2"
        assert not any(isinstance(w, FirstStartWizard) and w.isVisible()
                       for w in QApplication.topLevelWidgets())
        with reopened._sessions.begin() as s:
            assert sorted(s.scalars(select(Till.name))) == ["Bar 2", "Till 1"]
    finally:
        reopened.close()


def test_the_first_start_of_the_till_goes_from_the_wizard_to_the_till_signed_in(
        qtbot, tmp_path, monkeypatch, switched):
    """The README's first command on a new database: the wizard, then the till with
    the owner at it (no PIN asked again) and the demo members to try it on."""
    import sys

    from app.ui import main
    from app.ui.till_window import TillWindow
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the start's log file
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after run_gui
    seen = {}

    def answer():
        wizard = drive.visible_dialog(FirstStartWizard, qtbot)
        walk_to_owner(qtbot, wizard, "Rīts")
        owner(qtbot, wizard, "2468", "2468")

    def when_the_till_shows():
        window = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, TillWindow) and w.isVisible()), None)
        if window is None:
            return
        seen["staff"] = window.terminal.ctx.staff.name
        seen["members"] = window.terminal.till.member_count()
        seen["program"] = (window.terminal.program.name, window.terminal.program.currency)
        seen["window"] = window
        poll.stop()
        QApplication.exit(0)
    QTimer.singleShot(0, answer)
    poll = QTimer(interval=200, timeout=when_the_till_shows)
    poll.start()
    start = till_start(str(tmp_path / "new.sqlite3"), settings=Settings(tmp_path / "s.json"))
    assert main.run_gui(start, "en") == 0
    window = seen.pop("window")
    QApplication.instance().removeEventFilter(window.scanner)
    qtbot.addWidget(window)  # closed and deleted after the test
    assert seen == {"staff": "Ilze", "members": 300, "program": ("Rīts", "EUR")}
