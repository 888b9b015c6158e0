"""Enter exports from wherever the focus is in the export dialog's form."""

import pytest
from PySide6.QtCore import Qt

from app.ui.export_dialog import ExportDialog
from tests.ui.drive import click, focus, press, type_into


@pytest.fixture
def dialog(qtbot, terminal, ivan, monkeypatch):
    # Should the file chooser open, it answers "cancelled" at once instead of waiting
    # for a person offscreen, so a wrong Enter fails the test instead of hanging it.
    monkeypatch.setattr("app.ui.export_dialog.QFileDialog.getSaveFileName",
                        lambda *a, **k: ("", ""))
    d = ExportDialog(terminal)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


@pytest.mark.parametrize("where", ["path", "what", "format"])
def test_enter_exports(qtbot, dialog, tmp_path, where):
    out = tmp_path / "members.csv"
    type_into(qtbot, dialog.path, str(out), clear=True)
    focus(qtbot, getattr(dialog, where))
    press(qtbot, getattr(dialog, where), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: out.exists() and not dialog.busy, timeout=10_000)
    assert dialog.status.text() == f"Exported 1 row to {out}."


def test_enter_on_choose_exports_rather_than_opening_the_chooser(qtbot, dialog, tmp_path):
    out = tmp_path / "members.csv"
    type_into(qtbot, dialog.path, str(out), clear=True)
    press(qtbot, dialog.path, Qt.Key.Key_Tab)
    assert dialog.browse.hasFocus()
    press(qtbot, dialog.browse, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: out.exists() and not dialog.busy, timeout=10_000)
    assert dialog.status.text() == f"Exported 1 row to {out}."


def test_enter_after_choosing_a_file_exports_rather_than_browsing_again(qtbot, dialog, tmp_path,
                                                                       monkeypatch):
    out = tmp_path / "chosen.csv"
    monkeypatch.setattr("app.ui.export_dialog.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(out), ""))
    click(qtbot, dialog.browse)  # the file chooser answers at once
    assert dialog.path.text() == str(out)
    press(qtbot, dialog.browse, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: out.exists() and not dialog.busy, timeout=10_000)
    assert dialog.status.text() == f"Exported 1 row to {out}."
