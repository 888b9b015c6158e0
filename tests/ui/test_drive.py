"""The driving helpers refuse what a person could not reach."""

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPushButton, QVBoxLayout

from tests.ui.drive import click, type_into


def _dialog(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    shown = QLineEdit()
    layout.addWidget(shown)
    button = QPushButton("OK")
    layout.addWidget(button)
    dialog.orphan = QComboBox()  # built, never laid out: what issue #14 found at sign-in
    dialog.hidden = QLineEdit(dialog)
    dialog.show()
    dialog.hidden.hide()
    qtbot.waitExposed(dialog)
    return dialog, shown, button


def test_types_into_a_laid_out_field_and_clicks_a_button(qtbot):
    dialog, shown, button = _dialog(qtbot)
    clicks = []
    button.clicked.connect(lambda: clicks.append(1))
    type_into(qtbot, shown, "Ива")
    click(qtbot, button)
    assert shown.text() == "Ива" and clicks == [1]


def test_refuses_a_widget_never_laid_out(qtbot):
    dialog, _shown, _button = _dialog(qtbot)
    with pytest.raises(AssertionError, match="not visible"):
        type_into(qtbot, dialog.orphan, "a")


def test_refuses_a_hidden_or_disabled_widget(qtbot):
    dialog, shown, button = _dialog(qtbot)
    with pytest.raises(AssertionError, match="not visible"):
        type_into(qtbot, dialog.hidden, "a")
    button.setEnabled(False)
    with pytest.raises(AssertionError, match="disabled"):
        click(qtbot, button)
