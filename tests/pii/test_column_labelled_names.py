import pandas as pd

from safe_synthesizer.pii.column_labelled_names import labelled_name_columns, labelled_name_fakes
from safe_synthesizer.pii.fakes import FakeMapper


def _crm():
    return pd.DataFrame(
        {
            "c002": ["Ines", "Tomasz", "Ines", "Greta", "Yusuf"],
            "c003": ["Barros", "Nowak", "Barros", "Lund", "Demir"],
            "c009": ["Ines Barros Gift 2023-01-04", "Tomasz Nowak Gift 2024-11-30", "Ines Barros Gift 2025-02-14",
                     "Greta Lund Pledge 2022-07-01", "Yusuf Demir Gift 2021-03-09"],
            "c010": ["Spring appeal", "Gala 2024", "Spring appeal", "Gala 2024", "Web"],
        }
    )  # fmt: skip


def test_the_rows_name_beside_shared_label_words_is_a_name_column():
    found = labelled_name_columns(_crm(), ["c002", "c003", "c009", "c010"], {"c002": "first_name", "c003": "last_name"})
    assert list(found) == ["c009"] and found["c009"].entity == "name"


def test_nothing_without_the_rows_name_columns():
    assert labelled_name_columns(_crm(), ["c009"], {}) == {}


def test_the_fake_replaces_only_the_name_words():
    mapper = FakeMapper(["en_US"], seed=1)
    tokens = lambda e, vs: mapper._names.tokens(e, vs, "en_US")  # noqa: E731
    values = ["Ines Barros Gift 2023-01-04", "Tomasz Nowak Gift 2024-11-30", "Greta Lund Gift 2022-07-01",
              "Yusuf Demir Gift 2021-03-09", "Anna Berg Gift 2020-05-06"]  # fmt: skip
    fakes = labelled_name_fakes(values, tokens)
    assert fakes[values[0]].endswith(" Gift 2023-01-04") and "Barros" not in fakes[values[0]]
    assert fakes[values[0]].split()[1] == mapper.map_values("last_name", ["Barros"])["Barros"]
    household = labelled_name_fakes(
        ["Barros Household", "Nowak Household", "Lund Household", "Demir Household", "Berg Household"], tokens
    )
    assert household["Barros Household"] == f"{mapper.map_values('last_name', ['Barros'])['Barros']} Household"


def test_plain_name_columns_are_left_to_the_name_fakes():
    mapper = FakeMapper(["es_ES"], seed=1)
    tokens = lambda e, vs: mapper._names.tokens(e, vs, "es_ES")  # noqa: E731
    assert labelled_name_fakes(["María García", "María López", "María Pérez", "Ana Ruiz"], tokens) == {}


def test_particles_shared_by_the_names_are_no_label():
    mapper = FakeMapper(["nl_NL"], seed=1)
    tokens = lambda e, vs: mapper._names.tokens(e, vs, "nl_NL")  # noqa: E731
    assert labelled_name_fakes(["Jan van Dijk", "Sanne van Leeuwen", "Bram van Vliet", "Eva de Boer"], tokens) == {}


def test_a_surname_a_family_shares_is_no_label_word_of_the_fakes() -> None:
    from safe_synthesizer.pii.fakes import FakeMapper

    for names in (["Lubinda Zulu", "Chilufya Tembo", "Dodson Zulu"], ["Mwansa Phiri", "Kabwe Phiri", "Lubinda Phiri",
                                                                       "Ann Tembo"]):  # fmt: skip
        fakes = FakeMapper(["en_US"], seed=0).map_values("name", names)
        words = {w for n in names for w in n.split()}
        assert not any(w in fake.split() for fake in fakes.values() for w in words), fakes
