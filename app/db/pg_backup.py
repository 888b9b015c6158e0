"""Backups of a shop's PostgreSQL server: ``pg_dump --format=custom``, verified by
``pg_restore --list``, named, listed and rotated like the SQLite file's copies
(app/db/backup.py); and restore into an EMPTY database only.

Why never over the live database: other tills are connected to it and selling. A
restore in place would drop their rows under them (or wait on their locks) and leave
them reading a shop that changed beneath them. A dump is restored into a new, empty
database, checked, and then the tills are pointed at it, one at a time.

The connection goes to the programs through libpq's environment (PGHOST, PGPORT,
PGUSER, PGDATABASE, PGPASSWORD), taken from the engine's URL: the password is never on
a command line (``ps`` shows those to every account) nor in a message or the log.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import platformdirs
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DBAPIError

from app.db.backup import BackupError, free_name, rotate
from app.db.engine import private_file

DUMP = ".dump"
# Debian and Ubuntu keep each major version's programs here, not all on PATH.
SERVER_BINS = "/usr/lib/postgresql/*/bin"
INSTALL_HINT = ("install the PostgreSQL client programs (Debian/Ubuntu: apt install "
                "postgresql-client; Windows and macOS: the PostgreSQL installer) or put "
                "them on PATH")
TIMEOUT_S = 6 * 60 * 60  # a million members dump in minutes; never hang for ever
_DATA = re.compile(r"^\d+; \d+ \d+ TABLE DATA (\S+) (\S+)(?: |$)")  # schema, table


@dataclass(frozen=True, slots=True)
class DumpInfo:
    path: Path
    tables: tuple[str, ...]  # the tables whose data the dump holds, as listed


def tool(name: str) -> str:
    """``pg_dump`` or ``pg_restore``: on PATH, else the newest in Debian's folders."""
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(glob.glob(os.path.join(SERVER_BINS, name)),
                      key=lambda p: [int(n) for n in re.findall(r"\d+", p)])
    if versions:
        return versions[-1]
    raise BackupError(f"{name} was not found: {INSTALL_HINT}.")


def connection_env(url: URL | str) -> dict[str, str]:
    """This process's environment with the URL's connection in libpq's variables (the
    URL wins; what it leaves out, libpq takes as the app's own connection does)."""
    url = make_url(url)
    query = {k: v for k, v in url.query.items() if isinstance(v, str)}
    values = {"PGHOST": query.get("host") or url.host, "PGPORT": query.get("port") or url.port,
              "PGUSER": url.username, "PGPASSWORD": url.password,
              "PGDATABASE": url.database, "PGSSLMODE": query.get("sslmode")}
    env = dict(os.environ, PGCONNECT_TIMEOUT=os.environ.get("PGCONNECT_TIMEOUT", "10"))
    env.update({k: str(v) for k, v in values.items() if v is not None})
    return env


