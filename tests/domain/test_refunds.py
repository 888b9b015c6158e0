"""The refund rule: points follow the money, in integers, rounded in the member's favour,
and however a purchase is split the parts add up to a whole refund."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import DomainError
from app.domain.refunds import share


@st.composite
def split_purchase(draw):
    """A purchase (paid, earned, qualifying, redeemed, stamps) and its amount split into
    positive parts in some order."""
    paid = draw(st.integers(min_value=1, max_value=10**9))
    cuts = draw(st.lists(st.integers(min_value=1, max_value=paid - 1), max_size=8,
                         unique=True)) if paid > 1 else []
    edges = [0, *sorted(cuts), paid]
    parts = [b - a for a, b in zip(edges, edges[1:], strict=False)]
    parts = draw(st.permutations(parts))
    earned = draw(st.integers(min_value=0, max_value=10**7))
    redeemed = draw(st.integers(min_value=0, max_value=10**7))
    stamps = draw(st.integers(min_value=0, max_value=50))
    return paid, parts, earned, redeemed, stamps


@given(split_purchase())
def test_partial_refunds_add_up_to_a_whole_refund(case):
    paid, parts, earned, redeemed, stamps = case
    whole = share(paid, 0, paid, earned, earned, redeemed, stamps)
    assert (whole.earned_back, whole.qualifying_back, whole.redeemed_back, whole.stamps_back) \
        == (earned, earned, redeemed, stamps)
    before = 0
    sums = [0, 0, 0, 0]
    for amount in parts:
        part = share(paid, before, amount, earned, earned, redeemed, stamps)
        for i, v in enumerate((part.earned_back, part.qualifying_back, part.redeemed_back,
                               part.stamps_back)):
            assert v >= 0
            sums[i] += v
        before += amount
        # so far: never more taken back than the money's share, never less returned
        assert sums[0] * paid <= earned * before
        assert sums[2] * paid >= redeemed * before
    assert sums == [earned, earned, redeemed, stamps]


def test_rounding_is_in_the_members_favour():
    # 27 points earned, 100 redeemed on 1 000.00; a third refunded
    part = share(100000, 0, 33333, 27, 27, 100, 0)
    assert part.earned_back == 8  # 8.99… taken back: rounded down
    assert part.redeemed_back == 34  # 33.33… returned: rounded up
    rest = share(100000, 33333, 66667, 27, 27, 100, 0)
    assert (rest.earned_back, rest.redeemed_back) == (19, 66)


@pytest.mark.parametrize("before, amount, code", [
    (0, 0, "amount_zero"), (0, -5, "amount_zero"), (0, 1001, "refund_over_paid"),
    (600, 401, "refund_over_paid"), (1000, 1, "refund_nothing_left")])
def test_refusals(before, amount, code):
    with pytest.raises(DomainError) as exc:
        share(1000, before, amount, 10, 10, 0)
    assert exc.value.code == code
    if code == "refund_over_paid":
        assert exc.value.params["left_minor"] == 1000 - before
