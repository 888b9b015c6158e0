"""Tier events and stamps record the staff member and the till, like every other row.

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"


def _add_till(table: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":  # in place: no table rebuild
        op.execute(f"ALTER TABLE {table} ADD COLUMN till_id CHAR(32) REFERENCES till(id)")
    else:
        op.add_column(table, sa.Column("till_id", sa.Uuid(), sa.ForeignKey("till.id")))


def upgrade():
    for table in ("tier_event", "stamp"):
        op.add_column(table, sa.Column("cashier", sa.String(80), nullable=False,
                                       server_default=""))
        _add_till(table)


def downgrade():
    for table in ("tier_event", "stamp"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("till_id")
            batch.drop_column("cashier")
