"""The owner edits the program the way they would at the till PC: type into cells,
pick from combos, press Save; every problem shows next to its place, nothing half-saved."""

import uuid

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from app.bootstrap import open_app
from app.services.context import SYSTEM
from app.services.dto import MemberInput
from app.ui.program_editor import ProgramEditor
from app.ui.program_table import ERROR_BG, ERROR_FG
from tests.ui import drive
from tests.ui.drive import choose, click, click_cell, click_tab, press, type_date

THRESHOLDS_ORDER = "Each threshold must be higher than the one before."
CAMPAIGN_ADDS = "A campaign only ever adds points: a factor above 100 %, an extra above 0."


@pytest.fixture
def editor(qtbot, terminal):
    dialog = ProgramEditor(terminal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _open_cell(qtbot, table, row, path):
    """Click the cell and press F2, as the owner does; the cell's editor opens."""
    index = table.model().index(row, table.col(path))
    show_page(qtbot, table)
    click_cell(qtbot, table, row, table.col(path))
    press(qtbot, table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: table.indexWidget(index) is not None)
    return index, table.indexWidget(index)


def type_into(qtbot, table, row, path, text):
    """Open the cell's editor as F2 would, type over what it holds, press Enter."""
    index, editor = _open_cell(qtbot, table, row, path)
    drive.type_into(qtbot, editor, text, clear=True)
    press(qtbot, editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(index) is None)


def choose_in_cell(qtbot, table, row, path, value):
    index, combo = _open_cell(qtbot, table, row, path)
    choose(qtbot, combo, combo.itemText(combo.findData(value)))
    assert combo.currentData() == value
    press(qtbot, combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(index) is None)


def _choose_data(qtbot, combo, value):
    choose(qtbot, combo, combo.itemText(combo.findData(value)))
    assert combo.currentData() == value


def _button(qtbot, editor, name):
    """The editor's button ``name``, its tab shown first."""
    button = editor.findChild(type(editor.save_button), name)
    show_page(qtbot, button)
    return button


def show_page(qtbot, widget):
    """Click the tab that holds ``widget`` unless it is on the screen already."""
    if widget.isVisible():
        return
    page = _tab_of(widget)
    tabs = page.parentWidget().parentWidget()
    click_tab(qtbot, tabs, tabs.indexOf(page))


def add_campaign(qtbot, editor, factor):
    table = editor.tables["campaigns"]
    click(qtbot, _button(qtbot, editor, "add_campaigns"))
    row = table.rowCount() - 1
    type_into(qtbot, table, row, "name.ru", "Двойные баллы")
    type_into(qtbot, table, row, "name.en", "Double points")
    choose_in_cell(qtbot, table, row, "kind", "multiplier")
    type_into(qtbot, table, row, "starts", "2025-03-01")
    type_into(qtbot, table, row, "ends", "2025-03-08")
    type_into(qtbot, table, row, "factor_percent", str(factor))
    return table, row


def save(qtbot, editor):
    click(qtbot, editor.save_button)


def _tab_of(widget):
    """The page of the editor's tabs that holds ``widget``."""
    from PySide6.QtWidgets import QStackedWidget
    while not isinstance(widget.parentWidget(), QStackedWidget):
        widget = widget.parentWidget()
    return widget


def error_texts(editor):
    return [editor.errors.item(i).text() for i in range(editor.errors.count())]


@pytest.mark.parametrize("row, threshold", [(1, "0"), (2, "2000")],
                         ids=["wolf-equal-to-bunny", "lion-below-wolf"])
def test_thresholds_out_of_order_are_flagged_and_nothing_is_saved(qtbot, editor, terminal,
                                                                   tmp_path, row, threshold):
    version = terminal.ctx.program_version_id
    tiers = editor.tables["tiers"]
    type_into(qtbot, tiers, row, "threshold", threshold)
    save(qtbot, editor)
    qtbot.waitUntil(editor.errors.isVisible)
    assert error_texts(editor) == [f"Tier {row + 1}, threshold: {THRESHOLDS_ORDER}"]
    cell = tiers.item(row, tiers.col("threshold"))
    assert cell.background().color() == ERROR_BG
    assert cell.toolTip() == THRESHOLDS_ORDER
    assert tiers.item(row, tiers.col("earn_percent")).toolTip() == ""
    assert editor.tabs.tabBar().tabTextColor(0) == ERROR_FG
    assert editor.result() != QDialog.DialogCode.Accepted
    assert [t.threshold for t in terminal.program.tiers] == [0, 2500, 10000]
    assert terminal.ctx.program_version_id == version
    stored = open_app(str(tmp_path / "till.sqlite3"), "en", acting=SYSTEM).terminal.program
    assert [t.threshold for t in stored.tiers] == [0, 2500, 10000]


def test_fixing_the_cell_clears_its_mark_as_you_type(qtbot, editor):
    tiers = editor.tables["tiers"]
    type_into(qtbot, tiers, 1, "threshold", "0")
    save(qtbot, editor)
    qtbot.waitUntil(editor.errors.isVisible)
    type_into(qtbot, tiers, 1, "threshold", "2400")
    qtbot.waitUntil(lambda: not editor.errors.isVisible())
    cell = tiers.item(1, tiers.col("threshold"))
    assert cell.background().color() != ERROR_BG
    assert cell.toolTip() == ""


def test_a_multiplier_that_takes_points_away_is_refused(qtbot, editor, terminal):
    table, row = add_campaign(qtbot, editor, 100)
    assert table.item(row, table.col("key")).text() == "double_points"  # made from the name
    save(qtbot, editor)
    qtbot.waitUntil(editor.errors.isVisible)
    assert error_texts(editor) == [f"Campaign 1, factor: {CAMPAIGN_ADDS}"]
    cell = table.item(row, table.col("factor_percent"))
    assert cell.background().color() == ERROR_BG
    assert cell.toolTip() == CAMPAIGN_ADDS
    assert editor.tabs.currentIndex() == 2  # it went to the campaign
    assert terminal.program.campaigns == ()
    click_cell(qtbot, table, row, 1)
    click(qtbot, _button(qtbot, editor, "remove_campaigns"))
    qtbot.waitUntil(lambda: not editor.errors.isVisible())
    assert table.rowCount() == 0


def test_lowering_a_threshold_saves_and_upgrades_at_once(qtbot, editor, terminal, tmp_path):
    member_id = terminal.till.enrol(MemberInput(first_name="Anna", phone="+7 903 555 12 34",
                                           consent=True))
    terminal.till.record_purchase(uuid.uuid4(), member_id, 7_000_000, 0)  # 3% of 70,000 = 2100
    assert terminal.till.member(member_id).tier_key == "bunny"
    tiers = editor.tables["tiers"]
    type_into(qtbot, tiers, 1, "threshold", "2000")
    save(qtbot, editor)
    qtbot.waitUntil(lambda: editor.result() == QDialog.DialogCode.Accepted)
    assert editor.status.text() == "Saved as version 2; 1 member upgraded"
    assert terminal.program.tiers[1].threshold == 2000
    assert terminal.till.member(member_id).tier_key == "wolf"
    stored = open_app(str(tmp_path / "till.sqlite3"), "en", acting=SYSTEM).terminal.program
    assert stored.tiers[1].threshold == 2000


def test_preview_shows_base_and_double_points_bonus_on_its_days(qtbot, editor, terminal):
    add_campaign(qtbot, editor, 200)
    show_page(qtbot, editor.preview_page.amount)
    drive.type_into(qtbot, editor.preview_page.amount, "1000", clear=True)
    type_date(qtbot, editor.preview_page.date, QDate(2025, 3, 5))
    qtbot.waitUntil(lambda: "Total: 60 points" in editor.preview_page.result.text())
    assert editor.preview_page.result.text().splitlines() == ["Base, Bunny at 3 %: 30 points",
                                                  "Double points: +30 points",
                                                  "Total: 60 points"]
    _choose_data(qtbot, editor.preview_page.tier, "wolf")
    qtbot.waitUntil(lambda: "Total: 100 points" in editor.preview_page.result.text())
    type_date(qtbot, editor.preview_page.date, QDate(2025, 3, 9))  # the day after the campaign
    qtbot.waitUntil(lambda: "Total: 50 points" in editor.preview_page.result.text())
    assert "No campaign adds points to this purchase." in editor.preview_page.result.text()
    assert terminal.program.campaigns == ()  # a preview saves nothing


def test_preview_shows_the_problems_while_the_rules_are_invalid(qtbot, editor):
    table, row = add_campaign(qtbot, editor, 100)
    qtbot.waitUntil(lambda: editor.preview_page.problems.text() != "")
    assert editor.preview_page.result.text() == ""
    assert editor.preview_page.problems.text() == f"Campaign 1, factor: {CAMPAIGN_ADDS}"
    type_into(qtbot, table, row, "factor_percent", "150")
    qtbot.waitUntil(lambda: editor.preview_page.problems.text() == "")
    assert editor.preview_page.result.text().startswith("Base, Bunny at 3 %: 30 points")


def test_switching_expiry_on_starts_the_clock_today(qtbot, editor, terminal):
    click_tab(qtbot, editor.tabs, 1)
    assert not editor.general.expiry_days.isEnabled()
    assert editor.general.expiry_note.text() == ("Switching expiry on starts the clock today for "
                                         "points already held.")
    _choose_data(qtbot, editor.general.expiry_kind, "days_after_earning")
    assert editor.general.expiry_days.isEnabled()
    drive.type_into(qtbot, editor.general.expiry_days.edit, "180", clear=True)
    save(qtbot, editor)
    qtbot.waitUntil(lambda: editor.result() == QDialog.DialogCode.Accepted)
    expiry = terminal.program.expiry
    assert (expiry.kind, expiry.days, expiry.since) == ("days_after_earning", 180,
                                                         terminal.ctx.today())


def test_rolling_window_months_are_checked_next_to_the_field(qtbot, editor, terminal):
    click_tab(qtbot, editor.tabs, 1)
    assert not editor.general.window_months.isEnabled()
    _choose_data(qtbot, editor.general.window_kind, "rolling_months")
    assert editor.general.window_months.isEnabled()
    drive.type_into(qtbot, editor.general.window_months.edit, "200", clear=True)
    save(qtbot, editor)
    qtbot.waitUntil(editor.errors.isVisible)
    message = "From 1 to 120 months."
    assert error_texts(editor) == [f"Qualifying window, months: {message}"]
    assert editor.general.window_months.edit.property("invalid") is True
    assert editor.general.window_months.edit.toolTip() == message
    assert editor.general.window_months.edit.text() == "200"  # a spin box up to 999 kept it; not cut
    assert terminal.program.window.kind == "lifetime"


def test_new_tier_gets_a_key_a_colour_swatch_and_checks(qtbot, editor, terminal):
    tiers = editor.tables["tiers"]
    click(qtbot, _button(qtbot, editor, "add_tiers"))
    row = tiers.rowCount() - 1
    type_into(qtbot, tiers, row, "name.en", "Snow Leopard")
    assert tiers.item(row, tiers.col("key")).text() == "snow_leopard"
    type_into(qtbot, tiers, row, "colour", "#aa3311")
    assert tiers.item(row, tiers.col("colour")).background().color().name() == "#aa3311"
    type_into(qtbot, tiers, row, "threshold", "20000")
    save(qtbot, editor)  # no Russian name yet
    qtbot.waitUntil(editor.errors.isVisible)
    assert error_texts(editor) == ["Tier 4, name: Give the name in Russian and in English."]
    assert tiers.item(row, tiers.col("name.ru")).background().color() == ERROR_BG
    assert len(terminal.program.tiers) == 3


def test_removing_a_category_flags_the_stamp_card_using_it(qtbot, editor, terminal):
    categories = editor.tables["categories"]
    show_page(qtbot, categories)
    click_cell(qtbot, categories, 0, 1)  # coffee
    click(qtbot, _button(qtbot, editor, "remove_categories"))
    assert categories.rowCount() == 1
    save(qtbot, editor)
    qtbot.waitUntil(editor.errors.isVisible)
    assert error_texts(editor) == ["Stamp card 1, category: There is no such category."]
    cards = editor.tables["stamp_cards"]
    assert cards.item(0, cards.col("category")).background().color() == ERROR_BG
    assert [c.key for c in terminal.program.categories] == ["coffee", "bakery"]


def test_keys_of_saved_tiers_cannot_be_renamed(editor):
    tiers = editor.tables["tiers"]
    key = tiers.item(1, tiers.col("key"))
    assert not key.flags() & Qt.ItemFlag.ItemIsEditable
    assert key.toolTip() == "Members refer to this key, so it cannot change."


def test_a_program_without_tiers_is_refused(qtbot, editor, terminal):
    tiers = editor.tables["tiers"]
    show_page(qtbot, tiers)
    click_cell(qtbot, tiers, 0, 1)
    press(qtbot, tiers, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select them all
    click(qtbot, _button(qtbot, editor, "remove_tiers"))
    save(qtbot, editor)
    qtbot.waitUntil(editor.errors.isVisible)
    assert "Tiers: The program needs at least one tier." in error_texts(editor)
    assert tiers.property("invalid") is True
    assert len(terminal.program.tiers) == 3


def test_owner_edits_the_words_to_say_a_gift(qtbot, editor, terminal):
    edit = editor.phrases[("gift", "en")]
    assert edit.text() == "{name}, this is a gift from us: {what}!"
    show_page(qtbot, edit)
    drive.type_into(qtbot, edit, "For you, {first_name}!", clear=True)
    save(qtbot, editor)
    qtbot.waitUntil(editor.errors.isVisible)
    assert any("{name}, {what} and {points}" in text for text in error_texts(editor))
    assert edit.toolTip() and terminal.program.phrases["gift"]["en"].startswith("{name}")
    drive.type_into(qtbot, edit, "For you, {name}: {what}. On the house!", clear=True)
    save(qtbot, editor)
    qtbot.waitUntil(lambda: terminal.program.phrases["gift"]["en"].startswith("For you"))
    from app.services.dto import GiftInput
    member = terminal.till.enrol(MemberInput(first_name="Ivan", phone="+79161112233", consent=True))
    said = terminal.till.give_gift(uuid.uuid4(), member, GiftInput("a bigger cup", "upgrade", "tier_perk"))
    assert said.phrase == "For you, Ivan: a bigger cup. On the house!"


def test_the_owner_sets_how_many_points_may_be_spent_a_day_offline(qtbot, editor, terminal):
    click_tab(qtbot, editor.tabs, 1)
    assert editor.general.offline_redeem.edit.text() == ""  # off by default
    drive.type_into(qtbot, editor.general.offline_redeem.edit, "-5", clear=True)
    save(qtbot, editor)
    qtbot.waitUntil(editor.errors.isVisible)
    assert error_texts(editor) == ["Points a day while the server is away: "
                                   "This cannot be negative."]
    drive.type_into(qtbot, editor.general.offline_redeem.edit, "300", clear=True)
    save(qtbot, editor)
    qtbot.waitUntil(lambda: editor.result() == QDialog.DialogCode.Accepted)
    assert terminal.program.offline_redeem_per_day == 300


# ---- the Latvian columns and fields: optional, English stands in for an empty one ----

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
