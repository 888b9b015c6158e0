"""The SQLite row source of the CSV exports: for the members, the purchases or the
ledger, the row count and the ``Lines`` (sqlite_lines.py) that build each CSV line in
SQLite, byte for byte what the generic writer writes. None sends the export to the
generic (portable) row source: a column type the lines do not know, a tier name
holding a NUL, times not as SQLAlchemy writes them or near the year 9999."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from datetime import datetime, timedelta

from sqlalchemy.dialects import sqlite

from app.db.dialect import sqlite_lines
from app.db.dialect.portable import LinesRequest
from app.db.dialect.sqlite_lines import Field, Lines, id_field, literal, local_time_sql
from app.db.local_time import offsets

Planned = tuple[int, Lines] | None


def plan(dbapi, request: LinesRequest) -> Planned:
    """(rows in total, the lines' SELECT), or None for the generic path."""
    return _PLANS[request.kind](dbapi, request)


def _spans(request: LinesRequest, stamps: list) -> tuple[list, datetime] | None:
    """The zone's offset spans over the stored times ``stamps`` (ISO text or None) and
    now, and where they end; None when a time is not the text SQLAlchemy writes or is
    near the year 9999 (Python reads those then)."""
    now = request.now.replace(microsecond=0)
    try:
        stamps = [datetime.fromisoformat(v[:19]) for v in stamps if v is not None]
        lo, hi = min(stamps, default=now), max([*stamps, now]) + timedelta(days=2)
        return offsets(request.local, lo, hi), hi
    except (TypeError, ValueError, OverflowError):
        return None


_MEMBER_SOURCES = {"enrolled_at": "created_at", "tier": "tier_key"}
_MEMBER_TIMES = ("created_at", "last_visit_at")  # indexed; consent_at is created_at
_MEMBER_TEXTS = ("card_number", "first_name", "patronymic", "last_name", "address_as", "phone",
                 "email", "birthday", "tier_key", "notes")


def _member_lines(dbapi, request: LinesRequest) -> Planned:
    """Local times planned for the range of enrolment and visit times (from their
    indexes, at once; consent is given at enrolment and erasure happens before now, so
    they fall inside too, and a time that does not is still exact: its member goes to
    the generic path)."""
    with closing(dbapi.cursor()) as cursor:
        total = cursor.execute("SELECT count(*) FROM member").fetchone()[0]
        stamps = [cursor.execute(f"SELECT {f}({c}) FROM member").fetchone()[0]
                  for c in _MEMBER_TIMES for f in ("min", "max")]
    names = request.tier_names
    if any("\0" in f"{k}{n}" for k, n in names.items()):  # printf() would cut it there
        return None
    spans = _spans(request, stamps)
    if spans is None:
        return None
    fields = []
    for c in request.columns:
        one = _member_field(c, names, spans, request.personal)
        if one is None:
            return None
        fields.append(one)
    return total, Lines("member", fields, "erased_at", _MEMBER_TEXTS)


def _member_field(column, names: dict[str, str], spans, personal) -> Field | None:
    source = _MEMBER_SOURCES.get(column.key, column.key)
    if column.type == "id":
        return id_field(source)
    if column.key == "tier_name":
        sql = "tier_key"
        if names:
            sql = ("CASE tier_key " + " ".join(f"WHEN {literal(k)} THEN {literal(n)}"
                                               for k, n in names.items())
                   + " ELSE tier_key END")
    elif column.type == "datetime":
        sql = local_time_sql(source, *spans)
    elif column.type == "bool":
        sql = sqlite_lines.bool_sql(source)
    elif column.type in ("text", "code", "date", "int"):  # as stored: text, or an integer
        sql = source
    else:  # a type the lines do not know yet (money...): the generic path
        return None
    erased = "0" if column.key.endswith("_opt_in") else "" if column.key in personal else None
    return Field(sql, column.type == "text", erased)


# The purchases and the ledger: the generic query's joins (so the same plan and order)
# with the member's card number and the till's name as it does.
JOINS = ("{t} JOIN member ON member.id = {t}.member_id "
         "LEFT OUTER JOIN till AS till_1 ON till_1.id = {t}.till_id")
_SOURCES = {"card_number": "member.card_number", "till": "till_1.name",
            "amount": "purchase.amount_minor", "refunded": "purchase.refunded_minor"}


def _table_lines(table: str, times: Callable[[object], list]):
    """The count and lines of ``table`` (purchase or ledger), every column as the
    generic writer writes it; times planned for the range ``times(cursor)`` gives."""
    def plan_table(dbapi, request: LinesRequest) -> Planned:
        with closing(dbapi.cursor()) as cursor:
            total = cursor.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            stamps = times(cursor)
        spans = _spans(request, stamps)
        if spans is None:
            return None
        sources = dict(_SOURCES)
        if request.status is not None:
            sources["status"] = str(request.status.compile(
                dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
        fields, texts = [], []
        for c in request.columns:
            source = sources.get(c.key, f"{table}.{c.key}")
            if c.type == "id":
                fields.append(id_field(source, nullable=c.key == "purchase_id"))
            elif c.type == "money":
                fields.append(sqlite_lines.money_field(source))
            elif c.type == "datetime":
                fields.append(Field(local_time_sql(source, *spans)))
            elif c.type in ("text", "code", "int"):  # as stored: text, or an integer
                fields.append(Field(source, c.type == "text"))
                if c.type != "int":
                    texts.append(source)
            else:  # a type the lines do not know yet: the generic path
                return None
        return total, Lines(JOINS.format(t=table), fields, None, tuple(texts))
    return plan_table


def _purchase_times(cursor) -> list:
    return [cursor.execute(f"SELECT {f}(created_at) FROM purchase").fetchone()[0]
            for f in ("min", "max")]


def _ledger_times(cursor) -> list:
    """From the (kind, created_at) index: each kind, then its first and last time, by
    seeks (a min() over the table would read 10 million rows)."""
    out = []
    kind = cursor.execute("SELECT min(kind) FROM ledger").fetchone()[0]
    while kind is not None:
        out += [cursor.execute(f"SELECT {f}(created_at) FROM ledger WHERE kind = ?",
                               (kind,)).fetchone()[0] for f in ("min", "max")]
        kind = cursor.execute("SELECT min(kind) FROM ledger WHERE kind > ?", (kind,)).fetchone()[0]
    return out


_PLANS = {"members": _member_lines,
          "purchases": _table_lines("purchase", _purchase_times),
          "ledger": _table_lines("ledger", _ledger_times)}
