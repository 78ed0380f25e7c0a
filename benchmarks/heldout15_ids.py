"""Held-out set 15: identifiers, IBANs, cards and phones, each checked by its own rule.

National ids that embed a birth date are built here from the row's birth date (the tables draw no date
from the clock); every id is drawn as a body with ``?`` check positions whose characters are searched until
the id validates: python-stdnum where it has the country (``heldout_common.id_validator`` and a few more),
else the country's documented rule written below (UK NI, Hungarian TAJ, Philippine TIN, Luxembourg
matricule, Nigerian NIN, Vietnamese CCCD, Maltese id card, Taiwanese national id). ``build_id`` raises when
no valid id comes out, so an invalid id never reaches a table. IBANs follow the stdnum IBAN registry's
BBAN structure and must pass ``stdnum.iban.is_valid`` (national BBAN checks included); cards pass Luhn;
phones are drawn with ``phonenumbers`` and must be valid numbers of the locale's own country.
"""

from __future__ import annotations

import datetime as dt
import importlib
import itertools
import re
import string
import unicodedata
from collections.abc import Callable
from random import Random

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn, verhoeff

from heldout_common import STDNUM_IDS, id_validator, region

DIGITS = string.digits
LETTERS = string.ascii_uppercase

# Locales of set 15 whose id stdnum checks but ``heldout_common.STDNUM_IDS`` does not list.
EXTRA_STDNUM = {
    "es_CL": "cl.rut",
    "it_CH": "ch.ssn",
    "is_IS": "is_.kennitala",
    "ko_KR": "kr.rrn",
    "id_ID": "id.nik",
    "es_VE": "ve.rif",
}

_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # A=10 ... O=35, the Ministry of the Interior's order


def tw_id_valid(value: str) -> bool:
    """Taiwan national id: a letter (region, 10-35 in the ministry's order), 1/2 (sex), 8 digits; the
    region's two digits and the nine digits weighted 1,9,8,7,6,5,4,3,2,1,1 sum to a multiple of 10."""
    if not re.fullmatch(r"[A-Z][12]\d{8}", value):
        return False
    code = _TW_LETTERS.index(value[0]) + 10
    nums = [code // 10, code % 10, *map(int, value[1:])]
    weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1]
    return sum(a * b for a, b in zip(nums, weights, strict=True)) % 10 == 0


def lu_matricule_valid(value: str) -> bool:
    """Luxembourg national id (matricule): YYYYMMDD, 3 digits, a Luhn digit and a Verhoeff digit,
    both over the first 11 digits; the date must exist."""
    d = value.replace(" ", "")
    if not re.fullmatch(r"\d{13}", d):
        return False
    try:
        dt.date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    except ValueError:
        return False
    return luhn.calc_check_digit(d[:11]) == d[11] and verhoeff.calc_check_digit(d[:11]) == d[12]


def ph_tin_valid(value: str) -> bool:
    """Philippine TIN (BIR): 9 digits and a 3-digit branch code, dash- or space-separated (no check digit)."""
    return bool(re.fullmatch(r"\d{3}[- ]\d{3}[- ]\d{3}[- ]\d{3}", value))


def ng_nin_valid(value: str) -> bool:
    """Nigerian NIN (NIMC): 11 digits, no published check digit; a leading zero is not issued."""
    return bool(re.fullmatch(r"[1-9]\d{10}", value))


_VN_PROVINCES = ("001", "031", "048", "079", "092", "026", "036", "038", "040", "075")


def vn_cccd_valid(value: str) -> bool:
    """Vietnamese citizen id (CCCD): 3-digit province code, century/sex digit (0/1 for 1900s, 2/3 for
    2000s), 2-digit birth year, 6 digits (the Ministry of Public Security's Circular 07/2016 layout)."""
    return bool(re.fullmatch(r"(0\d\d)[0-3]\d{8}", value)) and value[:3] in _VN_PROVINCES


