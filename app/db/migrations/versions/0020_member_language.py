"""Each member's own language (ru / en / lv; empty = the till's): the greeting, the
thank-you, the gift words and the customer display speak it whatever the till's
screens are in (#18: a shop in Riga serves customers in Latvian and in Russian).

Revision ID: 0020
Revises: 0019
"""
import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade():
    # A plain ADD COLUMN (no table copy): the member table is referenced by every other.
    op.add_column("member", sa.Column("language", sa.String(2), nullable=True))


def downgrade():
    op.drop_column("member", "language")
