"""The demo data is written by COPY on PostgreSQL and by INSERTs on SQLite (issue #16:
a million members for the bench in minutes): for one seed both hold the same shop."""

from decimal import Decimal

from sqlalchemy import text

from app.bootstrap import open_app
from app.services.context import SYSTEM

FIGURES = {
    "members": "SELECT count(*), sum(balance), sum(qualifying_points), sum(visits) FROM member",
    "cards and tiers": "SELECT count(DISTINCT card_number), "
                       "sum(CASE WHEN tier_key = tier_floor_key THEN 1 ELSE 0 END) FROM member",
    "purchases": "SELECT count(*), sum(amount_minor), sum(points_earned), "
                 "sum(points_redeemed), sum(refunded_minor) FROM purchase",
    "lines": "SELECT count(*), sum(quantity), sum(amount_minor) FROM purchase_line",
    "ledger": "SELECT kind, count(*), sum(points), sum(qualifying) FROM ledger "
              "GROUP BY kind ORDER BY kind",
    "lots": "SELECT count(*), sum(points), sum(remaining) FROM point_lot",
    "stamps": "SELECT kind, count(*), sum(stamps) FROM stamp GROUP BY kind ORDER BY kind",
    "rewards": "SELECT count(*), count(given_at) FROM reward",
    "gifts": "SELECT count(*), sum(points), sum(value_minor) FROM gift",
    "complaints": "SELECT status, count(*), sum(points) FROM complaint "
                  "GROUP BY status ORDER BY status",
    "tier events": "SELECT to_key, count(*) FROM tier_event GROUP BY to_key ORDER BY to_key",
    "a member": "SELECT first_name, last_name, phone, balance, visits FROM member "
                "WHERE card_number = (SELECT max(card_number) FROM member)",
}


def _demo(db: str) -> tuple[dict, bool]:
    app = open_app(db, "en", acting=SYSTEM)
    try:
        assert app.terminal.admin.add_demo_members(700, seed=5) == 700
        with app.engine.connect() as conn:
            figures = {name: [tuple(int(v) if isinstance(v, Decimal) else v for v in row)
                              for row in conn.execute(text(sql))]  # PostgreSQL's sums
                       for name, sql in FIGURES.items()}
        return figures, app.terminal.admin.check().ok
    finally:
        app.engine.dispose()


def test_one_seed_gives_the_same_demo_shop_on_both_databases(tmp_path, postgres_url):
    on_sqlite, sqlite_ok = _demo(str(tmp_path / "db.sqlite3"))
    on_postgres, postgres_ok = _demo(postgres_url)
    assert on_postgres == on_sqlite
    assert sqlite_ok and postgres_ok  # cached balances and rollups equal the ledger
    assert on_sqlite["members"][0][0] == 700 and on_sqlite["purchases"][0][0] > 700
    assert on_sqlite["purchases"][0][4] == 0  # refunded_minor: its default, on both
