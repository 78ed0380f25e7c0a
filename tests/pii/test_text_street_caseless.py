"""Street lines written in lower case in free text (text_street_caseless), and prose that is no street."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_caseless import caseless_street_spans
from safe_synthesizer.pii.text_streets import street_spans


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("parcel left next door. birkelundsvej 41, ring the bell", "birkelundsvej 41"),  # glued, Danish
        ("levert hos nabo. kirkebakken 12b. ring 40000000", "kirkebakken 12b"),  # glued, Norwegian
        ("lämnat hos grannen. björkvägen 7, portkod 1234", "björkvägen 7"),  # glued, Swedish
        ("jätetty naapurille. koivukuja 15. soita", "koivukuja 15"),  # glued, Finnish
        ("abgegeben, adresse hans-meier-ring 12, tel 0301234567", "hans-meier-ring 12"),  # hyphenated -ring
        ("afgegeven. lindelaan 44. tel 0612345678", "lindelaan 44"),  # glued, Dutch
        ("colis laissé. avenue des tilleuls 14, code 4B21", "avenue des tilleuls 14"),  # prefix first, French
        ("zostawiona u sąsiadki. ulica lipowa 12. tel 123456789", "ulica lipowa 12"),  # prefix first, Polish
        ("deixada com a vizinha. rua das acácias, 57. ligar", "rua das acácias, 57"),  # comma before the number
        ("lasciato al portiere. via dei glicini, 9 interno 4, citofono", "via dei glicini, 9 interno 4"),  # weak + unit
        ("lăsat la vecina. strada teilor nr. 8 bl. 2 ap. 14. sunați", "strada teilor nr. 8 bl. 2 ap. 14"),
        ("palikta kaimynei. liepų g. 27-3. skambinti", "liepų g. 27-3"),  # name, type apart, Lithuanian
        ("atstāts pie kaimiņienes. liepu iela 5. zvanīt", "liepu iela 5"),  # Latvian
        ("bırakıldı. gül sokak no: 14 d: 3. tel", "gül sokak no: 14 d: 3"),  # Turkish
        ("csomag a szomszédnál. rózsa utca 12. tel", "rózsa utca 12"),  # Hungarian
        ("pustil pri sosedi. lipova ulica 3. tel", "lipova ulica 3"),  # Slovenian
        ("absent. 812 boulevard laurier, code 4B21", "812 boulevard laurier"),  # number first, prefix
        ("tel 0123. 4417 martinez grove is one way", "4417 martinez grove"),  # number first, English type
        ("studio 4, holloway crescent is one way", "studio 4, holloway crescent"),  # unit first
        ("abgegeben, adresse anna-berger-weg 3/2, tel 0664", "anna-berger-weg 3/2"),  # hyphen before the type
        ("adresse lindnerstr. 14, tel 0664", "lindnerstr. 14"),  # "str." with its dot
        ("levert til nabo. olsenlunden 12. tlf", "olsenlunden 12"),  # short type after a long stem
        ("entregado. prolongación morelos 12 edif. 3 , depto. 45.", "prolongación morelos 12 edif. 3 , depto. 45"),
        ("entregado. circuito hidalgo 212 404. llamar", "circuito hidalgo 212 404"),  # exterior + interior number
        ("91 gordon island apt. 12 is one way", "91 gordon island apt. 12"),  # ordinary-word type + unit
        ("code 1234. 12, rue paul martin is one way", "12, rue paul martin"),  # the name ends before "is"
        ("colis. 118 route gagnon apt. 4, code", "118 route gagnon apt. 4"),  # a unit word ends the name
        ("lämnat. nyvägen 4, portkod 1234", "nyvägen 4"),  # two letters before a long glued type
        ("deixada. r. pereira, 12. ligar", "r. pereira, 12"),  # "r." (rua) with a comma before the number
        ("studio 2b, harper ports is one way", "studio 2b, harper ports"),  # a unit before an ordinary-word type
        # Capitals: the line is read in its lower-case form.
        ("HEARING. CLAIMANT OF 412 PARKER ISLANDS SUITE 9, PORT ANN 41343 ATTENDED", "412 PARKER ISLANDS SUITE 9"),
        ("DEMANDANTE DE CALLE DE LOS OLMOS 14, MADRID", "CALLE DE LOS OLMOS 14"),
        ("Letters to 5410 Moore Villages Apt. 88, Lake Ann", "5410 Moore Villages Apt. 88"),  # capitalised + unit
    ],
)
def test_lower_case_street_lines(text: str, street: str) -> None:
    assert any(street in found for found in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "sent via email 3 times, no answer",
        "via email, 3 times already",
        "take route 66 for 2 hours",
        "left at no. 3, pass to room 214",
        "in de straat 3 keer gezien",
        "bought a 2 day pass and a 3 hour drive",
        "about 5 minutes walk from the station",
        "der fußweg 5 minuten, dann links",
        "meet at gate 5, line 2 of the form",
        "paseo con 3 perros por la mañana",
        "served in the 3rd brigade 2 years",
        "camino de 3 horas hasta el pueblo",
        "replaced the ipad 2 and the keypad 3",
        "went to australia 3 times",
        "SENT VIA EMAIL 3 TIMES. CALL 5 DAYS LATER",
        "be there at 3 little later",
        "We had 3 Little Women Suite 4",
        "tv. ljubljana, 3 programs tonight",
        "I met her 2 times in the hall",
    ],
)
def test_lower_case_prose_is_no_street(text: str) -> None:
    assert caseless_street_spans(text) == []


def test_capitalised_streets_stay_with_the_cased_rules() -> None:
    # A capitalised name is read by text_streets; the caseless layer only reads lower-case names.
    assert caseless_street_spans("Moved to Ulica Lipowa 12 in May.") == []
    assert "Ulica Lipowa 12" in _found("Moved to Ulica Lipowa 12 in May.")


def test_a_bra_size_before_a_sentence_is_no_calle():
    text = "my bust line is 36 c. i ordered an xs and small regular."
    assert street_spans(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("pealevõtt kadri tee 14 kell 8", "kadri tee 14"),  # Estonian "tee", one word before it
        ("järgi tulla. narva mnt 5, kell 9", "narva mnt 5"),  # Estonian abbreviation without its dot
        ("paciente en calzada norte juárez 512 a las 9", "calzada norte juárez 512"),  # quarter word in the name
        ("recogida en peatonal morelos 412 117 a las 8", "peatonal morelos 412 117"),  # interior number
        ("ophalen bij lindepad 12 om 9", "lindepad 12"),  # Dutch "-pad" after a long stem
        ("abholung kranichring 4 um 7", "kranichring 4"),  # German "-ring" after a consonant
        ("Termin: Falkenring 12, bitte klingeln", "Falkenring 12"),  # ... capitalised
        ("prise en charge chaussée de wavre 112 bte 4 à 8h", "chaussée de wavre 112 bte 4"),  # Belgian box
    ],
)
def test_more_lower_case_layouts(text: str, street: str) -> None:
    assert any(found.startswith(street) or found.endswith(street) for found in _found(text))


@pytest.mark.parametrize(
    "text", ["my ipad 2 broke", "bought a notepad 3 times", "during 3 days", "spring 2021 sale", "offspring 2 kids",
             "the keyring 4 sale", "monitoring 24 hours", "the hamstring 3 weeks"],
)  # fmt: skip
def test_english_words_ending_like_a_glued_type_are_no_street(text: str) -> None:
    assert _found(text) == []


def test_an_estonian_street_before_tee_is_one_word() -> None:
    text = "pealevõtt kadri tee 14 kell 8"
    assert _found(text) == ["kadri tee 14"]  # "pealevõtt" (pickup) is the note's word


def test_spanish_articles_belong_to_a_lower_case_street_name() -> None:
    text = "Eduardo from calle los copihues 34"
    assert [text[s:e] for s, e, _ in caseless_street_spans(text)] == ["calle los copihues 34"]
