"""The command line as an operator runs it."""

import json
import sqlite3

import pytest
from sqlalchemy import create_engine, text

from app import __version__
from app.cli import main
from app.db.engine import database_url
from app.services.context import SYSTEM

ON_BOTH = pytest.mark.both_databases  # a SQLite file, then the shop's PostgreSQL server


def _sql(db, statement: str) -> list[tuple]:
    """Run one statement on the database behind ``db`` (a file or a URL), behind the
    program's back; its rows."""
    engine = create_engine(database_url(str(db)))
    try:
        with engine.begin() as conn:
            result = conn.execute(text(statement))
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


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


@ON_BOTH
def test_check_reports_a_balance_that_disagrees_with_the_ledger(db_location, capsys):
    db = db_location
    main(["demo", "--db", str(db), "--members", "5"])
    _sql(db, "UPDATE member SET balance = balance + 7 WHERE id = "
             "(SELECT id FROM member ORDER BY card_number LIMIT 1 OFFSET 1)")
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


def test_db_and_lang_may_come_before_the_command(tmp_path, monkeypatch, capsys):
    """`regulars --db shop.sqlite3 check` checks that file, not the user's own database
    (the command's own --db default used to put it back, silently)."""
    own = tmp_path / "own.sqlite3"
    monkeypatch.setenv("REGULARS_DB", str(own))
    shop = tmp_path / "shop.sqlite3"
    assert main(["--db", str(shop), "demo", "--members", "4"]) == 0
    assert len(_names(shop)) == 4 and not own.exists()
    capsys.readouterr()
    assert main(["--db", str(shop), "--lang", "en", "check"]) == 0
    assert "4 members" in capsys.readouterr().out
    assert main(["check", "--db", str(shop)]) == 0  # after the command, as before
    assert "4 members" in capsys.readouterr().out


def test_the_till_may_be_named_before_or_after_the_command(tmp_path, monkeypatch, capsys):
    """`regulars check --till NAME` as `regulars --till NAME check`: the command runs as
    that till (made on first use), like --db and --lang; it used to be refused."""
    monkeypatch.setenv("REGULARS_TILL", "")  # main() sets it for the run: undone after
    monkeypatch.delenv("REGULARS_TILL")
    shop = tmp_path / "shop.sqlite3"
    assert main(["demo", "--db", str(shop), "--members", "2"]) == 0
    assert main(["check", "--db", str(shop), "--till", "Back room"]) == 0
    assert main(["--till", "Front counter", "check", "--db", str(shop)]) == 0
    assert main(["--till", "Ignored", "check", "--db", str(shop), "--till", "Café"]) == 0
    with sqlite3.connect(shop) as db:
        names = {r[0] for r in db.execute("SELECT name FROM till")}
    assert names == {"Till 1", "Back room", "Front counter", "Café"}
    assert "2 members" in capsys.readouterr().out


def test_the_reports_own_till_is_the_filter_and_the_till_named_first_runs_it(
        tmp_path, monkeypatch, capsys):
    """`report --till ID` is the report's filter; it used to become this till's name
    too (a till named by the id), and `--till NAME` before `report` was lost."""
    monkeypatch.setenv("REGULARS_TILL", "")
    monkeypatch.delenv("REGULARS_TILL")
    shop = tmp_path / "shop.sqlite3"
    assert main(["demo", "--db", str(shop), "--members", "2"]) == 0
    with sqlite3.connect(shop) as db:
        [(first_till,)] = db.execute("SELECT id FROM till").fetchall()
    assert main(["--till", "Back room", "report", "--db", str(shop), "--from", "2026-01-01",
                 "--to", "2026-01-31", "--out", str(tmp_path / "r.csv"),
                 "--till", first_till]) == 0
    with sqlite3.connect(shop) as db:
        assert {r[0] for r in db.execute("SELECT name FROM till")} == {"Till 1", "Back room"}
    assert "written to" in capsys.readouterr().out


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


# ---- the manager's tools: program health, the prize draw, maintenance, charity --------


def _demo_db(db, members=300):
    """A demo shop in ``db`` (a file or a server's URL)."""
    assert main(["demo", "--db", str(db), "--members", str(members), "--seed", "1"]) == 0
    return db


def _draw_args(db, *extra):
    return ["draw", "--db", str(db), "--name", "Hoarders 2026", "--min-points", "1000",
            "--prize", "Coffee machine", "--prize", "Kettle", *extra]


