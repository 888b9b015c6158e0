"""Where a problem in the program is, in the owner's words: "Tier 2, threshold: …"
for a table cell, "Welcome bonus: …" for a field. Program.from_dict names the field;
this says it."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.domain.errors import DomainError, ValidationErrors
from app.ui.messages import describe


def problems_of(error: DomainError) -> list[DomainError]:
    return list(error.errors) if isinstance(error, ValidationErrors) else [error]


class ProblemPlaces(QObject):
    """Words for the places a problem can be, to say where it is."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = {"tiers": self.tr("Tier %1"), "campaigns": self.tr("Campaign %1"),
                           "stamp_cards": self.tr("Stamp card %1"),
                           "categories": self.tr("Category %1"), "causes": self.tr("Cause %1")}
        self.fields = {
            "key": self.tr("key"), "name": self.tr("name"), "colour": self.tr("colour"),
            "threshold": self.tr("threshold"), "earn_percent": self.tr("earn rate"),
            "perks": self.tr("perks"), "kind": self.tr("kind"), "starts": self.tr("starts"),
            "ends": self.tr("ends"), "tiers": self.tr("tiers"), "factor_percent": self.tr("factor"),
            "category": self.tr("category"), "extra_percent": self.tr("extra"),
            "tier": self.tr("tier"), "stamps": self.tr("stamps"), "reward": self.tr("reward")}
        self.places = {
            "tiers": self.tr("Tiers"), "campaigns": self.tr("Campaigns"),
            "stamp_cards": self.tr("Stamp cards"), "categories": self.tr("Categories"),
            "causes": self.tr("Causes"), "qualifying_window.kind": self.tr("Qualifying window"),
            "qualifying_window.months": self.tr("Qualifying window, months"),
            "welcome_bonus": self.tr("Welcome bonus"), "expiry.kind": self.tr("Expiry"),
            "expiry.days": self.tr("Expiry, days"), "expiry.since": self.tr("Expiry"),
            "long_absence_days": self.tr("Long absence"),
            "point_value_minor": self.tr("Point value"),
            "large_amount_minor": self.tr("Confirm purchases above")}
        self.actions = {
            "survey": self.tr("Points for a survey"), "review": self.tr("Points for a review"),
            "referral_referrer": self.tr("Referral: points for the member who brings a friend"),
            "referral_friend": self.tr("Referral: points for the friend"),
            "birthday": self.tr("Birthday points"),
            "long_wait": self.tr("Apology points for a long wait")}
        self.places.update({f"actions.{k}": v for k, v in self.actions.items()})
        self.places.update({
            "limits.redeem_per_receipt": self.tr("Points per receipt"),
            "limits.given_per_member_day": self.tr("Points given per member a day"),
            "offline_redeem_per_day": self.tr("Points a day while the server is away")})

    def text(self, error: DomainError) -> str:
        """The message with where it is: "Tier 2, threshold: …"."""
        parts = (error.field or "").split(".")
        if parts[0] in self.rows and len(parts) > 1 and parts[1].isdigit():
            where = self.rows[parts[0]].replace("%1", str(int(parts[1]) + 1))
            if len(parts) > 2:
                where += ", " + self.fields.get(parts[2], parts[2])
        else:
            where = self.places.get(error.field or "", "")
        return f"{where}: {describe(error)}" if where else describe(error)
