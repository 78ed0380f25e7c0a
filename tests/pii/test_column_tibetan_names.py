import pandas as pd

from safe_synthesizer.pii.column_tibetan_names import tibetan_name_columns
from safe_synthesizer.pii.text_name_tibetan import TIBETAN_NAME_ELEMENTS, is_tibetan, tibetan_name_pool


def test_a_column_of_tibetan_names_dense_or_mostly_empty():
    df = pd.DataFrame(
        {
            "Owner": ["ཚེ་རིང་བསོད་ནམས", "པད་མ་ཉི་མ", "དབྱངས་ཅན་ལྷ་མོ", "པད་མ་ཉི་མ", "རྡོ་རྗེ་བཀྲ་ཤིས"],
            "Keyholder": ["", "སྒྲོལ་མ", "", "ནོར་བུ", ""],
            "Berth": ["A1", "A2", "B3", "B4", "C5"],
        }
    )
    found = tibetan_name_columns(df, list(df.columns), {})
    assert sorted(found) == ["Keyholder", "Owner"]
    assert found["Owner"].entity == "name"


def test_places_days_and_decided_columns_are_left():
    df = pd.DataFrame(
        {
            "Town": ["ལྷ་ས", "གཞིས་ཀ་རྩེ", "ཉིང་ཁྲི", "ལྷ་ས"],
            "Day": ["གཟའ་ཉི་མ", "གཟའ་ཟླ་བ", "གཟའ་ལྷག་པ", "གཟའ་ཉི་མ"],
            "Owner": ["ཚེ་རིང", "པད་མ", "ཉི་མ", "ཀུན་དགའ"],
        }
    )
    assert tibetan_name_columns(df, list(df.columns), {"Owner": object()}) == {}


def test_the_fake_pool_is_tibetan_names():
    pool = tibetan_name_pool()
    assert len(pool) > len(TIBETAN_NAME_ELEMENTS)
    assert all(is_tibetan(p) for p in pool)
    assert pool == tuple(sorted(TIBETAN_NAME_ELEMENTS)) + pool[len(TIBETAN_NAME_ELEMENTS) :]
    assert not is_tibetan("Tashi")
