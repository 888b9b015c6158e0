"""The one converter from stored UTC to the till's local time (app/db/local_time.py):
equal to the context's own ``local`` to the second, whatever the zone, however the
time is stored (SQLite text, a datetime) and however it is asked for (datetime, text,
day)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.db.local_time import LocalTimes, offsets
from app.services.context import ServiceContext, load_program

ZONES = ["Europe/Moscow", "Europe/Berlin", "Asia/Kolkata", "Asia/Kathmandu",
         "America/St_Johns"]


@pytest.fixture
def ctx():
    return ServiceContext(program=load_program())


@pytest.mark.parametrize("zone", ZONES)
def test_local_times_across_clock_changes(ctx, zone):
    """Including the hour a clock change falls in (St John's changes at 05:30 UTC)."""
    ctx.local_tz = ZoneInfo(zone)
    stored = ["2026-03-08 05:29:59.123456", "2026-03-08 05:30:00.000000",
              "2026-03-29 00:59:59.000000", "2026-03-29 01:00:00.000000",
              "2026-07-01 12:00:00.999999", None]
    expected = [None if s is None else ctx.local(datetime.fromisoformat(s[:19]))
                for s in stored]
    assert LocalTimes(ctx.local, None).column(stored) == expected
    as_text = [None if e is None else e.isoformat(" ") for e in expected]
    assert LocalTimes(ctx.local, " ").column(stored) == as_text
    one_by_one = LocalTimes(ctx.local, " ")
    assert [one_by_one(s) for s in stored] == as_text
    as_datetimes = [None if s is None else datetime.fromisoformat(s) for s in stored]
    assert LocalTimes(ctx.local, " ").column(as_datetimes) == as_text  # PostgreSQL's
    if zone == "America/St_Johns":
        assert as_text[:2] == ["2026-03-08 01:59:59", "2026-03-08 03:00:00"]
    if zone == "Europe/Berlin":
        assert as_text[2:4] == ["2026-03-29 01:59:59", "2026-03-29 03:00:00"]


@pytest.mark.parametrize("zone", ZONES)
def test_local_days_around_local_midnight(ctx, zone):
    """An hour of UTC holds two local days in zones 5:30 or 5:45 off: each time gets
    its own, as ctx.local says, text or datetime alike."""
    ctx.local_tz = ZoneInfo(zone)
    days = LocalTimes(ctx.local)
    start = datetime(2026, 3, 7, 0, 0)
    for minutes in range(0, 3 * 24 * 60, 5):
        t = start + timedelta(minutes=minutes, seconds=7)
        want = ctx.local(t).date()
        assert days.day(t.isoformat(" ", "microseconds")) == want, t
        assert days.day(t) == want, t


@pytest.mark.parametrize("zone", ZONES)
def test_offset_spans_hold_to_the_second(ctx, zone):
    ctx.local_tz = ZoneInfo(zone)
    lo, hi = datetime(2026, 3, 1), datetime(2026, 11, 30)
    spans = offsets(ctx.local, lo, hi)
    for (start, offset), (end, _) in zip(spans, [*spans[1:], (hi, 0)], strict=True):
        for t in (start, end - timedelta(seconds=1)):
            assert ctx.local(t) - t == timedelta(seconds=offset), (t, spans)
