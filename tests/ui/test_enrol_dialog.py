"""Enrolment shows every field in error at once, next to each field, and stays on screen."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.dto import MemberInput
from app.ui.enrol_dialog import MAX_WIDTH, EnrolDialog
from tests.ui.drive import assert_reachable, click, type_into

OK = "Enrol"


def shown_dialog(qtbot, terminal) -> EnrolDialog:
    dialog = EnrolDialog(terminal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def enrol_button(dialog):
    return next(b for b in dialog.buttons.buttons() if b.text() == OK)


def shown_errors(dialog) -> dict[str, str]:
    return {name: label.text() for name, label in dialog.errors.items() if label.isVisible()}


def test_every_field_in_error_is_flagged_at_once_and_the_first_takes_the_focus(qtbot, terminal):
    dialog = shown_dialog(qtbot, terminal)
    type_into(qtbot, dialog.inputs["phone"], "12")
    type_into(qtbot, dialog.inputs["birthday"], "31.02.1990")
    type_into(qtbot, dialog.inputs["email"], "anna-at-mail")
    click(qtbot, enrol_button(dialog))
    assert shown_errors(dialog) == {
        "first_name": "Enter the first name.",
        "phone": "This does not look like a phone number.",
        "birthday": "There is no such day: 31.02.1990. Check the day and the month.",
        "email": "This e-mail address looks wrong.",
        "consent": "Consent to processing personal data is required.",
    }
    for label in shown_errors(dialog):
        assert_reachable(dialog.errors[label], keyboard=False)
    assert QApplication.focusWidget() is dialog.inputs["first_name"]
    assert terminal.till.member_count() == 0 and dialog.isVisible()


def test_focus_goes_to_the_first_field_in_error_not_the_first_field(qtbot, terminal):
    dialog = shown_dialog(qtbot, terminal)
    type_into(qtbot, dialog.inputs["first_name"], "Anna")
    type_into(qtbot, dialog.inputs["phone"], "+7 916 555-12-34")
    type_into(qtbot, dialog.inputs["birthday"], "7 March 85")
    type_into(qtbot, dialog.inputs["email"], "anna@")
    click(qtbot, dialog.consent)
    click(qtbot, enrol_button(dialog))
    assert shown_errors(dialog) == {
        "birthday": "Enter the date as dd.mm.yyyy, e.g. 07.03.1985.",
        "email": "This e-mail address looks wrong.",
    }
    assert QApplication.focusWidget() is dialog.inputs["birthday"]
    # Corrected, the same form enrols, and the old errors go away.
    type_into(qtbot, dialog.inputs["birthday"], "07.03.1985", clear=True)
    type_into(qtbot, dialog.inputs["email"], "anna@mail.ru", clear=True)
    click(qtbot, enrol_button(dialog))
    assert shown_errors(dialog) == {}, dialog.inputs["birthday"].text()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert terminal.till.member(dialog.enrolled_id).birthday.isoformat() == "1985-03-07"


def test_a_taken_phone_is_shown_with_the_other_errors(qtbot, terminal, ivan):
    dialog = shown_dialog(qtbot, terminal)
    type_into(qtbot, dialog.inputs["phone"], "89161234567")
    type_into(qtbot, dialog.inputs["birthday"], "29.02.2023")
    click(qtbot, dialog.consent)
    click(qtbot, enrol_button(dialog))
    errors = shown_errors(dialog)
    assert set(errors) == {"first_name", "phone", "birthday"}
    assert "already enrolled: Ivan Ivanovich Petrov" in errors["phone"]
    assert errors["birthday"].startswith("There is no such day: 29.02.2023.")
    dialog.errors["phone"].linkActivated.emit("open")  # the link in the label, as clicked
    assert dialog.open_existing_id == ivan.member_id
    assert terminal.till.member_count() == 1


def test_a_long_name_in_the_duplicate_message_wraps_inside_the_dialog(qtbot, terminal):
    long_name = ("Констанция-Александра", "Вильгельмовна-Фридриховна",
                 "Римского-Корсакова-Мусоргская-Бородина-Глинка")
    terminal.till.enrol(MemberInput(first_name=long_name[0], patronymic=long_name[1],
                               last_name=long_name[2], phone="+7 916 777-00-11", consent=True))
    dialog = shown_dialog(qtbot, terminal)
    width_before = dialog.width()
    type_into(qtbot, dialog.inputs["first_name"], "Anna")
    type_into(qtbot, dialog.inputs["phone"], "+7 916 777-00-11")
    click(qtbot, dialog.consent)
    click(qtbot, enrol_button(dialog))
    error = dialog.errors["phone"]
    qtbot.waitUntil(error.isVisible)
    assert long_name[2] in error.text()
    assert dialog.width() <= max(MAX_WIDTH, width_before)
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().right() <= screen.right() or dialog.width() <= screen.width()
    assert error.wordWrap() and error.height() > error.fontMetrics().height() * 1.5  # wrapped
    assert_reachable(error, keyboard=False)


def test_an_ambiguous_referrer_is_flagged_with_the_other_fields(qtbot, terminal, ivan):
    terminal.till.enrol(MemberInput(first_name="Ivanka", phone="+7 916 000-00-02", consent=True))
    dialog = shown_dialog(qtbot, terminal)
    type_into(qtbot, dialog.referred_by, "Ivan")
    type_into(qtbot, dialog.inputs["phone"], "+7 916 000-00-03")
    click(qtbot, enrol_button(dialog))
    errors = shown_errors(dialog)
    assert errors["referred_by"] == "2 members match: enter the whole phone or scan the card."
    assert set(errors) == {"first_name", "consent", "referred_by"}
    assert QApplication.focusWidget() is dialog.inputs["first_name"]
    assert terminal.till.member_count() == 2


def test_escape_leaves_without_enrolling(qtbot, terminal):
    dialog = shown_dialog(qtbot, terminal)
    type_into(qtbot, dialog.inputs["first_name"], "Anna")
    qtbot.keyClick(dialog.inputs["first_name"], Qt.Key.Key_Escape)
    assert not dialog.isVisible() and terminal.till.member_count() == 0
