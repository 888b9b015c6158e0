"""Member cards: the owner's design, print runs and replaced (blocked) card numbers.

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"


def upgrade():
    op.create_table(
        "card_design",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("logo", sa.LargeBinary()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("cashier", sa.String(80), nullable=False))
    op.create_table(
        "card_print_run",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("cashier", sa.String(80), nullable=False),
        sa.Column("till_id", sa.Uuid(), sa.ForeignKey("till.id")),
        sa.Column("batch", sa.String(60), nullable=False),
        sa.Column("layout", sa.String(10), nullable=False),
        sa.Column("cards", sa.Integer(), nullable=False),
        sa.Column("design_id", sa.Integer(), sa.ForeignKey("card_design.id")))
    op.create_index("ix_card_print_run_created_at", "card_print_run", ["created_at"])
    op.create_table(
        "printed_card",
        sa.Column("run_id", sa.Uuid(), sa.ForeignKey("card_print_run.id"), primary_key=True),
        sa.Column("member_id", sa.Uuid(), sa.ForeignKey("member.id"), primary_key=True),
        sa.Column("card_number", sa.String(13), nullable=False))
    op.create_index("ix_printed_card_member_id", "printed_card", ["member_id"])
    op.create_index("ix_printed_card_card_number", "printed_card", ["card_number"])
    op.create_table(
        "blocked_card",
        sa.Column("card_number", sa.String(13), primary_key=True),
        sa.Column("member_id", sa.Uuid(), sa.ForeignKey("member.id")),
        sa.Column("replaced_by", sa.String(13)),
        sa.Column("reason", sa.String(20), nullable=False),
        sa.Column("blocked_at", sa.DateTime(), nullable=False),
        sa.Column("cashier", sa.String(80), nullable=False),
        sa.Column("till_id", sa.Uuid(), sa.ForeignKey("till.id")))
    op.create_index("ix_blocked_card_member_id", "blocked_card", ["member_id"])


def downgrade():
    op.drop_table("blocked_card")
    op.drop_table("printed_card")
    op.drop_table("card_print_run")
    op.drop_table("card_design")
