"""Initial schema: tills, program versions, members, purchases, the ledger, search index.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

from app.db import search_index

revision = "0001"
down_revision = None


def upgrade():
    op.create_table(
        "till",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False))
    op.create_table(
        "program_version",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False))
    op.create_table(
        "member",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("first_name", sa.String(100), nullable=False),
        sa.Column("patronymic", sa.String(100)),
        sa.Column("last_name", sa.String(100)),
        sa.Column("address_as", sa.String(200)),
        sa.Column("phone", sa.String(20), unique=True),
        sa.Column("phone_rev", sa.String(20)),
        sa.Column("phone_display", sa.String(40)),
        sa.Column("email", sa.String(200)),
        sa.Column("birthday", sa.Date()),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("card_number", sa.String(13), unique=True),
        sa.Column("name_key", sa.String(400), nullable=False),
        sa.Column("consent_at", sa.DateTime(), nullable=False),
        sa.Column("sms_opt_in", sa.Boolean(), nullable=False),
        sa.Column("email_opt_in", sa.Boolean(), nullable=False),
        sa.Column("balance", sa.BigInteger(), nullable=False),
        sa.Column("qualifying_points", sa.BigInteger(), nullable=False),
        sa.Column("tier_key", sa.String(40), nullable=False),
        sa.Column("visits", sa.BigInteger(), nullable=False),
        sa.Column("last_visit_at", sa.DateTime()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False))
    op.create_index("ix_member_phone_rev", "member", ["phone_rev"])
    op.create_index("ix_member_name_key", "member", ["name_key"])
    op.create_table(
        "purchase",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("member_id", sa.Uuid(), sa.ForeignKey("member.id"), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("points_redeemed", sa.BigInteger(), nullable=False),
        sa.Column("points_earned", sa.BigInteger(), nullable=False),
        sa.Column("till_id", sa.Uuid(), sa.ForeignKey("till.id")),
        sa.Column("cashier", sa.String(80), nullable=False),
        sa.Column("receipt_number", sa.String(40), nullable=False),
        sa.Column("program_version_id", sa.Integer(), sa.ForeignKey("program_version.id")),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False))
    op.create_index("ix_purchase_member_id", "purchase", ["member_id"])
    op.create_index("ix_purchase_created_at", "purchase", ["created_at"])
    op.create_table(
        "ledger",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("member_id", sa.Uuid(), sa.ForeignKey("member.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("points", sa.BigInteger(), nullable=False),
        sa.Column("qualifying", sa.BigInteger(), nullable=False),
        sa.Column("purchase_id", sa.Uuid(), sa.ForeignKey("purchase.id")),
        sa.Column("till_id", sa.Uuid(), sa.ForeignKey("till.id")),
        sa.Column("cashier", sa.String(80), nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False))
    op.create_index("ix_ledger_member_id", "ledger", ["member_id"])
    op.create_index("ix_ledger_purchase_id", "ledger", ["purchase_id"])
    search_index.create(op.get_bind())


def downgrade():
    search_index.drop(op.get_bind())
    for table in ("ledger", "purchase", "member", "program_version", "till"):
        op.drop_table(table)
