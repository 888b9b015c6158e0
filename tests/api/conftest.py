"""The register API's tests act on a real database as the command line does (the owner,
audited as "system"), on SQLite and on PostgreSQL where a module is marked both_databases:
the service tests' own fixtures."""

from tests.services.conftest import app, t  # noqa: F401  (fixtures)
