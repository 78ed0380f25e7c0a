"""Identifiers of held-out set 18: national ids (check digits by python-stdnum, or the country's own rule, or
the published layout), IBANs, cards and phone numbers in varied layouts.

Every id is drawn until its validator accepts it (``stdnum`` where it has the country's module), so the
detector meets real-looking numbers; ids that embed a birth date and sex take the row's. Nothing here
reads the clock: every draw comes from the ``random.Random`` the caller passes.
"""

from __future__ import annotations

import importlib
import itertools
import random
import re
import string
from collections.abc import Callable
from datetime import date

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import iban as std_iban
from stdnum import luhn

Builder = Callable[[random.Random, date, str], str]


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _up(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def _ymd(dob: date) -> str:
    return f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}"


def _us(rng, dob, sex):
    return f"{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def _gb(rng, dob, sex):
    first, second = "ABCEGHJKLMNPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    return f"{rng.choice(first)}{rng.choice(second)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {rng.choice('ABCD')}"


def _fr(rng, dob, sex):
    body = f"{1 if sex == 'M' else 2}{_ymd(dob)[:4]}{rng.randint(1, 95):02d}{_d(rng, 3)}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def _es(rng, dob, sex):
    n = rng.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


_IT_MONTHS = "ABCDEHLMPRST"


def _it(rng, dob, sex):
    from stdnum.it import codicefiscale

    day = dob.day + (40 if sex == "F" else 0)
    body = f"{_up(rng, 6)}{dob.year % 100:02d}{_IT_MONTHS[dob.month - 1]}{day:02d}{rng.choice('FHLAB')}{_d(rng, 3)}"
    return body + codicefiscale.calc_check_digit(body)


def _digits(n: int, sep: tuple[int, ...] = (), joiner: str = " ") -> Builder:
    """Random ``n`` digits, cut at ``sep`` offsets (drawn until the validator accepts them)."""

    def build(rng, dob, sex):
        s = _d(rng, n)
        if not sep:
            return s
        cuts = [0, *sep, n]
        return joiner.join(s[a:b] for a, b in itertools.pairwise(cuts))

    return build


def _birth(prefix: Callable[[date, str], str], tail: int) -> Builder:
    """The birth part of an id from the row's date of birth and sex, then ``tail`` random digits."""
    return lambda rng, dob, sex: prefix(dob, sex) + _d(rng, tail)


def _pesel(dob, sex):
    month = dob.month + (20 if dob.year >= 2000 else 0)
    return f"{dob.year % 100:02d}{month:02d}{dob.day:02d}"


def _cnp(dob, sex):
    return ("1" if sex == "M" else "2") + _ymd(dob) if dob.year < 2000 else ("5" if sex == "M" else "6") + _ymd(dob)


def _egn(dob, sex):
    month = dob.month + (40 if dob.year >= 2000 else 0)
    return f"{dob.year % 100:02d}{month:02d}{dob.day:02d}"


def _emso(dob, sex):
    return f"{dob.day:02d}{dob.month:02d}{dob.year % 1000:03d}50"


def _ee(dob, sex):
    century = (3 if sex == "M" else 4) if dob.year < 2000 else (5 if sex == "M" else 6)
    return f"{century}{_ymd(dob)}"


def _rrn(dob, sex):
    return f"{_ymd(dob)}-{(1 if sex == 'M' else 2) if dob.year < 2000 else (3 if sex == 'M' else 4)}"


def _za(dob, sex):
    return _ymd(dob)


def _dmy(dob, sex):
    return f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}"


def _kt(dob, sex):
    return f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}"


