"""Member cards: the owner's design, print runs and the cards in them, blocked numbers."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base


class CardDesignVersion(Base):
    """The owner's member-card design; each save is a new row and the newest is used."""
    __tablename__ = "card_design"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    body: Mapped[str] = mapped_column(Text)  # JSON: shop name, colours, fields, texts
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime]
    cashier: Mapped[str] = mapped_column(String(80), default="")


class CardPrintRun(Base):
    """One batch of cards printed or saved as PDF: who, when, which cards."""
    __tablename__ = "card_print_run"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(index=True)
    cashier: Mapped[str] = mapped_column(String(80), default="")
    till_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("till.id"))
    batch: Mapped[str] = mapped_column(String(60))  # new, all, tier:<key>, selection, member
    layout: Mapped[str] = mapped_column(String(10))  # a4, single
    cards: Mapped[int] = mapped_column(Integer)
    design_id: Mapped[int | None] = mapped_column(ForeignKey("card_design.id"))


class PrintedCard(Base):
    __tablename__ = "printed_card"
    run_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card_print_run.id"), primary_key=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"), primary_key=True,
                                                 index=True)
    card_number: Mapped[str] = mapped_column(String(13), index=True)


class BlockedCard(Base):
    """A card number that must not open anyone any more (lost, or its member erased).
    It is never issued again."""
    __tablename__ = "blocked_card"
    card_number: Mapped[str] = mapped_column(String(13), primary_key=True)
    member_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("member.id"), index=True)
    replaced_by: Mapped[str | None] = mapped_column(String(13))
    reason: Mapped[str] = mapped_column(String(20))  # lost, damaged, erased
    blocked_at: Mapped[datetime]
    cashier: Mapped[str] = mapped_column(String(80), default="")
    till_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("till.id"))
