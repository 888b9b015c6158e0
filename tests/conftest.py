import os
import time
import warnings
from contextlib import contextmanager

# Before any QApplication exists: GUI tests run without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REGULARS_LANG", "en")


import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.exc import DBAPIError, OperationalError  # noqa: E402

from app.db.engine import database_url  # noqa: E402
from app.db.migrate import upgrade  # noqa: E402


@pytest.fixture(autouse=True)
def own_settings_file(tmp_path_factory, monkeypatch):
    """Each test its own settings store (app/services/settings.py resolves the file from
    XDG_CONFIG_HOME on every use): a backup folder chosen in one test, or the owner's
    real settings, never leak into another."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))


# ---- the database a test runs on (issue #16) -------------------------------------
# A test that takes ``db_location`` gets a fresh SQLite file; in a module marked
# ``pytest.mark.both_databases`` it runs twice, the second time on a fresh PostgreSQL
# database made from a migrated template (REGULARS_TEST_PG names the server; .ci/run
# starts one); a test of SQLite's own ways in such a module is marked
# ``pytest.mark.sqlite_only``. Without a server those runs skip with one line, except
# under CI=true,
# where they fail: CI must never pass by not testing PostgreSQL.
PG_ENV = "REGULARS_TEST_PG"


def pytest_generate_tests(metafunc):
    node = metafunc.definition
    if ("db_location" in metafunc.fixturenames and node.get_closest_marker("both_databases")
            and not node.get_closest_marker("sqlite_only")):
        metafunc.parametrize("db_location", ["sqlite", "postgresql"], indirect=True)


def _no_server(why: str):
    message = f"PostgreSQL: {why} (set {PG_ENV}=postgresql://…; .ci/run starts a server)"
    if os.environ.get("CI") == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def postgres_template():
    """(admin engine, template name): a database migrated once, copied for each test."""
    url = os.environ.get(PG_ENV)
    if not url:
        _no_server(f"{PG_ENV} is not set")
    url = make_url(database_url(url))
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        admin.connect().close()
    except OperationalError as exc:
        _no_server(f"no server answers at {url.render_as_string(hide_password=True)}: "
                   f"{str(exc.orig).splitlines()[0]}")
    template = f"regulars_tpl_{os.getpid()}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{template}"'))
        conn.execute(text(f'CREATE DATABASE "{template}"'))
    engine = create_engine(url.set(database=template))
    upgrade(engine)
    engine.dispose()
    yield admin, url, template
    drop_database(admin, template)
    admin.dispose()


def drop_database(admin, name: str) -> None:
    """Drop a test database on the throwaway server. WITH (FORCE) may be refused when a
    backend of another role is in it for a moment (an autovacuum worker: "must be a member
    of the role whose process is being terminated"): then wait and drop it plainly; a
    database that still cannot go is left to the throwaway server, not failed on."""
    for attempt in range(20):
        force = " WITH (FORCE)" if attempt == 0 else ""
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"{force}'))
            return
        except DBAPIError:
            time.sleep(0.25)
    warnings.warn(f"test database {name} left on the throwaway server", stacklevel=2)


_copies = iter(range(1, 10**9))


@contextmanager
def _fresh_database(postgres_template):
    admin, url, template = postgres_template
    name = f"{template}_{next(_copies)}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    yield url.set(database=name).render_as_string(hide_password=False)
    drop_database(admin, name)


@pytest.fixture
def postgres_url(postgres_template):
    """The URL of a fresh, migrated PostgreSQL database, dropped after the test."""
    with _fresh_database(postgres_template) as url:
        yield url


@pytest.fixture(scope="module")
def postgres_module_url(postgres_template):
    """The same, shared by a module's tests (a demo shop built once)."""
    with _fresh_database(postgres_template) as url:
        yield url


@pytest.fixture
def db_location(request, tmp_path):
    """Where the test's database is: a SQLite file, or (``both_databases``) a PostgreSQL
    URL on the second run."""
    if getattr(request, "param", "sqlite") == "postgresql":
        return request.getfixturevalue("postgres_url")
    return str(tmp_path / "db.sqlite3")


@pytest.fixture
def empty_db_location(request, db_location):
    """Where a migration test starts (pgsuite1): an empty database of db_location's kind,
    nothing migrated: a SQLite file not yet made, or a PostgreSQL database with no table."""
    if not db_location.startswith("postgresql"):
        yield db_location
        return
    admin, url, template = request.getfixturevalue("postgres_template")
    name = f"{template}_empty_{next(_copies)}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0'))
    yield url.set(database=name).render_as_string(hide_password=False)
    drop_database(admin, name)
