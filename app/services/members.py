"""Enrol, edit, find and show members."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db import search_index
from app.db.models import Member
from app.domain.cards import looks_like_card, validate_card_number
from app.domain.dates import parse_day
from app.domain.errors import DomainError, ValidationErrors
from app.domain.languages import member_language
from app.domain.names import full_name, search_key
from app.domain.phones import format_phone, normalise_phone, phone_digits
from app.domain.search_query import parse_query
from app.services import cards, tiers
from app.services.common import found
from app.services.context import ServiceContext
from app.services.dto import MemberInput, SearchHit
from app.services.ledger import post

SEARCH_LIMIT = 20
EXACT_REFERRER_MATCHES = ("phone", "card")  # a referrer is taken from these, or a single hit
CONSENT_TEXT_VERSION = "2026-11"  # the wording of the consent the form shows


class MemberNotFound(DomainError):
    def __init__(self):
        super().__init__("member_not_found", "No member with this card.", field="card")


class DuplicatePhone(DomainError):
    def __init__(self, member_id: uuid.UUID, name: str):
        super().__init__("phone_taken", f"This phone is already enrolled: {name}.",
                         field="phone", member_id=member_id, name=name)


def _validated(session: Session, ctx: ServiceContext, data: MemberInput,
               own_id: uuid.UUID | None = None) -> dict:
    """The values to store, or every field error at once (ValidationErrors when several),
    so the form can flag them all together."""
    values, errors = _field_values(data, ctx)
    errors += _uniqueness_errors(session, values, own_id)
    if own_id is None:
        values["referred_by_id"] = _referrer_id(session, ctx, data, errors)
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)
    return values


def _field_values(data: MemberInput, ctx: ServiceContext) -> tuple[dict, list[DomainError]]:
    errors: list[DomainError] = []
    values: dict = {}
    first = " ".join(data.first_name.split())
    if not first:
        errors.append(DomainError("name_empty", "Enter the first name.", field="first_name"))
    try:
        values["phone"] = normalise_phone(data.phone, ctx.phone_region)
    except DomainError as exc:
        errors.append(exc)
    email = data.email.strip()
    if email and ("@" not in email or "." not in email.split("@")[-1]):
        errors.append(DomainError("email_invalid", "This e-mail address looks wrong.",
                                  field="email"))
    birthday = data.birthday
    if birthday is None:
        try:
            birthday = parse_day(data.birthday_text)
        except DomainError as exc:
            errors.append(exc)
    if birthday and birthday > date.today():
        errors.append(DomainError("birthday_future", "The birthday is in the future.",
                                  field="birthday"))
    card = data.card_number.strip()
    if card:
        try:
            values["card_number"] = validate_card_number(card)
        except DomainError as exc:
            errors.append(exc)
    try:
        values["language"] = member_language(data.language)
    except DomainError as exc:
        errors.append(exc)
    if not data.consent:
        errors.append(DomainError("consent_required",
                                  "Consent to processing personal data is required.",
                                  field="consent"))
    values.update(first_name=first, patronymic=data.patronymic.strip() or None,
                  last_name=data.last_name.strip() or None,
                  address_as=data.address_as.strip() or None, email=email or None,
                  birthday=birthday, notes=data.notes.strip(),
                  sms_opt_in=data.sms_opt_in, email_opt_in=data.email_opt_in)
    values.setdefault("card_number", None)
    return values, errors


def _uniqueness_errors(session: Session, values: dict,
                       own_id: uuid.UUID | None = None) -> list[DomainError]:
    """A phone or card that another member holds (only those that are valid at all)."""
    errors: list[DomainError] = []
    other = None
    if values.get("phone"):
        other = session.scalar(select(Member).where(Member.phone == values["phone"]))
    if other is not None and other.id != own_id:
        errors.append(DuplicatePhone(other.id, _display(other)))
    if values["card_number"]:
        holder = session.scalar(select(Member).where(Member.card_number == values["card_number"]))
        if holder is not None and holder.id != own_id:
            errors.append(DomainError("card_taken", f"This card belongs to {_display(holder)}.",
                                      field="card_number"))
        elif holder is None and cards.is_blocked(session, values["card_number"]):
            errors.append(DomainError("card_blocked_reuse", "This card number was blocked (a "
                                      "lost card); it is never given again.",
                                      field="card_number"))
    return errors


def find_referrer(session: Session, ctx: ServiceContext, text: str) -> tuple[SearchHit | None, int]:
    """Who brought the newcomer: an exact phone or card, else the only search hit;
    with how many members the text matched."""
    text = text.strip()
    hits = search(session, ctx, text) if text else []
    exact = [h for h in hits if h.match in EXACT_REFERRER_MATCHES]
    if exact:
        return exact[0], len(hits)
    return (hits[0] if len(hits) == 1 else None), len(hits)


def _referrer_id(session: Session, ctx: ServiceContext, data: MemberInput,
                 errors: list[DomainError]) -> uuid.UUID | None:
    if data.referred_by_id is not None:
        referrer = session.get(Member, data.referred_by_id)
        if referrer is None or referrer.erased_at is not None:
            errors.append(DomainError("referrer_not_found", "No member found to refer this "
                                      "friend.", field="referred_by"))
            return None
        return referrer.id
    if not data.referred_by.strip():
        return None
    hit, count = find_referrer(session, ctx, data.referred_by)
    if hit is None and count > 1:
        errors.append(DomainError("referrer_ambiguous", "{count} members match.",
                                  field="referred_by", count=count))
    elif hit is None:
        errors.append(DomainError("referrer_not_found", "Nobody found with this phone or "
                                  "card.", field="referred_by"))
    return hit.member_id if hit else None


def _apply(member: Member, values: dict) -> None:
    for key, value in values.items():
        setattr(member, key, value)
    member.phone_rev = phone_digits(values["phone"])[::-1]
    # Formatted once at write time: formatting on every keystroke's results is slow.
    member.phone_display = format_phone(values["phone"])
    member.name_key = search_key(member.first_name, member.patronymic, member.last_name)


def enrol(session: Session, ctx: ServiceContext, data: MemberInput,
          member_id: uuid.UUID | None = None) -> uuid.UUID:
    """Enrol a member with the welcome bonus. Idempotent on ``member_id``."""
    if member_id is not None and session.get(Member, member_id) is not None:
        return member_id  # a repeated submit of the same form
    values = _validated(session, ctx, data)
    referred_by_id = values.pop("referred_by_id")
    now = ctx.clock()
    member = Member(id=member_id or uuid.uuid4(), consent_at=now, created_at=now,
                    consent_version=CONSENT_TEXT_VERSION, consent_by=ctx.cashier,
                    updated_at=now, balance=0, qualifying_points=0, visits=0,
                    tier_key=ctx.program.tiers[0].key)
    _apply(member, values)
    if not member.card_number:
        member.card_number = _free_card_number(session)
    member.referred_by_id = referred_by_id
    _insert_once(session, member)
    if ctx.program.welcome_bonus:
        post(session, ctx, member, "welcome", ctx.program.welcome_bonus, qualifying=0,
             reason="welcome bonus")
    tiers.refresh(session, ctx, member, "enrol")
    return member.id


def _insert_once(session: Session, member: Member) -> None:
    """Insert the new member. Another till may have enrolled the same phone (or the same
    form) since it was checked: its row is committed, the unique index refuses ours, and
    the answer is the words of the check, not an IntegrityError. The savepoint keeps the
    rest of the transaction usable for the answer."""
    try:
        with session.begin_nested():
            session.add(member)
            session.flush()
    except IntegrityError:
        other = session.scalar(select(Member).where(Member.phone == member.phone)
                               ) if member.phone else None
        if other is None:
            raise
        raise DuplicatePhone(other.id, _display(other)) from None


def _free_card_number(session: Session) -> str:
    """A random unused in-store number: random, not sequential, so tills never collide."""
    return cards.free_card_number(session)  # also never a blocked (lost) number


def edit(session: Session, ctx: ServiceContext, member_id: uuid.UUID, data: MemberInput) -> None:
    member = _get(session, member_id)
    values = _validated(session, ctx, data, own_id=member.id)
    if values["birthday"] != member.birthday:
        member.birthday_changed_at = ctx.clock()  # guards the birthday bonus for 30 days
    _apply(member, values)
    member.updated_at = ctx.clock()


def _get(session: Session, member_id: uuid.UUID) -> Member:
    return found(session.get(Member, member_id))


def _display(m: Member) -> str:
    return full_name(m.first_name, m.patronymic, m.last_name)


_HIT_COLUMNS = (Member.id, Member.first_name, Member.patronymic, Member.last_name,
                Member.phone_display, Member.card_number, Member.tier_key, Member.balance)


def _hit(row, match: str) -> SearchHit:
    mid, first, patronymic, last, phone, card, tier, balance = row
    return SearchHit(mid, full_name(first, patronymic, last), phone or "",
                     card or "", tier, balance, match)


def find_by_card(session: Session, card: str) -> uuid.UUID:
    number = validate_card_number(card)
    member_id = session.scalar(select(Member.id).where(Member.card_number == number))
    if member_id is None:
        raise MemberNotFound()
    return member_id


def search(session: Session, ctx: ServiceContext, query: str, limit: int = SEARCH_LIMIT,
           refuse_bad_card: bool = False) -> list[SearchHit]:
    """Ranked: exact card, exact phone, phone suffix; name prefix, name-part starts,
    name contains.

    Only the columns a result line shows are read (no ORM objects), and every
    branch is an index seek with a LIMIT, so the cost does not grow with members.
    Whatever was typed or pasted is cleaned first (app.domain.search_query): a NUL
    or a zero-width space finds what the query without it finds, never an error.
    With ``refuse_bad_card``, a 13-digit number that looks like a card but has a
    wrong check digit, and is nobody's phone either, raises ``card_check_digit``: the
    cashier must hear that the number is wrong, not that the person is unknown.
    """
    q = parse_query(query)
    if q.empty:
        return []
    hits: dict[uuid.UUID, SearchHit] = {}

    def add(where, match, order=None, lim=limit):
        if len(hits) >= limit:
            return
        stmt = select(*_HIT_COLUMNS).where(where).limit(lim)
        for row in session.execute(stmt.order_by(order) if order is not None else stmt):
            if len(hits) < limit:
                hits.setdefault(row[0], _hit(row, match))

    if q.is_number:
        _search_number(ctx, q, add, hits, refuse_bad_card)
        return list(hits.values())
    add(Member.name_key.between(q.name, search_index.upper_bound(q.name)), "name_prefix",
        Member.name_key)
    if q.words:
        add(search_index.name_words(session, Member.name_key, q.words, limit * 2),
            "name_words", Member.name_key, limit * 2)
    if len(hits) < limit and len(q.name) >= 3:
        where = search_index.name_contains(session, Member.name_key, q.name, limit * 2)
        add(where, "name_contains", Member.name_key, limit * 2)
    return list(hits.values())


def searchable(query: str) -> bool:
    return not parse_query(query).empty


def _search_number(ctx: ServiceContext, q, add, hits: dict, refuse_bad_card: bool) -> None:
    card_error = None
    if looks_like_card(q.digits):
        try:
            add(Member.card_number == validate_card_number(q.digits), "card")
        except DomainError as exc:
            card_error = exc  # it may still be a phone number
    try:
        add(Member.phone == normalise_phone(q.text, ctx.phone_region), "phone")
    except DomainError:
        pass
    rev = q.digits[::-1]
    add(Member.phone_rev.between(rev, search_index.upper_bound(rev)), "phone_suffix",
        Member.phone_rev)
    if refuse_bad_card and card_error is not None and not hits:
        raise card_error


def count(session: Session) -> int:
    """How many members the shop has (erased ones included: their rows stay)."""
    return session.scalar(select(func.count()).select_from(Member))
