"""`regulars bench --db postgresql://…` (issue #16) gives the figures it gives on a
SQLite file: the same keys, each measured, the index and the naive LIKE in one run."""

import json

from app.bootstrap import open_app
from app.cli import main
from app.services.context import SYSTEM


def _bench(db: str, capsys) -> dict:
    assert main(["bench", "--db", db, "--members", "60", "--queries", "30", "--json"]) == 0
    return json.loads(capsys.readouterr().out.splitlines()[-1])


def test_the_bench_measures_the_same_figures_on_both_databases(tmp_path, postgres_url,
                                                               capsys, monkeypatch):
    monkeypatch.setattr("app.cli_admin.gui_search_benchmark", lambda t, qs: {})  # no Qt
    on_sqlite = _bench(str(tmp_path / "bench.sqlite3"), capsys)
    on_postgres = _bench(postgres_url, capsys)
    assert list(on_postgres) == list(on_sqlite)
    for figures in (on_sqlite, on_postgres):
        assert figures["members"] == 60
        assert figures["cards"] == 1000 and figures["export_members_rows"] == 1000
        timed = [k for k in figures if k.endswith(("_ms", "_s")) and k != "startup_s"]
        assert all(figures[k] > 0 for k in timed), {k: figures[k] for k in timed}
        assert figures["startup_s"] > 0 and figures["rss_mb"] > 0  # the probe opened it
        assert figures["naive_like_p95_ms"] > 0 and "speedup_p95" in figures
        assert figures["naive_ordered_p95_ms"] > 0 and "speedup_ordered_p95" in figures
    app = open_app(postgres_url, "en", acting=SYSTEM)
    assert app.terminal.admin.check().ok  # the bench's sales kept the ledger and the cache
    app.engine.dispose()
