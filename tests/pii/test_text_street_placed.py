"""Street lines with no street word, placed by a cue, a person before at/of, a signature or a bracket
(text_street_placed); examples written for the kinds set 33 showed, in other places and languages."""

import pytest

from safe_synthesizer.pii.text_street_placed import placed_street_spans
from safe_synthesizer.pii.text_streets import street_spans


def _placed(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in placed_street_spans(text)]


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        # A person, then at/of: a name in capitals, a bracketed name, a role, a bracketed birth date.
        ("Escalation - Mrs ROSA DIJKHOFF of Sabana Basora 41-B wants a refund.", "Sabana Basora 41-B"),
        ("The lessee (Mirto Statia) of Bona Vista 12 has not paid.", "Bona Vista 12"),
        ("Resident (born 03.04.1961) at Trnjanska 88c should be seen first.", "Trnjanska 88c"),
        ("A parcel for Mr Odu from Kintampo 7/3 arrived.", "Kintampo 7/3"),
        # Address cues.
        ("Patient is registered at Vukovarska 12a/4.", "Vukovarska 12a/4"),
        ("Her home address Hala Fatafehi is on file.", "Hala Fatafehi"),
        ("Reminder posted to Noord Brasil 63; copy by e-mail.", "Noord Brasil 63"),
        # A street named after a person, with its flat.
        ("Un saludo, Marta Gil Soto, Violeta Parra 455 Depto. 31", "Violeta Parra 455 Depto. 31"),
        # A building or plot word with its number and the neighbourhood, either order.
        ("the client (born 1970) at Bldg 22, Motithang should call", "Bldg 22, Motithang"),
        ("Mr AMARI of Andalus Road, Bldg 9 says hi", "Andalus Road, Bldg 9"),
        ("Avec amitié, Koffi Dossa, Carré 118, maison Ahouansou, Gbégamey", "Carré 118, maison Ahouansou, Gbégamey"),
        ("moved to Building 12, Street 330, Zone 61.", "Building 12, Street 330, Zone 61"),
        # A house's name before its numbered street.
        ("Mrs Outerbridge moved to Frangipani Cottage, 9 Middle Road.", "Frangipani Cottage, 9 Middle Road"),
        # No number: a street type and a name.
        ("Complaint - Mr/Ms ADA KOLLIE of Camp Johnson Road says the bins are full.", "Camp Johnson Road"),
        ("Avec toute notre affection, Marc Rossier, chemin Vuillermet", "chemin Vuillermet"),
        ("Plainte contre la voisine Anne Python (route Loup) pour bruit.", "route Loup"),
        # A signature's last part, and a bracket after a neighbour's name.
        ("Veel sterkte, Rina Tromp, Santa Cruz Pabou 18", "Santa Cruz Pabou 18"),
        ("Klacht over buurvrouw Ina de Cuba (Kibrahacha 87-A): lawaai.", "Kibrahacha 87-A"),
    ],
)
def test_placed_streets(text: str, street: str) -> None:
    assert street in _placed(text)
    assert any(street in s for s in _streets(text))


@pytest.mark.parametrize(
    "text",
    [
        "Met John Smith at Gate 5 before boarding.",
        "Dr Patel (Room 12) is off today.",
        "Sarah Jones of Costa Coffee 3 days ago",
        "Review by Tom Hale of Final Fantasy 7 fame.",
        "Mr Brown of Heathrow Terminal 5 said hi",
        "Ms Lee at March 12 appointment",
        "Mrs Costa of Lisbon 2019 trip",
        "Thanks, Anna Berg, Version 2",
        "Loved it, Jane Doe, Size 12",
        "Dr Patel of Building 5, Room 12 said",
        "The client (John) at Terminal 2 was late.",
        "Bought at Anthropologie 2 days ago",
    ],
)
def test_prose_of_the_same_shape_is_no_street(text: str) -> None:
    assert _placed(text) == []


def test_papiamento_street_words_need_no_cue() -> None:
    assert "Kaya Grandi 12" in _streets("Entrega na Kaya Grandi 12 mañan.")
    assert "Caya Frans Figaroa 9" in _streets("Nieuw adres per 1 mei Caya Frans Figaroa 9 te Noord.")
    assert "Kaminda Jan Noorduyn 23" in _streets("Kaminda Jan Noorduyn 23, Willemstad")


def test_numbered_streets_of_cotonou() -> None:
    assert _placed("Toujours au rue 10.245, Gbégamey depuis mars.") == ["rue 10.245, Gbégamey"]
    assert _placed("Prix: 12.500 FCFA la rue") == []
