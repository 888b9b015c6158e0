"""`regulars bench`: search, card, purchase and startup timings on N members.

Times are wall-clock on a shared machine: read medians and p95 from one run,
and compare the index with the naive LIKE scan measured in the same run.
"""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import func, select, text

from app.db.models import Member
from app.domain.program import Line, Program
from app.domain.report_periods import last_months
from app.services import rollups
from app.services.context import SYSTEM


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 3)


def _timed(fn, items) -> list[float]:
    out = []
    for item in items:
        start = time.perf_counter()
        fn(item)
        out.append((time.perf_counter() - start) * 1000)
    return out


def _queries(app, count: int, rng: random.Random) -> tuple[list[str], list[str]]:
    with app.engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(Member))
        sample = conn.execute(
            select(Member.first_name, Member.last_name, Member.phone, Member.card_number)
            .offset(rng.randrange(max(1, total - count))).limit(count)).all()
    queries = []
    for i, (first, last, phone, _card) in enumerate(sample):
        kind = i % 3
        if kind == 0:
            queries.append((last or first)[: rng.randrange(3, 6)])
        elif kind == 1:
            queries.append(phone[-4:])
        else:
            name = first.lower()
            start = rng.randrange(0, max(1, len(name) - 3))
            queries.append(name[start:start + 4])
    return queries, [c for *_, c in sample if c]


def _naive(app, q: str) -> None:
    with app.engine.connect() as conn:
        conn.execute(text("SELECT id FROM member WHERE lower(first_name || ' ' || "
                          "coalesce(last_name,'')) LIKE :q OR phone LIKE :q LIMIT 20"),
                     {"q": f"%{q.lower()}%"}).all()


def _naive_ordered(app, q: str) -> None:
    """What name search was before its indexes (the issue #16 baseline on PostgreSQL: a plain
    LIKE '%q%'): the first 20 matches in the order the till shows them, so every match is
    found before any is shown. ``_naive`` stops at any 20 and shows them unordered."""
    with app.engine.connect() as conn:
        conn.execute(text("SELECT id FROM member WHERE name_key LIKE :q OR phone LIKE :q "
                          "ORDER BY name_key LIMIT 20"), {"q": f"%{q.lower()}%"}).all()


