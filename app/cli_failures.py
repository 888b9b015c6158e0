"""How a command ends when it cannot do its work: one line in the user's language and
an exit status, the details in the log file, never a traceback on the console.

The exit statuses (also in `regulars --help`):
0 done · 1 problems found (check, draw --verify, a refused import, a bench with errors) ·
2 refused: the command line's usage, bad input, a missing, damaged or newer database, a
server that does not answer, a file that cannot be read or written · 70 an unexpected
error (a fault of the program: the traceback is in the log) · 130 interrupted (Ctrl+C) ·
141 whoever read the output stopped reading (`regulars … | head`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.cli_args import UsageError
from app.cli_words import _
from app.domain.errors import DomainError, ValidationErrors
from app.launch import (
    DRIVER_ERRORS,
    REFUSALS,
    DatabaseEmpty,
    DatabaseMissing,
    DatabaseTooNew,
    DatabaseUnreadable,
    database_name,
)
from app.services import storage

log = logging.getLogger(__name__)

OK, PROBLEMS, REFUSED, UNEXPECTED, INTERRUPTED, PIPE_CLOSED = 0, 1, 2, 70, 130, 141


def exit_codes() -> str:
    """The help's epilog: what each exit status means."""
    return _("exit status:\n"
             "  0    done\n"
             "  1    problems found (check, draw --verify, a refused import, bench errors)\n"
             "  2    refused: wrong usage or input; a database missing, damaged or too new;\n"
             "       a server that does not answer; a file that cannot be read or written\n"
             "  70   unexpected error (the details are in the log file)\n"
             "  130  interrupted (Ctrl+C)\n"
             "  141  the output was closed early (e.g. | head)")


def explain(exc: BaseException, db: str | None, log_path: Path | None) -> str | None:
    """The one line for an expected failure (exit status 2); None for anything else,
    which is a fault of the program. A failure of the storage or of a file names the log
    file, which holds the driver's or the system's own words."""
    if isinstance(exc, UsageError):
        return str(exc)  # already in words at the place that refused
    if isinstance(exc, REFUSALS):
        return _refusal(exc, db, log_path)
    if isinstance(exc, DRIVER_ERRORS):
        exc = storage.translate(exc)
        if exc is None:
            return None
    if isinstance(exc, storage.StorageError):
        return _with_log(domain_words(exc), log_path)
    if isinstance(exc, DomainError):
        return domain_words(exc)
    if isinstance(exc, OSError) and exc.filename is not None:
        return _with_log(_file_words(exc), log_path)
    return None


def _with_log(line: str, log_path: Path | None) -> str:
    if log_path is None:
        return line
    return _("{line} (details in {log})").format(line=line, log=log_path)


def worth_logging(exc: BaseException) -> bool:
    """Whether the failure's details belong in the log: the storage's, a file's, a
    refused database's. A rule's refusal is said in full on the console and not logged
    (its words may name a member, and the log keeps no personal data)."""
    if isinstance(exc, storage.StorageError):
        return True
    return not isinstance(exc, (UsageError, DomainError))


def domain_words(exc: DomainError) -> str:
    """A rule's refusal in the user's language: its English template translated, then
    filled with its parameters (the UI does the same through Qt, by the error's code)."""
    if isinstance(exc, ValidationErrors):
        return "; ".join(domain_words(e) for e in exc.errors)
    if storage.is_away(exc):
        detail = str(exc.params.get("detail", "")).strip().splitlines()
        reason = f" ({detail[0].strip()})" if detail else ""
        return _("the shop's server does not answer{reason}; nothing was saved. "
                 "Try again later.").format(reason=reason)
    template = _(str(exc.args[0])) if exc.args else str(exc)
    try:
        return template.format_map(_Keep(exc.params))
    except (ValueError, IndexError, AttributeError):  # braces that are not placeholders
        return template


class _Keep(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _refusal(exc: BaseException, db: str | None, log_path: Path | None) -> str:
    name = database_name(db)
    if isinstance(exc, DatabaseMissing):
        return _("no database at {db} (check --db or REGULARS_DB; `regulars demo` or the "
                 "till's first start creates one)").format(db=name)
    if isinstance(exc, DatabaseEmpty):
        return _("{db} is empty (0 bytes): the shop's data is not in it. Restore a backup "
                 "(regulars restore FILE); nothing was changed.").format(db=name)
    if isinstance(exc, DatabaseUnreadable):
        return _("{db} is not a Regulars database or is damaged; nothing was changed "
                 "(details in {log}).").format(db=name, log=log_path or "-")
    if isinstance(exc, DatabaseTooNew):
        return _("{db} was written by a newer version of Regulars: install that version "
                 "to open it. Nothing was changed.").format(db=name)
    return str(exc)  # a backup refused by app/db: its own (English) words name the file


def _file_words(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return _("no such file or folder: {file}").format(file=exc.filename)
    if isinstance(exc, PermissionError):
        return _("no permission to read or write {file}").format(file=exc.filename)
    return _("cannot read or write {file}: {reason}").format(file=exc.filename,
                                                             reason=exc.strerror or exc)
