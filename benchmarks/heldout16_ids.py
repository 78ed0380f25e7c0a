"""Identifiers of held-out set 16: national ids with check digits, IBANs, cards and phones, per locale.

Every value is drawn from the table's own ``random.Random`` (never the clock) and checked before use:
national ids with python-stdnum (``heldout_common.id_validator``) where it has the country's module, or by
the country's own documented rule below (``OWN_RULES``) where it has not; IBANs with ``stdnum.iban``
(national BBAN checks included); cards by Luhn; phones with ``phonenumbers`` (valid for the locale's own
country). Ids that embed a birth date are built from the row's birth date.

The generator is a small pattern language: ``{d4}`` four random digits, ``{L}`` a random capital, ``{yy}``
``{yyyy}`` ``{mm}`` ``{dd}`` parts of the birth date, plus a few country parts (``{pl_mm}`` the PESEL month
with its century offset...). A candidate is drawn until it validates (rejection keeps the check digits
honest without re-implementing every country's algorithm).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import string
from collections.abc import Callable

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn, numdb, verhoeff

from heldout_common import STDNUM_IDS, id_validator, region

# Per locale: the id's pattern (a tuple draws one of several layouts) and, in the column word list of
# ``heldout16_language``, its local name.
ID_PATTERNS: dict[str, str | tuple[str, ...]] = {
    "en_US": ("{d3}-{d2}-{d4}",),
    "en_GB": "{nino}",
    "de_DE": "{d11}",
    "fr_FR": "{sex}{yy}{mm}{d5}{d3}{d2}",
    "es_ES": "{d8}{L}",
    "it_IT": "{cf}",
    "nl_NL": "{d9}",
    "sv_SE": "{yy}{mm}{dd}-{d4}",
    "pl_PL": "{yy}{pl_mm}{dd}{d5}",
    "pt_PT": "{p123}{d8}",
    "da_DK": "{dd}{mm}{yy}-{d4}",
    "en_AU": "{d3} {d3} {d3}",
    "de_AT": "{nz1}{d3} {dd}{mm}{yy}",
    "fr_CH": "756.{d4}.{d4}.{d2}",
    "de_CH": "756.{d4}.{d4}.{d2}",
    "it_CH": "756.{d4}.{d4}.{d2}",
    "en_IN": "{p29}{d3} {d4} {d4}",
    "en_CA": "{p1_7}{d2} {d3} {d3}",
    "fr_CA": "{p1_7}{d2} {d3} {d3}",
    "pt_BR": "{d3}.{d3}.{d3}-{d2}",
    "es_MX": "{curp}",
    "cs_CZ": "{yy}{cz_mm}{dd}/{d4}",
    "sk_SK": "{yy}{cz_mm}{dd}/{d4}",
    "fi_FI": "{dd}{mm}{yy}{fi_c}{d3}{fi_x}",
    "tr_TR": "{nz1}{d10}",
    "ja_JP": "{d4} {d4} {d4}",
    "zh_CN": "{cn_reg}{yyyy}{mm}{dd}{d3}{cn_x}",
    "no_NO": "{dd}{mm}{yy}{no_ind}{d2}",
    "ro_RO": "{ro_s}{yy}{mm}{dd}{ro_j}{d3}{d1}",
    "el_GR": "{dd}{mm}{yy}{d5}",
    "hu_HU": "{d3} {d3} {d3}",
    "hr_HR": "{nz1}{d10}",
    "lt_LT": "{lt_s}{yy}{mm}{dd}{d4}",
    "uk_UA": "{ua_days}{d5}",
    "ru_RU": "77{d10}",
    "bg_BG": "{yy}{bg_mm}{dd}{d4}",
    "sl_SI": "{dd}{mm}{yyy}50{d4}",
    "en_IE": "{d7}{L}",
    "nl_BE": "{yy}.{mm}.{dd}-{d3}.{d2}",
    "fr_BE": "{yy}.{mm}.{dd}-{d3}.{d2}",
    "lv_LV": "{dd}{mm}{yy}-{lv_c}{d4}",
    "es_AR": ("{d2}.{d3}.{d3}", "{ar_p}-{d8}-{d1}"),
    "es_CO": "{nz1}{d2}.{d3}.{d3}-{d1}",
    "en_NZ": "{d3}-{d3}-{d3}",
    "et_EE": "{lt_s}{yy}{mm}{dd}{d4}",
    "es_CL": "{nz1}{d1}.{d3}.{d3}-{cl_c}",
    "en_PH": "{nz1}{d2}-{d3}-{d3}-000",
    "de_LU": "{lu}",
    "is_IS": "{dd}{mm}{yy}-{d4}",
    "ko_KR": "{yy}{mm}{dd}-{kr_g}{d6}",
    "en_NG": "{nz1}{d10}",
    "id_ID": "{id_nik}",
    "vi_VN": "{vn}",
    "es_VE": ("V-{nz1}{d7}-{d1}", "V{nz1}{d7}{d1}"),
    "mt_MT": "{nz1}{d3}{d2}{mt_l}",
    "zh_TW": "{tw}",
    "he_IL": "{d9}",
    "th_TH": "{p1_8}-{d4}-{d5}-{d2}-{d1}",
    "az_AZ": "{fin}",
    "ka_GE": "{p01}{d9}",
    "fr_DZ": "{dz}",
    "fa_IR": "{ir}",
}

# Locales whose id stdnum validates under another module than ``heldout_common.STDNUM_IDS`` lists.
_EXTRA_STDNUM = {
    "it_CH": "ch.ssn",
    "es_CL": "cl.rut",
    "is_IS": "is_.kennitala",
    "ko_KR": "kr.rrn",
    "id_ID": "id.nik",
    "es_VE": "ve.rif",
    "he_IL": "il.idnr",
    "th_TH": "th.pin",
}

_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # A=10 ... O=35 (the Ministry of the Interior's table)
_FIN = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
_VN_PROVINCES = (
    "001",
    "002",
    "004",
    "008",
    "019",
    "022",
    "031",
    "034",
    "036",
    "038",
    "040",
    "042",
    "046",
    "048",
    "052",
    "056",
    "066",
    "075",
    "077",
    "079",
    "083",
    "089",
    "092",
    "096",
)
_CN_REGIONS = ("110101", "110105", "310104", "310115", "440106", "440305", "510107", "330106", "420106", "320106")
_ID_PLACES = ("3171", "3173", "3273", "3578", "3374", "1271", "5171", "7371", "3471", "6471")


def tw_valid(value: str) -> bool:
    """Taiwan's national id (own rule): a letter (its two-digit code from ``_TW_LETTERS``), 1 or 2 (sex),
    eight digits; weights 1 9 8 7 6 5 4 3 2 1 1 over the code's digits and the nine digits, sum mod 10 == 0."""
    if not re.fullmatch(r"[A-Z][12]\d{8}", value):
        return False
    code = _TW_LETTERS.index(value[0]) + 10
    digits = [code // 10, code % 10, *map(int, value[1:])]
    return sum(d * w for d, w in zip(digits, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1), strict=True)) % 10 == 0