def mt_id_valid(value: str) -> bool:
    """Maltese identity card number: up to 7 digits and a category letter (M, G, A, P, L, H, B, Z)."""
    return bool(re.fullmatch(r"\d{1,7}[MGAPLHBZ]", value))


OWN_RULES: dict[str, Callable[[str], bool]] = {
    "en_PH": ph_tin_valid,
    "de_LU": lu_matricule_valid,
    "en_NG": ng_nin_valid,
    "vi_VN": vn_cccd_valid,
    "mt_MT": mt_id_valid,
    "zh_TW": tw_id_valid,
}


def validator(locale: str) -> Callable[[str], bool]:
    """The check of a locale's national id: stdnum's, or the country's own rule above."""
    if locale in OWN_RULES:
        return OWN_RULES[locale]
    if locale in EXTRA_STDNUM:
        return importlib.import_module("stdnum." + EXTRA_STDNUM[locale]).is_valid
    if locale in STDNUM_IDS or locale in ("en_GB", "hu_HU", "es_AR"):
        return id_validator(locale)
    raise KeyError(locale)


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalpha()).upper()


def _cf_part(word: str, first: bool) -> str:
    """Codice fiscale letters of a surname (``first`` False) or a first name."""
    w = _ascii(word)
    cons = [c for c in w if c not in "AEIOU"]
    vows = [c for c in w if c in "AEIOU"]
    if first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def _curp_letters(first: str, last: str, rng: Random) -> str:
    f, surname = _ascii(first) or "X", _ascii(last) or "X"
    vowel = next((c for c in surname[1:] if c in "AEIOU"), "X")
    return surname[0] + vowel + rng.choice("GHLMPRSV") + f[0]


