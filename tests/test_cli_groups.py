"""The command line's seams: app.cli:main builds its parser from the command modules
and dispatches through their COMMANDS tables; the shared progress line."""

import argparse
import io

import pytest

from app import cli
from app.cli_args import PercentOnStderr


def _subcommands() -> set[str]:
    parser = cli._parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


def test_every_subcommand_has_its_command_and_no_command_is_unreachable():
    commands = [name for group in cli.GROUPS for name in group.COMMANDS]
    assert len(commands) == len(set(commands)), "two modules claim the same command"
    assert set(commands) == _subcommands()
    assert {"backup", "restore", "report", "import", "refund", "staff", "bench"} <= set(commands)


@pytest.mark.parametrize("group", cli.GROUPS, ids=lambda g: g.__name__)
def test_each_group_parses_only_its_own_commands(group):
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    group.add_parsers(sub, argparse.ArgumentParser(add_help=False))
    assert set(sub.choices) == set(group.COMMANDS)


def test_progress_is_a_percent_rewritten_in_place_on_a_terminal(monkeypatch):
    err = io.StringIO()
    err.isatty = lambda: True
    monkeypatch.setattr("sys.stderr", err)
    progress = PercentOnStderr()
    assert [progress(done, 200) for done in (0, 1, 100, 101, 200)] == [True] * 5
    progress.end()
    assert err.getvalue() == "\r0%\r50%\r100%\n"


def test_progress_writes_nothing_into_a_log(monkeypatch):
    err = io.StringIO()  # not a terminal
    monkeypatch.setattr("sys.stderr", err)
    progress = PercentOnStderr()
    progress(1, 2)
    progress.end()
    assert err.getvalue() == ""