def _startup(db: str) -> tuple[float, float]:
    """Seconds from process start to the till shown offscreen, and that process's peak RSS."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c",
                             "from app.bootstrap import startup_probe; startup_probe()", db],
                            stdout=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.communicate(timeout=60)
    return elapsed, float(line.split("rss_mb=")[1].split()[0]) if "rss_mb=" in line else -1.0


def bench_database(db: str | None, members: int) -> str:
    """--db (a file or a server's URL), else an N-member file of the bench's own."""
    return db or str(Path(tempfile.gettempdir()) / f"regulars-bench-{members}.sqlite3")


def open_bench(open_app, db: str, members: int):
    """The bench's database opened, with demo members added up to ``members`` (seed 7:
    the same members on every database)."""
    app = open_app(db, "en", acting=SYSTEM)
    have = app.terminal.till.member_count()
    if have < members:
        app.terminal.admin.add_demo_members(members - have, seed=7)
    return app


GUI_QUERIES = 100  # typed at a person's pace: about half a second each


def run_benchmark(members: int, open_app, db: str | None = None, queries: int = 300,
                  gui_search=None) -> dict:
    """``open_app(path, lang)`` is the composition root's (services never import it).
    ``gui_search(terminal, queries) -> dict``, when given (the CLI passes the UI's
    bench: services never import Qt), times the same queries typed into a real till."""
    path = bench_database(db, members)
    app = open_bench(open_app, path, members)
    rng = random.Random(42)
    qs, cards = _queries(app, queries, rng)
    t = app.terminal
    for q in qs[:20]:
        t.till.search(q)  # warm the page cache the way a morning's first customers do
    search = _timed(t.till.search, qs)
    naive = _timed(lambda q: _naive(app, q), qs[: max(20, len(qs) // 5)])
    ordered = _timed(lambda q: _naive_ordered(app, q), qs[: max(20, len(qs) // 5)])
    gui = gui_search(t, qs[:GUI_QUERIES]) if gui_search is not None else {}
    card = _timed(t.till.find_by_card, cards)
    ids = [t.till.find_by_card(c) for c in cards[:200]]
    member_view = _timed(t.till.member, ids)  # what the till reads when a member is opened
    purchase = _timed(lambda mid: t.till.record_purchase(uuid.uuid4(), mid, 123400), ids)
    # The same purchases under a busy program: 5 campaigns active today and 3 stamp
    # cards, with category lines. Put in force in memory only: saving it would
    # re-evaluate every member's tier, which is not what is being measured here.
    busy_ids = [t.till.find_by_card(c) for c in cards[200:400]] or ids
    saved_program = t.ctx.program
    t.ctx.program = busy_program(saved_program)
    lines = (Line("coffee", 40000, 2), Line("bakery", 20000, 1))
    busy = _timed(lambda mid: t.till.record_purchase(uuid.uuid4(), mid, 123400, lines=lines),
                  busy_ids)
    t.ctx.program = saved_program
    startup, rss = _startup(path)
    return {"members": t.till.member_count(), "search_p50_ms": percentile(search, 0.5),
            "search_p95_ms": percentile(search, 0.95), "naive_like_p50_ms": percentile(naive, 0.5),
            "naive_like_p95_ms": percentile(naive, 0.95),
            "speedup_p95": round(percentile(naive, 0.95) / max(percentile(search, 0.95), 1e-6), 1),
            "naive_ordered_p95_ms": percentile(ordered, 0.95),
            "speedup_ordered_p95": round(percentile(ordered, 0.95)
                                         / max(percentile(search, 0.95), 1e-6), 1), **gui,
            "card_p50_ms": percentile(card, 0.5), "card_p95_ms": percentile(card, 0.95),
            "member_view_p50_ms": percentile(member_view, 0.5), "member_view_p95_ms": percentile(member_view, 0.95),
            "purchase_p50_ms": percentile(purchase, 0.5), "purchase_p95_ms": percentile(purchase, 0.95),
            "purchase_busy_p50_ms": percentile(busy, 0.5), "purchase_busy_p95_ms": percentile(busy, 0.95),
            "startup_s": round(startup, 3), "rss_mb": rss,
            **run_cards_benchmark(app=app), **run_export_benchmark(app),
            **run_dashboard_benchmark(app)}


def run_dashboard_benchmark(app, runs: int = 7) -> dict:
    """The manager's dashboard for the last 12 months: every figure but the top members
    (rollups and covering indexes), first open and then repeated; the top members, which
    the dashboard shows next (they group the period's purchases); and a full rebuild of
    the rollups from the history, which an upgrading shop pays once."""
    t = app.terminal
    period = last_months(t.ctx.today())
    times = _timed(lambda _: t.office.report(period, with_top=False), range(runs))
    top = _timed(lambda _: t.office.report_top_members(period), range(3))
    start = time.perf_counter()
    with t._sessions.begin() as s:
        rollups.rebuild(s, t.ctx)
    rebuild = time.perf_counter() - start
    return {"dashboard_first_ms": round(times[0], 1), "dashboard_ms": percentile(times[1:], 0.5),
            "dashboard_p95_ms": percentile(times[1:], 0.95), "dashboard_top_members_ms": percentile(top, 0.5),
            "rollups_rebuild_s": round(rebuild, 2)}


def _rss_mb() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return -1.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def run_export_benchmark(app) -> dict:
    """The manager's members CSV export, timed end to end (count, read, write, fsync,
    rename, audit) into a temporary folder; with the CPU seconds it took, so a loaded
    machine can be told from a slow export, and how far memory grew while streaming;
    then the same members to XLSX."""
    before, peak = _rss_mb(), [0.0]

    def watch(done: int, total: int) -> bool:
        peak[0] = max(peak[0], _rss_mb())
        return True
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "members.csv"
        cpu, start = time.process_time(), time.perf_counter()
        result = app.terminal.office.export_data("members", "csv", out, watch)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        size = out.stat().st_size / 2**20
        start = time.perf_counter()
        app.terminal.office.export_data("members", "xlsx", Path(folder) / "members.xlsx")
        xlsx = time.perf_counter() - start
    return {"export_members_s": round(wall, 2), "export_members_cpu_s": round(cpu, 2),
            "export_members_rows": result.rows, "export_members_mb": round(size, 1),
            "export_members_rss_growth_mb": round(peak[0] - before, 1) if before > 0 else -1,
            "export_members_xlsx_s": round(xlsx, 2)}


def busy_program(base: Program) -> Program:
    data = base.to_dict()
    always = {"starts": "2000-01-01", "ends": "2999-12-31", "tiers": []}
    names = {"ru": "Акция", "en": "Campaign"}
    data["categories"] = [{"key": "coffee", "name": {"ru": "Кофе", "en": "Coffee"}},
                          {"key": "bakery", "name": {"ru": "Выпечка", "en": "Bakery"}}]
    data["campaigns"] = [
        dict(always, key="double", name=names, kind="multiplier", factor_percent=200),
        dict(always, key="coffee_x", name=names, kind="category", category="coffee",
             extra_percent=10),
        dict(always, key="bakery_x", name=names, kind="category", category="bakery",
             extra_percent=5),
        dict(always, key="wolf_sooner", name=names, kind="threshold", tier=data["tiers"][1]["key"],
             threshold=max(1, data["tiers"][1]["threshold"] // 2)),
        dict(always, key="lion_x", name=names, kind="multiplier", factor_percent=150,
             tiers=[data["tiers"][-1]["key"]]),
    ]
    reward = {"ru": "подарок", "en": "a gift"}
    data["stamp_cards"] = [
        {"key": "coffee6", "name": names, "stamps": 6, "category": "coffee", "reward": reward},
        {"key": "bakery5", "name": names, "stamps": 5, "category": "bakery", "reward": reward},
        {"key": "visits10", "name": names, "stamps": 10, "category": "", "reward": reward},
    ]
    return Program.from_dict(data)


def bench_card_design() -> tuple[dict, bytes]:
    """The heavier end of a real design: a logo, the QR code, rules on the back."""
    from PIL import Image, ImageDraw  # Pillow loads for the cards bench only, not every command
    logo = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    ImageDraw.Draw(logo).ellipse((10, 10, 290, 290), fill="#f5d76e", outline="#ffffff", width=16)
    buf = io.BytesIO()
    logo.save(buf, "PNG")
    return ({"shop_name": "Кофейня «Утро»", "front_text": "Кофе и выпечка с 2009 года",
             "back_text": "Покажите карту или назовите телефон на кассе.\n"
                          "1 балл = 1 рубль; баллами можно оплатить до половины покупки.",
             "phone": "+7 (495) 123-45-67", "qr": True, "lang": "ru",
             "fields": ["name", "tier", "number", "since"]}, buf.getvalue())


def run_cards_benchmark(open_app=None, app=None, db: str | None = None, count: int = 1000) -> dict:
    """Seconds to render ``count`` member cards to an A4 PDF and record the run (an open
    ``app``, or one ``open_app`` opens on ``db``): the
    database read, every card drawn at 300 dpi, the file written."""
    if app is None:
        path = db or str(Path(tempfile.gettempdir()) / f"regulars-bench-cards-{count}.sqlite3")
        app = open_app(path, "en", acting=SYSTEM)
    t = app.terminal
    have = t.till.member_count()
    if have < count:
        t.admin.add_demo_members(count - have, seed=11)
    with app.engine.connect() as conn:
        ids = list(conn.scalars(select(Member.id).where(Member.card_number.is_not(None))
                                .order_by(Member.created_at).limit(count)))
    t.office.save_card_design(*bench_card_design())
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "cards.pdf"
        start = time.perf_counter()
        printed, pages = t.office.print_cards_pdf(out, "selection", ids, "a4")
        elapsed = time.perf_counter() - start
        size_mb = out.stat().st_size / 1e6
    return {"cards": len(printed.faces), "card_pages": pages, "cards_pdf_mb": round(size_mb, 1),
            f"cards_{count}_s": round(elapsed, 2)}
