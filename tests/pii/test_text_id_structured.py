"""text_id_structured: ids read by a scheme's structure when it has no check digit (the Indian PAN)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_id_structured import structured_id_spans, with_structured_ids


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ಗುರುತಿನ ಚೀಟಿ ಇದೆ (ಪ್ಯಾನ್ ಸಂಖ್ಯೆ TTUPN2941J). ಕರೆ ಮಾಡಿ", "TTUPN2941J"),
        ("Wallet found (PAN: NKTPR2034Y), call me", "NKTPR2034Y"),
        ("renewal, AFWPP3921T, receipt to the club", "AFWPP3921T"),
    ],
)
def test_a_pan_in_any_language(text: str, value: str) -> None:
    assert [text[a:b] for a, b, _ in structured_id_spans(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "code ABCDE1234F",  # E is no holder kind
        "write to ABCPD1234X@mail.com",
        "part AB-CDEPX1234Y in stock",
        "see www.ABCPD1234X.in",
        "SKU abcpd1234x",
    ],
)
def test_no_pan_in_other_codes(text: str) -> None:
    assert structured_id_spans(text) == []


def test_a_span_found_already_is_left_alone() -> None:
    text = "PAN: NKTPR2034Y"
    assert structured_id_spans(text, [(5, 15, "national_id")]) == []
    out = with_structured_ids(text, [])
    assert [(text[s.start : s.end], s.entity) for s in out] == [("NKTPR2034Y", "national_id")]
