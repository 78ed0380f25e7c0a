"""Session 27: national ids of more countries in free text: after their own id word (glued to it by a
colon or not) in any layout, and in a distinctive layout under a valid checksum without one."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_id_schemes import any_id_scheme, extra_id_scheme
from safe_synthesizer.pii.text_patterns import pattern_spans

_IDS = frozenset({E.NATIONAL_ID, E.PHONE_NUMBER, E.DATE_OF_BIRTH})


def _ids(text: str) -> list[str]:
    return [text[a:b] for a, b, e in pattern_spans(text, ("US", "GB"), _IDS) if e == E.NATIONAL_ID]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Applicant Sean Ryan (PPSN:1234567TW) called about his claim.", "1234567TW"),
        ("Identity confirmed, PPS no. 6433435F, address updated.", "6433435F"),
        ("Pacients Jānis Bērziņš, personas kods 010190-12345, ieradās.", "010190-12345"),
        ("Graag wijzigen: rijksregisternummer 85073003328, bedankt.", "85073003328"),
        ("Asiakas, hetu 131052308T, soitti.", "131052308T"),
        ("Umsækjandi, kennitala 120174-3399, hafði samband.", "120174-3399"),
        ("Isikukood: 38001085718 kontrollitud.", "38001085718"),
    ],
)
def test_cued_ids_of_more_countries(text: str, value: str) -> None:
    assert value in _ids(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Visitor 270838-18879 signed in at the desk.", "270838-18879"),
        ("Titular 12.345.678-5 firmó el contrato.", "12.345.678-5"),
    ],
)
def test_distinctive_layouts_without_a_cue(text: str, value: str) -> None:
    assert value in _ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Order 3616008CW shipped on Monday.",  # a PPSN-valid code is an id only after an id word
        "Invoice 12345678AB paid in full.",
        "Meeting moved to room 270838 at noon.",
    ],
)
def test_codes_without_id_word_are_kept(text: str) -> None:
    assert _ids(text) == []


def test_schemes() -> None:
    assert extra_id_scheme("270838-18879") == ("lv.pvn", True)
    assert extra_id_scheme("3616008CW") == ("ie.pps", False)
    assert extra_id_scheme("0101990710008") is not None  # a JMBG (mod 11)
    assert extra_id_scheme("0101990710009") is None
    assert any_id_scheme("hello") is None
