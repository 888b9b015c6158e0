"""Cards through the facade: design, batches, recorded print runs, lost cards."""

import uuid
from datetime import date

import pytest
import zxingcpp
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import AuditEntry, Member, PrintedCard
from app.domain.errors import DomainError
from app.services.cards import CardBlocked

pytestmark = pytest.mark.both_databases


def _enrol(t, member_input, n, **kw):
    return t.till.enrol(member_input(phone=f"+7 916 000-00-{n:02d}", **kw))


def test_design_saved_as_a_new_version_and_bad_input_saves_nothing(t):
    first_id, first = t.office.card_design()
    assert first_id is None and first.shop_name  # the default, from the program
    saved = t.office.save_card_design({"shop_name": "Кофейня", "qr": True, "back_text": "Правила",
                                "tier_colours": {"wolf": "#112233"}}, None)
    with pytest.raises(DomainError):
        t.office.save_card_design({"shop_name": "", "tier_colours": {"wolf": "blue"}}, None)
    design_id, design = t.office.card_design()
    assert design_id == saved
    assert (design.shop_name, design.qr, design.back_text, design.colour_for("wolf")) == \
        ("Кофейня", True, "Правила", "#112233")


def test_new_batch_is_what_was_never_printed_and_runs_are_recorded(t, app, member_input,
                                                                   tmp_path, clock):
    a = _enrol(t, member_input, 1, first_name="Анна", last_name="Котова")
    clock(2026, 3, 10, 12, 5)  # printed in the order they joined
    b = _enrol(t, member_input, 2, first_name="John", last_name="Smith")
    assert t.office.new_card_count() == 2
    printed, pages = t.office.print_cards_pdf(tmp_path / "one.pdf", "new", layout="a4")
    assert (printed.member_ids, pages) == ((a, b), 1)
    assert [f.name for f in printed.faces] == ["Анна Котова", "John Smith"]
    assert len(PdfReader(str(tmp_path / "one.pdf")).pages) == 1
    with pytest.raises(DomainError) as none:
        t.office.card_batch("new")
    assert none.value.code == "cards_none"
    clock(2026, 3, 11, 9, 0)
    c = _enrol(t, member_input, 3, first_name="Вера")
    t.till.replace_card(a, "lost")  # a new number is a card never printed
    assert t.office.card_batch("new").member_ids == (a, c)
    [run] = t.office.card_runs()
    assert (run.staff, run.batch, run.layout, run.cards) == ("system", "new", "a4", 2)
    with Session(app.engine) as s:
        rows = s.execute(select(PrintedCard.member_id, PrintedCard.card_number)
                         .where(PrintedCard.run_id == run.run_id)).all()
    assert sorted(rows) == sorted(zip(printed.member_ids, (f.number for f in printed.faces),
                                      strict=True))


def test_tier_and_selection_batches(t, member_input, buy):
    a = _enrol(t, member_input, 1)
    b = _enrol(t, member_input, 2)
    buy(t, b, 100_000_00)  # 3 % of 100,000.00 = 3,000 qualifying points: Wolf (2,500)
    assert t.office.card_batch("tier:wolf").member_ids == (b,)
    assert t.office.card_batch("tier:bunny").member_ids == (a,)
    assert t.office.card_batch("selection", [b, a]).member_ids == (b, a)  # the order chosen
    wolf = t.office.card_batch("tier:wolf").faces[0]
    assert (wolf.tier_key, wolf.tier_colour) == ("wolf", "#4b5563")
    with pytest.raises(DomainError) as unknown:
        t.office.card_batch("tier:dragon")
    assert unknown.value.code == "card_tier_unknown"
    with pytest.raises(DomainError) as gone:
        t.office.card_batch("selection", [uuid.uuid4()])
    assert gone.value.code == "member_gone"


def test_lost_card_blocks_the_old_number_and_offers_the_member(t, app, member_input, buy, clock):
    a = _enrol(t, member_input, 1, first_name="Иван", last_name="Петров")
    buy(t, a, 1000_00)
    before = t.till.member(a)
    old = before.card_number
    replaced = t.till.replace_card(a, "lost")
    assert replaced.old_number == old and replaced.new_number != old
    assert t.till.find_by_card(replaced.new_number) == a
    with pytest.raises(CardBlocked) as blocked:
        t.till.find_by_card(old)
    assert blocked.value.code == "card_blocked"
    assert (blocked.value.params["member_id"], blocked.value.params["name"],
            blocked.value.params["day"]) == (a, "Иван Петров", date(2026, 3, 10))
    after = t.till.member(a)
    assert (after.balance, after.tier_key, after.card_number) == \
        (before.balance, before.tier_key, replaced.new_number)
    assert [(c.number, c.reason, c.replaced_by) for c in t.till.old_cards(a)] == \
        [(old, "lost", replaced.new_number)]
    with Session(app.engine) as s:
        assert s.scalars(select(AuditEntry.action).where(AuditEntry.target == a.hex)).all() \
            == ["card_replaced"]
    # the blocked number is never given to anyone again
    with pytest.raises(DomainError) as reuse:
        _enrol(t, member_input, 2, card_number=old)
    assert reuse.value.code == "card_blocked_reuse"
    with pytest.raises(DomainError):
        t.till.replace_card(a, "because")


def test_a_cashier_prints_the_open_members_card_only(t, member_input, tmp_path):
    a = _enrol(t, member_input, 1)
    t.admin.add_staff("Olga", "4321", "cashier")
    t.sign_in.login("Olga", "4321")
    assert t.ctx.role == "cashier"
    printed, pages = t.office.print_cards_pdf(tmp_path / "mine.pdf", "member", [a], "single")
    assert pages == 1
    img_codes = _codes(tmp_path / "mine.pdf")
    assert img_codes == [printed.faces[0].number]
    assert t.till.replace_card(a).new_number  # routine at the counter
    for call in (lambda: t.office.card_batch("all"), lambda: t.office.card_runs(),
                 lambda: t.office.save_card_design({"shop_name": "X"}, None)):
        with pytest.raises(DomainError) as denied:
            call()
        assert denied.value.code == "needs_owner"


def test_erased_members_card_stays_blocked_and_points_to_nobody(t, member_input):
    a = _enrol(t, member_input, 1)
    old = t.till.replace_card(a).old_number
    current = t.till.member(a).card_number
    t.admin.erase_member(a, "asked to be forgotten")
    for number in (old, current):
        with pytest.raises(DomainError) as blocked:
            t.till.find_by_card(number)
        assert blocked.value.code == "card_blocked_gone"
    with pytest.raises(DomainError) as empty:
        t.office.card_batch("all")
    assert empty.value.code == "cards_none"


def _codes(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    try:
        img = pdf[0].render(scale=300 / 72).to_pil().convert("L")
    finally:
        pdf.close()
    return [r.text for r in zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.EAN13)]


def test_check_finds_a_member_holding_a_blocked_number(t, app, member_input):
    a = _enrol(t, member_input, 1)
    old = t.till.replace_card(a).old_number
    assert t.admin.check().ok
    with Session(app.engine) as s, s.begin():  # what no use case can do: hand it back
        s.execute(Member.__table__.update().where(Member.id == a).values(card_number=old))
    report = t.admin.check()
    assert report.problems == [f"member {a} holds the blocked card {old}"]
