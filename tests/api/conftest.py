"""The register API's tests act on a real database as the command line does (the owner,
audited as "system"), on SQLite and on PostgreSQL where a module is marked both_databases."""

import pytest

from app.bootstrap import open_app
from app.services.context import SYSTEM


@pytest.fixture
def app(db_location):
    a = open_app(db_location, lang="en", acting=SYSTEM)
    yield a
    a.engine.dispose()


@pytest.fixture
def t(app):
    return app.terminal
