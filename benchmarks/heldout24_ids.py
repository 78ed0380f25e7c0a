"""Held-out set 24: national ids with valid check digits, IBANs, cards, phones and number-like look-alikes.

Ids are built from a pattern (birth-date parts from the row's own birth date, random digits) and their check
characters are searched until python-stdnum (or the country's own rule written here: UK NI by HMRC's letters,
El Salvador's DUI, Hungary's TAJ) accepts the value. IBANs follow stdnum's BBAN registry; cards pass Luhn; phones
are drawn from ``phonenumbers``' example of the region and kept only when valid there.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import random
import re
import string
from collections.abc import Callable

import phonenumbers
from stdnum import iban as _iban
from stdnum import luhn, numdb

# Pattern tokens: Y2 year (2 digits), Y4, MM, DD, N a random digit, C a check character searched (digits, or the
# letters of ``CHECKS``), S sex/century digit, L a letter; other characters are kept.
ID_PATTERNS: dict[str, tuple[str, str]] = {
    "en_US": ("us.ssn", "NNN-NN-NNNN"),
    "de_DE": ("de.idnr", "NNNNNNNNNNN"),
    "fr_FR": ("fr.nir", "S Y2 MM NN NNN NNN CC"),
    "es_ES": ("es.dni", "NNNNNNNNC"),
    "it_IT": ("it.codicefiscale", "LLLLLLY2MDLNNNC"),
    "nl_NL": ("nl.bsn", "NNNNNNNNC"),
    "eu_ES": ("es.dni", "NNNNNNNNC"),
    "gl_ES": ("es.dni", "NNNNNNNNC"),
    "fy_NL": ("nl.bsn", "NNNNNNNNC"),
    "br_FR": ("fr.nir", "S Y2 MM NN NNN NNN CC"),
    "ca_AD": ("ad.nrt", "F-NNNNNN-C"),
    "sv_SE": ("se.personnummer", "Y2MMDD-NNNC"),
    "pl_PL": ("pl.pesel", "Y2PDDNNNNC"),
    "pt_PT": ("pt.nif", "2NNNNNNNC"),
    "da_DK": ("dk.cpr", "DDMMY2-NNNN"),
    "fi_FI": ("fi.hetu", "DDMMY2-NNNC"),
    "no_NO": ("no.fodselsnummer", "DDMMY2NNNCC"),
    "ro_RO": ("ro.cnp", "SY2MMDD12NNNC"),
    "bg_BG": ("bg.egn", "Y2PDDNNNC"),
    "et_EE": ("ee.ik", "SY2MMDDNNNC"),
    "lt_LT": ("lt.asmens", "SY2MMDDNNNC"),
    "cs_CZ": ("cz.rc", "Y2MMDD/NNNC"),
    "sk_SK": ("sk.rc", "Y2MMDD/NNNC"),
    "hr_HR": ("hr.oib", "NNNNNNNNNNC"),
    "tr_TR": ("tr.tckimlik", "1NNNNNNNNCC"),
    "pt_BR": ("br.cpf", "NNN.NNN.NNN-CC"),
    "en_CA": ("ca.sin", "NNN NNN NNC"),
    "fr_CA": ("ca.sin", "NNN NNN NNC"),
    "en_AU": ("au.tfn", "NNN NNN NNC"),
    "zh_CN": ("cn.ric", "110105Y4MMDDNNNC"),
    "nl_BE": ("be.nn", "Y2.MM.DD-NNN.CC"),
    "fr_BE": ("be.nn", "Y2.MM.DD-NNN.CC"),
    "es_CO": ("co.nit", "NNNNNNNNC"),
    "en_IE": ("ie.pps", "NNNNNNNCA"),
    "el_GR": ("gr.amka", "DDMMY2NNNNC"),
    "is_IS": ("is_.kennitala", "DDMMY2-NNC9"),
    "es_CL": ("cl.rut", "NN.NNN.NNN-C"),
    "es_AR": ("ar.cuit", "20-NNNNNNNN-C"),
    "ru_RU": ("ru.inn", "NNNNNNNNNNCC"),
    "uk_UA": ("ua.rntrc", "NNNNNNNNNC"),
    "ko_KR": ("kr.rrn", "Y2MMDD-SNNNNNC"),
    "en_IN": ("in_.aadhaar", "8NNN NNNN NNNC"),
}
CHECKS = string.digits + string.ascii_uppercase
_SEX = {"fr_FR": "1212", "br_FR": "1212", "ko_KR": "1234", "et_EE": "3456", "lt_LT": "3456", "ro_RO": "1256"}
_GB_NINO = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D]")
ID_NAMES = {"en_US": "SSN", "en_GB": "NI number", "gd_GB": "NI number", "de_DE": "Steuer-ID", "fr_FR": "n° de sécu",
            "br_FR": "n° de sécu", "es_ES": "DNI", "eu_ES": "NAN", "gl_ES": "DNI", "it_IT": "codice fiscale",
            "nl_NL": "BSN", "fy_NL": "BSN", "ca_AD": "NRT", "es_SV": "DUI"}  # fmt: skip


def _sv_dui(value: str) -> bool:
    digits = value.replace("-", "")
    if not re.fullmatch(r"\d{9}", digits):
        return False
    total = sum(int(d) * (9 - i) for i, d in enumerate(digits[:8]))
    return (10 - total % 10) % 10 == int(digits[8])


def validator(locale: str) -> Callable[[str], bool] | None:
    """``is_valid`` of the locale's national id, or None where this set writes none."""
    if locale in ("en_GB", "gd_GB", "cy_GB"):
        return lambda v: bool(_GB_NINO.fullmatch(v))
    if locale == "es_SV":
        return _sv_dui
    if locale not in ID_PATTERNS:
        return None
    return importlib.import_module("stdnum." + ID_PATTERNS[locale][0]).is_valid


