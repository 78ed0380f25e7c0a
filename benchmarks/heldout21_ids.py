"""Identifiers of held-out set 21: national ids with valid check digits, IBANs, cards, phones in export layouts,
and the identifiers of things (not people) that look like them.

Written blind in session 35 from the countries' published layouts. A national id is a pattern: ``#`` a random
digit, ``?`` a check character, ``{yy}``/``{mm}``/``{dd}``/``{yyy}``/``{yyyy}`` the row's birth date, ``{s}`` a
sex/century digit, ``{f}`` a female day offset; the check characters are searched until the validator accepts
the whole id (python-stdnum's module where it has the country's; the Serbian/Bosnian JMBG, Singapore NRIC,
Uruguayan cedula, Kazakh IIN and Emirates ID by their rules written here). A locale without a pattern has no id
column; its notes name a card instead. IBANs follow stdnum's registry (the country's BBAN structure) and must
pass ``stdnum.iban.is_valid``; cards pass Luhn. Phones are valid numbers of the locale's country
(``phonenumbers``) written in one export layout. Look-alikes: vehicle VINs (valid check digit), IMEIs (Luhn,
15 digits like a card), Salesforce record ids, flight numbers, batch/lot numbers, tyre DOT codes, horse
passport UELNs and microchips, invoice numbers with a phone's digit count. Nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
import random
import string
import sys
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn, numdb

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import STDNUM_IDS, id_validator

_D = string.digits
_U = string.ascii_uppercase


def _jmbg(v: str) -> bool:
    d = v.replace(" ", "")
    if len(d) != 13 or not d.isdigit():
        return False
    w = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    k = 11 - sum(int(a) * b for a, b in zip(d[:12], w, strict=True)) % 11
    return (0 if k > 9 else k) == int(d[12])


def _nric(v: str) -> bool:
    if len(v) != 9 or v[0] not in "ST" or not v[1:8].isdigit():
        return False
    s = sum(int(a) * b for a, b in zip(v[1:8], (2, 7, 6, 5, 4, 3, 2), strict=True)) + (4 if v[0] == "T" else 0)
    return "JZIHGFEDCBA"[s % 11] == v[8]


def _cedula_uy(v: str) -> bool:
    d = v.replace(".", "").replace("-", "")
    if len(d) != 8 or not d.isdigit():
        return False
    s = sum(int(a) * b for a, b in zip(d[:7], (2, 9, 8, 7, 6, 3, 4), strict=True))
    return (10 - s % 10) % 10 == int(d[7])


def _iin(v: str) -> bool:
    if len(v) != 12 or not v.isdigit():
        return False
    s = sum(int(v[i]) * (i + 1) for i in range(11)) % 11
    if s == 10:
        s = sum(int(v[i]) * ((i + 2) % 11 + 1 if i < 9 else i - 8) for i in range(11)) % 11
    return s != 10 and s == int(v[11])


def _emirates(v: str) -> bool:
    d = v.replace("-", "")
    return len(d) == 15 and d.startswith("784") and luhn.is_valid(d)


def _std(name: str) -> Callable[[str], bool]:
    import importlib

    return importlib.import_module("stdnum." + name).is_valid


# locale -> (pattern, validator, the id's own name in the country)
IDS: dict[str, tuple[str, Callable[[str], bool], str]] = {
    "en_US": ("###-##-####", id_validator("en_US"), "SSN"),
    "en_GB": ("{L}{L} ## ## ## {A}", id_validator("en_GB"), "NI number"),
    "de_DE": ("## ### ### ##?", id_validator("de_DE"), "Steuer-ID"),
    "fr_FR": ("{s} {yy} {mm} {dep} ### ### ??", id_validator("fr_FR"), "n° de sécurité sociale"),
    "es_ES": ("########?", id_validator("es_ES"), "DNI"),
    "it_IT": ("CF", id_validator("it_IT"), "codice fiscale"),
    "nl_NL": ("########?", id_validator("nl_NL"), "BSN"),
    "sv_SE": ("{yy}{mm}{dd}-###?", id_validator("sv_SE"), "personnummer"),
    "pl_PL": ("{yy}{pm}{dd}####?", id_validator("pl_PL"), "PESEL"),
    "pt_PT": ("2#######?", id_validator("pt_PT"), "NIF"),
    "da_DK": ("{dd}{mm}{yy}-####", id_validator("da_DK"), "CPR-nummer"),
    "de_AT": ("###?{dd}{mm}{yy}", id_validator("de_AT"), "SV-Nummer"),
    "de_CH": ("756.####.####.#?", id_validator("de_CH"), "AHV-Nummer"),
    "fr_CH": ("756.####.####.#?", id_validator("fr_CH"), "n° AVS"),
    "en_IN": ("#### #### ###?", id_validator("en_IN"), "Aadhaar"),
    "en_CA": ("### ### ##?", id_validator("en_CA"), "SIN"),
    "fr_CA": ("### ### ##?", id_validator("fr_CA"), "NAS"),
    "pt_BR": ("###.###.###-??", id_validator("pt_BR"), "CPF"),
    "cs_CZ": ("{yy}{zm}{dd}/###?", id_validator("cs_CZ"), "rodné číslo"),
    "sk_SK": ("{yy}{zm}{dd}/###?", id_validator("sk_SK"), "rodné číslo"),
    "fi_FI": ("{dd}{mm}{yy}{c}###?", id_validator("fi_FI"), "henkilötunnus"),
    "tr_TR": ("#########??", id_validator("tr_TR"), "T.C. Kimlik No"),
    "no_NO": ("{dd}{mm}{yy}###??", id_validator("no_NO"), "fødselsnummer"),
    "ro_RO": ("{rs}{yy}{mm}{dd}{jj}###?", id_validator("ro_RO"), "CNP"),
    "el_GR": ("{dd}{mm}{yy}####?", id_validator("el_GR"), "ΑΜΚΑ"),
    "hr_HR": ("##########?", id_validator("hr_HR"), "OIB"),
    "lt_LT": ("{ls}{yy}{mm}{dd}###?", id_validator("lt_LT"), "asmens kodas"),
    "bg_BG": ("{yy}{bm}{dd}###?", id_validator("bg_BG"), "ЕГН"),
    "sl_SI": ("{dd}{mm}{yyy}50###?", id_validator("sl_SI"), "EMŠO"),
    "en_IE": ("#######?", id_validator("en_IE"), "PPS number"),
    "nl_BE": ("{yy}.{mm}.{dd}-###.??", id_validator("nl_BE"), "rijksregisternummer"),
    "fr_BE": ("{yy}.{mm}.{dd}-###.??", id_validator("fr_BE"), "numéro de registre national"),
    "en_NZ": ("###-###-##?", id_validator("en_NZ"), "IRD number"),
    "et_EE": ("{ls}{yy}{mm}{dd}###?", id_validator("et_EE"), "isikukood"),
    "hu_HU": ("### ### ##?", id_validator("hu_HU"), "TAJ szám"),
    "es_AR": ("##.###.###", id_validator("es_AR"), "DNI"),
    "ru_RU": ("77########??", id_validator("ru_RU"), "ИНН"),
    "zh_CN": ("{cn}{yyyy}{mm}{dd}###?", id_validator("zh_CN"), "身份证号"),
    "is_IS": ("{dd}{mm}{yy}-##?{ic}", _std("is_.kennitala"), "kennitala"),
    "sr_RS": ("{dd}{mm}{yyy}71###?", _jmbg, "ЈМБГ"),
    "bs_BA": ("{dd}{mm}{yyy}17###?", _jmbg, "JMBG"),
    "en_ZA": ("{yy}{mm}{dd}{zs}###08?", _std("za.idnr"), "ID number"),
    "es_UY": ("#.###.###-?", _cedula_uy, "cédula"),
    "en_SG": ("{sg}#######?", _nric, "NRIC"),
    "ro_MD": ("200#########?", _std("md.idno"), "IDNP"),
    "ca_ES": ("########?", id_validator("es_ES"), "DNI"),
    "kk_KZ": ("{yy}{mm}{dd}{ks}####?", _iin, "ЖСН"),
    "ar_AE": ("784-{yyyy}-#######-?", _emirates, "Emirates ID"),
}
_CHECK = _D + _U
_CF_MONTHS = "ABCDEHLMPRST"


def _consonants(word: str, n: int, first: bool) -> str:
    w = "".join(c for c in word.upper() if c in _U)
    cons = [c for c in w if c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if not first and len(cons) > 3:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:n]


def _codice_fiscale(rng: random.Random, dob: dt.date, female: bool, names: tuple[str, str]) -> str:
    from stdnum.it import codicefiscale

    day = dob.day + (40 if female else 0)
    body = (
        _consonants(names[1], 3, True)
        + _consonants(names[0], 3, False)
        + f"{dob.year % 100:02d}"
        + _CF_MONTHS[dob.month - 1]
        + f"{day:02d}"
        + rng.choice(("H501", "F205", "L219", "A662", "G224"))
    )
    return body + codicefiscale.calc_check_digit(body)


def _fill(pattern: str, rng: random.Random, dob: dt.date, female: bool) -> str:
    y, c2000 = dob.year, dob.year >= 2000
    tokens = {
        "{yy}": f"{y % 100:02d}",
        "{mm}": f"{dob.month:02d}",
        "{dd}": f"{dob.day:02d}",
        "{yyy}": f"{y % 1000:03d}",
        "{yyyy}": str(y),
        "{s}": "2" if female else "1",
        "{dep}": rng.choice(("75", "69", "13", "33", "59", "44")),
        "{pm}": f"{dob.month + (20 if c2000 else 0):02d}",
        "{zm}": f"{dob.month + (50 if female else 0):02d}",
        "{bm}": f"{dob.month + (40 if c2000 else 0):02d}",
        "{c}": "A" if c2000 else "-",
        "{rs}": ("6" if female else "5") if c2000 else ("2" if female else "1"),
        "{jj}": f"{rng.randint(1, 40):02d}",
        "{ls}": ("6" if female else "5") if c2000 else ("4" if female else "3"),
        "{ic}": "0" if c2000 else "9",
        "{zs}": str(rng.randint(0, 4) if female else rng.randint(5, 9)),
        "{sg}": "T" if c2000 else "S",
        "{ks}": ("6" if female else "5") if c2000 else ("4" if female else "3"),
        "{L}": "",
        "{A}": rng.choice("ABCD"),
        "{cn}": rng.choice(("110101", "310104", "440106", "510104")),
    }
    out = pattern
    for k, v in tokens.items():
        if k == "{L}":
            while "{L}" in out:
                out = out.replace("{L}", rng.choice("ABCEGHJKLMNPRSTWXYZ"), 1)
        else:
            out = out.replace(k, v)
    return "".join(rng.choice(_D) if ch == "#" else ch for ch in out)


def national_id(locale: str, rng: random.Random, dob: dt.date, female: bool, names: tuple[str, str]) -> str | None:
    """A valid national id of ``locale`` for a person born ``dob`` (None: no pattern for the country)."""
    if locale not in IDS:
        return None
    pattern, valid, _ = IDS[locale]
    if pattern == "CF":
        return _codice_fiscale(rng, dob, female, names)
    for _ in range(400):
        base = _fill(pattern, rng, dob, female)
        slots = [i for i, ch in enumerate(base) if ch == "?"]
        if not slots:
            if valid(base):
                return base
            continue
        alphabet = _CHECK if len(slots) == 1 else _D
        options = [""]
        for _slot in slots:
            options = [o + a for o in options for a in alphabet]
        rng.shuffle(options)
        for opt in options:
            chars = list(base)
            for i, ch in zip(slots, opt, strict=True):
                chars[i] = ch
            cand = "".join(chars)
            if valid(cand):
                return cand
    raise ValueError(f"no valid id for {locale}")


def id_name(locale: str) -> str:
    """The national id's own name in the country (``card number`` where none)."""
    return IDS[locale][2] if locale in IDS else "card number"


