"""Numbers of held-out set 22: national ids, IBANs, cards and phones (valid), and look-alike numbers.

National ids are filled from a pattern per locale (digits, letters and parts of the row's birth date) and kept
only when python-stdnum's ``is_valid`` accepts them (the check digits are found by drawing again), or, where
stdnum has no module, by the rule written here (UK NI number). A locale without a pattern here has no id column
and its notes name a card instead. IBANs are drawn from stdnum's registry of BBAN layouts and kept when stdnum
validates them; cards pass Luhn; phones are drawn from the region's ``phonenumbers`` example and kept when valid.

Look-alikes (no personal data): meter-point numbers, parcel tracking ids, GS1 SSCC serials, piano serials,
flight slots, lot numbers, and numbers with a phone's digit count.
"""

# ruff: noqa: E501  (data lines: word lists and templates read better unbroken)

from __future__ import annotations

import datetime as dt
import importlib
import random
import re
import string
from collections.abc import Callable

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn, numdb

_D, _U = string.digits, string.ascii_uppercase
# Pattern tokens: 9 a digit, A a letter, X a digit or letter, {dd} {mm} {yy} {yyyy} the birth date, else literal.
ID_PATTERNS = {
    "en_US": ("us.ssn", "999-99-9999", "SSN"),
    "de_DE": ("de.idnr", "99 999 999 999", "Steuer-ID"),
    "fr_FR": ("fr.nir", "{s} {yy} {mm} 99 999 999 99", "N° sécu"),
    "es_ES": ("es.dni", "99999999A", "DNI"),
    "it_IT": ("it.codicefiscale", "AAAAAA{yy}A{dd}A999A", "Cod. fiscale"),
    "nl_NL": ("nl.bsn", "999999999", "BSN"),
    "sv_SE": ("se.personnummer", "{yyyy}{mm}{dd}-9999", "Personnr"),
    "sv_FI": ("fi.hetu", "{dd}{mm}{yy}-999X", "Personbeteckning"),
    "fi_FI": ("fi.hetu", "{dd}{mm}{yy}-999X", "Henkilötunnus"),
    "pl_PL": ("pl.pesel", "{yy}{mm}{dd}99999", "PESEL"),
    "pt_PT": ("pt.nif", "{nif}99999999", "NIF"),
    "da_DK": ("dk.cpr", "{dd}{mm}{yy}-9999", "CPR"),
    "no_NO": ("no.fodselsnummer", "{dd}{mm}{yy}99999", "Fødselsnr"),
    "de_AT": ("at.vnr", "9999 {dd}{mm}{yy}", "SV-Nr"),
    "fr_CH": ("ch.ssn", "756.9999.9999.99", "No AVS"),
    "de_CH": ("ch.ssn", "756.9999.9999.99", "AHV-Nr"),
    "it_CH": ("ch.ssn", "756.9999.9999.99", "N. AVS"),
    "en_CA": ("ca.sin", "{sin}99 999 999", "SIN"),
    "fr_CA": ("ca.sin", "{sin}99 999 999", "NAS"),
    "pt_BR": ("br.cpf", "999.999.999-99", "CPF"),
    "cs_CZ": ("cz.rc", "{yy}{mm}{dd}/9999", "Rodné číslo"),
    "sk_SK": ("sk.rc", "{yy}{mm}{dd}/9999", "Rodné číslo"),
    "tr_TR": ("tr.tckimlik", "{nz}9999999999", "T.C. Kimlik No"),
    "ro_RO": ("ro.cnp", "{ro}{yy}{mm}{dd}999999", "CNP"),
    "ro_MD": ("md.idno", "2{nz}99999999999", "IDNP"),
    "hr_HR": ("hr.oib", "{nz}9999999999", "OIB"),
    "bs_BA": ("ba.jmbg", "{dd}{mm}{y3}179999", "JMBG"),
    "sl_SI": ("si.emso", "{dd}{mm}{y3}509999", "EMŠO"),
    "bg_BG": ("bg.egn", "{yy}{mm}{dd}9999", "ЕГН"),
    "lt_LT": ("lt.asmens", "{lt}{yy}{mm}{dd}9999", "Asmens kodas"),
    "ee_EE": ("ee.ik", "{lt}{yy}{mm}{dd}9999", "Isikukood"),
    "et_EE": ("ee.ik", "{lt}{yy}{mm}{dd}9999", "Isikukood"),
    "en_IE": ("ie.pps", "9999999A", "PPSN"),
    "nl_BE": ("be.nn", "{yy}.{mm}.{dd}-999.99", "Rijksregisternr"),
    "fr_BE": ("be.nn", "{yy}.{mm}.{dd}-999.99", "N° national"),
    "en_IN": ("in_.aadhaar", "{aa}999 9999 9999", "Aadhaar"),
    "en_AU": ("au.tfn", "999 999 999", "TFN"),
    "en_NZ": ("nz.ird", "{nz}99-999-999", "IRD"),
    "el_GR": ("gr.amka", "{dd}{mm}{yy}99999", "ΑΜΚΑ"),
    "el_CY": ("cy.vat", "{cy}9999999A", "ΑΦΤ"),
    "is_IS": ("is_.kennitala", "{dd}{mm}{yy}-99{cent}", "Kennitala"),
    "zh_CN": ("cn.ric", "110105{yyyy}{mm}{dd}999X", "身份证号"),
    "uk_UA": ("ua.rntrc", "{nz}999999999", "РНОКПП"),
    "ru_RU": ("ru.inn", "779999999999", "ИНН"),
    "es_CO": ("co.nit", "{nz}99999999", "NIT"),
    "es_CL": ("cl.rut", "{nz}9.999.999-X", "RUT"),
    "es_AR": ("ar.dni", "{nz}9.999.999", "DNI"),
    "es_MX": ("mx.rfc", "AAAA{yy}{mm}{dd}XXX", "RFC"),
    "es_EC": ("ec.ci", "{ec}99999999", "Cédula"),
    "es_DO": ("do.cedula", "{nz}99-9999999-9", "Cédula"),
    "es_CR": ("cr.cpf", "{nz}-9999-9999", "Cédula"),
    "es_UY": ("uy.rut", "21999999999{nz}", "RUT"),
    "es_PE": ("pe.cui", "99999999", "DNI"),
    "pt_MZ": ("mz.nuit", "{nz}99999999", "NUIT"),
    "he_IL": ("il.idnr", "99999999", "ת.ז."),
    "ko_KR": ("kr.rrn", "{yy}{mm}{dd}-{kr}999999", "주민등록번호"),
    "id_ID": ("id.nik", "3171{dd}{mm}{yy}9999", "NIK"),
    "th_TH": ("th.pin", "{nz}999999999999", "เลขประจำตัวประชาชน"),
    "mk_MK": ("mk.edb", "4{nz}99999999999", "ЕДБ"),
    "az_AZ": ("az.voen", "{nz}99999999", "VÖEN"),
    "ma_MA": ("ma.ice", "999999999999999", "ICE"),
    "en_ZA": ("za.idnr", "{yy}{mm}{dd}99990{nz}9", "ID number"),
    "en_GB": ("", "{nino}", "NI number"),
}
_NINO_1 = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_2 = "ABCEGHJKLMNPRSTWXYZ"
_GB_NINO = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D]")


