import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_self_words import is_self_word, self_word_names, self_word_share


def test_words_for_the_person_themself_in_several_languages():
    for value in ("self", "(Self)", "Lui-même", "SELBST", "el paciente", "zelf", "o próprio", "sé stessa"):
        assert is_self_word(value), value
    for value in ("Ana Lopes", "Kim", "", None):
        assert not is_self_word(value), value
    assert self_word_share(pd.Series(["self", "Ann Lee", "Self", "Tom", None])) == 0.5


_RELATIVES = ["Colm Byrne", "Aoife", "nuala kearney", "Declan Walsh", "Siobhan", "Eamon Doyle", "Roisin Murphy",
              "Padraig", "Grainne Kelly", "Cathal Ryan", "Niamh", "fionn o'brien"]  # fmt: skip


def test_a_collected_by_column_of_names_among_self_words_is_a_name_column():
    cells = [v for pair in zip(_RELATIVES, ["self"] * 12, strict=True) for v in pair] + ["Self"] * 6
    df = pd.DataFrame({"c010": cells, "c011": ["KB"] * len(cells)})
    found = self_word_names(df, infer_schema(df).columns, {}, ReplacePiiParameters())
    assert list(found) == ["c010"] and found["c010"].entity == "name"


def test_a_category_with_a_self_level_is_not_a_name_column():
    cells = ["self", "courier", "post", "self", "locker", "courier", "post", "van", "self", "depot"] * 3
    df = pd.DataFrame({"c010": cells})
    assert self_word_names(df, infer_schema(df).columns, {}, ReplacePiiParameters()) == {}
