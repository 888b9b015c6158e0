"""Drive the manager's dialogs the way a manager does: the prize draw, charity, health."""

import uuid

import pytest
from PySide6.QtCore import QDate, Qt

from app.domain.giving import Verification
from app.services.dto import MemberInput
from app.ui.draw_dialog import DrawDialog
from app.ui.manager_dialogs import CharityDialog, HealthDialog
from tests.ui.drive import choose, click, click_cell, type_date, type_into


@pytest.fixture
def shop(terminal):
    terminal.admin.add_demo_members(300, seed=1)
    return terminal


def cells(table, row):
    return [table.item(row, col).text() if table.item(row, col) else ""
            for col in range(table.columnCount())]


def open_draw(qtbot, terminal):
    dialog = DrawDialog(terminal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill_draw(qtbot, dialog, name="Hoarders 2026", points=1000, prizes="Coffee machine\nKettle",
              seed="42"):
    type_into(qtbot, dialog.name, name)
    type_into(qtbot, dialog.min_points.edit, str(points), clear=True)
    type_into(qtbot, dialog.prizes, prizes, clear=True)
    type_into(qtbot, dialog.seed, seed)  # other scripts' digits go in as a keyboard types them


def test_draw_shows_seed_digest_and_winners(qtbot, shop):
    dialog = open_draw(qtbot, shop)
    assert not dialog.result_view.isVisible() and dialog.history.rowCount() == 0
    fill_draw(qtbot, dialog)
    click(qtbot, dialog.run_button)
    qtbot.waitUntil(lambda: dialog.result_view.isVisible())
    [recorded] = shop.office.draws()
    assert dialog.seed_text.text() == "Seed 42 — anyone can re-run this draw with it."
    assert dialog.eligible.text() == f"{recorded.eligible} members took part."
    assert dialog.digest.text() == f"List digest: {recorded.digest[:12]}…"
    assert dialog.title.text().startswith("Hoarders 2026 — drawn on ")
    assert dialog.winners.rowCount() == 2
    for row, w in enumerate(recorded.winners):
        assert cells(dialog.winners, row) == [str(w.place), w.name, w.card_number, w.prize]
    assert [w.prize for w in recorded.winners] == ["Coffee machine", "Kettle"]
    assert dialog.history.rowCount() == 1 and cells(dialog.history, 0)[1] == "Hoarders 2026"
    assert all(not label.isVisible() for label in dialog.errors.values())


def test_a_double_click_records_the_draw_once(qtbot, shop):
    dialog = open_draw(qtbot, shop)
    fill_draw(qtbot, dialog, seed="")
    click(qtbot, dialog.run_button)
    dialog.run()  # a second submit behind the button (a retry, not a person): the same draw id
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)  # disabled after the draw
    assert not dialog.run_button.isEnabled() and not dialog.name.isEnabled()
    assert len(shop.office.draws()) == 1 and dialog.history.rowCount() == 1
    # A random seed was chosen, recorded and shown.
    assert dialog.seed_text.text().startswith(f"Seed {shop.office.draws()[0].seed} — ")


def test_new_draw_after_a_draw_records_another(qtbot, shop):
    dialog = open_draw(qtbot, shop)
    fill_draw(qtbot, dialog)
    click(qtbot, dialog.run_button)
    click(qtbot, dialog.new_button)
    assert dialog.run_button.isEnabled() and dialog.seed.text() == ""
    type_into(qtbot, dialog.name, "Second", clear=True)
    click(qtbot, dialog.run_button)
    assert sorted(d.name for d in shop.office.draws()) == ["Hoarders 2026", "Second"]
    assert dialog.history.rowCount() == 2


def test_verify_says_the_rerun_gives_the_same_winners(qtbot, shop):
    dialog = open_draw(qtbot, shop)
    fill_draw(qtbot, dialog)
    click(qtbot, dialog.run_button)
    click(qtbot, dialog.verify_button)
    qtbot.waitUntil(lambda: dialog.verify_result.text() != "")
    assert dialog.verify_result.text() == ("Re-run matches: the same members took part and the same "
                                           "winners were drawn.")
    assert "seed 42" in dialog.verify_result.toolTip()
    assert dialog.verify_result.objectName() == "verifyOk"


