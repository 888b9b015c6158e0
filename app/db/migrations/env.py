"""Alembic environment: the connection is handed in by app.db.migrate, never read from ini."""

from alembic import context

from app.db.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
