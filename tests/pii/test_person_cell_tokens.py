import re

from safe_synthesizer.pii import column_written_people, person_cell_grammar
from safe_synthesizer.pii.column_written_people import written_person
from safe_synthesizer.pii.gazetteers import TITLES
from safe_synthesizer.pii.person_cell_grammar import read_person_cell
from safe_synthesizer.pii.person_cell_tokens import (
    INITIALS,
    NAME_WORD,
    one_line,
    ordinary_word,
    street_word,
    title_word,
)


def test_name_word_takes_inner_apostrophes_and_hyphens_not_digits():
    for word in ("O'Neill", "Lebon-Gérard", "Müller", "孟璐", "d’Arcy"):
        assert re.fullmatch(NAME_WORD, word), word
    for word in ("R2D2", "-Ana", "Ana-", "_x", "C."):
        assert not re.fullmatch(NAME_WORD, word), word


def test_initials_are_one_to_three_dotted_letters():
    for token in ("C.", "C.A.", "C. A.", "É.J.M."):
        assert re.fullmatch(INITIALS, token), token
    for token in ("C", "CA", "C.A.B.D.", "1."):
        assert not re.fullmatch(INITIALS, token), token


def test_title_word_folds_case_and_a_trailing_dot():
    assert title_word("MRS.", TITLES)
    assert title_word("Herr", TITLES)
    assert not title_word("Carol", TITLES)
    assert not title_word("Mrs", frozenset({"mme"}))


def test_ordinary_and_street_words():
    assert ordinary_word("church") and ordinary_word("paris")
    assert not ordinary_word("haynes")
    assert street_word("Road") and street_word("road.")
    assert not street_word("Haynes")


def test_one_line_folds_white_space():
    assert one_line("  Carol \n\t Haynes ") == "Carol Haynes"


def test_both_desk_readers_read_words_with_the_shared_pattern():
    # The word of a name is one constant: the desk's layouts and the grammar's slots read the same word.
    assert "_WORD" not in vars(person_cell_grammar)
    assert column_written_people._W is NAME_WORD
    assert written_person("Haynes, C.A.") == ("comma", True)
    assert read_person_cell("C.A. Haynes").form == "initials_family"
