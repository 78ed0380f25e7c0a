"""Cards of the Mir (2200-2204) and UnionPay 81 ranges are card numbers, in a column as in text."""

from __future__ import annotations

from stdnum import luhn

from safe_synthesizer.pii.validators.identifiers import is_credit_card


def _card(prefix: str, length: int = 16) -> str:
    body = (prefix + "4821937750183462")[: length - 1]
    return body + luhn.calc_check_digit(body)


def test_mir_and_unionpay_81_cards_validate() -> None:
    for prefix in ("2200", "2202", "2204", "8171"):
        number = _card(prefix)
        assert is_credit_card(number) and is_credit_card(" ".join(number[i : i + 4] for i in range(0, 16, 4)))


def test_neighbouring_ranges_and_bad_check_digits_do_not() -> None:
    assert not is_credit_card(_card("2205"))
    good = _card("2201")
    assert not is_credit_card(good[:-1] + str((int(good[-1]) + 1) % 10))
