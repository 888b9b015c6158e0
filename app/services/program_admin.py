"""The program in force: read from the database, saved by the owner as a new version.

Every saved program is a new row; old rows are never changed, so any past purchase
or ledger row is explained by the version it points to.
"""

from __future__ import annotations

import json

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db.models import PointLot, ProgramVersion
from app.domain.program import Program
from app.services import audit, tiers
from app.services.context import ServiceContext, load_program, utcnow
from app.services.dto import ProgramSaved


def _body(program: Program) -> str:
    return json.dumps(program.to_dict(), ensure_ascii=False, sort_keys=True)


def current(session: Session) -> tuple[Program, int]:
    """The latest saved program; the shipped default is saved as version 1 on first run."""
    latest = session.scalars(select(ProgramVersion).order_by(ProgramVersion.id.desc())).first()
    if latest is not None:
        return Program.from_dict(json.loads(latest.body)), latest.id
    program = load_program()
    return program, _store(session, program)


def _store(session: Session, program: Program) -> int:
    version = ProgramVersion(body=_body(program), created_at=utcnow())
    session.add(version)
    session.flush()
    return version.id


def save(session: Session, ctx: ServiceContext, data: dict) -> ProgramSaved:
    """Put ``data`` in force (see _save) and audit it, even when nothing changed: the
    owner pressed Save."""
    saved = _save(session, ctx, data)
    audit.record(session, ctx, "program_changed", str(saved.version_id), upgraded=saved.upgraded)
    return saved


def _save(session: Session, ctx: ServiceContext, data: dict) -> ProgramSaved:
    """Validate ``data`` (every problem at once), store it as a new version, put it in
    force and re-evaluate tiers: upgrades at once, downgrades at the next review."""
    previous = ctx.program
    program = Program.from_dict(data).with_expiry_started(previous, ctx.today())
    if _body(program) == _body(previous) and ctx.program_version_id is not None:
        return ProgramSaved(ctx.program_version_id, 0, 0)
    version_id = _store(session, program)
    ctx.program, ctx.program_version_id = program, version_id
    if program.expiry != previous.expiry:
        _restart_expiry(session, ctx, previous)
    upgraded, members = tiers.after_program_change(session, ctx)
    return ProgramSaved(version_id, upgraded, members)


def _restart_expiry(session: Session, ctx: ServiceContext, previous: Program) -> None:
    """Switching expiry on dates the points already held from today, never into the
    past; switching it off frees every lot. Lots earned under one expiry rule keep it
    when the owner merely changes the number of days."""
    expiry = ctx.program.expiry
    if expiry.kind == "never":
        session.execute(update(PointLot).where(PointLot.remaining > 0).values(expires_on=None))
    elif previous.expiry.kind == "never":
        session.execute(update(PointLot).where(PointLot.remaining > 0)
                        .values(expires_on=expiry.expires_on(ctx.today())))
