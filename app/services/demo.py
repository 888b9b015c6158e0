"""Realistic demo members with a purchase history, deterministic for a seed.

Rows are written in bulk (Core inserts, batched) so that a million members for
the benchmark take minutes, not hours; the ledger and cached balances are built
with the same program rules the till uses, so ``regulars check`` passes.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta

from faker import Faker
from sqlalchemy import insert
from sqlalchemy.orm import Session, sessionmaker

from app.db.models import LedgerEntry, Member, PointLot, Purchase, TierEvent
from app.domain.cards import card_number_for
from app.domain.names import search_key
from app.domain.phones import format_phone
from app.services.context import ServiceContext

BATCH = 5000


def fill(sessions: sessionmaker[Session], ctx: ServiceContext, count: int, seed: int = 1,
         progress: Callable[[int], None] | None = None, start: int = 0) -> int:
    """Add exactly ``count`` members. Returns how many were added."""
    # Adding to a database that has members continues with other ids: a second
    # `regulars demo` with the same seed must not collide with the first.
    rng = random.Random(seed if start == 0 else hash((seed, start)))
    fakers = {"ru": Faker("ru_RU"), "en": Faker("en_GB")}
    for f in fakers.values():
        f.seed_instance(seed if start == 0 else hash((seed, start)))
    now = ctx.clock()
    done = 0
    while done < count:
        size = min(BATCH, count - done)
        rows = [_member(rng, fakers, ctx, now, start + done + i, seed) for i in range(size)]
        with sessions.begin() as s:
            conn = s.connection()  # Core executemany: the ORM bulk path is ~4x slower here
            conn.execute(insert(Member.__table__), [r[0] for r in rows])
            purchases = [p for r in rows for p in r[1]]
            if purchases:
                conn.execute(insert(Purchase.__table__), purchases)
            conn.execute(insert(LedgerEntry.__table__), [e for r in rows for e in r[2]])
            conn.execute(insert(PointLot.__table__), [lot for r in rows for lot in r[3]])
            events = [e for r in rows for e in r[4]]
            if events:
                conn.execute(insert(TierEvent.__table__), events)
        done += size
        if progress:
            progress(done)
    return done


def _spread(index: int, seed: int) -> int:
    """Distinct nine-digit numbers for distinct indexes (7919 is coprime with 10**9)."""
    return (index * 7919 + seed * 104729) % 10**9


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _member(rng, fakers, ctx: ServiceContext, now: datetime, index: int, seed: int):
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
    mid = _uuid(rng)
    created = now - timedelta(days=rng.randrange(1, 900), minutes=rng.randrange(1440))
    program = ctx.program
    # The card sequence embeds the index so numbers are unique for any seed.
    card = card_number_for((seed % 1000) * 10**7 + index)
    version = ctx.program_version_id
    ledger = [_entry(rng, mid, "welcome", program.welcome_bonus, 0, None, created, version)]
    events = []
    purchases, balance, qualifying, last_visit = [], program.welcome_bonus, 0, None
    when = created
    for _ in range(rng.choice((0, 1, 2, 3, 5, 8, 13))):
        when = when + timedelta(days=rng.randrange(1, 40), minutes=rng.randrange(600))
        if when >= now:
            break
        amount = rng.randrange(100, 8000) * 100
        redeem = rng.choice((0, 0, 0, min(balance, amount // 100 // 2)))
        tier = program.tier_for(qualifying)
        earned = program.earned_points(tier, amount, redeem)
        pid = _uuid(rng)
        purchases.append(dict(id=pid, member_id=mid, amount_minor=amount,
                              currency=program.currency, points_redeemed=redeem,
                              points_earned=earned, till_id=ctx.till_id, cashier="demo",
                              receipt_number=str(rng.randrange(10**6)),
                              program_version_id=ctx.program_version_id,
                              status="completed", created_at=when, tier_key=tier.key))
        if redeem:
            ledger.append(_entry(rng, mid, "redeem", -redeem, 0, pid, when, version))
        if earned:
            ledger.append(_entry(rng, mid, "earn", earned, earned, pid, when, version))
        balance += earned - redeem
        qualifying += earned
        last_visit = when
        reached = program.tier_for(qualifying).key
        if reached != tier.key:
            events.append(dict(id=_uuid(rng), member_id=mid, from_key=tier.key, to_key=reached,
                               reason="purchase", purchase_id=pid, program_version_id=version,
                               created_at=when, cashier="demo", till_id=None))
    birthday = date(rng.randrange(1950, 2006), rng.randrange(1, 13), rng.randrange(1, 29))
    member = dict(id=mid, first_name=first, patronymic=patronymic, last_name=last,
                  address_as=None, phone=phone, phone_rev=phone[1:][::-1],
                  phone_display=format_phone(phone), email=None,
                  birthday=birthday, notes="", card_number=card,
                  name_key=search_key(first, patronymic, last), consent_at=created,
                  sms_opt_in=rng.random() < 0.3, email_opt_in=False, balance=balance,
                  qualifying_points=qualifying, tier_key=program.tier_for(qualifying).key,
                  tier_floor_key=program.tier_for(qualifying).key, tier_review_on=None,
                  referred_by_id=None, referral_rewarded=False, birthday_changed_at=None,
                  consent_withdrawn_at=None, erased_at=None, consent_version="demo",
                  consent_by="demo",
                  visits=len(purchases), last_visit_at=last_visit, created_at=created,
                  updated_at=last_visit or created)
    # The balance as one lot earned on the last visit (the demo's history is summarised).
    last_day = (last_visit or created).date()
    lots = [dict(id=_uuid(rng), member_id=mid, ledger_id=None, points=balance, remaining=balance,
                 earned_on=last_day, expires_on=program.expiry.expires_on(last_day))] \
        if balance > 0 else []
    return member, purchases, ledger, lots, events


def _entry(rng, member_id, kind, points, qualifying, purchase_id, when, version):
    return dict(id=_uuid(rng), member_id=member_id, kind=kind, points=points,
                qualifying=qualifying, purchase_id=purchase_id, till_id=None, cashier="demo",
                reason="demo data", created_at=when, program_version_id=version, ref="")
