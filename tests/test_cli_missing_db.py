"""A command that reads the shop's data never turns a missing or empty (0-byte) database
file into a new empty one: one clear line, exit status 2, the file as it was."""

import socket
import uuid

import pytest

from app.cli import main

COMMANDS = {
    "check": ["check"],
    "export": ["export", "members", "--out", "{tmp}/m.csv"],
    "backup": ["backup"],
    "backup --out": ["backup", "--out", "{tmp}/copy.sqlite3"],
    "report": ["report", "--from", "2026-01-01", "--to", "2026-01-31", "--out", "{tmp}/r.csv"],
    "cards": ["cards", "--members", "all", "--out", "{tmp}/c.pdf"],
    "program-health": ["program-health"],
    "charity": ["charity"],
    "draw --verify": ["draw", "--verify", str(uuid.UUID(int=7))],
    "draw": ["draw", "--name", "May", "--min-points", "1", "--prize", "Cake"],
    "maintain": ["maintain"],
    "import": ["import", "members", "{tmp}/people.csv"],
}


def _run(name, tmp_path, db):
    (tmp_path / "people.csv").write_text("name;phone\nAnna;+79161000000\n", encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in COMMANDS[name]]
    return main(args + ["--db", str(db)])


@pytest.mark.parametrize("name", COMMANDS)
def test_an_empty_database_file_is_refused_and_left_empty(name, tmp_path, capsys):
    db = tmp_path / "shop.sqlite3"
    db.write_bytes(b"")
    assert _run(name, tmp_path, db) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is empty (0 bytes)" in err[0], err
    assert db.stat().st_size == 0
    assert not (tmp_path / "backups").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["people.csv", "shop.sqlite3"]


@pytest.mark.parametrize("name", COMMANDS)
def test_a_database_that_does_not_exist_is_not_created(name, tmp_path, capsys):
    db = tmp_path / "typo.sqlite3"
    assert _run(name, tmp_path, db) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"no database at {db}" in err[0], err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["people.csv"]


def test_demo_still_creates_a_new_database_and_then_everything_reads_it(tmp_path, capsys):
    db = tmp_path / "new.sqlite3"
    assert main(["demo", "--db", str(db), "--members", "3"]) == 0
    assert main(["check", "--db", str(db)]) == 0
    assert "3 members" in capsys.readouterr().out


def test_demo_refuses_an_empty_file_too(tmp_path, capsys):
    """0 bytes is a lost database (a failed copy, a full disk), not a new one."""
    db = tmp_path / "shop.sqlite3"
    db.write_bytes(b"")
    assert main(["demo", "--db", str(db), "--members", "3"]) == 2
    assert "is empty (0 bytes)" in capsys.readouterr().err
    assert db.stat().st_size == 0


@pytest.mark.parametrize("command", ["check", "demo"])
def test_a_server_that_does_not_answer_is_one_line_and_exit_2(command, capsys):
    pytest.importorskip("psycopg")  # PostgreSQL's driver (the [postgres] extra)
    with socket.socket() as s:  # a port nobody listens on: the server is away
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert main([command, "--db", f"postgresql+psycopg://till:secret@127.0.0.1:{port}/shop"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("regulars: the shop's server does not answer ("), err
    assert f"port {port}" in err[0] and "nothing was saved" in err[0] and "secret" not in err[0]
