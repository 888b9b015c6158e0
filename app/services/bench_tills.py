"""`regulars bench --tills K`: K real till processes selling at once on one database.

Each till is its own process with its own ``open_app`` and till name, as the shop's
PCs are. Once all are open they start together and, for the given seconds, sell as at
a busy counter: a member's card scanned (``find_by_card``), a sale with category lines
under a busy program (campaigns and stamp cards, as the single-till bench's busy
purchase). Afterwards the purchases the database gained must be the sales the tills
counted, with no error, and ``regulars check`` must find the cached figures equal to the
ledger. On SQLite the tills share one file and take turns at its write lock; on
PostgreSQL they contend for the server's rows and CPU.
"""

from __future__ import annotations

import multiprocessing
import queue
import random
import time
import uuid
from collections import Counter

from sqlalchemy import func, select

from app.db.models import Member, Purchase
from app.domain.program import Line
from app.services.benchmark import busy_program, open_bench, percentile
from app.services.context import SYSTEM

LINES = (Line("coffee", 40000, 2), Line("bakery", 20000, 1))
CARDS_PER_TILL = 2000
READY_TIMEOUT_S = 120  # opening a till on a loaded machine: seconds, not minutes


def run_tills(open_app, db: str, tills: int, seconds: float, members: int) -> dict:
    """Sell on ``tills`` processes for ``seconds`` on ``db`` (filled up to ``members``
    first); the figures across all of them. ``open_app`` is the composition root's (each
    process calls it for itself)."""
    app = open_bench(open_app, db, members)
    try:
        before = _purchases(app)
        runs = _sell(open_app, db, tills, seconds)
        added = _purchases(app) - before
        report = app.terminal.admin.check()
    finally:
        app.engine.dispose()
    times = [ms for run in runs for ms in run["times"]]
    errors = Counter()
    for run in runs:
        errors.update(run["errors"])
    wall = max(run["wall_s"] for run in runs)
    return {"database": app.url.split("?")[0], "tills": tills, "seconds": seconds,
            "sales": len(times), "sales_per_s": round(len(times) / wall, 1),
            "sale_p50_ms": percentile(times, 0.5), "sale_p95_ms": percentile(times, 0.95),
            "sale_max_ms": round(max(times, default=0.0), 3),
            "errors": sum(errors.values()), "error_kinds": dict(errors),
            "purchases_added": added, "check": "consistent" if report.ok else
            f"{len(report.problems)} problem(s): {report.problems[:3]}"}


def _purchases(app) -> int:
    with app.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(Purchase))


def _sell(open_app, db: str, tills: int, seconds: float) -> list[dict]:
    """Start the till processes, wait until every one is open, start them together."""
    mp = multiprocessing.get_context("spawn")  # a fresh interpreter each, as a till PC's
    go, results = mp.Event(), mp.Queue()
    procs = [mp.Process(target=_till, args=(open_app, db, f"bench-till-{i + 1}", seconds,
                                            i, go, results), daemon=True)
             for i in range(tills)]
    for proc in procs:
        proc.start()
    try:
        for _ in procs:
            _expect(results, "ready")
        go.set()
        runs = [_expect(results, "done", seconds + READY_TIMEOUT_S) for _ in procs]
    finally:
        for proc in procs:
            proc.join(timeout=10)
            if proc.is_alive():
                proc.kill()
    return runs


def _expect(results, kind: str, timeout: float = READY_TIMEOUT_S) -> dict:
    try:
        message = results.get(timeout=timeout)
    except queue.Empty:
        raise RuntimeError(f"a bench till did not report {kind} within {timeout:.0f} s") from None
    if message["kind"] == "failed":
        raise RuntimeError(f"a bench till failed: {message['error']}")
    return message


def _till(open_app, db: str, name: str, seconds: float, seed: int, go, results) -> None:
    """One till process: open, report ready, sell until the time is up, report."""
    try:
        app = open_app(db, "en", acting=SYSTEM, till=name)
        t = app.terminal
        cards = _cards(app, random.Random(seed))
        t.ctx.program = busy_program(t.ctx.program)  # in memory only, as the bench's busy sale
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which stops the run
        results.put({"kind": "failed", "error": f"{name}: {exc!r}"})
        return
    results.put({"kind": "ready"})
    go.wait()
    rng, times, errors = random.Random(seed + 1000), [], Counter()
    start = time.perf_counter()
    deadline = start + seconds
    while time.perf_counter() < deadline:
        began = time.perf_counter()
        try:
            member_id = t.till.find_by_card(rng.choice(cards))
            t.till.record_purchase(uuid.uuid4(), member_id, 123400, lines=LINES)
        except Exception as exc:  # noqa: BLE001 - counted: the bench must show 0
            errors[f"{type(exc).__name__}: {getattr(exc, 'code', exc)}"] += 1
            continue
        times.append((time.perf_counter() - began) * 1000)
    app.engine.dispose()
    results.put({"kind": "done", "times": times, "errors": dict(errors),
                 "wall_s": time.perf_counter() - start})


def _cards(app, rng: random.Random) -> list[str]:
    """Cards of members spread over the whole database (a random window of them)."""
    with app.engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(Member))
        return list(conn.scalars(
            select(Member.card_number).where(Member.card_number.is_not(None))
            .offset(rng.randrange(max(1, total - CARDS_PER_TILL))).limit(CARDS_PER_TILL)))
