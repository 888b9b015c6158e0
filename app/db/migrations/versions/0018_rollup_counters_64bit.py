"""The report rollups' counters are 64-bit on PostgreSQL databases made before the fix.

Migrations 0008 and 0011 first created them as INTEGER, 32-bit on PostgreSQL, so a
day's revenue in kopecks past 2**31 failed the sale's rollup upsert (#16). Those two
migrations now create BIGINT there; a shop's server migrated with the old ones is
brought to the same schema here. A no-op on SQLite (its INTEGER is 64-bit) and on a
server that already has BIGINT. The downgrade keeps the wider columns: they hold
everything the narrow ones did.

Revision ID: 0018
Revises: 0017
"""
import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade():
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    narrow = bind.execute(sa.text(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name LIKE 'report\\_%' "
        "AND column_name <> 'id' AND data_type = 'integer' "
        "ORDER BY table_name, column_name")).all()
    tables: dict[str, list[str]] = {}
    for table, column in narrow:
        tables.setdefault(table, []).append(column)
    for table, columns in tables.items():
        changes = ", ".join(f'ALTER COLUMN "{c}" TYPE BIGINT' for c in columns)
        op.execute(f'ALTER TABLE "{table}" {changes}')


def downgrade():
    pass
