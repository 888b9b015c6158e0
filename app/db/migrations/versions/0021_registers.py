"""Cash registers and the register API (issue #19): the registers with their hashed
tokens, and the first answer to each register's commit and refund (idempotency).

Revision ID: 0021
Revises: 0018
"""
import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "register",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("name", sa.String(60), nullable=False, index=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("lang", sa.String(5), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("last_used_at", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "register_call",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("register_id", sa.Uuid(), sa.ForeignKey("register.id"), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("call_id", sa.String(64), nullable=False),
        sa.Column("body_hash", sa.String(64), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("purchase_id", sa.Uuid(), nullable=True, index=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("register_id", "kind", "call_id"),
    )


def downgrade():
    op.drop_table("register_call")
    op.drop_table("register")
