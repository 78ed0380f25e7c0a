"""Identifiers of held-out set 17: national ids with valid check digits, IBANs, cards and phones.

Every id is built from its country's published layout and checked before it is used: with python-stdnum
where it has a module (the check characters are found by trying each candidate until ``is_valid`` accepts
the value), otherwise by the country's own rule (Taiwan id, Iran national code, Luxembourg matricule,
Macedonian EMBG) or by layout only where no check digit is published (Nigerian NIN, Vietnamese CCCD,
Egyptian national id, Bangladeshi NID, Armenian social card, Nepali citizenship no., Georgian personal no.,
Algerian NIN, Azerbaijani FIN, Maltese id card, Philippine TIN, Venezuelan cedula). Ids that embed a birth
date take the row's own date. Phones are valid numbers of the locale's country drawn with ``phonenumbers``
(an example number's leading digits kept, the rest drawn until the number is valid).
"""

from __future__ import annotations

import importlib
import random
import string
from datetime import date

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn, verhoeff
from stdnum.si import emso

PNF = phonenumbers.PhoneNumberFormat
_DIGITS = string.digits


def _digits(rng: random.Random, n: int, first: str = _DIGITS) -> str:
    return rng.choice(first) + "".join(rng.choice(_DIGITS) for _ in range(n - 1))


def _fill(module: str, body: str, alphabet: str = _DIGITS, n_check: int = 1) -> str | None:
    """``body`` with the check characters that make stdnum's ``module`` accept it, or None."""
    valid = importlib.import_module("stdnum." + module).is_valid
    cands = list(alphabet) if n_check == 1 else [a + b for a in alphabet for b in alphabet]
    for c in cands:
        if valid(body + c):
            return body + c
    return None


def _retry(make, tries: int = 400) -> str:
    for _ in range(tries):
        value = make()
        if value:
            return value
    raise RuntimeError("no valid id drawn")


def _yy(d: date) -> str:
    return f"{d.year % 100:02d}"


def _female(sex: str) -> bool:
    return sex == "F"


def _tw_id(rng: random.Random, sex: str) -> str:
    codes = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))
    letter = rng.choice("ABCDEFHKMNPT")
    n = codes[letter]
    body = [n // 10, n % 10, 2 if _female(sex) else 1] + [int(c) for c in _digits(rng, 7)]
    total = sum(d * w for d, w in zip(body, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1), strict=True))
    return letter + "".join(map(str, body[2:])) + str((10 - total % 10) % 10)


def _ir_code(rng: random.Random) -> str:
    while True:
        body = _digits(rng, 9, "0123")
        if len(set(body)) == 1:
            continue
        r = sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        return body + str(r if r < 2 else 11 - r)


def _lu_matricule(rng: random.Random, dob: date) -> str:
    body = dob.strftime("%Y%m%d") + _digits(rng, 3)
    return body + luhn.calc_check_digit(body) + verhoeff.calc_check_digit(body)


def _embg(rng: random.Random, dob: date, region: str, sex: str) -> str:
    serial = rng.randint(500, 999) if _female(sex) else rng.randint(0, 499)
    body = dob.strftime("%d%m") + f"{dob.year % 1000:03d}" + region + f"{serial:03d}"
    return body + emso.calc_check_digit(body)


def _it_cf(rng: random.Random, dob: date, sex: str, first: str, last: str) -> str:
    def part(word: str, given: bool) -> str:
        letters = [c for c in word.upper() if c.isalpha() and c.isascii()]
        cons = [c for c in letters if c not in "AEIOU"]
        vows = [c for c in letters if c in "AEIOU"]
        if given and len(cons) > 3:
            cons = [cons[0], cons[2], cons[3]]
        return ("".join(cons + vows) + "XXX")[:3]

    day = dob.day + (40 if _female(sex) else 0)
    town = rng.choice(("H501", "F205", "L219", "A944", "G273", "F839", "D612", "L736"))
    body = part(last, False) + part(first, True) + _yy(dob) + "ABCDEHLMPRST"[dob.month - 1] + f"{day:02d}" + town
    return _fill("it.codicefiscale", body, string.ascii_uppercase)


