"""Countries writing a column's language, and plans Faker has no locale of, in the phone column's country."""

from __future__ import annotations

from safe_synthesizer.pii.column_phone_language import language_regions, phone_locale, plan_only_regions


def test_language_regions_spanish_has_ecuador_not_spain_itself() -> None:
    regions = language_regions("ES")
    assert "EC" in regions and "CR" in regions and "ES" not in regions
    assert "MX" not in regions  # commonly seen: tried already, in its usual place


def test_language_regions_keep_their_order_faker_locale_or_not() -> None:
    regions = language_regions("SA")
    assert regions.index("BH") < regions.index("QA")


def test_language_regions_english_names_none() -> None:
    assert language_regions("US") == ()


def test_plan_only_regions_are_countries_faker_lacks() -> None:
    regions = plan_only_regions()
    assert {"EC", "SN", "MZ"} <= set(regions)
    assert "DE" not in regions and "ZZ" not in regions


def test_phone_locale_names_a_country_faker_lacks() -> None:
    assert phone_locale("EC", "es_ES") == "es_EC"
    assert phone_locale("CH", "fr_FR") == "fr_CH"
    assert phone_locale("SN", None) == "en_SN"
