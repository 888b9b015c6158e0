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
        "draw_name": QCoreApplication.translate("Messages", "Give the draw a name."),
        "draw_prizes": QCoreApplication.translate("Messages", "List at least one prize, one per line."),
        "draw_min_points": QCoreApplication.translate("Messages", "Set the points a member needs, at least 1."),
        "draw_period": QCoreApplication.translate("Messages", "Choose a period that ends after it starts."),
        "draw_nobody": QCoreApplication.translate("Messages", "Nobody meets these conditions: lower the points or widen the period."),
        "draw_not_found": QCoreApplication.translate("Messages", "No such draw."),
        "program_thresholds_order": QCoreApplication.translate("Messages", "Each threshold must be higher than the one before."),
        "program_rate": QCoreApplication.translate("Messages", "The earn rate is a percent from 0 to 100."),
        "program_negative": QCoreApplication.translate("Messages", "This cannot be negative."),
        "program_first_tier": QCoreApplication.translate("Messages", "The first tier starts at 0 qualifying points."),
        "program_campaign_adds": QCoreApplication.translate("Messages", "A campaign only ever adds points: a factor above 100 %, an extra above 0."),
        "program_threshold_lower": QCoreApplication.translate("Messages", "The campaign threshold must be lower than the tier's own and higher than the tier below's."),
        "program_unknown_category": QCoreApplication.translate("Messages", "There is no such category."),
        "program_dates": QCoreApplication.translate("Messages", "The campaign ends before it starts."),
        "program_key": QCoreApplication.translate("Messages", "Use lower-case letters, digits and _ for a key."),
        "program_name_missing": QCoreApplication.translate("Messages", "Give the name in Russian and in English."),
        "program_colour": QCoreApplication.translate("Messages", "A colour looks like #3d7ebf."),
        "program_stamps": QCoreApplication.translate("Messages", "A set has from 2 to 50 stamps."),
        "program_reward_missing": QCoreApplication.translate("Messages", "Say what the full set gives."),
        "program_choice": QCoreApplication.translate("Messages", "Choose one of the options."),
        "program_months": QCoreApplication.translate("Messages", "From 1 to 120 months."),
        "program_expiry_days": QCoreApplication.translate("Messages", "Points must last from 30 days to 10 years (3650 days)."),
        "program_duplicate_key": QCoreApplication.translate("Messages", "Two entries have the same key."),
        "program_no_tiers": QCoreApplication.translate("Messages", "The program needs at least one tier."),
        "program_not_integer": QCoreApplication.translate("Messages", "Enter a whole number."),
        "program_bad_date": QCoreApplication.translate("Messages", "Enter the date as YYYY-MM-DD."),
        "program_unknown_tier": QCoreApplication.translate("Messages", "There is no such tier; a lowered threshold needs a tier above the first."),
        "program_point_value": QCoreApplication.translate("Messages", "A point must be worth something."),
        "lines_over_total": QCoreApplication.translate("Messages", "The parts add up to more than the purchase."),
        "category_unknown": QCoreApplication.translate("Messages", "There is no such category."),
        "action_done_today": QCoreApplication.translate("Messages", "Already rewarded today."),
        "action_off": QCoreApplication.translate("Messages", "The program gives no points for this."),
        "action_unknown": QCoreApplication.translate("Messages", "There is no such action."),
        "cause_unknown": QCoreApplication.translate("Messages", "Choose a cause."),
        "donation_positive": QCoreApplication.translate("Messages", "Donate at least one point."),
        "reward_not_found": QCoreApplication.translate("Messages", "No such reward."),
        "referrer_not_found": QCoreApplication.translate("Messages", "Nobody found with this phone or card."),
        "gift_what": QCoreApplication.translate("Messages", "Say what the gift is."),
        "gift_not_found": QCoreApplication.translate("Messages", "No such gift."),
        "points_negative": QCoreApplication.translate("Messages", "Points cannot be negative."),
        "complaint_facts": QCoreApplication.translate("Messages", "Write down what happened."),
        "complaint_points": QCoreApplication.translate("Messages", "Give at least one point."),
        "complaint_discount": QCoreApplication.translate("Messages", "A discount is from 1 to 100 %."),
        "complaint_member": QCoreApplication.translate("Messages", "Open the member to compensate them."),
        "complaint_follow_up": QCoreApplication.translate("Messages", "Write how it was followed up."),
        "complaint_not_found": QCoreApplication.translate("Messages", "No such complaint."),
        # The braces around the placeholders are doubled: these texts go through str.format.
        "phrase_braces": QCoreApplication.translate("Messages", "Braces must come in pairs: {{name}}."),
        "phrase_placeholder": QCoreApplication.translate("Messages", "Only {{name}}, {{what}} and {{points}} can be used, not {unknown}."),
        "phrase_empty": QCoreApplication.translate("Messages", "Write the words to say."),
        "pin_format": QCoreApplication.translate("Messages", "A PIN is 4 to 8 digits."),
        "pin_wrong": QCoreApplication.translate("Messages", "Wrong name or PIN."),
        "staff_locked": QCoreApplication.translate("Messages", "Locked after too many wrong PINs; try again in {minutes} min or ask a manager."),
        "staff_name": QCoreApplication.translate("Messages", "Enter the name."),
        "staff_name_taken": QCoreApplication.translate("Messages", "Someone already has this name."),
        "owner_exists": QCoreApplication.translate("Messages", "The owner account already exists."),
        "needs_cashier": QCoreApplication.translate("Messages", "Sign in first (F12)."),
        "needs_manager": QCoreApplication.translate("Messages", "This needs a manager: ask one to sign in (F12)."),
        "needs_owner": QCoreApplication.translate("Messages", "Only the owner can do this."),
        "reason_required": QCoreApplication.translate("Messages", "Give the reason."),
        "adjust_zero": QCoreApplication.translate("Messages", "Enter the points to add or take (not 0)."),
        "last_owner": QCoreApplication.translate("Messages", "The last owner cannot be switched off."),
        "staff_not_found": QCoreApplication.translate("Messages", "No such staff member."),
        "draw_seed": QCoreApplication.translate("Messages", "A seed is a whole number from 0 to 9223372036854775807."),
        "program_date_missing": QCoreApplication.translate("Messages", "Give the first and the last day of the campaign."),
        "member_gone": QCoreApplication.translate("Messages", "This member no longer exists."),
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
