"""`regulars bench --tills K` (issue #16): real till processes selling at once on one
database; every sale they count is a purchase in the database, none fails, and the
cached figures still equal the ledger afterwards."""

import pytest
from sqlalchemy import func, select

from app.bootstrap import open_app
from app.cli import main
from app.db.models import Purchase, Till
from app.services.bench_tills import run_tills
from app.services.context import SYSTEM

pytestmark = pytest.mark.both_databases


def _sales_by_till(db: str) -> dict[str, int]:
    """Purchases in the database, by the name of the till that recorded them."""
    app = open_app(db, "en", acting=SYSTEM)
    try:
        with app.engine.connect() as conn:
            return dict(conn.execute(select(Till.name, func.count()).join(
                Purchase, Purchase.till_id == Till.id).group_by(Till.name)).all())
    finally:
        app.engine.dispose()


def test_two_tills_sell_for_two_seconds_and_every_sale_is_in_the_database(db_location):
    result = run_tills(open_app, db_location, tills=2, seconds=2, members=200)
    by_till = _sales_by_till(db_location)
    assert result["errors"] == 0 and result["error_kinds"] == {}
    # each process sold as its own till, and every sale it counted is a purchase
    assert by_till["bench-till-1"] > 0 and by_till["bench-till-2"] > 0
    assert result["sales"] == by_till["bench-till-1"] + by_till["bench-till-2"]
    assert result["purchases_added"] == result["sales"]
    assert result["check"] == "consistent"
    assert result["tills"] == 2 and result["seconds"] == 2
    assert result["sales_per_s"] > 0
    assert 0 < result["sale_p50_ms"] <= result["sale_p95_ms"] <= result["sale_max_ms"]


def test_the_command_prints_the_figures_and_fails_on_nothing(db_location, capsys):
    assert main(["bench", "--db", db_location, "--tills", "2", "--seconds", "1",
                 "--members", "100"]) == 0
    lines = dict(line.split(":", 1) for line in capsys.readouterr().out.splitlines())
    figures = {key.strip(): value.strip() for key, value in lines.items()}
    assert figures["tills"] == "2" and figures["errors"] == "0"
    assert figures["check"] == "consistent"
    assert figures["sales"] == figures["purchases_added"] and int(figures["sales"]) > 0
    assert float(figures["sale_p95_ms"]) > 0
