"""A country named by phone columns alone, in a language no other column of the table writes, is doubted."""

from __future__ import annotations

from dataclasses import dataclass

from safe_synthesizer.pii.locale_anchor_support import phone_country_unsupported, supported_country_locale


@dataclass(frozen=True)
class _Plan:
    column: str
    entity: str
    locale: str | None


def test_bare_phones_valid_elsewhere_do_not_outvote_names_and_streets() -> None:
    # Moroccan-style mobiles valid in another plan, beside French streets and names of the country's own list.
    plans = [_Plan("tel", "phone_number", "fi_FI"), _Plan("nom", "name", "fr_DZ"), _Plan("adr", "address", "fr_FR"),
             _Plan("mail", "email", "fr_FR")]  # fmt: skip
    assert phone_country_unsupported(plans, "fi_FI")
    assert supported_country_locale(plans, "fi_FI") == "fr_DZ"  # names first on a tie
    mexican = [_Plan("cel", "phone_number", "en_US"), _Plan("nombre", "last_name", "es_MX"),
               _Plan("calle", "street_address", "es_MX"), _Plan("ciudad", "city", "es_ES")]  # fmt: skip
    assert supported_country_locale(mexican, "en_US") == "es_MX"


def test_a_country_some_column_writes_is_kept() -> None:
    # US phones beside English streets and Spanish names: the streets say English.
    plans = [_Plan("phone", "phone_number", "en_US"), _Plan("name", "name", "es_MX"),
             _Plan("street", "street_address", "en_US")]  # fmt: skip
    assert supported_country_locale(plans, "en_US") == "en_US"
    # Swiss phones beside German-Swiss streets (same language, other locale) and Italian names.
    swiss = [_Plan("tel", "phone_number", "de_CH"), _Plan("name", "name", "it_IT"), _Plan("adr", "address", "de_DE")]
    assert not phone_country_unsupported(swiss, "de_CH")


def test_other_anchors_and_thin_tables_keep_the_country() -> None:
    iban = [_Plan("tel", "phone_number", "sv_SE"), _Plan("iban", "iban", "sv_SE"), _Plan("name", "name", "fr_FR"),
            _Plan("adr", "address", "fr_FR")]  # fmt: skip
    assert not phone_country_unsupported(iban, "sv_SE")  # an IBAN names the country too
    one = [_Plan("tel", "phone_number", "sv_SE"), _Plan("name", "name", "fr_FR")]
    assert not phone_country_unsupported(one, "sv_SE")  # one language column is too little to doubt it
    none = [_Plan("tel", "phone_number", "sv_SE"), _Plan("name", "name", None), _Plan("adr", "address", None)]
    assert supported_country_locale(none, "sv_SE") == "sv_SE"
