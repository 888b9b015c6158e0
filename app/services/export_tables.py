"""What each data export holds: its columns, the portable SELECT that reads them and the
conversion of a chunk of its rows to the writers' column values (exports.py writes
them; app/db/dialect/sqlite_export.py builds the same CSV lines in SQLite).

- Rows come column-major (one list per column), so the work is done a column at a time.
- Times are the till's local time (app/db/local_time.py), dates ISO (YYYY-MM-DD), ids
  8-4-4-4-12 (app/db/ids.py); money is integer minor units for the writers to show.
- A purchase shows what was paid (``amount``) and what its refunds gave back so far
  (``refunded``); its status is completed, partly_refunded or refunded. Each refund's
  points are the ledger's reversal rows, with the refund's id in ``ref``.
- Erased members keep their row (balance, visits: the accounts) with every personal
  field empty. Staff notes are included: this is the manager's full export, behind the
  "export" permission and audited, and the shop owns those notes (a subject-access
  request hands them to the member too).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Select, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session, aliased
from sqlalchemy.types import String, TypeDecorator

from app.db.dialect import LinesRequest
from app.db.ids import dashed
from app.db.local_time import LocalTimes, day_of, day_text
from app.db.models import LedgerEntry, Member, Purchase, Till
from app.services.context import ServiceContext
from app.services.export_writers import Column


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    stmt: Select  # every row, in the export's order
    count: Select  # how many (for the progress bar)
    to_columns: Callable[[list], list]  # a chunk of rows -> the writers' columns
    model: type  # the rows' model: one row is read again by its id
    lines: LinesRequest  # what the CSV lines built by the database must reproduce


MEMBER_COLUMNS = (
    Column("id", "id"), Column("card_number", "code"), Column("first_name", "text"),
    Column("patronymic", "text"), Column("last_name", "text"), Column("address_as", "text"),
    Column("language", "code"), Column("phone", "code"), Column("email", "text"), Column("birthday", "date"),
    Column("tier", "code"), Column("tier_name", "text"), Column("balance", "int"),
    Column("qualifying_points", "int"), Column("visits", "int"),
    Column("last_visit_at", "datetime"), Column("enrolled_at", "datetime"),
    Column("consent_at", "datetime"), Column("sms_opt_in", "bool"),
    Column("email_opt_in", "bool"), Column("notes", "text"), Column("erased_at", "datetime"),
)
# What erasure takes away; an erased member's row keeps only the rest.
PERSONAL = frozenset({"card_number", "first_name", "patronymic", "last_name", "address_as",
                      "language", "phone", "email", "birthday", "notes"})

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


# Each query comes with a function from a chunk of database rows to the export's
# columns (column-major: one list per column), so the work is done a column at a time.

def _members(session: Session, ctx: ServiceContext, local):
    stmt = select(_raw(Member.id), Member.card_number, Member.first_name, Member.patronymic,
                  Member.last_name, Member.address_as, Member.language, Member.phone,
                  Member.email,
                  _raw(Member.birthday), Member.tier_key, Member.balance,
                  Member.qualifying_points, Member.visits, _raw(Member.last_visit_at),
                  _raw(Member.created_at), _raw(Member.consent_at), Member.sms_opt_in,
                  Member.email_opt_in, Member.notes, _raw(Member.erased_at))
    names = {t.key: t.name(ctx.lang) for t in ctx.program.tiers}
    day = day_of if local.wants_datetime else day_text
    blank = tuple(i for i, c in enumerate(MEMBER_COLUMNS) if c.key in PERSONAL)
    opt_ins = tuple(i for i, c in enumerate(MEMBER_COLUMNS) if c.key.endswith("_opt_in"))

    def columns(rows) -> list:
        (mid, card, first, patronymic, last, address_as, language, phone, email, birthday,
         tier, balance, qualifying, visits, last_visit, created, consent, sms, mail, notes,
         erased) = zip(*rows, strict=True)
        out = [dashed(mid), card, first, patronymic, last, address_as, language, phone, email,
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
STATUS = case((and_(Purchase.status == "completed", Purchase.refunded_minor > 0,
                     Purchase.refunded_minor < Purchase.amount_minor), "partly_refunded"),
               else_=Purchase.status)


def _purchases(session: Session, ctx: ServiceContext, local):
    till = aliased(Till)
    stmt = (select(_raw(Purchase.id), _raw(Purchase.member_id), Member.card_number,
                   _raw(Purchase.created_at), Purchase.amount_minor, Purchase.currency,
                   Purchase.points_earned, Purchase.points_redeemed, till.name,
                   Purchase.cashier, Purchase.receipt_number, STATUS,
                   Purchase.refunded_minor)
            .join(Member, Member.id == Purchase.member_id)
            .outerjoin(till, till.id == Purchase.till_id))

    def columns(rows) -> list:
        out = list(zip(*rows, strict=True))
        out[0], out[1], out[3] = dashed(out[0]), dashed(out[1]), local.column(out[3])
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
        out[0], out[1], out[7] = dashed(out[0]), dashed(out[1]), dashed(out[7])
        out[3] = local.column(out[3])
        return out
    return LEDGER_COLUMNS, stmt, select(func.count()).select_from(LedgerEntry), columns


_QUERIES = {"members": _members, "purchases": _purchases, "ledger": _ledger}
_MODELS = {"members": Member, "purchases": Purchase, "ledger": LedgerEntry}


def table(session: Session, ctx: ServiceContext, kind: str, local: LocalTimes) -> Table:
    """The export of ``kind``: its columns, its SELECT with the conversion of a chunk of
    its rows, and what the SQLite lines must reproduce."""
    columns, stmt, count, to_columns = _QUERIES[kind](session, ctx, local)
    lines = LinesRequest(
        kind, columns, ctx.local, ctx.clock(), personal=PERSONAL,
        tier_names={t.key: t.name(ctx.lang) for t in ctx.program.tiers} if kind == "members"
        else {}, status=STATUS if kind == "purchases" else None)
    return Table(columns, stmt, count, to_columns, _MODELS[kind], lines)
