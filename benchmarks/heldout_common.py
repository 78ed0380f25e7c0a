"""What the tables of held-out sets 11-13 share: the phone/IBAN country of a locale, the python-stdnum
validator of each country's national id, own-rule checks for the ids stdnum lacks, and the split of a
note template into its own text.

Sets 11-13 were each written blind (by a helper that could not read the earlier sets), so each carried
its own copy of these; they live here once. Nothing here draws from a random generator, so moving a helper
here leaves every table byte for byte the same (session 28: the per-locale table SHA-256 the runners print
was identical before and after for every locale of sets 11, 12 and 13).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable

# The python-stdnum module (``stdnum.<name>``) that validates the national id each locale's tables use.
# en_GB (NI number) and hu_HU (TAJ) have no stdnum module: ``gb_nino_valid`` and ``hu_taj_valid``.
# es_AR uses two (CUIT with dashes, DNI with dots): ``id_validator`` picks by the value.
STDNUM_IDS = {
    "en_US": "us.ssn", "de_DE": "de.idnr", "fr_FR": "fr.nir", "es_ES": "es.dni", "it_IT": "it.codicefiscale",
    "nl_NL": "nl.bsn", "sv_SE": "se.personnummer", "pl_PL": "pl.pesel", "pt_PT": "pt.nif", "da_DK": "dk.cpr",
    "en_AU": "au.tfn", "de_AT": "at.vnr", "fr_CH": "ch.ssn", "de_CH": "ch.ssn", "en_IN": "in_.aadhaar",
    "en_CA": "ca.sin", "fr_CA": "ca.sin", "pt_BR": "br.cpf", "es_MX": "mx.curp", "cs_CZ": "cz.rc",
    "sk_SK": "sk.rc", "fi_FI": "fi.hetu", "tr_TR": "tr.tckimlik", "ja_JP": "jp.in_", "zh_CN": "cn.ric",
    "no_NO": "no.fodselsnummer", "ro_RO": "ro.cnp", "el_GR": "gr.amka", "hr_HR": "hr.oib",
    "lt_LT": "lt.asmens", "uk_UA": "ua.rntrc", "ru_RU": "ru.inn", "bg_BG": "bg.egn", "sl_SI": "si.emso",
    "en_IE": "ie.pps", "nl_BE": "be.nn", "fr_BE": "be.nn", "lv_LV": "lv.pvn", "es_CO": "co.nit",
    "en_NZ": "nz.ird", "et_EE": "ee.ik",
}  # fmt: skip

# HMRC's NI number: no D F I Q U V first, no D F I O Q U V second letter, 6 digits, suffix A-D.
_GB_NINO = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D]")
_PLACEHOLDER = re.compile(r"\{\w+\}")


def region(locale: str) -> str:
    """The country of a locale (``phonenumbers`` region, IBAN country): ``de_AT`` -> ``AT``."""
    return locale.split("_")[1]


def gb_nino_valid(value: str) -> bool:
    """A UK National Insurance number by HMRC's letter rules (stdnum has no module for it)."""
    return bool(_GB_NINO.fullmatch(value))


def hu_taj_valid(value: str) -> bool:
    """A Hungarian TAJ number (stdnum has no module for it): 9 digits, the last one the sum of the first
    eight weighted 3, 7, 3, 7, ... mod 10; spaces ignored."""
    d = value.replace(" ", "")
    if not re.fullmatch(r"\d{9}", d):
        return False
    return sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(d[:8])) % 10 == int(d[8])


def stdnum_module(locale: str):
    """The python-stdnum module validating the national id of ``locale`` (``STDNUM_IDS``)."""
    return importlib.import_module("stdnum." + STDNUM_IDS[locale])


def id_validator(locale: str) -> Callable[[str], bool]:
    """``is_valid`` of the national id of ``locale``: stdnum's, es_AR by the value's layout (CUIT
    ``20-12345678-3`` or DNI ``12.345.678``), en_GB and hu_HU by their own rules."""
    if locale == "en_GB":
        return gb_nino_valid
    if locale == "hu_HU":
        return hu_taj_valid
    if locale == "es_AR":
        from stdnum.ar import cuit, dni

        return lambda value: cuit.is_valid(value) if "-" in value else dni.is_valid(value)
    return stdnum_module(locale).is_valid


def template_parts(template: str) -> list[str]:
    """A note template's own text: the parts between its ``{placeholder}`` fields (empty parts kept)."""
    return _PLACEHOLDER.split(template)
