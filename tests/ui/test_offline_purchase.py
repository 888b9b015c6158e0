"""The purchase dialog with the shop's server away and the owner's offline redemption
limit on (issue #17): it says how many points this member may still spend today, and the
points field is capped at that (the hint, and F6's "as many as allowed"). And the enrol
form finds a referrer on the local copy."""

import uuid

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


def test_the_points_field_is_capped_at_what_is_left_today(qtbot, terminal, ivan):
    route = offline_route(terminal, 100)
    route.offline_till().record_purchase(uuid.uuid4(), ivan.member_id, 500_00,
                                         redeem_points=40,
                                         verification=Verification("card", card=ivan.card_number))  # 40 of today's 100 spent
    dialog = PurchaseDialog(terminal, route.member(ivan.member_id), till=route,
                            redeem_max=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.offline_note.text() == ("The shop's server is away: at most 100 points a "
                                          "day may be spent; 60 left today for this member.")
    type_into(qtbot, dialog.amount, "1000")
    assert dialog.redeem_hint.text() == "at most 60 points"
    assert dialog.redeem.text() == "60"


def test_nothing_left_today_caps_the_field_at_zero(qtbot, terminal, ivan):
    route = offline_route(terminal, 50)
    route.offline_till().record_purchase(uuid.uuid4(), ivan.member_id, 500_00,
                                         redeem_points=50,
                                         verification=Verification("card", card=ivan.card_number))
    dialog = PurchaseDialog(terminal, route.member(ivan.member_id), till=route,
                            redeem_max=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.offline_note.text() == ("The shop's server is away: at most 50 points a "
                                          "day may be spent; 0 left today for this member.")
    type_into(qtbot, dialog.amount, "1000")
    assert dialog.redeem_hint.text() == "at most 0 points"


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
