"""Street layouts missed on the diagnostic set 7 (issue 11): pt/es_MX/cs/pl/en_AU streets, address cues."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_streets import street_spans


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Please use the side gate at R. dos Melros, 242. Dog in the garden!", "R. dos Melros, 242"),
        ("She lives alone at Avenida de Vinte e Quatro de Agosto, 4 (4000-000 Porto).",
         "Avenida de Vinte e Quatro de Agosto, 4"),
        ("Nobody home at pl. Żwirki i Wigury 92, the neighbour took it.", "pl. Żwirki i Wigury 92"),
        ("She lives alone at Privada Nazario 129 905 (16797 Nueva Suiza).", "Privada Nazario 129 905"),
        ("She lives alone at Level 4 50 Sharon Edge (2600 Canberra).", "Level 4 50 Sharon Edge"),
        ("She lives alone at Spolupráce 4 (123 45 Vimperk).", "Spolupráce 4"),
        ("She lives alone at Podle Náhonu 27 (123 45 Brno).", "Podle Náhonu 27"),
        ("Nobody home at Nábřeží Ludvíka Svobody 79, the neighbour took it.", "Nábřeží Ludvíka Svobody 79"),
        ("She lives alone at Praia Nina Barbosa (12345-678 Mendonça).", "Praia Nina Barbosa"),
        ("* Address - avenue Deshusses, Lausanne", "avenue Deshusses"),
    ],
)  # fmt: skip
def test_street_found(text: str, street: str) -> None:
    assert street in _streets(text)


@pytest.mark.parametrize(
    "text",
    [
        "R. dos Santos called about the invoice.",  # an initial and a surname, no house number
        "The team lives at Level 3 of the tower.",  # no street type after the unit and number
        "We met at Gate 4 and walked home.",  # no address cue
        "Home at last, she said.",
    ],
)
def test_no_street(text: str) -> None:
    assert _streets(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        # Baltic: the name, an abbreviated street type written apart, the house number
        ("Įvykio protokolas: adresas Žalgirio g. 48-9.", "Žalgirio g. 48-9"),
        ("Parduodu dviratį. Atsiimti Savanorių pr. 137, skambinti", "Savanorių pr. 137"),
        ("GMP dispečerinei: vietoje Laisvės al. 64, skambintojas", "Laisvės al. 64"),
        ("Dzīvoju Brīvības iela 40, Rīga", "Brīvības iela 40"),
        # South Slavic street types after the name
        ("Dostava na Zagrebačka cesta 12 do podne", "Zagrebačka cesta 12"),
        ("Sastanak je na Jezuitski trg 9c u podne", "Jezuitski trg 9c"),
        # a bare street name after an address noun, a verb of living or a pick-up word (no colon)
        ("OIB 36455492615, adresa Podgaj 5.", "Podgaj 5"),
        ("Dobar dan, stanujem u Slavujevac 6c/6, nazovite me", "Slavujevac 6c/6"),
        ("Úradný záznam: bydlisko Biela 5.", "Biela 5"),
        ("Predám bicykel. Vyzdvihnutie Úzka 319, volajte", "Úzka 319"),
        ("Preuzimanje Perivoj biskupa Stjepana II. 7b, zvati", "Perivoj biskupa Stjepana II. 7b"),
    ],
)
def test_street_found_baltic_slavic(text: str, street: str) -> None:
    assert street in _streets(text)


@pytest.mark.parametrize(
    "text",
    [
        "I put 3 apples on the table.",
        "adresa je neplatná 3 dny",  # lower-case words after the cue: no street name
        "Visit us in g. 5 of the hall.",
    ],
)
def test_no_street_baltic_slavic(text: str) -> None:
    assert _streets(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Sigortalı X, Lale Mah. Barış Sok. No: 111 D: 1 adresindeki dairede", "Lale Mah. Barış Sok. No: 111 D: 1"),
        (
            "Adres: Atatürk Mahallesi, İnönü Caddesi No: 28/9 Daire 4, Kadıköy",
            "Atatürk Mahallesi, İnönü Caddesi No: 28/9 Daire 4",
        ),
        ("Barış Sok. No 6 d 3 kişi geldi", "Barış Sok. No 6"),
    ],
)
def test_turkish_street_keeps_its_neighbourhood_and_flat(text: str, street: str) -> None:
    # The neighbourhood (Mah.) before the street and the flat (D: 1) after the number are one address.
    assert [text[a:b] for a, b, _ in street_spans(text)] == [street]
