"""Members for the register API's bench (app/api/bench.py): a random sample of members
with cards, each found by one primary-key seek, so it costs the same at a million."""

from __future__ import annotations

import random
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Member


def sample_members(session: Session, count: int, seed: int = 42) -> list[tuple[uuid.UUID, str]]:
    """Up to ``count`` distinct (member id, card number) pairs, spread over the members."""
    rng = random.Random(seed)
    found: dict[uuid.UUID, str] = {}
    for _ in range(count * 3):
        if len(found) >= count:
            break
        row = session.execute(select(Member.id, Member.card_number).where(
            Member.id >= uuid.UUID(int=rng.getrandbits(128)), Member.card_number.is_not(None),
            Member.erased_at.is_(None)).order_by(Member.id).limit(1)).first()
        if row is not None:
            found[row[0]] = row[1]
    return list(found.items())
