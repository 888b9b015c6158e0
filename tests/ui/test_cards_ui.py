"""The card designer, the print dialog (PDF and the Qt printer path) and the till's
card actions, driven through the real widgets."""

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox

from app.cards.render import CARD_H_MM, CARD_W_MM
from app.services.dto import MemberInput
from app.ui.card_designer import CardDesignerDialog
from app.ui.card_painting import page_setup
from app.ui.card_print_dialog import CardPrintDialog
from tests.cards.pdf_pages import barcodes
from tests.ui.drive import (
    answer_when_asked,
    check,
    click,
    click_cell,
    click_menu,
    press,
    scan,
    shown,
    type_into,
)


def _save_pdf_as(monkeypatch, path):
    """The system's file dialog answers with ``path``."""
    monkeypatch.setattr("app.ui.card_print_dialog.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(path), ""))
    return path


def _enrol(terminal, n, first="Анна", last="Котова"):
    return terminal.till.enrol(MemberInput(first_name=first, last_name=last,
                                      phone=f"+7 916 000-00-{n:02d}", consent=True))


def test_designer_previews_at_true_size_and_saves(qtbot, terminal):
    dialog = shown(qtbot, CardDesignerDialog(terminal))
    type_into(qtbot, dialog.shop_name, "Кофейня «Утро»", clear=True)
    type_into(qtbot, dialog.back_text, "Покажите карту на кассе.", clear=True)
    check(qtbot, dialog.qr)
    width = round(CARD_W_MM / 25.4 * dialog.logicalDpiX())
    height = round(CARD_H_MM / 25.4 * dialog.logicalDpiY())
    qtbot.waitUntil(dialog.back_preview.isVisible)  # the preview follows the typing
    assert (dialog.front_preview.pixmap().width(), dialog.front_preview.pixmap().height()) == \
        (width, height)
    assert dialog.back_preview.isVisible()
    type_into(qtbot, dialog.colours["wolf"], "grey", clear=True)
    qtbot.waitUntil(lambda: dialog.status.text() == "A colour looks like #3d7ebf.")
    click(qtbot, dialog.save_button)
    assert dialog.status.text() == "A colour looks like #3d7ebf."
    assert terminal.office.card_design()[0] is None  # nothing saved
    type_into(qtbot, dialog.colours["wolf"], "#112233", clear=True)
    click(qtbot, dialog.save_button)
    assert dialog.status.text() == "Saved. New cards are printed with this design."
    _id, design = terminal.office.card_design()
    assert (design.shop_name, design.qr, design.colour_for("wolf"), design.back_text) == \
        ("Кофейня «Утро»", True, "#112233", "Покажите карту на кассе.")


def test_print_dialog_saves_a_pdf_and_records_the_run(qtbot, terminal, tmp_path, monkeypatch):
    numbers = sorted(terminal.till.member(_enrol(terminal, i)).card_number for i in range(3))
    dialog = shown(qtbot, CardPrintDialog(terminal))
    assert dialog.new_radio.text() == "New cards, never printed: 3"
    _save_pdf_as(monkeypatch, tmp_path / "cards.pdf")
    click(qtbot, dialog.pdf_button)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=20_000)
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled())
    assert dialog.last_result == (3, 1)
    assert barcodes(tmp_path / "cards.pdf") == numbers
    assert dialog.new_radio.text() == "New cards, never printed: 0"
    assert (dialog.runs.rowCount(), dialog.runs.item(0, 2).text(), dialog.runs.item(0, 3).text()) \
        == (1, "new", "3")
    assert "3 card(s) on 1 page(s)" in dialog.status.text()


def test_qt_printer_path_prints_readable_cards(qtbot, terminal, tmp_path, monkeypatch):
    a = _enrol(terminal, 1)
    b = _enrol(terminal, 2, "John", "Smith")
    dialog = shown(qtbot, CardPrintDialog(terminal))
    click(qtbot, dialog.list_radio)
    numbers = [terminal.till.member(m).card_number for m in (a, b)]
    type_into(qtbot, dialog.numbers, "\n".join(numbers))
    assert dialog.layout_choice.currentData() == "a4"
    set_up = []

    class SystemPrintDialog:  # the system's print dialog: the owner picks a PDF printer
        def __init__(self, printer, _parent=None):
            self.printer = printer

        def exec(self):
            set_up.append(self.printer.pageLayout().pageSize().id())
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(tmp_path / "qt.pdf"))
            return QDialog.DialogCode.Accepted
    monkeypatch.setattr("app.ui.card_print_dialog.QPrintDialog", SystemPrintDialog)
    click(qtbot, dialog.print_button)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=20_000)
    assert barcodes(tmp_path / "qt.pdf") == sorted(numbers)
    assert terminal.office.card_runs()[0].batch == "selection"
    reference = QPrinter(QPrinter.PrinterMode.HighResolution)
    page_setup(reference, "a4")
    assert set_up == [reference.pageLayout().pageSize().id()]


