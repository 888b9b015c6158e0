"""Stored UTC times as the till's local time: the one converter every export, rollup
and SQL fast path uses.

Times are stored as naive UTC: SQLite hands them over as ISO text, PostgreSQL as
datetimes. ``local`` is the till's own conversion of one UTC datetime (the service
context's ``local``); what is here only makes it cheap over millions of rows:

- ``LocalTimes`` converts stored values (text or datetimes) to local datetimes, local
  ISO text or local days, looking the zone's offset up once per hour of history rather
  than per row; with a whole-hour offset the text is spliced without building a
  datetime at all (a million rows: seconds saved). An hour with a clock change inside
  it (zones that change at :30) is converted value by value.
- ``offsets`` gives the zone's offset spans over a range of times, to the second, for
  SQL that shifts times in the database (app/db/dialect/sqlite_lines.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

Local = Callable[[datetime], datetime]  # naive UTC -> naive local


class LocalTimes:
    """Stored UTC (SQLite text or a datetime) -> the till's local time, to the second:
    a datetime, or ISO text with ``text_sep`` between date and time when the caller
    wants text (``day`` gives the local date)."""

    def __init__(self, local: Local, text_sep: str | None = None):
        self._local, self._sep = local, text_sep
        self.wants_datetime = text_sep is None
        self._hours: dict = {}  # "YYYY-MM-DD HH" (UTC) -> local "YYYY-MM-DD HH" or offset
        self._days: dict = {}  # "YYYY-MM-DD HH" (UTC) -> its local day, or None: two

    def _offset(self, utc: datetime):
        start = utc.replace(minute=0, second=0, microsecond=0)
        first = self._local(start) - start
        end = start + timedelta(minutes=59, seconds=59)
        return first if self._local(end) - end == first else False

    def _exact(self, utc: datetime, offset):
        moment = self._local(utc) if offset is False else utc + offset
        return moment if self._sep is None else moment.isoformat(self._sep)

    def _learn(self, key: str, value: str):
        utc = datetime.fromisoformat(value[:19])
        offset = self._offset(utc)
        if self._sep is not None and offset is not False and offset.seconds % 3600 == 0:
            known = (utc.replace(minute=0, second=0) + offset).isoformat(self._sep)[:13]
        else:
            known = offset
        self._hours[key] = known
        return known

    def __call__(self, value):
        if value is None:
            return None
        if value.__class__ is not str:  # PostgreSQL
            return self._exact(value.replace(microsecond=0), self._offset(value))
        known = self._hours.get(value[:13])
        if known is None:
            known = self._learn(value[:13], value)
        if known.__class__ is str:
            return known + value[13:19]  # the local hour, then :MM:SS as stored
        return self._exact(datetime.fromisoformat(value[:19]), known)

    def column(self, values) -> list:
        """A whole column at once: when every hour in it splices, no call per value."""
        hours = self._hours
        for _ in range(2):
            try:
                return [None if v is None else hours[v[:13]] + v[13:19] for v in values]
            except KeyError:  # hours not seen yet: learn them, then once more
                for v in values:
                    if v.__class__ is str and v[:13] not in hours:
                        self._learn(v[:13], v)
            except TypeError:  # an hour that does not splice, or datetimes (PostgreSQL)
                break
        return [self(v) for v in values]

    def day(self, value) -> date:
        """The local day of a stored time: an hour that holds one local day (all but
        local midnight's in a zone 5:30 or 5:45 off UTC) is remembered."""
        if value.__class__ is not str:
            return self._local(value).date()
        day = self._days.get(value[:13], False)
        if day is False:
            start = datetime.strptime(value[:13], "%Y-%m-%d %H")
            first = self._local(start).date()
            last = self._local(start.replace(minute=59, second=59, microsecond=999999)).date()
            day = self._days[value[:13]] = first if first == last else None
        return day or self._local(datetime.fromisoformat(value)).date()


def offsets(local: Local, lo: datetime, hi: datetime) -> list[tuple[datetime, int]]:
    """The zone's offsets (seconds) from ``lo`` to ``hi`` (naive UTC) as
    [(from, offset)], each holding until the next: looked at every hour (as
    ``LocalTimes`` does) and narrowed to the second where it changed."""
    def offset(t: datetime) -> int:
        return round((local(t) - t).total_seconds())

    hour, second = timedelta(hours=1), timedelta(seconds=1)
    lo = lo.replace(microsecond=0)
    out = [(lo, offset(lo))]
    t = lo.replace(minute=0, second=0)
    now = offset(t)
    while t < hi:
        nxt = offset(t + hour)
        if nxt != now:
            a, b = t, t + hour  # offset(a) == now, offset(b) == nxt: find the first second
            while b - a > second:
                mid = (a + (b - a) // 2).replace(microsecond=0)
                a, b = (mid, b) if offset(mid) == now else (a, mid)
            if b > out[-1][0]:
                out.append((b, nxt))
            now = nxt
        t += hour
    return out


def day_text(value) -> str | None:
    """A stored date as YYYY-MM-DD (SQLite holds it so already)."""
    return value if value is None or isinstance(value, str) else value.isoformat()


def day_of(value) -> date | None:
    """A stored date as a date."""
    return date.fromisoformat(value) if isinstance(value, str) else value