def national_id(locale: str, rng: random.Random, dob: date, sex: str, first: str = "", last: str = "") -> str:
    """A national id of ``locale``'s country for a person born ``dob`` of ``sex`` (``M``/``F``), in the
    layout people write it (``first``/``last``: the person's names, for ids built from them)."""
    f = _female(sex)
    c20 = dob.year >= 2000
    y, md, dm = _yy(dob), dob.strftime("%m%d"), dob.strftime("%d%m")
    country = locale.split("_")[1]
    if locale == "en_US":
        return _retry(
            lambda: _ok("us.ssn", f"{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}")
        )
    if locale == "en_GB":
        a, b = rng.choice("ABCEGHJKLMNPRSTWXYZ"), rng.choice("ABCEGHJKLMNPRSTWXYZ")
        return f"{a}{b} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {rng.choice('ABCD')}"
    if locale == "de_DE":
        return _retry(lambda: _fill("de.idnr", _digits(rng, 10, "123456789")), 4000)
    if locale == "fr_FR":
        dept = rng.choice(("75", "69", "13", "33", "59", "31"))
        body = f"{2 if f else 1}{y}{dob.month:02d}{dept}{_digits(rng, 3)}{_digits(rng, 3)}"
        key = 97 - int(body) % 97
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
    if locale == "es_ES":
        n = rng.randint(10000000, 79999999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if locale == "it_IT":
        return _it_cf(rng, dob, sex, first or "Mario", last or "Rossi")
    if locale == "nl_NL":
        return _retry(lambda: _fill("nl.bsn", _digits(rng, 8, "123456789")))
    if locale == "sv_SE":
        v = _retry(lambda: _fill("se.personnummer", y + md + "-" + _digits(rng, 3)))
        return v
    if locale == "pl_PL":
        mm = dob.month + (20 if c20 else 0)
        serial = _digits(rng, 3) + rng.choice("02468" if f else "13579")
        return _fill("pl.pesel", f"{y}{mm:02d}{dob.day:02d}{serial}")
    if locale == "pt_PT":
        return _retry(lambda: _fill("pt.nif", _digits(rng, 8, "12")))
    if locale == "da_DK":
        return _retry(lambda: _ok("dk.cpr", f"{dm}{y}-{rng.choice('0123' if not c20 else '4')}{_digits(rng, 3)}"))
    if locale == "en_AU":
        return _retry(lambda: _fill("au.tfn", _digits(rng, 8, "123456789")))
    if locale == "de_AT":
        return _retry(lambda: _pos_fill("at.vnr", _digits(rng, 3, "123456789"), dm + y))
    if locale in ("fr_CH", "de_CH", "it_CH"):
        v = _fill("ch.ssn", "756" + _digits(rng, 9))
        return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"
    if locale in ("en_IN", "hi_IN"):
        v = _retry(lambda: _fill("in_.aadhaar", _digits(rng, 11, "23456789")))
        return f"{v[:4]} {v[4:8]} {v[8:]}"
    if locale in ("en_CA", "fr_CA"):
        v = _retry(lambda: _fill("ca.sin", _digits(rng, 8, "1234567")))
        return f"{v[:3]} {v[3:6]} {v[6:]}" if locale == "fr_CA" else f"{v[:3]}-{v[3:6]}-{v[6:]}"
    if locale == "pt_BR":
        v = _retry(lambda: _fill("br.cpf", _digits(rng, 9), n_check=2))
        return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
    if locale == "es_MX":
        cons = "BCDFGHJKLMNPRSTVZ"
        head = rng.choice(cons) + rng.choice("AEIOU") + rng.choice(cons) + rng.choice(cons)
        tail = (
            ("M" if f else "H")
            + rng.choice(("DF", "JC", "NL", "PL", "VZ"))
            + "".join(rng.choice(cons) for _ in range(3))
        )
        tail += rng.choice(string.ascii_uppercase if c20 else _DIGITS)
        return _retry(lambda: _fill("mx.curp", head + y + md + tail))
    if locale in ("cs_CZ", "sk_SK"):
        mm = dob.month + (50 if f else 0)
        v = _retry(lambda: _fill(f"{country.lower()}.rc", f"{y}{mm:02d}{dob.day:02d}{_digits(rng, 3)}"))
        return v[:6] + "/" + v[6:]
    if locale == "fi_FI":
        sign = "A" if c20 else "-"
        return _retry(
            lambda: _fill("fi.hetu", f"{dm}{y}{sign}{rng.randint(2, 899):03d}", "0123456789ABCDEFHJKLMNPRSTUVWXY")
        )
    if locale == "tr_TR":
        return _retry(lambda: _fill("tr.tckimlik", _digits(rng, 9, "123456789"), n_check=2))
    if locale == "ja_JP":
        v = _retry(lambda: _fill("jp.in_", _digits(rng, 11, "123456789")))
        return f"{v[:4]} {v[4:8]} {v[8:]}"
    if locale == "zh_CN":
        return _retry(
            lambda: _fill(
                "cn.ric",
                rng.choice(("110101", "310104", "440305", "510107"))
                + dob.strftime("%Y%m%d")
                + _digits(rng, 2)
                + rng.choice("02468" if f else "13579"),
                "0123456789X",
            )
        )
    if locale == "zh_TW":
        return _tw_id(rng, sex)
    if locale == "no_NO":
        lo, hi = (500, 999) if c20 else (0, 499)
        return _retry(lambda: _fill("no.fodselsnummer", f"{dm}{y}{rng.randint(lo, hi):03d}", n_check=2))
    if locale == "ro_RO":
        s = (6 if f else 5) if c20 else (2 if f else 1)
        return _retry(lambda: _fill("ro.cnp", f"{s}{y}{md}{rng.randint(1, 40):02d}{_digits(rng, 3)}"))
    if locale == "el_GR":
        return _retry(lambda: _fill("gr.amka", f"{dm}{y}{_digits(rng, 4)}"))
    if locale == "hu_HU":
        body = _digits(rng, 8, "123456789")
        check = sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(body)) % 10
        return f"{body[:3]} {body[3:6]} {body[6:]}{check}"
    if locale == "hr_HR":
        return _retry(lambda: _fill("hr.oib", _digits(rng, 10, "123456789")))
    if locale in ("lt_LT", "et_EE"):
        g = (6 if f else 5) if c20 else (4 if f else 3)
        mod = "lt.asmens" if country == "LT" else "ee.ik"
        return _retry(lambda: _fill(mod, f"{g}{y}{md}{_digits(rng, 3)}"))
    if locale == "uk_UA":
        days = (dob - date(1899, 12, 31)).days
        return _retry(lambda: _fill("ua.rntrc", f"{days:05d}{_digits(rng, 3)}{rng.choice('02468' if f else '13579')}"))
    if locale == "ru_RU":
        return _retry(lambda: _fill("ru.inn", rng.choice(("77", "78", "50", "66")) + _digits(rng, 8), n_check=2))
    if locale == "bg_BG":
        mm = dob.month + (40 if c20 else 0)
        return _retry(
            lambda: _fill("bg.egn", f"{y}{mm:02d}{dob.day:02d}{_digits(rng, 2)}{rng.choice('13579' if f else '02468')}")
        )
    if locale == "sl_SI":
        serial = rng.randint(500, 999) if f else rng.randint(0, 499)
        return _fill("si.emso", f"{dm}{dob.year % 1000:03d}50{serial:03d}")
    if locale == "mk_MK":
        return _embg(rng, dob, rng.choice(("41", "45", "49")), sex)
    if locale == "en_IE":
        return _retry(lambda: _fill("ie.pps", _digits(rng, 7), "ABCDEFGHIJKLMNOPQRSTUVW"))
    if locale in ("nl_BE", "fr_BE"):
        v = _retry(lambda: _fill("be.nn", f"{y}{md}{rng.randint(1, 997):03d}", n_check=2))
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    if locale == "lv_LV":
        century = "2" if c20 else "1"
        v = _retry(lambda: _fill("lv.pvn", f"{dm}{y}{century}{_digits(rng, 3)}"))
        return v[:6] + "-" + v[6:]
    if locale == "es_AR":
        dni = rng.randint(20000000, 45999999)
        v = _retry(lambda: _fill("ar.cuit", f"{27 if f else 20}{dni}"))
        return f"{v[:2]}-{v[2:10]}-{v[10:]}"
    if locale == "es_CO":
        v = _retry(lambda: _fill("co.nit", _digits(rng, 9, "123456789")))
        return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
    if locale == "en_NZ":
        v = _retry(lambda: _fill("nz.ird", _digits(rng, 8, "123456789")))
        return f"{v[:3]}-{v[3:6]}-{v[6:]}"
    if locale == "es_CL":
        v = _retry(lambda: _fill("cl.rut", str(rng.randint(6000000, 25999999)), "0123456789K"))
        body = v[:-1]
        return f"{int(body):,}".replace(",", ".") + "-" + v[-1]
    if locale == "en_PH":
        return f"{_digits(rng, 3, '123456789')}-{_digits(rng, 3)}-{_digits(rng, 3)}-000"
    if locale == "de_LU":
        return _lu_matricule(rng, dob)
    if locale == "is_IS":
        return _retry(lambda: _pos_fill("is_.kennitala", f"{dm}{y}{_digits(rng, 2, '23456789')}", "0" if c20 else "9"))
    if locale == "ko_KR":
        s = (4 if f else 3) if c20 else (2 if f else 1)
        v = _retry(lambda: _fill("kr.rrn", f"{y}{md}{s}{rng.randint(0, 8):02d}{_digits(rng, 3)}"))
        return v[:6] + "-" + v[6:]
    if locale == "en_NG":
        return _digits(rng, 11, "123456789")
    if locale == "id_ID":
        day = dob.day + (40 if f else 0)
        return _retry(
            lambda: _ok(
                "id.nik",
                f"{rng.choice(('3171', '3273', '3578', '5171'))}{rng.randint(1, 9):02d}"
                f"{day:02d}{dob.month:02d}{y}{rng.randint(1, 999):04d}",
            )
        )
    if locale == "vi_VN":
        s = (3 if f else 2) if c20 else (1 if f else 0)
        return f"{rng.choice(('001', '079', '048', '031'))}{s}{y}{_digits(rng, 6)}"
    if locale == "es_VE":
        return f"V-{rng.randint(8000000, 32999999):,}".replace(",", ".")
    if locale == "mt_MT":
        return f"{rng.randint(1000, 999999)}{rng.choice('MGAPLHBZ')}"
    if locale == "he_IL":
        return _retry(lambda: _fill("il.idnr", _digits(rng, 8, "0123")))
    if locale == "th_TH":
        v = _retry(lambda: _fill("th.pin", _digits(rng, 12, "12345678")))
        return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
    if locale == "az_AZ":
        return "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(7))
    if locale == "ka_GE":
        return "0" + _digits(rng, 10)
    if locale == "fr_DZ":
        return ("1" if not f else "2") + _digits(rng, 17)
    if locale == "fa_IR":
        v = _ir_code(rng)
        return f"{v[:3]}-{v[3:9]}-{v[9]}"
    if locale == "zu_ZA":
        seq = rng.randint(5000, 9999) if not f else rng.randint(0, 4999)
        return _fill("za.idnr", f"{y}{md}{seq:04d}08")
    if locale == "en_PK":
        v = _retry(
            lambda: _ok(
                "pk.cnic",
                f"{rng.choice(('35202', '42101', '61101', '17301'))}{_digits(rng, 7)}"
                f"{rng.choice('2468' if f else '13579')}",
            )
        )
        return f"{v[:5]}-{v[5:12]}-{v[12]}"
    if locale == "ar_EG":
        gov = rng.choice(("01", "02", "21", "88"))
        serial = _digits(rng, 3) + rng.choice("2468" if f else "13579")
        return f"{3 if c20 else 2}{y}{md}{gov}{serial}{rng.randint(1, 9)}"
    if locale == "bn_BD":
        return (
            _digits(rng, 10, "123456789")
            if rng.random() < 0.6
            else f"{dob.year}{rng.choice(('26', '15', '47'))}{_digits(rng, 11)}"
        )
    if locale == "hy_AM":
        return _digits(rng, 10, "123456789")
    if locale == "ne_NP":
        return f"{rng.randint(1, 75):02d}-{rng.randint(1, 9):02d}-{rng.randint(60, 82)}-{_digits(rng, 5)}"
    raise KeyError(locale)


