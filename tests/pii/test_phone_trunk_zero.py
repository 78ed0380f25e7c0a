"""A bare run that lost its trunk 0, read with it again where the column's dialled numbers vouch for the country."""

from __future__ import annotations

from safe_synthesizer.pii.phone_trunk_zero import trunk_again

_GERMAN = ["+49 1574 6184562", "+49 1511 2077878", "+49 1523 5878466", "+49 1513 7219823"]


def test_the_trunk_zero_comes_back_beside_the_countrys_numbers() -> None:
    out = trunk_again(["15746184562", "30767542", *_GERMAN])
    assert out[:2] == ["015746184562", "030767542"]
    assert out[2:] == _GERMAN


def test_no_anchors_no_change() -> None:
    values = ["15746184562", "15114979908", "15190305317", "0300 9991781"]
    assert trunk_again(values) == values


def test_north_america_has_no_trunk_zero() -> None:
    values = ["2037804294", "+1 214-470-3657", "+1 202-478-2928", "+1 201-452-3652"]
    assert trunk_again(values) == values


def test_a_run_invalid_with_the_zero_is_left() -> None:
    values = ["99999999999", *_GERMAN]
    assert trunk_again(values) == values
