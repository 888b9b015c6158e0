"""`regulars replica build|status` (issue #17): the copy made from the command line,
with its progress on the terminal, and where it stands."""

import json
import uuid

from sqlalchemy import create_engine, func, select

from app.bootstrap import open_app
from app.cli import main
from app.db.engine import database_url
from app.db.models import Purchase
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


def test_the_bench_measures_the_copy_and_sends_a_thousand_queued_sales(postgres_url, capsys):
    """`regulars replica bench` on a small shop: every figure is there, every sale made
    while the copy caught up reached it, and the 1,000 sales queued in the copy's outbox
    are on the server once."""
    assert main(["replica", "bench", "--db", postgres_url, "--members", "30",
                 "--seconds", "2", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["members"] == 30
    assert figures["sales_while_online"] > 0 and figures["lag_p95_s"] >= 0
    assert figures["copy_search_p95_ms"] > 0
    assert figures["queued_sent"] == 1000 and figures["queued_send_s"] > 0
    engine = create_engine(database_url(postgres_url))
    with engine.connect() as conn:
        purchases = conn.scalar(select(func.count()).select_from(Purchase)
                                .where(Purchase.receipt_number.like("queued-%")))
    engine.dispose()
    assert purchases == 1000