def test_verify_says_when_a_recorded_winner_was_changed(qtbot, shop):
    from sqlalchemy import update

    from app.db.models import DrawWinner
    dialog = open_draw(qtbot, shop)
    fill_draw(qtbot, dialog)
    click(qtbot, dialog.run_button)
    with shop._sessions.begin() as s:  # tampering behind the program's back
        s.execute(update(DrawWinner).where(DrawWinner.place == 1)
                  .values(member_id=dialog.shown.winners[1].member_id))
    click(qtbot, dialog.verify_button)
    qtbot.waitUntil(lambda: dialog.verify_result.text() != "")
    assert dialog.verify_result.text() == ("Re-run does not match: the same seed draws "
                                           "different winners")
    assert dialog.verify_result.objectName() == "verifyFailed"


def test_empty_name_shows_the_error_next_to_it_and_records_nothing(qtbot, shop):
    dialog = open_draw(qtbot, shop)
    fill_draw(qtbot, dialog, name="")
    click(qtbot, dialog.run_button)
    qtbot.waitUntil(lambda: dialog.errors["name"].isVisible())
    assert dialog.errors["name"].text() == "Give the draw a name."
    assert not dialog.result_view.isVisible() and shop.office.draws() == []
    # Fixing it and running again works, and the error goes away.
    type_into(qtbot, dialog.name, "Fixed")
    click(qtbot, dialog.run_button)
    qtbot.waitUntil(lambda: dialog.result_view.isVisible())
    assert not dialog.errors["name"].isVisible() and len(shop.office.draws()) == 1


@pytest.mark.parametrize(("fill", "field", "message"), [
    (dict(prizes="\n  \n"), "prizes", "List at least one prize, one per line."),
    (dict(points=10_000_000), "min_points",
     "Nobody meets these conditions: lower the points or widen the period."),
    (dict(seed="12abc"), "seed", "A seed is a whole number from 0 to 9223372036854775807, "
                                 "or leave it empty."),
    (dict(seed="١٢٣"), "seed", "A seed is a whole number from 0 to 9223372036854775807, "
                               "or leave it empty."),
    (dict(seed="9223372036854775808"), "seed", "A seed is a whole number from 0 to "
                                               "9223372036854775807, or leave it empty."),
])
def test_each_error_is_shown_next_to_its_field(qtbot, shop, fill, field, message):
    dialog = open_draw(qtbot, shop)
    fill_draw(qtbot, dialog, **fill)
    click(qtbot, dialog.run_button)
    qtbot.waitUntil(lambda: dialog.errors[field].isVisible())
    assert dialog.errors[field].text() == message
    assert [n for n, label in dialog.errors.items() if label.isVisible()] == [field]
    assert shop.office.draws() == []


def test_a_period_draw_asks_for_dates_and_checks_them(qtbot, shop):
    dialog = open_draw(qtbot, shop)
    assert not dialog.start.isVisible()
    choose(qtbot, dialog.basis, dialog.basis.itemText(dialog.basis.findData("qualifying")))
    assert dialog.basis.currentData() == "qualifying"
    qtbot.waitUntil(lambda: dialog.start.isVisible() and dialog.end.isVisible())
    fill_draw(qtbot, dialog, points=1)
    type_date(qtbot, dialog.start, QDate(2026, 2, 1))
    type_date(qtbot, dialog.end, QDate(2026, 1, 1))
    click(qtbot, dialog.run_button)
    assert dialog.errors["period"].isVisible()
    assert dialog.errors["period"].text() == "Choose a period that ends after it starts."
    type_date(qtbot, dialog.start, QDate(2000, 1, 1))
    type_date(qtbot, dialog.end, QDate(2100, 12, 31))
    click(qtbot, dialog.run_button)
    [recorded] = shop.office.draws()
    assert recorded.eligible > 0 and dialog.result_view.isVisible()
    assert dialog.eligible.text() == f"{recorded.eligible} members took part."
    assert not dialog.errors["period"].isVisible()


