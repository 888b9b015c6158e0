"""CSV lines built by SQLite itself, for the members export.

Why the SQL builds the line: at a million members the generic path (SQLAlchemy rows,
a Python list per column, csv.writer) moves 21 million values through Python one by
one, ~30 s. Here one SELECT hands over one line per member, as bytes (not even decoded
and re-encoded), and Python handles a chunk of 5,000 lines as one block.

The line is built with printf(), one call per row: chained || copies the growing line
once per field, which cost more than everything else together. Fields are separated by
\\x1f, and by \\x1e before free text (the fields a spreadsheet could run as a formula);
Python then checks the whole block at once (C-speed counts): when no field holds a
separator, a comma, a quote, CR or LF, and no free text starts with = + - @ TAB, the
block is already what csv.writer would write and only the separators become commas.
Otherwise each line is checked, and a line that needs quoting is split on its
separators and written by csv.writer with CsvWriter's apostrophe rule. A line whose
separators do not add up (a field holding one) or with a time the CASE below does not
cover is marked, and the generic path writes that member. So the output is exactly
the generic writer's, whatever the data (the tests compare both paths byte for byte).
printf() stops a text at a NUL character; the caller checks for those first and keeps
to the generic path when there is one.

Local times: the zone's offset is constant between its clock changes, so Python works
out those intervals to the second (with ``ctx.local`` itself, so zones 5:30 ahead or
changing at :30 come out as the generic path has them) over the range of stored times,
and each time is shifted by a balanced tree of CASEs over them.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

PLAIN, FREE = b"\x1f", b"\x1e"  # before a field; FREE: free text (the formula rule)
_TO_COMMAS = bytes.maketrans(PLAIN + FREE, b",,")
_FORMULA_START = "=+-@\t\r"  # CsvWriter's rule: these get a leading apostrophe
_FORMULA_AFTER = re.compile(b"\x1e[=+\\-@\t]")  # free text starting like a formula
_STAMP = "%Y-%m-%d %H:%M:%S"


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def id_field(x: str) -> Field:
    """SQLite holds a UUID as 32 hex digits: printed as 8-4-4-4-12."""
    return Field(f"{x}, substr({x}, 9, 4), substr({x}, 13, 4), substr({x}, 17, 4), "
                 f"substr({x}, 21)", fmt="%.8s-%.4s-%.4s-%.4s-%s")


def bool_sql(x: str) -> str:
    return f"CASE WHEN {x} IS NULL THEN NULL WHEN {x} THEN '1' ELSE '0' END"


def offsets(local: Callable[[datetime], datetime], lo: datetime,
            hi: datetime) -> list[tuple[datetime, int]]:
    """The zone's offsets (seconds) from ``lo`` to ``hi`` (naive UTC) as
    [(from, offset)], each holding until the next: looked at every hour (as the
    generic path does) and narrowed to the second where it changed."""
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


def local_time_sql(x: str, spans: list[tuple[datetime, int]], hi: datetime) -> str:
    """A stored UTC time as local 'YYYY-MM-DD HH:MM:SS'. The fraction of a second is
    cut first (datetime() would round .9996 up to the next second). Outside the spans
    (a time written while the export runs) it gives a stray separator: that line then
    goes to the generic path."""
    bounds = [start.strftime(_STAMP) for start, _ in spans] + [hi.strftime(_STAMP)]
    values = ["NULL"] + [literal(f"{s:+d} seconds") for _, s in spans] + ["NULL"]
    return (f"CASE WHEN {x} IS NULL THEN NULL ELSE ifnull(datetime(substr({x}, 1, 19), "
            f"{_pick(x, bounds, values)}), {literal(PLAIN.decode())}) END")


def _pick(x: str, bounds: list[str], values: list[str]) -> str:
    """values[i] holds for bounds[i-1] <= x < bounds[i]: a balanced tree of CASEs."""
    if not bounds:
        return values[0]
    m = len(bounds) // 2
    return (f"CASE WHEN {x} < {literal(bounds[m])} THEN {_pick(x, bounds[:m], values[:m + 1])}"
            f" ELSE {_pick(x, bounds[m + 1:], values[m + 1:])} END")


@dataclass(frozen=True)
class Field:
    sql: str  # its text (NULL: empty), unquoted; or printf() arguments for ``fmt``
    free: bool = False  # free text: a leading = + - @ TAB CR gets an apostrophe
    erased: str | None = None  # what an erased member's row shows instead; None: kept
    fmt: str = "%s"


class Lines:
    """The SELECT for one CSV line per row of ``table`` and the way back from a chunk
    of its rows to the bytes CsvWriter would write. The first field is the row's id
    (8-4-4-4-12): the generic path is asked for a marked row by it."""

    def __init__(self, table: str, fields: list[Field], erased: str):
        rest = fields[1:]
        self._plain = sum(not f.free for f in rest)
        self._free = len(rest) - self._plain
        seps = [(FREE if f.free else PLAIN).decode() for f in rest]
        ends = [*seps, "\r\n"]
        template = "".join(f.fmt + s for f, s in zip(fields, ends, strict=True))
        kept = f"printf({literal(template)}, {', '.join(f.sql for f in fields)})"
        gone = "".join([(f.fmt if f.erased is None else f.erased.replace("%", "%%"))
                        + s for f, s in zip(fields, ends, strict=True)])
        args = ", ".join(f.sql for f in fields if f.erased is None)
        line = f"CASE WHEN {erased} IS NULL THEN {kept} ELSE printf({literal(gone)}, {args}) END"
        self.sql = f"SELECT CAST({line} AS BLOB) FROM {table}"
        field = '[^\x1e\x1f,"\r\n]*'
        self._clean_line = re.compile(("".join(
            s + ("(?![=+\\-@\t])" if s == FREE.decode() else "") + field
            for s in ["", *seps]) + "\r\n").encode())

    def chunks(self, cursor, size: int) -> Iterator[tuple[int, list[bytes | str]]]:
        """(rows, pieces) per chunk of ``size`` rows: a piece is bytes to write as they
        are, or the 8-4-4-4-12 id of a row the generic path must write."""
        cursor.execute(self.sql)
        while rows := cursor.fetchmany(size):
            block = b"".join([r for (r,) in rows])
            commas = block.translate(_TO_COMMAS)
            if self._clean(block, commas, len(rows)):
                yield len(rows), [commas]
            else:
                yield len(rows), self._line_by_line(rows)

    def _clean(self, block: bytes, commas: bytes, n: int) -> bool:
        """``commas``: the block with its separators made commas; as many commas as
        separators means no field holds a comma or a separator."""
        return (commas.count(b",") == n * (self._plain + self._free)
                and block.count(b"\n") == n and block.count(b"\r") == n
                and b'"' not in block and not _FORMULA_AFTER.search(block))

    def _line_by_line(self, rows) -> list[bytes | str]:
        pieces: list[bytes | str] = []
        done: list[bytes] = []
        for (r,) in rows:
            if self._clean_line.fullmatch(r):
                done.append(r.translate(_TO_COMMAS))
            elif r.count(PLAIN) == self._plain and r.count(FREE) == self._free:
                done.append(_quoted(r))
            else:  # a field holds a separator, or a time outside the spans
                if done:
                    pieces.append(b"".join(done))
                    done = []
                pieces.append(r[:36].decode())
        if done:
            pieces.append(b"".join(done))
        return pieces


def _quoted(line: bytes) -> bytes:
    """A line csv.writer must quote: split on its separators, the apostrophe rule on
    free text, then csv.writer itself."""
    parts = re.split(b"([\x1e\x1f])", line[:-2])
    values = [parts[0].decode()]
    for sep, raw in zip(parts[1::2], parts[2::2], strict=True):
        value = raw.decode()
        if sep == FREE and value and value[0] in _FORMULA_START:
            value = "'" + value
        values.append(value)
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(values)
    return out.getvalue().encode()
