"""The command line as an operator runs it."""

import sqlite3

from app import __version__
from app.cli import main


def _names(path):
    with sqlite3.connect(path) as db:
        return db.execute("SELECT first_name, last_name, phone, card_number, balance "
                          "FROM member ORDER BY card_number").fetchall()


def test_demo_adds_exactly_n_members_and_same_seed_gives_same_data(tmp_path, capsys):
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert main(["demo", "--db", str(a), "--members", "37", "--seed", "9"]) == 0
    assert main(["demo", "--db", str(b), "--members", "37", "--seed", "9"]) == 0
    assert len(_names(a)) == 37
    assert _names(a) == _names(b)
    assert main(["check", "--db", str(a)]) == 0
    assert "37 members" in capsys.readouterr().out


def test_check_reports_a_balance_that_disagrees_with_the_ledger(tmp_path, capsys):
    db = tmp_path / "x.sqlite3"
    main(["demo", "--db", str(db), "--members", "5"])
    with sqlite3.connect(db) as raw:
        raw.execute("UPDATE member SET balance = balance + 7 WHERE rowid = 2")
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    # The cached balance disagrees with the ledger, and with the point lots.
    assert "2 problem(s)" in out and "cached balance" in out and "point lots hold" in out


def test_a_file_that_is_not_a_database_is_refused_clearly(tmp_path, capsys):
    db = tmp_path / "broken.sqlite3"
    db.write_bytes(b"this is not sqlite" * 500)
    assert main(["check", "--db", str(db)]) == 2
    assert "not a Regulars database or is damaged" in capsys.readouterr().err
    assert db.read_bytes() == b"this is not sqlite" * 500


def test_regulars_db_environment_variable_is_used(tmp_path, monkeypatch, capsys):
    db = tmp_path / "env.sqlite3"
    monkeypatch.setenv("REGULARS_DB", str(db))
    assert main(["demo", "--members", "3"]) == 0
    assert len(_names(db)) == 3


def test_version(capsys):
    try:
        main(["--version"])
    except SystemExit as stop:
        assert stop.code == 0
    assert capsys.readouterr().out.strip() == f"regulars {__version__}"
