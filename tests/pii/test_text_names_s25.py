"""Session 25: surnames after lower-case local titles, initials before any locale's family name, and
lower-case full names in notes not in English (set 10: lt/hr/sk/nl/sv/pl surnames 0.61-0.92)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_intro import intro_name_spans
from safe_synthesizer.pii.text_name_lower import lower_name_spans
from safe_synthesizer.pii.text_names import layout_name_spans


def _found(fn, text: str) -> set[str]:
    return {text[a:b] for a, b, _ in fn(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("klauskite p. gagys, ačiū", "gagys"),  # Lithuanian, letters outside Latin-1
        ("dr. kiška prie kasos buvo nemandagus", "kiška"),
        ("of vraag naar mevr. vegt, dank u", "vegt"),
        ("Aufgabe: frau held ruft unter 0368 an", "held"),  # a family name that is also an English word
        ("sau întrebați de dl. dobre.", "dobre"),
        ("Action : m. gaillard appelle le 02 87", "gaillard"),
        ("albo pytać o pan wołkowicz.", "wołkowicz"),
        ("Tehtävä: tohtori ollikainen soittaa", "ollikainen"),
        ("ya da bay zengin ile görüşün", "zengin"),
        ("Úloha: mudr. gavendová zavolá", "gavendová"),
        ("ou demandez mme dos santos, merci", "dos santos"),  # particles belong to the surname
    ],
)
def test_lower_case_surname_after_lower_case_local_title(text: str, name: str) -> None:
    assert name in _found(intro_name_spans, text)


@pytest.mark.parametrize(
    "text",
    ["i miss brown dresses", "spoke to mrs young today", "the dr said so", "see page 5 p. and more",
     "a pan black with rust", "mr right came along"],
)  # fmt: skip
def test_lower_case_title_words_in_english_prose_stay(text: str) -> None:
    assert intro_name_spans(text) == []


def test_one_letter_title_needs_a_listed_family_name() -> None:
    assert _found(intro_name_spans, "Užduotis: p. Urbonas skambina") == {"Urbonas"}
    assert _found(intro_name_spans, "see p. Young for the table") == set()
    assert _found(intro_name_spans, "Zadatak: gđa Vrhovec zove") == {"Vrhovec"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zapisnik sastanka: prisutni T. Derežić i Kata Rakela.", "T. Derežić"),
        ("Susirinkimo protokolas: dalyvavo A. Pocius ir Ingrida.", "A. Pocius"),
        ("brigados vadovas P. Povilonis.", "P. Povilonis"),
    ],
)
def test_initial_before_a_family_name_of_any_locale(text: str, name: str) -> None:
    assert name in _found(layout_name_spans, text)


def test_initial_before_a_common_word_is_no_name() -> None:
    assert _found(layout_name_spans, "Take vitamin D. Young people need it.") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[08:02] zákazník: dobrý deň, tu irma mikuláková, moje číslo je 0919", "irma mikuláková"),  # a town too
        ("Predám bicykel, volajte adam andrašík na +421 948", "adam andrašík"),  # 'adam' is an English noun
        ("Claire Bloch: anwesend H. Mälzer und margit junk. Aufgabe: Frau Pruschke ruft", "margit junk"),
        ("Mailbox 0:37 – Guten Tag, hier spricht carlos wieloch, ich wohne in der", "carlos wieloch"),
        ("[08:02] kund: hej, det är anne gashi, nås på 0881246821", "anne gashi"),
        ("Átvétel: Dunakeszii utca 103., érdeklődni kiss györgy néven a 06 50 után", "kiss györgy"),  # family first
        ("Sælges: børnecykel, næsten ubrugt. Afhentes på Rørholmsvej, ring til jack jensen på +4544", "jack jensen"),
        # "ring" is a listed family name too: the given name starts the name after it.
        ("Säljes: barncykel, nästan oanvänd. Hämtas på Ängstorget, ring johanna nilsson på 0114", "johanna nilsson"),
    ],
)
def test_lower_case_full_name_in_a_note_not_in_english(text: str, name: str) -> None:
    assert name in _found(lower_name_spans, text)


@pytest.mark.parametrize(
    "text",
    [
        "listening to john mayer and a tracy reese coat",  # English prose names designers in lower case
        "die kleine rose war schön und ernst lange nicht da",  # German words that are also names
    ],
)
def test_lower_case_words_that_are_names_stay_in_prose(text: str) -> None:
    assert lower_name_spans(text) == []


def test_a_function_word_is_never_part_of_a_loose_name() -> None:
    # "und" is a listed given name somewhere; as a function word it starts no name.
    text = "anwesend H. Mälzer und margit junk."
    assert all(not text[a:b].startswith("und") for a, b, _ in lower_name_spans(text))