def ir_melli_valid(value: str) -> bool:
    """Iran's national code (own rule, stdnum lacks it): ten digits (dashes allowed), check = r if r < 2
    else 11 - r where r = sum(digit_i * (10 - i)) mod 11 over the first nine."""
    d = value.replace("-", "")
    if not re.fullmatch(r"\d{10}", d) or len(set(d)) == 1:
        return False
    r = sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
    return int(d[9]) == (r if r < 2 else 11 - r)


def lu_matricule_valid(value: str) -> bool:
    """Luxembourg's 13-digit matricule (own rule): YYYYMMDD, three digits, a Luhn digit and a Verhoeff
    digit, both over the first eleven."""
    d = value.replace(" ", "")
    if not re.fullmatch(r"\d{13}", d):
        return False
    return luhn.calc_check_digit(d[:11]) == d[11] and verhoeff.calc_check_digit(d[:11]) == d[12]


def vn_cccd_valid(value: str) -> bool:
    """Vietnam's 12-digit citizen id (own rule, no check digit): a province code of ``_VN_PROVINCES``, a
    century/sex digit 0-3, two year digits, six digits."""
    return bool(re.fullmatch(r"\d{12}", value)) and value[:3] in _VN_PROVINCES and value[3] in "0123"


OWN_RULES: dict[str, Callable[[str], bool]] = {
    "zh_TW": tw_valid,
    "fa_IR": ir_melli_valid,
    "de_LU": lu_matricule_valid,
    "vi_VN": vn_cccd_valid,
    # Format rules only (these countries publish no check digit): the shape each country prints.
    "en_PH": lambda v: bool(re.fullmatch(r"[1-9]\d\d-\d{3}-\d{3}-000", v)),  # BIR TIN with branch 000
    "en_NG": lambda v: bool(re.fullmatch(r"[1-9]\d{10}", v)),  # NIMC NIN, 11 digits
    "mt_MT": lambda v: bool(re.fullmatch(r"[1-9]\d{5}[MGAPLHBZ]", v)),  # Maltese id card: digits + letter
    "az_AZ": lambda v: bool(re.fullmatch(r"[0-9A-HJ-NP-Z]{7}", v)),  # FIN code of the ID card
    "ka_GE": lambda v: bool(re.fullmatch(r"0[01]\d{9}", v)),  # personal number, 11 digits
    "fr_DZ": lambda v: bool(re.fullmatch(r"[12]\d{17}", v)),  # NIN, 18 digits, first the sex
}


