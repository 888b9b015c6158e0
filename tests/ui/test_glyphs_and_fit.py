"""What the till, the enrolment and the purchase dialog show can be drawn by the font in
use, in Russian and in English, and the search box's placeholder shows whole at 1366x768."""

import uuid

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QWidget,
)

from app.bootstrap import open_app
from app.services.context import SYSTEM
from app.services.dto import MemberInput
from app.ui.enrol_dialog import EnrolDialog
from app.ui.formats import use_language
from app.ui.main import compiled_translation, make_window
from app.ui.purchase_dialog import PurchaseDialog
from tests.ui.drive import click


@pytest.fixture(params=["ru", "en"])
def lang(request, tmp_path_factory, monkeypatch):
    """The till in ``lang``: its catalogue on top and its number formats, as at start."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    translator = QTranslator()
    assert translator.load(str(compiled_translation(request.param)))
    QApplication.instance().installTranslator(translator)
    use_language(request.param)
    yield request.param
    QApplication.instance().removeTranslator(translator)
    use_language("en")


@pytest.fixture
def till(qtbot, lang, tmp_path):
    terminal = open_app(str(tmp_path / "till.sqlite3"), lang, acting=SYSTEM).terminal
    member = terminal.till.enrol(MemberInput(first_name="Иван", patronymic="Иванович",
                                        last_name="Петров", phone="+7 916 123-45-67",
                                        consent=True, notes="oat milk"))
    window = make_window(terminal)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield terminal, window, member
    QApplication.instance().removeEventFilter(window.scanner)


def texts(root: QWidget) -> list[tuple[QWidget, str]]:
    """Every text a person may see in ``root``: labels, buttons, fields, placeholders."""
    shown = [w for w in [root, *root.findChildren(QWidget)] if w.isVisibleTo(root)]
    out = [(root, root.windowTitle())]
    for w in shown:
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append((w, w.text()))
        if isinstance(w, QLineEdit):
            out += [(w, w.text()), (w, w.placeholderText())]
    return [(w, t) for w, t in out if t]


def undrawable(root: QWidget) -> list[str]:
    missing = []
    for widget, text in texts(root):
        metrics = QFontMetrics(widget.font())
        for char in text:
            if not char.isspace() and not metrics.inFontUcs4(ord(char)):
                missing.append(f"{widget.objectName() or type(widget).__name__}: "
                               f"{char!r} (U+{ord(char):04X}) in {text!r}")
    return missing


def test_the_till_after_a_tier_up_has_no_glyph_the_font_lacks(qtbot, till):
    terminal, window, member = till
    window.show_member(member)
    # 123 456.00 earns enough to reach the next tier: the banner celebrates it.
    window.after_purchase(terminal.till.record_purchase(uuid.uuid4(), member, 12_345_600))
    qtbot.waitUntil(window.banner.isVisible)
    assert window.banner.property("tierUp") is True
    assert undrawable(window) == []


def test_enrolment_with_every_error_has_no_glyph_the_font_lacks(qtbot, till):
    terminal, window, _member = till
    dialog = EnrolDialog(terminal, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(dialog.errors["first_name"].isVisible)
    assert undrawable(dialog) == []


def test_the_purchase_dialog_has_no_glyph_the_font_lacks(qtbot, till):
    terminal, window, member = till
    dialog = PurchaseDialog(terminal, terminal.till.member(member), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert undrawable(dialog) == []


def test_the_search_placeholder_shows_whole_at_1366x768(till):
    _terminal, window, _member = till
    search = window.search
    option = QStyleOptionFrame()
    search.initStyleOption(option)
    room = search.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option,
                                         search).width()
    margins = search.textMargins()
    room -= margins.left() + margins.right()
    room -= sum(b.width() for b in search.findChildren(QToolButton) if b.isVisibleTo(search))
    needed = QFontMetrics(search.font()).horizontalAdvance(search.placeholderText())
    assert needed <= room, (search.placeholderText(), needed, room)


def test_points_and_money_read_in_the_tills_language(qtbot, till, lang):
    terminal, window, member = till
    window.show_member(member)
    window.after_purchase(terminal.till.record_purchase(uuid.uuid4(), member, 12_345_600))
    qtbot.waitUntil(window.banner.isVisible)
    nb = "\u00a0"
    if lang == "ru":
        assert f"+3{nb}703 балла, на счёте 3{nb}903" in window.banner.text()
        assert window.panel.balance.text() == f"3{nb}903 балла"
    else:
        assert "+3,703 points, balance 3,903" in window.banner.text()
        assert window.panel.balance.text() == "3,903 points"
    amount = window.panel.visits.item(0, 1).text()
    assert amount == (f"123{nb}456,00{nb}RUB" if lang == "ru" else f"123,456.00{nb}RUB")


def test_the_welcome_gift_agrees_with_its_number(qtbot, till, lang):
    terminal, window, _member = till
    program = terminal.program.to_dict()
    program["welcome_bonus"] = 2
    terminal.admin.save_program(program)
    dialog = EnrolDialog(terminal, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.bonus.text() == ("Подарок: 2 балла уже на новой карте" if lang == "ru"
                                   else "Welcome gift: 2 points on the new card")
