"""The owner's program tools: how fast members climb the tiers, prize draws among the
hoarders (and their verification), and the points given to each charity cause."""

from __future__ import annotations

import dataclasses
import json
import uuid
from datetime import timedelta

from app.bootstrap import open_app
from app.cli_args import MAX_SEED, UsageError, iso_day
from app.services.context import SYSTEM


def add_parsers(sub, common) -> None:
    health = sub.add_parser("program-health", parents=[common],
                            help="how long members take to climb each tier")
    health.add_argument("--json", action="store_true")
    draw = sub.add_parser("draw", parents=[common],
                          help="run a prize draw among the hoarders, or verify one")
    draw.add_argument("--name", help="what the draw is called")
    draw.add_argument("--min-points", type=int, help="points a member needs (at least)")
    draw.add_argument("--basis", choices=("balance", "qualifying"), default="balance",
                      help="balance: points held now; qualifying: earned in --from..--to")
    draw.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day of the period")
    draw.add_argument("--to", dest="end", metavar="YYYY-MM-DD",
                      help="last day of the period (inclusive)")
    draw.add_argument("--prize", action="append", default=[],
                      help="a prize; repeat for each, first prize first")
    draw.add_argument("--seed", help="draw with this seed (default: a random one); the same seed "
                      "on the same members draws the same winners")
    draw.add_argument("--verify", metavar="DRAW_ID", help="re-run a recorded draw and compare")
    sub.add_parser("charity", parents=[common], help="points donated to each cause")


def _duration(days: float | None) -> str:
    if days is None:
        return "—"
    if days < 61:
        return f"{round(days)} days"
    if days < 730:
        return f"{round(days / 30.44)} months"
    return f"{days / 365.25:.1f} years"


def _flag_text(code: str, health) -> str:
    top, first = health.tiers[-1], health.tiers[1]
    texts = {
        "top_out_of_reach": f"The top tier is out of reach: the median member would need "
                            f"{_duration(top.projected_days)}. Aim for two to three.",
        "top_trivial": f"The top tier is too easy: the median member reaches it in "
                       f"{_duration(top.projected_days)}, under six months. Aim for two to three "
                       "years.",
        "first_win_slow": "The first step takes more than three months: newcomers need a first "
                          f"win within weeks. The median member needs "
                          f"{_duration(first.projected_days)} to reach {first.name}.",
        "no_data": "Not enough data yet: the pace is measured on members enrolled for a month "
                   "or more who have earned points.",
    }
    return texts.get(code, code)


def health(args) -> int:
    health = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal.office.program_health()
    flags = [(code, _flag_text(code, health)) for code in health.flags]
    if args.json:
        data = dataclasses.asdict(health)
        data["messages"] = {code: text for code, text in flags}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"{health.members} members; the median member earns about "
          f"{health.median_points_per_day * 30.44:.0f} qualifying points a month")
    print(f"{'tier':<14}{'threshold':>10}{'members':>9}{'share':>7}{'reached':>9}"
          f"  {'took them':<14}median member needs")
    for t in health.tiers:
        share = 100 * t.members / health.members if health.members else 0
        needs = "from the start" if t.threshold == 0 else _duration(t.projected_days)
        took = _duration(t.observed_median_days) if t.threshold else ""
        reached = t.reached if t.threshold else ""
        print(f"{t.name:<14}{t.threshold:>10}{t.members:>9}{share:>6.0f}%{reached:>9}"
              f"  {took:<14}{needs}")
    for _code, text in flags:
        print(f"! {text}")
    return 0


def _draw_args(args) -> dict:
    missing = [opt for opt, value in (("--name", args.name), ("--min-points", args.min_points),
                                      ("--prize", args.prize)) if value in (None, [], "")]
    if missing:
        raise UsageError(f"a draw needs {', '.join(missing)} (or --verify DRAW_ID)")
    seed = None
    if args.seed is not None:
        if not (args.seed.isascii() and args.seed.isdigit()) or int(args.seed) > MAX_SEED:
            raise UsageError(f"--seed is a whole number from 0 to {MAX_SEED}")
        seed = int(args.seed)
    start = end = None
    if args.basis == "qualifying":
        # --to is the last day counted; the service takes the day after as the end.
        start, end = iso_day(args.start, "--from"), iso_day(args.end, "--to") + timedelta(days=1)
    elif args.start or args.end:
        raise UsageError("--from/--to need --basis qualifying")
    return dict(name=args.name, prizes=args.prize, min_points=args.min_points,
                basis=args.basis, start=start, end=end, seed=seed)


def draw(args) -> int:
    if args.verify:
        try:
            draw_id = uuid.UUID(args.verify)
        except ValueError:
            raise UsageError(f"{args.verify!r} is not a draw id") from None
        ok, explanation = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal.office.verify_draw(draw_id)
        print(("verified: " if ok else "DOES NOT MATCH: ") + explanation)
        return 0 if ok else 1
    terminal = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal
    result = terminal.office.run_draw(**_draw_args(args), draw_id=uuid.uuid4())
    print(f"draw {result.draw_id}: {result.name}")
    print(f"seed {result.seed} (anyone can re-run this draw with it: "
          f"regulars draw --verify {result.draw_id})")
    print(f"eligible: {result.eligible} members, list digest {result.digest}")
    for w in result.winners:
        print(f"{w.place}. {w.name}, card {w.card_number}: {w.prize}")
    return 0


def charity(args) -> int:
    terminal = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal
    totals = terminal.office.cause_totals()
    for c in totals:
        print(f"{c.name}: {c.points} points from {c.donations} donation(s) by {c.donors} member(s)")
    print(f"total: {sum(c.points for c in totals)} points "
          f"from {sum(c.donations for c in totals)} donation(s)")
    return 0


COMMANDS = {"program-health": health, "draw": draw, "charity": charity}
