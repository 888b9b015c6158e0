"""What the till says agrees with what a sale does (issue #14): one birthday week, one
"about to expire", one line per message, and no follow-up for a complaint being made."""

import uuid
from datetime import date, timedelta

import pytest

from app.services.dto import ComplaintInput

pytestmark = pytest.mark.both_databases

TODAY = date(2026, 3, 10)


def _lines(view):
    return [text for _kind, text in view.occasions] + ([view.prompt] if view.prompt else [])


@pytest.mark.parametrize("offset", range(-5, 6))
def test_prompt_greeting_and_sale_agree_on_the_birthday_week(t, clock, member_input, buy, offset):
    birthday = (TODAY + timedelta(days=offset)).replace(year=1990)
    member = t.till.enrol(member_input(birthday=birthday))
    view = t.till.member(member)
    in_week = -3 <= offset <= 3
    said = [line for line in _lines(view) if "irthday" in line]
    assert len(said) == (1 if in_week else 0), said  # once, in the prompt
    assert (view.prompt_kind == "birthday") == in_week
    if in_week:
        assert "Gift: 300 points with a purchase." in view.prompt
    result = buy(t, member, 100000)
    bonus = [b.points for b in result.bonuses if b.kind == "birthday"]
    assert bonus == ([300] if in_week else [])


@pytest.mark.parametrize("days", [30, 31, 45, 59, 60])
def test_panel_and_prompt_agree_on_points_about_to_expire(t, clock, member, days):
    data = t.program.to_dict()
    data["expiry"] = {"kind": "days_after_earning", "days": days}
    t.admin.save_program(data)
    view = t.till.member(member)
    assert view.expiring_on == TODAY + timedelta(days=days)
    assert view.expiry_near == (days <= 30)
    assert (view.prompt_kind == "expiry") == view.expiry_near


def test_back_after_a_long_while_is_said_once(t, clock, member, buy):
    clock(2025, 12, 1, 12, 0)
    buy(t, member, 10000)
    clock(2026, 3, 10, 12, 0)
    view = t.till.member(member)
    assert view.prompt_kind == "welcome_back"
    back = [line for line in _lines(view) if "long while" in line or "Long time" in line]
    assert len(back) == 1, back


def test_the_next_tier_is_never_an_occasion_line(t, clock, member):
    assert t.till.member(member).next_tier_name  # the progress bar says "N points to …"
    assert "near_tier" not in [kind for kind, _text in t.till.member(member).occasions]


def test_no_complaint_follow_up_while_the_complaint_is_being_made(t, clock, member):
    t.till.record_complaint(uuid.uuid4(), member, ComplaintInput(
        facts="Waited 40 minutes.", summary="You waited forty minutes.",
        reflection="I can see this really upset you.", solution="Manager informed."))
    view = t.till.member(member)
    assert view.open_complaint
    assert view.prompt_kind != "complaint_follow_up"
    assert "complaint" not in view.prompt
    clock(2026, 3, 10, 23, 59)
    assert t.till.member(member).prompt_kind != "complaint_follow_up"
    clock(2026, 3, 11, 9, 0)  # the next visit
    assert t.till.member(member).prompt_kind == "complaint_follow_up"


def test_the_complaint_day_is_the_tills_local_day(t, clock, member):
    from zoneinfo import ZoneInfo
    t.ctx.local_tz = ZoneInfo("Asia/Vladivostok")  # UTC+10
    clock(2026, 3, 10, 13, 0)  # 23:00 there
    t.till.record_complaint(uuid.uuid4(), member, ComplaintInput(
        facts="Cold coffee.", summary="Your coffee was cold.",
        reflection="I can see this really upset you.", solution="Remade it."))
    clock(2026, 3, 10, 15, 0)  # 01:00 the next local day: a later visit
    assert t.till.member(member).prompt_kind == "complaint_follow_up"