def _bodies(locale: str, rng: Random, dob: dt.date, female: bool, first: str, last: str) -> tuple[str, str]:
    """One candidate id of ``locale`` with ``?`` at its check positions, and the alphabet of those."""

    def d(n: int) -> str:
        return "".join(rng.choice(DIGITS) for _ in range(n))

    def nz(n: int) -> str:
        return rng.choice("123456789") + d(n - 1)

    yy, mm, dd, y4 = f"{dob.year % 100:02d}", f"{dob.month:02d}", f"{dob.day:02d}", f"{dob.year}"
    c20 = dob.year >= 2000
    sex_even = rng.choice("02468")
    sex_odd = rng.choice("13579")
    table: dict[str, Callable[[], tuple[str, str]]] = {
        "en_US": lambda: (f"{rng.randint(100, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}", ""),
        "en_GB": lambda: (
            rng.choice("ABCEGHJKLMNPRSTWXYZ")
            + rng.choice("ABCEGHJKLMNPRSTWXYZ")
            + " "
            + d(2)
            + " "
            + d(2)
            + " "
            + d(2)
            + " "
            + rng.choice("ABCD"),
            "",
        ),
        "de_DE": lambda: (nz(2) + " " + d(3) + " " + d(3) + " " + d(2) + "?", DIGITS),
        "fr_FR": lambda: (
            f"{'2' if female else '1'} {yy} {mm} {rng.choice(['13', '33', '59', '69', '75', '92'])} "
            f"{rng.randint(1, 400):03d} {d(3)} ??",
            DIGITS,
        ),
        "es_ES": lambda: (d(8) + "?", "TRWAGMYFPDXBNJZSQVHLCKE"),
        "it_IT": lambda: (
            _cf_part(last, False)
            + _cf_part(first, True)
            + yy
            + "ABCDEHLMPRST"[dob.month - 1]
            + f"{dob.day + (40 if female else 0):02d}"
            + rng.choice(["H501", "F205", "F839", "L219", "A944", "G273"])
            + "?",
            LETTERS,
        ),
        "nl_NL": lambda: (nz(8) + "?", DIGITS),
        "sv_SE": lambda: (f"{yy}{mm}{dd}-{d(2)}{sex_even if female else sex_odd}?", DIGITS),
        "pl_PL": lambda: (
            f"{yy}{dob.month + (20 if c20 else 0):02d}{dd}{d(3)}{sex_even if female else sex_odd}?",
            DIGITS,
        ),
        "pt_PT": lambda: (rng.choice("12") + d(7) + "?", DIGITS),
        "da_DK": lambda: (
            f"{dd}{mm}{yy}-{'4' if c20 else rng.choice('0123')}{d(2)}{sex_even if female else sex_odd}",
            "",
        ),
        "en_AU": lambda: (nz(3) + " " + d(3) + " " + d(2) + "?", DIGITS),
        "de_AT": lambda: (nz(3) + "? " + dd + mm + yy, DIGITS),
        "fr_CH": lambda: ("756." + d(4) + "." + d(4) + "." + d(1) + "?", DIGITS),
        "en_IN": lambda: (rng.choice("23456789") + d(3) + " " + d(4) + " " + d(3) + "?", DIGITS),
        "en_CA": lambda: (rng.choice("1234567") + d(2) + " " + d(3) + " " + d(2) + "?", DIGITS),
        "pt_BR": lambda: (d(3) + "." + d(3) + "." + d(3) + "-??", DIGITS),
        "es_MX": lambda: (
            _curp_letters(first, last, rng)
            + yy
            + mm
            + dd
            + ("M" if female else "H")
            + rng.choice(["DF", "JC", "NL", "PL", "VZ", "GT"])
            + "".join(rng.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
            + (rng.choice(LETTERS) if c20 else rng.choice(DIGITS))
            + "?",
            DIGITS,
        ),
        "cs_CZ": lambda: (f"{yy}{dob.month + (50 if female else 0):02d}{dd}/{d(3)}?", DIGITS),
        "fi_FI": lambda: (
            f"{dd}{mm}{yy}{'A' if c20 else '-'}{rng.randint(2, 899):03d}?",
            "0123456789ABCDEFHJKLMNPRSTUVWXY",
        ),
        "tr_TR": lambda: (nz(9) + "??", DIGITS),
        "ja_JP": lambda: (d(4) + " " + d(4) + " " + d(3) + "?", DIGITS),
        "zh_CN": lambda: (
            rng.choice(["110101", "310104", "440106", "510107", "330106", "420102"])
            + y4
            + mm
            + dd
            + d(2)
            + (sex_even if female else sex_odd)
            + "?",
            DIGITS + "X",
        ),
        "no_NO": lambda: (f"{dd}{mm}{yy} {rng.randint(500, 999) if c20 else rng.randint(0, 499):03d}??", DIGITS),
        "ro_RO": lambda: (
            (("6" if female else "5") if c20 else ("2" if female else "1"))
            + f"{yy}{mm}{dd}{rng.randint(1, 40):02d}{d(3)}?",
            DIGITS,
        ),
        "el_GR": lambda: (f"{dd}{mm}{yy}{d(4)}?", DIGITS),
        "hu_HU": lambda: (d(3) + " " + d(3) + " " + d(2) + "?", DIGITS),
        "hr_HR": lambda: (nz(10) + "?", DIGITS),
        "lt_LT": lambda: (
            (("6" if female else "5") if c20 else ("4" if female else "3")) + f"{yy}{mm}{dd}{d(3)}?",
            DIGITS,
        ),
        "uk_UA": lambda: (f"{(dob - dt.date(1899, 12, 31)).days:05d}{d(3)}{sex_even if female else sex_odd}?", DIGITS),
        "ru_RU": lambda: (rng.choice(["77", "78", "50", "66", "16"]) + d(8) + "??", DIGITS),
        "bg_BG": lambda: (
            f"{yy}{dob.month + (40 if c20 else 0):02d}{dd}{d(2)}{sex_odd if female else sex_even}?",
            DIGITS,
        ),
        "sl_SI": lambda: (
            f"{dd}{mm}{dob.year % 1000:03d}50{rng.randint(500, 999) if female else rng.randint(0, 499):03d}?",
            DIGITS,
        ),
        "en_IE": lambda: (d(7) + "?" + rng.choice(["", "", "A"]), "ABCDEFGHIJKLMNOPQRSTUVW"),
        "nl_BE": lambda: (f"{yy}.{mm}.{dd}-{rng.randint(1, 997):03d}.??", DIGITS),
        "lv_LV": lambda: (f"{dd}{mm}{yy}-{'2' if c20 else '1'}{d(3)}?", DIGITS),
        "es_AR": lambda: (rng.choice(["20", "27"]) + "-" + nz(8) + "-?", DIGITS),
        "es_CO": lambda: (nz(3) + "." + d(3) + "." + d(3) + "-?", DIGITS),
        "en_NZ": lambda: (f"{rng.randint(1_000_000, 14_999_999):08d}?", DIGITS),
        "et_EE": lambda: (
            (("6" if female else "5") if c20 else ("4" if female else "3")) + f"{yy}{mm}{dd}{d(3)}?",
            DIGITS,
        ),
        "es_CL": lambda: (f"{rng.randint(5, 25)}.{d(3)}.{d(3)}-?", DIGITS + "K"),
        "en_PH": lambda: (nz(3) + "-" + d(3) + "-" + d(3) + "-" + rng.choice(["000", "000", "001"]), ""),
        "de_LU": lambda: (y4 + mm + dd + d(3), "luhn+verhoeff"),
        "is_IS": lambda: (f"{dd}{mm}{yy}-{rng.randint(20, 99)}?{'0' if c20 else '9'}", DIGITS),
        "ko_KR": lambda: (
            f"{yy}{mm}{dd}-{('4' if female else '3') if c20 else ('2' if female else '1')}{rng.randint(0, 8)}{d(4)}?",
            DIGITS,
        ),
        "en_NG": lambda: (nz(11), ""),
        "id_ID": lambda: (
            rng.choice(["317101", "317404", "327301", "357801", "337401", "517101"])
            + f"{dob.day + (40 if female else 0):02d}{mm}{yy}{rng.randint(1, 999):04d}",
            "",
        ),
        "vi_VN": lambda: (rng.choice(_VN_PROVINCES) + str((2 if c20 else 0) + (1 if female else 0)) + yy + d(6), ""),
        "es_VE": lambda: ("V-" + f"{rng.randint(3_000_000, 30_000_000):08d}" + "-?", DIGITS),
        "mt_MT": lambda: (str(rng.randint(1000, 999999)) + rng.choice("MMMGAL"), ""),
        "zh_TW": lambda: (rng.choice("ABFHKLE") + ("2" if female else "1") + d(7) + "?", DIGITS),
    }
    table["de_CH"] = table["it_CH"] = table["fr_CH"]
    table["sk_SK"] = table["cs_CZ"]
    table["en_CA"] = table["fr_CA"] = table["en_CA"]
    table["fr_BE"] = table["nl_BE"]
    return table[locale]()


def build_id(locale: str, rng: Random, dob: dt.date, female: bool, first: str = "", last: str = "") -> str:
    """A valid national id of ``locale`` for a person born ``dob`` (its check characters searched)."""
    check = validator(locale)
    for _ in range(400):
        body, alphabet = _bodies(locale, rng, dob, female, first, last)
        if alphabet == "luhn+verhoeff":
            body = body + luhn.calc_check_digit(body)
            body = body + verhoeff.calc_check_digit(body[:11])
            if check(body):
                return body
            continue
        slots = body.count("?")
        if not slots:
            if check(body):
                return body
            continue
        for combo in itertools.product(alphabet, repeat=slots):
            value = body
            for ch in combo:
                value = value.replace("?", ch, 1)
            if check(value):
                return value
    raise ValueError(f"no valid national id for {locale}")


# --- IBANs and cards ----------------------------------------------------------------------------------

_BBAN_PART = re.compile(r"(\d+)!([nac])")


def iban_country(locale: str) -> str | None:
    """The IBAN country of a locale, or None when the country has no IBAN (cards are used there)."""
    cc = region(locale)
    return cc if cc in IBAN_COUNTRIES else None


IBAN_COUNTRIES = frozenset(
    "GB DE FR ES IT NL SE PL PT DK AT CH BR CZ FI TR NO RO GR HU SK HR LT UA BG SI IE BE LV EE LU IS MT".split()  # noqa: SIM905
)


def build_iban(cc: str, rng: Random, spaced: bool = True) -> str:
    """A valid IBAN of country ``cc`` (stdnum's BBAN structure, national checks included), printed in
    groups of four when ``spaced``."""
    structure = std_iban._ibandb.info(cc)[0][1]["bban"]
    for _ in range(5000):
        bban = ""
        for n, kind in _BBAN_PART.findall(structure):
            pool = DIGITS if kind == "n" else LETTERS if kind == "a" else DIGITS + LETTERS
            if kind == "c":
                pool = DIGITS * 20 + LETTERS  # mostly digits, as banks issue them
            bban += "".join(rng.choice(pool) for _ in range(int(n)))
        check = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
        value = f"{cc}{check:02d}{bban}"
        if std_iban.is_valid(value):
            return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if spaced else value
    raise ValueError(f"no valid IBAN for {cc}")


def build_card(rng: Random) -> str:
    """A Luhn-valid 16-digit card number (Visa or Mastercard prefix), in groups of four."""
    body = rng.choice(["4", "51", "53", "55", "2221"])
    body += "".join(rng.choice(DIGITS) for _ in range(15 - len(body)))
    number = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(number)
    return " ".join(number[i : i + 4] for i in range(0, 16, 4))


# --- phones -------------------------------------------------------------------------------------------

_PHONE_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)


