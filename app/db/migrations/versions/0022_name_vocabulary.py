"""A name part inside a word: the distinct name words, with a trigram index, on
PostgreSQL (issue #16).

0014's trigram index over the name key answers "the name contains": for a part of a
common name ("лекс" of Алексей and Александра, "рина" of Ирина and Марина) it built a
bitmap of every member holding those trigrams before it could pick the first 40 (6-13
ms at a million members: the slowest searches left). A text with no separator lies
inside one name word, and a shop's members share a few thousand words, so the words that
hold it are found in that small list and their members in 0019's word table. The list
counts how many members hold each word, kept by statement triggers on the word table, so
a word nobody holds any more (an erased member's) leaves with them. A no-op on SQLite.

Revision ID: 0022
Revises: 0021
"""
from alembic import op

from app.db import name_words

revision = "0022"
down_revision = "0021"


def upgrade():
    name_words.create_vocabulary(op.get_bind())


def downgrade():
    name_words.drop_vocabulary(op.get_bind())
