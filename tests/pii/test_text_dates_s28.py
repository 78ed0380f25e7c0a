"""Dates of birth in text without an English birth word: a birth cue of more languages, or the date right
after a person's name at the head of a line (letter headings); dates that are not about a person stay."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_patterns import pattern_spans

_WANTED = frozenset({E.DATE_OF_BIRTH})


def _dobs(text: str) -> list[str]:
    return [text[a:b] for a, b, e in pattern_spans(text, ("US", "GB"), _WANTED) if e == E.DATE_OF_BIRTH]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("dzimšanas datums: 11.02.1975. | personas kods: 110275-12345", "11.02.1975"),
        ("Zvanīt vēlāk, dzim. 07.09.1960.", "07.09.1960"),
        ("isik: Mari Tamm | sünniaeg: 02.03.1991 | telefon: 5123 4567", "02.03.1991"),
        ("Patsient sündinud 14.07.1950, elab üksi.", "14.07.1950"),
        ("Data de naixement: 12/05/1977", "12/05/1977"),
        ("Fæðingardagur: 03.04.1969", "03.04.1969"),
        ("Datëlindja: 21.06.1983", "21.06.1983"),
        ("Dáta breithe 09/09/1959", "09/09/1959"),
        ("Tanggal lahir: 17-08-1985", "17-08-1985"),
        ("Datum rođenja: 30.01.1964.", "30.01.1964"),
        ("Дата на раждане 05.05.1955", "05.05.1955"),
        ("DDN : 08/11/1948", "08/11/1948"),
    ],
)
def test_birth_cues_of_more_languages(text: str, date: str) -> None:
    assert _dobs(text) == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Re: Jeffery Massey, 04/08/1943, 1535 Tonya Johns. I would be grateful if you could see her.", "04/08/1943"),
        ("Re: Faragó Vilmos, 1986.04.30., Szegedi utca 145. Kérem vizsgálja meg.", "1986.04.30"),
        ("Тема: Оксенія Твердохліб, 22.11.1980, сквер Вернидуба 5.", "22.11.1980"),
        ("Patient: Nora Sørensen (07.03.2004)\nReason: follow-up", "07.03.2004"),
        ("re: jeffery massey, 04/08/1943, 1535 tonya johns.", "04/08/1943"),
        ("Re: Marie O'Brien, 24 Jan 1952, 435 King Cliff.", "24 Jan 1952"),
        ("Re: Heinz-Günther Lammi, 23.09.1999, Jälsikuja 12.", "23.09.1999"),
        ("Re: 中島 裕樹, 1959/03/14, 浅草橋3-26-8.", "1959/03/14"),
    ],
)
def test_date_after_a_name_heading_a_letter(text: str, date: str) -> None:
    assert _dobs(text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "London, 12 March 2024",
        "Re: Appointment Request, 12/03/2024",
        "New York, 12/03/2024",
        "Seen by Dr Little, 2019-03-04; call if worse.",  # not at the head of the line: a visit date
        "Re: Jeffery Massey, 04/08/2099, reviewed",  # a future date is no birth date
        "Re: Massey, 04/08/1943",  # one word is no name
        "visited 12.03.2020, dzimšanas diena svinēta",  # the date comes before the birth word
    ],
)
def test_dates_that_are_not_births_stay(text: str) -> None:
    assert _dobs(text) == []
