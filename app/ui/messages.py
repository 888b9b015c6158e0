"""Domain error codes in the cashier's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.errors import DomainError, ValidationErrors


def _texts() -> dict[str, str]:
    return {
        "amount_negative": QCoreApplication.translate("Messages", "The amount cannot be negative."),
        "amount_invalid": QCoreApplication.translate("Messages", "Enter the amount as a number, e.g. 1250.50."),
        "amount_zero": QCoreApplication.translate("Messages", "The amount must be more than zero."),
        "card_format": QCoreApplication.translate("Messages", "A card number is 13 digits starting with 2."),
        "card_check_digit": QCoreApplication.translate("Messages", "This card number has a wrong check digit; scan it again."),
        "card_taken": QCoreApplication.translate("Messages", "This card belongs to another member."),
        "phone_empty": QCoreApplication.translate("Messages", "Enter a phone number."),
        "phone_invalid": QCoreApplication.translate("Messages", "This does not look like a phone number."),
        "phone_taken": QCoreApplication.translate("Messages", "This phone is already enrolled: {name}."),
        "name_empty": QCoreApplication.translate("Messages", "Enter the first name."),
        "email_invalid": QCoreApplication.translate("Messages", "This e-mail address looks wrong."),
        "birthday_future": QCoreApplication.translate("Messages", "The birthday is in the future."),
        "consent_required": QCoreApplication.translate("Messages", "Consent to processing personal data is required."),
        "redeem_negative": QCoreApplication.translate("Messages", "Points to redeem cannot be negative."),
        "redeem_over_balance": QCoreApplication.translate("Messages", "Only {available} points are available."),
        "redeem_over_amount": QCoreApplication.translate("Messages", "Points cannot pay more than the purchase (at most {available})."),
        "member_not_found": QCoreApplication.translate("Messages", "No member with this card."),
        "purchase_not_found": QCoreApplication.translate("Messages", "No such purchase."),
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
