"""Storage: SQLAlchemy models, engine and sessions, migrations, the search index."""
