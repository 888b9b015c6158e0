"""The server's change feed, and the state of a till's local copy (issue #17).

PostgreSQL (the shop's server): every member row written is stamped, by a trigger, with
the id of the transaction that wrote it (``feed_xid``, indexed), so a till's copy reads
only what changed since its last look. The reader keeps as its watermark the oldest
transaction still running when it read (``pg_snapshot_xmin``) and next time reads
every row stamped at or after it: a transaction that began before a read and
committed after it is read next time, never skipped (an increasing sequence number
would be: a gap filled late by the slower writer). Members are anonymised, never
deleted, by the app; a row deleted all the same (by hand, or a future merge) leaves a
tombstone in ``member_gone``, stamped the same way, so the copies delete it too.

SQLite: nothing of the above (a till's own file has no copies to feed). It gets only
``replica_state``, one row in a till's local copy of the server (the copy's watermark,
when it was built and synced, and whether the first copy is complete); a till's own
database leaves it empty.

Revision ID: 0016
Revises: 0015
"""
import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"

_POSTGRES_UP = [
    # A constant default: PostgreSQL adds the column without rewriting the table.
    "ALTER TABLE member ADD COLUMN feed_xid BIGINT NOT NULL DEFAULT 0",
    "CREATE INDEX ix_member_feed_xid ON member (feed_xid)",
    "CREATE TABLE member_gone (member_id UUID PRIMARY KEY, feed_xid BIGINT NOT NULL, "
    "gone_at TIMESTAMP NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'))",
    "CREATE INDEX ix_member_gone_feed_xid ON member_gone (feed_xid)",
    # pg_current_xact_id() is the 64-bit id (epoch included): it never wraps around.
    """CREATE FUNCTION regulars_member_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.feed_xid := pg_current_xact_id()::text::bigint;
        IF TG_OP = 'INSERT' THEN
            DELETE FROM member_gone WHERE member_id = NEW.id;
        END IF;
        RETURN NEW;
    END $$""",
    "CREATE TRIGGER member_feed_stamp BEFORE INSERT OR UPDATE ON member "
    "FOR EACH ROW EXECUTE FUNCTION regulars_member_stamp()",
    """CREATE FUNCTION regulars_member_gone() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO member_gone (member_id, feed_xid)
        VALUES (OLD.id, pg_current_xact_id()::text::bigint)
        ON CONFLICT (member_id) DO UPDATE SET feed_xid = EXCLUDED.feed_xid,
                                              gone_at = EXCLUDED.gone_at;
        RETURN OLD;
    END $$""",
    "CREATE TRIGGER member_feed_gone AFTER DELETE ON member "
    "FOR EACH ROW EXECUTE FUNCTION regulars_member_gone()",
]

_POSTGRES_DOWN = [
    "DROP TRIGGER IF EXISTS member_feed_gone ON member",
    "DROP TRIGGER IF EXISTS member_feed_stamp ON member",
    "DROP FUNCTION IF EXISTS regulars_member_gone()",
    "DROP FUNCTION IF EXISTS regulars_member_stamp()",
    "DROP TABLE IF EXISTS member_gone",
    "DROP INDEX IF EXISTS ix_member_feed_xid",
    "ALTER TABLE member DROP COLUMN IF EXISTS feed_xid",
]


def upgrade():
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in _POSTGRES_UP:
            op.execute(statement)
        return
    op.create_table(
        "replica_state",
        sa.Column("key", sa.String(20), primary_key=True),  # "copy"
        sa.Column("server", sa.String(200), nullable=False),  # which database it copies
        sa.Column("watermark", sa.BigInteger(), nullable=False),
        sa.Column("resume_after", sa.String(32), nullable=False),  # last member id copied
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("built_at", sa.DateTime()),
        sa.Column("synced_at", sa.DateTime()),  # the server's time of the last read
        sa.Column("digests", sa.Text(), nullable=False),  # JSON: the small tables as copied
    )


def downgrade():
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in _POSTGRES_DOWN:
            op.execute(statement)
        return
    op.drop_table("replica_state")
