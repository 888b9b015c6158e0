"""Enrolment and edits report every field error at once, as the form shows them."""

import pytest

from app.domain.errors import DomainError, ValidationErrors

pytestmark = pytest.mark.both_databases


def codes(exc) -> dict[str, str]:
    return {e.field: e.code for e in exc.value.errors}


def test_a_taken_phone_a_missing_day_and_a_bad_email_come_together(t, member, member_input):
    with pytest.raises(ValidationErrors) as exc:
        t.till.enrol(member_input(first_name="", birthday_text="31.02.1990", email="x@y"))
    assert codes(exc) == {"first_name": "name_empty", "phone": "phone_taken",
                          "birthday": "date_no_such_day", "email": "email_invalid"}
    taken = next(e for e in exc.value.errors if e.code == "phone_taken")
    assert taken.params["member_id"] == member
    assert t.till.member_count() == 1


def test_a_typed_birthday_is_stored_and_a_future_one_refused(t, member_input):
    mid = t.till.enrol(member_input(birthday_text="07.03.1985"))
    assert t.till.member(mid).birthday.isoformat() == "1985-03-07"
    with pytest.raises(DomainError) as exc:
        t.till.enrol(member_input(phone="+79031112233", birthday_text="01.01.2999"))
    assert (exc.value.code, exc.value.field) == ("birthday_future", "birthday")


def test_an_unknown_or_ambiguous_referrer_is_one_more_field_error(t, member, member_input):
    t.till.enrol(member_input(first_name="Елена", phone="+79031112233"))
    with pytest.raises(ValidationErrors) as exc:
        t.till.enrol(member_input(phone="+79031112244", referred_by="Смирнова", consent=False))
    assert codes(exc) == {"referred_by": "referrer_ambiguous", "consent": "consent_required"}
    ambiguous = next(e for e in exc.value.errors if e.code == "referrer_ambiguous")
    assert ambiguous.params["count"] == 2
    with pytest.raises(DomainError) as exc:
        t.till.enrol(member_input(phone="+79031112244", referred_by="+7 999 000 00 00"))
    assert exc.value.code == "referrer_not_found"
    assert t.till.member_count() == 2


def test_a_referrer_by_phone_is_recorded(t, member, member_input):
    friend = t.till.enrol(member_input(first_name="Ольга", phone="+79031112233",
                                  referred_by="8 916 123-45-67"))
    assert t.till.member(friend).referred_by == "Елёна Смирнова"


def test_editing_reports_a_bad_day_and_a_phone_of_someone_else_together(t, member, member_input):
    other = t.till.enrol(member_input(first_name="Ольга", phone="+79031112233"))
    with pytest.raises(ValidationErrors) as exc:
        t.till.edit_member(other, member_input(phone="+7 916 123-45-67", birthday_text="30.02.2000"))
    assert codes(exc) == {"phone": "phone_taken", "birthday": "date_no_such_day"}