def test_program_health_prints_tiers_and_flags(tmp_path, capsys):
    db = _demo_db(tmp_path / "shop.sqlite3")
    capsys.readouterr()
    assert main(["program-health", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("300 members; the median member earns about ")
    lines = out.splitlines()
    assert [line.split()[0] for line in lines[2:5]] == ["Bunny", "Wolf", "Lion"]
    assert "from the start" in lines[2]
    # The demo shop earns slowly: the default Lion at 10,000 is decades away.
    assert "! The top tier is out of reach: the median member would need " in out
    assert "Aim for two to three." in out


def test_program_health_as_json(tmp_path, capsys):
    import json
    db = _demo_db(tmp_path / "shop.sqlite3")
    capsys.readouterr()
    assert main(["program-health", "--db", str(db), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["members"] == 300
    assert [t["key"] for t in data["tiers"]] == ["bunny", "wolf", "lion"]
    assert sum(t["members"] for t in data["tiers"]) == 300
    assert "top_out_of_reach" in data["flags"]
    assert data["messages"]["top_out_of_reach"].startswith("The top tier is out of reach")


@ON_BOTH
def test_draw_prints_seed_digest_and_winners_and_verifies(db_location, capsys):
    db = _demo_db(db_location)
    capsys.readouterr()
    assert main(_draw_args(db, "--seed", "42")) == 0
    out = capsys.readouterr().out.splitlines()
    draw_id = out[0].split()[1].rstrip(":")
    assert out[0] == f"draw {draw_id}: Hoarders 2026"
    assert out[1].startswith("seed 42 (anyone can re-run this draw with it")
    assert out[2].startswith("eligible: ") and "list digest " in out[2]
    assert out[3].startswith("1. ") and out[3].endswith(": Coffee machine")
    assert out[4].startswith("2. ") and out[4].endswith(": Kettle")
    # The same seed on the same list draws the same winners.
    assert main(_draw_args(db, "--seed", "42")) == 0
    assert capsys.readouterr().out.splitlines()[2:] == out[2:]
    assert main(["draw", "--db", str(db), "--verify", draw_id]) == 0
    assert capsys.readouterr().out.startswith("verified: ")
    # A winner changed behind the program's back is noticed.
    _sql(db, "UPDATE draw_winner SET member_id = (SELECT member_id FROM draw_winner "
             "WHERE place = 2 LIMIT 1) WHERE place = 1")
    assert main(["draw", "--db", str(db), "--verify", draw_id]) == 1
    assert capsys.readouterr().out.startswith("DOES NOT MATCH: ")


def test_period_draw_counts_the_inclusive_period(tmp_path, capsys):
    db = _demo_db(tmp_path / "shop.sqlite3")
    capsys.readouterr()
    args = ["draw", "--db", str(db), "--name", "Any", "--min-points", "1", "--prize", "Mug",
            "--basis", "qualifying", "--from", "2000-01-01", "--to", "2100-12-31", "--seed", "1"]
    assert main(args) == 0
    eligible = int(capsys.readouterr().out.splitlines()[2].split()[1])
    with sqlite3.connect(db) as raw:
        earners = raw.execute("SELECT COUNT(*) FROM member WHERE qualifying_points >= 1").fetchone()[0]
    assert eligible == earners > 0


def test_draw_errors_are_one_line_and_exit_2(tmp_path, capsys):
    db = _demo_db(tmp_path / "shop.sqlite3", members=20)
    capsys.readouterr()
    cases = [
        (_draw_args(db, "--seed", "-3"), "--seed is a whole number"),
        (_draw_args(db, "--seed", "²"), "--seed is a whole number"),
        (_draw_args(db, "--seed", str(2**63)), "--seed is a whole number"),
        (["draw", "--db", str(db), "--name", "X"], "a draw needs --min-points, --prize"),
        (["draw", "--db", str(db), "--name", "X", "--min-points", "0", "--prize", "A"],
         "Set the points a member needs, at least 1."),
        (["draw", "--db", str(db), "--name", "X", "--min-points", "10000000", "--prize", "A"],
         "Nobody meets these conditions."),
        (_draw_args(db, "--basis", "qualifying", "--from", "2026-01-01"), "needs --to"),
        (_draw_args(db, "--basis", "qualifying", "--from", "2026-13-01", "--to", "2026-12-01"),
         "is not a date"),
        (_draw_args(db, "--basis", "qualifying", "--from", "2026-02-01", "--to", "2026-01-01"),
         "Choose a period that ends after it starts."),
        (_draw_args(db, "--from", "2026-01-01"), "--from/--to need --basis qualifying"),
        (["draw", "--db", str(db), "--verify", "nope"], "'nope' is not a draw id"),
        (["draw", "--db", str(db), "--verify", "00000000-0000-4000-8000-000000000000"],
         "No such draw."),
    ]
    for args, message in cases:
        assert main(args) == 2, args
        captured = capsys.readouterr()
        assert captured.out == ""
        err = captured.err.strip()
        assert err.startswith("regulars: ") and message in err and "\n" not in err, (args, err)
    with sqlite3.connect(db) as raw:
        assert raw.execute("SELECT COUNT(*) FROM draw").fetchone()[0] == 0


@ON_BOTH
def test_maintain_prints_the_counts(db_location, capsys):
    db = _demo_db(db_location, members=10)
    capsys.readouterr()
    assert main(["maintain", "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip() == "expired 0 point lot(s), reviewed 0 member tier(s)"


@ON_BOTH
def test_charity_prints_totals_per_cause(db_location, capsys):
    import uuid

    from sqlalchemy import select

    from app.bootstrap import open_app
    from app.db.models import Member
    db = _demo_db(db_location, members=10)
    app = open_app(str(db), "en", acting=SYSTEM)
    with app.engine.connect() as conn:
        member_id = conn.scalar(select(Member.id).order_by(Member.balance.desc()).limit(1))
    from app.domain.giving import Verification
    scanned = Verification("card", card=app.terminal.till.member(member_id).card_number)
    app.terminal.till.donate(uuid.uuid4(), member_id, "shelter", 20, scanned)
    app.terminal.till.donate(uuid.uuid4(), member_id, "shelter", 15, scanned)
    app.engine.dispose()
    capsys.readouterr()
    assert main(["charity", "--db", str(db), "--lang", "en"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Faithful Friend animal shelter: 35 points from 2 donation(s) by 1 member(s)",
        "total: 35 points from 2 donation(s)"]


def test_numbers_past_what_can_be_stored_are_refused_in_words(tmp_path, capsys):
    db = _demo_db(tmp_path / "shop.sqlite3", members=3)
    capsys.readouterr()
    for huge in (str(2**63), "99999999999999999999"):
        assert main(["draw", "--db", str(db), "--name", "X", "--min-points", huge,
                     "--prize", "A"]) == 2
        captured = capsys.readouterr()
        assert captured.err.strip() == "regulars: At most 10,000,000 points."
        for args in (["demo", "--db", str(db), "--members", huge],
                     ["demo", "--db", str(db), "--seed", huge],
                     ["bench", "--db", str(db), "--members", huge]):
            try:
                main(args)
            except SystemExit as exc:
                assert exc.code == 2, args
            else:
                raise AssertionError(f"{args} was not refused")
            err = capsys.readouterr().err
            assert "a whole number from 0 to" in err and "Traceback" not in err, err
    with sqlite3.connect(db) as raw:
        assert raw.execute("SELECT COUNT(*) FROM member").fetchone()[0] == 3
        assert raw.execute("SELECT COUNT(*) FROM draw").fetchone()[0] == 0


# ---- the way back for a locked-out lone owner (issue #14) ------------------------------


def _locked_owner(db):
    from app.bootstrap import open_app
    from app.domain.errors import DomainError
    app = open_app(str(db), "en", acting=SYSTEM)
    app.terminal.sign_in.create_owner("Ольга", "1234")
    for _ in range(5):
        with pytest.raises(DomainError):
            app.terminal.sign_in.login("Ольга", "0000")
    app.engine.dispose()
    return db


def _sign_in(db, pin):
    from app.bootstrap import open_app
    app = open_app(str(db), "en", acting=SYSTEM)
    try:
        return app.terminal.sign_in.login("Ольга", pin).name
    finally:
        app.engine.dispose()


@ON_BOTH
def test_staff_reset_pin_from_stdin_lifts_the_lock_and_is_audited(db_location, monkeypatch,
                                                                   capsys):
    import io
    db = _locked_owner(db_location)
    monkeypatch.setattr("sys.stdin", io.StringIO("5678\n"))
    assert main(["staff", "reset-pin", "ольга", "--pin-stdin", "--db", str(db)]) == 0
    assert "new PIN set for Ольга (owner)" in capsys.readouterr().out
    assert _sign_in(db, "5678") == "Ольга"
    rows = _sql(db, "SELECT staff_name, details FROM audit WHERE action = 'staff_pin_reset'")
    assert [(name, json.loads(details) if isinstance(details, str) else details)
            for name, details in rows] == [("system", {"via": "command line"})]


@ON_BOTH
def test_staff_reset_pin_asks_twice_without_echo_and_refuses_a_mismatch(db_location, monkeypatch,
                                                                        capsys):
    db = _locked_owner(db_location)
    answers = iter(["5678", "5679"])
    prompts = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: prompts.append(prompt) or next(answers))
    assert main(["staff", "reset-pin", "Ольга", "--db", str(db)]) == 2
    assert prompts == ["New PIN (4 to 8 digits): ", "The new PIN again: "]
    assert "the two PINs differ; nothing changed" in capsys.readouterr().err
    answers = iter(["12", "12"])
    assert main(["staff", "reset-pin", "Ольга", "--db", str(db)]) == 2
    assert "A PIN is 4 to 8 digits." in capsys.readouterr().err
    answers = iter(["2468", "2468"])
    assert main(["staff", "reset-pin", "Nobody", "--db", str(db)]) == 2
    assert "No such staff member." in capsys.readouterr().err
    answers = iter(["2468", "2468"])
    assert main(["staff", "reset-pin", "Ольга", "--db", str(db)]) == 0
    assert _sign_in(db, "2468") == "Ольга"
