"""Column locale of names voted by every Faker name list (``locale_names``), not the seven detect locales only."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.column_locale import guess_column_locale
from safe_synthesizer.pii.locale_names import country_name_votes, family

# Invented columns (not from any benchmark): names common in each country.
DANISH = ["Søren Kjærgaard", "Mette Frederiksen", "Rasmus Højgaard", "Birgitte Lund", "Jesper Søndergaard",
          "Lone Thygesen", "Anders Mortensen", "Kirsten Kristensen"]  # fmt: skip
SLOVENE = ["Matej Zupančič", "Nina Kovačič", "Blaž Potočnik", "Špela Horvat", "Urška Mlakar", "Rok Vidmar"]
PORTUGUESE = ["João Rodrigues", "Inês Carvalho", "Tiago Gonçalves", "Beatriz Sousa", "Rui Fernandes", "Leonor Pereira"]
SWEDISH = ["Lars Lindqvist", "Ingrid Bergström", "Anders Sjöberg", "Karin Lundgren", "Gustav Nyström"]
LATVIAN = ["Jānis Bērziņš", "Ilze Kalniņa", "Andris Ozoliņš", "Inese Liepiņa", "Māris Krūmiņš", "Kristīne Jansone"]


@pytest.mark.parametrize(
    ("values", "locale"),
    [(DANISH, "da_DK"), (SLOVENE, "sl_SI"), (PORTUGUESE, "pt_PT"), (SWEDISH, "sv_SE"), (LATVIAN, "lv_LV")],
)
def test_country_names_name_their_own_locale(values, locale):
    # Before: German (de_DE) for the Danish, Slovene and Swedish, Spanish for the Portuguese,
    # none for the Latvian columns: their fakes were another country's names.
    assert guess_column_locale("name", values)[0] == locale


def test_surname_column_alone():
    surnames = ["Kjærgaard", "Søndergaard", "Thygesen", "Højgaard", "Frederiksen", "Mikkelsen"]
    assert guess_column_locale("last_name", surnames)[0] == "da_DK"


@pytest.mark.parametrize(
    ("values", "locale"),
    [
        (["John Smith", "Mary Johnson", "Robert Williams", "Patricia Brown", "Michael Davis"], None),
        (["Hans Müller", "Greta Schmidt", "Jürgen Weber", "Ursula Fischer", "Klaus Becker"], "de_DE"),
        (["Marco Rossi", "Giulia Bianchi", "Alessandro Esposito", "Francesca Romano"], "it_IT"),
    ],
)
def test_first_seven_languages_keep_their_detect_vote(values, locale):
    # English, German, Italian... names are told apart by the detect locales as before (English
    # names say no country: en_US and en_GB list them alike).
    assert country_name_votes(values, "name") is None
    assert guess_column_locale("name", values)[0] == locale


def test_families():
    assert family("en_GB") == family("en_AU") == "en"
    assert family("de_CH") == "de"
    assert family("yo_NG") == family("en_NG") == "NG"
    assert family("pt_BR") == family("pt_PT") == "pt"


def test_cyrillic_names_keep_the_script_vote_when_lists_do_not_decide():
    russian = ["Иван Петров", "Анна Смирнова", "Сергей Кузнецов", "Ольга Попова", "Дмитрий Соколов"]
    assert guess_column_locale("name", russian)[0] == "ru_RU"
    ukrainian = ["Олександр Шевченко", "Оксана Коваленко", "Тарас Бондаренко", "Ірина Ткаченко"]
    assert guess_column_locale("name", ukrainian)[0] == "uk_UA"
