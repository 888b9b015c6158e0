"""Qt's own dialogs speak the till's language: message box buttons, the file chooser."""

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFileSystemModel,
    QLabel,
    QMessageBox,
)

from app.ui.formats import use_language
from app.ui.main import install_translator


@pytest.fixture
def russian(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    before = set(qapp.findChildren(QTranslator))
    install_translator(qapp, "ru")
    added = [t for t in qapp.findChildren(QTranslator) if t not in before]
    assert len(added) == 2  # Qt's own catalogue and ours
    yield
    for translator in added:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    use_language("en")


def test_message_box_buttons_are_russian(qtbot, russian):
    box = QMessageBox(QMessageBox.Icon.Question, "Regulars", "?",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {box.button(b).text().replace("&", "") for b in (QMessageBox.StandardButton.Save,
                                                             QMessageBox.StandardButton.Cancel)}
    assert texts == {"Сохранить", "Отмена"}


def test_the_file_chooser_is_all_russian(qtbot, russian, tmp_path):
    dialog = QFileDialog(None, "Export", str(tmp_path), "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = sorted(label.text() for label in dialog.findChildren(QLabel) if label.text())
    assert labels == ["&Имя файла:", "&Папка:", "&Тип файлов:"]
    (tmp_path / "backups").mkdir()
    model = dialog.findChild(QFileSystemModel)
    qtbot.waitUntil(lambda: model.index(str(tmp_path / "backups")).isValid())
    kind = model.index(str(tmp_path / "backups")).siblingAtColumn(2)
    qtbot.waitUntil(lambda: kind.data() is not None)
    assert kind.data() == "Папка"  # the "Type" column


def test_numbers_follow_the_tills_language_from_the_start(russian):
    assert QLocale().toString(2500) == "2\u00a0500"
    assert QApplication.translate("MemberPanel", "%n point(s)", "", 2500) == "2\u00a0500 баллов"
