"""Domain error codes in the cashier's language."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QObject

from app.domain.errors import DomainError, ValidationErrors
from app.ui import formats


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
        "language_unknown": QCoreApplication.translate("Messages", "Choose Russian, English or Latvian, or leave it empty for the till's language."),
        "birthday_future": QCoreApplication.translate("Messages", "The birthday is in the future."),
        "consent_required": QCoreApplication.translate("Messages", "Consent to processing personal data is required."),
        "redeem_negative": QCoreApplication.translate("Messages", "Points to redeem cannot be negative."),
        "redeem_over_balance": QCoreApplication.translate("Messages", "Only {available} points are available."),
        "redeem_over_amount": QCoreApplication.translate("Messages", "Points cannot pay more than the purchase (at most {available})."),
        # numbers that cannot be stored (app/domain/money.py, points_input.py, services/sales.py)
        "amount_too_large": QCoreApplication.translate("Messages", "The amount is too large: at most 99,999,999.99."),
        "points_invalid": QCoreApplication.translate("Messages", "Enter whole points, e.g. 150."),
        "points_too_large": QCoreApplication.translate("Messages", "At most 10,000,000 points."),
        # a bounded whole number typed into a field (points_input.parse_whole)
        "number_invalid": QCoreApplication.translate("Messages", "Enter a whole number, e.g. 150."),
        "number_too_large": QCoreApplication.translate("Messages", "At most {most}."),
        "number_too_small": QCoreApplication.translate("Messages", "At least {least}."),
        "receipt_too_long": QCoreApplication.translate("Messages", "A receipt number has at most 40 characters."),
        "quantity_too_large": QCoreApplication.translate("Messages", "At most 999 items in one line."),
        "program_large_amount": QCoreApplication.translate("Messages", "Enter an amount from 0.01 to 99,999,999.99."),
        "member_not_found": QCoreApplication.translate("Messages", "No member with this card."),
        "restore_not_in_place": QCoreApplication.translate("Messages", "The shop's server is not restored over itself while tills are connected to it: restore into a new, empty database ({command}) and point the tills at it."),
        "backup_failed": QCoreApplication.translate("Messages", "The backup could not be written: {detail}"),
        "backup_unusable": QCoreApplication.translate("Messages", "This file cannot be restored: {detail}"),
        "storage_full": QCoreApplication.translate("Messages", "The disk is full: nothing was saved. Free some space and try again."),
        "storage_read_only": QCoreApplication.translate("Messages", "The database cannot be written (it is read-only): nothing was saved. Ask the owner to check the file or drive."),
        "storage_damaged": QCoreApplication.translate("Messages", "The database file is damaged: nothing was saved. Ask the owner to restore the latest backup."),
        "storage_busy": QCoreApplication.translate("Messages", "The database is busy with another till: nothing was saved. Try again in a moment."),
        "storage_away": QCoreApplication.translate("Messages", "The shop's server does not answer; nothing was saved. Retrying…"),
        "storage_io": QCoreApplication.translate("Messages", "The database could not be read or written (a disk or network error): nothing was saved. Try again; if it repeats, call the owner."),
        "purchase_not_found": QCoreApplication.translate("Messages", "No such purchase."),
        # the customer's slip (services/slip_printers.py)
        "slip_printer_failed": QCoreApplication.translate("Messages", "The slip was not printed (the sale is recorded): {reason}"),
        "slip_printer_none": QCoreApplication.translate("Messages", "No slip printer is set up: Manage → Slip printer…"),
        "slip_output_unknown": QCoreApplication.translate("Messages", "Choose a printer and a paper width."),
        "slip_code_page": QCoreApplication.translate("Messages", "Choose a code page from the list."),
        "slip_path_empty": QCoreApplication.translate("Messages", "Choose where to print: a device, a file or a folder."),
        "slip_host_invalid": QCoreApplication.translate("Messages", "Enter the printer's address, e.g. 192.168.1.50, and port."),
        "slip_usb_invalid": QCoreApplication.translate("Messages", "Enter the USB vendor and product ids in hex, e.g. 0416 and 5011."),
        "report_period": QCoreApplication.translate("Messages", "The period must start on or before its end."),
        "draw_name": QCoreApplication.translate("Messages", "Give the draw a name."),
        "draw_prizes": QCoreApplication.translate("Messages", "List at least one prize, one per line."),
        "draw_min_points": QCoreApplication.translate("Messages", "Set the points a member needs, at least 1."),
        "draw_period": QCoreApplication.translate("Messages", "Choose a period that ends after it starts."),
        "draw_nobody": QCoreApplication.translate("Messages", "Nobody meets these conditions: lower the points or widen the period."),
        "draw_not_found": QCoreApplication.translate("Messages", "No such draw."),
        # the cash registers that may use the API (services/registers.py)
        "register_name_required": QCoreApplication.translate("Messages", "Give the register a name."),
        "register_name_too_long": QCoreApplication.translate("Messages", "A register's name has at most 60 characters."),
        "register_name_taken": QCoreApplication.translate("Messages", "A register named {name} already exists."),
        "register_not_found": QCoreApplication.translate("Messages", "There is no register named {name}."),
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
        "date_format": QCoreApplication.translate("Messages", "Enter the date as dd.mm.yyyy, e.g. 07.03.1985."),
        "date_no_such_day": QCoreApplication.translate("Messages", "There is no such day: {text}. Check the day and the month."),
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
        "staff_locked_alone": QCoreApplication.translate("Messages", "Locked after too many wrong PINs; try again in {minutes} min. A forgotten PIN is reset on the computer that holds the database: regulars staff reset-pin \"{name}\""),
        "staff_name": QCoreApplication.translate("Messages", "Enter the name."),
        "staff_name_taken": QCoreApplication.translate("Messages", "Someone already has this name."),
        "owner_exists": QCoreApplication.translate("Messages", "The owner account already exists."),
        # the shop's settings (app/domain/shop.py, app/services/shop_settings.py)
        "shop_name_missing": QCoreApplication.translate("Messages", "Give the shop's name."),
        "shop_name_long": QCoreApplication.translate("Messages", "At most {limit} characters."),
        "shop_region": QCoreApplication.translate("Messages", "Choose the country of the shop's phones."),
        "shop_currency": QCoreApplication.translate("Messages", "Choose one of the currencies."),
        "shop_currency_locked": QCoreApplication.translate("Messages", "Purchases are already recorded in {currency}: the currency cannot change."),
        "till_name_missing": QCoreApplication.translate("Messages", "Give this till a name."),
        "till_name_taken": QCoreApplication.translate("Messages", "Another till of the shop has this name."),
        "needs_cashier": QCoreApplication.translate("Messages", "Sign in first (F12)."),
        "needs_manager": QCoreApplication.translate("Messages", "This needs a manager: ask one to sign in (F12)."),
        "needs_owner": QCoreApplication.translate("Messages", "Only the owner can do this."),
        "reason_required": QCoreApplication.translate("Messages", "Give the reason."),
        "adjust_zero": QCoreApplication.translate("Messages", "Enter the points to add or take (not 0)."),
        # refunds (app/domain/refunds.py, app/services/refunds.py)
        "refund_over_paid": QCoreApplication.translate("Messages", "Only {left} can still be refunded: {paid} was paid and {refunded} refunded already."),
        "refund_nothing_left": QCoreApplication.translate("Messages", "This purchase is already refunded in full."),
        "refund_id_reused": QCoreApplication.translate("Messages", "This refund was recorded for another purchase; start the refund again."),
        "last_owner": QCoreApplication.translate("Messages", "The last owner cannot be switched off."),
        "staff_not_found": QCoreApplication.translate("Messages", "No such staff member."),
        "draw_seed": QCoreApplication.translate("Messages", "A seed is a whole number from 0 to 9223372036854775807."),
        "program_date_missing": QCoreApplication.translate("Messages", "Give the first and the last day of the campaign."),
        "member_gone": QCoreApplication.translate("Messages", "This member no longer exists."),
        "offline_redeem_off": QCoreApplication.translate("Messages", "Paying with points waits until the shop's server answers again."),
        "offline_redeem_over": QCoreApplication.translate("Messages", "While the server is away, at most {limit} points a day: {left} left today."),
        "export_kind": QCoreApplication.translate("Messages", "Choose what to export: members, purchases or ledger."),
        "export_format": QCoreApplication.translate("Messages", "Choose the format: CSV, XLSX or JSON."),
        "export_path": QCoreApplication.translate("Messages", "Choose a file to write to."),
        "export_folder_missing": QCoreApplication.translate("Messages", "The folder {path} does not exist."),
        "export_disk_full": QCoreApplication.translate("Messages", "The disk is full: {path} was not written. Free some space or choose another disk."),
        "export_permission": QCoreApplication.translate("Messages", "No permission to write {path}: choose another folder."),
        "export_failed": QCoreApplication.translate("Messages", "Could not write {path}: {reason}"),
        # member cards (app/services/cards.py, app/cards/design.py)
        "card_blocked": QCoreApplication.translate("Messages", "This card was blocked on {day} and replaced; it belongs to {name}. Press Enter to open the member."),
        "card_blocked_gone": QCoreApplication.translate("Messages", "This card was blocked and belongs to nobody now."),
        "card_blocked_reuse": QCoreApplication.translate("Messages", "This card number was blocked (a lost card); it is never given again."),
        "cards_none": QCoreApplication.translate("Messages", "There are no cards to print in this batch."),
        "card_tier_unknown": QCoreApplication.translate("Messages", "There is no such tier."),
        "card_batch_unknown": QCoreApplication.translate("Messages", "Choose which cards to print."),
        "card_reason": QCoreApplication.translate("Messages", "Choose why the card is replaced."),
        "card_shop_name": QCoreApplication.translate("Messages", "Give the shop's name for the card."),
        "card_text_long": QCoreApplication.translate("Messages", "At most {limit} characters fit on a card."),
        "card_logo": QCoreApplication.translate("Messages", "The logo must be a PNG or JPEG image up to 2 MB."),
        # importing members from another system (app/domain/importing.py, services/importer.py)
        "import_mapping_column": QCoreApplication.translate("Messages", "The mapping names a column that is not in the file: {column}."),
        "import_mapping_name": QCoreApplication.translate("Messages", "Choose the column with the name."),
        "import_mapping_phone": QCoreApplication.translate("Messages", "Choose the column with the phone."),
        "import_unreadable": QCoreApplication.translate("Messages", "Cannot read {file}: {error}."),
        "import_empty": QCoreApplication.translate("Messages", "{file} has no header row."),
        "import_not_found": QCoreApplication.translate("Messages", "{file} is not there: moved, renamed or deleted? Choose it again."),
        "import_permission": QCoreApplication.translate("Messages", "No permission to read {file}."),
        "import_encoding_unknown": QCoreApplication.translate("Messages", "Unknown encoding: {encoding}."),
        "import_cancelled": QCoreApplication.translate("Messages", "The import was cancelled; nothing was saved."),
        "import_duplicates": QCoreApplication.translate("Messages", "Duplicates are merged or skipped."),
        "import_name_missing": QCoreApplication.translate("Messages", "No name."),
        "import_phone_missing": QCoreApplication.translate("Messages", "No phone number."),
        "import_phone_invalid": QCoreApplication.translate("Messages", "Bad phone number: {value}."),
        "import_card_invalid": QCoreApplication.translate("Messages", "Bad card number: {value}."),
        "import_points_invalid": QCoreApplication.translate("Messages", "Bad number of points: {value}."),
        "import_tier_unknown": QCoreApplication.translate("Messages", "No such tier: {value}."),
        "import_date_invalid": QCoreApplication.translate("Messages", "Bad date: {value}."),
        "import_no_consent": QCoreApplication.translate("Messages", "No consent to processing personal data."),
        "import_email_dropped": QCoreApplication.translate("Messages", "E-mail {value} looks wrong; left empty."),
        "import_language_dropped": QCoreApplication.translate("Messages", "Language {value} is not known; left empty."),
        "import_conflict": QCoreApplication.translate("Messages", "The phone and the card belong to two different members."),
        "import_duplicate_member": QCoreApplication.translate("Messages", "Already a member (same phone or card)."),
        "import_card_blocked": QCoreApplication.translate("Messages", "This card number was replaced after a loss; leave the card empty and a new number is issued."),
        "import_duplicate_row": QCoreApplication.translate("Messages", "Same person as row {row}."),
        "import_points_already": QCoreApplication.translate("Messages", "Opening points were imported for this member before; not added again."),
        # points are money: cashier limits, checks before spending (app/domain/giving.py)
        "over_cashier_limit": QCoreApplication.translate("Messages", "A cashier gives at most {limit_points} points, goods worth {limit_amount} or a {limit_percent} % discount at once. A manager can allow more with their PIN."),
        "over_daily_cap": QCoreApplication.translate("Messages", "Cashiers may give this member at most {cap} points a day; {left} are left today. A manager can allow more with their PIN."),
        "needs_manager_pin": QCoreApplication.translate("Messages", "A manager must allow this with their PIN."),
        "approval_not_manager": QCoreApplication.translate("Messages", "{name} is not a manager: a manager's name and PIN are needed."),
        "member_unverified": QCoreApplication.translate("Messages", "Check who the customer is before spending their points: scan the card, or ask for the full phone, or the name and date of birth."),
        "verify_mismatch": QCoreApplication.translate("Messages", "That does not match this member: no points were spent. Check again."),
        "verify_no_birthday": QCoreApplication.translate("Messages", "This member's date of birth is not recorded: scan the card or ask for the full phone."),
        "redeem_over_receipt_cap": QCoreApplication.translate("Messages", "At most {cap} points can be spent on one receipt."),
    }


class Messages(QObject):
    """Texts whose words follow a count (1 member, 2 members): Qt's plural forms. A
    class, so that they are ``self.tr(text, "", n)``: lupdate up to PySide6 6.11 does not
    see a plural in ``QCoreApplication.translate(context, text, "", n)`` and drops it
    from the catalogue (the English "2 try(s) left" came back that way)."""

    def counted(self, error: DomainError) -> str | None:
        if error.code == "referrer_ambiguous":
            return self.tr("%n members match: enter the whole phone or scan the card.", "",
                           error.params["count"])
        if error.code == "pin_wrong_tries_left":  # a plural: "1 try", "2 tries"; "1 попытка"
            return self.tr("Wrong PIN. %n try(s) left before a 15-minute lock.", "",
                           int(error.params["tries_left"]))
        return None


def describe(error: DomainError) -> str:
    counted = Messages().counted(error)
    if counted is not None:
        return counted
    template = _texts().get(error.code)
    if template is None:
        return error.message
    return template.format(**{k: _shown(v) for k, v in error.params.items()})


def _shown(value):
    """Counts and points read as the till's language writes them: 2 500 / 2,500."""
    if isinstance(value, int) and not isinstance(value, bool):
        return formats.number(value)
    if isinstance(value, date) and not isinstance(value, datetime):
        return formats.day(value)
    return value


def field_errors(error: DomainError) -> dict[str, str]:
    """Map form field -> message, for showing next to each field."""
    errors = error.errors if isinstance(error, ValidationErrors) else [error]
    return {(e.field or ""): describe(e) for e in errors}
