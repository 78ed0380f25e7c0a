"""Numbers of held-out set 23: national ids, IBANs and cards (valid), phones in export layouts, look-alike numbers.

A national id is filled from a pattern of the country (``#`` a digit, ``C`` a check character found by trying
every one, ``{yymmdd}``-style parts from the row's birth date) and kept only when python-stdnum's ``is_valid``
accepts it (the UK NI number, which stdnum lacks, by HMRC's letter rules; Hungary's TAJ by its own weights). A
locale without a pattern that validates has no id column and its notes name a card instead. IBANs are filled
from stdnum's registry of BBAN layouts with check digits from ``stdnum.iban``; cards pass Luhn; phones are drawn
from the region's ``phonenumbers`` example numbers and kept only when valid there.

Look-alikes (no personal data): GTIN-13 barcodes, bicycle frame numbers, skip permit numbers, scaffold tag ids,
invoice numbers with a phone's digit count, bottle lot codes, hashes.
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
from stdnum import iban as stdiban
from stdnum import luhn, numdb

# locale -> (stdnum module, pattern, name of the id as the country prints it)
ID_PATTERNS = {
    "en_US": ("us.ssn", "###-##-####", "SSN"),
    "de_DE": ("de.idnr", "##########C", "Steuer-ID"),
    "fr_FR": ("fr.nir", "{s} {yy} {mm} ## ### ### CC", "n° de sécurité sociale"),
    "es_ES": ("es.dni", "########C", "DNI"),
    "it_IT": ("it.codicefiscale", "faker", "codice fiscale"),
    "nl_NL": ("nl.bsn", "########C", "BSN"),
    "sv_SE": ("se.personnummer", "{yymmdd}-###C", "personnummer"),
    "pl_PL": ("pl.pesel", "{yymmdd}####C", "PESEL"),
    "pt_PT": ("pt.nif", "2#######C", "NIF"),
    "da_DK": ("dk.cpr", "{ddmmyy}-####", "CPR-nr."),
    "de_AT": ("at.vnr", "###C{ddmmyy}", "SV-Nummer"),
    "fr_CH": ("ch.ssn", "756.####.####.#C", "n° AVS"),
    "de_CH": ("ch.ssn", "756.####.####.#C", "AHV-Nr."),
    "en_IN": ("in_.aadhaar", "4### #### ###C", "Aadhaar"),
    "en_CA": ("ca.sin", "### ### ##C", "SIN"),
    "fr_CA": ("ca.sin", "### ### ##C", "NAS"),
    "pt_BR": ("br.cpf", "###.###.###-CC", "CPF"),
    "cs_CZ": ("cz.rc", "{yymmdd}/###C", "rodné číslo"),
    "sk_SK": ("sk.rc", "{yymmdd}/###C", "rodné číslo"),
    "fi_FI": ("fi.hetu", "{ddmmyy}-###C", "henkilötunnus"),
    "sv_FI": ("fi.hetu", "{ddmmyy}-###C", "personbeteckning"),
    "tr_TR": ("tr.tckimlik", "faker", "TC Kimlik No"),
    "ja_JP": ("jp.in_", "#### #### ###C", "個人番号"),
    "zh_CN": ("cn.ric", "faker", "身份证号"),
    "no_NO": ("no.fodselsnummer", "faker", "fødselsnummer"),
    "ro_RO": ("ro.cnp", "faker", "CNP"),
    "el_GR": ("gr.amka", "{ddmmyy}####C", "ΑΜΚΑ"),
    "hr_HR": ("hr.oib", "##########C", "OIB"),
    "lt_LT": ("lt.asmens", "3{yymmdd}###C", "asmens kodas"),
    "uk_UA": ("ua.rntrc", "faker", "РНОКПП"),
    "ru_RU": ("ru.inn", "##########CC", "ИНН"),
    "bg_BG": ("bg.egn", "{yymmdd}###C", "ЕГН"),
    "sl_SI": ("si.emso", "{ddmmyyy}505##C", "EMŠO"),
    "en_IE": ("ie.pps", "#######C", "PPS No."),
    "ga_IE": ("ie.pps", "#######C", "PPS No."),
    "nl_BE": ("be.nn", "{yymmdd}###CC", "rijksregisternummer"),
    "fr_BE": ("be.nn", "{yymmdd}###CC", "n° de registre national"),
    "es_CO": ("co.nit", "#########C", "NIT"),
    "en_NZ": ("nz.ird", "########C", "IRD number"),
    "et_EE": ("ee.ik", "{s34}{yymmdd}###C", "isikukood"),
    "is_IS": ("is_.kennitala", "{ddmmyy}##C9", "kennitala"),
    "he_IL": ("il.idnr", "########C", "מספר זהות"),
    "ko_KR": ("kr.rrn", "{yymmdd}-1#####C", "주민등록번호"),
    "th_TH": ("th.pin", "1###########C", "เลขประจำตัวประชาชน"),
    "es_CL": ("cl.rut", "##.###.###-C", "RUT"),
    "es_EC": ("ec.ci", "17#######C", "cédula"),
    "es_DO": ("do.cedula", "###-#######-C", "cédula"),
    "es_PE": ("pe.cui", "########C", "DNI"),
    "ca_ES": ("es.dni", "########C", "DNI"),
    "en_ZA": ("za.idnr", "{yymmdd}####08C", "ID number"),
    "es_GT": ("gt.nit", "#######-C", "NIT"),
    "es_PY": ("py.ruc", "#######-C", "RUC"),
    "cy_GB": ("gb", "", "rhif Yswiriant Gwladol"),
    "en_GB": ("gb", "", "NI number"),
    "hu_HU": ("hu", "########C", "TAJ szám"),
    "pt_MZ": ("mz.nuit", "########C", "NUIT"),
}
_NINO_1 = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_2 = "ABCEGHJKLMNPRSTWXYZ"
_GB_NINO = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D]")
_CHECK_CHARS = string.digits + string.ascii_uppercase


def _hu_taj(value: str) -> bool:
    d = value.replace(" ", "")
    if not re.fullmatch(r"\d{9}", d):
        return False
    return sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(d[:8])) % 10 == int(d[8])


def validator(locale: str) -> Callable[[str], bool] | None:
    """``is_valid`` of the locale's id (stdnum, or the rules written here), None without a pattern."""
    spec = ID_PATTERNS.get(locale)
    if not spec:
        return None
    if spec[0] == "gb":
        return lambda v: bool(_GB_NINO.fullmatch(v))
    if spec[0] == "hu":
        return _hu_taj
    return importlib.import_module("stdnum." + spec[0]).is_valid


