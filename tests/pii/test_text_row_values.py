"""A row's own street and person written again in its note (set 26's kl_GL vet table kept ``Sarfaarsuit 75``
in notes, de_DE's Airtable table ``selma hahn``; my own streets and names here)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_row_values import row_phones, row_streets, row_value_spans


class _Plan:
    def __init__(self, column: str, entity: str) -> None:
        self.column, self.entity = column, entity


def _found(text: str, known: dict[str, str] | None, streets: list[str] | None) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.entity) for s in row_value_spans(text, known, streets)]


def test_the_rows_street_without_a_street_word() -> None:
    text = "Rex moved in with Aviaja Lynge, Imaneq 23. Her mobile is on file."
    assert _found(text, None, ["Imaneq 23"]) == [("Imaneq 23", E.STREET_ADDRESS)]
    # Whole words only, in any case.
    assert _found("aqqusinersuaq 51 and Aqqusinersuaq 5b", None, ["Aqqusinersuaq 5"]) == []
    assert _found("new home: aqqusinersuaq 5.", None, ["Aqqusinersuaq 5"]) == [("aqqusinersuaq 5", E.STREET_ADDRESS)]


def test_the_rows_name_in_lower_case() -> None:
    known = {"gunnar": E.FIRST_NAME, "wibe": E.LAST_NAME}
    assert _found("gunnar wibe dropped off the mower", known, None) == [
        ("gunnar", E.FIRST_NAME),
        ("wibe", E.LAST_NAME),
    ]
    # One word alone, two given names, or capitals (matched elsewhere) are left.
    assert _found("gunnar dropped off the mower", known, None) == []
    assert _found("Gunnar Wibe dropped off the mower", known, None) == []


def test_row_streets_take_street_lines() -> None:
    frame = pd.DataFrame(
        {"a": ["Imaneq 23", "B-1234", "none", None], "b": ["Imaneq 23, 3900 Nuuk", "x", "Main St 4\nTown", "y"]}
    )
    plans = [_Plan("a", E.STREET_ADDRESS), _Plan("b", E.ADDRESS)]
    assert row_streets(frame, plans) == [["Imaneq 23"], ["B-1234"], ["Main St 4"], []]
    assert row_streets(frame, [_Plan("a", E.CITY)]) is None


def test_replace_pii_fakes_the_rows_street_and_lower_case_name_in_notes() -> None:
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import replace_pii

    streets = ["Imaneq 23", "Aqqusinersuaq 5", "Issortarfimmut 12", "Qernertunnguit 7"] * 30
    firsts = ["Gunnar", "Aviaja", "Malik", "Pipaluk"] * 30
    lasts = ["Wibe", "Lynge", "Olsen", "Berthelsen"] * 30
    notes = [
        f"{f.lower()} {la.lower()} moved to {s}. Call back." for f, la, s in zip(firsts, lasts, streets, strict=True)
    ]
    frame = pd.DataFrame({"First Name": firsts, "Last Name": lasts, "Address Line 1": streets, "Client Notes": notes})
    out = replace_pii(frame, infer_schema(frame), ReplacePiiParameters()).data["Client Notes"]
    for after, street, last in zip(out, streets, lasts, strict=True):
        assert street not in after and last.lower() not in after.split()


def test_a_row_name_with_a_typographic_apostrophe_is_one_word() -> None:
    from safe_synthesizer.pii.text_row_values import row_value_spans

    text = "sa’adatu kabir rang about the fees"
    spans = row_value_spans(text, {"sa’adatu": "first_name", "kabir": "last_name"}, None)
    assert [text[s.start : s.end] for s in spans] == ["sa’adatu", "kabir"]


def test_the_rows_phone_in_another_layout() -> None:
    from safe_synthesizer.pii.text_row_values import row_phones

    frame = pd.DataFrame({"tel": ["7616 0030", "00268 7833 0677", "n/a", "0991 86 41 24"]})
    phones = row_phones(frame, [_Plan("tel", E.PHONE_NUMBER)])
    # A dialled number is keyed by its national number too (``number_keys``).
    assert phones == [["76160030"], ["26878330677", "78330677"], [], ["991864124"]]

    def found(text: str, own: list[str]) -> list[str]:
        return [text[s.start : s.end] for s in row_value_spans(text, None, None, own)]

    assert found("badge not returned by ann (76160030), emailed", phones[0]) == ["76160030"]
    assert found("rang from +268 7833 0677 twice", phones[1]) == ["+268 7833 0677"]
    assert found("call 7833 0677 or 7833-0677", phones[1]) == ["7833 0677", "7833-0677"]
    assert found("mobile +265 991 86 41 24", phones[3]) == ["+265 991 86 41 24"]
    # Another number, a part of the number, an amount or a date: no phone of the row.
    assert found("paid 7616 on 2024-03-01, ref 76160031, call 1600300", phones[0]) == []
    assert row_phones(frame, [_Plan("tel", E.CITY)]) is None
    # Read as numbers, with a missing cell: floats.
    numeric = pd.DataFrame({"tel": [26876160030.0, float("nan")]})
    assert row_phones(numeric, [_Plan("tel", E.PHONE_NUMBER)]) == [["26876160030"], []]


def test_a_row_name_with_a_combining_mark_is_one_word() -> None:
    text = "İde Hayrioğlu".lower() + " lost on time"  # Python writes 'İ' lower-cased as 'i' + U+0307
    spans = row_value_spans(text, {"İde".lower(): "first_name", "hayrioğlu": "last_name"}, None)
    assert [text[s.start : s.end] for s in spans] == ["İde".lower(), "hayrioğlu"]


def test_a_row_phone_with_an_extension_is_found_without_it() -> None:
    # Session 49: a key register's landline ``2505-1187 ext. 42``; the note writes the number alone.
    frame = pd.DataFrame({"tel": ["2505-1187 ext. 42", "0161 496 0733 x7", "04 72 11 93 80 poste 12", "12 ext 3"]})
    phones = row_phones(frame, [_Plan("tel", E.PHONE_NUMBER)])

    def found(text: str, own: list[str]) -> list[str]:
        return [text[s.start : s.end] for s in row_value_spans(text, None, None, own)]

    assert found("keys left with reception, call 2505 1187 first", phones[0]) == ["2505 1187"]
    assert found("landline 2505-1187 ext. 42 after six", phones[0]) == ["2505-1187"]
    assert found("rang 0161 496 0733 (no answer)", phones[1]) == ["0161 496 0733"]
    assert found("joindre le 04.72.11.93.80", phones[2]) == ["04.72.11.93.80"]
    assert phones[3] == []  # too few digits with or without the extension
