"""The owner gives the program's names, perks, rewards and phrases in Latvian too, in the
editor's LV columns and fields; an empty Latvian cell is allowed and English stands in."""

import pytest
from PySide6.QtCore import Qt

from app.ui.program_editor import ProgramEditor
from tests.ui import drive
from tests.ui.test_program_editor import save, show_page, type_into


@pytest.fixture
def editor(qtbot, terminal):
    dialog = ProgramEditor(terminal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _headers(table):
    model = table.model()
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def test_every_name_has_a_latvian_column_holding_the_shipped_words(editor):
    tiers, cards = editor.tables["tiers"], editor.tables["stamp_cards"]
    assert _headers(tiers)[:4] == ["Key", "Name RU", "Name EN", "Name LV"]
    assert "Perks LV" in _headers(tiers) and "Reward LV" in _headers(cards)
    for section in ("categories", "causes", "campaigns"):
        assert "Name LV" in _headers(editor.tables[section])
    assert [r["name"]["lv"] for r in tiers.rows()] == ["Zaķītis", "Vilks", "Lauva"]
    assert cards.rows()[0]["reward"]["lv"] == "septītā kafija dāvanā"
    assert editor.phrases[("gift", "lv")].text() == "{name}, šī ir mūsu dāvana jums: {what}!"


def test_the_owner_types_latvian_words_and_the_till_uses_them(qtbot, editor, terminal):
    type_into(qtbot, editor.tables["tiers"], 0, "name.lv", "Trusītis")
    type_into(qtbot, editor.tables["tiers"], 1, "name.lv", "")
    type_into(qtbot, editor.tables["stamp_cards"], 0, "reward.lv", "septītā kafija par brīvu")
    edit = editor.phrases[("gift", "lv")]
    show_page(qtbot, edit)
    drive.type_into(qtbot, edit, "{name}, {what} — no mums!", clear=True)
    save(qtbot, editor)
    qtbot.waitUntil(lambda: terminal.program.tiers[0].name("lv") == "Trusītis")
    program = terminal.program
    assert [t.name("lv") for t in program.tiers] == ["Trusītis", "Wolf", "Lauva"]
    assert program.stamp_cards[0].reward_text("lv") == "septītā kafija par brīvu"
    assert program.phrases["gift"]["lv"] == "{name}, {what} — no mums!"


def test_a_wrong_placeholder_in_latvian_is_flagged_on_its_field(qtbot, editor, terminal):
    edit = editor.phrases[("apology", "lv")]
    show_page(qtbot, edit)
    drive.type_into(qtbot, edit, "{vards}, piedodiet!", clear=True)
    save(qtbot, editor)
    qtbot.waitUntil(editor.errors.isVisible)
    assert edit.toolTip()
    assert terminal.program.phrases["apology"]["lv"].startswith("{name}, lūdzu, piedodiet")
