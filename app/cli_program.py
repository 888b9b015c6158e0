"""The owner's program tools: how fast members climb the tiers, prize draws among the
hoarders (and their verification), and the points given to each charity cause."""

from __future__ import annotations

import dataclasses
import json
import uuid
from datetime import timedelta

from app.bootstrap import open_app
from app.cli_args import MAX_SEED, UsageError, iso_day
from app.cli_words import _
from app.services.context import SYSTEM


def add_parsers(sub, common) -> None:
    health = sub.add_parser("program-health", parents=[common],
                            help=_("how long members take to climb each tier"))
    health.add_argument("--json", action="store_true",
                        help=_("print the figures and the advice as JSON"))
    draw = sub.add_parser("draw", parents=[common],
                          help=_("run a prize draw among the hoarders, or verify one"))
    draw.add_argument("--name", help=_("what the draw is called"))
    draw.add_argument("--min-points", type=int, help=_("points a member needs (at least)"))
    draw.add_argument("--basis", choices=("balance", "qualifying"), default="balance",
                      help=_("balance: points held now; qualifying: earned in --from..--to"))
    draw.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                      help=_("first day of the period"))
    draw.add_argument("--to", dest="end", metavar="YYYY-MM-DD",
                      help=_("last day of the period (inclusive)"))
    draw.add_argument("--prize", action="append", default=[],
                      help=_("a prize; repeat for each, first prize first"))
    draw.add_argument("--seed", help=_(
        "draw with this seed (default: a random one); the same seed on the same members "
        "draws the same winners"))
    draw.add_argument("--verify", metavar="DRAW_ID",
                      help=_("re-run a recorded draw and compare (exit status 1 if it differs)"))
    sub.add_parser("charity", parents=[common], help=_("points donated to each cause"))


def _duration(days: float | None) -> str:
    if days is None:
        return "—"
    if days < 61:
        return _("{n} days").format(n=round(days))
    if days < 730:
        return _("{n} months").format(n=round(days / 30.44))
    return _("{n:.1f} years").format(n=days / 365.25)


def _flag_text(code: str, health) -> str:
    top, first = health.tiers[-1], health.tiers[1]
    texts = {
        "top_out_of_reach": _("The top tier is out of reach: the median member would need "
                              "{time}. Aim for two to three."),
        "top_trivial": _("The top tier is too easy: the median member reaches it in {time}, "
                         "under six months. Aim for two to three years."),
        "first_win_slow": _("The first step takes more than three months: newcomers need a "
                            "first win within weeks. The median member needs {first_time} "
                            "to reach {first}."),
        "no_data": _("Not enough data yet: the pace is measured on members enrolled for a "
                     "month or more who have earned points."),
    }
    return texts.get(code, code).format(time=_duration(top.projected_days), first=first.name,
                                        first_time=_duration(first.projected_days))


def health(args) -> int:
    health = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal.office.program_health()
    flags = [(code, _flag_text(code, health)) for code in health.flags]
    if args.json:
        data = dataclasses.asdict(health)
        data["messages"] = {code: text for code, text in flags}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(_("{members} members; the median member earns about {points:.0f} qualifying "
            "points a month").format(members=health.members,
                                     points=health.median_points_per_day * 30.44))
    tier, threshold, members, share = _("tier"), _("threshold"), _("members"), _("share")
    reached, took, needs = _("reached"), _("took them"), _("median member needs")
    print(f"{tier:<14}{threshold:>10}{members:>9}{share:>7}{reached:>9}  {took:<14}{needs}")
    for t in health.tiers:
        share = 100 * t.members / health.members if health.members else 0
        needs = _("from the start") if t.threshold == 0 else _duration(t.projected_days)
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
        raise UsageError(_("a draw needs {options} (or --verify DRAW_ID)").format(
            options=", ".join(missing)))
    seed = None
    if args.seed is not None:
        if not (args.seed.isascii() and args.seed.isdigit()) or int(args.seed) > MAX_SEED:
            raise UsageError(_("--seed is a whole number from 0 to {top}").format(top=MAX_SEED))
        seed = int(args.seed)
    start = end = None
    if args.basis == "qualifying":
        # --to is the last day counted; the service takes the day after as the end.
        start, end = iso_day(args.start, "--from"), iso_day(args.end, "--to") + timedelta(days=1)
    elif args.start or args.end:
        raise UsageError(_("--from/--to need --basis qualifying"))
    return dict(name=args.name, prizes=args.prize, min_points=args.min_points,
                basis=args.basis, start=start, end=end, seed=seed)


def draw(args) -> int:
    if args.verify:
        try:
            draw_id = uuid.UUID(args.verify)
        except ValueError:
            raise UsageError(_("{text!r} is not a draw id").format(text=args.verify)) from None
        office = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal.office
        ok, explanation = office.verify_draw(draw_id)
        print((_("verified: ") if ok else _("DOES NOT MATCH: ")) + explanation)
        return 0 if ok else 1
    terminal = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal
    result = terminal.office.run_draw(**_draw_args(args), draw_id=uuid.uuid4())
    print(_("draw {id}: {name}").format(id=result.draw_id, name=result.name))
    print(_("seed {seed} (anyone can re-run this draw with it: regulars draw --verify "
            "{id})").format(seed=result.seed, id=result.draw_id))
    print(_("eligible: {count} members, list digest {digest}").format(
        count=result.eligible, digest=result.digest))
    for w in result.winners:
        print(_("{place}. {name}, card {card}: {prize}").format(
            place=w.place, name=w.name, card=w.card_number, prize=w.prize))
    return 0


def charity(args) -> int:
    terminal = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal
    totals = terminal.office.cause_totals()
    for c in totals:
        print(_("{cause}: {points} points from {donations} donation(s) by {donors} "
                "member(s)").format(cause=c.name, points=c.points, donations=c.donations,
                                    donors=c.donors))
    print(_("total: {points} points from {donations} donation(s)").format(
        points=sum(c.points for c in totals), donations=sum(c.donations for c in totals)))
    return 0


COMMANDS = {"program-health": health, "draw": draw, "charity": charity}