def test_a_scanned_lost_card_names_and_offers_the_member(qtbot, window, terminal, ivan,
                                                         monkeypatch):
    type_into(qtbot, window.search, "4567")
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 1)
    press(qtbot, window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None)
    old = ivan.card_number
    answer_when_asked(qtbot, QMessageBox.StandardButton.Yes)
    click_menu(qtbot, window, "Member", "Lost card: new number…")
    new = terminal.till.member(ivan.member_id).card_number
    assert new != old and new in window.banner.text()
    window.activateWindow()  # as the window manager does once the question is closed
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, window, Qt.Key.Key_Escape)  # next customer
    assert window.current is None
    scan(qtbot, window.search, old)
    assert window.current is None
    assert window.search_status.text().startswith("This card was blocked on ")
    assert "Ivan Ivanovich Petrov" in window.search_status.text()
    assert window.results_model.stringList()[0].startswith("Ivan Ivanovich Petrov")
    press(qtbot, window.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None)
    assert window.current.member_id == ivan.member_id


def test_cashier_prints_the_open_members_card(qtbot, terminal, ivan, tmp_path, monkeypatch):
    terminal.admin.add_staff("Masha", "1111", "cashier")
    terminal.sign_in.login("Masha", "1111")
    dialog = shown(qtbot, CardPrintDialog(terminal, member=ivan))
    assert dialog.layout_choice.currentData() == "single"
    _save_pdf_as(monkeypatch, tmp_path / "mine.pdf")
    click(qtbot, dialog.pdf_button)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=20_000)
    assert barcodes(tmp_path / "mine.pdf") == [ivan.card_number]


def test_owner_picks_members_by_name_or_phone_and_prints_just_them(qtbot, terminal, tmp_path,
                                                                   monkeypatch):
    anna = terminal.till.member(_enrol(terminal, 1))
    boris = terminal.till.member(_enrol(terminal, 2, first="Борис", last="Котов"))
    terminal.till.member(_enrol(terminal, 3, first="Вера", last="Лебедева"))
    dialog = shown(qtbot, CardPrintDialog(terminal))
    type_into(qtbot, dialog.find, "Лебедева")  # one match: added at once
    press(qtbot, dialog.find, Qt.Key.Key_Return)
    vera_card = dialog.numbers.toPlainText()
    assert dialog.list_radio.isChecked() and vera_card
    type_into(qtbot, dialog.find, "Кот")  # two matches: picked from the list
    press(qtbot, dialog.find, Qt.Key.Key_Return)
    assert dialog.hits.count() == 2
    row = next(i for i in range(2) if boris.card_number in dialog.hits.item(i).text())
    click_cell(qtbot, dialog.hits, row)
    press(qtbot, dialog.hits, Qt.Key.Key_Return)
    assert dialog.numbers.toPlainText().splitlines() == [vera_card, boris.card_number]
    assert dialog.status.text() == "2 cards chosen."
    _save_pdf_as(monkeypatch, tmp_path / "chosen.pdf")
    click(qtbot, dialog.pdf_button)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=20_000)
    assert barcodes(tmp_path / "chosen.pdf") == sorted([vera_card, boris.card_number])
    assert anna.card_number not in barcodes(tmp_path / "chosen.pdf")


def test_enter_in_the_find_box_adds_the_member_and_never_prints(qtbot, terminal, monkeypatch):
    """The find box says "Enter to add": the same Enter used to press Print… as well
    (the dialog's default button) and open the print dialog."""
    terminal.till.member(_enrol(terminal, 3, first="Вера", last="Лебедева"))
    terminal.till.member(_enrol(terminal, 4, first="Борис", last="Котов"))
    terminal.till.member(_enrol(terminal, 5, first="Анна", last="Котова"))
    opened = []

    class SystemPrintDialog:
        def __init__(self, printer, _parent=None):
            pass

        def exec(self):
            opened.append(1)
            return QDialog.DialogCode.Rejected
    monkeypatch.setattr("app.ui.card_print_dialog.QPrintDialog", SystemPrintDialog)
    dialog = shown(qtbot, CardPrintDialog(terminal))
    type_into(qtbot, dialog.find, "Лебедева")
    press(qtbot, dialog.find, Qt.Key.Key_Return)
    assert dialog.status.text() == "1 card chosen."
    type_into(qtbot, dialog.find, "Кот")
    press(qtbot, dialog.find, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.hits.isVisible)
    press(qtbot, dialog.hits, Qt.Key.Key_Return)
    assert dialog.status.text() == "2 cards chosen."
    assert opened == [] and terminal.office.card_runs() == []
