"""Refunds as rows (issue #14): a purchase may be refunded in parts, each part once
per client-generated id, and together never more than was paid.

``purchase.refunded_minor`` is what its refunds returned in all (the service changes
it with one atomic UPDATE that refuses to pass the amount); ``refund`` holds each one
with the points it moved. The report's covering indexes of purchases carry the
refunded amount, so top members count what a partly refunded purchase kept. Purchases refunded before this version were refunded whole:
each gets one refund row, its points read back from its reversal ledger rows. The
manager finds a purchase by the register's receipt number, so that is indexed.

Revision ID: 0012
Revises: 0011
"""
import uuid

import sqlalchemy as sa
from alembic import op

MINOR = sa.BigInteger().with_variant(sa.Integer(), "sqlite")  # as the models map int

revision = "0012"
down_revision = "0011"


def upgrade():
    op.add_column("purchase", sa.Column("refunded_minor", MINOR, nullable=False,
                                        server_default="0"))
    op.create_index("ix_purchase_receipt_number", "purchase", ["receipt_number"])
    _cover_refunded(PERIOD + ["refunded_minor"], VISITS[:4] + ["refunded_minor"] + VISITS[4:])
    op.create_table(
        "refund",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("purchase_id", sa.Uuid(), sa.ForeignKey("purchase.id"), nullable=False),
        sa.Column("member_id", sa.Uuid(), sa.ForeignKey("member.id"), nullable=False),
        sa.Column("amount_minor", MINOR, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("points_taken_back", MINOR, nullable=False),
        sa.Column("qualifying_taken_back", MINOR, nullable=False),
        sa.Column("points_returned", MINOR, nullable=False),
        sa.Column("stamps_taken_back", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("till_id", sa.Uuid(), sa.ForeignKey("till.id")),
        sa.Column("cashier", sa.String(80), nullable=False))
    op.create_index("ix_refund_purchase_id", "refund", ["purchase_id"])
    op.create_index("ix_refund_member_id", "refund", ["member_id"])
    op.create_index("ix_refund_created_at", "refund", ["created_at"])
    _earlier_refunds()


# The report's period queries (buyers, top members) read purchases from these indexes
# alone; a partly refunded purchase's revenue needs its refunded amount there too.
PERIOD = ["created_at", "member_id", "status", "amount_minor"]
VISITS = ["member_id", "created_at", "status", "amount_minor", "tier_key", "cashier", "till_id",
          "id"]


def _cover_refunded(period: list[str], visits: list[str]) -> None:
    for name, columns in (("ix_purchase_period", period), ("ix_purchase_member_visits", visits)):
        op.drop_index(name, "purchase")
        op.create_index(name, "purchase", columns)


def _earlier_refunds():
    """One whole refund row per purchase refunded before partial refunds existed."""
    bind = op.get_bind()
    purchase = sa.table("purchase", sa.column("id", sa.Uuid()), sa.column("member_id", sa.Uuid()),
                        sa.column("amount_minor", sa.Integer()), sa.column("currency", sa.String()),
                        sa.column("status", sa.String()), sa.column("created_at", sa.DateTime()),
                        sa.column("till_id", sa.Uuid()), sa.column("cashier", sa.String()),
                        sa.column("refunded_minor", sa.Integer()))
    ledger = sa.table("ledger", sa.column("purchase_id", sa.Uuid()), sa.column("kind", sa.String()),
                      sa.column("points", sa.Integer()), sa.column("qualifying", sa.Integer()),
                      sa.column("reason", sa.String()), sa.column("created_at", sa.DateTime()),
                      sa.column("till_id", sa.Uuid()), sa.column("cashier", sa.String()))
    stamp = sa.table("stamp", sa.column("purchase_id", sa.Uuid()), sa.column("kind", sa.String()),
                     sa.column("stamps", sa.Integer()))
    refund = sa.table("refund", *(sa.column(c, sa.Uuid()) for c in (
        "id", "purchase_id", "member_id", "till_id")), sa.column("created_at", sa.DateTime()),
        *(sa.column(c) for c in ("amount_minor", "currency", "points_taken_back",
                                 "qualifying_taken_back", "points_returned", "stamps_taken_back",
                                 "reason", "cashier")))
    bind.execute(purchase.update().where(purchase.c.status == "refunded")
                 .values(refunded_minor=purchase.c.amount_minor))
    done = list(bind.execute(sa.select(purchase).where(purchase.c.status == "refunded")))
    for p in done:
        rows = list(bind.execute(sa.select(ledger).where(ledger.c.purchase_id == p.id,
                                                         ledger.c.kind == "reversal")
                                 .order_by(ledger.c.created_at)))
        stamps = bind.execute(sa.select(sa.func.coalesce(sa.func.sum(stamp.c.stamps), 0))
                              .where(stamp.c.purchase_id == p.id, stamp.c.kind == "refund")
                              ).scalar()
        first = rows[0] if rows else None
        bind.execute(refund.insert().values(
            id=uuid.uuid4(), purchase_id=p.id, member_id=p.member_id,
            amount_minor=p.amount_minor, currency=p.currency,
            points_taken_back=-sum(r.points for r in rows if r.points < 0),
            qualifying_taken_back=-sum(r.qualifying for r in rows),
            points_returned=sum(r.points for r in rows if r.points > 0),
            stamps_taken_back=-int(stamps or 0), reason=first.reason if first else "",
            created_at=first.created_at if first else p.created_at,
            till_id=first.till_id if first else p.till_id,
            cashier=first.cashier if first else p.cashier))


def downgrade():
    op.drop_index("ix_refund_created_at", "refund")
    op.drop_index("ix_refund_member_id", "refund")
    op.drop_index("ix_refund_purchase_id", "refund")
    op.drop_table("refund")
    op.drop_index("ix_purchase_receipt_number", "purchase")
    _cover_refunded(PERIOD, VISITS)
    # In place (SQLite 3.35+): a batch copy of the table would trip the foreign keys
    # that ledger rows, lines and stamps hold on it.
    op.drop_column("purchase", "refunded_minor")