def _validator(locale: str) -> Callable[[str], bool] | None:
    name = ID_PATTERNS[locale][0]
    if not name:
        return lambda v: bool(_GB_NINO.fullmatch(v))
    try:
        return importlib.import_module("stdnum." + name).is_valid
    except ImportError:
        return None


def _fill(pattern: str, rng: random.Random, dob: dt.date, female: bool) -> str:
    parts = {
        "dd": f"{dob.day:02d}", "mm": f"{dob.month:02d}", "yy": f"{dob.year % 100:02d}", "yyyy": str(dob.year),
        "y3": f"{dob.year % 1000:03d}", "s": "2" if female else "1", "nif": rng.choice("123"), "sin": rng.choice("1234567"),
        "nz": rng.choice("123456789"), "ro": ("6" if female else "5") if dob.year >= 2000 else ("2" if female else "1"),
        "lt": ("6" if female else "5") if dob.year >= 2000 else ("4" if female else "3"), "aa": rng.choice("23456789"),
        "cy": rng.choice("0019"), "cent": "0" if dob.year >= 2000 else "9", "ec": rng.choice(("17", "09", "01", "13")),
        "kr": ("4" if female else "3") if dob.year >= 2000 else ("2" if female else "1"),
        "nino": f"{rng.choice(_NINO_1)}{rng.choice(_NINO_2)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)} {rng.choice('ABCD')}",
    }  # fmt: skip
    text = re.sub(r"\{(\w+)\}", lambda m: parts[m.group(1)], pattern)
    out = []
    for ch in text:
        out.append(
            rng.choice(_D) if ch == "9" else rng.choice(_U) if ch == "A" else rng.choice(_D + _U) if ch == "X" else ch
        )
    return "".join(out)