def _ok(module: str, value: str) -> str | None:
    return value if importlib.import_module("stdnum." + module).is_valid(value) else None


def _pos_fill(module: str, head: str, tail: str) -> str | None:
    """``head`` + a check digit + ``tail`` accepted by stdnum's ``module`` (Austria, Iceland), or None."""
    valid = importlib.import_module("stdnum." + module).is_valid
    for c in _DIGITS:
        if valid(head + c + tail):
            return head + c + tail
    return None


# The BBAN letters and digits of each IBAN country (``stdnum``'s registry).
# Account numbers are digits in practice even where the registry allows letters (``c``).
_BBAN_CLASSES = {"n": _DIGITS, "a": string.ascii_uppercase, "c": _DIGITS}


def iban(country: str, rng: random.Random) -> str | None:
    """A stdnum-valid IBAN of ``country`` (national BBAN checks included), printed in groups of four;
    None where the country has no IBAN."""
    spec = _iban_spec(country)
    if spec is None:
        return None
    for _ in range(5000):
        bban = "".join(rng.choice(_BBAN_CLASSES[kind]) for kind in spec)
        value = country + std_iban.calc_check_digits(country + "00" + bban) + bban
        if std_iban.is_valid(value):
            return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    raise RuntimeError(country)


def _iban_spec(country: str) -> list[str] | None:
    import re

    line = next((x for x in _REGISTRY if x.startswith(country + " ")), None)
    if line is None:
        return None
    spec = re.search(r'bban="([^"]+)"', line).group(1)
    return [kind for n, kind in re.findall(r"(\d+)!([nac])", spec) for _ in range(int(n))]


