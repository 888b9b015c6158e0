"""Exports of the full underlying data: members, purchases and the ledger, as CSV,
XLSX or JSON, streamed in constant memory.

- Rows are read by one SELECT (one consistent view of the table, while the till goes
  on selling) in chunks of 5,000, and written as they come; nothing holds the whole
  table, so memory stays flat at a million rows.
- The file is written under a temporary name in the destination folder (0600: it holds
  personal data) and renamed into place only when complete, so a cancelled or failed
  export leaves no partial file behind.
- Times are the till's local time, dates ISO (YYYY-MM-DD); money is a decimal number in
  major units beside its currency; points are integers.
- A purchase shows what was paid (``amount``) and what its refunds gave back so far
  (``refunded``); its status is completed, partly_refunded or refunded. Each refund's
  points are the ledger's reversal rows, with the refund's id in ``ref``.
- On SQLite the members CSV has SQLite build each line (export_sql.py: a million
  members in seconds instead of half a minute); the path below stays the reference
  (and PostgreSQL's), and the tests hold both to the same bytes.
- Erased members keep their row (balance, visits: the accounts) with every personal
  field empty. Staff notes are included: this is the manager's full export, behind the
  "export" permission and audited, and the shop owns those notes (a subject-access
  request hands them to the member too).
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Select, and_, case, func, select, type_coerce
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session, aliased
from sqlalchemy.types import String, TypeDecorator

from app.db.models import LedgerEntry, Member, Purchase, Till
from app.domain.errors import DomainError
from app.services import export_sql
from app.services.context import ServiceContext
from app.services.export_writers import WRITERS, Column

KINDS = ("members", "purchases", "ledger")
FORMATS = tuple(WRITERS)
CHUNK = 5000

Progress = Callable[[int, int], bool]  # (rows done, rows in total) -> False to cancel


@dataclass(frozen=True, slots=True)
class ExportResult:
    kind: str
    format: str
    rows: int
    path: Path | None  # None when cancelled
    cancelled: bool = False


MEMBER_COLUMNS = (
    Column("id", "id"), Column("card_number", "code"), Column("first_name", "text"),
    Column("patronymic", "text"), Column("last_name", "text"), Column("address_as", "text"),
    Column("phone", "code"), Column("email", "text"), Column("birthday", "date"),
    Column("tier", "code"), Column("tier_name", "text"), Column("balance", "int"),
    Column("qualifying_points", "int"), Column("visits", "int"),
    Column("last_visit_at", "datetime"), Column("enrolled_at", "datetime"),
    Column("consent_at", "datetime"), Column("sms_opt_in", "bool"),
    Column("email_opt_in", "bool"), Column("notes", "text"), Column("erased_at", "datetime"),
)
# What erasure takes away; an erased member's row keeps only the rest.
PERSONAL = frozenset({"card_number", "first_name", "patronymic", "last_name", "address_as",
                      "phone", "email", "birthday", "notes"})

PURCHASE_COLUMNS = (
    Column("id", "id"), Column("member_id", "id"), Column("card_number", "code"),
    Column("created_at", "datetime"), Column("amount", "money"), Column("currency", "code"),
    Column("points_earned", "int"), Column("points_redeemed", "int"), Column("till", "text"),
    Column("cashier", "text"), Column("receipt_number", "text"), Column("status", "code"),
    Column("refunded", "money"),
)

LEDGER_COLUMNS = (
    Column("id", "id"), Column("member_id", "id"), Column("card_number", "code"),
    Column("created_at", "datetime"), Column("kind", "code"), Column("points", "int"),
    Column("qualifying", "int"), Column("purchase_id", "id"), Column("till", "text"),
    Column("cashier", "text"), Column("reason", "text"), Column("ref", "text"),
    Column("program_version_id", "int"),
)


class _Raw(TypeDecorator):
    """A column read as the driver hands it over, with no conversion: SQLite gives UUIDs
    as 32 hex digits and times as ISO text, and building uuid.UUID and datetime objects
    through SQLAlchemy's converters costs seconds per million rows. PostgreSQL hands
    over real UUID and datetime objects; the readers below take both."""
    impl = String
    cache_ok = True


def _raw(column):
    return type_coerce(column, _Raw())


def _ids(values) -> list:
    """UUIDs as 8-4-4-4-12 text. Column-wise and inline: per-row function calls are
    what a million rows cost. PostgreSQL hands over uuid.UUID, whose str() is that."""
    return [None if h is None else
            f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}" if h.__class__ is str else str(h)
            for h in values]


# Each query comes with a function from a chunk of database rows to the export's
# columns (column-major: one list per column), so the work is done a column at a time.

def _members(session: Session, ctx: ServiceContext, local):
    stmt = select(_raw(Member.id), Member.card_number, Member.first_name, Member.patronymic,
                  Member.last_name, Member.address_as, Member.phone, Member.email,
                  _raw(Member.birthday), Member.tier_key, Member.balance,
                  Member.qualifying_points, Member.visits, _raw(Member.last_visit_at),
                  _raw(Member.created_at), _raw(Member.consent_at), Member.sms_opt_in,
                  Member.email_opt_in, Member.notes, _raw(Member.erased_at))
    names = {t.key: t.name(ctx.lang) for t in ctx.program.tiers}
    day = _day if local.wants_datetime else _day_text
    blank = tuple(i for i, c in enumerate(MEMBER_COLUMNS) if c.key in PERSONAL)
    opt_ins = tuple(i for i, c in enumerate(MEMBER_COLUMNS) if c.key.endswith("_opt_in"))

    def columns(rows) -> list:
        (mid, card, first, patronymic, last, address_as, phone, email, birthday, tier,
         balance, qualifying, visits, last_visit, created, consent, sms, mail, notes,
         erased) = zip(*rows, strict=True)
        out = [_ids(mid), card, first, patronymic, last, address_as, phone, email,
               [day(d) for d in birthday], tier, [names.get(t, t) for t in tier], balance,
               qualifying, visits, local.column(last_visit), local.column(created),
               local.column(consent), sms, mail, [n or "" for n in notes],
               local.column(erased)]
        gone = [i for i, e in enumerate(erased) if e is not None]
        if gone:  # erasure already cleared these; an export must never bring them back
            for c in blank + opt_ins:
                out[c] = list(out[c])
                for i in gone:
                    out[c][i] = False if c in opt_ins else None
        return out
    return MEMBER_COLUMNS, stmt, select(func.count()).select_from(Member), columns


# A purchase refunded in part stays "completed" in the database (it still counts as a
# sale); the export says so in its status, beside the amount refunded so far. The
# SQLite lines print this same expression (compiled below), so both paths agree.
_STATUS = case((and_(Purchase.status == "completed", Purchase.refunded_minor > 0,
                     Purchase.refunded_minor < Purchase.amount_minor), "partly_refunded"),
               else_=Purchase.status)


def _purchases(session: Session, ctx: ServiceContext, local):
    till = aliased(Till)
    stmt = (select(_raw(Purchase.id), _raw(Purchase.member_id), Member.card_number,
                   _raw(Purchase.created_at), Purchase.amount_minor, Purchase.currency,
                   Purchase.points_earned, Purchase.points_redeemed, till.name,
                   Purchase.cashier, Purchase.receipt_number, _STATUS,
                   Purchase.refunded_minor)
            .join(Member, Member.id == Purchase.member_id)
            .outerjoin(till, till.id == Purchase.till_id))

    def columns(rows) -> list:
        out = list(zip(*rows, strict=True))
        out[0], out[1], out[3] = _ids(out[0]), _ids(out[1]), local.column(out[3])
        return out
    return PURCHASE_COLUMNS, stmt, select(func.count()).select_from(Purchase), columns


def _ledger(session: Session, ctx: ServiceContext, local):
    till = aliased(Till)
    stmt = (select(_raw(LedgerEntry.id), _raw(LedgerEntry.member_id), Member.card_number,
                   _raw(LedgerEntry.created_at), LedgerEntry.kind, LedgerEntry.points,
                   LedgerEntry.qualifying, _raw(LedgerEntry.purchase_id), till.name,
                   LedgerEntry.cashier, LedgerEntry.reason, LedgerEntry.ref,
                   LedgerEntry.program_version_id)
            .join(Member, Member.id == LedgerEntry.member_id)
            .outerjoin(till, till.id == LedgerEntry.till_id))

    def columns(rows) -> list:
        out = list(zip(*rows, strict=True))
        out[0], out[1], out[7] = _ids(out[0]), _ids(out[1]), _ids(out[7])
        out[3] = local.column(out[3])
        return out
    return LEDGER_COLUMNS, stmt, select(func.count()).select_from(LedgerEntry), columns


_QUERIES = {"members": _members, "purchases": _purchases, "ledger": _ledger}


class _LocalTimes:
    """Stored UTC (SQLite text or a datetime) -> the till's local time, to the second:
    a datetime, or ISO text with ``text_sep`` between date and time when the writer
    wants text. The zone's offset is looked up once per hour of history, not per row;
    with a whole-hour offset the text is spliced without building a datetime at all
    (a million rows: seconds saved). An hour with a clock change inside it (zones that
    change at :30) is converted value by value."""

    def __init__(self, ctx: ServiceContext, text_sep: str | None):
        self._ctx, self._sep = ctx, text_sep
        self.wants_datetime = text_sep is None
        self._hours: dict = {}  # "YYYY-MM-DD HH" (UTC) -> local "YYYY-MM-DD HH" or offset

    def _offset(self, utc: datetime):
        start = utc.replace(minute=0, second=0, microsecond=0)
        first = self._ctx.local(start) - start
        end = start + timedelta(minutes=59, seconds=59)
        return first if self._ctx.local(end) - end == first else False

    def _exact(self, utc: datetime, offset):
        moment = self._ctx.local(utc) if offset is False else utc + offset
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


def _day(value) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _day_text(value) -> str | None:
    """SQLite already holds a date as YYYY-MM-DD."""
    return value if value is None or isinstance(value, str) else value.isoformat()


def check_request(kind: str, fmt: str, path: Path) -> Path:
    """Refuse what cannot be written before anything is read."""
    if kind not in KINDS:
        raise DomainError("export_kind", "Choose what to export: members, purchases or ledger.",
                          kind=kind)
    if fmt not in FORMATS:
        raise DomainError("export_format", "Choose the format: CSV, XLSX or JSON.", format=fmt)
    path = Path(path).expanduser()
    if not str(path).strip() or path.is_dir():
        raise DomainError("export_path", "Choose a file to write to.", path=str(path))
    if not path.parent.is_dir():
        raise DomainError("export_folder_missing", f"The folder {path.parent} does not exist.",
                          path=str(path.parent))
    return path.resolve()


def export(session: Session, ctx: ServiceContext, kind: str, fmt: str, path: Path,
           progress: Progress | None = None, chunk: int = CHUNK,
           fast: bool = True) -> ExportResult:
    """Write every row of ``kind`` to ``path``. Returns the rows written, or
    ``cancelled`` (and no file) when ``progress`` returned False. ``fast=False`` keeps
    to the generic path (the reference the SQLite lines are tested against)."""
    path = check_request(kind, fmt, path)
    writer_class = WRITERS[fmt]
    local = _LocalTimes(ctx, writer_class.TIME_SEP)
    columns, stmt, count_stmt, to_columns = _QUERIES[kind](session, ctx, local)
    sqlite_lines = None
    if fast and fmt == "csv" and session.get_bind().dialect.name == "sqlite":
        sqlite_lines = _sqlite_csv(session, ctx, kind, stmt, to_columns, chunk)
    if sqlite_lines is not None:
        total, write_chunks = sqlite_lines
    else:  # the count is for the progress bar; the rows come from one SELECT
        total = session.scalar(count_stmt)
        write_chunks = _generic(session, stmt, to_columns, chunk)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise _file_error(exc, path) from exc
    tmp = Path(tmp_name)
    writer = None
    done = 0
    try:
        with os.fdopen(fd, "wb") as raw:
            writer = writer_class(raw, columns, kind)
            if progress is not None and progress(0, total) is False:
                return _cancelled(writer, tmp, kind, fmt)
            with closing(write_chunks(writer)) as written:
                for rows in written:
                    done += rows
                    if progress is not None and progress(done, total) is False:
                        return _cancelled(writer, tmp, kind, fmt, done)
            writer.close()
            writer = None
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        if writer is not None:
            writer.discard()
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _file_error(exc, path) from exc
        raise
    return ExportResult(kind, fmt, done, path)


def _generic(session: Session, stmt: Select, to_columns, size: int):
    """Writes chunk after chunk, yielding the rows of each once written."""
    def write_chunks(writer) -> Iterator[int]:
        for rows in _chunks(session, stmt, size):
            writer.write_columns(to_columns(rows), len(rows))
            yield len(rows)
    return write_chunks


_MEMBER_SOURCES = {"enrolled_at": "created_at", "tier": "tier_key"}
_MEMBER_TIMES = ("created_at", "last_visit_at")  # indexed; consent_at is created_at
_MEMBER_TEXTS = ("card_number", "first_name", "patronymic", "last_name", "address_as", "phone",
                 "email", "birthday", "tier_key", "notes")


def _sqlite_csv(session: Session, ctx: ServiceContext, kind: str, stmt: Select, to_columns,
                size: int):
    """(rows in total, write_chunks) with SQLite building the lines (export_sql.py), or
    None to take the generic path."""
    dbapi = session.connection().connection.dbapi_connection
    planned = _LINES[kind](dbapi, ctx)
    if planned is None:
        return None
    total, lines = planned
    model = _MODELS[kind]

    def write_chunks(writer) -> Iterator[int]:
        with closing(dbapi.cursor()) as cursor:
            for rows, pieces in lines.chunks(cursor, size):
                for piece in pieces:
                    if isinstance(piece, bytes):
                        writer.write_block(piece)
                    else:  # a line SQLite could not build: the generic path writes it
                        one = stmt.where(model.id == uuid.UUID(piece))
                        row = session.connection().execute(one).all()
                        writer.write_columns(to_columns(row), len(row))
                yield rows
    return total, write_chunks


def _member_lines(dbapi, ctx: ServiceContext) -> tuple[int, export_sql.Lines] | None:
    """The count, and the lines' SELECT with local times planned for the range of
    enrolment and visit times (from their indexes, at once; consent is given at
    enrolment and erasure happens before now, so they fall inside too, and a time
    that does not is still exact: its member goes to the generic path)."""
    with closing(dbapi.cursor()) as cursor:
        total = cursor.execute("SELECT count(*) FROM member").fetchone()[0]
        stamps = [cursor.execute(f"SELECT {f}({c}) FROM member").fetchone()[0]
                  for c in _MEMBER_TIMES for f in ("min", "max")]
    names = {t.key: t.name(ctx.lang) for t in ctx.program.tiers}
    if any("\0" in f"{k}{n}" for k, n in names.items()):  # printf() would cut it there
        return None
    now = ctx.clock().replace(microsecond=0)
    try:
        stamps = [datetime.fromisoformat(v[:19]) for v in stamps if v is not None]
        lo, hi = min(stamps, default=now), max([*stamps, now]) + timedelta(days=2)
        spans = export_sql.offsets(ctx.local, lo, hi)
    except (TypeError, ValueError, OverflowError):  # not the text SQLAlchemy writes, or
        return None  # the year 9999: let Python read them
    tier_name = "tier_key"
    if names:
        tier_name = ("CASE tier_key " + " ".join(
            f"WHEN {export_sql.literal(k)} THEN {export_sql.literal(n)}"
            for k, n in names.items()) + " ELSE tier_key END")
    fields = []
    for c in MEMBER_COLUMNS:
        source = _MEMBER_SOURCES.get(c.key, c.key)
        if c.key == "tier_name":
            sql = tier_name
        elif c.type == "datetime":
            sql = export_sql.local_time_sql(source, spans, hi)
        elif c.type == "bool":
            sql = export_sql.bool_sql(source)
        elif c.type == "id":
            fields.append(export_sql.id_field(source))
            continue
        elif c.type in ("text", "code", "date", "int"):  # as stored: text, or an integer
            sql = source
        else:  # a type the lines do not know yet (money...): the generic path
            return None
        erased = "0" if c.key.endswith("_opt_in") else "" if c.key in PERSONAL else None
        fields.append(export_sql.Field(sql, c.type == "text", erased))
    return total, export_sql.Lines("member", fields, "erased_at", _MEMBER_TEXTS)


def _spans(ctx: ServiceContext, stamps: list) -> tuple[list, datetime] | None:
    """The zone's offset spans over the stored times ``stamps`` (ISO text or None) and
    now, and where they end; None when a time is not the text SQLAlchemy writes or is
    near the year 9999 (Python reads those then)."""
    now = ctx.clock().replace(microsecond=0)
    try:
        stamps = [datetime.fromisoformat(v[:19]) for v in stamps if v is not None]
        lo, hi = min(stamps, default=now), max([*stamps, now]) + timedelta(days=2)
        return export_sql.offsets(ctx.local, lo, hi), hi
    except (TypeError, ValueError, OverflowError):
        return None


# The purchases and the ledger: the generic query's joins (so the same plan and order)
# with the member's card number and the till's name as it does.
_JOINS = ("{t} JOIN member ON member.id = {t}.member_id "
          "LEFT OUTER JOIN till AS till_1 ON till_1.id = {t}.till_id")
_SOURCES = {"card_number": "member.card_number", "till": "till_1.name",
            "amount": "purchase.amount_minor", "refunded": "purchase.refunded_minor",
            "status": str(_STATUS.compile(dialect=sqlite.dialect(),
                                          compile_kwargs={"literal_binds": True}))}


def _table_lines(table: str, columns: tuple[Column, ...], times: Callable[[object], list]):
    """The count and lines of ``table`` (purchase or ledger), every column as the
    generic writer writes it; times planned for the range ``times(cursor)`` gives."""
    def plan(dbapi, ctx: ServiceContext) -> tuple[int, export_sql.Lines] | None:
        with closing(dbapi.cursor()) as cursor:
            total = cursor.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            stamps = times(cursor)
        spans = _spans(ctx, stamps)
        if spans is None:
            return None
        fields, texts = [], []
        for c in columns:
            source = _SOURCES.get(c.key, f"{table}.{c.key}")
            if c.type == "id":
                fields.append(export_sql.id_field(source, nullable=c.key == "purchase_id"))
            elif c.type == "money":
                fields.append(export_sql.money_field(source))
            elif c.type == "datetime":
                fields.append(export_sql.Field(export_sql.local_time_sql(source, *spans)))
            elif c.type in ("text", "code", "int"):  # as stored: text, or an integer
                fields.append(export_sql.Field(source, c.type == "text"))
                if c.type != "int":
                    texts.append(source)
            else:  # a type the lines do not know yet: the generic path
                return None
        return total, export_sql.Lines(_JOINS.format(t=table), fields, None, tuple(texts))
    return plan


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


def _chunks(session: Session, stmt: Select, size: int) -> Iterator[list]:
    # Core rows straight from the connection: the ORM's row loading is not needed here.
    result = session.connection().execute(stmt.execution_options(yield_per=size))
    for part in result.partitions(size):
        yield part


def _cancelled(writer, tmp: Path, kind: str, fmt: str, done: int = 0) -> ExportResult:
    writer.discard()
    tmp.unlink(missing_ok=True)
    return ExportResult(kind, fmt, done, None, cancelled=True)


def _file_error(exc: OSError, path: Path) -> DomainError:
    import errno
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DomainError("export_disk_full", f"The disk is full: {path} was not written.",
                           path=str(path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DomainError("export_permission",
                           f"No permission to write {path}: choose another folder.",
                           path=str(path))
    reason = exc.strerror or str(exc)
    return DomainError("export_failed", f"Could not write {path}: {reason}", path=str(path),
                       reason=reason)




_LINES = {"members": _member_lines,
          "purchases": _table_lines("purchase", PURCHASE_COLUMNS, _purchase_times),
          "ledger": _table_lines("ledger", LEDGER_COLUMNS, _ledger_times)}
_MODELS = {"members": Member, "purchases": Purchase, "ledger": LedgerEntry}
