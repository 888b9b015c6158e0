"""Name search on PostgreSQL through a trigram index (issue #16).

SQLite answers "the name contains" and "a name part starts with" from its FTS5 tables
(0001, 0013); PostgreSQL read every member for them (LIKE '%q%'). Here pg_trgm's GIN
index over the normalised name key answers both. The name key and the reversed phone
digits compare in code point order ("C"), as on SQLite: the prefix range scans end
at U+10FFFF, and results come in the same order on both databases whatever the
server's locale. A no-op on SQLite.

Revision ID: 0014
Revises: 0013
"""
from alembic import op

from app.db import search_index

revision = "0014"
down_revision = "0013"


def upgrade():
    search_index.create_trigrams(op.get_bind())


def downgrade():
    search_index.drop_trigrams(op.get_bind())