def _fill(pattern: str, rng: random.Random, dob: dt.date, female: bool) -> str:
    parts = {"yy": dob.strftime("%y"), "mm": dob.strftime("%m"), "yymmdd": dob.strftime("%y%m%d"),
             "ddmmyy": dob.strftime("%d%m%y"), "ddmmyyy": dob.strftime("%d%m") + str(dob.year)[1:],
             "s": "2" if female else "1", "s34": "4" if female else "3"}  # fmt: skip
    text = re.sub(r"\{(\w+)\}", lambda m: parts[m.group(1)], pattern)
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in text)


def national_id(locale: str, rng: random.Random, dob: dt.date, female: bool, fake=None) -> str | None:
    """A valid national id of ``locale`` for a person born on ``dob`` (None: no pattern validates here)."""
    spec = ID_PATTERNS.get(locale)
    valid = validator(locale)
    if not spec or valid is None:
        return None
    if spec[0] == "gb":
        d = "".join(str(rng.randint(0, 9)) for _ in range(6))
        return f"{rng.choice(_NINO_1)}{rng.choice(_NINO_2)} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"
    if spec[1] == "faker":
        for _ in range(30):
            value = fake.ssn() if fake is not None else ""
            if value and valid(value):
                return value
        return None
    for _ in range(60):
        text = _fill(spec[1], rng, dob, female)
        slots = [i for i, c in enumerate(text) if c == "C"]
        chars = _CHECK_CHARS if spec[0] in ("es.dni", "ie.pps", "cl.rut") else string.digits
        if spec[0] == "cl.rut":
            chars = string.digits + "K"
        if not slots:
            if valid(text):
                return text
        elif len(slots) == 1:
            for c in chars:
                value = text[: slots[0]] + c + text[slots[0] + 1 :]
                if valid(value):
                    return value
        else:
            for a in string.digits:
                for b in string.digits:
                    value = text[: slots[0]] + a + text[slots[0] + 1 : slots[1]] + b + text[slots[1] + 1 :]
                    if valid(value):
                        return value
    return None


def id_name(locale: str) -> str:
    """The name of the locale's id as the country prints it."""
    spec = ID_PATTERNS.get(locale)
    return spec[2] if spec else "ID"


_IBAN_DB = numdb.get("iban")


def _bban_spec(country: str) -> str | None:
    info = _IBAN_DB.info(country)
    return info[0][1].get("bban") if info and info[0][1] else None


def iban(country: str, rng: random.Random, grouped: bool = False) -> str | None:
    """A valid IBAN of ``country`` (None where stdnum has no BBAN layout for it)."""
    spec = _bban_spec(country)
    if not spec:
        return None
    for _ in range(600):
        bban = ""
        for count, kind in re.findall(r"(\d+)!?([nac])", spec):
            n = int(count)
            pool = {
                "n": string.digits,
                "a": string.ascii_uppercase,
                "c": string.digits * 6 + "ABCDEFGHJKLMNPRSTUVWXYZ",
            }[kind]
            bban += "".join(rng.choice(pool) for _ in range(n))
        value = country + stdiban.calc_check_digits(country + "00" + bban) + bban
        if stdiban.is_valid(value):
            return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if grouped else value
    return None


