"""An id word, then where the number was read, then the number (session 33): ``Steuer-ID laut Akte 11 385
192 403``, ``NIR selon le dossier ...``, ``BSN volgens het dossier ...``."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_ids import cued_id_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in cued_id_spans(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Übergabe: Steuer-ID lt. Unterlagen 47 112 903 558, bitte prüfen.", "47 112 903 558"),
        ("Relève : NIR selon le dossier 2 71 04 33 108 222 15.", "2 71 04 33 108 222 15"),
        ("Overdracht: BSN volgens het dossier 204381195, terugbellen", "204381195"),
        ("Consegna: codice fiscale come da pratica BRNCHR71D44F205K.", "BRNCHR71D44F205K"),
        ("SSN on file is 512-44-1098.", "512-44-1098"),
    ],
)
def test_where_the_number_was_read_may_stand_between(text, number):
    assert _found(text) == [number]


def test_business_numbers_after_the_same_words_stay():
    assert _found("order id per file 12345678, invoice according to the system 99887766") == []
