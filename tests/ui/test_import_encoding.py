"""The import dialog shows a CSV's first rows read in the encoding it detected, and the
owner can read it as another: the preview follows, and the import uses what was shown.
A file it cannot read is named in the message, never a {placeholder}."""

import pytest
from PySide6.QtCore import Qt

from app.ui.import_dialog import ImportDialog
from tests.ui.drive import choose, click, press

GERMAN = ("Name;Phone;Notes\nJosé Müller;+49 151 12345678;Stammkunde\n"
          "Jürgen Groß;+49 151 87654321;Bäckerei gegenüber\n")


class MemorySettings(dict):
    def set(self, key, value):
        self[key] = value


@pytest.fixture
def dialog(qtbot, terminal):
    d = ImportDialog(terminal, settings=MemorySettings())
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _names(d):
    return [d.preview.item(r, 0).text() for r in range(d.preview.rowCount())]


def test_preview_shows_the_detected_encoding_and_follows_the_one_chosen(qtbot, dialog, terminal,
                                                                         tmp_path):
    path = tmp_path / "kunden.csv"
    path.write_bytes(GERMAN.encode("cp1252"))
    assert dialog.load_file(path)
    assert dialog.encoding.currentText() == "Windows-1252 (Western European)"
    assert dialog.encoding_hint.text().startswith("Detected.")
    assert _names(dialog) == ["José Müller", "Jürgen Groß"]

    choose(qtbot, dialog.encoding, "Windows-1251")  # what the old code read it as
    qtbot.waitUntil(lambda: _names(dialog) == ["Josй Mьller", "Jьrgen GroЯ"])
    assert "CP1251" in dialog.file_label.text()
    assert dialog.encoding_hint.text() == "Read as you chose."

    press(qtbot, dialog.encoding, Qt.Key.Key_Down)  # the next one in the list: back to 1252
    assert dialog.encoding.currentText() == "Windows-1252 (Western European)"
    qtbot.waitUntil(lambda: _names(dialog) == ["José Müller", "Jürgen Groß"])
    assert dialog.combos["full_name"].currentText() == "Name"
    dialog.mode.setCurrentIndex(1)  # valid rows only (the mode is not what is tested here)
    click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.import_button.isEnabled(), timeout=10_000)
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.summary.text().startswith("Done."),
                    timeout=10_000)
    assert [h.display_name for h in terminal.till.search("Müller")] == ["José Müller"]


def test_a_file_that_cannot_be_read_is_named_in_the_message(dialog, tmp_path):
    assert not dialog.load_file(tmp_path / "gone.csv")
    assert dialog.summary.text() == "gone.csv is not there: moved, renamed or deleted? Choose it again."
    empty = tmp_path / "empty.csv"
    empty.write_text("\n", encoding="utf-8")
    assert not dialog.load_file(empty)
    assert dialog.summary.text() == "empty.csv has no header row."
