"""A name part starts with …: a B-tree of name words on PostgreSQL (issue #16).

0014 answered "a word of the name starts with" on PostgreSQL by a LIKE per word and
separator over the trigram index: four GIN scans of the same trigrams for one word, and
for a word of one or two letters ("ан") a bitmap of every member whose name holds its
trigrams (14-73 ms at a million). SQLite answers it from FTS5's prefix index, which
stops at the first matches. Here PostgreSQL gets the same shape: each word of each
member's name key in a table of its own with a B-tree, kept by a trigger, so a word
start is a range scan that stops at the first members it needs, whatever its length.
A no-op on SQLite.

Revision ID: 0019
Revises: 0018
"""
from alembic import op

from app.db import name_words

revision = "0019"
down_revision = "0018"


def upgrade():
    name_words.create_words_table(op.get_bind())


def downgrade():
    name_words.drop_words_table(op.get_bind())