def _fill(pattern: str, rng: random.Random, dob: dt.date, female: bool, locale: str) -> list[str]:
    out, i = [], 0
    y2, mm, dd = f"{dob.year % 100:02d}", f"{dob.month:02d}", f"{dob.day:02d}"
    while i < len(pattern):
        two = pattern[i : i + 2]
        if two in ("Y2", "Y4", "MM", "DD"):
            out.append({"Y2": y2, "Y4": str(dob.year), "MM": mm, "DD": dd}[two])
            i += 2
            continue
        ch = pattern[i]
        if ch == "N":
            out.append(str(rng.randint(0, 9)))
        elif ch == "L":
            out.append(rng.choice("BCDFGLMNPRSTVZ"))
        elif ch == "S":  # sex (and century) digit: men/women born before 2000, then after
            digits = _SEX.get(locale, "1256")
            out.append(digits[(0 if dob.year < 2000 else 2) + female])
        elif ch == "P":  # PESEL / EGN month with the century offset
            out.append(f"{dob.month + (0 if dob.year < 2000 else (20 if len(pattern) == 10 else 40)):02d}")
        elif ch == "M":  # codice fiscale month letter
            out.append("ABCDEHLMPRST"[dob.month - 1])
        elif ch == "D":  # codice fiscale day (+40 for women)
            out.append(f"{dob.day + (40 if female else 0):02d}")
        else:
            out.append(ch)
        i += 1
    return out


def national_id(locale: str, rng: random.Random, dob: dt.date, female: bool) -> str | None:
    """A national id of ``locale`` valid by its checker (the row's birth date where the id holds one)."""
    if locale in ("en_GB", "gd_GB", "cy_GB"):
        first, second = rng.choice("ABCEGHJKLMNOPRSTWXYZ"), rng.choice("ABCEGHJKLMNPRSTWXYZ")
        return f"{first}{second} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.choice('ABCD')}"
    valid = validator(locale)
    if locale == "es_SV":
        body = f"{rng.randint(0, 9999999):08d}"
        total = sum(int(d) * (9 - i) for i, d in enumerate(body))
        return f"{body}-{(10 - total % 10) % 10}"
    if valid is None:
        return None
    pattern = ID_PATTERNS[locale][1]
    for _ in range(3000):
        parts = _fill(pattern, rng, dob, female, locale)
        text = "".join(parts)
        checks = [i for i, c in enumerate(text) if c in "C"]
        if not checks:
            if valid(text):
                return text
            continue
        alphabet = (
            CHECKS if locale in ("es_ES", "eu_ES", "gl_ES", "it_IT", "ca_AD", "fi_FI", "en_IE") else string.digits
        )
        chars = list(text)
        for _ in range(60 if len(checks) == 1 else 400):
            for i in checks:
                chars[i] = rng.choice(alphabet)
            if valid("".join(chars)):
                return "".join(chars)
    return None


def id_name(locale: str) -> str:
    """What people call the locale's id (its notes say it)."""
    return ID_NAMES.get(locale, "ID no.")


_IBAN_DB = numdb.get("iban")


def iban(country: str, rng: random.Random, grouped: bool = False) -> str | None:
    """An IBAN of ``country`` by stdnum's BBAN spec with valid check digits, or None where it has none."""
    info = _IBAN_DB.info(country)
    spec = info[0][1].get("bban") if info and info[0][1] else None
    if not spec:
        return None
    for _ in range(5000):
        bban = ""
        for count, kind in re.findall(r"(\d+)!([nac])", spec):
            pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + string.ascii_uppercase}[kind]
            bban += "".join(rng.choice(pool) for _ in range(int(count)))
        number = country + "00" + bban
        number = country + _iban.calc_check_digits(number) + bban
        if _iban.is_valid(number):
            return " ".join(number[i : i + 4] for i in range(0, len(number), 4)) if grouped else number
    return None


