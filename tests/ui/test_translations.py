"""Russian ships complete and actually reaches the screen."""

import xml.etree.ElementTree as ET

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from app.ui.main import TRANSLATIONS, compiled_translation, make_window


def test_russian_catalogue_has_no_unfinished_strings():
    tree = ET.parse(TRANSLATIONS / "regulars_ru.ts")
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert unfinished == []


def test_till_speaks_russian(qtbot, terminal, ivan, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    qm = compiled_translation("ru")
    assert qm is not None and qm.exists()
    translator = QTranslator()
    assert translator.load(str(qm))
    QApplication.instance().installTranslator(translator)
    try:
        window = make_window(terminal)
        qtbot.addWidget(window)
        window.show_member(ivan.member_id)
        assert window.search.placeholderText() == "Имя, телефон или карта"
        assert window.panel.balance.text() == "200 баллов"
        assert window.purchase_button.text() == "Покупка  F5"
        QApplication.instance().removeEventFilter(window.scanner)
    finally:
        QApplication.instance().removeTranslator(translator)
