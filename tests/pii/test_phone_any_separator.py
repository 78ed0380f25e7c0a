"""Phone numbers read with separators of any class, an exit code or a slash after the country code as dress."""

from __future__ import annotations

import pandas as pd
import phonenumbers

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_sample import ValueSample
from safe_synthesizer.pii.phone_any_separator import (
    dressed_phone_cells,
    fake_dressed_phones,
    is_exit_code,
    read_dressed_phone,
    separated_text,
    separator_phone_sample,
)
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def test_underscores_slashes_and_other_marks_read_as_separators() -> None:
    assert read_dressed_phone("07700_900461").plain == ("07700 900461",)
    assert read_dressed_phone("(312)_555_0187").plain == ("(312) 555 0187",)
    assert read_dressed_phone("04·91·55·20·13").plain == ("04 91 55 20 13",)
    assert read_dressed_phone("+33/491552013").plain == ("+33 491552013",)
    assert read_dressed_phone("0612_345 678 ext 14").plain == ("0612 345 678",)


def test_an_exit_code_of_any_country_is_dress() -> None:
    assert is_exit_code("011") and is_exit_code("0011") and not is_exit_code("00") and not is_exit_code("12")
    assert read_dressed_phone("011 33 4 91 55 20 13").plain == ("+33 4 91 55 20 13",)
    assert read_dressed_phone("0011 33 4 91 55 20 13").plain == ("+33 4 91 55 20 13",)


def test_two_numbers_joined_by_a_word_of_any_language() -> None:
    assert read_dressed_phone("04_91_55_20_13 und 06 12 34 56 78").plain == ("04 91 55 20 13", "06 12 34 56 78")


def test_plain_cells_and_other_things_are_not_read() -> None:
    dates = ("03·06·1966", "04\\16\\2020", "05~10~1973")
    for cell in ("07700 900461", "35.675835", "2001-001", "2027-164", *dates, "Flat 3_2, 12 High St", ""):
        assert read_dressed_phone(cell) is None, cell
    assert dressed_phone_cells(["12_30", "N/A", "2_4"]) == {}


def test_fakes_keep_every_separator_the_exit_code_and_the_digit_script() -> None:
    cells = ["(312)_555_0187", "011 33 4 91 55 20 13", "+33/491552013", "۰۷۹_۱۲۳_۴۵۶۷", "0612_345 678 ext 14"]

    def faker(numbers: list[str]) -> dict[str, str]:
        return {n: "".join("5" if ch.isdigit() else ch for ch in n) for n in numbers}

    out = fake_dressed_phones(cells, faker)
    assert out["(312)_555_0187"] == "(555)_555_5555"
    assert out["011 33 4 91 55 20 13"] == "011 55 5 55 55 55 55"
    assert out["+33/491552013"] == "+55/555555555"
    assert out["۰۷۹_۱۲۳_۴۵۶۷"] == "۵۵۵_۵۵۵_۵۵۵۵"
    assert out["0612_345 678 ext 14"] == "5555_555 555 ext 14"


def test_a_fake_of_another_length_is_regrouped_in_the_cells_dress() -> None:
    out = fake_dressed_phones(["011 33 4 91 55 20 13"], lambda ns: dict.fromkeys(ns, "+33 6 12 34 56 789"))
    assert out["011 33 4 91 55 20 13"].startswith("011 33 6")


def test_sample_holds_the_plain_numbers() -> None:
    values = ["07700_900461", "01632 960123", "N/A"]
    sample = ValueSample(values, pd.Series(values).value_counts(), 3)
    assert separator_phone_sample(sample).values == ["07700 900461", "01632 960123", "N/A"]
    assert sample.values[0] == "07700_900461"  # the shared sample is not mutated


def _numbers(i: int) -> list[str]:
    return [f"(312)_555_01{i:02d}", f"+1/31255502{i:02d}", f"011 1 312-555-03{i:02d}"]


def test_hidden_column_found_and_faked_in_its_dress_end_to_end() -> None:
    phones = [p for i in range(6) for p in _numbers(i)]
    df = pd.DataFrame({"c000": [f"Boat {i}" for i in range(len(phones))], "c001": phones})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c001") == "phone_number"
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["c001"].tolist()
    for old, new in zip(phones, out, strict=True):
        assert new != old
        if "_" in old:
            assert new.count("_") == old.count("_")
        if old.startswith("011 "):
            assert new.startswith("011 ")
        plain = read_dressed_phone(new)
        number = plain.plain[0] if plain is not None else new
        assert phonenumbers.is_possible_number(phonenumbers.parse(number, "US")), new


def test_note_numbers_separated_one_character_for_one() -> None:
    note = "lives off Eric Fork (808)_279_2377, or +1/8082792377. Flat 4. 020 7946 0018"
    out = separated_text(note)
    assert len(out) == len(note)
    assert "(808) 279 2377" in out and "+1 8082792377" in out and "4, 020 7946 0018" in out
    assert separated_text("Invoice ref_2024 paid, 35.675835 N") == "Invoice ref_2024 paid, 35.675835 N"


def test_note_number_with_underscores_replaced_in_its_dress_end_to_end() -> None:
    notes = [f"Boat back on Tuesday, keys with the lock keeper. 07700_9004{i:02d}" for i in range(12)]
    df = pd.DataFrame({"boat": [f"Boat {i}" for i in range(12)], "notes": notes})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["notes"].tolist()
    for old, new in zip(notes, out, strict=True):
        assert old[-12:] not in new
        assert new.startswith("Boat back on Tuesday") and "_" in new[-13:]


def test_dates_in_an_unusual_separator_stay_as_written_in_notes() -> None:
    note = "Sitter Ana Ruiz, born 03·06·1966, tel. 697 95 70 34"
    assert separated_text(note) == note
    for note in ("(naissance : 05~10~1973). Réponse", "Bobby (born 04\\16\\2020), entered"):
        assert separated_text(note) == note
