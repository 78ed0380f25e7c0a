"""Names after titles in each language's own words (issue 11: surnames after Monsieur/meneer/Pan...)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.titles import TITLES_BY_LANGUAGE, is_title, titled_name_spans


def _names(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], entity) for a, b, entity in titled_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ask for Monsieur Baron at reception.", "Baron"),
        ("Madame Mahe will phone back tomorrow.", "Mahe"),
        ("Rendez-vous avec Mlle Roche demain.", "Roche"),
        ("Courrier pour Maître Lefèvre.", "Lefèvre"),
        ("meneer Kuijpers will phone back.", "Kuijpers"),
        ("Gesprek met mevrouw Wolters.", "Wolters"),
        ("Brief aan de heer Jansen.", "Jansen"),
        ("Ask for Pani Łyskawa at reception.", "Łyskawa"),
        ("dr Matulewicz will phone back.", "Matulewicz"),
        ("Spotkanie z panem Nowak? Nie, z pan Nowak.", "Nowak"),
        ("Shri Sengupta will phone back.", "Sengupta"),
        ("Letter for Smt. Bal today.", "Bal"),
        ("Shrimati Dugal called.", "Dugal"),
        ("Senhor Azevedo ligou.", "Azevedo"),
        ("Dona Ribeiro ligou ontem.", "Ribeiro"),
        ("Llamó Doña Arroyo.", "Arroyo"),
        ("Llamó el señor Ibañez.", "Ibañez"),
        ("Chiamare il Signor Brambilla.", "Brambilla"),
        ("La Dott.ssa Bianchi è in ferie.", "Bianchi"),
        ("Ring fru Lindqvist i morgon.", "Lindqvist"),
        ("Seen by Dr Little on 2019-03-04.", "Little"),
        ("Dr. VI will phone back tomorrow.", "VI"),
        ("Dear MRS SMITH, thank you.", "SMITH"),
    ],
)
def test_surname_after_a_title_of_the_language(text, name):
    assert (name, "last_name") in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Frau Dr. Langern will phone back.", "Langern"),
        ("Herr Prof. Dr. med. Müller-Lüdenscheidt kommt.", "Müller-Lüdenscheidt"),
        ("Skierowanie od dr hab. Kowalski.", "Kowalski"),
        ("Referred by Dr. med. Lorch for follow-up.", "Lorch"),
    ],
)
def test_chained_titles_are_not_the_name(text, name):
    assert _names(text) == [(name, "last_name")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Home visit booked with meneer van der Spaendonc.", "van der Spaendonc"),
        ("Home visit booked with Frau auch Birger.", "auch Birger"),
        ("Termin bei Herrn von Bülow.", "von Bülow"),
        ("Falar com Senhora dos Santos.", "dos Santos"),
    ],
)
def test_particles_belong_to_the_surname(text, name):
    assert _names(text) == [(name, "last_name")]


def test_title_before_a_full_name_gives_the_full_name():
    assert _names("Kind regards,\nDr. med. Kathy Dörr") == [("Kathy Dörr", "name")]
    assert _names("Doña María López dijo que sí.") == [("María López", "name")]


@pytest.mark.parametrize(
    "text",
    [
        "Flights to Sri Lanka are cheaper in May.",
        "Call me Tuesday.",
        "The delay was 20 ms.",
        "Dr Monday clinic is closed.",
        "Mr. and Mrs. are titles.",
        "pan fried fish",
    ],
)
def test_no_name_after_a_title_word(text):
    assert _names(text) == []


def test_title_lists_cover_the_languages_and_their_abbreviations():
    assert {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "hi"} <= set(TITLES_BY_LANGUAGE)
    for word in ("Dott.", "Mevr.", "Sig.ra", "meneer", "Pani", "Smt.", "Monsieur", "Dña.", "Herrn"):
        assert is_title(word), word
    assert not is_title("Doctorow")


def test_a_title_word_after_a_particle_is_a_surname():
    assert _names("Ask for mevrouw de Heer at reception.") == [("de Heer", "last_name")]
