"""Inverted ``surname, given`` names in lower case or capitals (``text_name_inverted``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_inverted import inverted_name_spans
from safe_synthesizer.pii.text_name_pairs import name_pair_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in inverted_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Telefonnotiz 28.07.2023: döhn, justina, geb. 19.09.1958, klagt über Schwindel.", "döhn, justina"),
        ("tel triage: caller osborne, leon, dob 11/03/1956, c/o rash", "osborne, leon"),
        ("Item: keys. Claimed by murphy, gregory (r@x.net). Says they live near the park.", "murphy, gregory"),
        ("10.07.2025 - escalated. jacot-guillarmod, frédéric disputes the charge", "jacot-guillarmod, frédéric"),
        ("Telefonanteckning 2025-06-08: PERSSON, GÖTE, född 2000-07-28, yrsel sedan igår.", "PERSSON, GÖTE"),
        ("25/04/2025 - escalated. MIFSUD, JOSEPH disputes the charge on card", "MIFSUD, JOSEPH"),
        ("Surname/First: nash, lisa   born 05/02/2005", "nash, lisa"),
        ("Tenant victorsson, karólína notified by text", "victorsson, karólína"),
        ("Llamada 01/08/2024: salgado, curro vicente, nacido el 02/12/1947", "salgado, curro vicente"),
        ("Appel du 09/10/2025 : parent, yves, né(e) le 10/08/2006", "parent, yves"),
        ("intake 12.03.2024: de coninck, thijs, geb. 19/12/1988", "de coninck, thijs"),
    ],
)
def test_inverted_lower_and_capital_names(text: str, name: str) -> None:
    assert _found(text) == [name]
    assert any(text[a:b] == name for a, b, _ in name_pair_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Items: apples, pears, plums",
        "Colours available: white, rose, navy",
        "Status: paid, pending review",
        "Flowers: daisy, lily and rose",
        "NOTE: URGENT, PLEASE CALL",
        "Re: invoice, may need update",
        "Location: paris, france",
        "Tags: vintage, summer, dress",
        "Great dress. jersey, stretchy and soft",
        "skirt, dress. flattering, will buy",
        "STATUS: CLOSED, PAID",
        "Mood: happy, joy",
        "Team: king, queen",
        "Symptoms: fever, cough, rash",
        "DEPARTMENT: LOGISTICS, JORDAN OFFICE",
        # A listed pair in running prose, not at a line, sentence or field start nor after a cue word.
        "we planted the roses near wood, holly and ivy along the fence",
        # found in the clothing reviews: an inflected English word before a given name that is a verb
        "Great tee for layering, love the sweet lace along the hem",
    ],
)
def test_lists_and_prose_keep_their_words(text: str) -> None:
    assert _found(text) == []


def test_english_note_surname_that_is_a_foreign_function_word_or_a_town() -> None:
    # "allen" is German "all" and "castelli" an Italian town: in an English note, the first at a register
    # entry's start (a dash follows) and the second after "for" are surnames; "hood" (an English verb)
    # counts at such an entry beside a given name that is no word.
    for text, name in (
        ("allen, ethan - grade 3 exam entry done, candidate dob 16/10/1971.", "allen, ethan"),
        ("Physio review for castelli, lodovico. Low back pain since lifting.", "castelli, lodovico"),
        ("hood, joan - grade 3 exam entry done.", "hood, joan"),
    ):
        assert [text[a:b] for a, b, _ in inverted_name_spans(text)] == [name]
    # Towns before a region, and a German note's "allen," stay prose.
    for text in ("flights for paris, texas and for lincoln, nebraska", "Wir danken allen, maria und hans."):
        assert inverted_name_spans(text) == []
