"""Manage → Export data…: the export runs off the GUI thread, can be cancelled, and the
file it writes reads back."""

import csv
import json
import threading

from PySide6.QtWidgets import QPushButton

from app.ui.export_dialog import ExportDialog
from tests.ui import drive
from tests.ui.drive import click, type_into


def choose(qtbot, combo, key):
    drive.choose(qtbot, combo, combo.itemText(combo.findData(key)))
    assert combo.currentData() == key


def shown(qtbot, terminal):
    dialog = ExportDialog(terminal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def export_to(qtbot, dialog, path):
    """Type the file's name over the suggested one and press Export."""
    type_into(qtbot, dialog.path, str(path), clear=True)
    click(qtbot, dialog.export_button)


def test_export_members_through_the_dialog(qtbot, terminal, ivan, tmp_path):
    dialog = shown(qtbot, terminal)
    choose(qtbot, dialog.what, "members")
    choose(qtbot, dialog.format, "csv")
    assert dialog.path.text().endswith(".csv")
    out = tmp_path / "members.csv"
    export_to(qtbot, dialog, out)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.status.text() == f"Exported 1 row to {out}."
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["first_name"], r["patronymic"], r["last_name"], r["phone"], r["notes"])
            for r in rows] == [("Ivan", "Ivanovich", "Petrov", "+79161234567",
                                "prefers oat milk")]
    assert rows[0]["card_number"] == ivan.card_number
    assert terminal.office.audit_log("export")[0].details == {"file": "members.csv", "format": "csv",
                                                      "rows": 1}


def test_ledger_as_json(qtbot, terminal, ivan, tmp_path):
    dialog = shown(qtbot, terminal)
    choose(qtbot, dialog.what, "ledger")
    choose(qtbot, dialog.format, "json")
    export_to(qtbot, dialog, tmp_path / "ledger.json")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    entries = json.loads((tmp_path / "ledger.json").read_text("utf-8"))
    assert [(e["kind"], e["points"]) for e in entries] == [("welcome", ivan.balance)]


def test_cancel_leaves_no_file(qtbot, terminal, ivan, tmp_path, monkeypatch):
    gate = threading.Event()
    real = terminal.office.export_data

    def held_at_the_start(kind, fmt, path, progress):
        def slow(done, total):
            gate.wait(5)  # the manager presses Cancel while the first rows are read
            return progress(done, total)
        return real(kind, fmt, path, slow)
    monkeypatch.setattr(terminal.office, "export_data", held_at_the_start)
    dialog = shown(qtbot, terminal)
    choose(qtbot, dialog.format, "xlsx")
    out = tmp_path / "members.xlsx"
    export_to(qtbot, dialog, out)
    qtbot.waitUntil(lambda: dialog.progress is not None and dialog.progress.isVisible())
    click(qtbot, dialog.progress.findChild(QPushButton))
    gate.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.status.text() == "Export cancelled: no file was written."
    assert list(tmp_path.glob("*members*")) == []
    assert terminal.office.audit_log("export") == []


def test_a_missing_folder_is_a_clear_message(qtbot, terminal, tmp_path):
    dialog = shown(qtbot, terminal)
    export_to(qtbot, dialog, tmp_path / "nowhere" / "members.csv")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.status.text() == f"The folder {tmp_path / 'nowhere'} does not exist."
    assert dialog.status.objectName() == "exportFailed"


def test_the_manage_menu_has_export_data(window):
    manage = next(a.menu() for a in window.menuBar().actions() if a.text() == "Manage")
    assert "Export data…" in [a.text() for a in manage.actions()]