def id_is_valid(locale: str, value: str) -> bool:
    """The national id ``value`` of ``locale`` valid by stdnum or the country's own rule."""
    if locale in OWN_RULES:
        return OWN_RULES[locale](value)
    if locale in _EXTRA_STDNUM:
        import importlib

        return importlib.import_module("stdnum." + _EXTRA_STDNUM[locale]).is_valid(value)
    if locale in STDNUM_IDS or locale in ("en_GB", "hu_HU", "es_AR"):
        return id_validator(locale)(value)
    raise KeyError(locale)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _part(name: str, rng: random.Random, dob: dt.date, female: bool) -> str:
    """One ``{name}`` of an id pattern."""
    if m := re.fullmatch(r"d(\d+)", name):
        return _digits(rng, int(m.group(1)))
    y2k = dob.year >= 2000
    simple = {
        "yy": f"{dob.year % 100:02d}",
        "yyyy": f"{dob.year}",
        "mm": f"{dob.month:02d}",
        "dd": f"{dob.day:02d}",
        "yyy": f"{dob.year % 1000:03d}",
        "L": rng.choice(string.ascii_uppercase),
        "nz1": rng.choice("123456789"),
        "p123": rng.choice("123"),
        "p29": rng.choice("23456789"),
        "p1_7": rng.choice("1234567"),
        "p1_8": rng.choice("12345678"),
        "p01": "0" + rng.choice("01"),
        "sex": "2" if female else "1",
        "pl_mm": f"{dob.month + (20 if y2k else 0):02d}",
        "cz_mm": f"{dob.month + (50 if female else 0):02d}",
        "bg_mm": f"{dob.month + (40 if y2k else 0):02d}",
        "fi_c": "A" if y2k else "-",
        "fi_x": rng.choice("0123456789ABCDEFHJKLMNPRSTUVWXY"),
        "cn_reg": rng.choice(_CN_REGIONS),
        "cn_x": rng.choice("0123456789X"),
        "no_ind": f"{rng.randrange(500, 1000) if y2k else rng.randrange(0, 500):03d}",
        "ro_s": ("6" if female else "5") if y2k else ("2" if female else "1"),
        "ro_j": f"{rng.randrange(1, 47):02d}",
        "lt_s": ("6" if female else "5") if y2k else ("4" if female else "3"),
        "lv_c": "2" if y2k else "1",
        "ar_p": rng.choice(("20", "23", "27")),
        "cl_c": rng.choice("0123456789K"),
        "kr_g": ("4" if female else "3") if y2k else ("2" if female else "1"),
        "mt_l": rng.choice("MGAPLHBZ"),
    }
    if name in simple:
        return simple[name]
    if name == "ua_days":
        return f"{(dob - dt.date(1899, 12, 31)).days:05d}"
    if name == "nino":
        first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
        s = rng.choice(first) + rng.choice(second)
        if s in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            s = "AB"
        return f"{s}{_digits(rng, 6)}{rng.choice('ABCD')}"
    if name == "cf":
        from stdnum.it import codicefiscale as cf

        months = "ABCDEHLMPRST"
        body = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + f"{dob.year % 100:02d}" + months[dob.month - 1]
        body += f"{dob.day + (40 if female else 0):02d}" + rng.choice("ABCDEFGHLM") + _digits(rng, 3)
        return body + cf.calc_check_digit(body)
    if name == "curp":
        from stdnum.mx import curp

        states = ("DF", "JC", "NL", "PL", "MC", "VZ", "GT", "CH", "BC", "YN")
        body = rng.choice("BCDGLMPRSTV") + rng.choice("AEIOU") + rng.choice("ABCDGLMNPRST") + rng.choice("AEIOULR")
        body += f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}" + ("M" if female else "H") + rng.choice(states)
        body += "".join(rng.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
        body += rng.choice("ABCDEFGH") if y2k else rng.choice(string.digits)
        return body + curp.calc_check_digit(body + "0")
    if name == "lu":
        body = f"{dob.year}{dob.month:02d}{dob.day:02d}{_digits(rng, 3)}"
        return body + luhn.calc_check_digit(body) + verhoeff.calc_check_digit(body)
    if name == "id_nik":
        return (
            f"{rng.choice(_ID_PLACES)}{_digits(rng, 2)}{dob.day + (40 if female else 0):02d}{dob.month:02d}"
            f"{dob.year % 100:02d}{_digits(rng, 4)}"
        )
    if name == "vn":
        g = (2 if y2k else 0) + female
        return f"{rng.choice(_VN_PROVINCES)}{g}{dob.year % 100:02d}{_digits(rng, 6)}"
    if name == "tw":
        return rng.choice(_TW_LETTERS[:24]) + ("2" if female else "1") + _digits(rng, 8)
    if name == "fin":
        return "".join(rng.choice(_FIN) for _ in range(7))
    if name == "dz":
        return ("2" if female else "1") + _digits(rng, 17)
    if name == "ir":
        d = _digits(rng, 10)
        return f"{d[:3]}-{d[3:9]}-{d[9]}"
    raise KeyError(name)


def draw_id(locale: str, rng: random.Random, dob: dt.date, female: bool) -> str:
    """A valid national id of ``locale`` for a person born ``dob`` (drawn until it validates)."""
    patterns = ID_PATTERNS[locale]
    pattern = rng.choice(patterns) if isinstance(patterns, tuple) else patterns
    for _ in range(50000):
        value = re.sub(r"\{(\w+)\}", lambda m: _part(m.group(1), rng, dob, female), pattern)
        if id_is_valid(locale, value):
            return value
    raise RuntimeError(f"no valid id for {locale} from {pattern}")


# --- IBANs and cards ---------------------------------------------------------------------------------
_IBAN_DB = numdb.get("iban")


def has_iban(locale: str) -> bool:
    """The locale's country is in stdnum's IBAN registry."""
    return bool(_IBAN_DB.info(region(locale) + "00")[0][1])


def draw_iban(locale: str, rng: random.Random, spaced: bool) -> str:
    """A stdnum-valid IBAN of the locale's country (its BBAN structure from stdnum's registry)."""
    cc = region(locale)
    struct = _IBAN_DB.info(cc + "00")[0][1]["bban"]
    pools = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + string.ascii_uppercase}
    for _ in range(50000):
        bban = "".join(
            "".join(rng.choice(pools[kind] if kind != "c" else string.digits) for _ in range(int(n)))
            for n, kind in re.findall(r"(\d+)!([nac])", struct)
        )
        value = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(value):
            return std_iban.format(value) if spaced else value
    raise RuntimeError(f"no valid IBAN for {locale}")


