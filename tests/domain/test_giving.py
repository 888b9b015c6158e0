"""The rules for points as money, without a database (app/domain/giving.py)."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import DomainError
from app.domain.giving import (
    Limits,
    MemberFacts,
    Verification,
    check_daily_cap,
    check_receipt_cap,
    check_verification,
    over_cashier_limit,
)

ELENA = MemberFacts("2000000000015", "+79161234567", ("Елёна", "Смирнова", ""), date(1990, 5, 17))


def test_the_cashier_limit_is_inclusive():
    assert not over_cashier_limit(50_000, 300, 20)
    assert over_cashier_limit(50_001, 0)
    assert over_cashier_limit(0, 301)
    assert over_cashier_limit(0, 0, 21)


@given(cap=st.integers(1, 5000), gifts=st.lists(st.integers(1, 1000), max_size=30))
def test_what_the_daily_cap_lets_through_never_adds_up_past_it(cap, gifts):
    given_today = 0
    for points in gifts:
        try:
            check_daily_cap(cap, given_today, points)
        except DomainError as exc:
            assert exc.params["left"] == cap - given_today < points
            continue
        given_today += points
    assert given_today <= cap


def test_no_cap_means_no_cap():
    check_daily_cap(0, 10**9, 10**6)
    check_receipt_cap(0, 10**6)
    with pytest.raises(DomainError) as refused:
        check_receipt_cap(100, 101)
    assert refused.value.code == "redeem_over_receipt_cap"


def test_limits_are_checked_as_program_data():
    problems = []

    def integer(value, where, default=0):
        return default if value in (None, "") else int(value)

    def need(cond, code, message, where, **params):
        if not cond:
            problems.append(where)
    assert Limits.from_dict(None, integer, need) == Limits(0, 0)
    assert Limits.from_dict({"redeem_per_receipt": 5}, integer, need).to_dict() == {
        "redeem_per_receipt": 5, "given_per_member_day": 0}
    Limits.from_dict({"given_per_member_day": -1}, integer, need)
    assert problems == ["limits.given_per_member_day"]


@pytest.mark.parametrize("verification", [
    Verification("card", card="2000000000015"),
    Verification("card", card=" 2000000000015\n"),
    Verification("phone", phone="+79161234567"),
    Verification("name_birthday", name="елена", birthday=date(1990, 5, 17)),
    Verification("name_birthday", name="СМИРНОВА", birthday=date(1990, 5, 17)),
])
def test_a_matching_check_recognises_the_member(verification):
    check_verification(verification, ELENA)


@pytest.mark.parametrize("verification,code", [
    (None, "member_unverified"),
    (Verification("looked familiar"), "member_unverified"),
    (Verification("card", card="2000000000022"), "verify_mismatch"),
    (Verification("card", card=""), "verify_mismatch"),
    (Verification("phone", phone="+79161234568"), "verify_mismatch"),
    (Verification("name_birthday", name="", birthday=date(1990, 5, 17)), "verify_mismatch"),
    (Verification("name_birthday", name="Елена", birthday=None), "verify_mismatch"),
    (Verification("name_birthday", name="Ел", birthday=date(1990, 5, 17)), "verify_mismatch"),
])
def test_anything_else_is_refused(verification, code):
    with pytest.raises(DomainError) as refused:
        check_verification(verification, ELENA)
    assert refused.value.code == code


def test_a_member_without_a_card_or_birthday_is_not_recognised_by_them():
    bare = MemberFacts("", "+79161234567", ("Елёна",), None)
    with pytest.raises(DomainError) as refused:
        check_verification(Verification("card", card=""), bare)
    assert refused.value.code == "verify_mismatch"
    with pytest.raises(DomainError) as refused:
        check_verification(Verification("name_birthday", name="Елёна",
                                        birthday=date(1990, 5, 17)), bare)
    assert refused.value.code == "verify_no_birthday"
