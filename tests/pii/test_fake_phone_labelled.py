"""Dressed phone cells faked number by number, their words kept."""

from __future__ import annotations

from safe_synthesizer.pii.fake_phone_labelled import labelled_phone_fakes


def _fake(numbers: list[str]) -> dict[str, str]:
    return {n: "F" + n for n in numbers}


def test_each_number_faked_once_and_the_words_kept() -> None:
    calls: list[list[str]] = []

    def fake(numbers: list[str]) -> dict[str, str]:
        calls.append(numbers)
        return _fake(numbers)

    uniques = ["mob 0161 496 0112 (after 7pm)", "0161 496 0112", "53312 or 57719", "see above"]
    out = labelled_phone_fakes(uniques, fake)
    assert out == {
        "mob 0161 496 0112 (after 7pm)": "mob F0161 496 0112 (after 7pm)",
        "0161 496 0112": "F0161 496 0112",  # the same fake as the number in the dressed cell
        "53312 or 57719": "F53312 or F57719",
        "see above": "Fsee above",  # a cell that does not read is faked as it stands
    }
    assert calls == [["0161 496 0112", "53312", "57719", "see above"]]


def test_no_dressed_cell_and_a_lone_extension_are_left_to_the_faker() -> None:
    assert labelled_phone_fakes(["0161 496 0112", "+44 161 496 0347"], _fake) is None
    assert labelled_phone_fakes(["0161 496 0681 ext. 7"], _fake) is None