def _registry() -> list[str]:
    from pathlib import Path

    return (Path(std_iban.__file__).with_name("iban.dat")).read_text().splitlines()


_REGISTRY = _registry()


def card(rng: random.Random) -> str:
    """A Luhn-valid 16-digit Visa or Mastercard number in groups of four (or with dashes)."""
    head = rng.choice(("4", "51", "52", "53", "54", "55", "2221"))
    body = head + _digits(rng, 15 - len(head))
    value = body + luhn.calc_check_digit(body)
    sep = rng.choice((" ", " ", "-", ""))
    return sep.join(value[i : i + 4] for i in range(0, 16, 4))


def phone(region: str, rng: random.Random, mobile: bool = True) -> phonenumbers.PhoneNumber:
    """A valid number of ``region`` (mobile or fixed line): an example number's first digits kept, the
    rest drawn until ``phonenumbers`` says valid for that region."""
    kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    national = str(example.national_number)
    # Keep as few leading digits as still give valid numbers (area codes and mobile prefixes vary).
    for keep in (1, 2, 3, 4):
        for _ in range(150):
            n = national[:keep] + _digits(rng, len(national) - keep)
            number = phonenumbers.parse("+" + str(example.country_code) + n)
            if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region:
                return number
    return example


def phone_text(number: phonenumbers.PhoneNumber, layout: str, rng: random.Random) -> str:
    """``number`` written in ``layout``: national, international, e164, digits, dotted, ext, 00."""
    national = phonenumbers.format_number(number, PNF.NATIONAL)
    if layout == "national":
        return national
    if layout == "international":
        return phonenumbers.format_number(number, PNF.INTERNATIONAL)
    if layout == "e164":
        return phonenumbers.format_number(number, PNF.E164)
    if layout == "digits":
        return "".join(c for c in national if c.isdigit())
    if layout == "dotted":
        groups = "".join(c if c.isdigit() else " " for c in national).split()
        return ".".join(groups)
    if layout == "ext":
        return f"{national} ext. {rng.randint(10, 4999)}"
    if layout == "00":  # only where 00 is the country's own international prefix (not KR's 001, NG's 009)
        text = "00" + phonenumbers.format_number(number, PNF.INTERNATIONAL)[1:]
        try:
            ok = phonenumbers.is_valid_number(phonenumbers.parse(text, phonenumbers.region_code_for_number(number)))
        except phonenumbers.NumberParseException:
            ok = False
        return text if ok else text.replace("00", "+", 1)
    raise KeyError(layout)


PHONE_LAYOUTS = ("national", "international", "e164", "digits", "dotted", "ext", "00")
