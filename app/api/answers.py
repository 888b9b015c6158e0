"""The register API's answers as the OpenAPI document describes them (documentation
only: the services build the answers, and a commit's or refund's is sent as stored)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")  # the tests hold the answers to these


class ErrorBody(_Out):
    code: str
    message: str
    field: str | None = None
    params: dict[str, str | int] | None = None


class ErrorOut(_Out):
    error: ErrorBody


class TierOut(_Out):
    key: str
    name: str
    perks: str = ""


class ExpiringOut(_Out):
    points: int
    on: str  # YYYY-MM-DD


class MemberOut(_Out):
    member_id: str
    name: str
    greeting: str
    card_number: str
    tier: TierOut
    balance: int
    expiring: ExpiringOut | None
    identified_by: str = ""


class BonusOut(_Out):
    kind: str  # campaign, birthday, referral
    key: str
    name: str
    points: int


class TierAfterOut(_Out):
    key: str
    name: str


class _SaleFigures(_Out):
    member_id: str
    amount_minor: int
    currency: str
    points_to_use: int
    points_usable_max: int
    points_earned: int
    bonuses: list[BonusOut]
    tier: TierOut
    tier_after: TierAfterOut


class QuoteOut(_SaleFigures):
    balance_after: int


class CommitOut(_SaleFigures):
    sale_id: str
    purchase_id: str
    receipt_number: str
    balance: int
    thank_you: str


class RefundOut(_Out):
    refund_id: str
    purchase_id: str
    amount_minor: int
    refunded_minor: int
    left_minor: int
    currency: str
    points_taken_back: int
    points_returned: int
    balance: int
    tier: str


class NextTierOut(_Out):
    name: str
    points_to_next: int


class StampsOut(_Out):
    card: str
    name: str
    have: int
    need: int


class SummaryOut(MemberOut):
    next_tier: NextTierOut | None
    stamps: list[StampsOut]
    thank_you: str
    slip_text: str | None


def documented(model: type[BaseModel]) -> dict:
    """A route's keywords: its answer and the refusals' one shape in the document, and no
    response model (the answers are not validated again on the way out)."""
    refusal = {"model": ErrorOut}
    return {"response_model": None,
            "responses": {200: {"model": model}, 400: refusal, 401: refusal, 404: refusal,
                          409: refusal, 422: refusal, 429: refusal, 503: refusal}}
