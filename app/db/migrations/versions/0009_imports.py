"""Member imports from other systems (issue #6).

Revision ID: 0009
Revises: 0008
"""
from alembic import op  # noqa: F401 - filled in by the issue's work

revision = "0009"
down_revision = "0008"


def upgrade():
    pass


def downgrade():
    pass
