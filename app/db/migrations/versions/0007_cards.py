"""Member cards: print runs and replaced (blocked) card numbers (issue #8).

Revision ID: 0007
Revises: 0006
"""
from alembic import op  # noqa: F401 - filled in by the issue's work

revision = "0007"
down_revision = "0006"


def upgrade():
    pass


def downgrade():
    pass
