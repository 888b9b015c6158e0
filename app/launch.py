"""The command line's way to the Qt front end and to the storage refusals.

Part of the composition root: the command modules (app/cli*.py) import services, the
domain and this layer only. Starting the till's window or timing its search needs the
UI; a command ending in one line on a database that is too new, unreadable, missing or
not backed up needs to know those refusals, which come from app/db.
"""

from __future__ import annotations

from app.db.backup import BackupError
from app.db.migrate import DatabaseMissing, DatabaseTooNew, DatabaseUnreadable

# A command refused for one of these prints the reason on one line and exits 2.
REFUSALS = (DatabaseTooNew, DatabaseUnreadable, DatabaseMissing, BackupError)


def run_gui(db: str | None, lang: str | None, demo: bool) -> int:
    # Qt loads only when the window is wanted: the headless commands start without it.
    from app.ui.main import run_gui as run
    return run(db=db, lang=lang, demo=demo)


def gui_search_benchmark(terminal, queries: list[str]) -> dict:
    """The same queries typed into a real till window (Qt loaded here, as above)."""
    from app.ui.gui_bench import run_gui_search_benchmark
    return run_gui_search_benchmark(terminal, queries)
