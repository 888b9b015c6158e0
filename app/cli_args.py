"""What every command's arguments share: the one-line usage error, whole numbers with a
top, days and ids typed on the command line, and the --db/--lang/--till options."""

from __future__ import annotations

import argparse
import sys
import uuid
from datetime import date

from app.cli_words import LANGUAGES, _

MAX_SEED = 2**63 - 1  # the database stores a seed as a signed 64-bit integer
MAX_MEMBERS = 10_000_000  # demo and bench members: ten times the largest shop we plan for


class UsageError(Exception):
    """Arguments that parse but make no sense together: one line, exit 2."""


def whole(top: int):
    """An argparse type: a whole number from 0 to ``top``. A number past it (2**63,
    twenty nines) is refused in words instead of running for ever or overflowing."""
    def parse(text: str) -> int:
        text = text.strip()
        if not (text.isascii() and text.isdigit()) or len(text) > len(str(top)) \
                or int(text) > top:
            raise argparse.ArgumentTypeError(
                _("a whole number from 0 to {top:,} expected, got {text!r}").format(
                    top=top, text=text[:30]))
        return int(text)
    return parse


def common_options(top: bool, till: bool = True) -> argparse.ArgumentParser:
    """--db, --lang, --verbose and --till, before the command or after it. After it they default
    to nothing at all, so `regulars --db shop.sqlite3 check` keeps the --db given first
    (a subcommand's default None would silently put the user's own database back).
    ``till=False`` for a command whose own --till means something else (the report's
    filter)."""
    common = argparse.ArgumentParser(add_help=False)
    default = None if top else argparse.SUPPRESS
    common.add_argument("--db", default=default, help=_(
        "database file path or SQLAlchemy URL (default: REGULARS_DB or the user data "
        "directory)"))
    common.add_argument("--lang", choices=LANGUAGES, default=default, help=_(
        "language of the till and of these words (default: REGULARS_LANG, the saved "
        "setting, the system's)"))
    # Read before parsing (cli._early_options); here for its help and its place.
    common.add_argument("--verbose", action="store_true", default=default, help=_(
        "show the log's information lines (migrations, backups) on the console too"))
    if till:
        common.add_argument("--till", default=default, help=_(
            "this till's name; default: REGULARS_TILL, then the name given at the till's "
            "first start on this computer"))
    return common


def iso_day(text: str | None, option: str) -> date:
    if text is None:
        raise UsageError(_("a period draw needs {option} YYYY-MM-DD").format(option=option))
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(_("{option} {text!r} is not a date like 2026-01-31").format(
            option=option, text=text)) from None


def parse_uuid(text: str | None, option: str) -> uuid.UUID | None:
    if text is None:
        return None
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise UsageError(_("{option} {text!r} is not an id").format(
            option=option, text=text)) from None


class PercentOnStderr:
    """A long command's progress: the percent done, rewritten in place on standard error
    when that is a terminal (a script's log gets nothing); ``end`` closes the line."""

    def __init__(self) -> None:
        self.shown = -1

    def __call__(self, done: int, total: int) -> bool:
        percent = 100 * done // total if total else 100
        if sys.stderr.isatty() and percent != self.shown:
            self.shown = percent
            print(f"\r{percent}%", end="", file=sys.stderr, flush=True)
        return True  # go on: the command line has no cancel button

    def end(self) -> None:
        if self.shown >= 0:
            print(file=sys.stderr)
