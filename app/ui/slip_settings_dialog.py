"""Manage → Slip printer…: where this till prints the customer's slip (none, an ESC/POS
printer on USB, the network or a device file, or PDF files in a folder), the paper,
the printer's kind and code page, after each sale or on Ctrl+R, the shop's line, and a
test slip. Only the fields of the chosen printer are shown."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError, ValidationErrors
from app.services.slip_printers import SlipPrinter, parse_usb_id
from app.services.terminal import Terminal
from app.ui.background import BackgroundOp, show_failure
from app.ui.messages import describe

OUTPUTS = (("none", QT_TRANSLATE_NOOP("SlipSettingsDialog", "No slip")),
           ("usb", QT_TRANSLATE_NOOP("SlipSettingsDialog", "ESC/POS printer on USB")),
           ("network", QT_TRANSLATE_NOOP("SlipSettingsDialog", "ESC/POS printer on the network")),
           ("file", QT_TRANSLATE_NOOP("SlipSettingsDialog", "ESC/POS printer: device or file")),
           ("pdf", QT_TRANSLATE_NOOP("SlipSettingsDialog", "PDF files in a folder")))
MODELS = (("xprinter", QT_TRANSLATE_NOOP("SlipSettingsDialog", "XPrinter, POS-58/80 and compatibles")),
          ("epson", QT_TRANSLATE_NOOP("SlipSettingsDialog", "Epson TM")))
CODE_PAGES = (("", QT_TRANSLATE_NOOP("SlipSettingsDialog", "By the slip's language")),
              ("CP866", QT_TRANSLATE_NOOP("SlipSettingsDialog", "CP866 — Cyrillic")),
              ("CP1251", QT_TRANSLATE_NOOP("SlipSettingsDialog", "CP1251 — Cyrillic (Windows)")),
              ("CP1257", QT_TRANSLATE_NOOP("SlipSettingsDialog", "CP1257 — Baltic, Latvian")),
              ("CP775", QT_TRANSLATE_NOOP("SlipSettingsDialog", "CP775 — Baltic (DOS)")),
              ("CP437", QT_TRANSLATE_NOOP("SlipSettingsDialog", "CP437 — Latin")),
              ("AUTO", QT_TRANSLATE_NOOP("SlipSettingsDialog", "Switch pages letter by letter")))


def _tr(text: str) -> str:
    return QCoreApplication.translate("SlipSettingsDialog", text)


class SlipSettingsDialog(QDialog):
    def __init__(self, terminal: Terminal, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self.setWindowTitle(self.tr("Slip printer"))
        self.setMinimumWidth(560)
        self._build_ui()
        self._connect()
        self._show(terminal.slips.printer())

    def _build_ui(self) -> None:
        self.output, self.paper = _combo(OUTPUTS), QComboBox()
        self.paper.addItem(self.tr("58 mm (32 characters)"), 58)
        self.paper.addItem(self.tr("80 mm (48 characters)"), 80)
        self.model, self.code_page = _combo(MODELS), _combo(CODE_PAGES)
        self.usb_vendor, self.usb_product = QLineEdit(), QLineEdit()
        self.usb_vendor.setPlaceholderText("0416")
        self.usb_product.setPlaceholderText("5011")
        self.host, self.port = QLineEdit(), QSpinBox()
        self.host.setPlaceholderText("192.168.1.50")
        self.port.setRange(1, 65535)
        self.path, self.browse = QLineEdit(), QPushButton(self.tr("Choose…"))
        self.automatic = QCheckBox(self.tr("Print after each sale (otherwise Ctrl+R at the till)"))
        self.shop_line = QLineEdit()
        self.shop_line.setPlaceholderText(self.tr("Thank you for shopping with us — Lavka, Riga"))
        self.test_button = QPushButton(self.tr("Print a test slip"))
        self.status = QLabel()
        self.status.setObjectName("slipStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form())
        layout.addWidget(self.automatic)
        layout.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addWidget(self.test_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        usb = _row(QLabel(self.tr("Vendor id")), self.usb_vendor,
                   QLabel(self.tr("Product id")), self.usb_product)
        network = _row(self.host, QLabel(self.tr("Port")), self.port)
        folder = _row(self.path, self.browse)
        self._rows = {}
        for label, field in ((self.tr("Printer"), self.output), (self.tr("Paper"), self.paper),
                             (self.tr("Printer kind"), self.model),
                             (self.tr("Code page"), self.code_page), (self.tr("USB"), usb),
                             (self.tr("Address"), network), (self.tr("Where"), folder),
                             (self.tr("Shop's line"), self.shop_line)):
            form.addRow(label, field)
            self._rows[field] = (form.labelForField(field), field)
        self._usb, self._network, self._folder = usb, network, folder
        return form

    def _connect(self) -> None:
        self.output.currentIndexChanged.connect(self._shown_fields)
        self.browse.clicked.connect(self._choose_path)
        self.test_button.clicked.connect(self._print_test)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _show(self, printer: SlipPrinter) -> None:
        for combo, value in ((self.output, printer.output), (self.paper, printer.paper_mm),
                             (self.model, printer.model), (self.code_page, printer.code_page)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.usb_vendor.setText(f"{printer.usb_vendor:04x}" if printer.usb_vendor else "")
        self.usb_product.setText(f"{printer.usb_product:04x}" if printer.usb_product else "")
        self.host.setText(printer.host)
        self.port.setValue(printer.port)
        self.path.setText(printer.path)
        self.automatic.setChecked(printer.automatic)
        self.shop_line.setText(printer.shop_line)
        self._shown_fields()

    def _shown_fields(self) -> None:
        output = self.output.currentData()
        thermal = output in ("usb", "network", "file")
        for field, shown in ((self.paper, output != "none"), (self.model, thermal),
                             (self.code_page, thermal), (self._usb, output == "usb"),
                             (self._network, output == "network"),
                             (self._folder, output in ("file", "pdf")),
                             (self.shop_line, output != "none")):
            for widget in self._rows[field]:
                widget.setVisible(shown)
        self.automatic.setVisible(output != "none")
        self.test_button.setEnabled(output != "none")
        self.path.setPlaceholderText(self.tr("A folder for the PDF files") if output == "pdf"
                                     else "/dev/usb/lp0")
        self.status.clear()

    def _choose_path(self) -> None:
        if self.output.currentData() == "pdf":
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the slips"),
                                                      self.path.text())
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Printer device or file"),
                                                    self.path.text())
        if chosen:
            self.path.setText(chosen)

    def printer(self) -> SlipPrinter:
        """The settings as the form has them; USB ids are read only for a USB printer."""
        output = self.output.currentData()
        vendor = product = 0
        if output == "usb":
            vendor, product = (parse_usb_id(self.usb_vendor.text()),
                               parse_usb_id(self.usb_product.text()))
        return replace(SlipPrinter(), output=output, paper_mm=self.paper.currentData(),
                       model=self.model.currentData(), code_page=self.code_page.currentData(),
                       path=self.path.text().strip(), host=self.host.text().strip(),
                       port=self.port.value(), usb_vendor=vendor, usb_product=product,
                       automatic=self.automatic.isChecked(), shop_line=self.shop_line.text())

    def _save(self) -> None:
        try:
            self._terminal.slips.save_printer(self.printer())
        except DomainError as exc:
            self._refused(exc)
            return
        self.accept()

    def _print_test(self) -> None:
        try:
            printer = self.printer()
        except DomainError as exc:
            self._refused(exc)
            return
        self.status.setText(self.tr("Printing a test slip…"))
        self.test_button.setEnabled(False)
        (BackgroundOp(self, lambda progress: self._terminal.slips.print_test(printer),
                      lambda where: self.status.setText(
                          self.tr("Test slip printed: %1").replace("%1", where)))
         .on_failure(self._refused)
         .on_finished(lambda: self.test_button.setEnabled(True)).run())

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationErrors):
            self.status.setText("\n".join(describe(e) for e in exc.errors))
        elif isinstance(exc, DomainError):
            self.status.setText(describe(exc))
        else:
            show_failure(self, exc)  # the app's crash path: logged, the error dialog


def _combo(items) -> QComboBox:
    combo = QComboBox()
    for value, text in items:
        combo.addItem(_tr(text), value)
    return combo


def _row(*widgets) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w, 1 if isinstance(w, (QLineEdit, QSpinBox)) else 0)
    return row
