"""CSV lines built by SQLite itself, for the members, purchases and ledger exports.

Why the SQL builds the line: at a million members the generic path (SQLAlchemy rows,
a Python list per column, csv.writer) moves 21 million values through Python one by
one. Here one SELECT hands over one line per row, as bytes (never decoded and
re-encoded), and Python treats a chunk of 5,000 lines as one block, with C-speed bytes
operations only.

- One printf() per row builds the line: chained || copies the growing line once per
  field, which cost more than everything else together. Fields end in \x1f, or \x1e
  before free text (the fields a spreadsheet could run as a formula); lines in \x1d.
- The block then becomes csv.writer's output: an apostrophe after each \x1e that
  starts a formula, quotes around the (few) fields holding , " CR or LF, separators to
  commas, \x1d to CRLF (``_csv``).
- When the separators do not add up, a field holds one, a time was marked (below) or
  a text holds a NUL (printf() would stop there; the SELECT gives the id alone): that
  line is written by the generic path, asked for by the row's id (so that one row
  is read as it is then, not as the SELECT saw it).
So the output is the generic writer's, byte for byte, whatever the data; the tests
compare both paths.

Local times: the zone's offset is constant between its clock changes, so Python works
out those intervals to the second (app/db/local_time.py ``offsets``, with ``ctx.local`` itself, so zones 5:30 ahead or
changing at :30 come out as the generic path has them) over the range of stored times,
and each time is shifted by a balanced tree of CASEs over them. A time outside the
range (written while the export runs) gives a stray separator: the generic path then
writes that row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

PLAIN, FREE, END = b"\x1f", b"\x1e", b"\x1d"  # before a field (FREE: free text); line end
_TO_COMMAS = bytes.maketrans(PLAIN + FREE, b",,")
_ONE_SEPARATOR = bytes.maketrans(FREE + END, PLAIN + PLAIN)
_FORMULA = re.compile(b"\x1e(?=[=+\\-@\t\r])")  # free text starting like a formula
_TO_QUOTE = re.compile(b'[,"\r\n]')  # csv.writer quotes a field holding one of these
_STAMP = "%Y-%m-%d %H:%M:%S"


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def id_field(x: str, nullable: bool = False) -> Field:
    """SQLite holds a UUID as 32 hex digits: printed as 8-4-4-4-12, as app/db/ids.py
    ``dashed`` prints it (a NULL: empty, its
    dashes left out by a '' in their place)."""
    if not nullable:
        return Field(f"{x}, substr({x}, 9, 4), substr({x}, 13, 4), substr({x}, 17, 4), "
                     f"substr({x}, 21)", fmt="%.8s-%.4s-%.4s-%.4s-%s")
    dash = f"iif({x} IS NULL, '', '-')"
    return Field(f"{x}, {dash}, substr({x}, 9, 4), {dash}, substr({x}, 13, 4), {dash}, "
                 f"substr({x}, 17, 4), {dash}, substr({x}, 21)",
                 fmt="%.8s%s%.4s%s%.4s%s%.4s%s%s")


def money_field(x: str) -> Field:
    """Integer minor units as major units, as money_text() writes them: 1234.50, -0.05.
    Anything but an integer that can be negated (a NULL, a text, the smallest 64-bit
    integer) gives a stray separator: the generic path writes that row."""
    sign = (f"CASE WHEN typeof({x}) <> 'integer' OR {x} = -9223372036854775807 - 1 "
            f"THEN {literal(PLAIN.decode())} WHEN {x} < 0 THEN '-' ELSE '' END")
    units = f"iif({x} < 0, -{x}, {x})"
    return Field(f"{sign}, {units} / 100, {units} % 100", fmt="%s%d.%02d")


def bool_sql(x: str) -> str:
    return f"CASE WHEN {x} IS NULL THEN NULL WHEN {x} THEN '1' ELSE '0' END"


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
    """The SELECT for one CSV line per row of ``table`` (a table, or the same joins as
    the generic query, so the rows come in its order) and the way back from a chunk
    of its rows to the bytes CsvWriter would write. The first field is the row's id
    (8-4-4-4-12): the generic path is asked for a marked row by it. ``erased``: the
    column that, when set, blanks the fields with an ``erased`` text (None: none)."""

    def __init__(self, table: str, fields: list[Field], erased: str | None,
                 texts: tuple[str, ...]):
        rest = fields[1:]
        self._plain = sum(not f.free for f in rest)
        self._free = len(rest) - self._plain
        ends = [(FREE if f.free else PLAIN).decode() for f in rest] + [END.decode()]
        template = "".join(f.fmt + s for f, s in zip(fields, ends, strict=True))
        kept = f"printf({literal(template)}, {', '.join(f.sql for f in fields)})"
        gone = "".join([(f.fmt if f.erased is None else f.erased.replace("%", "%%"))
                        + s for f, s in zip(fields, ends, strict=True)])
        args = ", ".join(f.sql for f in fields if f.erased is None)
        # A NUL in a text (printf() would cut it there): the id alone, so the generic path
        nul = " OR ".join(f"instr({t}, char(0))" for t in texts)
        only_id = f"printf({literal(fields[0].fmt)}, {fields[0].sql})"
        if erased is None:  # no row of ``table`` is ever blanked
            line = f"CASE WHEN {nul} THEN {only_id} ELSE {kept} END"
        else:
            line = (f"CASE WHEN {nul} THEN {only_id} WHEN {erased} IS NULL THEN {kept} "
                    f"ELSE printf({literal(gone)}, {args}) END")
        self.sql = f"SELECT CAST({line} AS BLOB) FROM {table}"

    def chunks(self, cursor, size: int) -> Iterator[tuple[int, list[bytes | str]]]:
        """(rows, pieces) per chunk of ``size`` rows: a piece is bytes to write as they
        are, or the 8-4-4-4-12 id of a row the generic path must write."""
        cursor.execute(self.sql)
        while rows := cursor.fetchmany(size):
            block = b"".join([r for (r,) in rows])
            if self._whole(block, len(rows)):
                yield len(rows), [_csv(block)]
                continue
            pieces: list[bytes | str] = []  # a field holds a separator, or a time is marked
            for (r,) in rows:
                pieces.append(_csv(r) if self._whole(r, 1) else r[:36].decode())
            yield len(rows), pieces

    def _whole(self, block: bytes, n: int) -> bool:
        """Every separator is one SQLite put there: no field holds one."""
        return (block.count(PLAIN) == n * self._plain and block.count(FREE) == n * self._free
                and block.count(END) == n)


def _csv(block: bytes) -> bytes:
    """Lines as SQLite built them (no field holding a separator) as csv.writer writes
    them: the apostrophe before free text starting like a formula, quotes (" doubled)
    around a field holding , " CR or LF, commas between fields, CRLF after each line."""
    if _FORMULA.search(block):
        block = _FORMULA.sub(FREE + b"'", block)
    if b"," in block or b'"' in block or b"\r" in block or b"\n" in block:  # memchr: fast
        flat = block.translate(_ONE_SEPARATOR)  # where each field starts and ends
        out, done = [], 0
        for found in _TO_QUOTE.finditer(block):
            if found.start() < done:  # the field is quoted already
                continue
            start = flat.rfind(PLAIN, 0, found.start()) + 1
            end = flat.find(PLAIN, found.start())
            out += (block[done:start], b'"', block[start:end].replace(b'"', b'""'), b'"')
            done = end
        out.append(block[done:])
        block = b"".join(out)
    return block.translate(_TO_COMMAS).replace(END, b"\r\n")
