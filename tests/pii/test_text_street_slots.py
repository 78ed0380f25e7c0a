"""text_street_slots: streets in a note's address slots by general notation (any language's type word, a house
number in a record's slot, the table's own street types)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_spans import TextSpan
from safe_synthesizer.pii.text_street_slots import slot_street_spans, table_street_types, with_slot_streets


def _found(text: str, person: str | None = None, types=()) -> list[str]:
    spans = []
    if person:
        a = text.index(person)
        spans = [(a, a + len(person), "name")]
    return [text[a:b] for a, b, _ in slot_street_spans(text, spans, types)]


@pytest.mark.parametrize(
    ("text", "person", "street"),
    [
        ("Guaha kuatto para ma'alkila: Leticia Solano, 235 Chalan Pasaheru. Telefon (671) 256-8720", "Leticia Solano",
         "235 Chalan Pasaheru"),
        ("کمرہ کرائے کے لیے خالی: ثنا عثمان، 165-B, Allama Iqbal Road۔ فون 0345 4003981", "ثنا عثمان،",
         "165-B, Allama Iqbal Road"),
        ("So kɔnɔ bon bɛ yen: Assitan Koné, Avenue de l'OUA. Telefɔni 79 28 91 84", "Assitan Koné", "Avenue de l'OUA"),
        ("Cambra liura amb Andrieu Delpech, 61 avenguda de Lodèva. Sonar al 07 81 76 50 22", "Andrieu Delpech",
         "61 avenguda de Lodèva"),
        ("Room for rent: Ravi Menon, 38/1021, Chittoor Road. Ph 9847012345", "Ravi Menon", "38/1021, Chittoor Road"),
        ("Flat: Ali Rezaei, Khaghani St. Tel 0912 000 0000", "Ali Rezaei", "Khaghani St."),
    ],
)  # fmt: skip
def test_a_record_slot_after_a_person_holds_the_street(text: str, person: str, street: str) -> None:
    assert _found(text, person) == [street]


def test_a_placing_word_then_a_type_that_opens_a_street() -> None:
    assert _found("You're blocking my drive on Avenue 13! Move it") == ["Avenue 13"]
    assert _found("Lives off 3, boulevard Robert Diaz. 88·90·96·01") == ["3, boulevard Robert Diaz"]
    assert _found("call her, 74-A, Mall Road is the house") == ["74-A, Mall Road"]


def test_the_table_own_street_types_name_a_street_in_any_case() -> None:
    types = table_street_types([["80 carrièra del Taur"], ["12 carrièra de la Pomme"], ["3 avenguda de Lodèva"]])
    assert types == frozenset({"carrièra"})
    assert _found("You're blocking my drive on carrièra del Taur! Move it", types=types) == ["carrièra del Taur"]
    assert _found("yard off carrièra dels Teulièrs. x@y.fr", types=types) == ["carrièra dels Teulièrs"]
    assert _found("You're blocking my drive on carrièra del Taur! Move it") == []  # no table, no type


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Anna Lee, 3 Kids need lunch. Call her on Monday.", "Anna Lee"),
        ("Met Tom Hardy, 12 March. He said hi at the Main Hall!", "Tom Hardy"),
        ("duane needs a pick-up to St John's surgery, walker", None),
        ("Rang the GP at Jenner Health Centre and family.", None),
        ("maeve shirts tend to run a little small", None),
        ("Sra. Vicenta renewed for 2027, Victoria Promenade; seen.", None),
        ("Forwarding address Av Pinho, 152, Vila Real. Night: Carlos", None),
        ("I went to Marks and Spencer on Oxford Street yesterday.", None),
    ],
)
def test_no_street_where_the_words_are_amounts_dates_venues_or_prose(text: str, person: str | None) -> None:
    assert _found(text, person) == []


def test_a_span_inside_the_new_street_gives_way() -> None:
    text = "کمرہ: بلال چوہدری، 283-E, Shahrah-e-Faisal۔ فون 0300 3128760"
    a = text.index("بلال")
    spans = [TextSpan(a, a + len("بلال چوہدری،"), "name", 0.9), TextSpan(text.index("283"), text.index("283") + 5,
             "street_address", 0.9)]  # fmt: skip
    out = with_slot_streets(text, spans)
    assert [text[s.start : s.end] for s in out if s.entity == "street_address"] == ["283-E, Shahrah-e-Faisal"]
