"""Realistic demo members with a purchase history, deterministic for a seed.

The demo shows every part of the product at once: all tiers (a few regulars who
spend a lot are Wolves and Lions, with their tier events), purchases in opening
hours, coffee stamp cards with rewards handed over and waiting, gifts said out loud,
complaints open and closed, and — in a showcase, where the shop's points expire —
points about to expire and points that have expired.

Rows are written in bulk (Core inserts, batched) so that a million members for
the benchmark take minutes, not hours; the ledger and cached balances are built
with the same program rules the till uses, so ``regulars check`` passes.
"""

from __future__ import annotations

import json
import random
import uuid
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, timedelta

from faker import Faker
from sqlalchemy.orm import Session, sessionmaker

from app.db import dialect
from app.db.models import (
    Complaint,
    Gift,
    LedgerEntry,
    Member,
    PointLot,
    ProgramVersion,
    Purchase,
    PurchaseLine,
    Reward,
    Stamp,
    TierEvent,
)
from app.domain import gifts as gift_rules
from app.domain.cards import card_number_for
from app.domain.greeting import MemberFacts, address_form
from app.domain.names import search_key
from app.domain.phones import format_phone
from app.domain.program import Line, Program
from app.services import audit
from app.services.context import ServiceContext

BATCH = 5000
# Parents before children: the foreign keys are checked row by row.
TABLES = (Member, Purchase, PurchaseLine, LedgerEntry, PointLot, TierEvent, Stamp, Reward,
          Complaint, Gift)
OPEN_MINUTE, CLOSE_MINUTE = 8 * 60, 21 * 60  # the shop's hours, local time
# Most members come now and then; one in a hundred is a regular with office orders who
# climbs to Lion, one in twenty-five a regular who reaches Wolf — chosen by index, so
# any demo of a hundred members or more has both. (visits, amount in major units,
# days between visits)
LION, WOLF = ((16, 24), (20_000, 45_000), (3, 20)), ((10, 16), (8_000, 20_000), (3, 30))
COFFEE_SHARE = 0.12  # members whose purchases carry coffee: they fill stamp cards
GIFT_EVERY, COMPLAINT_EVERY, OPEN_COMPLAINT_EVERY = 20, 40, 50  # one member in N
COFFEE_PRICE_MINOR = 25_000


def fill(sessions: sessionmaker[Session], ctx: ServiceContext, count: int, seed: int = 1,
         progress: Callable[[int], None] | None = None, start: int = 0) -> int:
    """Add exactly ``count`` members. Returns how many were added."""
    # Adding to a database that has members continues with other ids: a second
    # `regulars demo` with the same seed must not collide with the first.
    rng = random.Random(seed if start == 0 else hash((seed, start)))
    fakers = {"ru": Faker("ru_RU"), "en": Faker("en_GB")}
    for f in fakers.values():
        f.seed_instance(seed if start == 0 else hash((seed, start)))
    clock = _ShopClock(ctx)
    done = 0
    while done < count:
        size = min(BATCH, count - done)
        rows: dict = defaultdict(list)
        for i in range(size):
            _member(rng, fakers, ctx, clock, start + done + i, seed, rows)
        with sessions.begin() as s:
            conn, way = s.connection(), dialect.of(s)
            for table in TABLES:
                way.insert_rows(conn, table.__table__, rows[table])
        done += size
        if progress:
            progress(done)
    return done


def showcase_expiry(session: Session, ctx: ServiceContext) -> bool:
    """Make the demo shop's points expire 365 days after earning, as if it had always
    been so, so that points about to expire (and expired ones) are there to see. Only
    for a program whose points never expire; stored as a new program version and put
    in force. Not through the owner's editor: switching expiry on there starts the clock
    today, and nothing would expire for a year."""
    program = ctx.program
    if program.expiry.kind != "never":
        return False
    # Through from_dict: the stored version is validated as any the owner saves.
    program = Program.from_dict(dict(program.to_dict(), expiry={
        "kind": "days_after_earning", "days": 365, "since": None}))
    version = ProgramVersion(body=json.dumps(program.to_dict(), ensure_ascii=False,
                                             sort_keys=True), created_at=ctx.clock())
    session.add(version)
    session.flush()
    ctx.program, ctx.program_version_id = program, version.id
    audit.record(session, ctx, "program_changed", str(version.id),
                 reason="demo showcase: points expire after 365 days")
    return True


