"""`regulars report --from --to --format --out`: the same report, headless."""

import csv
import uuid

import pytest

from app.bootstrap import open_app
from app.cli import main
from app.services.context import SYSTEM
from app.services.dto import MemberInput

pytestmark = pytest.mark.both_databases


def test_report_command_writes_the_period_to_csv(db_location, tmp_path, capsys):
    db = db_location
    app = open_app(db, "en", acting=SYSTEM)
    t = app.terminal
    mid = t.till.enrol(MemberInput(first_name="Ivan", phone="+79161234567", consent=True))
    t.till.record_purchase(uuid.uuid4(), mid, 123400)
    day = t.ctx.today().isoformat()
    app.engine.dispose()
    out = tmp_path / "r.csv"
    assert main(["report", "--db", db, "--lang", "en", "--from", day, "--to", day,
                 "--out", str(out)]) == 0
    assert f"report for {day}..{day} written to {out}" in capsys.readouterr().out
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = {r[0]: r[1] for r in csv.reader(f) if len(r) >= 2}
    assert rows["Visits"] == "1"
    assert rows["Revenue from members"] == "1234.00"
    assert rows["Points issued"] == "237"  # 200 welcome + 3 % of 1 234.00 = 37


def test_report_command_refuses_a_backwards_period(db_location, tmp_path, capsys):
    open_app(db_location, "en", acting=SYSTEM).engine.dispose()
    code = main(["report", "--db", db_location, "--from", "2026-03-02",
                 "--to", "2026-03-01", "--out", str(tmp_path / "r.pdf")])
    assert code == 2
    assert "The period must start on or before its end." in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()
