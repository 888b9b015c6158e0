"""The slip printer's settings and the slip at the till, driven as a manager and a
cashier do: the dialog with the keyboard, the sale with F5, the slip with Ctrl+R."""

import socket

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.services.slip_escpos import slip_bytes
from app.services.slip_printers import SlipPrinter
from app.ui.slip_settings_dialog import SlipSettingsDialog
from tests.ui.drive import check, choose, click, press, scan, sell, shown, type_into


def open_dialog(qtbot, terminal):
    dialog = SlipSettingsDialog(terminal)
    qtbot.addWidget(dialog)
    return shown(qtbot, dialog)


def sell_1000(qtbot, window, member):
    """The cashier scans the card and records a purchase of 1000.00 with F5 and Enter."""
    scan(qtbot, window.search, member.card_number)
    qtbot.waitUntil(lambda: window.current is not None)
    sell(window, qtbot, "1000")


def test_the_manager_sets_a_file_printer_and_it_is_saved(qtbot, terminal, tmp_path):
    dialog = open_dialog(qtbot, terminal)
    assert not dialog.path.isVisible() and not dialog.paper.isVisible()  # "No slip" at first
    choose(qtbot, dialog.output, "ESC/POS printer: device")
    assert dialog.path.isVisible() and not dialog.host.isVisible()
    assert not dialog.usb_vendor.isVisible()
    type_into(qtbot, dialog.path, str(tmp_path / "lp0"))
    choose(qtbot, dialog.paper, "58 mm")
    choose(qtbot, dialog.model, "Epson")
    choose(qtbot, dialog.code_page, "CP1257")
    type_into(qtbot, dialog.shop_line, "Lavka, Rīga")
    check(qtbot, dialog.automatic)
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert terminal.slips.printer() == SlipPrinter(
        output="file", paper_mm=58, model="epson", code_page="CP1257",
        path=str(tmp_path / "lp0"), automatic=True, shop_line="Lavka, Rīga")


def test_wrong_settings_are_said_and_nothing_is_saved(qtbot, terminal):
    dialog = open_dialog(qtbot, terminal)
    choose(qtbot, dialog.output, "ESC/POS printer on the network")
    assert dialog.host.isVisible() and not dialog.path.isVisible()
    type_into(qtbot, dialog.host, "printer one")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert dialog.isVisible()
    assert dialog.status.text() == "Enter the printer's address, e.g. 192.168.1.50, and port."
    choose(qtbot, dialog.output, "ESC/POS printer on USB")
    type_into(qtbot, dialog.usb_vendor, "04x6")
    click(qtbot, dialog.test_button)
    assert dialog.status.text() == "Enter the USB vendor and product ids in hex, e.g. 0416 and 5011."
    assert terminal.slips.printer() == SlipPrinter()


def test_a_test_slip_goes_to_a_network_printer(qtbot, terminal):
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(10)
    dialog = open_dialog(qtbot, terminal)
    choose(qtbot, dialog.output, "ESC/POS printer on the network")
    type_into(qtbot, dialog.host, "127.0.0.1")
    type_into(qtbot, dialog.port, str(server.getsockname()[1]), clear=True)
    choose(qtbot, dialog.code_page, "Switch pages")
    click(qtbot, dialog.test_button)
    conn, _ = server.accept()
    received = b""
    with conn:
        while chunk := conn.recv(4096):
            received += chunk
    server.close()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Test slip printed: 127.0.0.1:"))
    # letter by letter: Cyrillic in CP866 (ESC t 59), from "ā" on Baltic CP1257 (ESC t 25)
    assert b"\x1bt\x3b" + "Ирина".encode("cp866") in received
    assert b"J\x1bt\x19" + "ānis Bērziņš".encode("cp1257") in received


def test_a_sale_prints_its_slip_and_ctrl_r_prints_it_again(window, qtbot, terminal, ivan,
                                                           tmp_path):
    out = tmp_path / "slips" / "lp0"
    out.parent.mkdir()
    terminal.slips.save_printer(SlipPrinter(output="file", path=str(out), paper_mm=58,
                                            automatic=True, shop_line="Lavka"))
    sell_1000(qtbot, window, ivan)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Slip printed"))
    [visit] = terminal.till.member(ivan.member_id).last_visits
    slip = terminal.till.slip(visit.purchase_id, 32, "en", "Lavka")
    assert out.read_bytes() == slip_bytes(slip, "xprinter", "CP437")
    assert b"Thank you, Ivan!" in out.read_bytes() and b"230 points" in out.read_bytes()
    out.unlink()
    press(qtbot, window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(out.exists)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Slip printed: {out}")


def test_a_printer_that_fails_is_a_line_in_the_status_bar_and_the_sale_stands(
        window, qtbot, terminal, ivan, tmp_path):
    terminal.slips.save_printer(SlipPrinter(output="file", automatic=True,
                                            path=str(tmp_path / "unplugged" / "lp0")))
    sell_1000(qtbot, window, ivan)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(
        "The slip was not printed (the sale is recorded): "))
    assert "balance 230" in window.banner.text()
    assert terminal.till.member(ivan.member_id).balance == 230


def test_ctrl_r_without_a_printer_says_where_to_set_one_up(window, qtbot, terminal, ivan):
    scan(qtbot, window.search, ivan.card_number)
    qtbot.waitUntil(lambda: window.current is not None)
    press(qtbot, window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "This member has no sale to print."
