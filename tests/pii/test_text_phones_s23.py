"""Session 23: phones in Nordic and Austrian notes after local cues, and after a cue separated from
the number by an e-mail address. Each was missed before (set 8 phones sv_SE 0.944, no_NO 0.956)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_patterns import phone_spans

_REGIONS = ("US", "GB", "SE", "NO", "DK", "AT")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Hyresgästen har sagt upp kontraktet och nås på 08-36 85 30.", "08-36 85 30"),
        ("och nås på 08258976.", "08258976"),
        ("och nås på 08-16.07.94.", "08-16.07.94"),  # a Stockholm number written like a date
        ("Contact lietobias@example.org or 71 48 88 20.", "71 48 88 20"),
        ("Contact fsimonsen@example.net or 48663855.", "48663855"),
        ("Rückruf unter (0316) 07968 141.", "(0316) 07968 141"),
    ],
)
def test_local_cue_phones(text: str, phone: str) -> None:
    assert phone in [text[a:b] for a, b, _ in phone_spans(text, _REGIONS)]


@pytest.mark.parametrize("text", ["meeting on 12.03.2020 at 10", "Invoice 4866 3855 paid", "nås inte 12.03.2020"])
def test_dates_and_amounts_stay(text: str) -> None:
    assert phone_spans(text, _REGIONS) == []
