"""The request bodies of the register API, version 1. Whole numbers are strict (12.5 or
"12" is refused, never rounded); their ranges are the till's own rules (the services
refuse in words), so the API and the till can never disagree about what is allowed."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict, Field, StrictInt

from app.domain.program import Line
from app.services.register_api import Basket, RefundCall, Sale

TEXT = 100  # a card number, a phone or a scanned code


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IdentifyIn(_Body):
    """One of: the card number, the phone (as the customer says it), or the code the
    register's scanner read from the card (barcode or QR)."""
    card: str = Field("", max_length=TEXT, examples=["2000000000015"])
    phone: str = Field("", max_length=TEXT, examples=["+7 916 123-45-67"])
    code: str = Field("", max_length=TEXT)


class LineIn(_Body):
    category: str = Field(max_length=40, examples=["coffee"])
    amount_minor: StrictInt = Field(description="the line's money, in minor units")
    quantity: StrictInt = 1


class BasketIn(_Body):
    member_id: uuid.UUID
    amount_minor: StrictInt = Field(description="the receipt's total in minor units "
                                    "(kopecks, cents): 1250.50 is 125050", examples=[125050])
    points_to_use: StrictInt = Field(0, description="points the customer pays with")
    lines: list[LineIn] = Field(default_factory=list, max_length=200)
    card: str = Field("", max_length=TEXT, description="the card that identified the "
                      "customer: needed to pay with points")
    phone: str = Field("", max_length=TEXT, description="or the full phone they said")

    def basket(self) -> Basket:
        return Basket(self.member_id, self.amount_minor, self.points_to_use,
                      tuple(Line(x.category, x.amount_minor, x.quantity) for x in self.lines),
                      self.card, self.phone)


class CommitIn(BasketIn):
    sale_id: str = Field(description="the register's own id for the sale, never reused: "
                         "sent again, the first answer comes back", examples=["K1-000042"])
    receipt_number: str = Field("", max_length=40)
    quoted_points_earned: StrictInt | None = Field(None, description="the quote's "
                                                   "points_earned: refused (409) if the "
                                                   "sale would now earn another figure")

    def sale(self) -> Sale:
        return Sale(self.sale_id, self.basket(), self.receipt_number,
                    self.quoted_points_earned)


class RefundIn(_Body):
    refund_id: str = Field(description="the register's own id for the refund, never reused")
    purchase_id: uuid.UUID | None = None
    receipt_number: str = Field("", max_length=40, description="instead of purchase_id")
    amount_minor: StrictInt | None = Field(None, description="omitted: all that is left")
    reason: str = Field("", max_length=200)

    def call(self) -> RefundCall:
        return RefundCall(self.refund_id, self.purchase_id, self.receipt_number,
                          self.amount_minor, self.reason)
