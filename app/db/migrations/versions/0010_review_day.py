"""The day of the month a member's tier reviews fall on, so rolling reviews set on the
29th-31st do not drift to the 28th after February. Empty for existing members: their
next review date's own day is used, as before.

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"


def upgrade():
    op.add_column("member", sa.Column("tier_review_day", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("member", "tier_review_day")
