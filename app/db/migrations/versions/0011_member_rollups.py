"""Member rollups for the dashboard (issue #7): members by enrolment day, cashier, tier,
erasure and whether they ever bought, and by the day of their last purchase.

At a million members, counting new, active and lapsed members, the tier distribution,
cohort sizes and enrolments per cashier from the member table's indexes took ~0.6 s
of every dashboard open; these rows make it a few milliseconds. Like the rollups of
0008 they need the till's time zone, so the first report builds them from the member
table (seconds at a million members); a database with no members starts complete.

The index a sale reads a member's latest visits from also carries each purchase's
status, amount, tier, cashier and till now, so a long period's buyers and top members,
filtered or not, are added up member by member straight from it (for a year at a
million members ~1.5 s instead of 5 s, or 10 s with a filter).

Revision ID: 0011
Revises: 0010
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"


def _id():
    return sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True)


# 64-bit as the models map int: SQLite's INTEGER is already (the same DDL there);
# PostgreSQL's INTEGER is 32-bit, and a day's revenue in kopecks passes 2**31 (#16).
COUNT = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _count(name: str):
    return sa.Column(name, COUNT, nullable=False, server_default="0")


def upgrade():
    op.create_table("report_member_day", _id(),
                    sa.Column("day", sa.Date(), nullable=False),
                    sa.Column("cashier", sa.String(80), nullable=False),
                    sa.Column("tier_key", sa.String(40), nullable=False),
                    sa.Column("erased", sa.Boolean(), nullable=False),
                    sa.Column("visited", sa.Boolean(), nullable=False),
                    _count("members"))
    op.create_index("ux_report_member_day", "report_member_day",
                    ["day", "cashier", "tier_key", "erased", "visited"], unique=True)
    op.create_table("report_seen_day", _id(),
                    sa.Column("day", sa.Date(), nullable=False),
                    sa.Column("tier_key", sa.String(40), nullable=False),
                    _count("members"))
    op.create_index("ux_report_seen_day", "report_seen_day", ["day", "tier_key"], unique=True)
    op.drop_index("ix_purchase_member_visits", "purchase")
    op.create_index("ix_purchase_member_visits", "purchase",
                    ["member_id", "created_at", "status", "amount_minor", "tier_key", "cashier",
                     "till_id", "id"])
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT 1 FROM member LIMIT 1")).first() is None:
        bind.execute(sa.text(
            "INSERT INTO report_state (key, value) VALUES ('members_built', 'empty')"))


def downgrade():
    op.drop_index("ix_purchase_member_visits", "purchase")
    op.create_index("ix_purchase_member_visits", "purchase", ["member_id", "created_at", "id"])
    op.execute("DELETE FROM report_state WHERE key = 'members_built'")
    op.drop_table("report_seen_day")
    op.drop_table("report_member_day")