def national_id(locale: str, rng: random.Random, dob: dt.date, female: bool) -> str | None:
    """A valid national id of ``locale`` built on the row's birth date, or None (no pattern / no validator)."""
    if locale not in ID_PATTERNS:
        return None
    valid = _validator(locale)
    if valid is None:
        return None
    pattern = ID_PATTERNS[locale][1]
    for _ in range(20000):
        value = _fill(pattern, rng, dob, female)
        try:
            if valid(value):
                return value
        except Exception:
            continue
    return None


def id_name(locale: str) -> str:
    """The id's own name in the country (``Steuer-ID``, ``BSN``, ``PESEL``)."""
    return ID_PATTERNS[locale][2] if locale in ID_PATTERNS else "ID"


_IBAN_DB = numdb.get("iban")


def _bban_spec(country: str) -> str | None:
    info = _IBAN_DB.info(country)
    return info[0][1].get("bban") if info and info[0][1] else None


def iban(country: str, rng: random.Random) -> str | None:
    """A valid IBAN of ``country`` in groups of four, or None where the country has none."""
    spec = _bban_spec(country)
    if not spec:
        return None
    for _ in range(2000):
        bban = ""
        for n, kind in re.findall(r"(\d+)!([nac])", spec):
            pool = _D if kind == "n" else _U if kind == "a" else _D + _U
            bban += "".join(rng.choice(pool) for _ in range(int(n)))
        value = country + std_iban.calc_check_digits(country + "00" + bban) + bban
        if std_iban.is_valid(value):
            return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return None


def has_iban(country: str) -> bool:
    """Whether stdnum knows the country's IBAN layout."""
    return bool(_bban_spec(country))


def card(rng: random.Random) -> str:
    """A Visa, Mastercard or Amex number passing Luhn, grouped as printed."""
    prefix, length = rng.choice((("4", 16), ("5" + rng.choice("12345"), 16), ("3" + rng.choice("47"), 15)))
    body = prefix + "".join(rng.choice(_D) for _ in range(length - len(prefix) - 1))
    full = body + luhn.calc_check_digit(body)
    if length == 15:
        return f"{full[:4]} {full[4:10]} {full[10:]}"
    return " ".join(full[i : i + 4] for i in range(0, 16, 4))


_FMT = phonenumbers.PhoneNumberFormat
_TYPE = phonenumbers.PhoneNumberType
_PERSONAL = (_TYPE.MOBILE, _TYPE.FIXED_LINE, _TYPE.FIXED_LINE_OR_MOBILE)


