"""A card in Latvian: the owner picks Latviešu in the card designer and the card printed
for a member says its labels and the tier's name in Latvian, in letters the font has."""

from PIL import ImageDraw

from app.cards.render import CardRenderer, _font
from app.services.dto import MemberInput
from app.ui.card_designer import CardDesignerDialog
from tests.ui.drive import choose, click, shown, type_into


def _drawn_words(monkeypatch, draw_card) -> list[str]:
    """Every piece of text drawn while ``draw_card`` runs, as it goes onto the card."""
    drawn: list[str] = []
    real = ImageDraw.ImageDraw.text

    def text(self, xy, words, *args, **kwargs):
        drawn.append(words)
        return real(self, xy, words, *args, **kwargs)

    monkeypatch.setattr(ImageDraw.ImageDraw, "text", text)
    draw_card()
    return drawn


def test_owner_chooses_latvian_and_the_card_says_latvian_words(qtbot, terminal, monkeypatch):
    dialog = shown(qtbot, CardDesignerDialog(terminal))
    type_into(qtbot, dialog.shop_name, "Kafejnīca “Rīts”", clear=True)
    type_into(qtbot, dialog.phone, "+371 2012 3456", clear=True)
    choose(qtbot, dialog.language, "Latviešu")
    click(qtbot, dialog.save_button)
    assert dialog.status.text() == "Saved. New cards are printed with this design."
    assert terminal.office.card_design()[1].lang == "lv"
    terminal.till.enrol(MemberInput(first_name="Jānis", last_name="Bērziņš",
                                    phone="+371 2012 3456", consent=True))
    cards = terminal.office.card_batch("new")
    face = cards.faces[0]
    assert (face.name, face.tier_name) == ("Jānis Bērziņš", "Zaķītis")
    renderer = CardRenderer(cards.design)
    drawn = _drawn_words(monkeypatch, lambda: (renderer.front(face), renderer.back(face)))
    assert {"Kafejnīca “Rīts”", "Jānis Bērziņš", "ZAĶĪTIS", f"Dalība kopš {face.since}",
            "Tālr. +371 2012 3456"} <= set(drawn)


def test_the_card_font_has_every_latvian_letter():
    for bold in (True, False):
        font = _font(bold, 60)
        notdef = font.getmask("\U000F0000")  # a private-use character: the "no glyph" box
        for ch in "ĀāČčĒēĢģĪīĶķĻļŅņŠšŪūŽž":
            mask = font.getmask(ch)
            assert (mask.size, bytes(mask)) != (notdef.size, bytes(notdef)), ch
