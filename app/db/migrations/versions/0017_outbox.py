"""Selling while the shop's server is away (issue #17): the till's outbox of sales and
enrolments recorded offline (a table of the till's local file; the server's stays
empty), and the server's member aliases: a member enrolled offline whose phone the
server already had becomes an alias of the member kept, so their sales land there.

Revision ID: 0017
Revises: 0016
"""
import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"


def upgrade():
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("client_id", sa.Uuid(), nullable=False, unique=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False, index=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("points_pending", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  nullable=False),
        sa.Column("points_redeemed", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("tries", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("reason_code", sa.String(40), nullable=False),
        sa.Column("reason", sa.String(300), nullable=False),
    )
    op.create_table(
        "member_alias",
        sa.Column("alias_id", sa.Uuid(), primary_key=True),
        sa.Column("member_id", sa.Uuid(), sa.ForeignKey("member.id"), nullable=False,
                  index=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )


def downgrade():
    op.drop_table("member_alias")
    op.drop_table("outbox")
