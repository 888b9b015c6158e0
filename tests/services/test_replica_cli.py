"""`regulars replica build|status` (issue #17): the copy made from the command line,
with its progress on the terminal, and where it stands."""

import uuid

from app.bootstrap import open_app
from app.cli import main
from app.services.context import SYSTEM


def test_build_then_status_on_a_shops_server(postgres_url, tmp_path, capsys):
    server = open_app(postgres_url, "en", acting=SYSTEM)
    server.terminal.admin.add_demo_members(25, seed=4)
    path = tmp_path / "copy.sqlite3"
    assert main(["replica", "build", "--db", postgres_url, "--to", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "25 / 25 members (100%)" in err
    assert "complete: yes; members: 25" in out
    assert "member changes on the server not copied yet: 0" in out
    member = server.terminal.till.search("а")[0].member_id
    server.terminal.till.record_purchase(uuid.uuid4(), member, 100000)
    server.engine.dispose()
    assert main(["replica", "status", "--db", postgres_url, "--to", str(path)]) == 0
    assert "member changes on the server not copied yet: 1" in capsys.readouterr().out


def test_status_of_a_copy_never_built(postgres_url, tmp_path, capsys):
    path = tmp_path / "none.sqlite3"
    assert main(["replica", "status", "--db", postgres_url, "--to", str(path)]) == 0
    assert "complete: no; members: 0" in capsys.readouterr().out
    assert not path.exists()


def test_a_sqlite_till_needs_no_copy(tmp_path, capsys):
    assert main(["replica", "build", "--db", str(tmp_path / "till.sqlite3")]) == 2
    assert capsys.readouterr().err.strip() == (
        "regulars: a local copy is made of a shop's server (--db postgresql://…); "
        "a till on a SQLite file needs none")
    assert not (tmp_path / "till.sqlite3").exists()
