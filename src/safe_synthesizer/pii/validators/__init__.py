"""Value-level validators: does one string look like (and check out as) a given entity?

Every validator takes a stripped string and returns a bool, so the column detector can score a
sample of values. One module per concept; this package re-exports them all, so callers keep
writing ``from safe_synthesizer.pii import validators as V`` and ``V.is_iban(...)``:

- :mod:`.identifiers` — e-mail, URL, IP, card, IBAN, SSN, ISBN, cued ID codes (python-stdnum);
- :mod:`.national_ids` — national personal id numbers of many countries (python-stdnum);
- :mod:`.dates` — calendar dates;
- :mod:`.phones` — phone numbers and their regions (``phonenumbers``);
- :mod:`.names` — person names against the offline name lists;
- :mod:`.places` — postcodes, towns, regions, streets and whole addresses.
"""

from safe_synthesizer.pii.validators.dates import looks_like_date, parse_date, starts_with_date
from safe_synthesizer.pii.validators.identifiers import (
    is_credit_card,
    is_email,
    is_iban,
    is_iban_checksum,
    is_iban_shaped,
    is_id_code,
    is_ip_address,
    is_isbn,
    is_ssn,
    is_url,
)
from safe_synthesizer.pii.validators.names import (
    first_name_known,
    full_name_known,
    has_company_marker,
    is_full_name,
    is_known_first_name,
    is_known_last_name,
    is_name_shaped,
    is_name_shaped_any_case,
    is_surname_pair,
    last_name_known,
    name_words,
    opens_with_given_name,
)
from safe_synthesizer.pii.validators.national_ids import (
    column_id_schemes,
    is_national_id,
    national_id_scheme,
    national_id_share,
    text_national_id,
)
from safe_synthesizer.pii.validators.phones import (
    PHONE_REGIONS,
    column_phone_region,
    dialled_regions,
    is_phone_any,
    is_phone_number,
    national_region_elsewhere,
    one_layout_many_countries,
    phone_regions,
)
from safe_synthesizer.pii.validators.places import (
    has_place_marker,
    is_address_any,
    is_full_address,
    is_listed_city,
    is_listed_region,
    is_place_shaped,
    is_postcode,
    is_state,
    is_street_address,
    is_street_any,
    postcode_locales,
    street_locales,
)

__all__ = [
    "PHONE_REGIONS",
    "column_id_schemes",
    "column_phone_region",
    "dialled_regions",
    "first_name_known",
    "full_name_known",
    "has_company_marker",
    "has_place_marker",
    "is_address_any",
    "is_credit_card",
    "is_email",
    "is_full_address",
    "is_full_name",
    "is_iban",
    "is_iban_checksum",
    "is_iban_shaped",
    "is_id_code",
    "is_ip_address",
    "is_isbn",
    "is_known_first_name",
    "is_known_last_name",
    "is_listed_city",
    "is_listed_region",
    "is_name_shaped",
    "is_name_shaped_any_case",
    "is_national_id",
    "is_phone_any",
    "is_phone_number",
    "is_place_shaped",
    "is_postcode",
    "is_ssn",
    "is_state",
    "is_street_address",
    "is_street_any",
    "is_surname_pair",
    "is_url",
    "last_name_known",
    "looks_like_date",
    "name_words",
    "national_id_scheme",
    "national_id_share",
    "national_region_elsewhere",
    "one_layout_many_countries",
    "opens_with_given_name",
    "parse_date",
    "phone_regions",
    "postcode_locales",
    "starts_with_date",
    "street_locales",
    "text_national_id",
]