def card(rng: random.Random, grouped: bool = True) -> str:
    """A 16-digit Visa/Mastercard number passing Luhn."""
    body = rng.choice(("4", "51", "53", "55"))
    body += "".join(str(rng.randint(0, 9)) for _ in range(15 - len(body)))
    number = body + luhn.calc_check_digit(body)
    return " ".join(number[i : i + 4] for i in range(0, 16, 4)) if grouped else number


def imei(rng: random.Random) -> str:
    """A 15-digit IMEI passing Luhn (a phone's serial, not personal data here)."""
    body = rng.choice(("35", "86", "01")) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn.calc_check_digit(body)


def gtin13(rng: random.Random) -> str:
    """A GTIN-13 barcode with its check digit."""
    body = rng.choice(("50", "40", "30", "84", "80", "87")) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


_TYPE = phonenumbers.PhoneNumberType


def phone_number(region: str, rng: random.Random, mobile: bool = True) -> phonenumbers.PhoneNumber | None:
    """A valid number of ``region``: its example number with the subscriber digits redrawn."""
    kind = _TYPE.MOBILE if mobile else _TYPE.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    if example is None:
        return None
    national = phonenumbers.national_significant_number(example)
    for attempt in range(300):
        keep = 1 if attempt < 150 else 2 if attempt < 250 else 3
        digits = national[:keep] + "".join(str(rng.randint(0, 9)) for _ in range(len(national) - keep))
        n = phonenumbers.parse("+" + str(example.country_code) + digits)
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
            got = phonenumbers.number_type(n)
            if got == kind or got == _TYPE.FIXED_LINE_OR_MOBILE:
                return n
    return example


_FMT = phonenumbers.PhoneNumberFormat
LAYOUTS = ("national", "dots", "bare", "no_trunk", "intl_no_plus", "e164", "international", "double_zero",
           "int_lost_zero", "float", "extension", "two_numbers", "apostrophe")  # fmt: skip


def write_phone(n: phonenumbers.PhoneNumber, layout: str, rng: random.Random, other=None) -> object:
    """``n`` as an export of ``layout`` writes it (an int or float for the number-typed columns)."""
    national = phonenumbers.format_number(n, _FMT.NATIONAL)
    digits = re.sub(r"\D", "", national)
    intl = phonenumbers.format_number(n, _FMT.INTERNATIONAL)
    e164 = phonenumbers.format_number(n, _FMT.E164)
    if layout == "national":
        return national
    if layout == "dots":  # 212.555.0142, 06.12.34.56.78
        if n.country_code == 1:
            return f"{digits[:3]}.{digits[3:6]}.{digits[6:]}"
        return ".".join(re.findall(r"\d+", national))
    if layout == "bare":
        return digits
    if layout == "no_trunk":
        return digits.lstrip("0") if n.country_code != 1 else digits
    if layout == "intl_no_plus":
        return e164[1:]
    if layout == "e164":
        return e164
    if layout == "international":
        return intl
    if layout == "double_zero":
        return "00" + intl[1:]
    if layout == "int_lost_zero":
        return int(digits)
    if layout == "float":
        return float(digits)
    if layout == "extension":  # as the country writes an extension
        ext = rng.randint(10, 480)
        cc = n.country_code
        return {
            49: f"{national}-{ext}",
            43: f"{national}-{ext}",
            33: f"{national} poste {ext}",
            39: f"{national} int. {ext}",
            31: f"{national} toestel {ext}",
        }.get(cc, f"{national} ext. {ext}")
    if layout == "two_numbers":
        second = phonenumbers.format_number(other, _FMT.NATIONAL) if other is not None else national
        return f"{national} / {second}"
    if layout == "apostrophe":  # Shopify: a leading ' keeps the spreadsheet from eating the +
        return "'" + e164
    if layout == "tel_uri":  # vCard 4: tel:+44-7700-900123
        return "tel:" + intl.replace(" ", "-")
    raise ValueError(layout)


def phone_text(value: object) -> str:
    """How a phone cell reads in a note (a float column's ``.0`` gone)."""
    if isinstance(value, float):
        return str(int(value))
    return str(value).lstrip("'")


def digits_like_phone(rng: random.Random, n: int, lead: str = "") -> str:
    """A number with a phone's digit count (an order, respondent or job number)."""
    return lead + "".join(str(rng.randint(0, 9)) for _ in range(n - len(lead)))


def row_hash(rng: random.Random, length: int = 32) -> str:
    """A hex digest of nothing personal (a record's internal id)."""
    return hashlib.md5(str(rng.random()).encode()).hexdigest()[:length]


def ip_address(rng: random.Random) -> str:
    """A subscriber's public IPv4 address (personal data: it points at a household)."""
    first = rng.choice((31, 46, 62, 78, 81, 86, 92, 109, 151, 176, 185, 188, 212, 217))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