def draw_card(rng: random.Random, prefix: str = "") -> str:
    """A Luhn-valid 16-digit card number, spaced in fours (Visa/Mastercard or a given bank prefix)."""
    body = (prefix or rng.choice(("4", "51", "52", "55", "2221"))) + ""
    body += _digits(rng, 15 - len(body))
    number = body + luhn.calc_check_digit(body)
    return " ".join(number[i : i + 4] for i in range(0, 16, 4))


# --- phones ------------------------------------------------------------------------------------------
_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)


def draw_phone(locale: str, rng: random.Random, mobile: bool = True) -> phonenumbers.PhoneNumber:
    """A valid number of the locale's country: the country's example number with its last digits redrawn."""
    cc = region(locale)
    example = phonenumbers.example_number_for_type(cc, _TYPES[0] if mobile else _TYPES[1])
    national = phonenumbers.national_significant_number(example)
    for keep in (max(1, len(national) - 8), max(2, len(national) - 6)):  # as few of its digits as still validate
        for _ in range(3000):
            candidate = national[:keep] + _digits(rng, len(national) - keep)
            number = phonenumbers.parse("+" + str(example.country_code) + candidate, None)
            if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == cc:
                return number
    raise RuntimeError(f"no valid phone for {locale}")


PHONE_LAYOUTS = ("national", "international", "e164", "digits", "dotted", "extension", "intl00")


def format_phone(number: phonenumbers.PhoneNumber, layout: str, rng: random.Random) -> str:
    """One of the layouts real exports use: national, international, E.164, digits only, dotted, with an
    extension, ``00`` international; a layout the country does not dial (``00`` where its international
    prefix is another) falls back to the international layout."""
    value = _format_phone(number, layout, rng)
    try:
        back = phonenumbers.parse(value, phonenumbers.region_code_for_number(number))
    except phonenumbers.NumberParseException:
        back = None
    if back is None or back.national_number != number.national_number or back.country_code != number.country_code:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return value


def _format_phone(number: phonenumbers.PhoneNumber, layout: str, rng: random.Random) -> str:
    fmt = phonenumbers.PhoneNumberFormat
    nat = phonenumbers.format_number(number, fmt.NATIONAL)
    if layout == "national":
        return nat
    if layout == "international":
        return phonenumbers.format_number(number, fmt.INTERNATIONAL)
    if layout == "e164":
        return phonenumbers.format_number(number, fmt.E164)
    if layout == "digits":
        return re.sub(r"\D", "", nat)
    if layout == "dotted":
        groups = re.findall(r"\d+", nat)
        return ".".join(groups) if len(groups) > 1 else nat
    if layout == "extension":
        return f"{nat} {rng.choice(('ext.', 'x', 'ext'))} {rng.randrange(10, 999)}"
    intl = phonenumbers.format_number(number, fmt.INTERNATIONAL)
    return "00" + intl[1:]
