"""The purchase dialog with the shop's server away and the owner's offline redemption
limit on (issue #17): it says how many points this member may still spend today, and the
points field is capped at that (the hint, and F6's "as many as allowed"). And the enrol
form finds a referrer on the local copy."""

import uuid

import pytest
from PySide6.QtCore import Qt

from app.bootstrap import open_app
from app.domain.giving import Verification
from app.services.context import SYSTEM
from app.services.offline_till import OfflineTill
from app.services.storage import AWAY, StorageError
from app.ui.enrol_dialog import EnrolDialog
from app.ui.offline_route import OfflineRoute
from app.ui.purchase_dialog import PurchaseDialog
from tests.ui.drive import press, type_into


def away():
    raise StorageError("storage_away", AWAY)


def offline_route(terminal, per_day: int) -> OfflineRoute:
    till = OfflineTill(terminal, away, redeem_per_day=per_day)
    till.went_away()
    return OfflineRoute(terminal, lambda _server: till)


@pytest.mark.parametrize(("per_day", "spent", "left"), [(100, 40, 60), (50, 50, 0)])
def test_the_points_field_is_capped_at_what_is_left_today(qtbot, terminal, ivan, per_day,
                                                         spent, left):
    route = offline_route(terminal, per_day)
    scanned = Verification("card", card=ivan.card_number)
    route.offline_till().record_purchase(uuid.uuid4(), ivan.member_id, 500_00,
                                         redeem_points=spent, verification=scanned)
    dialog = PurchaseDialog(terminal, route.member(ivan.member_id), till=route,
                            redeem_max=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.offline_note.text() == (f"The shop's server is away: at most {per_day} "
                                          f"points a day may be spent; {left} left today "
                                          "for this member.")
    type_into(qtbot, dialog.amount, "1000")
    assert dialog.redeem_hint.text() == f"at most {left} points"
    assert dialog.redeem.text() == str(left)


def test_a_referrer_typed_while_offline_is_found_on_the_copy(qtbot, tmp_path, terminal, ivan):
    """The enrol form's hint names the referrer from the local copy (``terminal`` here,
    with Ivan) while the server (an empty till's facade, never asked) is away."""
    server = open_app(str(tmp_path / "server.sqlite3"), "en", acting=SYSTEM).terminal
    till = OfflineTill(terminal, away)
    till.went_away()
    route = OfflineRoute(server, lambda _server: till)
    dialog = EnrolDialog(server, till=route)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.inputs["first_name"], "Anna")
    type_into(qtbot, dialog.referred_by, "8 916 123-45-67")
    press(qtbot, dialog.referred_by, Qt.Key.Key_Tab)
    assert dialog.referral_hint.text().startswith("Referred by Ivan Ivanovich Petrov. ")
