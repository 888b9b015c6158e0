"""`regulars replica bench`: the local copy's figures (issue #17) on a shop's server.

- the first copy of N members: seconds and members per second (target: 1M in 5 min);
- the lag while online: a writer process sells for a while; the copy catches up every
  second, and each sale counts from its commit to the end of the first round after
  which the copy shows it (target: p95 ≤ 2 s);
- search on the copy, the till's own search on the local file (target: p95 ≤ 5 ms);
- sending 1,000 sales queued in the copy's outbox during an outage (target: ≤ 10 s).
Wall-clock times on a shared machine: read them from one run.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, func, select

from app.db.engine import database_url
from app.db.models import Member
from app.services import outbox
from app.services.context import SYSTEM
from app.services.replica import LocalCopy
from app.services.sender import Sender

ROUND_S = 1.0  # how often the till catches up
QUEUED = 1000  # sales waiting in the outbox when the server comes back

# The writer: another till selling, one sale after another, printing for each the
# moment it committed, the member and the balance the sale left them with.
WRITER = """
import random, sys, time, uuid
from sqlalchemy import select
from app.bootstrap import open_app
from app.db.models import Member
from app.services.context import SYSTEM
app = open_app(sys.argv[1], "en", acting=SYSTEM)
with app.engine.connect() as conn:
    ids = list(conn.scalars(select(Member.id).where(Member.erased_at.is_(None)).limit(5000)))
rng, end = random.Random(11), time.time() + float(sys.argv[2])
while time.time() < end:
    mid = rng.choice(ids)
    sale = app.terminal.till.record_purchase(uuid.uuid4(), mid, 123400)
    print(time.time(), mid.hex, sale.balance, flush=True)
    time.sleep(0.02)
"""


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 3) if ordered else -1.0


def run_replica_bench(open_app, db: str, members: int, seconds: float = 20.0,
                      queries: int = 300, progress=None) -> dict:
    """``open_app`` is the composition root's (services never import it)."""
    app = open_app(db, "en", acting=SYSTEM)
    have = app.terminal.till.member_count()
    if have < members:
        app.terminal.admin.add_demo_members(members - have, seed=7)
    total = app.terminal.till.member_count()
    app.engine.dispose()
    folder = Path(tempfile.mkdtemp(prefix="regulars-replica-bench-"))
    copy = LocalCopy(app.url, folder / "copy.sqlite3")
    try:
        start = time.perf_counter()
        copy.build(progress)
        first = time.perf_counter() - start
        lags, rounds = _lag_while_selling(copy, app.url, seconds)
        search = _search_on_copy(open_app, copy.path, queries)
        sent, send_s = _send_queued(open_app, copy.path, app.url, QUEUED)
    finally:
        copy.close()
    return {"members": total, "first_copy_s": round(first, 1),
            "first_copy_members_per_s": round(total / first), "sales_while_online": len(lags),
            "catch_up_rounds": rounds, "lag_p50_s": _p(lags, 0.5), "lag_p95_s": _p(lags, 0.95),
            "lag_max_s": _p(lags, 1.0), "copy_search_p50_ms": _p(search, 0.5),
            "copy_search_p95_ms": _p(search, 0.95), "queued_sent": sent,
            "queued_send_s": round(send_s, 2), "copy_file": str(copy.path)}


def _lag_while_selling(copy: LocalCopy, url: str, seconds: float) -> tuple[list[float], int]:
    writer = subprocess.Popen([sys.executable, "-c", WRITER, url, str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    sales: list[tuple[float, uuid.UUID, int]] = []
    reader = threading.Thread(target=lambda: sales.extend(_sale(line) for line in writer.stdout),
                              daemon=True)
    reader.start()
    local = create_engine(database_url(str(copy.path)))
    lags: list[float] = []
    pending: list[tuple[float, uuid.UUID, int]] = []
    taken, rounds = 0, 0
    try:
        while reader.is_alive() or pending or taken < len(sales):
            tick = time.time()
            copy.catch_up()
            rounds += 1
            new = sales[taken:]
            taken += len(new)
            pending = _shown(local, pending + new, time.time(), lags)
            if not reader.is_alive() and rounds > seconds / ROUND_S + 30:
                break  # a sale that never shows is reported missing below
            time.sleep(max(0.0, ROUND_S - (time.time() - tick)))
    finally:
        writer.wait()
        local.dispose()
    if pending:
        raise RuntimeError(f"{len(pending)} sale(s) never reached the local copy")
    return lags, rounds


def _sale(line: str) -> tuple[float, uuid.UUID, int]:
    at, member, balance = line.split()
    return float(at), uuid.UUID(member), int(balance)


def _shown(local, pending, done: float, lags: list[float]):
    """The sales the copy shows now (their member's balance reached theirs) go to
    ``lags``; the rest are returned, still pending."""
    if not pending:
        return []
    with local.connect() as conn:
        balances = dict(conn.execute(select(Member.id, Member.balance)
                                     .where(Member.id.in_({m for _, m, _ in pending}))).all())
    still = []
    for at, member, balance in pending:
        if balances.get(member, -1) >= balance and at <= done:
            lags.append(done - at)
        else:
            still.append((at, member, balance))
    return still


def _search_on_copy(open_app, path: Path, count: int) -> list[float]:
    """The till's search (the same service) on the local file, on names and phone
    endings sampled from it."""
    app = open_app(str(path), "en", acting=SYSTEM, create=False)
    try:
        rng = random.Random(42)
        with app.engine.connect() as conn:
            size = conn.scalar(select(func.count()).select_from(Member))
            sample = conn.execute(select(Member.first_name, Member.last_name, Member.phone)
                                  .where(Member.erased_at.is_(None))
                                  .offset(rng.randrange(max(1, size - count))).limit(count)).all()
        qs = [(last or first)[:4] if i % 2 else (phone or "0000")[-4:]
              for i, (first, last, phone) in enumerate(sample)]
        for q in qs[:20]:
            app.terminal.till.search(q)  # warm the cache as a morning's first customers do
        times = []
        for q in qs:
            start = time.perf_counter()
            app.terminal.till.search(q)
            times.append((time.perf_counter() - start) * 1000)
        return times
    finally:
        app.engine.dispose()


def _send_queued(open_app, path: Path, url: str, count: int) -> tuple[int, float]:
    """``count`` sales recorded in the copy's outbox as during an outage (to members of
    the copy, which the server has), then the seconds to send them all to the server."""
    local = open_app(str(path), "en", acting=SYSTEM, create=False)
    server = open_app(url, "en", acting=SYSTEM)
    try:
        with local.engine.connect() as conn:
            ids = list(conn.scalars(select(Member.id).where(Member.erased_at.is_(None))
                                    .limit(count)))
        ctx = local.terminal.ctx
        for i in range(count):
            local.terminal.unit_of_work("purchase", lambda s, i=i: outbox.record_sale(
                s, ctx, uuid.uuid4(), ids[i % len(ids)], 1_000_00 + i,
                receipt_number=f"queued-{i}"))
        start = time.perf_counter()
        report = Sender(local.terminal.unit_of_work, server.terminal.unit_of_work,
                        server.terminal.ctx).send()
        return report.sent, time.perf_counter() - start
    finally:
        local.engine.dispose()
        server.engine.dispose()
