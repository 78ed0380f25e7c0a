"""Held-out set 13: national ids (valid by python-stdnum, built from the person's birth date), IBANs,
phone numbers and cards (split out of ``bench_pii_heldout13_tables.py``; nothing here changed a table).
"""

# ruff: noqa: E501  (id rules and IBAN layouts read best one per line)
from __future__ import annotations

import random
import re
from datetime import date

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from heldout13_base import Person, _ascii, _digits, _retry
from heldout_common import id_validator, region

# ---------------------------------------------------------------- national ids


def _gb_nino(rng: random.Random) -> str:
    """UK National Insurance number (no stdnum module): prefix letters by HMRC's rules, suffix A-"""
    bad = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
    while True:
        a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in bad:
            d = _digits(rng, 6)
            return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"


def _hu_taj(rng: random.Random) -> str:
    """Hungarian TAJ number (no stdnum module): 8 digits, check = weights 3,7 alternating mod 10."""
    d = _digits(rng, 8)
    c = sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(d)) % 10
    n = d + str(c)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def _cf_part(word: str, first: bool) -> str:
    w = _ascii(word).upper()
    cons = [c for c in w if c.isalpha() and c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def national_id(locale: str, rng: random.Random, p: Person) -> str:
    """A national id of the locale's country, valid (stdnum), built from the person's birth date."""
    from stdnum import ean, luhn, verhoeff
    from stdnum.iso7064 import mod_11_10

    d = p.dob
    yy, mm, dd = f"{d.year % 100:02d}", f"{d.month:02d}", f"{d.day:02d}"
    c2000 = d.year >= 2000
    if locale == "en_US":
        from stdnum.us import ssn

        def make():
            area = rng.randint(1, 665)
            return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"

        return _retry(make, ssn.is_valid)
    if locale == "en_GB":
        return _gb_nino(rng)
    if locale == "hu_HU":
        return _hu_taj(rng)
    if locale == "de_DE":
        from stdnum.de import idnr

        def make():
            body = str(rng.randint(1, 9)) + _digits(rng, 9)
            return body + mod_11_10.calc_check_digit(body)

        v = _retry(make, idnr.is_valid)
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    if locale == "fr_FR":
        from stdnum.fr import nir

        body = ("2" if p.female else "1") + yy + mm + rng.choice(["75", "69", "13", "33", "59", "31", "44", "67"])
        body += f"{rng.randint(1, 400):03d}{rng.randint(1, 999):03d}"
        v = body + nir.calc_check_digits(body)
        assert nir.is_valid(v)
        return nir.format(v)
    if locale == "es_ES":
        from stdnum.es import dni

        body = f"{rng.randint(10000000, 79999999)}"
        v = body + dni.calc_check_digit(body)
        assert dni.is_valid(v)
        return v
    if locale == "it_IT":
        from stdnum.it import codicefiscale as cf

        months = "ABCDEHLMPRST"
        day = d.day + (40 if p.female else 0)
        body = _cf_part(p.last, False) + _cf_part(p.first, True) + yy + months[d.month - 1] + f"{day:02d}"
        body += rng.choice(["H501", "F205", "L219", "G273", "D612", "A662", "F839", "C351"])
        v = body + cf.calc_check_digit(body)
        assert cf.is_valid(v), v
        return v
    if locale == "nl_NL":
        from stdnum.nl import bsn

        return _retry(lambda: str(rng.randint(1, 9)) + _digits(rng, 8), bsn.is_valid)
    if locale == "sv_SE":
        from stdnum.se import personnummer as pnr

        base = yy + mm + dd + "-" + _digits(rng, 3)
        return _retry(lambda: base + rng.choice("0123456789"), pnr.is_valid)
    if locale == "pl_PL":
        from stdnum.pl import pesel

        m = d.month + (20 if c2000 else 0)
        body = yy + f"{m:02d}" + dd + _digits(rng, 3) + str(rng.choice([0, 2, 4, 6, 8] if p.female else [1, 3, 5, 7, 9]))
        v = body + pesel.calc_check_digit(body)
        assert pesel.is_valid(v)
        return v
    if locale == "pt_PT":
        from stdnum.pt import nif

        body = str(rng.randint(1, 2)) + _digits(rng, 7)
        v = body + nif.calc_check_digit(body)
        assert nif.is_valid(v)
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if locale == "da_DK":
        from stdnum.dk import cpr

        base = dd + mm + yy + "-"
        return _retry(lambda: base + _digits(rng, 4), cpr.is_valid)
    if locale == "en_AU":
        from stdnum.au import tfn

        v = _retry(lambda: str(rng.randint(1, 9)) + _digits(rng, 8), tfn.is_valid)
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if locale == "de_AT":
        from stdnum.at import vnr

        def make():
            serial = str(rng.randint(1, 9)) + _digits(rng, 2)
            c = vnr.calc_check_digit(serial + "0" + dd + mm + yy)
            return f"{serial}{c} {dd}{mm}{yy}"

        return _retry(make, vnr.is_valid)
    if locale in ("fr_CH", "de_CH"):
        from stdnum.ch import ssn as chssn

        body = "756" + _digits(rng, 9)
        v = body + ean.calc_check_digit(body)
        assert chssn.is_valid(v)
        return chssn.format(v)
    if locale == "en_IN":
        from stdnum.in_ import aadhaar

        def make():
            body = str(rng.randint(2, 9)) + _digits(rng, 10)
            return body + verhoeff.calc_check_digit(body)

        v = _retry(make, aadhaar.is_valid)
        return f"{v[:4]} {v[4:8]} {v[8:]}"
    if locale in ("en_CA", "fr_CA"):
        from stdnum.ca import sin

        def make():
            body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + _digits(rng, 7)
            return body + luhn.calc_check_digit(body)

        v = _retry(make, sin.is_valid)
        return f"{v[:3]} {v[3:6]} {v[6:]}" if rng.random() < 0.5 else f"{v[:3]}-{v[3:6]}-{v[6:]}"
    if locale == "pt_BR":
        from stdnum.br import cpf

        v = _retry(lambda: str(rng.randint(1, 9)) + _digits(rng, 10), cpf.is_valid, 100000)
        return cpf.format(v)
    if locale == "es_MX":
        from stdnum.mx import curp

        def make():
            a = _ascii(p.last).upper() + "X"
            vow = next((c for c in a[1:] if c in "AEIOU"), "X")
            f = (_ascii(p.first).upper() + "X")[0]
            body = a[0] + vow + rng.choice("ABCDEGHLMNOPRSTV") + f + yy + mm + dd + ("M" if p.female else "H")
            body += rng.choice(["DF", "JC", "NL", "PL", "VZ", "GT", "MC", "YN"])
            body += "".join(rng.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
            body += rng.choice("0123456789") if not c2000 else rng.choice("ABCDEFGH")
            return body + curp.calc_check_digit(body + "0")

        return _retry(make, curp.is_valid)
    if locale in ("cs_CZ", "sk_SK"):
        from stdnum.cz import rc

        m = d.month + (50 if p.female else 0)
        base = yy + f"{m:02d}" + dd

        def make():
            return base + "/" + _digits(rng, 4)

        return _retry(make, rc.is_valid)
    if locale == "fi_FI":
        from stdnum.fi import hetu

        base = dd + mm + yy + ("A" if c2000 else "-") + f"{rng.randint(2, 899):03d}"
        return _retry(lambda: base + rng.choice("0123456789ABCDEFHJKLMNPRSTUVWXY"), hetu.is_valid)
    if locale == "tr_TR":
        from stdnum.tr import tckimlik

        body = str(rng.randint(1, 9)) + _digits(rng, 8)
        v = body + tckimlik.calc_check_digits(body)
        assert tckimlik.is_valid(v)
        return v
    if locale == "ja_JP":
        from stdnum.jp import in_

        body = _digits(rng, 11)
        v = body + in_.calc_check_digit(body)
        assert in_.is_valid(v)
        return f"{v[:4]} {v[4:8]} {v[8:]}"
    if locale == "zh_CN":
        from stdnum.cn import ric

        def make():
            reg = rng.choice(["110101", "310101", "440103", "510104", "320106", "330102", "420102", "610103", "110105"])
            sex = rng.choice([0, 2, 4, 6, 8] if p.female else [1, 3, 5, 7, 9])
            body = reg + f"{d.year}{mm}{dd}" + f"{rng.randint(0, 99):02d}" + str(sex)
            return body + ric.calc_check_digit(body)

        return _retry(make, ric.is_valid)
    if locale == "no_NO":
        from stdnum.no import fodselsnummer as fnr

        def make():
            ind = f"{rng.randint(500, 999) if c2000 else rng.randint(0, 499):03d}"
            body = dd + mm + yy + ind
            c1 = fnr.calc_check_digit1(body)
            c2 = fnr.calc_check_digit2(body + c1)
            return body + c1 + c2

        return _retry(make, fnr.is_valid)
    if locale == "ro_RO":
        from stdnum.ro import cnp

        s = ("6" if p.female else "5") if c2000 else ("2" if p.female else "1")
        body = s + yy + mm + dd + f"{rng.randint(1, 40):02d}" + _digits(rng, 3)
        v = body + cnp.calc_check_digit(body)
        assert cnp.is_valid(v)
        return v
    if locale == "el_GR":
        from stdnum.gr import amka

        def make():
            body = dd + mm + yy + _digits(rng, 3) + str(rng.choice([0, 2, 4, 6, 8] if p.female else [1, 3, 5, 7, 9]))
            return body + luhn.calc_check_digit(body)

        return _retry(make, amka.is_valid)
    if locale == "hr_HR":
        from stdnum.hr import oib

        body = str(rng.randint(1, 9)) + _digits(rng, 9)
        v = body + mod_11_10.calc_check_digit(body)
        assert oib.is_valid(v)
        return v
    if locale == "lt_LT":
        from stdnum.lt import asmens

        g = ("6" if p.female else "5") if c2000 else ("4" if p.female else "3")
        body = g + yy + mm + dd + _digits(rng, 3)
        v = body + asmens.calc_check_digit(body + "0")  # it reads all but the last digit
        assert asmens.is_valid(v)
        return v
    if locale == "uk_UA":
        from stdnum.ua import rntrc

        days = (d - date(1899, 12, 31)).days
        base = f"{days:05d}" + _digits(rng, 3) + str(rng.choice([0, 2, 4, 6, 8] if p.female else [1, 3, 5, 7, 9]))
        return _retry(lambda: base + rng.choice("0123456789"), rntrc.is_valid)
    if locale == "ru_RU":
        from stdnum.ru import inn

        body = rng.choice(["77", "78", "50", "66", "16", "54", "52", "23"]) + _digits(rng, 8)
        v = body + inn.calc_personal_check_digits(body)
        assert inn.is_valid(v)
        return v
    if locale == "bg_BG":
        from stdnum.bg import egn

        m = d.month + (40 if c2000 else 0)
        body = yy + f"{m:02d}" + dd + _digits(rng, 2) + str(rng.choice([1, 3, 5, 7, 9] if p.female else [0, 2, 4, 6, 8]))
        v = body + egn.calc_check_digit(body)
        assert egn.is_valid(v)
        return v
    if locale == "sl_SI":
        from stdnum.si import emso

        def make():
            body = dd + mm + f"{d.year % 1000:03d}" + "50" + f"{rng.randint(500, 999) if p.female else rng.randint(0, 499):03d}"
            return body + emso.calc_check_digit(body)

        return _retry(make, emso.is_valid)
    if locale == "en_IE":
        from stdnum.ie import pps

        base = _digits(rng, 7)
        return _retry(lambda: base + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW") + rng.choice(["", "", "A"]), pps.is_valid)
    if locale in ("nl_BE", "fr_BE"):
        from stdnum.be import nn

        base = yy + mm + dd + f"{rng.randint(1, 997):03d}"
        return nn.format(_retry(lambda: base + _digits(rng, 2), nn.is_valid, 1000))
    if locale == "lv_LV":
        from stdnum.lv import pvn

        body = dd + mm + yy + ("2" if c2000 else "1") + _digits(rng, 3)
        v = body + pvn.calc_check_digit_pers(body)
        assert pvn.is_valid(v), v
        return v[:6] + "-" + v[6:]
    if locale == "es_AR":
        from stdnum.ar import cuit
        from stdnum.ar import dni as ardni

        num = str(rng.randint(14000000, 45999999))
        if rng.random() < 0.5:
            v = f"{num[:2]}.{num[2:5]}.{num[5:]}"
            assert ardni.is_valid(v)
            return v

        def make():
            body = rng.choice(["20", "27", "23"]) + num
            return f"{body[:2]}-{body[2:]}-{cuit.calc_check_digit(body)}"

        return _retry(make, cuit.is_valid)
    if locale == "es_CO":
        from stdnum.co import nit

        body = rng.choice([str(rng.randint(10000000, 99999999)), "10" + _digits(rng, 8)])
        v = body + nit.calc_check_digit(body)
        assert nit.is_valid(v)
        return nit.format(v)
    if locale == "en_NZ":
        from stdnum.nz import ird

        def make():
            body = str(rng.randint(10000000, 14999999))
            return body + ird.calc_check_digit(body)

        v = _retry(make, ird.is_valid)
        return f"{v[:3]}-{v[3:6]}-{v[6:]}"
    if locale == "et_EE":
        from stdnum.ee import ik

        g = ("6" if p.female else "5") if c2000 else ("4" if p.female else "3")
        body = g + yy + mm + dd + _digits(rng, 3)
        v = body + ik.calc_check_digit(body + "0")  # it reads all but the last digit
        assert ik.is_valid(v)
        return v
    raise KeyError(locale)


def id_valid(locale: str, value: str) -> bool:
    """stdnum's verdict on an id of ``national_id`` (own rules for en_GB and hu_HU): ``heldout_common``."""
    return id_validator(locale)(value)


# BBAN of each IBAN country (n digits, a letters); countries without IBANs are absent.
IBAN_BBAN = {"GB": "4a14n", "DE": "18n", "FR": "23n", "ES": "20n", "IT": "1a22n", "NL": "4a10n", "SE": "20n",
             "PL": "24n", "PT": "21n", "DK": "14n", "AT": "16n", "CH": "17n", "CZ": "20n", "FI": "14n", "TR": "22n",
             "NO": "11n", "RO": "4a16n", "GR": "23n", "HU": "24n", "SK": "20n", "HR": "17n", "LT": "16n", "UA": "25n",
             "BG": "4a14n", "SI": "15n", "IE": "4a14n", "BE": "12n", "LV": "4a13n", "EE": "16n", "BR": "23n1a1a"}  # fmt: skip


# ---------------------------------------------------------------- IBAN, phone, card


def iban(locale: str, rng: random.Random) -> str:
    """An IBAN of the locale's country (stdnum-valid, national checks included), or '' where none is used."""
    from stdnum import iban as ib

    country = region(locale)
    spec = IBAN_BBAN.get(country)
    if not spec:
        return ""

    def make():
        bban = ""
        for n, kind in re.findall(r"(\d+)([nac])", spec):
            n = int(n)
            pool = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789"}[kind]
            bban += "".join(rng.choice(pool) for _ in range(n))
        return country + ib.calc_check_digits(country + "00" + bban) + bban

    v = _retry(make, ib.is_valid)
    return " ".join(v[i : i + 4] for i in range(0, len(v), 4)) if rng.random() < 0.6 else v


def phone(locale: str, rng: random.Random, mobile: bool) -> phonenumbers.PhoneNumber:
    """A valid number of the locale's country (an example number with its last 5-7 digits drawn)."""
    reg = region(locale)
    kind = PhoneNumberType.MOBILE if mobile else PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(reg, kind) or phonenumbers.example_number(reg)
    nsn = phonenumbers.national_significant_number(ex)
    for _ in range(5000):
        k = min(rng.choice([5, 6, 7]), len(nsn) - 2)
        cand = nsn[:-k] + _digits(rng, k)
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == reg:
            return num
    return ex


def card(rng: random.Random) -> str:
    """A Luhn-valid Visa, Mastercard or Amex number."""
    from stdnum import luhn

    prefix, length = rng.choice([("4", 16), ("4", 16), (str(rng.randint(51, 55)), 16), (rng.choice(["34", "37"]), 15)])
    body = prefix + _digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def render_phone(num: phonenumbers.PhoneNumber, layout: str, rng: random.Random) -> str:
    national = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    if layout == "intl":
        return phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    if layout == "e164":
        return phonenumbers.format_number(num, PhoneNumberFormat.E164)
    if layout == "digits":
        return re.sub(r"\D", "", national)
    if layout == "ext":
        ext = str(rng.randint(10, 499))
        return national + rng.choice([f" ext. {ext}", f" x{ext}", f" ext {ext}", f" (ext. {ext})"])
    return national
