import re

from safe_synthesizer.pii.script_marks import marks_as_letters


def test_marks_become_letters_and_positions_hold() -> None:
    for text in ("[74 വയസ്സ്]", "(80 வயது)", "12/03/1990 [age 36]", "৩৬ বছর"):
        lettered = marks_as_letters(text)
        assert len(lettered) == len(text)
        assert [i for i, ch in enumerate(text) if ch.isdigit()] == [i for i, ch in enumerate(lettered) if ch.isdigit()]
    assert re.fullmatch(r"\[\d+ [^\W\d_]+\]", marks_as_letters("[74 വയസ്സ്]"))
    assert re.fullmatch(r"\[\d+ [^\W\d_]+\]", "[74 വയസ്സ്]") is None  # why the module is


def test_ascii_as_it_is() -> None:
    text = "born 12/03/1990 (36 yrs)"
    assert marks_as_letters(text) is text
