"""The command line's way to the Qt front end, to the storage refusals and to the log.

Part of the composition root: the command modules (app/cli*.py) import services, the
domain and this layer only. Starting the till's window or timing its search needs the
UI; a command ending in one line on a database that is too new, unreadable, missing or
not backed up needs to know those refusals, which come from app/db. The log (one file
for the till and the command line) is set up here for both.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs
from sqlalchemy.exc import DBAPIError

from app import qt_platform
from app.bootstrap import resolve_db, till_start
from app.db.backup import BackupError
from app.db.engine import sqlite_path
from app.db.migrate import DatabaseEmpty, DatabaseMissing, DatabaseTooNew, DatabaseUnreadable
from app.services.settings import system_language
from app.services.startup import server_name

__all__ = ["DatabaseEmpty", "DatabaseMissing", "DatabaseTooNew", "DatabaseUnreadable"]

# Set (to anything) by CI: start the till on --db, show its window, print one line, quit
# (app/ui/smoke_start.py); how the installed wheel and the frozen build are proved to start.
SMOKE = "REGULARS_SMOKE"

# A command refused for one of these prints the reason on one line and exits 2.
REFUSALS = (DatabaseTooNew, DatabaseUnreadable, DatabaseMissing, BackupError)
# The driver's own errors that reach the command line outside a unit of work (opening,
# migrating, `check`'s own queries): a server that does not answer is one line too.
DRIVER_ERRORS = (DBAPIError, sqlite3.Error)


def database_name(db: str | None) -> str:
    """The database --db (or REGULARS_DB, or the default) names, as a person reads it:
    the file's path, or host:port/database for a server (never the password)."""
    url = resolve_db(db)
    path = sqlite_path(url)
    return str(path) if path is not None else server_name(url)


def log_file() -> Path:
    return Path(platformdirs.user_log_dir("Regulars", appauthor=False)) / "regulars.log"


class _Console(logging.StreamHandler):
    """The console: whatever ``sys.stderr`` is when a record comes, as logging's own last
    resort does, not the one there was when logging was set up. One process may set it
    up and outlive that stream (a command run inside a test that has since ended): a
    warning then went to a closed file ("--- Logging error ---")."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


def setup_logging(verbose: bool) -> Path | None:
    """Everything from INFO up into the log file (rotated at 2 MB); on the console only
    warnings, unless ``verbose`` (then the INFO lines too: the migrations, the backups).
    Called again (tests run many commands in one process) it replaces its own handlers.
    Returns the log file, or None when it cannot be written (a read-only profile: then a
    file_only record goes to the console, the only place left for it)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "regulars", False)]:
        root.removeHandler(handler)
        handler.close()
    console = _Console()
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    # A record marked file_only (a traceback the command line has put in one line)
    # goes to the file alone.
    console.addFilter(lambda record: not getattr(record, "file_only", False))
    handlers: list[logging.Handler] = [console]
    path: Path | None = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handlers.append(file)
    except OSError:
        path, console.filters = None, []
    for handler in handlers:
        handler.regulars = True
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def run_gui(db: str | None, lang: str | None, demo: bool, till: str | None = None) -> int:
    start = till_start(db, till=till)
    lang = lang or system_language(start.settings)
    cannot = qt_platform.check_xcb(lang)  # before Qt loads: its own message misleads
    if cannot is not None:
        print(cannot, file=sys.stderr)
        return 2
    # Qt loads only when the window is wanted: the headless commands start without it.
    if os.environ.get(SMOKE):
        from app.ui.smoke_start import smoke_start
        return smoke_start(start, lang)
    from app.till_api import server_maker  # the register API (FastAPI) only with the till
    from app.ui.main import run_gui as run
    return run(start, lang=lang, demo=demo, serve_api=server_maker)


def gui_search_benchmark(terminal, queries: list[str]) -> dict:
    """The same queries typed into a real till window (Qt loaded here, as above)."""
    from app.ui.gui_bench import run_gui_search_benchmark
    return run_gui_search_benchmark(terminal, queries)


def report_writer():
    """What `regulars report` writes a report with: the UI's, because the report's words
    are its Qt translations and its PDF page is drawn by Qt (on the offscreen platform)."""
    from app.ui.report_files import write_headless  # Qt loads only for this command
    return write_headless


def sqlite_file(db: str | None) -> Path | None:
    """The SQLite file ``db`` (--db, REGULARS_DB or the default) names; None for a server."""
    return sqlite_path(resolve_db(db))