def _tw(rng, dob, sex):
    """Taiwan id: area letter, sex digit, 7 digits, check digit (the Ministry's published rule)."""
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
    letter = rng.choice(letters[:22])
    code = letters.index(letter) + 10
    body = f"{1 if sex == 'M' else 2}{_d(rng, 7)}"
    digits = [code // 10, code % 10, *map(int, body)]
    weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    check = (10 - sum(d * w for d, w in zip(digits, weights, strict=True)) % 10) % 10
    return f"{letter}{body}{check}"


def _ir(rng, dob, sex):
    """Iranian national code: 9 digits and a mod-11 check digit."""
    body = _d(rng, 9)
    s = sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
    return f"{body}{s if s < 2 else 11 - s}"


def _emBG(rng, dob, sex):
    """North Macedonian EMBG: DDMMYYY, region 41-49, serial, mod-11 check (the Yugoslav rule)."""
    body = f"{dob.day:02d}{dob.month:02d}{dob.year % 1000:03d}4{rng.randint(1, 9)}{_d(rng, 3)}"
    weights = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    m = 11 - sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11
    return body + str(0 if m > 9 else m)


def _hu_taj(rng, dob, sex):
    """Hungarian TAJ number: 8 digits and a check digit (weights 3 and 7, mod 10), written in threes."""
    body = _d(rng, 8)
    check = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(body)) % 10
    s = f"{body}{check}"
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def _lu_matricule(rng, dob, sex):
    """Luxembourg matricule: birth date YYYYMMDD, 3 digits, a Luhn and a Verhoeff check digit over the 11."""
    from stdnum import verhoeff

    body = f"{dob:%Y%m%d}{_d(rng, 3)}"
    return f"{body}{luhn.calc_check_digit(body)}{verhoeff.calc_check_digit(body)}"


