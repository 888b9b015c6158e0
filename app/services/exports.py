"""Exports of the full underlying data: members, purchases and the ledger, as CSV,
XLSX or JSON, streamed in constant memory.

An export is a row source and a writer:
- the row source is the portable one (export_tables.py: one SELECT read in chunks of
  5,000, one consistent view of the table while the till goes on selling), or, for a
  CSV where the database can build the lines itself (SQLite: a million members in
  seconds instead of half a minute; app/db/dialect/sqlite_export.py), those lines, with
  the portable source writing any line the database could not; the tests hold both to
  the same bytes;
- the writer is CSV, XLSX or JSON (export_writers.py).
Nothing holds the whole table, so memory stays flat at a million rows. The file is
written under a temporary name in the destination folder (0600: it holds personal
data) and renamed into place only when complete, so a cancelled or failed export
leaves no partial file behind.
"""

from __future__ import annotations

import errno
import os
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app.db import dialect
from app.db.local_time import LocalTimes
from app.domain.errors import DomainError
from app.services.context import ServiceContext
from app.services.export_tables import Table, table
from app.services.export_writers import WRITERS

KINDS = ("members", "purchases", "ledger")
FORMATS = tuple(WRITERS)
CHUNK = 5000

Progress = Callable[[int, int], bool]  # (rows done, rows in total) -> False to cancel
WriteChunks = Callable[[object], Iterator[int]]  # writes to a writer, yielding rows done


@dataclass(frozen=True, slots=True)
class ExportResult:
    kind: str
    format: str
    rows: int
    path: Path | None  # None when cancelled
    cancelled: bool = False


def check_request(kind: str, fmt: str, path: Path) -> Path:
    """Refuse what cannot be written before anything is read."""
    if kind not in KINDS:
        raise DomainError("export_kind", "Choose what to export: members, purchases or ledger.",
                          kind=kind)
    if fmt not in FORMATS:
        raise DomainError("export_format", "Choose the format: CSV, XLSX or JSON.", format=fmt)
    path = Path(path).expanduser()
    if not str(path).strip() or path.is_dir():
        raise DomainError("export_path", "Choose a file to write to.", path=str(path))
    if not path.parent.is_dir():
        raise DomainError("export_folder_missing", "The folder {path} does not exist.",
                          path=str(path.parent))
    return path.resolve()


def export(session: Session, ctx: ServiceContext, kind: str, fmt: str, path: Path,
           progress: Progress | None = None, chunk: int = CHUNK,
           fast: bool = True) -> ExportResult:
    """Write every row of ``kind`` to ``path``. Returns the rows written, or
    ``cancelled`` (and no file) when ``progress`` returned False. ``fast=False`` keeps
    to the portable row source (the reference the database's lines are tested against)."""
    path = check_request(kind, fmt, path)
    writer_class = WRITERS[fmt]
    source = table(session, ctx, kind, LocalTimes(ctx.local, writer_class.TIME_SEP))
    total, write_chunks = _row_source(session, source, chunk, fast and fmt == "csv")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise _file_error(exc, path) from exc
    tmp = Path(tmp_name)
    writer = None
    try:
        with os.fdopen(fd, "wb") as raw:
            writer = writer_class(raw, source.columns, kind)
            done, finished = _write(writer, write_chunks, total, progress)
            if not finished:
                return _cancelled(writer, tmp, kind, fmt, done)
            writer.close()
            writer = None
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        if writer is not None:
            writer.discard()
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _file_error(exc, path) from exc
        raise
    return ExportResult(kind, fmt, done, path)


def _write(writer, write_chunks: WriteChunks, total: int, progress: Progress | None
           ) -> tuple[int, bool]:
    """(rows written, False when ``progress`` cancelled)."""
    if progress is not None and progress(0, total) is False:
        return 0, False
    done = 0
    with closing(write_chunks(writer)) as written:
        for rows in written:
            done += rows
            if progress is not None and progress(done, total) is False:
                return done, False
    return done, True


def _row_source(session: Session, source: Table, size: int, lines: bool
                ) -> tuple[int, WriteChunks]:
    """(rows in total, write_chunks): the database's CSV lines when asked for and it
    builds them, else the portable rows."""
    if lines:
        connection = session.connection()
        planned = dialect.of(connection).csv_lines(connection, source.lines)
        if planned is not None:
            return planned[0], _built_lines(session, source, planned[1], size)
    # the count is for the progress bar; the rows come from one SELECT
    return session.scalar(source.count), _portable_rows(session, source, size)


def _portable_rows(session: Session, source: Table, size: int) -> WriteChunks:
    """Writes chunk after chunk, yielding the rows of each once written."""
    def write_chunks(writer) -> Iterator[int]:
        # Core rows straight from the connection: the ORM's row loading is not needed.
        result = session.connection().execute(source.stmt.execution_options(yield_per=size))
        for rows in result.partitions(size):
            writer.write_columns(source.to_columns(rows), len(rows))
            yield len(rows)
    return write_chunks


def _built_lines(session: Session, source: Table, lines, size: int) -> WriteChunks:
    """The lines the database built, written as blocks; a line it could not build
    comes as the row's id and the portable source writes that row."""
    dbapi = session.connection().connection.dbapi_connection

    def write_chunks(writer) -> Iterator[int]:
        with closing(dbapi.cursor()) as cursor:
            for rows, pieces in lines.chunks(cursor, size):
                for piece in pieces:
                    if isinstance(piece, bytes):
                        writer.write_block(piece)
                    else:
                        one = source.stmt.where(source.model.id == uuid.UUID(piece))
                        row = session.connection().execute(one).all()
                        writer.write_columns(source.to_columns(row), len(row))
                yield rows
    return write_chunks


def _cancelled(writer, tmp: Path, kind: str, fmt: str, done: int = 0) -> ExportResult:
    writer.discard()
    tmp.unlink(missing_ok=True)
    return ExportResult(kind, fmt, done, None, cancelled=True)


def _file_error(exc: OSError, path: Path) -> DomainError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DomainError("export_disk_full", "The disk is full: {path} was not written.",
                           path=str(path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DomainError("export_permission",
                           "No permission to write {path}: choose another folder.",
                           path=str(path))
    reason = exc.strerror or str(exc)
    return DomainError("export_failed", "Could not write {path}: {reason}", path=str(path),
                       reason=reason)