def has_iban(country: str) -> bool:
    """Whether stdnum knows the country's IBAN layout."""
    return _bban_spec(country) is not None


def card(rng: random.Random, grouped: bool = True) -> str:
    """A card number passing Luhn (Visa 16, Mastercard 16 or Amex 15 digits)."""
    prefix = rng.choice(("4", "51", "53", "55", "2221", "37"))
    length = 15 if prefix == "37" else 16
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    number = body + luhn.calc_check_digit(body)
    if not grouped:
        return number
    if length == 15:
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    return " ".join(number[i : i + 4] for i in range(0, 16, 4))


_FMT = phonenumbers.PhoneNumberFormat
_TYPE = phonenumbers.PhoneNumberType


def phone_number(region: str, rng: random.Random, mobile: bool = True) -> phonenumbers.PhoneNumber | None:
    """A valid mobile (or fixed-line) number of ``region``: the example number with its last digits drawn."""
    kinds = (_TYPE.MOBILE, _TYPE.FIXED_LINE) if mobile else (_TYPE.FIXED_LINE, _TYPE.MOBILE)
    for kind in kinds:
        example = phonenumbers.example_number_for_type(region, kind)
        if example is None:
            continue
        national = str(example.national_number)
        for keep in (2, 3, max(2, len(national) - 6)):
            for _ in range(30):
                digits = national[:keep] + "".join(str(rng.randint(0, 9)) for _ in range(len(national) - keep))
                n = phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(digits))
                if example.italian_leading_zero:
                    n.italian_leading_zero = True
                if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
                    return n
    return None


# How one table writes every phone of a column (real exports keep one layout per column).
LAYOUTS = ("national", "bare", "no_trunk", "intl_no_plus", "e164", "international", "double_zero", "int_lost_zero",
           "float", "extension", "two", "dots", "slash")  # fmt: skip


def write_phone(n: phonenumbers.PhoneNumber, layout: str, rng: random.Random, other=None) -> object:
    """``n`` written in ``layout``; ``int_lost_zero`` and ``float`` give numbers (a spreadsheet's typing)."""
    national = phonenumbers.format_number(n, _FMT.NATIONAL)
    digits = re.sub(r"\D", "", national)
    cc = str(n.country_code)
    nsn = phonenumbers.national_significant_number(n)
    if layout == "bare":
        return digits
    if layout == "no_trunk":
        return nsn
    if layout == "intl_no_plus":
        return cc + nsn
    if layout == "e164":
        return phonenumbers.format_number(n, _FMT.E164)
    if layout == "international":
        return phonenumbers.format_number(n, _FMT.INTERNATIONAL)
    if layout == "double_zero":
        return "00" + cc + " " + nsn
    if layout == "int_lost_zero":
        return int(digits)
    if layout == "float":
        return float(digits)
    if layout == "extension":
        return f"{national} ext. {rng.randint(10, 399)}"
    if layout == "two" and other is not None:
        return f"{national} / {phonenumbers.format_number(other, _FMT.NATIONAL)}"
    if layout == "dots":
        return re.sub(r"\D+", ".", national.replace("(", "")).strip(".")
    if layout == "slash":
        return f"{digits[:4]}/{digits[4:]}"
    return national


def phone_text(value: object) -> str:
    """A phone cell as it appears in a note or a CSV (floats without ``.0``)."""
    if isinstance(value, float):
        return str(int(value))
    return str(value)


def gtin13(rng: random.Random) -> str:
    """A GS1 GTIN-13 barcode with its check digit."""
    body = rng.choice(("50", "40", "30", "80", "84", "87", "76")) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def frame_number(rng: random.Random) -> str:
    """A bicycle frame number as stamped under the bottom bracket (``WTU123C4567H``)."""
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return f"{letters}{rng.randint(100, 999)}{rng.choice('ABCDEFGH')}{rng.randint(1000, 9999)}{rng.choice('HJKLM')}"


def digits_like_phone(rng: random.Random, n: int, lead: str = "") -> str:
    """A number with a phone's digit count (an invoice or hire number)."""
    return lead + "".join(str(rng.randint(0, 9)) for _ in range(n - len(lead)))


def row_hash(rng: random.Random) -> str:
    """A SHA-256 hex prefix, as a system writes a record's checksum."""
    return hashlib.sha256(str(rng.random()).encode()).hexdigest()[:24]