def has_id(locale: str) -> bool:
    """Whether the tables of ``locale`` carry a national-id column."""
    return locale in IDS


_IBAN_DB = numdb.get("iban")


def iban(country: str, rng: random.Random) -> str | None:
    """A valid IBAN of ``country`` (stdnum's BBAN structure, national checks passed), None where none."""
    info = _IBAN_DB.info(country)[0][1]
    if not info or "bban" not in info:
        return None
    import re

    spec = re.findall(r"(\d+)!?([nac])", info["bban"])
    for _ in range(500):
        bban = "".join("".join(rng.choice(_U if k == "a" else _D) for _ in range(int(n))) for n, k in spec)
        raw = country + "00" + bban
        check = 98 - _mod97(raw[4:] + raw[:4])
        cand = f"{country}{check:02d}{bban}"
        if std_iban.is_valid(cand):
            return cand
    return None


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def grouped(value: str) -> str:
    """An IBAN or card in groups of four, as letters print it."""
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def card(rng: random.Random) -> str:
    """A 16-digit card number (Visa or Mastercard prefix) that passes Luhn."""
    body = rng.choice(("4", "51", "53", "55", "2221"))
    body += "".join(rng.choice(_D) for _ in range(15 - len(body)))
    return body + luhn.calc_check_digit(body)


