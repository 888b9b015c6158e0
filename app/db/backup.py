"""Backups with SQLite's online backup API, verified after writing, rotated; restore
after a safety copy.

A backup is a consistent snapshot even while the till is selling (the API copies
pages under the database's own locks, WAL included). Each one is checked after it
is written — ``PRAGMA integrity_check`` and the row counts of every table against
the source — and is readable by the owner's OS account only.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from app.db.engine import FILES_LOCK, private_file

# <stem>-YYYYmmddTHHMMSSZ[-kind]<suffix>: a SQLite file's copies and a server's dumps
# (app/db/pg_backup.py) are named, listed and rotated alike.
NAME = re.compile(r"-(\d{8}T\d{6}Z)(?:-[a-z-]+)?\.(?:sqlite3|dump)$")
SQLITE = ".sqlite3"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


class BackupError(Exception):
    """A backup could not be made or verified, or a file cannot be restored."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    tables: dict[str, int]  # row counts, as verified


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'member_fts%' ORDER BY name")]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def verify(path: Path) -> dict[str, int]:
    """Integrity check and row counts of a database file; raises BackupError if bad."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise BackupError(f"{path.name} failed the integrity check: {result}")
            if not conn.execute("SELECT count(*) FROM sqlite_master WHERE name='alembic_version'"
                                ).fetchone()[0]:
                raise BackupError(f"{path.name} is not a Regulars database.")
            return _counts(conn)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise BackupError(f"{path.name} is not a readable database ({exc}).") from exc


def stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")


def backup(source: Path, target: Path) -> BackupInfo:
    """Copy ``source`` to ``target`` (a new file) and verify the copy row by row count.
    The copy is in rollback-journal mode: opening it (to verify, list or restore it)
    never leaves -wal/-shm files beside it, as a WAL-mode copy opened read-only did."""
    if target.exists():
        raise BackupError(f"{target} already exists.")
    private_file(target)
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE").fetchone()
            expected = _counts(src)
    except sqlite3.DatabaseError as exc:
        _remove(target)
        raise BackupError(f"The backup could not be written ({exc}).") from exc
    got = verify(target)
    if got != expected:
        _remove(target)
        raise BackupError("The backup's row counts differ from the database's.")
    return BackupInfo(target, got)


def backup_into(source: Path, folder: Path, label: str = "", now: datetime | None = None
                ) -> BackupInfo:
    """A dated backup in ``folder`` (0700), then rotation of the folder."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = backup(source, free_name(folder, source.stem, label, now))
    sweep(folder, source.stem)
    rotate(folder, source.stem)
    return info


def free_name(folder: Path, stem: str, label: str, now: datetime | None = None,
              suffix: str = SQLITE) -> Path:
    """A dated name in ``folder`` no file has: two copies within one second (a restore
    from the recovery prompt, then another from the command line) are dated a second
    apart rather than one refused or written over the other."""
    when = now or datetime.now(timezone.utc)
    kind = f"-{label}" if label else ""
    while (path := folder / f"{stem}-{stamp(when)}{kind}{suffix}").exists():
        when += timedelta(seconds=1)
    return path


def default_folder(database: Path) -> Path:
    """Where backups go unless the owner chose a folder: beside the database."""
    return database.parent / "backups"


def taken_at(path: Path) -> datetime | None:
    found = NAME.search(path.name)
    return datetime.strptime(found.group(1), "%Y%m%dT%H%M%SZ") if found else None


def rotate(folder: Path, stem: str, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY,
           keep_monthly: int = KEEP_MONTHLY, *, suffix: str = SQLITE,
           size: Callable[[Path], tuple[int, int] | None] | None = None) -> list[Path]:
    """Keep the newest backup of each of the last ``keep_daily`` days, ``keep_weekly``
    ISO weeks and ``keep_monthly`` months; delete the rest. Returns what was deleted.
    Three things are never deleted: files made before a migration or a restore (the
    way back); any copy of the newest copy's day (an on-demand backup and the day's
    scheduled one both stay until the day is over); and a copy richer than the kept
    copy that would replace it (more members or more history rows: a backup of an
    emptied or wrongly restored database never pushes out the shop's data). ``size``
    says how rich a copy is, (members, history rows); SQLite's copies are counted."""
    dated = [(when, p) for when, p in listing(folder, stem, suffix) if "before-" not in p.name]
    measure = size or _sqlite_size
    keep = _by_calendar(dated, keep_daily, keep_weekly, keep_monthly)
    if dated:
        keep |= {p for when, p in dated if when.date() == dated[0][0].date()}
    sizes: dict[Path, tuple[int, int] | None] = {}
    deleted: list[Path] = []
    successor: Path | None = None  # the nearest newer copy that is kept
    for _when, path in dated:  # newest first
        if path not in keep and successor is not None and \
                _richer(_size(path, sizes, measure), _size(successor, sizes, measure)):
            keep.add(path)
        if path in keep:
            successor = path
            continue
        _remove(path)
        deleted.append(path)
    return deleted


