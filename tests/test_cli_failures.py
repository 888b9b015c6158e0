"""How a real `regulars` process ends when it cannot do its work: one line in the user's
language on standard error, the exit status the help documents, the details in the log
file it names, never a traceback; and the console quiet unless --verbose."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.launch import setup_logging


def _env(tmp_path: Path, lang: str) -> dict[str, str]:
    env = dict(os.environ, REGULARS_LANG=lang, XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("REGULARS_DB", None)
    return env


def _log(tmp_path: Path) -> Path:
    return tmp_path / "state" / "Regulars" / "log" / "regulars.log"


def _run(tmp_path: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          env=_env(tmp_path, lang), timeout=120)


@pytest.fixture
def shop(tmp_path) -> Path:
    db = tmp_path / "shop.sqlite3"
    assert _run(tmp_path, "demo", "--db", str(db), "--members", "5").returncode == 0
    return db


def test_output_closed_early_ends_quietly(tmp_path, shop):
    """`regulars program-health | head -1`: the reader is gone before the lines come."""
    proc = subprocess.Popen([sys.executable, "-m", "app", "program-health", "--db", str(shop)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=_env(tmp_path, "en"))
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert (proc.wait(timeout=120), err) == (141, "")


def test_a_missing_file_is_one_line_in_latvian(tmp_path, shop):
    done = _run(tmp_path, "import", "members", str(tmp_path / "people.csv"), "--db", str(shop),
                lang="lv")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == ("regulars: people.csv nav atrodams: pārvietots, pārdēvēts vai "
                           "izdzēsts? Izvēlieties to vēlreiz.\n")


def test_a_file_that_cannot_be_written_is_one_line_naming_the_log(tmp_path, shop):
    (tmp_path / "cards.pdf").mkdir()  # a folder where the file should go
    done = _run(tmp_path, "cards", "--members", "all", "--out", str(tmp_path / "cards.pdf"),
                "--db", str(shop), lang="ru")
    assert done.returncode == 2
    assert done.stderr.startswith("regulars: не удаётся прочитать или записать ")
    assert done.stderr.endswith(f" (подробности в {_log(tmp_path)})\n")
    assert "Traceback" not in done.stderr and "IsADirectoryError" in _log(tmp_path).read_text()


def test_a_server_away_is_one_line_and_the_drivers_words_are_in_the_log(tmp_path):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    done = _run(tmp_path, "check", "--db", f"postgresql+psycopg://till:secret@127.0.0.1:{port}/shop",
                lang="ru")
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("regulars: сервер магазина не отвечает ("), lines
    assert lines[0].endswith(f"ничего не сохранено. Попробуйте позже. (подробности в "
                             f"{_log(tmp_path)})")
    assert "secret" not in done.stderr
    assert "OperationalError" in _log(tmp_path).read_text()


def test_a_damaged_database_is_one_line(tmp_path):
    db = tmp_path / "shop.sqlite3"
    db.write_bytes(b"not a database at all " * 400)
    done = _run(tmp_path, "check", "--db", str(db), lang="lv")
    assert done.returncode == 2
    assert done.stderr == (f"regulars: {db} nav Regulars datubāze vai ir bojāta; nekas nav "
                           f"mainīts (sīkāk: {_log(tmp_path)}).\n")
    assert "file is not a database" in _log(tmp_path).read_text()


def test_an_unexpected_error_is_one_line_with_exit_70_and_the_traceback_in_the_log(tmp_path):
    done = _run(tmp_path, "check", "--db", "postgresql://till@127.0.0.1:not-a-port/shop")
    assert (done.returncode, done.stdout) == (70, "")
    assert done.stderr == f"regulars: Unexpected error (ValueError); details in {_log(tmp_path)}\n"
    log = _log(tmp_path).read_text()
    assert "unexpected error in `regulars check`" in log and "Traceback" in log


def test_a_first_start_prints_no_alembic_lines_unless_verbose(tmp_path):
    quiet = _run(tmp_path, "demo", "--db", str(tmp_path / "new.sqlite3"), "--members", "5")
    assert quiet.returncode == 0 and quiet.stderr == ""
    assert "INFO alembic.runtime.migration" in _log(tmp_path).read_text()
    loud = _run(tmp_path, "demo", "--db", str(tmp_path / "other.sqlite3"), "--members", "5",
                "--verbose")
    assert loud.returncode == 0
    assert "INFO alembic.runtime.migration: Running upgrade" in loud.stderr


def test_the_logging_keeps_the_console_to_warnings(tmp_path, monkeypatch, capsys):
    """The till's start goes through the same setup: INFO to the file only."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    path = setup_logging(verbose=False)
    try:
        logging.getLogger("alembic.runtime.migration").info("Running upgrade 0001 -> 0002")
        logging.getLogger("app.test").warning("the disk is nearly full")
        assert capsys.readouterr().err == "WARNING app.test: the disk is nearly full\n"
        assert "Running upgrade 0001 -> 0002" in path.read_text()
    finally:
        for handler in [h for h in logging.getLogger().handlers if getattr(h, "regulars", 0)]:
            logging.getLogger().removeHandler(handler)
            handler.close()
