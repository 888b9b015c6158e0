"""A card's barcode must be read back by a real decoder as the same number."""

import pytest
import zxingcpp

from app.cards.barcode import barcode_image
from app.domain.cards import card_number_for
from app.domain.errors import DomainError


@pytest.mark.parametrize("sequence", [0, 1, 42, 9_999_999_999, 1_234_567_890])
def test_zxing_reads_the_card_number_back(sequence):
    number = card_number_for(sequence)
    results = zxingcpp.read_barcodes(barcode_image(number).convert("L"))
    assert [(r.text, r.format) for r in results] == [(number, zxingcpp.BarcodeFormat.EAN13)]


def test_bad_check_digit_is_not_rendered():
    number = card_number_for(5)
    wrong = number[:12] + str((int(number[12]) + 1) % 10)
    with pytest.raises(DomainError):
        barcode_image(wrong)
