"""Domain error codes in the cashier's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.errors import DomainError, ValidationErrors


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def _texts() -> dict[str, str]:
    return {
        "amount_negative": _t("The amount cannot be negative."),
        "amount_invalid": _t("Enter the amount as a number, e.g. 1250.50."),
        "amount_zero": _t("The amount must be more than zero."),
        "card_format": _t("A card number is 13 digits starting with 2."),
        "card_check_digit": _t("This card number has a wrong check digit; scan it again."),
        "card_taken": _t("This card belongs to another member."),
        "phone_empty": _t("Enter a phone number."),
        "phone_invalid": _t("This does not look like a phone number."),
        "phone_taken": _t("This phone is already enrolled: {name}."),
        "name_empty": _t("Enter the first name."),
        "email_invalid": _t("This e-mail address looks wrong."),
        "birthday_future": _t("The birthday is in the future."),
        "consent_required": _t("Consent to processing personal data is required."),
        "redeem_negative": _t("Points to redeem cannot be negative."),
        "redeem_over_balance": _t("Only {available} points are available."),
        "redeem_over_amount": _t("Points cannot pay more than the purchase (at most {available})."),
        "member_not_found": _t("No member with this card."),
        "purchase_not_found": _t("No such purchase."),
    }


def describe(error: DomainError) -> str:
    template = _texts().get(error.code)
    if template is None:
        return error.message
    return template.format(**{k: v for k, v in error.params.items()})


def field_errors(error: DomainError) -> dict[str, str]:
    """Map form field -> message, for showing next to each field."""
    errors = error.errors if isinstance(error, ValidationErrors) else [error]
    return {(e.field or ""): describe(e) for e in errors}
