"""A table's locale is not decided by numbers that are valid in many countries.

A Slovak table's bare Bratislava numbers (``02 214 555 62``) were tried only in the regions of a short
list, which held Taiwan but not Slovakia: the phone column voted zh_TW and the whole table got
Taiwanese names and towns. Icelandic 7-digit numbers voted de_DE the same way. And a few Philippine
TINs that happen to pass a Japanese check digit made a Filipino table Japanese.
"""

from __future__ import annotations

from safe_synthesizer.pii.column_locale import guess_column_locale

BRATISLAVA = ["02 214 555 62", "02 212 416 84", "02 211 262 34", "02 213 118 90", "0905 123 456", "0917 234 567",
              "0944 552 118", "02 215 771 03"]  # fmt: skip
ICELAND = ["6186699", "6116010", "6133708", "5512345"]
# Philippine TINs; the first two pass the Japanese My Number check digit by chance.
TINS = ["129-040-479-000", "526-678-698-000", "907-483-378-000", "876-232-860-000", "273-464-686-000",
        "958-969-350-000", "944-117-715-000", "162-046-610-000", "990-695-848-000", "304-011-980-000"]  # fmt: skip


def test_bare_slovak_numbers_do_not_vote_taiwan() -> None:
    locale, _ = guess_column_locale("phone_number", BRATISLAVA)
    assert locale in (None, "sk_SK")


def test_icelandic_numbers_do_not_vote_germany() -> None:
    locale, _ = guess_column_locale("phone_number", ICELAND)
    assert locale in (None, "is_IS")


def test_an_id_scheme_few_values_pass_names_no_country() -> None:
    assert guess_column_locale("national_id", TINS)[0] is None


def test_an_id_scheme_most_values_pass_still_names_its_country() -> None:
    assert guess_column_locale("iban", ["SK3112000000198742637541", "SK8975000000000012345671"])[0] == "sk_SK"
    assert guess_column_locale("national_id", ["10000000764", "10000001440", "10000002126"])[0] == "tr_TR"