class _ShopClock:
    """UTC moments of local shop times, the local midnights cached (a few hundred days)."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
        self.now = ctx.clock()
        self.today = ctx.today()
        self._midnights: dict[date, datetime] = {}

    def at(self, day: date, minute: int) -> datetime:
        midnight = self._midnights.get(day)
        if midnight is None:
            midnight = self._midnights[day] = self.ctx.utc_start_of(day)
        return midnight + timedelta(minutes=minute)

    def open_minute(self, rng: random.Random) -> int:
        return rng.randrange(OPEN_MINUTE, CLOSE_MINUTE)


def _spread(index: int, seed: int) -> int:
    """Distinct nine-digit numbers for distinct indexes (7919 is coprime with 10**9)."""
    return (index * 7919 + seed * 104729) % 10**9


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _segment(rng: random.Random, index: int):
    """(visits, amount range, days between visits, days ago the member enrolled: a
    range). A regular still comes: their visits run up to about today."""
    for every, at, (visits, amounts, gaps) in ((100, 37, LION), (25, 11, WOLF)):
        if index % every == at:
            count = rng.randrange(*visits)
            span = count * (gaps[0] + gaps[1]) // 2
            return count, amounts, gaps, (span, span + 45)
    return rng.choice((0, 1, 2, 3, 5, 8, 13)), (100, 8000), (1, 40), (1, 900)


def _person(rng, fakers, index: int, seed: int) -> tuple[str, str | None, str, str]:
    """First name, patronymic, last name and phone: seven in ten Russian."""
    lang = "ru" if rng.random() < 0.7 else "en"
    fk = fakers[lang]
    male = rng.random() < 0.5
    if lang == "ru":
        first = fk.first_name_male() if male else fk.first_name_female()
        patronymic = fk.middle_name_male() if male else fk.middle_name_female()
        last = fk.last_name_male() if male else fk.last_name_female()
        phone = f"+79{_spread(index, seed):09d}"
    else:
        first, patronymic, last = fk.first_name(), None, fk.last_name()
        phone = f"+447{_spread(index, seed):09d}"
    return first, patronymic, last, phone


def _gifts_and_complaints(history: _History, names: MemberFacts, lang: str, clock: _ShopClock,
                          index: int) -> None:
    # Gifts and complaints by index too, so every demo of forty members or more has them.
    if history.purchases and index % GIFT_EVERY == 3:
        history.gift(address_form(names, lang))
    if history.purchases and index % COMPLAINT_EVERY == 7:
        history.complaint(address_form(names, lang), clock, still_open=False)
    if history.purchases and index % OPEN_COMPLAINT_EVERY == 11:  # half the Wolves: recent
        history.complaint(address_form(names, lang), clock, still_open=True)


def _member(rng, fakers, ctx: ServiceContext, clock: _ShopClock, index: int, seed: int,
            rows: dict) -> None:
    first, patronymic, last, phone = _person(rng, fakers, index, seed)
    visits, amounts, gaps, enrolled = _segment(rng, index)
    mid = _uuid(rng)
    day = clock.today - timedelta(days=rng.randrange(*enrolled))
    created = clock.at(day, clock.open_minute(rng))
    program = ctx.program
    # The card sequence embeds the index so numbers are unique for any seed.
    card = card_number_for((seed % 1000) * 10**7 + index)
    ledger = rows[LedgerEntry]
    ledger.append(_entry(rng, mid, "welcome", program.welcome_bonus, 0, None, created, ctx))
    history = _History(rng, ctx, mid, program.welcome_bonus, rows)
    coffee = rng.random() < COFFEE_SHARE
    for _ in range(visits):
        day += timedelta(days=rng.randrange(*gaps))
        when = clock.at(day, clock.open_minute(rng))
        if when >= clock.now:
            break
        history.purchase(when, rng.randrange(*amounts) * 100, coffee)
    names = MemberFacts(first, patronymic, last, None, None, 0, None, 0)
    _gifts_and_complaints(history, names, ctx.lang, clock, index)
    history.finish(clock, created)
    birthday = date(rng.randrange(1950, 2006), rng.randrange(1, 13), rng.randrange(1, 29))
    tier = program.tier_for(history.qualifying).key
    last_visit = history.last_visit
    rows[Member].append(dict(
        id=mid, first_name=first, patronymic=patronymic, last_name=last,
        address_as=None, phone=phone, phone_rev=phone[1:][::-1],
        phone_display=format_phone(phone), email=None,
        birthday=birthday, notes="", card_number=card,
        name_key=search_key(first, patronymic, last), consent_at=created,
        sms_opt_in=rng.random() < 0.3, email_opt_in=False, balance=history.balance,
        qualifying_points=history.qualifying, tier_key=tier, tier_floor_key=tier,
        tier_review_on=None, referred_by_id=None, referral_rewarded=False,
        birthday_changed_at=None, consent_withdrawn_at=None, erased_at=None,
        consent_version="demo", consent_by="demo", visits=history.visits,
        last_visit_at=last_visit, created_at=created, updated_at=last_visit or created))


class _History:
    """One member's demo history, written as the till would have written it."""

    def __init__(self, rng, ctx: ServiceContext, member_id: uuid.UUID, balance: int,
                 rows: dict):
        self.rng, self.ctx, self.mid, self.rows = rng, ctx, member_id, rows
        self.balance, self.qualifying, self.visits = balance, 0, 0
        self.last_visit: datetime | None = None
        self.purchases: list[tuple[uuid.UUID, datetime]] = []
        self.stamps: dict[str, int] = {}
        self.waiting: list[dict] = []  # stamp rewards not handed over yet

    def purchase(self, when: datetime, amount: int, coffee: bool) -> None:
        rng, program, ctx = self.rng, self.ctx.program, self.ctx
        redeem = rng.choice((0, 0, 0, min(max(self.balance, 0), amount // 100 // 2)))
        tier = program.tier_for(self.qualifying)
        earned = program.earned_points(tier, amount, redeem)
        pid = _uuid(rng)
        self.rows[Purchase].append(dict(
            id=pid, member_id=self.mid, amount_minor=amount, currency=program.currency,
            points_redeemed=redeem, points_earned=earned, till_id=ctx.till_id, cashier="demo",
            receipt_number=str(rng.randrange(10**6)), program_version_id=ctx.program_version_id,
            status="completed", created_at=when, tier_key=tier.key))
        if redeem:
            self.rows[LedgerEntry].append(_entry(rng, self.mid, "redeem", -redeem, 0, pid, when,
                                                 ctx))
        if earned:
            self.rows[LedgerEntry].append(_entry(rng, self.mid, "earn", earned, earned, pid,
                                                 when, ctx))
        for reward in self.waiting:  # handed over at the next visit
            reward["given_at"] = when
        self.waiting = []
        if coffee:
            self._coffee(pid, when, amount)
        self.balance += earned - redeem
        self.qualifying += earned
        self.visits += 1
        self.last_visit = when
        self.purchases.append((pid, when))
        reached = program.tier_for(self.qualifying).key
        if reached != tier.key:
            self.rows[TierEvent].append(dict(
                id=_uuid(rng), member_id=self.mid, from_key=tier.key, to_key=reached,
                reason="purchase", purchase_id=pid, program_version_id=ctx.program_version_id,
                created_at=when, cashier="demo", till_id=None))

    def _coffee(self, pid: uuid.UUID, when: datetime, amount: int) -> None:
        """A coffee line on the purchase, its stamps, and a reward for each full card."""
        rng, program = self.rng, self.ctx.program
        cups = rng.randrange(1, 4)
        line = Line("coffee", min(amount, cups * COFFEE_PRICE_MINOR), cups)
        self.rows[PurchaseLine].append(dict(id=_uuid(rng), purchase_id=pid, category="coffee",
                                            quantity=cups, amount_minor=line.amount_minor))
        for card in program.stamp_cards:
            added = program.stamps_for(card, (line,))
            if added <= 0:
                continue
            self._stamp(card.key, added, "purchase", pid, when)
            have = self.stamps.get(card.key, 0) + added
            while have >= card.stamps:
                have -= card.stamps
                self._stamp(card.key, -card.stamps, "completed", pid, when)
                reward = dict(id=_uuid(rng), member_id=self.mid, kind="stamp_card", ref=card.key,
                              text=card.reward_text(self.ctx.lang), purchase_id=pid,
                              issued_at=when, given_at=None, cashier="demo")
                self.rows[Reward].append(reward)
                self.waiting.append(reward)
            self.stamps[card.key] = have

    def _stamp(self, key: str, stamps: int, kind: str, pid: uuid.UUID, when: datetime) -> None:
        self.rows[Stamp].append(dict(id=_uuid(self.rng), member_id=self.mid, card_key=key,
                                     stamps=stamps, kind=kind, purchase_id=pid, created_at=when,
                                     cashier="demo", till_id=self.ctx.till_id))

    def gift(self, name: str) -> None:
        """A gift given at one of the visits, said out loud (mostly confirmed as said)."""
        rng = self.rng
        _pid, when = rng.choice(self.purchases)
        what, category = rng.choice(_GIFTS[self.ctx.lang == "ru"])
        points = rng.choice((50, 100, 150)) if category == "points" else 0
        reason = rng.choice(("out_of_stock", "long_wait", "birthday", "tier_perk",
                             "just_because"))
        self._gift(when, name, what, category, reason, points, rng.randrange(50, 400) * 100,
                   None, "gift_points" if points else "gift", rng.random() < 0.8)

    def _gift(self, when, name, what, category, reason, points, value, complaint_id, phrase_key,
              said: bool) -> None:
        gift_id = _uuid(self.rng)
        phrase = gift_rules.compose(self.ctx.program.phrases, phrase_key, self.ctx.lang, name,
                                    what, points)
        self.rows[Gift].append(dict(
            id=gift_id, member_id=self.mid, what=what, category=category, value_minor=value,
            currency=self.ctx.program.currency, reason=reason, points=points, phrase=phrase,
            said_at=when if said else None, complaint_id=complaint_id, till_id=self.ctx.till_id,
            cashier="demo", created_at=when))
        if points:
            self.rows[LedgerEntry].append(dict(
                _entry(self.rng, self.mid, "gift", points, 0, None, when, self.ctx),
                ref=gift_id.hex, reason=f"gift ({reason}): {what}"))
            self.balance += points

    def complaint(self, name: str, clock: _ShopClock, still_open: bool) -> None:
        """A complaint put right with apology points, a discount or words. An open one
        was made on the last visit (the till asks whether it was sorted); a closed one
        on an earlier visit, followed up a few days later."""
        rng, ru = self.rng, self.ctx.lang == "ru"
        _pid, when = self.purchases[-1] if still_open else rng.choice(self.purchases)
        facts, opinions, reflection, summary, solution = rng.choice(_COMPLAINTS[ru])
        compensation = rng.choice(("points", "points", "discount", "none"))
        points = 100 if compensation == "points" else 0
        closed_at = None if still_open else \
            min(when + timedelta(days=rng.randrange(1, 4)), clock.now)
        complaint_id = _uuid(rng)
        self.rows[Complaint].append(dict(
            id=complaint_id, member_id=self.mid, facts=facts, opinions=opinions,
            reflection=reflection, summary=summary, solution=solution,
            compensation=compensation, points=points,
            discount_percent=10 if compensation == "discount" else 0,
            status="open" if still_open else "closed",
            follow_up="" if still_open else _FOLLOW_UP[ru], till_id=self.ctx.till_id,
            cashier="demo", created_at=when, closed_at=closed_at))
        if points:
            self._gift(when, name, "apology points" if not ru else "баллы в извинение", "points",
                       "complaint", points, 0, complaint_id, "apology", True)

    def finish(self, clock: _ShopClock, created: datetime) -> None:
        """The balance as one lot earned on the last visit (the demo's history is
        summarised); where the shop's points expire, a lot past its last day has
        expired, with its ledger row, as the hourly job would have done."""
        if self.balance <= 0:
            return
        earned_on = self.ctx.local(self.last_visit or created).date()
        expires_on = self.ctx.program.expiry.expires_on(earned_on)
        lot = dict(id=_uuid(self.rng), member_id=self.mid, ledger_id=None, points=self.balance,
                   remaining=self.balance, earned_on=earned_on, expires_on=expires_on)
        self.rows[PointLot].append(lot)
        if expires_on is not None and expires_on < clock.today:
            at = clock.at(expires_on + timedelta(days=1), 60)
            self.rows[LedgerEntry].append(dict(
                _entry(self.rng, self.mid, "expiry", -self.balance, 0, None, at, self.ctx),
                ref=lot["id"].hex, reason=f"earned {earned_on.isoformat()}, expired after "
                                          f"{expires_on.isoformat()}"))
            lot["remaining"] = 0
            self.balance = 0


def _entry(rng, member_id, kind, points, qualifying, purchase_id, when, ctx: ServiceContext):
    return dict(id=_uuid(rng), member_id=member_id, kind=kind, points=points,
                qualifying=qualifying, purchase_id=purchase_id, till_id=None, cashier="demo",
                reason="demo data", created_at=when, program_version_id=ctx.program_version_id,
                ref="")


# What the demo's cashiers gave and heard, in the till's language (True: Russian).
_GIFTS = {
    True: (("большой капучино вместо среднего", "upgrade"), ("круассан к кофе", "extra_item"),
           ("доставка торта домой", "service"), ("баллы на карту", "points")),
    False: (("a large cappuccino for a medium", "upgrade"), ("a croissant with the coffee",
                                                               "extra_item"),
            ("the cake delivered home", "service"), ("points on the card", "points")),
}
_COMPLAINTS = {
    True: (("Кофе остыл, пока ждал 15 минут", "Обслуживают медленно", "Понимаю, ждать холодный "
            "кофе обидно", "Долго ждали и получили холодный кофе", "Сварили новый кофе сразу"),
           ("В торте не было заказанной надписи", "Никто не слушает", "Вы правы, надпись была "
            "в заказе", "Торт без надписи, которую заказывали", "Написали надпись при гостье")),
    False: (("The coffee went cold during a 15-minute wait", "The service is slow",
             "I understand, a cold coffee after a wait is annoying",
             "A long wait and then a cold coffee", "Made a fresh coffee at once"),
            ("The cake lacked the lettering ordered", "Nobody listens", "You are right, the "
             "lettering was on the order", "The cake came without the ordered lettering",
             "Added the lettering while she waited")),
}
_FOLLOW_UP = {True: "Позвонили через два дня: всё в порядке, снова заходит.",
              False: "Called two days later: all is well, she is back as a regular."}
