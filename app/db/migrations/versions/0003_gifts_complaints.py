"""Gifts said out loud and service recovery (complaints).

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade():
    op.create_table(
        "complaint",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("member_id", sa.Uuid(), sa.ForeignKey("member.id")),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("opinions", sa.Text(), nullable=False),
        sa.Column("reflection", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("solution", sa.Text(), nullable=False),
        sa.Column("compensation", sa.String(20), nullable=False),
        sa.Column("points", sa.BigInteger(), nullable=False),
        sa.Column("discount_percent", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column("till_id", sa.Uuid(), sa.ForeignKey("till.id")),
        sa.Column("cashier", sa.String(80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime()))
    op.create_index("ix_complaint_member_id", "complaint", ["member_id"])
    op.create_index("ix_complaint_status", "complaint", ["status"])
    op.create_table(
        "gift",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("member_id", sa.Uuid(), sa.ForeignKey("member.id"), nullable=False),
        sa.Column("what", sa.String(200), nullable=False),
        sa.Column("category", sa.String(20), nullable=False),
        sa.Column("value_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("reason", sa.String(20), nullable=False),
        sa.Column("points", sa.BigInteger(), nullable=False),
        sa.Column("phrase", sa.Text(), nullable=False),
        sa.Column("said_at", sa.DateTime()),
        sa.Column("complaint_id", sa.Uuid(), sa.ForeignKey("complaint.id")),
        sa.Column("till_id", sa.Uuid(), sa.ForeignKey("till.id")),
        sa.Column("cashier", sa.String(80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False))
    op.create_index("ix_gift_member_id", "gift", ["member_id"])
    op.create_index("ix_gift_created_at", "gift", ["created_at"])


def downgrade():
    op.drop_table("gift")
    op.drop_table("complaint")
