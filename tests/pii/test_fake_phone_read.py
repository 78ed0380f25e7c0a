"""Fakes of phone cells with any words: numbers faked, words kept, the person asked for renamed (fake_phone_read)."""

from __future__ import annotations

from safe_synthesizer.pii.fake_phone_read import read_phone_fakes


def _numbers(values: list[str]) -> dict[str, str]:
    return {v: v.replace("1", "7") for v in values}


def _people(names: list[str]) -> dict[str, str]:
    return {n: "Olaf" for n in names}


def test_numbers_faked_words_kept_person_renamed() -> None:
    cells = ["06 19114744 - vragen naar Loïs", "Denmark: 34 41 68 30", "06 19114744"]
    out = read_phone_fakes(cells, _numbers, _people)
    assert out == {
        "06 19114744 - vragen naar Loïs": "06 79774744 - vragen naar Olaf",
        "Denmark: 34 41 68 30": "Denmark: 34 47 68 30",
        "06 19114744": "06 79774744",
    }


def test_grammar_cells_still_read_and_bare_columns_left() -> None:
    assert read_phone_fakes(["mob 07406 858781"], _numbers) == {"mob 07406 858781": "mob 07406 858787"}
    assert read_phone_fakes(["0612345678", "0687654321"], _numbers) is None


def test_a_contact_name_before_the_number_is_renamed_not_kept() -> None:
    out = read_phone_fakes(["Anna Kowalska (Mother) +48 512 345 678", "0612345678"], _numbers, _people)
    assert out is not None
    assert "Anna Kowalska" not in out["Anna Kowalska (Mother) +48 512 345 678"]
    assert "(Mother)" in out["Anna Kowalska (Mother) +48 512 345 678"]


def test_a_name_in_brackets_after_the_number_is_renamed_not_kept() -> None:
    out = read_phone_fakes(["0176 77461776 (Ernestine Bien)", "0151 22334455"], _numbers, _people)
    assert out is not None and out["0176 77461776 (Ernestine Bien)"].endswith("(Olaf)")


# Cells whose words are phone_cell_grammar's closed words (labels, notes, a second number): read by its grammar.
def _fake(numbers: list[str]) -> dict[str, str]:
    return {n: "F" + n for n in numbers}


def test_listed_words_each_number_faked_once_and_the_words_kept() -> None:
    calls: list[list[str]] = []

    def fake(numbers: list[str]) -> dict[str, str]:
        calls.append(numbers)
        return _fake(numbers)

    uniques = ["mob 0161 496 0112 (after 7pm)", "0161 496 0112", "53312 or 57719", "see above"]
    out = read_phone_fakes(uniques, fake)
    assert out == {
        "mob 0161 496 0112 (after 7pm)": "mob F0161 496 0112 (after 7pm)",
        "0161 496 0112": "F0161 496 0112",  # the same fake as the number in the dressed cell
        "53312 or 57719": "F53312 or F57719",
        "see above": "Fsee above",  # a cell that does not read is faked as it stands
    }
    assert calls == [["0161 496 0112", "53312", "57719", "see above"]]


def test_no_dressed_cell_and_a_lone_extension_are_left_to_the_faker() -> None:
    assert read_phone_fakes(["0161 496 0112", "+44 161 496 0347"], _fake) is None
    assert read_phone_fakes(["0161 496 0681 ext. 7"], _fake) is None
