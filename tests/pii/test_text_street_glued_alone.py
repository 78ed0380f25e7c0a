"""Glued street names without a house number, placed by a cue or hyphenated after a person (German, Dutch,
Swedish, Finnish notes and English notes about them)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_glued_alone import glued_alone_street_spans


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in glued_alone_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Wohnt jetzt in der Lindenstraße. Gruß Petra", "Lindenstraße"),
        ("Sie wohnt im Amselweg, sagt die Nachbarin.", "Amselweg"),
        ("Paket ging an die Adresse: Kastanienallee", "Kastanienallee"),
        ("Wohnt jetzt in der Moserstr. Bitte zurückrufen", "Moserstr"),
        ("Woont nu aan de Prinsengracht. Groet, Anna", "Prinsengracht"),
        ("Woont nu aan de Meikering, vlak bij het station", "Meikering"),
        ("Bor nu på Östra Kyrkogatan. Hälsningar", "Östra Kyrkogatan"),
        ("Parcel returned from Vogelsangweg today", "Vogelsangweg"),
        ("Parking permit needed outside Tulpenlaan.", "Tulpenlaan"),
        ("Picked up from Käthe-Kollwitz-Platz; her dad paid", "Käthe-Kollwitz-Platz"),
        ("Letter about the Willy-Brandt-Ring site visit", "Willy-Brandt-Ring"),
        ("Wohnt jetzt in der Herbesthaler Straße. Danke", "Herbesthaler Straße"),
    ],
)
def test_glued_streets_alone(text: str, street: str) -> None:
    assert _streets(text) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "Wir treffen uns am Marktplatz.",  # a landmark of every town, left on purpose
        "Treffpunkt am Hauptbahnhof um 8",
        "Er wartet auf dem Parkplatz beim Kinderspielplatz",
        "Der Weg zum Bahnsteig war lang, ein Umweg über die Sackgasse.",
        "Im Ring stand ein Boxer mit Ehering.",
        "Lunch from Catering at 12, then to Engineering.",  # English gerunds in -ring
        "Notes typed on an iPad from Notepad",
        "Lindenstraße",  # a glued word alone, no cue and no hyphens
        "Die Rhein-Main-Region ist groß",
        "in der Einbahnstraße falsch geparkt",
        "Van registered to Maartje Olthof, who waited in the car.",  # a person's surname ending in "-hof"
        "Q from Norman Oderwald-Ring (e-mail): can the certificate be sent?",  # a hyphenated surname
    ],
)
def test_no_street(text: str) -> None:
    assert _streets(text) == []
