"""Postcode checks: the layouts of many countries, alone or with their country letters (``SW1A 1AA``, ``H-7311``).

Split from :mod:`.places` (one concept a module); :mod:`.places` re-exports every name.

Example::

    postcode_locales("SW1A 1AA")  # ("en_GB",)
    is_postcode("75008", cued=True)  # True
"""

from __future__ import annotations

import re

from safe_synthesizer.pii.validators.japanese import JA_POSTCODE

_ZIP = re.compile(r"^\d{5}(-\d{4})?$")
_ZIP4 = re.compile(r"^\d{5}-\d{4}$")
_POSTCODE = re.compile(r"^(?=.*\d)[A-Za-z0-9]{2,5}(?:[ \-][A-Za-z0-9]{2,4})?$|^\d{6}$|^\d{5}-?\d{3}$")
# The country letters of European mail before a postcode: "H-7311", "A-1010", "D-10115", "CH-8001".
_LETTERED_POSTCODE = re.compile(r"^(?:[A-Z]{1,2}|CH)-\d{4,5}$")
# Royal Mail: the inward code ends in two letters other than C, I, K, M, O, V.
_UK_POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}$", re.IGNORECASE)
# Postcodes of other layouts inside an address: Polish 00-950, Brazilian 01310-100 / 01310100,
# Indian 110001, Swedish/Czech 114 55, Japanese 100-0001.
_OTHER_POSTCODE = re.compile(r"\b(?:\d{2}-\d{3}|\d{5}-?\d{3}|\d{6}|\d{3} \d{2}|\d{3}-\d{4})\b")
_PL_POSTCODE = re.compile(r"^\d{2}-\d{3}$")
_BR_POSTCODE = re.compile(r"^\d{5}-\d{3}$")
_PT_POSTCODE = re.compile(r"^\d{4}-\d{3}$")  # Portuguese "1391-500"
_SPACED_POSTCODE = re.compile(r"^\d{3} \d{2}$")
# Greek postcodes behind their abbreviation ``ΤΚ`` / ``Τ.Κ.`` (ταχυδρομικός κώδικας): ``ΤΚ 075 98``.
_GR_POSTCODE = re.compile(r"^Τ\.?\s?Κ\.?\s*\d{3} ?\d{2}$")
_NL_POSTCODE = re.compile(r"^\d{4} ?[A-Z]{2}$", re.IGNORECASE)
_FIVE = re.compile(r"^\d{5}$")
# Canadian "K1A 0B1" (no D, F, I, O, Q, U; no W or Z first).
_CA_POSTCODE = re.compile(r"^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$", re.IGNORECASE)
_UK_POSTCODE_ANYWHERE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")


def is_postcode(value: str, *, cued: bool = False) -> bool:
    """ZIP+4 (``12345-6789``) alone; with a cue also 5-digit ZIPs and other national layouts."""
    if _ZIP4.match(value):
        return True
    if not cued:
        return False
    return bool(
        _ZIP.match(value) or _UK_POSTCODE.match(value) or _POSTCODE.match(value) or _LETTERED_POSTCODE.match(value)
    )


def postcode_locales(value: str) -> tuple[str, ...]:
    """Locales whose postcode layout ``value`` has (``"SW1A 1AA"`` -> ``("en_GB",)``)."""
    if _ZIP4.match(value):
        return ("en_US",)
    if _UK_POSTCODE.match(value):
        return ("en_GB",)
    if _NL_POSTCODE.match(value):
        return ("nl_NL",)
    if _CA_POSTCODE.match(value):
        return ("en_CA",)
    if JA_POSTCODE.match(value):
        return ("ja_JP",)
    if _FIVE.match(value):
        return ("en_US", "de_DE", "fr_FR", "es_ES", "it_IT")
    if _PL_POSTCODE.match(value):
        return ("pl_PL",)
    if _BR_POSTCODE.match(value):
        return ("pt_BR",)
    if _PT_POSTCODE.match(value):
        return ("pt_PT",)
    if _SPACED_POSTCODE.match(value):
        return ("sv_SE", "cs_CZ", "el_GR")
    if _GR_POSTCODE.match(value):
        return ("el_GR",)
    if (m := _COUNTRY_POSTCODE.match(value)) and len(m.group(2)) == _COUNTRY_POSTCODE_WIDTH[m.group(1)]:
        return (_COUNTRY_POSTCODE_LOCALES[m.group(1)],)
    if _EIRCODE.match(value):
        return ("en_IE",)
    if _AZ_POSTCODE.match(value):
        return ("az_AZ",)
    return ()


# Ireland's Eircode: a routing key (letter and two digits, or ``D6W``) and four characters of its own
# alphabet, which leaves out the letters that read as digits or words (B G I J L M O Q S U Z): ``A65 F4A7``.
# A letter among the four: ``A12 3456`` is as likely a part number (an Eircode of four digits is 1 in 40).
_EIRCODE = re.compile(r"^(?:[ACDEFHKNPRTVWXY]\d{2}|D6W)\s{0,2}(?=[0-9]*[ACDEFHKNPRTVWXY])[0-9ACDEFHKNPRTVWXY]{4}$")
# Azerbaijan writes its four-digit postcodes after the country letters: ``AZ1000``, ``AZ 5600``.
_AZ_POSTCODE = re.compile(r"^AZ\s?\d{4}$")


# Postcodes written with their country letters, whose width is the country's (``LT-01234``, ``H-1636``).
_COUNTRY_POSTCODE = re.compile(r"^(LT|LV|H|HR|SK|CZ|CH|A|D|PL|SI|EE|RO|BG|FIN|DK|N|S)-(\d{4,6})$")
_COUNTRY_POSTCODE_LOCALES = {
    "LT": "lt_LT", "LV": "lv_LV", "H": "hu_HU", "HR": "hr_HR", "SK": "sk_SK", "CZ": "cs_CZ", "CH": "de_CH",
    "A": "de_AT", "D": "de_DE", "PL": "pl_PL", "SI": "sl_SI", "EE": "et_EE", "RO": "ro_RO", "BG": "bg_BG",
    "FIN": "fi_FI", "DK": "da_DK", "N": "no_NO", "S": "sv_SE",
}  # fmt: skip
_COUNTRY_POSTCODE_WIDTH = {"LT": 5, "LV": 4, "H": 4, "HR": 5, "SK": 5, "CZ": 5, "CH": 4, "A": 4, "D": 5, "PL": 5,
                           "SI": 4, "EE": 5, "RO": 6, "BG": 4, "FIN": 5, "DK": 4, "N": 4, "S": 5}  # fmt: skip