def test_earlier_draws_are_listed_and_open_with_their_result(qtbot, shop):
    first = shop.office.run_draw("Spring", ["Mug"], 1000, seed=7)
    shop.office.run_draw("Summer", ["Kettle"], 1000, seed=8)
    dialog = open_draw(qtbot, shop)
    assert dialog.history.rowCount() == 2
    row = next(r for r in range(2) if cells(dialog.history, r)[1] == "Spring")
    assert cells(dialog.history, row)[2] == str(first.eligible)
    click_cell(qtbot, dialog.history, row)
    qtbot.waitUntil(lambda: dialog.result_view.isVisible())
    assert dialog.seed_text.text() == "Seed 7 — anyone can re-run this draw with it."
    assert cells(dialog.winners, 0)[1:] == [first.winners[0].name, first.winners[0].card_number,
                                            "Mug"]
    click(qtbot, dialog.verify_button)
    qtbot.waitUntil(lambda: dialog.verify_result.text() != "")
    assert dialog.verify_result.text().startswith("Re-run matches:")


# ---- program health ----------------------------------------------------------------


def test_health_shows_members_per_tier(qtbot, shop):
    dialog = HealthDialog(shop)
    qtbot.addWidget(dialog)
    health = shop.office.program_health()
    assert dialog.table.rowCount() == 3
    assert [cells(dialog.table, r)[0] for r in range(3)] == ["Bunny", "Wolf", "Lion"]
    assert [int(cells(dialog.table, r)[2].replace(",", "")) for r in range(3)] == [
        t.members for t in health.tiers]
    assert cells(dialog.table, 0)[3] == f"{round(100 * health.tiers[0].members / 300)} %"
    assert cells(dialog.table, 0)[-1] == "from the start"
    assert dialog.summary.text().startswith("300 members. The median member earns about ")


def test_health_says_when_the_top_tier_is_out_of_reach(qtbot, shop):
    data = shop.program.to_dict()
    data["tiers"][-1]["threshold"] = 10_000_000
    shop.admin.save_program(data)
    dialog = HealthDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [label.text() for label in dialog.flag_labels if label.isVisible()]
    out_of_reach = [t for t in texts if "out of reach" in t]
    assert len(out_of_reach) == 1
    assert out_of_reach[0].startswith("The top tier is out of reach: the median member would "
                                      "need ")
    assert out_of_reach[0].endswith(" years. Aim for two to three.")
    assert cells(dialog.table, 2)[-1].endswith("years")


def test_health_says_when_the_ladder_is_well_tuned(qtbot, shop):
    rate = shop.office.program_health().median_points_per_day
    data = shop.program.to_dict()
    # The median member: Wolf within a month, Lion in about two and a half years.
    data["tiers"][1]["threshold"] = max(1, int(rate * 20))
    data["tiers"][2]["threshold"] = int(rate * 900)
    shop.admin.save_program(data)
    dialog = HealthDialog(shop)
    qtbot.addWidget(dialog)
    assert [label.text() for label in dialog.flag_labels] == [
        "The ladder looks well tuned: the median member reaches Lion in 2.5 years."]


def test_health_of_an_empty_shop_explains_there_is_no_data(qtbot, terminal):
    dialog = HealthDialog(terminal)
    qtbot.addWidget(dialog)
    assert [label.text() for label in dialog.flag_labels] == [
        "Not enough data yet: the pace is measured on members enrolled for a month or more "
        "who have earned points."]


# ---- charity -----------------------------------------------------------------------


def test_charity_shows_a_donation_and_the_total(qtbot, terminal):
    member_id = terminal.till.enrol(MemberInput(first_name="Ivan", phone="+7 916 123-45-67",
                                           consent=True))
    scanned = Verification("card", card=terminal.till.member(member_id).card_number)
    terminal.till.donate(uuid.uuid4(), member_id, "shelter", 50, scanned)
    dialog = CharityDialog(terminal)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert cells(dialog.table, 0) == ["Faithful Friend animal shelter", "50", "50.00\u00a0RUB", "1", "1"]
    assert cells(dialog.table, 1) == ["Total", "50", "50.00\u00a0RUB", "1", ""]
    assert dialog.table.item(1, 0).font().bold()
    assert dialog.total.text() == "In total members gave 50 points, worth 50.00\u00a0RUB."
