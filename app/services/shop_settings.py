"""The shop's settings (domain/shop.py: name, phone region, currency), kept with the
program in force so every till of the shop agrees and follows a change the way it
follows a new program (services/shop_changes.py). Set at the first start together
with the owner's account and this till's name, in one transaction; changed later by
the owner (Manage → Shop settings…)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session

from app.db.models import Purchase, Till
from app.domain.errors import DomainError
from app.domain.shop import Shop, check_till_name
from app.services import audit, program_admin, staff
from app.services.context import ServiceContext, StaffSession


@dataclass(frozen=True, slots=True)
class FirstStart:
    """What the first-start wizard asks."""
    shop: Shop
    till_name: str
    owner_name: str
    pin: str
    lang: str


def current(ctx: ServiceContext) -> Shop:
    program = ctx.program
    return Shop(program.name, program.phone_region, program.currency)


def has_purchases(session: Session) -> bool:
    return bool(session.scalar(select(exists().where(Purchase.id.is_not(None)))))


def set_up(session: Session, ctx: ServiceContext, start: FirstStart) -> tuple[StaffSession, str]:
    """The first start: the owner's account, the shop's settings and this till's name,
    all or nothing (the caller's one transaction). Returns the owner and the till's
    name as saved. Refused, like the owner's account, once the shop has staff."""
    shop = start.shop.checked()
    till_name = _name_this_till(session, ctx, start.till_name)
    owner = staff.create_owner(session, ctx, start.owner_name, start.pin)
    _put_in_force(session, ctx, shop)
    audit.record(session, ctx, "shop_set_up", ctx.till_id.hex if ctx.till_id else "",
                 phone_region=shop.phone_region, currency=shop.currency)
    return owner, till_name


def change(session: Session, ctx: ServiceContext, shop: Shop) -> Shop:
    """The owner's change. The currency stays once a purchase is recorded: the amounts
    already kept are in it, and nothing converts them (_put_in_force)."""
    shop = shop.checked()
    _put_in_force(session, ctx, shop)
    audit.record(session, ctx, "shop_settings_changed", "",
                 phone_region=shop.phone_region, currency=shop.currency)
    return shop


def _put_in_force(session: Session, ctx: ServiceContext, shop: Shop) -> None:
    """The settings as a new program version. The currency stays once a purchase is
    kept in it (a database `regulars demo` filled before the first start has some)."""
    was = ctx.program.currency
    if shop.currency != was and has_purchases(session):
        raise DomainError("shop_currency_locked",
                          "Purchases are already recorded in {currency}: the currency "
                          "cannot change.", field="currency", currency=was)
    data = dict(ctx.program.to_dict(), name=shop.name, phone_region=shop.phone_region,
                currency=shop.currency)
    program_admin.save(session, ctx, data)


def _name_this_till(session: Session, ctx: ServiceContext, name: str) -> str:
    """This till's row takes the name chosen (a new shop's only till, named "Till 1"
    or after the computer when its database was made)."""
    name = check_till_name(name)
    taken = session.scalar(select(exists().where(Till.name == name, Till.id != ctx.till_id)))
    if taken:
        raise DomainError("till_name_taken", "Another till of the shop has this name.",
                          field="till_name")
    session.execute(update(Till).where(Till.id == ctx.till_id).values(name=name))
    return name
