import pytest

from app.domain.errors import DomainError
from app.domain.points_input import parse_points, parse_whole, read_whole
from app.domain.program import Program


@pytest.mark.parametrize("text,points", [
    ("500", 500), (" 1 500 ", 1500), ("", 0), ("007", 7),
    ("99999999999999999999", 99999999999999999999), ("9223372036854775808", 2**63),
])
def test_points_are_read_as_typed_never_cut(text, points):
    assert parse_points(text) == points


def test_a_huge_paste_is_still_more_than_any_limit():
    assert parse_points("9" * 5000) > 2**63


@pytest.mark.parametrize("text,code", [
    ("-5", "points_negative"), ("1.5", "points_invalid"), ("abc", "points_invalid"),
    ("5e3", "points_invalid"),
])
def test_what_is_not_whole_points_is_refused(text, code):
    with pytest.raises(DomainError) as exc:
        parse_points(text, field="redeem")
    assert (exc.value.code, exc.value.field) == (code, "redeem")


def _program(**changes) -> Program:
    import json
    from pathlib import Path
    path = Path(__file__).parents[2] / "resources" / "program"
    data = json.loads(next(path.glob("*.json")).read_text(encoding="utf-8"))
    return Program.from_dict({**data, **changes})


def test_the_large_amount_is_the_programs_and_defaults_to_100_000():
    program = _program()
    assert program.large_amount_minor == 10_000_000
    assert not program.is_large_amount(10_000_000)
    assert program.is_large_amount(10_000_001)
    assert _program(large_amount_minor=500_00).is_large_amount(500_01)
    assert _program(large_amount_minor=500_00).to_dict()["large_amount_minor"] == 500_00


@pytest.mark.parametrize("value", [0, -1, 2**63, "many", 1.5, True])
def test_a_large_amount_that_cannot_be_is_refused(value):
    with pytest.raises(DomainError) as exc:
        _program(large_amount_minor=value)
    assert (exc.value.code, exc.value.field) == ("program_large_amount", "large_amount_minor")


def test_the_refusal_names_what_sets_the_limit():
    program = _program()  # a point is worth 1.00
    with pytest.raises(DomainError) as exc:
        program.check_redemption(200, 18000, 500)  # 180.00: at most 180, though 200 held
    assert (exc.value.code, exc.value.params["available"]) == ("redeem_over_amount", 180)
    with pytest.raises(DomainError) as exc:
        program.check_redemption(200, 500000, 500)
    assert (exc.value.code, exc.value.params["available"]) == ("redeem_over_balance", 200)
    with pytest.raises(DomainError) as exc:
        program.check_redemption(-30, 500000, 1)  # in debt
    assert (exc.value.code, exc.value.params["available"]) == ("redeem_over_balance", 0)
    program.check_redemption(-30, 500000, 0)


@pytest.mark.parametrize("text,least,most,value", [
    ("5", 1, 120, 5), ("1 500", 0, 10_000, 1500), ("", 0, 100, 0), ("-50", -1000, 1000, -50),
    ("\u221250", -1000, 1000, -50), ("+7", 0, 10, 7), ("120", 1, 120, 120),
])
def test_a_bounded_whole_number_is_read_as_typed(text, least, most, value):
    assert parse_whole(text, "n", least, most) == value


@pytest.mark.parametrize("text,least,most,code,param", [
    ("5000000", 0, 1_000_000, "number_too_large", ("most", 1_000_000)),
    ("9" * 5000, 0, 100, "number_too_large", ("most", 100)),
    ("-5000000", -1_000_000, 1_000_000, "number_too_small", ("least", -1_000_000)),
    ("0", 1, 100, "number_too_small", ("least", 1)),
    ("", 30, 3650, "number_too_small", ("least", 30)),
])
def test_a_number_outside_its_bounds_is_refused_naming_the_bound(text, least, most, code, param):
    with pytest.raises(DomainError) as exc:
        parse_whole(text, "discount", least, most)
    assert (exc.value.code, exc.value.field) == (code, "discount")
    assert exc.value.params == dict([param])


@pytest.mark.parametrize("text", ["1.5", "12x", "--3", "1e3", "-"])
def test_what_is_no_whole_number_is_refused(text):
    with pytest.raises(DomainError) as exc:
        parse_whole(text, "months", 0, 100)
    assert (exc.value.code, exc.value.field) == ("number_invalid", "months")
    assert read_whole(text) is None


@pytest.mark.parametrize("changes,field,code", [
    ({"long_absence_days": 5000}, "long_absence_days", "number_too_large"),
    ({"long_absence_days": -1}, "long_absence_days", "program_negative"),
    ({"limits": {"redeem_per_receipt": 20_000_000}}, "limits.redeem_per_receipt",
     "points_too_large"),
    ({"limits": {"given_per_member_day": 10_000_001}}, "limits.given_per_member_day",
     "points_too_large"),
])
def test_the_program_refuses_numbers_past_its_bounds(changes, field, code):
    with pytest.raises(DomainError) as exc:
        _program(**changes)
    assert (exc.value.code, exc.value.field) == (code, field)


def test_the_program_keeps_numbers_at_its_bounds():
    program = _program(long_absence_days=3650, limits={"redeem_per_receipt": 10_000_000,
                                                       "given_per_member_day": 0})
    assert program.long_absence_days == 3650
    assert program.limits.redeem_per_receipt == 10_000_000


def test_the_offline_redemption_limit_is_off_unless_the_owner_sets_it():
    assert _program().offline_redeem_per_day == 0
    assert _program(offline_redeem_per_day=300).to_dict()["offline_redeem_per_day"] == 300


@pytest.mark.parametrize(("value", "code"), [(-1, "program_negative"),
                                             (10_000_001, "points_too_large"),
                                             ("many", "program_not_integer")])
def test_an_offline_redemption_limit_that_cannot_be_is_refused(value, code):
    with pytest.raises(DomainError) as exc:
        _program(offline_redeem_per_day=value)
    assert (exc.value.code, exc.value.field) == (code, "offline_redeem_per_day")
