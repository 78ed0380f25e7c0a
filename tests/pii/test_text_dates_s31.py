""" "He/she was born" in the third person past of more languages (set 16: ``Nació el 17/02/1992`` kept in every
es_* physio note): the birth verb is the cue, a full date must follow within three short words."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_patterns import pattern_spans

_WANTED = frozenset({E.DATE_OF_BIRTH})


def _dobs(text: str) -> list[str]:
    return [text[a:b] for a, b, e in pattern_spans(text, ("ES",), _WANTED) if e == E.DATE_OF_BIRTH]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Dalila Seco refiere menos dolor lumbar. Nació el 17/02/1992. Derivada por Sra. Llanos.", "17/02/1992"),
        ("O paciente nasceu em 03/04/1975, sem alergias.", "03/04/1975"),
        ("Nacque il 5 maggio 1990 a Roma.", "5 maggio 1990"),
        ("Il naquit le 12/03/1950 à Lyon.", "12/03/1950"),
        ("Hasta 1985 yılında değil, 12.03.1985 tarihinde doğdu.", "12.03.1985"),
        ("Ta sündis 12.03.1985 Tallinnas.", "12.03.1985"),
        ("Hann fæddist 12.03.1985 í Reykjavík.", "12.03.1985"),
        ("Ali u lind më 12.03.1985 në Tiranë.", "12.03.1985"),
    ],
)
def test_third_person_birth_verbs_mark_the_date(text: str, date: str):
    assert _dobs(text) == [date]


def test_a_birth_verb_without_a_full_date_marks_nothing():
    assert _dobs("La empresa nació en 1990 y creció; revisión el 12/03/2024.") == []
