"""The full program: point lots (expiry), tier history and reviews, purchase lines,
stamp cards and rewards, referrals, prize draws; the program version on every ledger row.

Revision ID: 0002
Revises: 0001
"""
import uuid
from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade():
    # Plain ADD COLUMN (no table rebuild): the ledger may hold millions of rows, and
    # rebuilding the member table would drop the search index's triggers.
    _add_reference("ledger", "program_version_id", sa.Integer(), "program_version")
    op.add_column("ledger", sa.Column("ref", sa.String(40), nullable=False, server_default=""))
    op.create_index("ix_ledger_member_created", "ledger", ["member_id", "created_at"])
    op.create_index("ix_ledger_kind_created", "ledger", ["kind", "created_at"])
    for column in (sa.Column("tier_floor_key", sa.String(40)),
                   sa.Column("tier_review_on", sa.Date()),
                   sa.Column("referral_rewarded", sa.Boolean(), nullable=False,
                             server_default=sa.false()),
                   sa.Column("birthday_changed_at", sa.DateTime()),
                   sa.Column("consent_withdrawn_at", sa.DateTime()),
                   sa.Column("erased_at", sa.DateTime())):
        op.add_column("member", column)
    _add_reference("member", "referred_by_id", sa.Uuid(), "member")
    op.create_table(
        "point_lot",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("member_id", sa.Uuid(), sa.ForeignKey("member.id"), nullable=False),
        sa.Column("ledger_id", sa.Uuid(), sa.ForeignKey("ledger.id")),
        sa.Column("points", sa.BigInteger(), nullable=False),
        sa.Column("remaining", sa.BigInteger(), nullable=False),
        sa.Column("earned_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date()))
    op.create_index("ix_point_lot_member_id", "point_lot", ["member_id"])
    op.create_index("ix_point_lot_expires_on", "point_lot", ["expires_on"])
    op.create_table(
        "purchase_line",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("purchase_id", sa.Uuid(), sa.ForeignKey("purchase.id"), nullable=False),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False))
    op.create_index("ix_purchase_line_purchase_id", "purchase_line", ["purchase_id"])
    op.create_table(
        "stamp",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("member_id", sa.Uuid(), sa.ForeignKey("member.id"), nullable=False),
        sa.Column("card_key", sa.String(40), nullable=False),
        sa.Column("stamps", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("purchase_id", sa.Uuid(), sa.ForeignKey("purchase.id")),
        sa.Column("created_at", sa.DateTime(), nullable=False))
    op.create_index("ix_stamp_member_id", "stamp", ["member_id"])
    op.create_table(
        "reward",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("member_id", sa.Uuid(), sa.ForeignKey("member.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("ref", sa.String(40), nullable=False),
        sa.Column("text", sa.String(200), nullable=False),
        sa.Column("purchase_id", sa.Uuid(), sa.ForeignKey("purchase.id")),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("given_at", sa.DateTime()),
        sa.Column("cashier", sa.String(80), nullable=False))
    op.create_index("ix_reward_member_id", "reward", ["member_id"])
    op.create_table(
        "tier_event",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("member_id", sa.Uuid(), sa.ForeignKey("member.id"), nullable=False),
        sa.Column("from_key", sa.String(40), nullable=False),
        sa.Column("to_key", sa.String(40), nullable=False),
        sa.Column("reason", sa.String(40), nullable=False),
        sa.Column("purchase_id", sa.Uuid(), sa.ForeignKey("purchase.id")),
        sa.Column("program_version_id", sa.Integer(), sa.ForeignKey("program_version.id")),
        sa.Column("created_at", sa.DateTime(), nullable=False))
    op.create_index("ix_tier_event_member_id", "tier_event", ["member_id"])
    op.create_table(
        "draw",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("as_of", sa.DateTime(), nullable=False),
        sa.Column("seed", sa.BigInteger(), nullable=False),
        sa.Column("criteria", sa.Text(), nullable=False),
        sa.Column("eligible_count", sa.Integer(), nullable=False),
        sa.Column("eligible_digest", sa.String(64), nullable=False),
        sa.Column("cashier", sa.String(80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False))
    op.create_table(
        "draw_winner",
        sa.Column("draw_id", sa.Uuid(), sa.ForeignKey("draw.id"), primary_key=True),
        sa.Column("place", sa.Integer(), primary_key=True),
        sa.Column("member_id", sa.Uuid(), sa.ForeignKey("member.id"), nullable=False),
        sa.Column("prize", sa.String(200), nullable=False))
    _backfill()


def _add_reference(table: str, column: str, type_, target: str) -> None:
    """A nullable column referencing ``target.id``. SQLite can add one in place (ALTER
    TABLE … REFERENCES); Alembic only offers a table rebuild there."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        ddl = type_.compile(dialect=bind.dialect)
        op.execute(f"ALTER TABLE {table} ADD COLUMN {column} {ddl} REFERENCES {target}(id)")
    else:
        op.add_column(table, sa.Column(column, type_, sa.ForeignKey(f"{target}.id")))


def _backfill():
    """Existing balances become one lot each (no expiry: the clock starts only when the
    owner switches expiry on); existing ledger rows belong to the latest program version."""
    bind = op.get_bind()
    version = bind.execute(sa.text("SELECT max(id) FROM program_version")).scalar()
    if version is not None:
        bind.execute(sa.text("UPDATE ledger SET program_version_id = :v"), {"v": version})
    member = sa.table("member", sa.column("id", sa.Uuid()), sa.column("balance", sa.BigInteger()))
    lot = sa.table("point_lot", sa.column("id", sa.Uuid()), sa.column("member_id", sa.Uuid()),
                   sa.column("ledger_id", sa.Uuid()), sa.column("points", sa.BigInteger()),
                   sa.column("remaining", sa.BigInteger()), sa.column("earned_on", sa.Date()),
                   sa.column("expires_on", sa.Date()))
    today = date.today()
    rows = bind.execute(sa.select(member.c.id, member.c.balance).where(member.c.balance > 0))
    batch = []
    for member_id, balance in rows:
        batch.append({"id": uuid.uuid4(), "member_id": member_id, "ledger_id": None,
                      "points": balance, "remaining": balance, "earned_on": today,
                      "expires_on": None})
        if len(batch) >= 5000:
            bind.execute(sa.insert(lot), batch)
            batch = []
    if batch:
        bind.execute(sa.insert(lot), batch)


def downgrade():
    for table in ("draw_winner", "draw", "tier_event", "reward", "stamp", "purchase_line",
                  "point_lot"):
        op.drop_table(table)
    op.drop_index("ix_ledger_kind_created", "ledger")
    op.drop_index("ix_ledger_member_created", "ledger")
    with op.batch_alter_table("member") as batch:
        for column in ("erased_at", "consent_withdrawn_at", "birthday_changed_at",
                       "referral_rewarded", "referred_by_id", "tier_review_on", "tier_floor_key"):
            batch.drop_column(column)
    with op.batch_alter_table("ledger") as batch:
        batch.drop_column("ref")
        batch.drop_column("program_version_id")
