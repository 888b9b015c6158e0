"""Small helpers the use cases share."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from app.db.models import Member
from app.domain.errors import DomainError
from app.domain.greeting import MemberFacts, address_form
from app.domain.languages import speech_language


def live_member(session: Session, member_id: uuid.UUID) -> Member:
    """The member, unless they do not exist or were erased."""
    return alive(session.get(Member, member_id))


def alive(member: Member | None) -> Member:
    """``member`` as read (None: not there), unless missing or erased."""
    if member is None or member.erased_at is not None:
        raise DomainError("member_gone", "This member no longer exists.")
    return member


def found(member: Member | None) -> Member:
    """``member`` as read (None: not there), erased or not, unless missing."""
    if member is None:
        raise DomainError("member_gone", "This member no longer exists.")
    return member


def spoken_language(member: Member, till_lang: str) -> str:
    """The language the member is spoken to in: their own, else the till's."""
    return speech_language(member.language, till_lang)


def spoken_name(member: Member, lang: str, polite: bool = False) -> str:
    """How to address the member out loud (Russian: first name and patronymic; Latvian:
    "Jāni", with ``polite`` "Bērziņa kungs")."""
    return address_form(MemberFacts(member.first_name, member.patronymic, member.last_name,
                                    member.address_as, None, 0, None, 0), lang, polite)
