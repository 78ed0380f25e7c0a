"""Bare-digit codes of a length the table's country never writes are no postcode (session 49)."""

import pandas as pd

from safe_synthesizer.pii.column_postcode_countries import fits_country_postcodes, fits_table_country


class _Det:
    def __init__(self, entity: str, locale: str | None) -> None:
        self.entity, self.locale, self.method, self.confidence = entity, locale, "values", 1.0


def test_four_digit_numbers_in_countries_without_four_digit_codes():
    ratings = ["1512", "2088", "1760", "1344", "1905", "987"]
    for region in ("GB", "IT", "KE", "CI", "CW", "US", "EC", "IN"):
        assert not fits_country_postcodes(ratings, region), region


def test_four_digit_countries_and_unknown_countries_keep_the_pair():
    codes = ["1010", "8020", "4600", "6020"]
    for region in ("AT", "CH", "DK", "NO", "AU", "ZA", "NL", "PT", None, "XX"):
        assert fits_country_postcodes(codes, region), region


def test_countries_own_layouts_fit():
    assert fits_country_postcodes(["20121", "00184", "80133"], "IT")
    assert fits_country_postcodes(["560001", "110001"], "IN")
    assert fits_country_postcodes(["SW1A 1AA", "M1 1AE"], "GB")  # not bare digits: not judged here
    assert fits_country_postcodes(["101", "600"], "IS")


def test_table_country_from_its_phones():
    found = {"tel": _Det("phone_number", "en_GB"), "mail": _Det("email", None), "x": None}
    assert not fits_table_country(pd.Series(["1512", "2088", "1760", "1344"]), found)
    assert fits_table_country(pd.Series(["1512", "2088"]), {"tel": _Det("phone_number", "de_AT")})


def test_dialled_phones_name_the_country_when_no_detection_does():
    # Kenyan mobiles, some dialled with 00254, some bare: the bare ones are valid in many countries, the dialled
    # ones say Kenya, whose postcodes are five digits.
    phones = ["0722 481 906", "00254733118204", "0711 902 337", "00254720556781", "0701 228 415", "0790 334 210"]
    df = pd.DataFrame({"score": ["1512", "2088", "1760", "1344", "1905", "1430"], "tel": phones})
    found = {"tel": _Det("phone_number", None)}
    assert not fits_table_country(df["score"], found, df)
    assert fits_table_country(pd.Series(["00100", "80100", "40100"]), found, df)


def test_bare_phones_of_many_countries_decide_nothing():
    df = pd.DataFrame({"n": ["1512", "2088", "1760"], "tel": ["0612345678", "0698765432", "0611223344"]})
    assert fits_table_country(df["n"], {"tel": _Det("phone_number", None)}, df)
