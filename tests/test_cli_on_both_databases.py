"""Every command that opens the database, as an operator runs it (a real `regulars`
process), on a SQLite file and on the shop's PostgreSQL server (issue #16). The demo
shop is the same on both (the same seed gives the same members, ids and history), so
each command must say the same words and write the same files on both, to the byte:
a difference is PostgreSQL doing something SQLite does not."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.bootstrap import open_app
from app.services.context import SYSTEM

REGULARS = str(Path(sys.executable).with_name("regulars"))
ROOT = Path(__file__).resolve().parents[1]
MEMBERS = 30


def regulars(db: str, cwd: Path, *args: str, stdin: str | None = None):
    """(exit code, what it printed, what it said on stderr), the database named "<db>"."""
    cwd.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([REGULARS, *args, "--db", db], cwd=cwd, input=stdin, text=True,
                          capture_output=True, timeout=300)
    said = [re.sub(r"(sqlite|postgresql)\S*", "<db>", text) for text in (done.stdout,
                                                                          done.stderr)]
    return done.returncode, *said


def _owner(db: str) -> None:
    app = open_app(db, "en", acting=SYSTEM)
    app.terminal.sign_in.create_owner("Ольга", "1234")
    app.engine.dispose()


@pytest.fixture(scope="module")
def shops(postgres_module_url, tmp_path_factory):
    """The same demo shop, made by `regulars demo`, in a SQLite file and on the server."""
    made = {"sqlite": str(tmp_path_factory.mktemp("shop") / "shop.sqlite3"),
            "postgresql": postgres_module_url}
    for kind, db in made.items():
        code, out, err = regulars(db, tmp_path_factory.mktemp(kind), "demo", "--members",
                                  str(MEMBERS), "--seed", "3")
        assert (code, out, err) == (0, f"added {MEMBERS} demo members to <db>\n", ""), kind
        _owner(db)
    return made


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv("REGULARS_LANG", "en")


def _file(path: Path) -> bytes:
    """A written file, without the line that says when it was made."""
    data = path.read_bytes()
    return re.sub(rb"Made on [^\n]*\n", b"", data) if path.suffix == ".csv" else data


# (id, arguments, files it writes, a line it must print on both)
COMMANDS = [
    ("check", ["check"], [], f"{MEMBERS} members, 183 ledger rows: consistent"),
    ("program-health", ["program-health"], [], f"{MEMBERS} members; the median member earns"),
    ("program-health-json", ["program-health", "--json"], [], f'"members": {MEMBERS}'),
    ("report", ["report", "--from", "2020-01-01", "--to", "2030-12-31", "--out", "r.csv"],
     ["r.csv"], "report for 2020-01-01..2030-12-31 written to r.csv"),
    ("report-xlsx", ["report", "--from", "2020-01-01", "--to", "2030-12-31", "--format",
                     "xlsx", "--out", "r.xlsx"], [], "written to r.xlsx"),
    ("export-members", ["export", "--out", "m.csv", "members"], ["m.csv"],
     f"exported {MEMBERS} members row(s)"),
    ("export-purchases", ["export", "--format", "json", "--out", "p.json", "purchases"],
     ["p.json"], "purchases row(s)"),
    ("export-ledger", ["export", "--format", "json", "--out", "l.json", "ledger"], ["l.json"],
     "exported 183 ledger row(s)"),
    ("export-xlsx", ["export", "--format", "xlsx", "--out", "l.xlsx", "ledger"], [],
     "exported 183 ledger row(s)"),
    ("charity", ["charity"], [], "total: 0 points from 0 donation(s)"),
    ("draw", ["draw", "--name", "Spring", "--min-points", "100", "--prize", "Mug",
              "--prize", "Cup", "--seed", "5"], [], "eligible: 14 members, list digest "),
    ("cards", ["cards", "--out", "c.pdf"], [],
     f"{MEMBERS} card(s) on 3 page(s) written to"),
    ("import-dry-run", ["import", "members", str(ROOT / "tests/fixtures/import/dirty_utf8_comma.csv"),
                        "--dry-run", "--valid-only"], [], "dry run: nothing was saved"),
]


@pytest.mark.parametrize("args, files, line", [c[1:] for c in COMMANDS],
                         ids=[c[0] for c in COMMANDS])
def test_a_command_says_and_writes_the_same_on_both_databases(shops, tmp_path, args, files,
                                                              line):
    ran = {kind: regulars(db, tmp_path / kind, *args) for kind, db in shops.items()}
    code, out, err = ran["sqlite"]
    assert (code, err) == (0, ""), err
    assert line in out
    # A draw's id is new each time, and program health's rates are measured against
    # the clock of each run (days since enrolment); everything else is the shop's own.
    same = {kind: re.sub(r"\d+\.\d{5,}", "<real>",
                         re.sub(r"[0-9a-f]{8}-[0-9a-f-]{27}", "<id>", said))
            for kind, (_code, said, _err) in ran.items()}
    assert ran["postgresql"][0::2] == (0, "") and same["postgresql"] == same["sqlite"]
    for name in files:
        assert _file(tmp_path / "postgresql" / name) == _file(tmp_path / "sqlite" / name), name


def test_the_staff_command_resets_a_pin_on_both_databases(shops, tmp_path):
    for kind, db in shops.items():
        code, out, err = regulars(db, tmp_path / kind, "staff", "reset-pin", "ольга",
                                  "--pin-stdin", stdin="5678\n")
        assert (code, out.strip(), err) == (0, "new PIN set for Ольга (owner); the lock, if any, is lifted", ""), kind
        app = open_app(db, "en")
        try:
            assert app.terminal.sign_in.login("Ольга", "5678").name == "Ольга"
        finally:
            app.engine.dispose()
        code, _out, err = regulars(db, tmp_path / kind, "staff", "reset-pin", "Nobody",
                                   "--pin-stdin", stdin="5678\n")
        assert (code, err.strip()) == (2, "regulars: No such staff member."), kind


IMPORT = "Имя,Фамилия,Телефон\nАнна,Петрова,+79161110001\nБорис,Сидоров,89161110002\n"


def test_import_then_demo_then_maintain_on_new_databases(postgres_url, tmp_path):
    """Commands that change the shop, on new databases of each kind: an import (and the
    same file again: skipped), demo members added after it, the upkeep."""
    (tmp_path / "in.csv").write_text(IMPORT, encoding="utf-8")
    fresh = {"sqlite": str(tmp_path / "new.sqlite3"), "postgresql": postgres_url}
    open_app(fresh["sqlite"], "en").engine.dispose()
    said = {}
    for kind, db in fresh.items():
        where = tmp_path / kind
        said[kind] = [regulars(db, where, "import", "members", str(tmp_path / "in.csv")),
                      regulars(db, where, "import", "members", str(tmp_path / "in.csv")),
                      regulars(db, where, "demo", "--members", "12", "--seed", "4"),
                      regulars(db, where, "maintain"), regulars(db, where, "check")]
    assert said["postgresql"] == said["sqlite"]
    first, again, demo, maintain, check = said["sqlite"]
    assert first[0] == 0 and "imported: 2, merged: 0, skipped: 0, rejected: 0" in first[1]
    assert again[0] == 0 and "imported: 0, merged: 0, skipped: 2, rejected: 0" in again[1]
    assert demo == (0, "added 12 demo members to <db>\n", "")
    assert maintain == (0, "expired 0 point lot(s), reviewed 0 member tier(s)\n", "")
    assert check[0] == 0 and check[1].startswith("14 members, ") and "consistent" in check[1]