def phone_number(region: str, rng: random.Random, mobile: bool = True) -> phonenumbers.PhoneNumber:
    """A valid number of ``region``: an example number's first digits kept, the rest drawn until valid."""
    kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = str(ex.national_number)
    keep = max(1, min(3, len(nsn) - 5))
    for _ in range(2000):
        digits = nsn[:keep] + "".join(rng.choice(_D) for _ in range(len(nsn) - keep))
        n = phonenumbers.PhoneNumber(country_code=ex.country_code, national_number=int(digits))
        if ex.italian_leading_zero:
            n.italian_leading_zero = True
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
            return n
    return ex


LAYOUTS = (
    "national",
    "bare",
    "no_trunk",
    "intl_no_plus",
    "e164",
    "intl",
    "double_zero",
    "extension",
    "int",
    "float",
    "two",
    "dotted",
)
_FMT = phonenumbers.PhoneNumberFormat


def write_phone(n: phonenumbers.PhoneNumber, layout: str, rng: random.Random, other=None) -> object:
    """``n`` as an export writes it in ``layout`` (``int``/``float``: the national significant number as a number,
    the leading zero lost; ``two``: ``n`` and ``other`` in one cell; ``dotted``: the national digits in pairs or
    threes with dots)."""
    national = phonenumbers.format_number(n, _FMT.NATIONAL)
    intl = phonenumbers.format_number(n, _FMT.INTERNATIONAL)
    e164 = phonenumbers.format_number(n, _FMT.E164)
    digits = "".join(ch for ch in national if ch.isdigit())
    nsn = phonenumbers.national_significant_number(n)
    if layout == "national":
        return national
    if layout == "bare":
        return digits
    if layout == "no_trunk":
        return nsn
    if layout == "intl_no_plus":
        return e164[1:]
    if layout == "e164":
        return e164
    if layout == "intl":
        return intl
    if layout == "double_zero":
        return "00" + intl[1:]
    if layout == "extension":
        return f"{national} {rng.choice(('ext.', 'x', 'ext', '#'))} {rng.randint(10, 899)}"
    if layout == "int":
        return int(nsn)
    if layout == "float":
        return float(nsn)
    if layout == "two":
        other_text = phonenumbers.format_number(other, _FMT.NATIONAL) if other is not None else national
        return f"{national}{rng.choice((' / ', '; ', ' or ', ', '))}{other_text}"
    if layout == "dotted":
        step = 2 if len(digits) % 2 == 0 else 3
        return ".".join(digits[i : i + step] for i in range(0, len(digits), step))
    raise ValueError(layout)


