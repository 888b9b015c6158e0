"""Index the referrer: the till counts a member's referrals each time it opens them.

Revision ID: 0006
Revises: 0005
"""
from alembic import op

revision = "0006"
down_revision = "0005"


def upgrade():
    op.create_index("ix_member_referred_by_id", "member", ["referred_by_id"])


def downgrade():
    op.drop_index("ix_member_referred_by_id", "member")
