"""Member imports from other systems (issue #6): one row per import, for the audit
(who brought which file in, when, with what result); its id is the ``ref`` of the
opening-balance ledger rows it wrote.

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"


def upgrade():
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("staff_name", sa.String(80), nullable=False),
        sa.Column("till_id", sa.Uuid(), sa.ForeignKey("till.id")),
        sa.Column("file_name", sa.String(200), nullable=False),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("duplicates", sa.String(10), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("imported", sa.Integer(), nullable=False),
        sa.Column("merged", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False))
    op.create_index("ix_import_batch_created_at", "import_batch", ["created_at"])


def downgrade():
    op.drop_index("ix_import_batch_created_at", "import_batch")
    op.drop_table("import_batch")
