"""Country locales in the table's language, and fakes of locales Faker ships no provider for."""

from __future__ import annotations

from dataclasses import dataclass

from safe_synthesizer.pii.column_locale import table_country_locale
from safe_synthesizer.pii.fake_pools import pool
from safe_synthesizer.pii.locale_fallback import provider_locale
from safe_synthesizer.pii.locales import country_locale


@dataclass(frozen=True)
class _Plan:
    column: str
    entity: str
    locale: str | None


def test_country_locale_in_the_names_language():
    assert country_locale("CH", "it") == "it_CH"
    assert country_locale("BE", "fr") == "fr_BE"
    assert country_locale("BE", "nl") == "nl_BE"
    assert country_locale("US", "es") == "en_US"  # Faker has no Spanish US locale: the country's own
    assert country_locale("UK") == "en_GB"


def test_countries_faker_names_without_our_lists():
    # Nigerian, Vietnamese, Maltese, Venezuelan numbers and IBANs named no locale before.
    assert country_locale("NG") == "en_NG"
    assert country_locale("VN") == "vi_VN"
    assert country_locale("MT") == "mt_MT"
    assert country_locale("VE") == "es_VE"


def test_swiss_phones_beside_italian_names_are_ticino():
    plans = [
        _Plan("tel", "phone_number", "de_CH"),
        _Plan("iban", "iban", "de_CH"),
        _Plan("nome", "name", "it_IT"),
        _Plan("cognome", "last_name", "it_IT"),
    ]
    assert table_country_locale(plans) == "it_CH"  # was de_CH: German-Swiss towns for a Ticino table


def test_belgian_phones_beside_french_names_are_wallonia():
    plans = [_Plan("gsm", "phone_number", "nl_BE"), _Plan("nom", "name", "fr_FR"), _Plan("cp", "postcode", "nl_BE")]
    assert table_country_locale(plans) == "fr_BE"


def test_first_seven_country_unchanged():
    plans = [_Plan("phone", "phone_number", "en_US"), _Plan("name", "name", "es_ES"), _Plan("zip", "postcode", "en_US")]
    assert table_country_locale(plans) == "en_US"


def test_provider_locale_by_kind():
    assert provider_locale("it_CH", "last_name") == "it_IT"  # language first for names and streets
    assert provider_locale("fr_BE", "street_name") == "fr_FR"
    assert provider_locale("fr_BE", "postcode") == "nl_BE"  # country only for towns and postcodes
    assert provider_locale("es_VE", "city") is None  # Colombian towns are no Venezuelan fakes
    assert provider_locale("de_DE", "city") == "de_DE"


def test_ticino_names_are_italian_not_english():
    # Faker it_CH has no person provider and wrote en_US names (``Ryan Gallagher``).
    italian_last = {str(w).lower() for w in pool(("it_IT",), 0, "last_name")}
    english_last = {str(w).lower() for w in pool(("en_US",), 0, "last_name")}
    fakes = [str(f).lower() for f in pool(("it_CH",), 0, "last_name")]
    assert sum(f in italian_last for f in fakes) >= 0.9 * len(fakes)
    assert sum(f in english_last for f in fakes) < 0.1 * len(fakes)


def test_countries_without_a_faker_locale_take_the_nearest_real_one():
    from safe_synthesizer.pii.locale_fallback import nearest_locale, writes_language

    # Whatever language a table's names voted, the country's fakes are of a locale near it in language and region.
    assert provider_locale("ro_PG", "street_address") == "en_AU"  # PNG names read as Romanian
    assert provider_locale("en_SB", "city") == "en_AU"
    assert provider_locale("is_AW", "city") == "nl_NL"  # Aruban names read as Icelandic
    assert provider_locale("pap_CW", "street_name") == "nl_NL"
    assert provider_locale("fr_SN", "street_address") == "fr_FR"
    assert provider_locale("en_WS", "city") == "en_NZ"
    assert provider_locale("pt_MZ", "street_address") == "pt_PT"
    assert provider_locale("en_PG", "last_name") == "en_US"  # en_AU writes no names of its own: its language's
    assert provider_locale("hu_KW", "city") == "ar_SA"
    assert provider_locale("en_CM", "street_address") == "en_GB" and provider_locale("fr_CM", "city") == "fr_FR"
    assert provider_locale("fr_PG", "phone_number") is None  # a phone fake dials its own country
    # Countries Faker has are left as they were.
    assert provider_locale("es_VE", "city") is None and provider_locale("fr_DZ", "city") == "fr_DZ"
    assert nearest_locale("DE") is None and nearest_locale("PG", ["ro", "en"]) == "en_AU"
    assert nearest_locale("CM", ["en"]) == "en_GB" and nearest_locale("cm") == "fr_FR"
    assert not writes_language("PG", "ro_RO") and writes_language("PG", "en_US")
    assert writes_language("DE", "tr_TR") and writes_language("AW", None)


def test_pools_of_such_countries_write_the_nearest_language():
    dutch = {str(v) for v in pool(("nl_NL",), 0, "street_name")}
    fakes = [str(v) for v in pool(("is_AW",), 0, "street_name")]
    assert fakes and all(f in dutch for f in fakes)
    icelandic = {str(v) for v in pool(("is_IS",), 0, "street_name")}
    assert not any(f in icelandic for f in fakes)


def test_bare_phones_of_another_language_do_not_name_the_country() -> None:
    plans = [
        _Plan("tel", "phone_number", "sv_SE"),
        _Plan("nom", "name", "fr_DZ"),
        _Plan("co", "name", "fr_DZ"),
        _Plan("adr", "address", "fr_FR"),
        _Plan("mail", "email", "fr_FR"),
    ]
    assert table_country_locale(plans) == "fr_DZ"
