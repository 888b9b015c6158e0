"""Upkeep once per shop (issue #16): several tills on one database would each expire
points, review tiers and make the scheduled backup every hour. The till that holds the
lease row does it; another takes the lease only once it has run out. The row exists
from the start, so taking it is one atomic UPDATE and never an insert race.

Revision ID: 0015
Revises: 0014
"""
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"


def upgrade():
    lease = op.create_table(
        "upkeep_lease",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("holder", sa.Uuid(), sa.ForeignKey("till.id")),
        sa.Column("until", sa.DateTime(), nullable=False),
    )
    op.bulk_insert(lease, [{"name": "upkeep", "holder": None, "until": datetime(1970, 1, 1)}])


def downgrade():
    op.drop_table("upkeep_lease")
