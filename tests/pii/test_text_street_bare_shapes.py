"""Unnumbered streets told by their own shape, or by a placing word and the phrase's end."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_bare_shapes import bare_shape_street_spans


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in bare_shape_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Key back in safe at Pécsi utca. Thanks", "Pécsi utca"),
        ("Spare key with x, Szabadság tér. Backup", "Szabadság tér"),
        ("Spare key with x, Nagykanizsai út. Backup", "Nagykanizsai út"),
        ("Spare key with x, Ahvenkoskentie. Backup", "Ahvenkoskentie"),
        ("Key back in safe at Niittylänkuja.", "Niittylänkuja"),
        ("Gate code 4471, park on KG St No. Next visit March.", "KG St No"),
        ("ADDR KG 444 ST, NO 144   SIGNED", "KG 444 ST, NO 144"),
        ("Key back in safe at Stand Mbare. Thanks", "Stand Mbare"),
        ("Address checked: Stand 9718, Mbare.", "Stand 9718, Mbare"),
        ("park on Via III Settembre. Next", "Via III Settembre"),
        ("Gate code 4471, park on Nosbusch Inlet. Next", "Nosbusch Inlet"),
        ("park on Kairaba Avenue Kotu. Next", "Kairaba Avenue Kotu"),
        ("park on Stafford Course Apt.. Next", "Stafford Course Apt."),
        ("needs pick-up from Ghasaan Radial to Tesco", "Ghasaan Radial"),
    ],
)
def test_unnumbered_street_shapes(text: str, street: str) -> None:
    assert _found(text) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "Az út hosszú volt.",
        "A tér üres volt.",
        "Bowtie and Necktie for the wedding.",
        "Stand by the door. Stand Up Paddle is fun",
        "I stayed at Hotel View. Great",
        "Meet at Grand Central Station.",
        "see you on Main Street Monday.",
        "Weighs 5 KG. Still fine",
        "Lovely view at Lake Louise, 3 May.",
    ],
)
def test_prose_is_no_street(text: str) -> None:
    assert _found(text) == []
