"""How a complaint is put right: nothing, apology points, a gift or a discount on the
next purchase — one choice, with the field that belongs to it enabled and its error
shown under it. The complaint wizard (complaint_dialog.py) asks it on its last step."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from app.ui.amounts import WholeField
from app.ui.error_labels import error_label
from app.ui.gift_dialog import GiftFields

MAX_APOLOGY_POINTS = 100_000
DEFAULT_APOLOGY_POINTS = 100


class CompensationChoice(QWidget):
    """``errors`` holds the labels for compensation, points, discount and the rest ("")."""

    def __init__(self, program, member_known: bool, parent=None):
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        texts = {"none": self.tr("No compensation"), "points": self.tr("Apology points"),
                 "gift": self.tr("A gift"), "discount": self.tr("A discount on the next purchase")}
        for key, text in texts.items():
            radio = QRadioButton(text)
            radio.setObjectName(f"comp_{key}")
            self.group.addButton(radio)
            self.radios[key] = radio
        self.radios["none"].setChecked(True)
        self.errors = {name: error_label() for name in ("compensation", "points", "discount", "")}
        self.points = WholeField("points", 0, MAX_APOLOGY_POINTS, self.errors["points"])
        self.points.set_value(program.actions.get("long_wait") or DEFAULT_APOLOGY_POINTS)
        # A percentage: "150" stays 150 and is refused, where a spin box kept "15".
        self.discount = WholeField("discount", 1, 100, self.errors["discount"], unit="%")
        self.discount.set_value(10)
        self.gift = GiftFields(program.currency, with_reason=False, with_points=False)
        self._build(member_known)
        self.group.buttonToggled.connect(self._changed)
        self._changed()

    def _build(self, member_known: bool) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Compensation"))
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        column.addWidget(title)
        column.addWidget(self.radios["none"])
        column.addLayout(_radio_row(self.radios["points"], self.points))
        column.addWidget(self.errors["points"])
        column.addWidget(self.radios["gift"])
        gift_row = QHBoxLayout()
        gift_row.addSpacing(32)
        gift_row.addWidget(self.gift, 1)
        column.addLayout(gift_row)
        column.addLayout(_radio_row(self.radios["discount"], self.discount))
        column.addWidget(self.errors["discount"])
        if not member_known:
            hint = QLabel(self.tr("Only a member can be compensated: open the member first to "
                                  "give points, a gift or a discount."))
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            column.addWidget(hint)
            for key in ("points", "gift", "discount"):
                self.radios[key].setEnabled(False)
        column.addWidget(self.errors["compensation"])
        column.addWidget(self.errors[""])

    def _changed(self, *_args) -> None:
        key = self.key()
        self.points.setEnabled(key == "points")
        self.discount.setEnabled(key == "discount")
        self.gift.setEnabled(key == "gift")

    def key(self) -> str:
        return next((k for k, r in self.radios.items() if r.isChecked()), "none")


def _radio_row(radio: QRadioButton, field: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(radio)
    row.addWidget(field)
    row.addStretch(1)
    return row