def build_phone(locale: str, rng: Random, mobile: bool = True) -> phonenumbers.PhoneNumber:
    """A valid phone number of the locale's country (its example number with random trailing digits)."""
    cc = region(locale)
    kind = _PHONE_TYPES[0 if mobile else 1]
    example = phonenumbers.example_number_for_type(cc, kind) or phonenumbers.example_number(cc)
    nsn = phonenumbers.national_significant_number(example)
    for attempt in range(600):
        keep = min(len(nsn) - 2, 2 + attempt // 100)  # as few of the example's digits as still give valid ones
        digits = nsn[:keep] + "".join(rng.choice(DIGITS) for _ in range(len(nsn) - keep))
        number = phonenumbers.parse("+" + str(example.country_code) + digits)
        if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == cc:
            return number
    raise ValueError(f"no valid phone for {locale}")


LAYOUTS = ("national", "international", "e164", "digits", "dotted", "extension", "intl_dashes")


def phone_text(number: phonenumbers.PhoneNumber, layout: str, rng: Random, ext_word: str = "ext.") -> str:
    """``number`` written in one of ``LAYOUTS`` (national without +CC, international, E.164, national
    digits only, dotted groups, with an extension, international with dashes)."""
    fmt = phonenumbers.PhoneNumberFormat
    national = phonenumbers.format_number(number, fmt.NATIONAL)
    intl = phonenumbers.format_number(number, fmt.INTERNATIONAL)
    if layout == "international":
        return intl
    if layout == "e164":
        return phonenumbers.format_number(number, fmt.E164)
    if layout == "digits":
        return re.sub(r"\D", "", national)
    if layout == "dotted":
        return re.sub(r"[\s\-/()]+", ".", national.strip()).strip(".")
    if layout == "extension":
        return f"{national} {ext_word} {rng.randint(10, 499)}"
    if layout == "intl_dashes":
        return re.sub(r"\s+", "-", intl).replace("+-", "+").replace("-", " ", 1)
    return national
