import pytest

from app.domain.errors import DomainError
from app.domain.points_input import parse_points
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
