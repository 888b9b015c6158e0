"""The command line's way to the Qt front end and to the storage refusals.

Part of the composition root: the command modules (app/cli*.py) import services, the
domain and this layer only. Starting the till's window or timing its search needs the
UI; a command ending in one line on a database that is too new, unreadable, missing or
not backed up needs to know those refusals, which come from app/db.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from app import qt_platform
from app.bootstrap import resolve_db, till_start
from app.db.backup import BackupError
from app.db.engine import sqlite_path
from app.db.migrate import DatabaseMissing, DatabaseTooNew, DatabaseUnreadable
from app.services import storage
from app.services.settings import system_language
from app.services.storage import StorageError

# A command refused for one of these prints the reason on one line and exits 2.
REFUSALS = (DatabaseTooNew, DatabaseUnreadable, DatabaseMissing, BackupError)
# The driver's own errors that reach the command line outside a unit of work (opening,
# migrating, `check`'s own queries): a server that does not answer is one line too.
DRIVER_ERRORS = (DBAPIError, sqlite3.Error)
# Set (to anything) by CI: start the till on --db, show its window, print one line, quit
# (app/ui/smoke_start.py); how the installed wheel and the frozen build are proved to start.
SMOKE = "REGULARS_SMOKE"


def server_away(exc: BaseException) -> str | None:
    """One line for a shop's server (or the share holding the file) that does not
    answer; None for any other failure, which keeps its traceback."""
    error = exc if isinstance(exc, StorageError) else storage.translate(exc)
    if not storage.is_away(error):
        return None
    detail = str(error.params.get("detail", "")).strip().splitlines()
    reason = f" ({detail[0].strip()})" if detail else ""
    return f"the shop's server does not answer{reason}; nothing was saved. Try again later."


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
