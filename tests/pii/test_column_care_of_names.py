import pandas as pd

from safe_synthesizer.pii.column_care_of_names import care_of_fakes, care_of_name_columns, split_care_of
from safe_synthesizer.pii.fakes import FakeMapper


def test_care_of_words_in_several_languages_before_a_person():
    assert split_care_of("c/o Miriam Okafor") == ("c/o ", "Miriam Okafor")
    assert split_care_of("C/O TOBIAS BRANDT") == ("C/O ", "TOBIAS BRANDT")
    assert split_care_of("z. Hd. Greta Voss") == ("z. Hd. ", "Greta Voss")
    assert split_care_of("chez Camille Girard")[1] == "Camille Girard"
    assert split_care_of("t.a.v. Femke de Wit")[1] == "Femke de Wit"


def test_streets_firms_places_and_lower_case_words_are_not_a_person():
    for value in ("c/o 4 Mill Lane", "c/o Nordwind GmbH", "presso Hotel Roma", "bei Bedarf anrufen", "Miriam Okafor"):
        assert split_care_of(value) is None, value


def test_a_sparse_care_of_column_is_a_name_column_hidden():
    df = pd.DataFrame({"c003": ["", None, "c/o Miriam Okafor", "", "c/o Tobias Brandt"] * 3, "c004": ["x"] * 15})
    found = care_of_name_columns(df, ["c003", "c004"], {})
    assert list(found) == ["c003"] and found["c003"].entity == "name"
    lone = pd.DataFrame({"c003": [None, "c/o Greta Voss", None]})
    assert list(care_of_name_columns(lone, ["c003"], {})) == ["c003"]


def test_a_column_of_notes_is_not_taken():
    df = pd.DataFrame({"c005": ["c/o Miriam Okafor", "call first", "leave at door", "fragile", "back gate"]})
    assert care_of_name_columns(df, ["c005"], {}) == {}


def test_the_fake_keeps_the_care_of_word():
    mapper = FakeMapper(["de_DE"], seed=2)
    fakes = care_of_fakes(["z. Hd. Greta Voss", "Greta Voss"], lambda vs: mapper.map_values("name", vs))
    assert list(fakes) == ["z. Hd. Greta Voss"]
    assert fakes["z. Hd. Greta Voss"] == "z. Hd. " + mapper.map_values("name", ["Greta Voss"])["Greta Voss"]
