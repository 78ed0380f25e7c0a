"""Streets, villages and landmark addresses with no house number, placed by a cue only an address follows."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_cued_places import cued_place_street_spans


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in cued_place_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        # A cue only a place follows: a typed street, a village, a box or plot, a word of no English vocabulary.
        ("Back from holiday. Lives Airport Road, walks over.", "Airport Road"),
        ("Gran may collect too, lives Kerkpad.", "Kerkpad"),
        ("[01/02/26, 09:00] Tom: I'm outside Khubetsoana, where r u", "Khubetsoana"),
        ("im at Plot 4412 all day, call me", "Plot 4412"),
        ("round 2: new client at Ha Foso starts mon.", "Ha Foso"),
        ("No answer at Anse Boileau. Left a card.", "Anse Boileau"),
        ("Lives BP 2231, walks over.", "BP 2231"),
        ("Says she lives The Settlement.", "The Settlement"),
        ("Van moved. Home Utulei village, 633 1200.", "Utulei village"),
        ("I'm outside Šumski prečac, where are you", "Šumski prečac"),
        ("Lives Sràid na h-Eaglaise, walks over.", "Sràid na h-Eaglaise"),
        ("I'm outside U Podjezdu now", "U Podjezdu"),
        ("I'm at Κουλαουσάρη all afternoon", "Κουλαουσάρη"),
        # More parts after a comma, up to the phrase's end or a phone number.
        ("No answer at Mont Buxton, Anse Aux Pins. Called her son.", "Mont Buxton, Anse Aux Pins"),
        ("Mora na Aldeia Becora, Suco Lahane.", "Aldeia Becora, Suco Lahane"),
        ("Home Falealili, Upolu, +685 22768.", "Falealili, Upolu"),
        # A landmark after the place belongs to the span.
        ("Lives Port Olry, opposite the nakamal.", "Port Olry, opposite the nakamal"),
        ("Parcel left at Nukunonu, by the school again.", "Nukunonu, by the school"),
        ("Letter to Fakaofo, near the fale fono. Thanks", "Fakaofo, near the fale fono"),
        ("I'm outside Ebeye, behind Payless, where r u", "Ebeye, behind Payless"),
        ("Lives Lot 9, Laura, lagoon side.", "Lot 9, Laura, lagoon side"),
        # After an ordinary placing word: a street type no public place shares, or a Romance type first.
        ("Paper left at Pembroke Street again, complained.", "Pembroke Street"),
        ("Leaflets dropped at Strada di Montecchio again.", "Strada di Montecchio"),
        ("Dropped the keys at rang Gervais yesterday.", "rang Gervais"),
        ("Letter to Trg Slobode 12. Thanks", "Trg Slobode 12"),
        ("Gardening done at Wickham's Cay II. Both happy.", "Wickham's Cay II"),
        # A line that opens with a typed street or a village and a colon.
        ("Fagatogo Road: papers changed to the Sunday edition.", "Fagatogo Road"),
        ("Nukunonu village: papers stopped.", "Nukunonu village"),
    ],
)  # fmt: skip
def test_cued_place_is_an_address(text: str, street: str) -> None:
    assert _found(text) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "We met at the park by the door at lunch.",
        "I'm at Kevin's all day.",
        "Lives London.",
        "She lives Monday to Friday at her mum's.",
        "No answer at 3pm, tried again.",
        "Home Office called about the visa.",
        "Lives in Paris with her mum.",
        "Great dress, bought it at Nordstrom.",
        "We were at Union Station all day.",
        "Mora no Rio 5 anos.",
        "I'm at Costa, near the station.",
        "Fits great at the waist, runs small on top.",
        "Letter to Jerry Hendrix. Thanks",
        "Helen: see you soon",
        "Home Sweet Home is my favourite print.",
        "I'm outside the shop, where r u",
        "Saves lives. Wore it at Christmas.",
    ],
)
def test_prose_and_people_are_no_address(text: str) -> None:
    assert _found(text) == []