def _al(rng, dob, sex):
    """Albanian personal number (NID) layout: decade letter, year digit, month (+50 women), day, 3 digits, letter."""
    decade = "HIJKLMN"[(dob.year - 1940) // 10] if 1940 <= dob.year < 2010 else "J"
    month = dob.month + (50 if sex == "F" else 0)
    return f"{decade}{dob.year % 10}{month:02d}{dob.day:02d}{_d(rng, 3)}{rng.choice(string.ascii_uppercase)}"


def _lk(rng, dob, sex):
    """Sri Lankan NIC, new 12-digit layout: year, day of the year (+500 women), serial."""
    day = dob.timetuple().tm_yday + (500 if sex == "F" else 0)
    return f"{dob.year}{day:03d}{_d(rng, 5)}"


def _ke_pin(rng, dob, sex):
    return f"A{_d(rng, 9)}{rng.choice(string.ascii_uppercase)}"


# locale -> (stdnum module or None, builder, what the column/cue calls it in English)
IDS: dict[str, tuple[str | None, Builder]] = {
    "en_US": ("us.ssn", _us),
    "en_GB": (None, _gb),
    "de_DE": ("de.idnr", _digits(11, (2, 5, 8))),
    "fr_FR": ("fr.nir", _fr),
    "es_ES": ("es.dni", _es),
    "it_IT": ("it.codicefiscale", _it),
    "nl_NL": ("nl.bsn", _digits(9)),
    "sv_SE": ("se.personnummer", _birth(lambda d, s: _ymd(d) + "-", 4)),
    "pl_PL": ("pl.pesel", _birth(_pesel, 5)),
    "pt_PT": ("pt.nif", _birth(lambda d, s: "2", 8)),
    "da_DK": ("dk.cpr", _birth(lambda d, s: _dmy(d, s) + "-", 4)),
    "en_AU": ("au.tfn", _digits(9, (3, 6))),
    "de_AT": ("at.vnr", lambda rng, d, s: _d(rng, 4) + _dmy(d, s)),
    "fr_CH": ("ch.ssn", _birth(lambda d, s: "756", 10)),
    "de_CH": ("ch.ssn", _birth(lambda d, s: "756", 10)),
    "it_CH": ("ch.ssn", _birth(lambda d, s: "756", 10)),
    "en_IN": ("in_.aadhaar", _birth(lambda d, s: str(2 + d.day % 7), 11)),
    "hi_IN": ("in_.aadhaar", _birth(lambda d, s: str(2 + d.day % 7), 11)),
    "ta_IN": ("in_.aadhaar", _birth(lambda d, s: str(2 + d.month % 7), 11)),
    "en_CA": ("ca.sin", _birth(lambda d, s: str(1 + d.day % 7), 8)),
    "fr_CA": ("ca.sin", _birth(lambda d, s: str(1 + d.day % 7), 8)),
    "pt_BR": ("br.cpf", _digits(11)),
    "cs_CZ": (
        "cz.rc",
        _birth(
            lambda d, s: f"{d.year % 100:02d}{d.month + (50 if s == 'F' else 0):02d}{d.day:02d}",
            4,
        ),
    ),
    "sk_SK": (
        "sk.rc",
        _birth(
            lambda d, s: f"{d.year % 100:02d}{d.month + (50 if s == 'F' else 0):02d}{d.day:02d}",
            4,
        ),
    ),
    "fi_FI": (
        "fi.hetu",
        lambda rng, d, s: (
            f"{_dmy(d, s)}{'-' if d.year < 2000 else 'A'}{rng.randint(2, 899):03d}"
            + rng.choice("0123456789ABCDEFHJKLMNPRSTUVWXY")
        ),
    ),
    "tr_TR": ("tr.tckimlik", _birth(lambda d, s: str(1 + d.day % 9), 10)),
    "ja_JP": ("jp.in_", _digits(12, (4, 8))),
    "zh_CN": (
        "cn.ric",
        lambda rng, d, s: (
            f"{rng.choice(['110105', '310104', '440106', '510107'])}{d:%Y%m%d}{_d(rng, 3)}" + rng.choice("0123456789X")
        ),
    ),
    "no_NO": ("no.fodselsnummer", _birth(_dmy, 5)),
    "ro_RO": ("ro.cnp", _birth(_cnp, 6)),
    "el_GR": ("gr.amka", _birth(_dmy, 5)),
    "hu_HU": (None, _hu_taj),
    "hr_HR": ("hr.oib", _digits(11)),
    "lt_LT": (
        "lt.asmens",
        _birth(lambda d, s: ("3" if s == "M" else "4") + _ymd(d), 4),
    ),
    "uk_UA": ("ua.rntrc", _digits(10)),
    "ru_RU": ("ru.inn", _digits(12)),
    "bg_BG": ("bg.egn", _birth(_egn, 4)),
    "sl_SI": ("si.emso", _birth(_emso, 4)),
    "en_IE": ("ie.pps", None),
    "ga_IE": ("ie.pps", None),
    "nl_BE": ("be.nn", _birth(lambda d, s: _ymd(d), 5)),
    "fr_BE": ("be.nn", _birth(lambda d, s: _ymd(d), 5)),
    "lv_LV": ("lv.pvn", _birth(lambda d, s: _dmy(d, s) + "-1", 4)),
    "es_AR": ("ar.dni", _digits(8)),
    "es_CO": ("co.nit", _digits(10)),
    "en_NZ": ("nz.ird", _digits(9)),
    "et_EE": ("ee.ik", _birth(_ee, 4)),
    "es_CL": (
        "cl.rut",
        lambda rng, d, s: f"{rng.randint(8, 24)}.{_d(rng, 3)}.{_d(rng, 3)}-{rng.choice('0123456789K')}",
    ),
    "en_PH": (None, _digits(12, (4, 11), "-")),
    "de_LU": (None, _lu_matricule),
    "is_IS": ("is_.kennitala", _birth(lambda d, s: _kt(d, s) + "-", 4)),
    "ko_KR": ("kr.rrn", _birth(_rrn, 6)),
    "en_NG": (None, _digits(11)),
    "yo_NG": (None, _digits(11)),
    "id_ID": ("id.nik", None),
    "vi_VN": (
        None,
        lambda rng, d, s: (
            f"0{rng.randint(1, 96):02d}{(0 if s == 'M' else 1) + (2 if d.year >= 2000 else 0)}"
            f"{d.year % 100:02d}{_d(rng, 6)}"
        ),
    ),
    "es_VE": (
        None,
        lambda rng, d, s: f"V-{rng.randint(8, 30)}.{_d(rng, 3)}.{_d(rng, 3)}",
    ),
    "es_MX": ("mx.curp", None),
    "mt_MT": (
        None,
        lambda rng, d, s: f"{rng.randint(1, 99999)}{rng.choice('MGAPLHBZ')}",
    ),
    "zh_TW": (None, _tw),
    "he_IL": ("il.idnr", _digits(9)),
    "th_TH": ("th.pin", _birth(lambda d, s: "1", 12)),
    "az_AZ": (
        None,
        lambda rng, d, s: "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(7)),
    ),
    "ka_GE": (None, _birth(lambda d, s: "0", 10)),
    "fr_DZ": (None, _digits(18)),
    "fa_IR": (None, _ir),
    "bn_BD": (None, _digits(10)),
    "hy_AM": (None, _digits(10)),
    "ne_NP": (
        None,
        lambda rng, d, s: f"{rng.randint(1, 77)}-{rng.randint(1, 99):02d}-{rng.randint(70, 82)}-{_d(rng, 5)}",
    ),
    "en_PK": ("pk.cnic", None),
    "mk_MK": (None, _emBG),
    "zu_ZA": ("za.idnr", _birth(_za, 7)),
    "ar_EG": (
        None,
        lambda rng, d, s: (
            f"{2 if d.year < 2000 else 3}{_ymd(d)}{rng.randint(1, 35):02d}{_d(rng, 4)}{rng.randint(1, 9)}"
        ),
    ),
    "uz_UZ": (
        None,
        lambda rng, d, s: (
            f"{(3 if s == 'M' else 4) if d.year < 2000 else (5 if s == 'M' else 6)}{_dmy(d, s)}{_d(rng, 7)}"
        ),
    ),
    "sq_AL": (None, _al),
    "si_LK": (None, _lk),
    "am_ET": (None, _digits(12, (4, 8))),
    "sw_KE": (None, _birth(lambda d, s: str(2 + d.day % 3), 7)),
}


def _fallback(locale: str) -> Builder:
    """Builders stdnum offers no layout for: generated from its own module where it can format."""

    def build(rng, dob, sex):
        if locale in ("en_IE", "ga_IE"):
            return f"{_d(rng, 7)}{rng.choice('ABCDEFGHIJKLMNOPQRSTUVW')}"
        if locale == "id_ID":
            day = dob.day + (40 if sex == "F" else 0)
            area = f"{rng.choice(['3171', '3273', '3578', '5171'])}{rng.randint(1, 40):02d}"
            return f"{area}{day:02d}{dob.month:02d}{dob.year % 100:02d}{rng.randint(1, 9999):04d}"
        if locale == "es_MX":
            return f"{_up(rng, 4)}{_ymd(dob)}{'H' if sex == 'M' else 'M'}DF{_up(rng, 3)}0{rng.choice(string.digits)}"
        if locale == "en_PK":
            return f"{rng.randint(1, 7)}{_d(rng, 4)}-{_d(rng, 7)}-{rng.choice('13579' if sex == 'M' else '2468')}"
        raise KeyError(locale)

    return build


def national_id(locale: str, rng: random.Random, dob: date, sex: str) -> str:
    """A national id of ``locale`` valid by its validator, for a person born ``dob`` of ``sex`` ('M'/'F')."""
    module, builder = IDS[locale]
    builder = builder or _fallback(locale)
    check = importlib.import_module("stdnum." + module).is_valid if module else None
    for _ in range(5000):
        value = builder(rng, dob, sex)
        if check is None or check(value):
            return value
    raise RuntimeError(f"no valid id drawn for {locale}")


# BBAN layouts (``n`` digit, ``a`` capital letter, ``c`` digit or capital) of the countries with IBANs.
_BBAN = {
    "GB": "aaaa" + "n" * 14,
    "DE": "n" * 18,
    "FR": "n" * 23,
    "ES": "n" * 20,
    "IT": "a" + "n" * 22,
    "NL": "aaaa" + "n" * 10,
    "SE": "n" * 20,
    "PL": "n" * 24,
    "PT": "n" * 21,
    "DK": "n" * 14,
    "AT": "n" * 16,
    "CH": "n" * 17,
    "CZ": "n" * 20,
    "FI": "n" * 14,
    "TR": "n" * 22,
    "NO": "n" * 11,
    "RO": "aaaa" + "n" * 16,
    "GR": "n" * 23,
    "HU": "n" * 24,
    "SK": "n" * 20,
    "HR": "n" * 17,
    "LT": "n" * 16,
    "UA": "n" * 25,
    "BG": "aaaa" + "n" * 14,
    "SI": "n" * 15,
    "IE": "aaaa" + "n" * 14,
    "BE": "n" * 12,
    "LV": "aaaa" + "n" * 13,
    "EE": "n" * 16,
    "LU": "n" * 16,
    "IS": "n" * 22,
    "IL": "n" * 19,
    "AZ": "aaaa" + "n" * 20,
    "GE": "aa" + "n" * 16,
    "MT": "aaaa" + "n" * 23,
    "EG": "n" * 25,
    "PK": "aaaa" + "n" * 16,
    "MK": "n" * 15,
    "AL": "n" * 24,
    "BR": "n" * 23 + "ac",
    "SA": "n" * 20,
}


def has_iban(country: str) -> bool:
    """Whether the country has IBANs (else its tables carry cards)."""
    return country in _BBAN


def iban(country: str, rng: random.Random, grouped: bool) -> str:
    """A stdnum-valid IBAN of ``country`` (national check digits included), in groups of four or compact."""
    for _ in range(20000):
        bban = "".join(rng.choice(string.digits if k == "n" else string.ascii_uppercase if k == "a"
                                  else string.digits + string.ascii_uppercase) for k in _BBAN[country])  # fmt: skip
        value = std_iban.calc_check_digits(f"{country}00{bban}")
        value = f"{country}{value}{bban}"
        if std_iban.is_valid(value):
            return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if grouped else value
    raise RuntimeError(country)


def card(rng: random.Random, layout: int) -> str:
    """A Luhn-valid card number (Visa, Mastercard or Amex), grouped by spaces, dashes or compact."""
    kind = rng.choice(("4", "51", "55", "37"))
    length = 15 if kind == "37" else 16
    body = kind + _d(rng, length - len(kind) - 1)
    number = body + luhn.calc_check_digit(body)
    if layout == 0:
        return number
    groups = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    parts, i = [], 0
    for g in groups:
        parts.append(number[i : i + g])
        i += g
    return (" " if layout == 1 else "-").join(parts)


def _draw_number(region: str, kind: int, rng: random.Random) -> phonenumbers.PhoneNumber:
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = str(example.national_number)
    kind_fixed = PhoneNumberType.FIXED_LINE
    for attempt in range(600):
        # Keep a short lead of the example (its area or mobile prefix) so most draws are valid; a longer one
        # after many misses.
        keep = rng.randint(1, max(1, len(nsn) - 7)) if attempt < 300 else max(2, len(nsn) - 6)
        candidate = nsn[:keep] + _d(rng, len(nsn) - keep)
        number = phonenumbers.parse("+" + str(example.country_code) + candidate)
        valid = phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region
        if valid and (kind == PhoneNumberType.FIXED_LINE or phonenumbers.number_type(number) != kind_fixed):
            return number
    return example


EXTENSION_WORDS = (
    "ext.",
    "x",
    "Durchwahl",
    "poste",
    "ext",
    "interno",
    "toestel",
    "anknytning",
    "wew.",
)


def phone(region: str, rng: random.Random, layout: str, ext_word: str = "ext.") -> str:
    """A valid phone number of ``region`` in ``layout``: national, international, e164, digits, dotted,
    zero-zero, extension (a fixed line and its extension), slashed (area code / number)."""
    mobile = layout not in ("extension", "slashed") and rng.random() < 0.6
    number = _draw_number(region, PhoneNumberType.MOBILE if mobile else PhoneNumberType.FIXED_LINE, rng)
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    if layout == "national":
        return national
    if layout == "international":
        return intl
    if layout == "e164":
        return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if layout == "digits":
        return "".join(c for c in national if c.isdigit())
    if layout == "dotted":
        return (
            ".".join(intl.replace("-", " ").split())
            if rng.random() < 0.5
            else ".".join(national.replace("-", " ").split())
        )
    if layout == "zero-zero":  # only where 00 is the country's international call prefix (not US 011, JP 010)
        idd = phonenumbers.PhoneMetadata.metadata_for_region(region).international_prefix or ""
        return "00" + intl[1:] if re.fullmatch(idd, "00") else intl
    if layout == "extension":
        return f"{national} {ext_word} {rng.randint(10, 4999)}"
    if layout == "slashed":
        parts = national.replace("-", " ").split()
        return f"{parts[0]}/{''.join(parts[1:])}" if len(parts) > 1 else national
    raise ValueError(layout)


PHONE_LAYOUTS = (
    "national",
    "international",
    "e164",
    "digits",
    "dotted",
    "zero-zero",
    "extension",
    "slashed",
)