def _by_calendar(dated: list[tuple[datetime, Path]], keep_daily: int, keep_weekly: int,
                 keep_monthly: int) -> set[Path]:
    keep: set[Path] = set()
    for key, limit in ((lambda d: d.date(), keep_daily),
                       (lambda d: date.isocalendar(d.date())[:2], keep_weekly),
                       (lambda d: (d.year, d.month), keep_monthly)):
        seen: list = []
        for when, path in dated:
            k = key(when)
            if k not in seen:
                if len(seen) >= limit:
                    break
                seen.append(k)
                keep.add(path)
    return keep


# Rows that only ever grow in a shop's life: members are anonymised, never deleted;
# purchases, the ledger and the audit are append-only. Fewer of them means data lost.
_HISTORY = ("purchase", "ledger", "audit")


def _size(path: Path, cache: dict[Path, tuple[int, int] | None],
          measure: Callable[[Path], tuple[int, int] | None]) -> tuple[int, int] | None:
    if path not in cache:
        cache[path] = measure(path)
    return cache[path]


def _sqlite_size(path: Path) -> tuple[int, int] | None:
    """(members, history rows) of a backup, or None if it cannot be read."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            members, *history = (conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                                 for t in ("member", *_HISTORY))
            return members, sum(history)
    except sqlite3.Error:
        return None


def _richer(candidate: tuple[int, int] | None, kept: tuple[int, int] | None) -> bool:
    """Whether deleting ``candidate`` in favour of ``kept`` would lose data. A copy that
    cannot be read is worth nothing; a kept copy that cannot be read replaces nothing."""
    if candidate is None:
        return False
    if kept is None:
        return True
    return candidate[0] > kept[0] or candidate[1] > kept[1]


def _remove(path: Path) -> None:
    """A backup and the -wal/-shm files beside it, if any."""
    for extra in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    path.unlink(missing_ok=True)


def sweep(folder: Path, stem: str) -> None:
    """-wal/-shm files beside backups: an orphan (its backup is gone) is deleted; one
    beside a backup (left by an older version, whose copies were in WAL mode) is folded
    into its backup, which is switched to rollback-journal mode, so SQLite removes it."""
    for extra in sorted(folder.glob(f"{stem}-*.sqlite3-wal")) + \
            sorted(folder.glob(f"{stem}-*.sqlite3-shm")):
        main = extra.with_name(extra.name[:-4])  # without "-wal" or "-shm"
        if taken_at(main) is None:
            continue
        if not main.exists():
            extra.unlink(missing_ok=True)
            continue
        try:
            with closing(sqlite3.connect(main, timeout=0.2)) as conn:
                conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        except sqlite3.Error:
            continue  # damaged or busy: left as it is, a copy is never made worse


def latest(folder: Path, stem: str, suffix: str = SQLITE) -> Path | None:
    found = listing(folder, stem, suffix)
    return found[0][1] if found else None


def listing(folder: Path, stem: str, suffix: str = SQLITE) -> list[tuple[datetime, Path]]:
    """The backups of database ``stem`` in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    return sorted(((when, p) for p in folder.glob(f"{stem}-*{suffix}")
                   if (when := taken_at(p)) is not None), reverse=True)


def latest_good(folder: Path, stem: str) -> tuple[Path, dict[str, int]] | None:
    """The newest backup that passes ``verify`` (a damaged one is skipped, not used),
    with its row counts."""
    for _when, path in listing(folder, stem):
        try:
            return path, verify(path)
        except BackupError:
            continue
    return None


def restore(backup_file: Path, database: Path, safety_folder: Path) -> Path | None:
    """Put ``backup_file`` in place of ``database`` after a safety copy of the current
    one (when it is readable). The engine using ``database`` must be disposed first.
    Returns the safety copy."""
    verify(backup_file)
    safety = None
    if database.exists():
        try:
            safety = backup_into(database, safety_folder, "before-restore").path
        except BackupError:
            # A damaged current file cannot be copied through SQLite: keep its bytes.
            safety_folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            safety = free_name(safety_folder, database.stem, "before-restore-damaged")
            private_file(safety)
            safety.write_bytes(database.read_bytes())
    tmp = database.with_name(database.name + ".restoring")
    tmp.unlink(missing_ok=True)
    backup(backup_file, tmp)
    with FILES_LOCK:  # no background checkpoint may hold the old file meanwhile
        for extra in (database.with_name(database.name + "-wal"),
                      database.with_name(database.name + "-shm")):
            extra.unlink(missing_ok=True)
        tmp.replace(database)  # atomic on the same file system
    return safety
