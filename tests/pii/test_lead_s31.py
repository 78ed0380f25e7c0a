"""Session 31 lead changes and wiring: Azerbaijani column words, Turkish street lines with glued house
numbers, records and dialogues in notes reaching the detector, a street's region kept with its tail,
names of scripts without capitals re-found in a row's note."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.cues import cue_hints
from safe_synthesizer.pii.text_patterns import pattern_spans

_ALL = frozenset(KNOWN_ENTITIES)


@pytest.mark.parametrize(
    ("column", "entity"),
    [("Ünvan", E.ADDRESS), ("FİN", E.NATIONAL_ID), ("Doğum tarixi", E.DATE_OF_BIRTH), ("E-poçt", E.EMAIL),
     ("Şəxsiyyət vəsiqəsi", E.NATIONAL_ID), ("Şəhər", E.CITY), ("Poçt indeksi", E.POSTCODE),
     ("Əlaqə nömrəsi", E.PHONE_NUMBER), ("Doğum Tarihi", E.DATE_OF_BIRTH), ("Küçə", E.STREET_ADDRESS)],
)  # fmt: skip
def test_azerbaijani_and_turkish_column_words(column: str, entity: str) -> None:
    assert entity in cue_hints(column)


@pytest.mark.parametrize("value", ["Cumhuriyet Caddesi No:73B", "Çınar Bulvarı No:79B", "Atatürk Cad. No:5"])
def test_turkish_street_lines_with_a_glued_house_number(value: str) -> None:
    assert V.is_street_any(value)


@pytest.mark.parametrize("value", ["Meeting Room No:5", "No:5", "Invoice No:2024"])
def test_a_glued_number_alone_makes_no_street(value: str) -> None:
    assert not V.is_street_any(value)


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[a:b], e) for a, b, e in pattern_spans(text, ("GB",), _ALL)}


def test_a_birth_date_under_its_key_in_a_pasted_record_is_found() -> None:
    text = '{"applicant": {"name": "agathe meunier", "dob": "14/11/1941"}, "status": "pending"}'
    assert ("14/11/1941", E.DATE_OF_BIRTH) in _found(text)


def test_a_birth_date_answering_a_birth_date_question_is_found() -> None:
    text = "ASSISTANT: Can you confirm your date of birth? CALLER: 1988-02-03. ASSISTANT: Thank you."
    assert ("1988-02-03", E.DATE_OF_BIRTH) in _found(text)


def test_a_street_keeps_its_region_and_postcode_in_a_note() -> None:
    from safe_synthesizer.pii.text_detector import load_text_detector

    detector = load_text_detector(KNOWN_ENTITIES)
    if detector is None:
        pytest.skip("the 'pii' extra is not installed")
    text = "Delivered a rollator to the client at 1/447 Wolf Tollway, Emilyhaven, Victoria 0231 on Monday."
    found = {(text[s.start : s.end], s.entity) for s in detector.find_spans([text])[0]}
    assert any(value == "Victoria" and entity == E.STATE for value, entity in found), found


def test_a_hebrew_row_name_is_found_again_in_its_note() -> None:
    from faker import Faker

    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import replace_pii

    fake = Faker("he_IL")
    fake.seed_instance(3)
    names = [f"{fake.first_name()} {fake.last_name()}" for _ in range(24)]
    df = pd.DataFrame({"שם מלא": names, "notes": [f"{n.split()[-1]} ביקש החזר כספי עבור ההזמנה" for n in names]})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    for original, note in zip(names, out["notes"], strict=True):
        assert original.split()[-1] not in note.split(), note


def test_a_full_name_repeated_in_a_cell_is_one_name_each_time() -> None:
    from safe_synthesizer.pii.text_replace import _with_repeated_full_names
    from safe_synthesizer.pii.text_spans import TextSpan

    text = "bot: please say your full name. user: megan cantu. bot: I heard megan cantu, is that right?"
    first = text.index("megan cantu")
    again = text.index("megan cantu", first + 1)
    spans = _with_repeated_full_names(text, [TextSpan(first, first + 11, E.NAME, 0.7)])
    assert any(s.start == again and s.end == again + 11 and s.entity == E.NAME for s in spans), spans


def test_phone_fakes_of_a_country_outside_the_main_list_stay_valid_there() -> None:
    import phonenumbers

    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import replace_pii

    vietnamese = [f"09{i % 10}{(i * 7919) % 10_000_000:07d}" for i in range(24)]
    assert all(phonenumbers.is_valid_number(phonenumbers.parse(v, "VN")) for v in vietnamese)
    from faker import Faker

    swedish = Faker("sv_SE")
    swedish.seed_instance(5)
    # The table reads as Swedish (its names), the phone column says Vietnam.
    df = pd.DataFrame(
        {"namn": [swedish.name() for _ in range(24)], "telephone": vietnamese, "ref": [f"L-{i}" for i in range(24)]}
    )
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    fakes = out["telephone"].tolist()
    assert fakes != vietnamese
    valid = sum(phonenumbers.is_valid_number(phonenumbers.parse(v, "VN")) for v in fakes)
    assert valid == len(fakes), fakes


@pytest.mark.parametrize("keyed", [False, True])
def test_a_name_in_another_letter_case_gets_the_same_fake_in_that_case(keyed: bool) -> None:
    from safe_synthesizer.pii.fakes import FakeMapper

    mapper = FakeMapper(["en_US"], seed=4, keyed=keyed)
    column = mapper.map_values(E.NAME, ["Brianna Wilson", "Ryan Martinez"])
    text = mapper.map_values(E.NAME, ["brianna wilson", "RYAN MARTINEZ"])
    assert text["brianna wilson"] == column["Brianna Wilson"].lower()
    assert text["RYAN MARTINEZ"] == column["Ryan Martinez"].upper()
    both = FakeMapper(["en_US"], seed=4, keyed=keyed).map_values(E.FIRST_NAME, ["gitta", "Gitta"])
    assert both["gitta"] == both["Gitta"].lower()
