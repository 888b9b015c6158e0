"""Daily report rollups kept with each purchase (issue #7).

The rollup tables start empty; the first report or `regulars check` builds them from
the history (they need the till's time zone for local days, which only the services
know), then every purchase, refund and ledger row keeps them current. Indexes let the
dashboard count members by enrolment, last visit and tier without a table scan.

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"

_INDEXES = (
    # Covering: member counts by enrolment, last visit and tier read no table rows.
    ("ix_member_enrolled_report", "member", ["created_at", "erased_at", "tier_key", "consent_by"]),
    ("ix_member_visit_report", "member", ["last_visit_at", "created_at", "erased_at", "tier_key"]),
    ("ix_member_tier_report", "member", ["tier_key", "erased_at"]),
    ("ix_tier_event_created_at", "tier_event", ["created_at"]),
    ("ix_complaint_created_at", "complaint", ["created_at"]),
    # Covers the period queries (distinct members, repeat rate, top members).
    ("ix_purchase_period", "purchase", ["created_at", "member_id", "status", "amount_minor"]),
    # A sale reads the member's two previous visits from this index alone.
    ("ix_purchase_member_visits", "purchase", ["member_id", "created_at", "id"]),
)


def _id():
    return sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True)


# 64-bit as the models map int: SQLite's INTEGER is already (the same DDL there);
# PostgreSQL's INTEGER is 32-bit, and a day's revenue in kopecks passes 2**31 (#16).
COUNT = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _count(name: str):
    return sa.Column(name, COUNT, nullable=False, server_default="0")


def upgrade():
    # In place (no batch rebuild): existing purchases get "" (tier not recorded then).
    op.add_column("purchase", sa.Column("tier_key", sa.String(40), nullable=False,
                                        server_default=""))
    op.create_table("report_sales_day", _id(),
                    sa.Column("day", sa.Date(), nullable=False),
                    sa.Column("till", sa.String(32), nullable=False),
                    sa.Column("cashier", sa.String(80), nullable=False),
                    sa.Column("tier_key", sa.String(40), nullable=False),
                    _count("purchases"), _count("revenue_minor"), _count("refunds"),
                    _count("refunded_minor"))
    op.create_index("ux_report_sales_day", "report_sales_day",
                    ["day", "till", "cashier", "tier_key"], unique=True)
    op.create_table("report_points_day", _id(),
                    sa.Column("day", sa.Date(), nullable=False),
                    sa.Column("till", sa.String(32), nullable=False),
                    sa.Column("cashier", sa.String(80), nullable=False),
                    sa.Column("kind", sa.String(20), nullable=False),
                    _count("points_in"), _count("points_out"), _count("entries"))
    op.create_index("ux_report_points_day", "report_points_day",
                    ["day", "till", "cashier", "kind"], unique=True)
    op.create_table("report_cohort_month", _id(),
                    sa.Column("cohort", sa.Date(), nullable=False),
                    sa.Column("month", sa.Date(), nullable=False),
                    _count("members"))
    op.create_index("ux_report_cohort_month", "report_cohort_month", ["cohort", "month"],
                    unique=True)
    op.create_table("report_visit_day", _id(),
                    sa.Column("day", sa.Date(), nullable=False),
                    sa.Column("prev_month", sa.Date(), nullable=False),
                    sa.Column("prev2_month", sa.Date(), nullable=False),
                    _count("visits"))
    op.create_index("ux_report_visit_day", "report_visit_day",
                    ["day", "prev_month", "prev2_month"], unique=True)
    op.create_table("report_state",
                    sa.Column("key", sa.String(40), primary_key=True),
                    sa.Column("value", sa.String(200), nullable=False))
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns)
    bind = op.get_bind()
    history = bind.execute(sa.text("SELECT 1 FROM ledger UNION ALL SELECT 1 FROM purchase "
                                   "LIMIT 1")).first()
    if history is None:  # a new database: nothing to build, the rollups are complete
        bind.execute(sa.text("INSERT INTO report_state (key, value) VALUES ('built', 'empty')"))


def downgrade():
    for name, table, _columns in _INDEXES:
        op.drop_index(name, table)
    for table in ("report_state", "report_visit_day", "report_cohort_month", "report_points_day",
                  "report_sales_day"):
        op.drop_table(table)
    with op.batch_alter_table("purchase") as batch:
        batch.drop_column("tier_key")
