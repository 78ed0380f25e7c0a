"""Catalan shared forms write "born" with both genders' endings (``nascut/da el 3 de maig de 2012``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_birth_words_local import local_dob_spans


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Sortida del meu fill/filla Pere, nascut/da el 3 de maig de 2012, amb el grup.", "3 de maig de 2012"),
        ("Alumne/a: Laia Puig, nascut/a el 14 d'octubre de 2010", "14 d'octubre de 2010"),  # 'de' elided
        ("Participant nascut/uda el 09/02/2015 a Girona", "09/02/2015"),
    ],
)
def test_both_genders_born_before_a_date(text: str, date: str) -> None:
    found = [text[a:b] for a, b, _ in local_dob_spans(text)]
    assert found == [date]
