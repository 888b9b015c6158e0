"""Name search by the start of any name part, from the first letter (issue #14).

The trigram index needs three characters, so "Ив" found nobody while "Ива" found
Иван. A second FTS5 table over the same name key holds whole words with prefix
indexes for their first one and two characters: a query of any length is an index
lookup, never a scan of the members. Filled from the existing members here.

Revision ID: 0013
Revises: 0012
"""
from alembic import op

from app.db import search_index

revision = "0013"
down_revision = "0012"


def upgrade():
    search_index.create_words(op.get_bind())


def downgrade():
    search_index.drop_words(op.get_bind())
