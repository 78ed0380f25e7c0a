from datetime import date

from safe_synthesizer.pii.birth_cue_reader import birth_cue_at, read_birth_cue_spans

TODAY = date(2026, 12, 6)


def _spans(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in read_birth_cue_spans(text, today=TODAY)]


def test_cue_with_gender_marking_and_joiner() -> None:
    assert _spans("Objet : la carte de Léa Roy (né(e) le 30/MARS/2004) est à l'accueil.") == ["30/MARS/2004"]
    assert _spans("la cartera de Ana Gil (nacido/a el 09/AGO/1963) está en recepción") == ["09/AGO/1963"]
    assert _spans("il portafoglio di Ugo Neri (nato/a il 29/DIC/2020) è alla cassa") == ["29/DIC/2020"]
    assert _spans("a carteira de Rui Sá (nascido/a em 18/DEZ/1961) está na receção") == ["18/DEZ/1961"]
    assert _spans("Contact : Camille, né·e le 3 mars 1950, appelle demain") == ["3 mars 1950"]
    assert _spans("Teilnehmer*in geboren am 3.4.1970 in Linz") == ["3.4.1970"]


def test_joining_words_told_by_their_shape() -> None:
    assert _spans("Müşteri doğum tarihi: 03/02/1977, nakit") == ["03/02/1977"]
    assert _spans("Kunde Geb.-Datum: 12.03.1990") == ["12.03.1990"]
    assert _spans("Birth Date: 12/03/1990") == ["12/03/1990"]
    assert _spans("Pedro, nacido el día 5 de mayo de 1980") == ["5 de mayo de 1980"]


def test_abbreviations_generated_from_the_birth_words() -> None:
    assert _spans("kortet til Mik Holm (f. 23. august 1940) ligger i skranken") == ["23. august 1940"]
    assert _spans("Ausweis von Jo Kern (geb. 10/SEPT/1998) liegt an der Kasse") == ["10/SEPT/1998"]
    assert _spans("Kunde, geb. am 01.02.1936, zahlt bar") == ["01.02.1936"]
    assert _spans("Karta: Jan Nowak, ur. 12.03.1961") == ["12.03.1961"]
    assert _spans("Consent: Lin Mo, D.O.B. 04/11/1941, ID card") == ["04/11/1941"]
    assert _spans("Robe list: Tyler (b. 07-14-1974) needs a cassock") == ["07-14-1974"]
    assert _spans("Hanna (f.d.n. 3 mai 1977)") == ["3 mai 1977"]


def test_two_digit_years_take_the_century_of_a_life() -> None:
    assert _spans("Jan (geb. 1.11.99) kam spät") == ["1.11.99"]
    assert _spans("Kunde, geb.: 12.03.28, zahlt bar") == ["12.03.28"]  # 1928, not 2028
    assert _spans("kortet til Kåre (f. jul 9 '04) ligger her") == ["jul 9 '04"]


def test_no_birth_date_without_a_birth_cue_or_a_life() -> None:
    assert _spans("Plan B. 12/03/2026 agreed") == []  # a single letter outside brackets
    assert _spans("(b. 1901, d. 12/03/1980)") == []  # d. is died
    assert _spans("Spoke to Nate 12/03/2024 about the bill") == []  # a name, not ``nate`` (born)
    assert _spans("Nate 12/03/2024 called back") == []
    assert _spans("Birthday party 12/03/2024 at the hall") == []  # no joining word of that length
    assert _spans("born 12/03/2030") == []  # after today
    assert _spans("DOB 12-34-56") == []
    assert _spans("Nat. ins no 12 03 99") == []
    assert _spans("order 12_05_2024, score 3_1") == []
    assert _spans("invoice_dob=1970-08-02 dob_check=1970-08-02") == []  # parts of keys


def test_birth_cue_at_reads_the_cue_kinds() -> None:
    text = "Joe (geb. 1.11.99), D.O.B. 1.2.1990, geboren"
    assert birth_cue_at(text, 5, 8).kind == "abbreviation"
    assert birth_cue_at(text, 20, 21).kind == "initials"
    assert birth_cue_at(text, 37, 44).kind == "word"
    assert birth_cue_at(text, 0, 3) is None
