"""Faroese and Northern Sami street lines in notes (session 40): the Faroese street words ``gøta``/``brúgvin``,
streets named by a preposition of place (``Undir Heygnum 12``), the Sami ``geaidnu``/``bálggis``/``gáhta``."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_detector import load_text_detector
from safe_synthesizer.pii.text_street_local import local_street_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in local_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Ný adressa frá 1. mai: Tróndargøta 41, 100 Tórshavn.", "Tróndargøta 41"),
        ("Hann býr nú á Hoyvíksgøtu 9 saman við systrini.", "Hoyvíksgøtu 9"),
        ("Teknikar kemur til Niels Finsens gøta 7 kl. 10.", "Niels Finsens gøta 7"),
        ("Lyklar lagdir á Kongabrúgvin 3.", "Kongabrúgvin 3"),
        ("Flutti til Undir Heygnum 12 í summar.", "Undir Heygnum 12"),
        ("Nýggj adressa: Úti á Fløtu 7, Klaksvík.", "Úti á Fløtu 7"),
        ("Oktavuohta: Ráidugeaidnu 14, Karasjok.", "Ráidugeaidnu 14"),
        ("Visit booked at Čoavjjobálggis 12 on Friday.", "Čoavjjobálggis 12"),
        ("Site visit, Sámi joatkkaskuvlla geaidnu 7, Kautokeino.", "Sámi joatkkaskuvlla geaidnu 7"),
        ("Skuvlagáhta 3 lea giddejuvvon.", "Skuvlagáhta 3"),
    ],
)
def test_faroese_and_sami_streets(text, street):
    assert _found(text) == [street]


def test_through_the_text_detector_and_prose_kept():
    det = load_text_detector(["street_address", "name", "city", "postcode"])
    if det is None:
        pytest.skip("the 'pii' extra is not installed")
    text = "Engineer booked at Biellogeaidnu 33. Ég fór Í Reykjavík 3 daga."
    found = [(text[s.start : s.end], s.entity) for s in det.find_spans([text])[0]]
    assert ("Biellogeaidnu 33", "street_address") in found
    assert not any("Reykjavík 3" in value for value, _ in found)