def _run(args: list[str], url: URL | str | None) -> str:
    env = connection_env(url) if url is not None else None
    name = Path(args[0]).name
    try:
        done = subprocess.run(args, env=env, capture_output=True, text=True,
                              timeout=TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BackupError(f"{name} could not run ({exc}).") from exc
    if done.returncode != 0:
        raise BackupError(f"{name} failed: {_said(done.stderr, url)}")
    return done.stdout


def _said(stderr: str, url: URL | str | None) -> str:
    """What the program said, in a line or two, without its name or the password."""
    lines = [re.sub(r"^pg_\w+: (error: |detail: )?", "", line).strip()
             for line in stderr.splitlines() if line.strip()]
    said = "; ".join(lines[-3:]) or "no reason given"
    password = make_url(url).password if url is not None else None
    return said.replace(password, "***") if password else said


def verify(path: Path, name: str | None = None) -> tuple[str, ...]:
    """The tables whose data ``path`` holds, from ``pg_restore --list``; raises
    BackupError when it is not a readable dump of a Regulars database (``name``: the
    file's name to say, when ``path`` is the temporary one)."""
    listed = _run([tool("pg_restore"), "--list", str(path)], None)
    tables = tuple(m.group(2) for line in listed.splitlines() if (m := _DATA.match(line)))
    if "alembic_version" not in tables:
        raise BackupError(f"{name or path.name} is not a backup of a Regulars database.")
    return tables


def dump(url: URL | str, target: Path) -> DumpInfo:
    """``pg_dump`` of the database at ``url`` to ``target`` (a new file, 0600), written
    under a temporary name and renamed only once verified: a failed or refused dump
    leaves no file behind, and a file of that name is always a whole one."""
    if target.exists():
        raise BackupError(f"{target} already exists.")
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    private_file(partial)
    try:
        _run([tool("pg_dump"), "--format=custom", f"--file={partial}"], url)
        tables = verify(partial, target.name)
        os.replace(partial, target)  # atomic on the same file system
    finally:
        partial.unlink(missing_ok=True)
    return DumpInfo(target, tables)


def database_name(url: URL | str) -> str:
    return make_url(url).database or "postgres"


def default_folder(url: URL | str) -> Path:
    """Where a server's backups go unless the owner chose a folder: a server has no file
    to put them beside, so this computer's data folder, one folder per server and
    database: ``Regulars/backups/<host>-<dbname>/``."""
    url = make_url(url)
    host = url.query.get("host") or url.host or "localhost"
    host = "local" if str(host).startswith("/") else str(host)  # a Unix socket's folder
    name = re.sub(r"[^\w.-]", "_", f"{host}-{database_name(url)}")
    # "Regulars": the app's name for platformdirs, as app.bootstrap.data_dir has it.
    return Path(platformdirs.user_data_dir("Regulars", appauthor=False)) / "backups" / name


def dump_size(path: Path) -> tuple[int, int] | None:
    """How rich a dump is, for rotation: its bytes stand for its rows (a compressed dump
    grows with the purchases, the ledger and the audit, which only ever grow), so a
    dump of an emptied database never pushes out the shop's data."""
    try:
        return 0, path.stat().st_size
    except OSError:
        return None


def dump_into(url: URL | str, folder: Path, label: str = "",
              now: datetime | None = None) -> DumpInfo:
    """A dated dump in ``folder`` (0700), then rotation as for the SQLite file."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stem = database_name(url)
    info = dump(url, free_name(folder, stem, label, now, DUMP))
    rotate(folder, stem, suffix=DUMP, size=dump_size)
    return info


def create_database(url: URL | str) -> None:
    """``CREATE DATABASE`` for the URL's database, by its role (which needs CREATEDB),
    through the server's ``postgres`` database; refused if it exists already."""
    url = make_url(url)
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    name = database_name(url)
    try:
        with admin.connect() as conn:
            if conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}):
                raise BackupError(f"The database {name} exists already: leave out --create "
                                  "to restore into it (it must be empty).")
            conn.exec_driver_sql('CREATE DATABASE "{}"'.format(name.replace('"', '""')))
    except DBAPIError as exc:
        raise BackupError(f"The database {name} could not be created: "
                          f"{str(exc.orig).strip().splitlines()[0]}") from exc
    finally:
        admin.dispose()


def first_table(engine: Engine) -> str | None:
    """Any table, view or sequence in the database (schema.name), or None if it is empty."""
    with engine.connect() as conn:
        return conn.scalar(text(
            "SELECT n.nspname || '.' || c.relname FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') "
            "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
            "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%' "
            "ORDER BY 1 LIMIT 1"))


def restore(path: Path, engine: Engine) -> tuple[str, ...]:
    """``pg_restore`` of the dump ``path`` into the EMPTY database behind ``engine``, in
    one transaction (an error undoes all of it), owned by the restoring role. A
    database with a table in it is refused untouched. Returns the tables restored; the
    caller brings the schema up to this version (app.db.migrate.upgrade)."""
    tables = verify(path)
    url = engine.url
    try:
        found = first_table(engine)
    except DBAPIError as exc:
        raise BackupError(f"The database {database_name(url)} cannot be reached: "
                          f"{str(exc.orig).strip().splitlines()[0]}") from exc
    if found is not None:
        raise BackupError(f"The database {database_name(url)} is not empty (it has "
                          f"{found}): a backup is restored into a new, empty database only.")
    _run([tool("pg_restore"), "--no-owner", "--exit-on-error", "--single-transaction",
          f"--dbname={database_name(url)}", str(path)], url)
    return tables


def row_counts(engine: Engine) -> dict[str, int]:
    """Rows in each of the database's own tables (schema public), to report a restore."""
    with engine.connect() as conn:
        names = conn.scalars(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).all()
        return {n: conn.scalar(text(f'SELECT count(*) FROM "{n}"')) for n in names}