# Look-alikes: identifiers of things, not of people.
_VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN_VALUE = dict(
    zip("ABCDEFGHJKLMNPRSTUVWXYZ", (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9), strict=True)
)
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(rng: random.Random) -> str:
    """A 17-character vehicle identification number with a valid check character (position 9)."""
    wmi = rng.choice(("WVW", "WBA", "VF1", "ZFA", "SAL", "1FA", "JHM", "TMB", "VSS", "YV1", "KNA"))
    body = list(wmi + "".join(rng.choice(_VIN_CHARS) for _ in range(14)))
    total = sum((int(c) if c.isdigit() else _VIN_VALUE[c]) * w for c, w in zip(body, _VIN_WEIGHTS, strict=True))
    body[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(body)


def imei(rng: random.Random) -> str:
    """A 15-digit IMEI (a phone handset's serial, Luhn like a card)."""
    body = rng.choice(("35", "86", "01", "99")) + "".join(rng.choice(_D) for _ in range(12))
    return body + luhn.calc_check_digit(body)


def salesforce_id(rng: random.Random, prefix: str = "a0B") -> str:
    """An 18-character Salesforce record id."""
    return prefix + "".join(rng.choice(_D + _U + string.ascii_lowercase) for _ in range(15))


def flight_no(rng: random.Random) -> str:
    """An airline flight number (``BA2490``)."""
    return rng.choice(("BA", "LH", "AF", "IB", "AZ", "KL", "U2", "FR", "EK", "SQ", "TK")) + str(rng.randint(10, 9899))


def lot_no(rng: random.Random) -> str:
    """A batch/lot number of a product (bait, chemicals, food parcels)."""
    return f"{rng.choice(('L', 'LOT ', 'B'))}{rng.randint(20, 26)}{rng.randint(1, 52):02d}-{rng.randint(100, 999)}"


def dot_code(rng: random.Random) -> str:
    """A tyre's DOT code with its week/year of manufacture."""
    plant = rng.choice(("4X3R", "EJ8C", "B3KJ", "CUT7", "XAX1"))
    return f"DOT {plant} {rng.randint(1, 52):02d}{rng.randint(19, 25)}"


def ueln(rng: random.Random, country: str = "826") -> str:
    """A horse's Universal Equine Life Number (15 characters)."""
    return country + rng.choice(("002", "004", "012")) + "".join(rng.choice(_D) for _ in range(9))


def microchip(rng: random.Random) -> str:
    """An animal microchip number (ISO 11784, 15 digits)."""
    return rng.choice(("826", "250", "276", "528", "985")) + "".join(rng.choice(_D) for _ in range(12))


def digits_like_phone(rng: random.Random, n: int) -> str:
    """An invoice/order number with the digit count of the country's phones (no leading zero)."""
    return str(rng.randint(1, 9)) + "".join(rng.choice(_D) for _ in range(max(n - 1, 5)))


def has_iban(country: str) -> bool:
    """Whether stdnum's registry knows the country's IBAN."""
    return bool(_IBAN_DB.info(country)[0][1].get("bban"))


STDNUM_COUNTRIES = frozenset(STDNUM_IDS)
