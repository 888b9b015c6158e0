"""The owner's card designer: shop name, logo, colours per tier, which fields show,
front and back text, with a live preview at the card's true size (85.60 × 53.98 mm)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app.cards.design import CardDesign
from app.cards.render import CARD_H_MM, CARD_W_MM, CardFace, CardRenderer
from app.domain.cards import card_number_for
from app.domain.errors import DomainError
from app.services.terminal import Terminal
from app.ui.card_painting import to_qimage
from app.ui.card_print_dialog import STYLE, CardPrintDialog
from app.ui.messages import describe

PREVIEW_MS = 150


class CardDesignerDialog(QDialog):
    def __init__(self, terminal: Terminal, parent=None):
        super().__init__(parent)
        self.terminal = terminal
        self.setWindowTitle(self.tr("Member cards"))
        self.setStyleSheet(STYLE)
        self._design_id, design = terminal.office.card_design()
        self._logo: bytes | None = design.logo
        self._tiers = terminal.program.tiers
        self.design: CardDesign = design  # the last valid design, as previewed
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_MS)
        self._build_ui()
        self._load(design)
        self._connect()
        self.update_preview()

    # ---- building ---------------------------------------------------------------

    def _build_ui(self) -> None:
        body = QHBoxLayout()
        body.addLayout(self._build_form(), 0)
        body.addLayout(self._build_preview(), 1)
        self.status = QLabel()
        self.status.setObjectName("cardStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.print_button = QPushButton(self.tr("Print cards…"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.save_button, self.print_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

    def _build_form(self) -> QFormLayout:
        lang = self.terminal.ctx.lang
        self.shop_name = QLineEdit()
        self.front_text = QLineEdit()
        self.front_text.setPlaceholderText(self.tr("e.g. Coffee and bakery since 2009"))
        self.back_text = QPlainTextEdit()
        self.back_text.setPlaceholderText(self.tr("Rules on the back; leave empty for no back"))
        self.back_text.setFixedHeight(90)
        self.phone = QLineEdit()
        self.logo_label = QLabel()
        self.logo_button = QPushButton(self.tr("Choose logo…"))
        self.no_logo_button = QPushButton(self.tr("No logo"))
        logo_row = QHBoxLayout()
        for w in (self.logo_label, self.logo_button, self.no_logo_button):
            logo_row.addWidget(w)
        self.field_boxes = {key: QCheckBox(text) for key, text in (
            ("name", self.tr("Name")), ("tier", self.tr("Tier")),
            ("number", self.tr("Card number under the barcode")),
            ("since", self.tr("Member since")))}
        fields = QVBoxLayout()
        for box in self.field_boxes.values():
            fields.addWidget(box)
        self.qr = QCheckBox(self.tr("QR code of the card number too"))
        self.language = QComboBox()
        self.language.addItem("Русский", "ru")
        self.language.addItem("English", "en")
        self.language.addItem("Latviešu", "lv")
        self.colours: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Shop name"), self.shop_name)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow(self.tr("Line under the shop name"), self.front_text)
        for tier in self._tiers:
            edit = QLineEdit()
            edit.setPlaceholderText(tier.colour)
            edit.setMaxLength(7)
            pick = QPushButton("…")
            pick.setFixedWidth(32)
            pick.clicked.connect(lambda _c=False, key=tier.key: self._pick_colour(key))
            row = QHBoxLayout()
            row.addWidget(edit)
            row.addWidget(pick)
            self.colours[tier.key] = edit
            form.addRow(self.tr("Colour: %1").replace("%1", tier.name(lang)), row)
        form.addRow(self.tr("On the front"), fields)
        form.addRow("", self.qr)
        form.addRow(self.tr("Back text"), self.back_text)
        form.addRow(self.tr("Shop phone (back)"), self.phone)
        form.addRow(self.tr("Card language"), self.language)
        return form

    def _build_preview(self) -> QVBoxLayout:
        self.sample_name = QLineEdit(self.tr("Ivan Petrov"))
        self.sample_tier = QComboBox()
        for tier in self._tiers:
            self.sample_tier.addItem(tier.name(self.terminal.ctx.lang), tier.key)
        sample = QHBoxLayout()
        sample.addWidget(QLabel(self.tr("Preview as")))
        sample.addWidget(self.sample_name, 1)
        sample.addWidget(self.sample_tier)
        self.front_preview = QLabel()
        self.back_preview = QLabel()
        for label in (self.front_preview, self.back_preview):
            label.setObjectName("cardPreview")
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        hint = QLabel(self.tr("True size on this screen: hold a card against it."))
        hint.setObjectName("hint")
        column = QVBoxLayout()
        column.addLayout(sample)
        column.addWidget(self.front_preview)
        column.addWidget(self.back_preview)
        column.addWidget(hint)
        column.addStretch(1)
        return column

    def _connect(self) -> None:
        edits = [self.shop_name, self.front_text, self.phone, self.sample_name,
                 *self.colours.values()]
        for edit in edits:
            edit.textChanged.connect(self._changed)
        self.back_text.textChanged.connect(self._changed)
        for box in (*self.field_boxes.values(), self.qr):
            box.toggled.connect(self._changed)
        self.language.currentIndexChanged.connect(self._changed)
        self.sample_tier.currentIndexChanged.connect(self._changed)
        self._preview_timer.timeout.connect(self.update_preview)
        self.logo_button.clicked.connect(self._choose_logo)
        self.no_logo_button.clicked.connect(lambda: self._set_logo(None))
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.open_print)
        self.close_button.clicked.connect(self.reject)

    def _load(self, design: CardDesign) -> None:
        self.shop_name.setText(design.shop_name)
        self.front_text.setText(design.front_text)
        self.back_text.setPlainText(design.back_text)
        self.phone.setText(design.phone)
        for key, box in self.field_boxes.items():
            box.setChecked(design.shows(key))
        self.qr.setChecked(design.qr)
        self.language.setCurrentIndex(max(0, self.language.findData(design.lang)))
        for key, edit in self.colours.items():
            edit.setText(design.tier_colours.get(key, ""))
        self._show_logo_name()

    # ---- editing ------------------------------------------------------------------

    def data(self) -> dict:
        return {"shop_name": self.shop_name.text(), "front_text": self.front_text.text(),
                "back_text": self.back_text.toPlainText(), "phone": self.phone.text(),
                "fields": [k for k, box in self.field_boxes.items() if box.isChecked()],
                "qr": self.qr.isChecked(), "lang": self.language.currentData(),
                "tier_colours": {k: e.text().strip() for k, e in self.colours.items()
                                 if e.text().strip()}}

    def _changed(self, *_args) -> None:
        self._preview_timer.start()

    def _pick_colour(self, key: str) -> None:
        edit = self.colours[key]
        start = QColor(edit.text() or edit.placeholderText())
        colour = QColorDialog.getColor(start, self, self.tr("Tier colour"))
        if colour.isValid():
            edit.setText(colour.name())

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self._set_logo(Path(path).read_bytes())

    def _set_logo(self, logo: bytes | None) -> None:
        try:
            CardDesign().with_logo(logo)
        except DomainError as exc:
            self._say(describe(exc), error=True)
            return
        self._logo = logo
        self._show_logo_name()
        self.update_preview()

    def _show_logo_name(self) -> None:
        self.logo_label.setText(self.tr("a logo is set") if self._logo else self.tr("none"))
        self.no_logo_button.setEnabled(self._logo is not None)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)
        self.status.style().polish(self.status)

    # ---- preview, save, print ----------------------------------------------------------

    def update_preview(self) -> None:
        """Render the sample card with what the form says now, at the card's true size
        on this screen; a form that does not validate keeps the last good preview."""
        self._preview_timer.stop()
        try:
            self.design = CardDesign.from_dict(self.data(), self._logo)
        except DomainError as exc:
            self._say(describe(exc), error=True)
            return
        self._say("")
        renderer = CardRenderer(self.design)
        face = self.sample_face()
        width = round(CARD_W_MM / 25.4 * self.logicalDpiX())
        height = round(CARD_H_MM / 25.4 * self.logicalDpiY())
        for label, img in ((self.front_preview, renderer.front(face)),
                           (self.back_preview, renderer.back(face) if self.design.has_back
                            else None)):
            label.setVisible(img is not None)
            if img is not None:
                label.setPixmap(QPixmap.fromImage(to_qimage(img)).scaled(
                    width, height, Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation))
                label.setFixedSize(width + 2, height + 2)

    def sample_face(self) -> CardFace:
        tier = self.terminal.program.tier_by_key(self.sample_tier.currentData() or "")
        return CardFace(self.sample_name.text() or " ", tier.key, tier.name(self.design.lang),
                        card_number_for(1234567890), "03.2026", tier.colour)

    def save(self) -> bool:
        try:
            self._design_id = self.terminal.office.save_card_design(self.data(), self._logo)
        except DomainError as exc:
            self._say(describe(exc), error=True)
            return False
        self._say(self.tr("Saved. New cards are printed with this design."))
        return True

    def open_print(self) -> None:
        if not self.save():
            return
        CardPrintDialog(self.terminal, self).exec()
