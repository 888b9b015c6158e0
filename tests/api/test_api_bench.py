"""`regulars bench --api` on a small database: its figures are there, every call
answered, every sale recorded once, and its registers revoked afterwards."""

import json

import pytest

from app.bootstrap import open_app
from app.cli import main
from app.services.context import SYSTEM

pytestmark = pytest.mark.both_databases


def test_the_api_bench_measures_and_leaves_its_registers_revoked(db_location, capsys):
    assert main(["bench", "--api", "--db", db_location, "--members", "30", "--queries", "8",
                 "--registers", "3", "--seconds", "1", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["members"], result["calls"], result["errors"], result["registers"],
            result["many_errors"]) == (30, 8, 0, 3, 0)
    assert result["many_sales"] > 0
    for key in ("identify", "quote", "commit", "many_commit"):
        assert 0 < result[f"{key}_p50_ms"] <= result[f"{key}_p95_ms"]
    app = open_app(db_location, acting=SYSTEM)
    try:
        rows = app.terminal.registers.list()
        assert len(rows) == 3 and not any(r.live for r in rows)
        assert app.terminal.admin.check().ok
    finally:
        app.engine.dispose()
