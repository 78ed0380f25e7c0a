"""National ids in text: a Belgian national number in its own layout needs no cue word
(``n° 66.01.11-851.18``), Norwegian abbreviations ``fødselsnr.``/``fnr`` are id cues."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_patterns import pattern_spans

_WANTED = frozenset({E.NATIONAL_ID})


def _ids(text: str) -> list[str]:
    return [text[a:b] for a, b, e in pattern_spans(text, ("BE", "NO"), _WANTED) if e == E.NATIONAL_ID]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Rappeler au 068500283, date de naissance 17/06/1985, n° 86.01.24-157.63.", "86.01.24-157.63"),
        ("Ring tilbake, født 03.05.1983, fødselsnr. 20048436960.", "20048436960"),
        ("Pasient fnr 20048436960 ringte", "20048436960"),
    ],
)
def test_ids_found(text: str, number: str) -> None:
    assert number in _ids(text)


def test_belgian_layout_with_a_wrong_check_is_no_id() -> None:
    assert _ids("Dossier 86.01.24-157.64 clos") == []
