"""A timestamp in a note is no phone number (session 28: set 14's SMS exports).

``[10.12.2024 08:14]`` reads as the US number (101) 220-2408 to a phone matcher; it was faked into
``[10.50.6483 53:14]``, junk that looks like data.
"""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_detector import load_text_detector

_LINES = [
    "[10.12.2024 08:14] 21 30 21 18: Hei, det er Kim Berge, jeg blir sen.",
    "[29.07.2025 08:14] +47 40 28 89 52: Hei, det er Turid Holm.",
    "2024-11-04 17:02 call from (248) 869-1686 re: order",
    "12/31/2024 09:15 - left a message",
]


@pytest.mark.parametrize("region", ["US", "NO", "GB"])
def test_timestamps_are_not_phone_numbers(region: str) -> None:
    detector = load_text_detector([E.PHONE_NUMBER, E.NAME, E.DATE_OF_BIRTH], region=region)
    for text, spans in zip(_LINES, detector.find_spans(_LINES), strict=True):
        phones = [text[s.start : s.end] for s in spans if s.entity == E.PHONE_NUMBER]
        assert not any(p[:1].isdigit() and ("2024" in p or "2025" in p) for p in phones), (text, phones)


def test_the_phone_after_a_timestamp_is_still_found() -> None:
    detector = load_text_detector([E.PHONE_NUMBER], region="US")
    text = _LINES[2]
    assert "(248) 869-1686" in [text[s.start : s.end] for s in detector.find_spans([text])[0]]
