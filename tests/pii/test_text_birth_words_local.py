"""Birth dates after (or before) birth words of languages beyond the main list (own sentences)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_birth_words_local import local_dob_spans
from safe_synthesizer.pii.text_patterns import _DATE


def _found(text: str) -> set[str]:
    return {text[a:b] for a, b, kind in local_dob_spans(text, _DATE) if kind == E.DATE_OF_BIRTH}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Habari, nilizaliwa tarehe 4 Agosti 1979 huko Kisumu.", "4 Agosti 1979"),
        ("የትውልድ ቀን: 12/05/1983 ነው።", "12/05/1983"),
        ("ሰላም፣ በ21/02/1975 ተወለድኩ።", "21/02/1975"),
        ("வணக்கம், நான் 14.06.1971 அன்று பிறந்தேன்.", "14.06.1971"),
        ("பிறந்த தேதி: 22 ஆகஸ்ட் 1958", "22 ஆகஸ்ட் 1958"),
        ("රෝගියාගේ උපන් දිනය 1980-03-09 වේ.", "1980-03-09"),
        ("Salom, men 1984-yil 7-mart kuni tug'ilganman.", "1984-yil 7-mart"),
        ("Data e lindjes: 11 shtator 1974", "11 shtator 1974"),
        ("Rugadh mé ar an 23ú Iúil 1970.", "23ú Iúil 1970"),
        ("Ọjọ́ ìbí: 15/10/1986", "15/10/1986"),
        ("Usuku lokuzalwa: 1991-05-14", "1991-05-14"),
        ("Туған күні: 15.03.1970", "15.03.1970"),
        ("Petsa ng kapanganakan: Marso 3, 1990", "Marso 3, 1990"),
        ("জন্ম তারিখ: ১২/০৪/১৯৮০", "১২/০৪/১৯৮০"),
        ("မွေးနေ့ 12/08/1976", "12/08/1976"),
    ],
)
def test_birth_dates_of_more_languages_are_found(text: str, date: str) -> None:
    assert date in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mkutano utafanyika tarehe 12/03/2024 saa nne asubuhi.",
        "ስብሰባው በ12/03/2024 ይካሄዳል።",
        "கூட்டம் 15.06.2024 அன்று நடைபெறும்.",
        "Uchrashuv 2024-yil 7-mart kuni bo'ladi.",
        "Beidh an cruinniú ar 8 Márta 2024.",
        "No pasó nada el 12/03/2024 en la clínica.",
        "เกิดเมื่อ 12/03/2024 อุบัติเหตุ",
        "Ilifika Mei 2023, namba 12 ya foleni.",
    ],
)
def test_dates_without_a_birth_word_are_not_birth_dates(text: str) -> None:
    assert _found(text) == set()


def test_a_birth_word_inside_a_longer_word_is_no_cue() -> None:
    # "பிறந்த" is the start of "பிறந்தநாள்விழா" (a birthday party) here: no date follows it anyway, but the
    # word boundary must count Tamil vowel signs as letters.
    assert _found("பிறந்தநாள்விழா 12/03/2024 அன்று") == set()


def test_birth_dates_reach_the_detector_through_the_script_rules() -> None:
    from safe_synthesizer.pii.text_script_names import script_name_spans

    text = "Habari, nilizaliwa tarehe 4 Agosti 1979 huko Kisumu."
    assert (26, 39, E.DATE_OF_BIRTH) in script_name_spans(text)


def test_any_amharic_form_of_the_birth_verb_is_a_cue() -> None:
    assert _found("የተወለድኩት 29/05/1983 ነው።") == {"29/05/1983"}
