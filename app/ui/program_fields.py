"""The fields the program editor's pages are built from: forms whose fields keep their
size, whole numbers kept as typed, choices, notes in grey."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel

from app.domain.points_input import read_whole
from app.ui.amounts import WholeField


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    return form


def whole_field(most: int, name: str, least: int = 0) -> WholeField:
    """A whole number kept as typed, its bounds beside it: 20 000 000 typed is refused
    in words (at most 10 000 000), where a spin box kept 2 000 000 of it."""
    return WholeField(name, least, most)


def field_number(field: WholeField):
    """What the field holds for Program.from_dict: the number however large (the
    program refuses it in words), 0 when empty, or the text when it is no number."""
    text = field.edit.text().strip()
    if not text:
        return 0
    value = read_whole(text)
    return text if value is None else value


def choice_box(items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    combo.setMinimumWidth(220)
    for value, label in items:
        combo.addItem(label, value)
    return combo


def note(text: str, width: int = 0) -> QLabel:
    label = QLabel(text)
    label.setObjectName("note")
    label.setWordWrap(True)
    label.setMinimumWidth(width)  # in a form a wrapped label would shrink to a column
    return label