def phone_number(region: str, rng: random.Random, mobile: bool = True) -> phonenumbers.PhoneNumber | None:
    """A valid number of ``region`` (mobile or fixed line): the example number with its last digits drawn."""
    base = phonenumbers.example_number_for_type(region, _TYPE.MOBILE if mobile else _TYPE.FIXED_LINE)
    base = base or phonenumbers.example_number(region)
    if base is None:
        return None
    nsn = phonenumbers.national_significant_number(base)
    for keep in range(1, len(nsn) - 2):
        for _ in range(60):
            digits = nsn[:keep] + "".join(rng.choice(_D) for _ in range(len(nsn) - keep))
            n = phonenumbers.parse("+" + str(base.country_code) + digits)
            if (
                phonenumbers.is_valid_number(n)
                and phonenumbers.region_code_for_number(n) == region
                and phonenumbers.number_type(n) in _PERSONAL
            ):
                return n
    return base


LAYOUTS = ("national", "bare", "no_trunk", "intl_no_plus", "e164", "double_zero", "int_lost_zero", "float",
           "extension", "two", "dashes")  # fmt: skip


def write_phone(n: phonenumbers.PhoneNumber, layout: str, rng: random.Random, other=None) -> object:
    """``n`` as an export writes it in ``layout``; ``int_lost_zero`` and ``float`` give numbers (the column's
    dtype), ``two`` joins ``other`` with a slash."""
    national = phonenumbers.format_number(n, _FMT.NATIONAL)
    bare = re.sub(r"\D", "", national)
    nsn = phonenumbers.national_significant_number(n)
    cc = str(n.country_code)
    if layout == "bare":
        return bare
    if layout == "no_trunk":
        return nsn
    if layout == "intl_no_plus":
        return cc + " " + phonenumbers.format_number(n, _FMT.INTERNATIONAL).split(" ", 1)[1]
    if layout == "e164":
        return phonenumbers.format_number(n, _FMT.E164)
    if layout == "double_zero":
        return "00" + cc + " " + nsn
    if layout == "int_lost_zero":
        return int(bare)
    if layout == "float":
        return float(bare)
    if layout == "extension":
        return f"{national} ext. {rng.randint(10, 999)}"
    if layout == "two" and other is not None:
        return f"{national} / {phonenumbers.format_number(other, _FMT.NATIONAL)}"
    if layout == "dashes":
        return re.sub(r"[\s()]+", "-", national).strip("-")
    return national


def phone_text(value: object) -> str:
    """A phone cell as text (an integer or ``.0`` float column written as the export shows it)."""
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def meter_point(rng: random.Random) -> str:
    """A 10-11 digit gas/electricity meter-point number (MPRN): a phone's digit count, not a person."""
    return "".join(rng.choice(_D) for _ in range(rng.choice((10, 11))))


def tracking_id(rng: random.Random) -> str:
    """A parcel tracking id (``JD0002...``, ``1Z...``, an S10 ``RR123456785GB``)."""
    kind = rng.randrange(3)
    if kind == 0:
        return "JD" + "".join(rng.choice(_D) for _ in range(16))
    if kind == 1:
        return "1Z" + "".join(rng.choice(_D + _U) for _ in range(16))
    body = "".join(rng.choice(_D) for _ in range(8))
    weights = (8, 6, 4, 2, 3, 5, 9, 7)
    check = 11 - sum(int(a) * b for a, b in zip(body, weights, strict=True)) % 11
    check = 0 if check == 10 else 5 if check == 11 else check
    return f"R{rng.choice(_U)}{body}{check}{rng.choice(('GB', 'DE', 'FR', 'NL', 'ES'))}"


def sscc(rng: random.Random) -> str:
    """An 18-digit GS1 SSCC pallet serial with its mod-10 check digit."""
    body = "0" + "".join(rng.choice(_D) for _ in range(16))
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def digits_like_phone(rng: random.Random, n: int, lead: str = "") -> str:
    """A number with a phone's digit count (an order, docket or job number)."""
    return lead + "".join(rng.choice(_D) for _ in range(n - len(lead)))
