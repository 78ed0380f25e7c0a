import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_foreign_postcodes import foreign_prefix, foreign_prefix_postcode_columns


def _det(column: str, entity: str, locale: str | None) -> ColumnDetection:
    return ColumnDetection(column, entity, 0.9, 1.0, "values", 20, locale)


def test_foreign_prefix_reads_one_country_letters():
    assert foreign_prefix(["S-49833", "S-72741", "S-50741", "S-11425", "S-29164"]) == "SE"
    assert foreign_prefix(["D-10115", "D-80331", "D-50667", "D-20095", "D-60311"]) == "DE"
    assert foreign_prefix(["49833", "72741", "50741", "11425", "29164"]) is None
    assert foreign_prefix(["S-49833", "S-72741"]) is None  # too few to tell


def test_session_ids_in_an_italian_table_are_no_postcodes_own_letters_kept():
    df = pd.DataFrame(
        {
            "Session ID": ["S-48386", "S-78002", "S-36689", "S-12535", "S-35857", "S-71997"],
            "CAP": ["D-10115", "D-80331", "D-50667", "D-20095", "D-60311", "D-01067"],
            "phone": ["+39 312 466 6242"] * 6,
            "phone2": ["+39 322 375 7658"] * 6,
        }
    )
    found = {
        "Session ID": _det("Session ID", "postcode", "sv_SE"),
        "CAP": _det("CAP", "postcode", "de_DE"),
        "phone": _det("phone", "phone_number", "it_IT"),
        "phone2": _det("phone2", "phone_number", "it_IT"),
    }
    # Both foreign to an Italian table, but a header naming a postcode keeps its column (foreign guests' homes).
    assert foreign_prefix_postcode_columns(df, found) == ["Session ID"]
    hidden = df.rename(columns={"CAP": "c001"})
    found_hidden = {("c001" if k == "CAP" else k): v for k, v in found.items()}
    assert foreign_prefix_postcode_columns(hidden, found_hidden) == ["Session ID", "c001"]
    german = {
        **found,
        "phone": _det("phone", "phone_number", "de_DE"),
        "phone2": _det("phone2", "phone_number", "de_DE"),
    }
    assert foreign_prefix_postcode_columns(df, german) == ["Session ID"]  # a German table keeps its D- postcodes


def test_a_table_of_no_known_country_keeps_its_postcodes():
    df = pd.DataFrame({"code": ["S-48386", "S-78002", "S-36689", "S-12535", "S-35857"]})
    assert foreign_prefix_postcode_columns(df, {"code": _det("code", "postcode", "sv_SE")}) == []
    palau = {"code": _det("code", "postcode", "sv_SE"), "tel": _det("tel", "phone_number", None)}
    dialled = df.assign(tel=["+680 775 1234", "+680 488 2211", "+680 779 0000", "775 1234", "+680 775 9876"])
    assert foreign_prefix_postcode_columns(dialled, palau) == ["code"]  # no locale, but Palau's phones
    swedes = df.assign(
        tel=["+46 8 123 456 78", "+46 70 123 45 67", "+46 8 765 432 10", "08-123 456", "+46 31 12 34 56"]
    )
    assert foreign_prefix_postcode_columns(swedes, palau) == []
    swedish = {"code": _det("code", "postcode", "sv_SE"), "tel": _det("tel", "phone_number", "sv_SE")}
    assert foreign_prefix_postcode_columns(df, swedish) == []
