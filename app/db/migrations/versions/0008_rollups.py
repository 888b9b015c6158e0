"""Daily report rollups kept with each purchase (issue #7).

Revision ID: 0008
Revises: 0007
"""
from alembic import op  # noqa: F401 - filled in by the issue's work

revision = "0008"
down_revision = "0007"


def upgrade():
    pass


def downgrade():
    pass
