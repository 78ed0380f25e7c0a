"""Person columns told without a name list: the cell reader, the column judgement and its look-alikes."""

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_unlisted_people import name_words, unlisted_people_columns, unlisted_people_score

VENDA = ["given=Takalani; family=Mudau", "@mpho.munyai", "Livhuwani Mphephu", "Khathutshelo Mudau ✓",
         "given=Mpho; family=Mphephu", "@takalani.nethengwe", "Livhuwani Munyai", "Khathutshelo Nethengwe",
         "Mulalo Makhado", "given=Mulalo; family=Mudau", "Tshilidzi Makhado ✓", "Tshilidzi Munyai"]  # fmt: skip
SYLLABICS = ["ᐃᓕᓴᐱ ᐃᓱᓗᑕᖅ (ᐃᓕᓴᐱ's parent)", "ᐅᓘᑎ ᐊᑲᕙᒃ", "ᔪᓇ ᑭᓚᐳᒃ (ᐃᓄᒃ's parent)", "ᓴᓗᒥ ᐊᑲᕙᒃ", "ᓯᒥᐅᓂ ᐊᑲᕙᒃ",
             "ᐅᓘᑎ ᐃᐲᓕ", "ᓯᒥᐅᓂ ᓄᕙᓕᖓᖅ", "('ᔪᓇ ᐃᐲᓕ',)", "ᓴᓗᒥ ᓄᕙᓕᖓᖅ", "name=ᐃᓕᓴᐱ ᑭᓚᐳᒃ"]  # fmt: skip
MALAYALAM = ["കളരിക്കൽ ബിന്ദു", "കോയിക്കൽ അനിൽ (സുരേഷ്'s parent)", "രമ്യ രാജൻ", "കളരിക്കൽ രാജൻ", "രമ്യ ഷാജി",
             "('ദിവ്യ അനിൽ',)", "ദിവ്യ ഷാജി", "കോയിക്കൽ ബിന്ദു", "name=സുരേഷ് രാജൻ"]  # fmt: skip


def test_name_words_set_dress_aside_by_shape() -> None:
    assert name_words("[captain] Vicente Leon Guerrero") == ("Vicente", "Leon", "Guerrero")
    assert name_words("given=Mpho; family=Mudau") == ("Mpho", "Mudau")
    assert name_words("('ثنا کامران',)") == ("ثنا", "کامران")
    assert name_words("@takalani.mudau") == ("takalani", "mudau")
    assert name_words("Juan A. Santos ✓") == ("Juan", "Santos")
    assert name_words("കോയിക്കൽ അനിൽ (സുരേഷ്'s parent)") == ("കോയിക്കൽ", "അനിൽ")


def test_name_words_refuse_numbers_and_phrases() -> None:
    assert name_words("13/06/2017 [9 വയസ്സ്]") is None
    assert name_words("Rue 310, Porte 45") is None
    assert name_words("Rowan yarn for Kate") is None
    assert name_words("Elizabeth Zimmermann Baby Surprise Jacket") is None


def test_unlisted_names_any_script_read_as_people() -> None:
    for values in (VENDA, SYLLABICS, MALAYALAM):
        assert unlisted_people_score(values * 2) is not None


def test_things_named_like_people_are_not() -> None:
    horses = ["Red Rum", "Desert Orchid", "Mr Frisk", "Lady Jane", "Captain Jack", "Lady Penelope", "Jules Verne"]
    yarns = ["Rowan Felted Tweed", "Rowan Kidsilk Haze", "Debbie Bliss Rialto", "Debbie Bliss Cashmerino",
             "Kaffe Fassett Collective", "Rowan Alpaca Classic", "Drops Nepal", "Drops Alaska"]  # fmt: skip
    pools = ["Victoria Baths", "Jubilee Pool", "Ponds Forge", "Queen Mother Pool", "Tooting Pool", "Hampton Pool"]
    grid = [f"{c} {s}" for c in ("Red", "Blue", "Green", "Black") for s in ("Small", "Medium", "Large", "Xl")]
    streets = ["Chalan Santo Papa", "Chalan Kanton Tasi", "Chalan Palasyo", "Chalan Pale", "Chalan Lujana", "Route 16"]
    for values in (horses, yarns, pools, grid, streets):
        assert unlisted_people_score(values * 3) is None


def test_small_column_of_the_tables_people() -> None:
    kin = ["", "given=Mulalo; family=Makhado", "", "Takalani Mphephu"] * 3
    sides = ["Lord Nelson's Men", "Jack Frost", "Britannia Coconut Dancers", "Mulalo Morris"] * 3
    df = pd.DataFrame({"c000": VENDA, "c001": kin, "c002": sides})
    out = unlisted_people_columns(df, ["c000", "c001", "c002"], {})
    assert set(out) == {"c000", "c001"}
    assert out["c001"].method == "values+unlisted_people_table"
    found = {"c000": ColumnDetection("c000", "name", 0.9, 0.9, "values", 12, None, "")}
    assert set(unlisted_people_columns(df, ["c001", "c002"], found)) == {"c001"}
