"""Held-out set 13 tables: 44 locales, seeds 13001-13002, export shapes and note genres new to the sets.

Written in session 27 by a helper that did not read the PII tests, the earlier held-out tables or probes,
``docs/pii*.md`` or the detector's internals. Each (locale, seed) is one table of one of eight export shapes
(mortgage applications, vaccination clinic bookings, taxi bookings, removal quotes, sports club members,
university alumni, social-care home visits, tax adviser clients). Column names come in the locale's language
or in English (prefixed, suffixed, numbered, snake/camel/CAPS/Title, abbreviations); values in lower, upper
or title case; names natural, ``Surname, First``, titled, with initials; phones national, international,
E.164, digits only or with an extension (valid numbers of the locale's country, ``phonenumbers``); national
ids with valid check digits (birth-date ids from the row's own birth date; every one checked with
python-stdnum, except the UK NI number and the Hungarian TAJ which stdnum lacks and which follow their own
rules here); IBANs (built and checked with stdnum) in countries that use them; whole and split addresses;
and look-alike columns that are no personal data (booking/lot/plate numbers, amounts, visit dates in the
birth-date layout, vehicles, rooms, teams, counts, zone names with street words).

Free text (the notes column) uses genres new to the sets: dispatcher log, home-visit note, mortgage broker
file note, referral letter, taxi booking remarks, removal survey, club committee minutes, alumni update,
council complaint, field engineer job sheet, vaccination reception log; every English-speaking locale writes
English notes, the other first-7 locales half English, the rest a quarter; the others are written in the
locale's language. Nothing depends on the clock: birth dates count back from 2026-01-01, and every draw comes
from a ``random.Random`` or a Faker seeded with the table's seed.
"""

# ruff: noqa: E501  (templates, vocabularies and address lists read best one per line)
from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

import pandas as pd
import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat, PhoneNumberType

SEEDS = (13001, 13002)
N_ROWS = 60
REF = date(2026, 1, 1)
FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
OTHER32 = ("sv_SE", "pl_PL", "pt_PT", "da_DK", "en_AU", "de_AT", "fr_CH", "en_IN", "en_CA", "fr_CA", "pt_BR",
           "es_MX", "cs_CZ", "fi_FI", "tr_TR", "ja_JP", "zh_CN", "no_NO", "ro_RO", "el_GR", "hu_HU", "sk_SK",
           "hr_HR", "de_CH", "lt_LT", "uk_UA", "ru_RU", "bg_BG", "sl_SI", "en_IE", "nl_BE", "lv_LV")  # fmt: skip
NEW5 = ("es_AR", "es_CO", "en_NZ", "fr_BE", "et_EE")
LOCALES = FIRST7 + OTHER32 + NEW5
CJK = ("ja_JP", "zh_CN")
LANG = {x: ("no" if x == "no_NO" else x.split("_")[0]) for x in LOCALES}
LANG["nl_BE"] = "nl"


def region(locale: str) -> str:
    """The phone/IBAN country of a locale."""
    return locale.split("_")[1]


@dataclass
class Table:
    frame: pd.DataFrame
    labels: dict
    notes: list
    forms: list
    templates: list
    notes_column: str
    shape: str


@dataclass
class Person:
    first: str
    last: str
    female: bool
    dob: date
    street: str = ""
    postcode: str = ""
    city: str = ""
    state: str = ""
    phone: object = None
    email: str = ""
    nid: str = ""
    iban: str = ""
    card: str = ""
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------- helpers


def _ascii(text: str) -> str:
    text = text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and (c.isalnum() or c in "-"))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _retry(make, valid, tries: int = 20000) -> str:
    for _ in range(tries):
        value = make()
        if valid(value):
            return value
    raise RuntimeError("no valid value")


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
    """stdnum's verdict on an id of ``national_id`` (own rules for en_GB and hu_HU)."""
    import importlib

    if locale == "en_GB":
        return bool(re.fullmatch(r"[A-Z]{2} \d\d \d\d \d\d [A-D]", value))
    if locale == "hu_HU":
        d = value.replace(" ", "")
        return sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(d[:8])) % 10 == int(d[8])
    mods = {"en_US": "us.ssn", "de_DE": "de.idnr", "fr_FR": "fr.nir", "es_ES": "es.dni", "it_IT": "it.codicefiscale",
            "nl_NL": "nl.bsn", "sv_SE": "se.personnummer", "pl_PL": "pl.pesel", "pt_PT": "pt.nif", "da_DK": "dk.cpr",
            "en_AU": "au.tfn", "de_AT": "at.vnr", "fr_CH": "ch.ssn", "de_CH": "ch.ssn", "en_IN": "in_.aadhaar",
            "en_CA": "ca.sin", "fr_CA": "ca.sin", "pt_BR": "br.cpf", "es_MX": "mx.curp", "cs_CZ": "cz.rc",
            "sk_SK": "cz.rc", "fi_FI": "fi.hetu", "tr_TR": "tr.tckimlik", "ja_JP": "jp.in_", "zh_CN": "cn.ric",
            "no_NO": "no.fodselsnummer", "ro_RO": "ro.cnp", "el_GR": "gr.amka", "hr_HR": "hr.oib",
            "lt_LT": "lt.asmens", "uk_UA": "ua.rntrc", "ru_RU": "ru.inn", "bg_BG": "bg.egn", "sl_SI": "si.emso",
            "en_IE": "ie.pps", "nl_BE": "be.nn", "fr_BE": "be.nn", "lv_LV": "lv.pvn", "es_CO": "co.nit",
            "en_NZ": "nz.ird", "et_EE": "ee.ik"}  # fmt: skip
    if locale == "es_AR":
        from stdnum.ar import cuit
        from stdnum.ar import dni as ardni

        return cuit.is_valid(value) if "-" in value else ardni.is_valid(value)
    return importlib.import_module("stdnum." + mods[locale]).is_valid(value)


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


# ---------------------------------------------------------------- people and addresses


def _street(locale: str, fake: Faker, rng: random.Random) -> tuple[str, str, str, str]:
    """(street line, postcode, town, state) of the locale; own lists where Faker has none."""
    own = OWN_ADDRESS.get(locale)
    if own:
        names, build, towns, postcode = own["streets"], own["line"], own["towns"], own["postcode"]
        street = build(rng.choice(names), rng)
        town = rng.choice(towns)
        return street, postcode(rng, town), town, ""
    street = re.sub(r"\s*\n\s*", ", ", fake.street_address())
    state = ""
    if locale in ("en_US", "en_AU", "en_CA", "fr_CA"):
        for attr in ("state_abbr", "province_abbr"):
            if hasattr(fake, attr):
                state = getattr(fake, attr)()
                break
    pc = fake.postcode()
    if locale == "es_AR":
        pc = rng.choice("BCSXMKTQ") + str(rng.randint(1000, 9499)) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return street, pc, fake.city(), state


def person(locale: str, fake: Faker, rng: random.Random) -> Person:
    female = rng.random() < 0.5
    if locale.startswith("en") and rng.random() < 0.22:  # names that are also English words
        first = rng.choice(WORD_FIRST_F if female else WORD_FIRST_M)
        last = rng.choice(WORD_SURNAMES)
    else:
        first = fake.first_name_female() if female else fake.first_name_male()
        last = fake.last_name_female() if female else fake.last_name_male()
    first, last = first.strip(), last.strip()
    dob = REF - timedelta(days=rng.randint(18 * 365, 88 * 365))
    p = Person(first, last, female, dob)
    p.street, p.postcode, p.city, p.state = _street(locale, fake, rng)
    p.phone = phone(locale, rng, rng.random() < 0.7)
    p.email = email(locale, p, rng, fake)
    p.nid = national_id(locale, rng, p)
    p.iban = iban(locale, rng)
    p.card = card(rng)
    return p


def email(locale: str, p: Person, rng: random.Random, fake: Faker) -> str:
    f, last = _ascii(p.first).lower(), _ascii(p.last).lower().replace(" ", "")
    domain = rng.choice(MAIL_DOMAINS.get(locale, ["gmail.com", "outlook.com", "yahoo.com"]))
    if len(f) < 2 or len(last) < 2:
        user = fake.user_name()
    else:
        user = rng.choice([f"{f}.{last}", f"{f[0]}{last}", f"{f}_{last}{rng.randint(1, 99)}", f"{last}.{f[0]}",
                           f"{f}{last}{rng.randint(60, 99)}", f"{f}.{last}"])  # fmt: skip
    return user + "@" + domain


def dob_text(locale: str, d: date, rng: random.Random) -> str:
    fmt = rng.choice(DATE_FORMATS[locale])
    if fmt == "LONG_EN":
        return f"{d.day} {d.strftime('%b')} {d.year}"
    if fmt == "ZH":
        return f"{d.year}年{d.month}月{d.day}日"
    return d.strftime(fmt)


def full_address(locale: str, p: Person) -> str:
    style = ADDRESS_STYLE.get(locale, "eu")
    s, z, c = p.street, p.postcode, p.city
    return {
        "us": f"{s}, {c}, {p.state} {z}" if p.state else f"{s}, {c} {z}",
        "uk": f"{s}, {c} {z}",
        "eu": f"{s}, {z} {c}",
        "ru": f"{z}, {c}, {s}",
        "hu": f"{z} {c}, {s}",
        "ja": f"〒{z} {c}{s}",
        "zh": f"{c}{s}",
        "in": f"{s}, {c} - {z}",
        "br": f"{s}, {c} - {z}",
    }[style]


def full_name(locale: str, p: Person) -> str:
    if locale in CJK:
        return f"{p.last}{p.first}" if locale == "zh_CN" else f"{p.last} {p.first}"
    if locale == "hu_HU":
        return f"{p.last} {p.first}"
    return f"{p.first} {p.last}"


def title_of(locale: str, p: Person, rng: random.Random) -> str:
    t = TITLE_BY_SEX[LANG[locale]]
    return rng.choice(t[1] if p.female else t[0])


# ---------------------------------------------------------------- data: titles, banks, addresses, mail, dates

TITLE_BY_SEX = {
    "en": (["Mr", "Mr.", "Dr", "Mr"], ["Mrs", "Ms", "Miss", "Dr.", "Mrs."]), "de": (["Herr", "Hr.", "Dr."], ["Frau", "Fr.", "Dr."]),
    "fr": (["M.", "Monsieur", "Dr"], ["Mme", "Madame", "Mlle"]), "es": (["Sr.", "D.", "Dr."], ["Sra.", "Dña.", "Dra."]),
    "it": (["Sig.", "Dott.", "sig."], ["Sig.ra", "Dott.ssa", "sig.ra"]), "nl": (["dhr.", "de heer", "dr."], ["mevr.", "mevrouw"]),
    "pt": (["Sr.", "Dr."], ["Sra.", "Dra.", "D."]), "sv": (["herr"], ["fru"]), "da": (["hr."], ["fru"]),
    "no": (["herr"], ["fru"]), "pl": (["Pan", "pan", "dr"], ["Pani", "pani"]), "fi": (["herra"], ["rouva"]),
    "cs": (["pan", "Ing.", "MUDr."], ["paní", "Mgr."]), "sk": (["pán", "Ing."], ["pani", "Mgr."]),
    "tr": (["Bay", "Dr."], ["Bayan", "Dr."]), "ja": (["様", "さん"], ["様", "さん"]), "zh": (["先生"], ["女士"]),
    "ro": (["dl.", "domnul", "dr."], ["dna.", "doamna"]), "el": (["κ.", "κύριος"], ["κα", "κυρία"]),
    "hu": (["dr.", "id."], ["dr.", "özv."]), "hr": (["g.", "dr."], ["gđa", "gđa."]), "sl": (["g.", "dr."], ["ga.", "dr."]),
    "lt": (["p.", "ponas"], ["p.", "ponia"]), "lv": (["kgs.", "kungs"], ["kdz.", "kundze"]), "et": (["hr", "härra"], ["pr", "proua"]),
    "uk": (["пан", "д-р"], ["пані"]), "ru": (["г-н", "господин"], ["г-жа", "госпожа"]), "bg": (["г-н", "д-р"], ["г-жа", "д-р"]),
}  # fmt: skip
TITLES = {lang: sorted({t for pair in v for t in pair}) for lang, v in TITLE_BY_SEX.items()}
SUFFIX_TITLE = ("ja", "zh", "lv")  # the title follows the name (田中様, 王先生, Bērziņa kundze)

# BBAN of each IBAN country (n digits, a letters); countries without IBANs are absent.
IBAN_BBAN = {"GB": "4a14n", "DE": "18n", "FR": "23n", "ES": "20n", "IT": "1a22n", "NL": "4a10n", "SE": "20n",
             "PL": "24n", "PT": "21n", "DK": "14n", "AT": "16n", "CH": "17n", "CZ": "20n", "FI": "14n", "TR": "22n",
             "NO": "11n", "RO": "4a16n", "GR": "23n", "HU": "24n", "SK": "20n", "HR": "17n", "LT": "16n", "UA": "25n",
             "BG": "4a14n", "SI": "15n", "IE": "4a14n", "BE": "12n", "LV": "4a13n", "EE": "16n", "BR": "23n1a1a"}  # fmt: skip

MAIL_DOMAINS = {
    "en_US": ["gmail.com", "yahoo.com", "aol.com", "comcast.net"], "en_GB": ["btinternet.com", "gmail.com", "hotmail.co.uk"],
    "de_DE": ["web.de", "gmx.de", "t-online.de"], "fr_FR": ["orange.fr", "free.fr", "laposte.net"],
    "es_ES": ["gmail.com", "telefonica.net", "hotmail.es"], "it_IT": ["libero.it", "virgilio.it", "tiscali.it"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"], "sv_SE": ["telia.com", "spray.se"], "pl_PL": ["wp.pl", "o2.pl", "onet.pl"],
    "pt_PT": ["sapo.pt", "gmail.com"], "da_DK": ["mail.dk", "jubii.dk"], "en_AU": ["bigpond.com", "optusnet.com.au"],
    "de_AT": ["aon.at", "gmx.at"], "fr_CH": ["bluewin.ch", "sunrise.ch"], "de_CH": ["bluewin.ch", "gmx.ch"],
    "en_IN": ["rediffmail.com", "gmail.com"], "en_CA": ["rogers.com", "shaw.ca"], "fr_CA": ["videotron.ca", "sympatico.ca"],
    "pt_BR": ["uol.com.br", "bol.com.br"], "es_MX": ["prodigy.net.mx", "hotmail.com"], "cs_CZ": ["seznam.cz", "centrum.cz"],
    "fi_FI": ["suomi24.fi", "luukku.com"], "tr_TR": ["yandex.com.tr", "hotmail.com"], "ja_JP": ["docomo.ne.jp", "yahoo.co.jp"],
    "zh_CN": ["163.com", "qq.com"], "no_NO": ["online.no", "hotmail.no"], "ro_RO": ["yahoo.ro", "gmail.com"],
    "el_GR": ["otenet.gr", "yahoo.gr"], "hu_HU": ["freemail.hu", "citromail.hu"], "sk_SK": ["azet.sk", "zoznam.sk"],
    "hr_HR": ["net.hr", "t-com.hr"], "lt_LT": ["one.lt", "inbox.lt"], "uk_UA": ["ukr.net", "i.ua"], "ru_RU": ["mail.ru", "yandex.ru"],
    "bg_BG": ["abv.bg", "mail.bg"], "sl_SI": ["siol.net", "gmail.com"], "en_IE": ["eircom.net", "gmail.com"],
    "nl_BE": ["telenet.be", "skynet.be"], "fr_BE": ["skynet.be", "voo.be"], "lv_LV": ["inbox.lv", "apollo.lv"],
    "es_AR": ["fibertel.com.ar", "hotmail.com"], "es_CO": ["une.net.co", "gmail.com"], "en_NZ": ["xtra.co.nz", "gmail.com"],
    "et_EE": ["hot.ee", "mail.ee"],
}  # fmt: skip

_DMY, _DMYD, _MDY, _YMD = "%d/%m/%Y", "%d.%m.%Y", "%m/%d/%Y", "%Y-%m-%d"
DATE_FORMATS = {x: [_DMYD] for x in LOCALES}
DATE_FORMATS.update({
    "en_US": [_MDY, "%m-%d-%Y"], "en_GB": [_DMY, "LONG_EN"], "fr_FR": [_DMY], "es_ES": [_DMY, "%d-%m-%Y"], "it_IT": [_DMY],
    "nl_NL": ["%d-%m-%Y"], "sv_SE": [_YMD], "pt_PT": [_DMY, "%d-%m-%Y"], "da_DK": ["%d-%m-%Y", _DMYD], "en_AU": [_DMY],
    "en_IN": ["%d-%m-%Y", _DMY], "en_CA": [_YMD, _DMY], "fr_CA": [_YMD], "pt_BR": [_DMY], "es_MX": [_DMY], "ja_JP": ["%Y/%m/%d"],
    "zh_CN": [_YMD, "ZH"], "el_GR": [_DMY], "hu_HU": ["%Y.%m.%d."], "hr_HR": ["%d.%m.%Y."], "lt_LT": [_YMD],
    "sl_SI": ["%d. %m. %Y", _DMYD], "en_IE": [_DMY], "nl_BE": [_DMY], "fr_BE": [_DMY], "lv_LV": ["%d.%m.%Y."],
    "es_AR": [_DMY], "es_CO": [_DMY], "en_NZ": [_DMY], "et_EE": [_DMYD],
})  # fmt: skip

ADDRESS_STYLE = {"en_US": "us", "en_CA": "us", "fr_CA": "us", "en_AU": "us", "en_GB": "uk", "en_IE": "uk", "en_NZ": "uk",
                 "en_IN": "in", "pt_BR": "br", "ru_RU": "ru", "uk_UA": "ru", "hu_HU": "hu", "ja_JP": "ja", "zh_CN": "zh"}  # fmt: skip


def _num(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(1, 30), rng.randint(1, 120), rng.randint(1, 9)]))


OWN_ADDRESS = {
    "tr_TR": {"streets": ["Atatürk", "Cumhuriyet", "İnönü", "Gazi Mustafa Kemal", "Bağdat", "Fevzi Çakmak", "Menekşe",
                          "Lale", "Papatya", "Çınar", "Karanfil", "Zübeyde Hanım"],
              "line": lambda s, r: r.choice([f"{s} Cad. No: {_num(r)}", f"{s} Sok. No:{_num(r)} D:{r.randint(1, 12)}",
                                             f"{s} Caddesi No {_num(r)}", f"{s} Sokak {_num(r)}/{r.randint(1, 9)}"]),
              "towns": ["Kadıköy", "Çankaya", "Konak", "Osmangazi", "Muratpaşa", "Seyhan", "Selçuklu", "Tepebaşı", "Üsküdar"],
              "postcode": lambda r, t: str(r.choice([34, 6, 35, 16, 7, 1, 42, 26]) * 1000 + r.randint(0, 999)).zfill(5)},
    "lt_LT": {"streets": ["Gedimino", "Vilniaus", "Žalgirio", "Savanorių", "Taikos", "Laisvės", "Kęstučio", "Ąžuolų",
                          "Liepų", "Basanavičiaus", "Sodų", "Pilies"],
              "line": lambda s, r: r.choice([f"{s} g. {_num(r)}", f"{s} g. {_num(r)}-{r.randint(1, 60)}",
                                             f"{s} pr. {_num(r)}", f"{s} gatvė {_num(r)}"]),
              "towns": ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus", "Marijampolė", "Utena"],
              "postcode": lambda r, t: f"LT-{r.randint(1000, 99999):05d}"},
    "bg_BG": {"streets": ["Шипка", "Витоша", "Раковски", "Граф Игнатиев", "Цар Симеон", "Христо Ботев", "Васил Левски",
                          "Оборище", "Алабин", "Княз Борис I", "Иван Вазов", "Солунска"],
              "line": lambda s, r: r.choice([f"ул. „{s}“ {_num(r)}", f"бул. „{s}“ {_num(r)}, ет. {r.randint(1, 9)}, ап. {r.randint(1, 40)}",
                                             f"ул. {s} № {_num(r)}"]),
              "towns": ["София", "Пловдив", "Варна", "Бургас", "Русе", "Стара Загора", "Плевен", "Велико Търново"],
              "postcode": lambda r, t: str(r.randint(1000, 9999))},
    "lv_LV": {"streets": ["Brīvības", "Krišjāņa Barona", "Dzirnavu", "Tērbatas", "Elizabetes", "Lāčplēša", "Gertrūdes",
                          "Valdemāra", "Ausekļa", "Rīgas", "Skolas", "Zemitāna"],
              "line": lambda s, r: r.choice([f"{s} iela {_num(r)}", f"{s} iela {_num(r)}-{r.randint(1, 60)}",
                                             f"{s} gatve {_num(r)}", f"{s} ielā {_num(r)} dz. {r.randint(1, 40)}"]),
              "towns": ["Rīga", "Daugavpils", "Liepāja", "Jelgava", "Jūrmala", "Ventspils", "Rēzekne", "Valmiera"],
              "postcode": lambda r, t: f"LV-{r.randint(1001, 5799)}"},
    "fr_BE": {"streets": ["de la Station", "Louise", "de Waterloo", "des Déportés", "du Moulin", "Saint-Gilles", "de l'Église",
                          "des Combattants", "Albert Ier", "de Namur", "des Tilleuls", "du Château"],
              "line": lambda s, r: r.choice([f"Rue {s} {_num(r)}", f"Avenue {s} {_num(r)}", f"Chaussée {s} {_num(r)} bte {r.randint(1, 12)}",
                                             f"Place {s} {_num(r)}"]),
              "towns": ["Bruxelles", "Liège", "Namur", "Charleroi", "Mons", "Wavre", "Tournai", "Arlon", "Verviers"],
              "postcode": lambda r, t: str(r.choice([1000, 4000, 5000, 6000, 7000, 1300, 7500, 6700, 4800]) + r.randint(0, 99))},
    "et_EE": {"streets": ["Pärnu", "Tartu", "Narva", "Tammsaare", "Sõpruse", "Mustamäe", "Kalevi", "Lõkke", "Vabaduse",
                          "Riia", "Kesk", "Jaama"],
              "line": lambda s, r: r.choice([f"{s} mnt {_num(r)}", f"{s} tn {_num(r)}-{r.randint(1, 60)}",
                                             f"{s} tee {_num(r)}", f"{s} pst {_num(r)}"]),
              "towns": ["Tallinn", "Tartu", "Narva", "Pärnu", "Viljandi", "Rakvere", "Kuressaare", "Haapsalu"],
              "postcode": lambda r, t: f"{r.randint(10000, 94999)}"},
    "en_IE": {"streets": ["O'Connell", "Patrick", "Shop", "Church", "Castle", "Seafield", "Griffith", "Ballymun",
                          "Clontarf", "Mill", "Bridge", "Strand", "Lower Baggot", "Mary"],
              "line": lambda s, r: r.choice([f"{_num(r)} {s} Street", f"{_num(r)} {s} Road", f"Apt {r.randint(1, 40)}, {s} Court",
                                             f"{_num(r)} {s} Avenue", f"{_num(r)} {s} Lane"]),
              "towns": ["Dublin 4", "Cork", "Galway", "Limerick", "Kilkenny", "Sligo", "Athlone", "Drogheda", "Tralee"],
              "postcode": lambda r, t: r.choice(["D04", "T12", "H91", "V94", "R95", "F91", "N37", "A92", "V92", "D08"]) + " "
              + "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))},
    "ja_JP": {"streets": ["西新宿", "本町", "栄", "天神", "中央", "大手町", "元町", "東山", "緑が丘", "桜木町", "旭町", "南平台"],
              "line": lambda s, r: r.choice([f"{s}{r.randint(1, 9)}丁目{r.randint(1, 30)}-{r.randint(1, 20)}",
                                             f"{s}{r.randint(1, 9)}-{r.randint(1, 30)}-{r.randint(1, 20)}"]),
              "towns": ["東京都新宿区", "横浜市中区", "大阪市北区", "札幌市中央区", "名古屋市中区", "福岡市中央区", "神戸市中央区"],
              "postcode": lambda r, t: f"{r.randint(100, 999)}-{r.randint(0, 9999):04d}"},
    "zh_CN": {"streets": ["建国路", "人民路", "解放路", "中山路", "长江路", "南京路", "和平街", "文化路", "学院路", "青年路"],
              "line": lambda s, r: r.choice([f"{s}{r.randint(1, 300)}号", f"{s}{r.randint(1, 300)}号{r.randint(1, 20)}栋{r.randint(101, 1802)}室"]),
              "towns": ["北京市朝阳区", "上海市浦东新区", "广州市天河区", "成都市武侯区", "杭州市西湖区", "武汉市江汉区"],
              "postcode": lambda r, t: f"{r.randint(100000, 850000)}"},
}  # fmt: skip

WORD_SURNAMES = ["Little", "Wood", "Rose", "Young", "King", "Bishop", "Mason", "Baker", "Hill", "Bell", "Fox", "Price", "Lane",
                 "Day", "Gray", "Frost", "Hope", "Moss", "Sharp", "Strong", "Long", "Small", "Rich", "Waters", "Field",
                 "Brown", "Green", "White", "Black", "Cook", "Marsh", "Banks", "Hunt", "Page", "Fisher", "Dean", "Church"]  # fmt: skip
WORD_FIRST_F = ["Hope", "Faith", "Grace", "Joy", "Rose", "Dawn", "June", "April", "Holly", "Summer", "Ivy", "Pearl", "Robin"]
WORD_FIRST_M = ["Will", "Mark", "Bill", "Frank", "Max", "Rich", "Victor", "Jack", "Guy", "Miles", "Dean", "Chase", "Drew"]

# ---------------------------------------------------------------- data: column names

CONCEPTS = "name first last phone mobile email address street zip city dob id iban notes ref amount date".split()  # noqa: SIM905
VOCAB = {lang: dict(zip(CONCEPTS, w.split("|"), strict=True)) for lang, w in {
    "de": "Name|Vorname|Nachname|Telefon|Handy|E-Mail|Anschrift|Straße|PLZ|Ort|Geburtsdatum|Ausweisnummer|IBAN|Bemerkungen|Vorgangsnummer|Betrag|Datum",
    "fr": "nom complet|prénom|nom|téléphone|portable|courriel|adresse|rue|code postal|ville|date de naissance|n° sécu|iban|remarques|référence|montant|date",
    "es": "nombre completo|nombre|apellidos|teléfono|móvil|correo|dirección|calle|código postal|localidad|fecha de nacimiento|documento|IBAN|observaciones|referencia|importe|fecha",
    "it": "nominativo|nome|cognome|telefono|cellulare|email|indirizzo|via|CAP|comune|data di nascita|codice fiscale|IBAN|note|riferimento|importo|data",
    "nl": "naam|voornaam|achternaam|telefoon|mobiel|e-mailadres|adres|straat|postcode|woonplaats|geboortedatum|BSN|IBAN|opmerkingen|referentie|bedrag|datum",
    "pt": "nome completo|nome próprio|apelido|telefone|telemóvel|email|morada|rua|código postal|localidade|data de nascimento|documento|IBAN|observações|referência|valor|data",
    "sv": "namn|förnamn|efternamn|telefon|mobil|e-post|adress|gatuadress|postnummer|ort|födelsedatum|personnummer|IBAN|anteckningar|referens|belopp|datum",
    "da": "navn|fornavn|efternavn|telefon|mobil|e-mail|adresse|vej|postnr|by|fødselsdato|CPR-nr|IBAN|bemærkninger|reference|beløb|dato",
    "no": "navn|fornavn|etternavn|telefon|mobil|e-post|adresse|gate|postnr|poststed|fødselsdato|fødselsnummer|IBAN|merknader|referanse|beløp|dato",
    "pl": "imię i nazwisko|imię|nazwisko|telefon|komórka|e-mail|adres|ulica|kod pocztowy|miejscowość|data urodzenia|PESEL|IBAN|uwagi|numer sprawy|kwota|data",
    "fi": "nimi|etunimi|sukunimi|puhelin|matkapuhelin|sähköposti|osoite|katuosoite|postinumero|postitoimipaikka|syntymäaika|henkilötunnus|IBAN|huomautukset|viite|summa|päivämäärä",
    "cs": "jméno a příjmení|jméno|příjmení|telefon|mobil|e-mail|adresa|ulice|PSČ|obec|datum narození|rodné číslo|IBAN|poznámka|číslo jednací|částka|datum",
    "sk": "meno a priezvisko|meno|priezvisko|telefón|mobil|e-mail|adresa|ulica|PSČ|obec|dátum narodenia|rodné číslo|IBAN|poznámka|číslo objednávky|suma|dátum",
    "tr": "ad soyad|ad|soyad|telefon|cep telefonu|e-posta|adres|sokak|posta kodu|ilçe|doğum tarihi|TC kimlik no|IBAN|notlar|referans|tutar|tarih",
    "ja": "氏名|名|姓|電話番号|携帯|メール|住所|番地|郵便番号|市区町村|生年月日|マイナンバー|口座|備考|予約番号|金額|日付",
    "zh": "姓名|名|姓|电话|手机|邮箱|地址|街道|邮编|城市|出生日期|身份证号|账号|备注|订单号|金额|日期",
    "ro": "nume complet|prenume|nume|telefon|mobil|email|adresa|strada|cod postal|localitate|data nasterii|CNP|IBAN|observatii|referinta|suma|data",
    "el": "ονοματεπώνυμο|όνομα|επώνυμο|τηλέφωνο|κινητό|email|διεύθυνση|οδός|ΤΚ|πόλη|ημερομηνία γέννησης|ΑΜΚΑ|IBAN|σημειώσεις|αριθμός αναφοράς|ποσό|ημερομηνία",
    "hu": "név|keresztnév|vezetéknév|telefon|mobil|e-mail|lakcím|utca|irányítószám|település|születési dátum|TAJ szám|IBAN|megjegyzés|ügyszám|összeg|dátum",
    "hr": "ime i prezime|ime|prezime|telefon|mobitel|e-pošta|adresa|ulica|poštanski broj|mjesto|datum rođenja|OIB|IBAN|napomena|referenca|iznos|datum",
    "sl": "ime in priimek|ime|priimek|telefon|mobilni telefon|e-pošta|naslov|ulica|poštna številka|kraj|datum rojstva|EMŠO|IBAN|opombe|referenca|znesek|datum",
    "lt": "vardas pavardė|vardas|pavardė|telefonas|mobilusis|el. paštas|adresas|gatvė|pašto kodas|miestas|gimimo data|asmens kodas|IBAN|pastabos|užsakymo nr|suma|data",
    "lv": "vārds uzvārds|vārds|uzvārds|tālrunis|mobilais|e-pasts|adrese|iela|pasta indekss|pilsēta|dzimšanas datums|personas kods|IBAN|piezīmes|pasūtījuma nr|summa|datums",
    "et": "nimi|eesnimi|perekonnanimi|telefon|mobiil|e-post|aadress|tänav|postiindeks|linn|sünniaeg|isikukood|IBAN|märkused|viitenumber|summa|kuupäev",
    "uk": "ПІБ|ім'я|прізвище|телефон|мобільний|ел. пошта|адреса|вулиця|індекс|місто|дата народження|РНОКПП|IBAN|примітки|номер заявки|сума|дата",
    "ru": "ФИО|имя|фамилия|телефон|мобильный|эл. почта|адрес|улица|индекс|город|дата рождения|ИНН|счёт|примечание|номер заявки|сумма|дата",
    "bg": "име и фамилия|име|фамилия|телефон|мобилен|имейл|адрес|улица|пощенски код|град|дата на раждане|ЕГН|IBAN|бележки|номер на заявка|сума|дата",
}.items()}  # fmt: skip
EN_COLS = {
    "name": ["name", "full name", "fullName", "NAME", "client", "contact"], "first": ["first_name", "fname", "givenName", "FIRST NAME", "forename"],
    "last": ["surname", "lname", "lastName", "LAST_NAME", "family name"], "phone": ["phone", "tel1", "contactNo", "PHONE", "telephone", "ph"],
    "mobile": ["mobile", "cell", "mob_no", "MobilePhone", "mob"], "email": ["email", "e_mail", "emailAddress", "EMAIL_ADDR", "mail"],
    "address": ["address", "home_address", "addr", "POSTAL ADDRESS", "residence"], "street": ["street", "addr1", "address_line_1", "streetLine", "STREET"],
    "zip": ["postcode", "zip", "post_code", "ZIP_CODE", "pcode"], "city": ["town", "city", "locality", "CITY", "suburb"],
    "dob": ["dob", "date_of_birth", "birthDate", "DOB", "birthdate"], "id": ["national_id", "natID", "ID_NUMBER", "id no", "tax_ref"],
    "iban": ["iban", "bank_account", "IBAN", "acct_iban", "payout account"], "notes": ["notes", "remarks", "comments", "NOTES", "free_text"],
    "ref": ["ref", "booking_ref", "REF_NO", "reference", "case no"], "amount": ["amount", "amt", "TOTAL", "value", "sum_eur"],
    "date": ["date", "visit_date", "DATE", "eventDate", "on"],
}  # fmt: skip
ROLE_EN = {"applicant": "applicant", "co": "co_applicant", "pax": "pax", "client": "client", "member": "member",
           "cust": "cust", "nok": "next_of_kin", "from": "from", "to": "to", "alum": "alumni", "": ""}  # fmt: skip


def _style(words: list[str], rng: random.Random) -> str:
    words = [w for w in words if w]
    kind = rng.choice(["snake", "camel", "caps", "title", "plain", "dot"])
    if kind == "snake":
        return "_".join(w.lower().replace(" ", "_") for w in words)
    if kind == "camel":
        parts = " ".join(words).replace("_", " ").split()
        return parts[0].lower() + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    if kind == "caps":
        return "_".join(w.upper().replace(" ", "_") for w in words)
    if kind == "title":
        return " ".join(w.replace("_", " ").title() for w in words)
    if kind == "dot":
        return ".".join(w.lower().replace(" ", "_") for w in words)
    return " ".join(words)


def colname(locale: str, concept: str, role: str, rng: random.Random, native: float) -> str:
    """A column name for ``concept``: the locale's word (styled) or an English one, with a role prefix or a
    numbered suffix now and then."""
    lang = LANG[locale]
    if lang in VOCAB and rng.random() < native:
        base = VOCAB[lang][concept]
        if lang in ("ja", "zh"):
            return base + rng.choice(["", "", "1", "（主）"])
        name = rng.choice([base, base, base.upper(), base.lower().replace(" ", "_"), base + "_1", base.title()])
        return name
    base = rng.choice(EN_COLS[concept])
    prefix = ROLE_EN[role] if role and rng.random() < 0.6 else ""
    suffix = rng.choice(["", "", "", "_1", "2", "_primary"]) if concept in ("phone", "mobile", "email", "street") else ""
    if not prefix and not suffix:
        return base
    return _style([prefix, base], rng) + suffix

# ---------------------------------------------------------------- data: note templates
# (form, case, text): case "lower"/"upper" writes the names/streets/towns of the note in that case (the
# template's own words are already written so). Placeholders: {name} {inv} (Surname, First) {tname} (title +
# name) {tlast} (title + surname) {init} (initial + surname) {first}; {oname} {otlast} {oinv} another person;
# {street} {addr} {ostreet}; {phone} {ophone} {email} {nid} {iban} {card} {dob}.

EN_TEMPLATES = [
    ("dispatcher log", "lower", "21:14 job 4471 - pickup {street} for {tname}, cb {phone}. driver 12 en route, eta 9 mins"),
    ("dispatcher log", "lower", "caller {name} rang from {phone}, says her husband fell outside {street}. neighbour {oname} waiting with him. crew tasked"),
    ("dispatcher log", "upper", "CALLER {name} AT {addr} REPORTS SMOKE FROM NEXT DOOR. CALLBACK {phone}. DOB {dob} GIVEN FOR WELFARE CHECK"),
    ("dispatcher log", "", "22:40 welfare check requested by {oname} ({ophone}) for {inv}, last seen at {street}. No answer on {phone}."),
    ("home-visit note", "", "Visited {tname} at home ({addr}) with daughter {oname} present. Meds reviewed, {first} says the stairs are getting harder. Next visit booked, contact {phone} or {email}."),
    ("home-visit note", "", "HV done. client: {inv}, dob {dob}, id {nid}. lives alone at {street}. GP {otlast} to be updated re falls."),
    ("home-visit note", "lower", "popped round to {street} - no answer. left card. {name} rang back later from {phone}, will try thurs"),
    ("mortgage broker file note", "", "File note: spoke with {tname} re remortgage of {addr}. Applicant DOB {dob}, ID {nid}. Salary paid into {iban}. Co-applicant {oinv} to send 3 payslips to {email}."),
    ("mortgage broker file note", "", "Client {inv} called from {phone} - wants to know if the valuation on {street} is back. Advised 5-7 working days. Case handler {otlast}."),
    ("mortgage broker file note", "", "Fact find completed for {name}, born {dob}, ID#{nid}. No arrears. Deposit coming from {iban}, gift letter from {oname}."),
    ("referral letter", "", "Dear {otlast},\nThank you for seeing {tname} (DOB {dob}) of {addr}, who has had worsening knee pain since March. Tel {phone}.\nYours sincerely,\n{oname}"),
    ("referral letter", "", "Re: {name}, {dob}, {street}. I would be grateful if you could assess this patient, who can be reached on {phone} or at {email}."),
    ("taxi booking remarks", "", "pax {tlast} - pick up outside {street} 06:40, to airport T2, call {phone} on arrival, paid by card {card}"),
    ("taxi booking remarks", "lower", "regular - {name}, from {street} to the station, wheelchair, ring {phone} not the doorbell"),
    ("taxi booking remarks", "upper", "ACCOUNT JOB FOR {inv}, COLLECT FROM {addr}, RETURN 17:30, MOBILE {phone}"),
    ("removal survey", "", "Survey at {addr} for {tname}. 3-bed semi, piano in lounge, parking tight. Customer mobile {phone}, email {email}. Moving to {ostreet} on the 28th."),
    ("removal survey", "", "Surveyor notes - {inv}: loft full, 40 boxes, dismantle wardrobes. Deposit paid by card {card}. Keys with neighbour {oname}."),
    ("club committee minutes", "", "Item 4, membership: {name} reported that {oname} has not paid subs since June; letter to go to {ostreet}, phone {ophone}."),
    ("club committee minutes", "", "Apologies from {tlast}. {oname} proposed {name} as new junior coach, seconded by {otlast}. Vetting form: DOB {dob}, ID {nid}."),
    ("alumni update", "", "Class of 2009 update: {name} now lives at {addr} and works in finance. New email {email}, mobile {phone}."),
    ("alumni update", "", "Alumni office: {tname} asked us to delete the old address ({street}) and use {email} from now on. Regular gift from {iban}."),
    ("council complaint", "", "I am writing to complain that the bins on {street} have not been collected for 3 weeks. My name is {name} and I live at {addr}. Please call me on {phone}. Ref/ID {nid}."),
    ("council complaint", "lower", "complaint re potholes outside {street}. resident {name} ({email}) says her car was damaged, wants compensation paid to {iban}"),
    ("field engineer job sheet", "", "JOB SHEET | Customer: {inv} | Site: {addr} | Tel: {phone} | Fault: boiler pressure low | Parts: PRV valve | Signed: {init}"),
    ("field engineer job sheet", "", "Engineer attended {street}, met {tname}. Replaced meter, reading taken. DOB {dob} verified for account; callback {phone}."),
    ("vaccination reception log", "", "09:12 {name}, dob {dob}, arrived for booster. Walked in from {street}. ID no. {nid}. Next of kin {oname} {ophone}."),
    ("vaccination reception log", "lower", "walk in: {name} dob:{dob} id:{nid} tel{phone} - 2nd dose, reminder to {email}"),
]  # fmt: skip

NATIVE_TEMPLATES = {
    "de": [("home-visit note (native)", "", "Hausbesuch bei {tname}, {addr}. Tochter {oname} war anwesend. Rückruf unter {phone}, geb. {dob}, Ausweis-Nr. {nid}."),
           ("taxi booking remarks (native)", "lower", "abholung {street} 7:15 uhr, fahrgast {name}, bitte vorher anrufen {phone}"),
           ("council complaint (native)", "", "Beschwerde von {inv} ({email}): Die Straßenlaterne vor {street} ist seit Wochen defekt. Erstattung bitte auf {iban}.")],
    "fr": [("home-visit note (native)", "", "Visite à domicile chez {tname}, {addr}. Sa fille {oname} était présente. Rappeler au {phone}, date de naissance {dob}, n° {nid}."),
           ("taxi booking remarks (native)", "lower", "prise en charge {street} à 7h15, client {name}, appeler avant au {phone}"),
           ("council complaint (native)", "", "Réclamation de {inv} ({email}) : le lampadaire devant le {street} est en panne depuis des semaines. Remboursement sur {iban}.")],
    "es": [("home-visit note (native)", "", "Visita domiciliaria a {tname} en {addr}. Estaba presente su hija {oname}. Llamar al {phone}, fecha de nacimiento {dob}, documento {nid}."),
           ("taxi booking remarks (native)", "lower", "recogida en {street} a las 7:15, pasajero {name}, llamar antes al {phone}"),
           ("council complaint (native)", "", "Queja de {inv} ({email}): la farola delante de {street} lleva semanas apagada. Abono en {iban}.")],
    "it": [("home-visit note (native)", "", "Visita domiciliare a {tname}, {addr}. Presente la figlia {oname}. Richiamare al {phone}, data di nascita {dob}, CF {nid}."),
           ("taxi booking remarks (native)", "lower", "ritiro in {street} alle 7:15, passeggero {name}, chiamare prima il {phone}"),
           ("council complaint (native)", "", "Reclamo di {inv} ({email}): il lampione davanti a {street} è guasto da settimane. Rimborso su {iban}.")],
    "nl": [("home-visit note (native)", "", "Huisbezoek bij {tname}, {addr}. Dochter {oname} was aanwezig. Terugbellen op {phone}, geboren {dob}, id {nid}."),
           ("taxi booking remarks (native)", "lower", "ophalen {street} om 7:15, passagier {name}, graag eerst bellen {phone}"),
           ("council complaint (native)", "", "Klacht van {inv} ({email}): de lantaarnpaal voor {street} is al weken kapot. Vergoeding naar {iban}.")],
    "pt": [("home-visit note (native)", "", "Visita domiciliária a {tname}, {addr}. A filha {oname} estava presente. Ligar para {phone}, data de nascimento {dob}, documento {nid}."),
           ("taxi booking remarks (native)", "lower", "recolha na {street} às 7h15, passageiro {name}, ligar antes para {phone}")],
    "sv": [("home-visit note (native)", "", "Hembesök hos {tname}, {addr}. Dottern {oname} var närvarande. Ring tillbaka på {phone}, född {dob}, personnummer {nid}."),
           ("taxi booking remarks (native)", "lower", "hämtning {street} kl 7.15, resenär {name}, ring först {phone}")],
    "da": [("home-visit note (native)", "", "Hjemmebesøg hos {tname}, {addr}. Datteren {oname} var til stede. Ring tilbage på {phone}, født {dob}, CPR {nid}."),
           ("taxi booking remarks (native)", "lower", "afhentning {street} kl. 7.15, passager {name}, ring først på {phone}")],
    "no": [("home-visit note (native)", "", "Hjemmebesøk hos {tname}, {addr}. Datteren {oname} var til stede. Ring tilbake på {phone}, født {dob}, fødselsnr. {nid}."),
           ("taxi booking remarks (native)", "lower", "henting {street} kl. 07.15, passasjer {name}, ring først {phone}")],
    "pl": [("home-visit note (native)", "", "Wizyta domowa u {tname}, {addr}. Obecna była córka {oname}. Oddzwonić pod {phone}, data urodzenia {dob}, PESEL {nid}."),
           ("taxi booking remarks (native)", "lower", "odbiór {street} o 7:15, pasażer {name}, zadzwonić wcześniej {phone}"),
           ("council complaint (native)", "", "Skarga od {inv} ({email}): latarnia przed {street} nie działa od tygodni. Zwrot na konto {iban}.")],
    "fi": [("home-visit note (native)", "", "Kotikäynti: {tname}, {addr}. Tytär {oname} oli paikalla. Soita takaisin {phone}, syntynyt {dob}, hetu {nid}."),
           ("taxi booking remarks (native)", "lower", "nouto {street} klo 7.15, asiakas {name}, soita ensin {phone}")],
    "cs": [("home-visit note (native)", "", "Domácí návštěva u {tname}, {addr}. Přítomna byla dcera {oname}. Zavolat zpět na {phone}, datum narození {dob}, RČ {nid}."),
           ("taxi booking remarks (native)", "lower", "vyzvednutí {street} v 7:15, zákazník {name}, předem volat {phone}")],
    "sk": [("home-visit note (native)", "", "Domáca návšteva u {tname}, {addr}. Prítomná bola dcéra {oname}. Zavolať späť na {phone}, dátum narodenia {dob}, RČ {nid}."),
           ("taxi booking remarks (native)", "lower", "vyzdvihnutie {street} o 7:15, zákazník {name}, vopred volať {phone}")],
    "tr": [("home-visit note (native)", "", "{tname} ziyaret edildi, adres: {addr}. Kızı {oname} de oradaydı. Geri arama {phone}, doğum tarihi {dob}, TC {nid}."),
           ("taxi booking remarks (native)", "lower", "alış {street} saat 7.15, yolcu {name}, önce arayın {phone}")],
    "ja": [("home-visit note (native)", "", "{tname}宅を訪問（{addr}）。娘の{oname}さんが同席。折り返し{phone}、生年月日{dob}、マイナンバー{nid}。"),
           ("taxi booking remarks (native)", "", "迎車：{street}、7時15分、お客様{name}、到着時に{phone}へ電話。")],
    "zh": [("home-visit note (native)", "", "上门探访{tname}，地址：{addr}。女儿{oname}在场。回电{phone}，出生日期{dob}，身份证{nid}。"),
           ("taxi booking remarks (native)", "", "接车地点{street}，7点15分，乘客{name}，到达前请拨打{phone}。")],
    "ro": [("home-visit note (native)", "", "Vizită la domiciliu la {tname}, {addr}. Fiica {oname} a fost prezentă. Sunați înapoi la {phone}, data nașterii {dob}, CNP {nid}."),
           ("taxi booking remarks (native)", "lower", "preluare {street} la ora 7:15, pasager {name}, sunați înainte la {phone}")],
    "el": [("home-visit note (native)", "", "Επίσκεψη στο σπίτι: {tname}, {addr}. Παρούσα η κόρη {oname}. Επικοινωνία στο {phone}, ημ. γέννησης {dob}, ΑΜΚΑ {nid}."),
           ("taxi booking remarks (native)", "", "Παραλαβή από {street} στις 7:15, επιβάτης {name}, τηλεφωνήστε πρώτα στο {phone}")],
    "hu": [("home-visit note (native)", "", "Családlátogatás: {tname}, {addr}. A lánya, {oname} is jelen volt. Visszahívás: {phone}, születési dátum {dob}, TAJ {nid}."),
           ("taxi booking remarks (native)", "lower", "felvétel {street} 7:15-kor, utas {name}, előtte hívja: {phone}")],
    "hr": [("home-visit note (native)", "", "Kućni posjet: {tname}, {addr}. Prisutna je bila kći {oname}. Nazvati na {phone}, datum rođenja {dob}, OIB {nid}."),
           ("taxi booking remarks (native)", "lower", "preuzimanje {street} u 7:15, putnik {name}, prije nazvati {phone}")],
    "sl": [("home-visit note (native)", "", "Obisk na domu pri {tname}, {addr}. Prisotna je bila hči {oname}. Pokličite nazaj na {phone}, datum rojstva {dob}, EMŠO {nid}."),
           ("taxi booking remarks (native)", "lower", "prevzem {street} ob 7.15, potnik {name}, prej pokličite {phone}")],
    "lt": [("home-visit note (native)", "", "Apsilankymas namuose: {tname}, {addr}. Dalyvavo dukra {oname}. Perskambinti {phone}, gimimo data {dob}, asmens kodas {nid}."),
           ("taxi booking remarks (native)", "lower", "paėmimas {street} 7:15, keleivis {name}, prieš tai skambinti {phone}")],
    "lv": [("home-visit note (native)", "", "Mājas vizīte: {tname}, {addr}. Klāt bija meita {oname}. Atzvanīt uz {phone}, dzimšanas datums {dob}, personas kods {nid}."),
           ("taxi booking remarks (native)", "lower", "saņemšana {street} plkst. 7:15, pasažieris {name}, iepriekš zvanīt {phone}")],
    "et": [("home-visit note (native)", "", "Koduvisiit: {tname}, {addr}. Kohal oli tütar {oname}. Helistada tagasi {phone}, sünniaeg {dob}, isikukood {nid}."),
           ("taxi booking remarks (native)", "lower", "pealevõtt {street} kell 7.15, sõitja {name}, helistage enne {phone}")],
    "uk": [("home-visit note (native)", "", "Візит додому: {tname}, {addr}. Була присутня донька {oname}. Передзвонити на {phone}, дата народження {dob}, РНОКПП {nid}."),
           ("taxi booking remarks (native)", "", "Подача таксі: {street}, 7:15, пасажир {name}, зателефонувати заздалегідь {phone}")],
    "ru": [("home-visit note (native)", "", "Визит на дом: {tname}, {addr}. Присутствовала дочь {oname}. Перезвонить по номеру {phone}, дата рождения {dob}, ИНН {nid}."),
           ("taxi booking remarks (native)", "", "Подача такси: {street}, 7:15, пассажир {name}, позвонить заранее {phone}")],
    "bg": [("home-visit note (native)", "", "Домашно посещение: {tname}, {addr}. Присъстваше дъщеря ѝ {oname}. Да се обадим на {phone}, дата на раждане {dob}, ЕГН {nid}."),
           ("taxi booking remarks (native)", "", "Вземане от {street} в 7:15, пътник {name}, обадете се предварително на {phone}")],
}  # fmt: skip


def _kv_template(lang: str) -> tuple[str, str, str]:
    """A ``key: value`` sheet in the language, its keys from the column vocabulary."""
    v = VOCAB[lang]
    sep = "：" if lang in ("ja", "zh") else ": "
    return ("key-value sheet (native)", "", f"{v['name']}{sep}{{inv}} | {v['phone']}{sep}{{phone}} | {v['address']}{sep}"
            f"{{addr}} | {v['dob']}{sep}{{dob}} | {v['id']}{sep}{{nid}}")


def templates_of(locale: str) -> tuple[list, list]:
    """(English templates, native templates) of a locale."""
    lang = LANG[locale]
    native = list(NATIVE_TEMPLATES.get(lang, [])) + ([_kv_template(lang)] if lang in VOCAB else [])
    return EN_TEMPLATES, native


def english_share(locale: str) -> float:
    if LANG[locale] == "en":
        return 1.0
    return 0.5 if locale in FIRST7 else 0.25


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the literal text of its first template (the runner counts words per note's own template)."""
    out: dict[str, list[str]] = {}
    en, native = templates_of(locale)
    for form, _, text in [*en, *native]:
        out.setdefault(form, re.split(r"\{\w+\}", text))
    return out


def template_words_literals(template: str) -> list[str]:
    return re.split(r"\{\w+\}", template)


# ---------------------------------------------------------------- rendering


def _cased(text: str, case: str) -> str:
    return text.lower() if case == "lower" else text.upper() if case == "upper" else text


def _titled(locale: str, name: str, title: str) -> str:
    return f"{name}{title}" if LANG[locale] in ("ja", "zh") else f"{name} {title}" if LANG[locale] == "lv" else f"{title} {name}"


def render_note(
    locale: str, template: str, case: str, p: Person, o: Person, rng: random.Random, english: bool = False
) -> tuple[str, list]:
    """The note's text and its labelled spans ``[(entity, value as written)]`` (``english``: an English
    template, whose titles are English)."""
    tlocale = "en_US" if english else locale
    truth: list[tuple[str, str]] = []
    nid_entity = "ssn" if locale == "en_US" else "national_id"

    def person_bits(key: str, who: Person) -> tuple[str, str, str]:
        full = full_name(locale, who)
        if key == "name":
            v = _cased(full, case)
            return v, "name", v
        if key == "inv":
            v = _cased(f"{who.last}, {who.first}" if locale not in CJK else full, case)
            return v, "name", v
        if key == "tname":
            v = _cased(full, case)
            return _titled(tlocale, v, _cased(title_of(tlocale, who, rng), case)), "name", v
        if key == "tlast":
            v = _cased(who.last, case)
            return _titled(tlocale, v, _cased(title_of(tlocale, who, rng), case)), "last_name", v
        if key == "init":
            v = _cased(who.last, case)
            if locale in CJK:
                return _titled(tlocale, v, title_of(tlocale, who, rng)), "last_name", v
            return _cased(f"{who.first[0]}. ", case) + v, "last_name", v
        v = _cased(who.first, case)  # first
        return v, "name", v

    def sub(m: re.Match) -> str:
        key = m.group(1)
        other = key in ("oname", "otlast", "oinv", "ostreet", "ophone")
        who = o if other else p
        base = key[1:] if other else key
        if base in ("name", "inv", "tname", "tlast", "init", "first"):
            shown, entity, value = person_bits(base, who)
            truth.append((entity, value))
            return shown
        if base == "street":
            v = _cased(who.street, case)
            truth.append(("street_address", v))
            return v
        if base == "addr":
            street = _cased(who.street, case)
            truth.append(("street_address", street))
            return _cased(full_address(locale, who), case)
        if base == "phone":
            v = render_phone(who.phone, rng.choice(["national", "national", "intl", "e164", "digits"]), rng)
            truth.append(("phone_number", v))
            return v
        if base == "email":
            truth.append(("email", who.email))
            return who.email
        if base == "nid":
            truth.append((nid_entity, who.nid))
            return who.nid
        if base == "iban" and who.iban:
            truth.append(("iban", who.iban))
            return who.iban
        if base in ("iban", "card"):
            v = who.card if rng.random() < 0.5 or len(who.card) != 16 else " ".join(who.card[i : i + 4] for i in range(0, 16, 4))
            truth.append(("credit_debit_card", v))
            return v
        if base == "dob":
            v = dob_text(locale, who.dob, rng)
            truth.append(("date_of_birth", v))
            return v
        raise KeyError(key)

    return re.sub(r"\{(\w+)\}", sub, template), truth


def name_cell(locale: str, p: Person, style: str, rng: random.Random) -> str:
    full = full_name(locale, p)
    if locale in CJK:
        return full if style != "titled" else _titled(locale, full, title_of(locale, p, rng))
    if style == "mixed":
        style = rng.choice(["natural", "lower", "upper", "inv", "inv_upper"])
    return {
        "natural": full, "lower": full.lower(), "upper": full.upper(), "inv": f"{p.last}, {p.first}",
        "inv_upper": f"{p.last.upper()}, {p.first}", "titled": _titled(locale, full, title_of(locale, p, rng)),
        "initials": f"{p.first[0]}. {p.last}" if rng.random() < 0.5 else f"{p.last} {p.first[0]}.",
    }[style]  # fmt: skip


def _event_date(locale: str, rng: random.Random) -> str:
    return (REF + timedelta(days=rng.randint(-400, 120))).strftime(DATE_FORMATS[locale][0].replace("LONG_EN", _DMY).replace("ZH", _YMD))


def _amount(locale: str, rng: random.Random, lo: int, hi: int) -> str:
    x = rng.randint(lo * 100, hi * 100) / 100
    s = f"{x:,.2f}"
    if LANG[locale] in ("en", "ja", "zh") or locale in ("es_MX", "de_CH", "fr_CH"):
        return s
    return s.replace(",", " ").replace(".", ",")


def _case_col(values: list[str], style: str) -> list[str]:
    return [v.lower() if style == "lower" else v.upper() if style == "upper" else v for v in values]


# ---------------------------------------------------------------- export shapes


class _Cols:
    """Columns of a table being built: names made unique, labels kept."""

    def __init__(self, locale: str, rng: random.Random) -> None:
        self.locale, self.rng = locale, rng
        self.native = 0.0 if LANG[locale] == "en" else 0.6
        self.data: dict[str, list] = {}
        self.labels: dict[str, object] = {}

    def add(self, concept: str | None, role: str, values: list, label, name: str | None = None) -> None:
        if name is None:
            name = colname(self.locale, concept, role, self.rng, self.native)
        base, k = name, 2
        while name in self.data:
            name, k = f"{base}_{k}", k + 1
        self.data[name] = values
        self.labels[name] = label


def _nid_label(locale: str) -> tuple[str, ...]:
    return ("ssn", "national_id", "tax_id") if locale == "en_US" else ("national_id", "ssn", "tax_id")


NAME = ("name",)
ADDR = ("address", "street_address")
STREET = ("street_address", "address")


def _phones(people: list[Person], layout: str, rng: random.Random, attr: str = "phone") -> list[str]:
    return [render_phone(getattr(p, attr), layout, rng) for p in people]


def _blank(values: list, rng: random.Random, share: float) -> list:
    return [None if rng.random() < share else v for v in values]


def shape_mortgage(c: _Cols, ps: list[Person], os_: list[Person], fake: Faker) -> None:
    r, loc = c.rng, c.locale
    c.add("ref", "", [f"MA-26-{r.randint(0, 99999):05d}" for _ in ps], None)
    c.add("name", "applicant", [name_cell(loc, p, r.choice(["natural", "titled"]), r) for p in ps], NAME)
    c.add("name", "co", _blank([name_cell(loc, o, "inv", r) for o in os_], r, 0.4), NAME)
    c.add("dob", "applicant", [dob_text(loc, p.dob, r) for p in ps], ("date_of_birth",))
    c.add("id", "applicant", [p.nid for p in ps], _nid_label(loc))
    c.add("email", "applicant", [p.email for p in ps], ("email",))
    c.add("mobile", "applicant", _phones(ps, r.choice(["intl", "national", "e164"]), r), ("phone_number",))
    c.add("address", "", [_cased(full_address(loc, p), r.choice(["", "", "upper"])) for p in ps], ADDR)
    if ps[0].iban:
        c.add("iban", "", [p.iban for p in ps], ("iban",))
    c.add("amount", "", [_amount(loc, r, 80000, 650000) for _ in ps], None, name=r.choice(["loan_amount", "LoanAmt", "LOAN"]))
    c.add(None, "", [_amount(loc, r, 120000, 900000) for _ in ps], None, name=r.choice(["property_value", "valuation"]))
    c.add(None, "", [r.choice([10, 15, 20, 25, 30, 35]) for _ in ps], None, name=r.choice(["term_years", "TERM"]))
    c.add("date", "", [_event_date(loc, r) for _ in ps], None, name=r.choice(["application_date", "submitted", "AppDate"]))
    c.add(None, "", [r.choice(["approved", "pending", "declined", "offer issued"]) for _ in ps], None, name="status")


def shape_vaccination(c: _Cols, ps: list[Person], os_: list[Person], fake: Faker) -> None:
    r, loc = c.rng, c.locale
    style = r.choice(["natural", "lower", "upper"])
    c.add("ref", "", [f"VB{r.randint(100000, 999999)}" for _ in ps], None, name=r.choice(["booking_no", "BookingID", "appt ref"]))
    c.add("first", "", _case_col([p.first for p in ps], style), ("first_name", "name"))
    c.add("last", "", _case_col([p.last for p in ps], style), ("last_name", "name"))
    c.add("dob", "", [dob_text(loc, p.dob, r) for p in ps], ("date_of_birth",))
    c.add("id", "", [p.nid for p in ps], _nid_label(loc))
    c.add("phone", "", _phones(ps, r.choice(["national", "digits"]), r), ("phone_number",))
    c.add("zip", "", [p.postcode for p in ps], ("postcode",))
    c.add("city", "", [p.city for p in ps], ("city",))
    c.add(None, "", [f"{r.choice('FEKPR')}{r.choice('KAXT')}{r.randint(1000, 9999)}{r.choice('ABC')}" for _ in ps], None,
          name=r.choice(["lot", "batch_no", "LOT_NUMBER"]))  # fmt: skip
    c.add(None, "", [r.choice([1, 2, 3]) for _ in ps], None, name=r.choice(["dose", "dose_no", "DoseNumber"]))
    c.add(None, "", [r.choice(["Room 1", "Room 2", "Pod A", "Pod B", "Hall"]) for _ in ps], None, name=r.choice(["room", "station"]))
    c.add("date", "", [_event_date(loc, r) for _ in ps], None, name=r.choice(["appointment", "appt_date", "VISIT DATE"]))
    c.add(None, "", [f"{r.randint(8, 17):02d}:{r.choice(['00', '15', '30', '45'])}" for _ in ps], None, name="slot")


def shape_taxi(c: _Cols, ps: list[Person], os_: list[Person], fake: Faker) -> None:
    r, loc = c.rng, c.locale
    c.add("ref", "", [f"TX{r.randint(10000, 99999)}" for _ in ps], None, name=r.choice(["job_no", "JobRef", "BOOKING"]))
    c.add("name", "pax", [name_cell(loc, p, r.choice(["titled", "initials"]), r) for p in ps], NAME)
    c.add("phone", "pax", _phones(ps, r.choice(["ext", "intl", "national"]), r), ("phone_number",))
    c.add("street", "from", [p.street for p in ps], STREET)
    c.add("city", "from", [p.city for p in ps], ("city",))
    ranks = [fake.street_name() for _ in range(3)]
    c.add(None, "", [r.choice(ranks) for _ in ps], None, name=r.choice(["rank", "depot", "zone"]))
    c.add(None, "", [r.choice(["Airport T1", "Airport T2", "Central Station", "City Hospital", "Bus Station"]) for _ in ps], None,
          name=r.choice(["destination", "dropoff", "TO"]))  # fmt: skip
    c.add(None, "", [f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}" for _ in ps], None, name="pickup_time")
    c.add("amount", "", [_amount(loc, r, 8, 140) for _ in ps], None, name=r.choice(["fare", "FARE_EST"]))
    c.add(None, "", [r.choice(["Car 14", "Car 7", "Van 3", "MPV 2", "Exec 1"]) for _ in ps], None, name=r.choice(["vehicle", "callsign"]))
    c.add(None, "", [f"D{r.randint(100, 999)}" for _ in ps], None, name=r.choice(["driver_id", "drv"]))


def shape_removal(c: _Cols, ps: list[Person], os_: list[Person], fake: Faker) -> None:
    r, loc = c.rng, c.locale
    c.add("ref", "", [f"Q-{r.randint(1000, 9999)}/{r.choice(['A', 'B', 'C'])}" for _ in ps], None, name=r.choice(["quote_no", "QuoteRef"]))
    c.add("name", "cust", [name_cell(loc, p, r.choice(["inv", "inv_upper"]), r) for p in ps], NAME)
    c.add("email", "cust", [p.email for p in ps], ("email",))
    c.add("phone", "cust", _phones(ps, "national", r), ("phone_number",))
    c.add("street", "from", [p.street for p in ps], STREET)
    c.add("zip", "from", [p.postcode for p in ps], ("postcode",))
    c.add("city", "from", [p.city for p in ps], ("city",))
    c.add("address", "to", [full_address(loc, o) for o in os_], ADDR)
    c.add("date", "", [_event_date(loc, r) for _ in ps], None, name=r.choice(["survey_date", "move date", "MOVE_DATE"]))
    c.add(None, "", [r.randint(8, 95) for _ in ps], None, name=r.choice(["volume_m3", "cu_m"]))
    c.add(None, "", [r.randint(0, 60) for _ in ps], None, name=r.choice(["crates", "boxes"]))
    c.add("amount", "", [_amount(loc, r, 300, 6000) for _ in ps], None, name=r.choice(["quote", "QUOTE_TOTAL"]))


def shape_club(c: _Cols, ps: list[Person], os_: list[Person], fake: Faker) -> None:
    r, loc = c.rng, c.locale
    c.add("ref", "member", [f"M{r.randint(1000, 9999)}" for _ in ps], None, name=r.choice(["member_no", "MemberNo", "membership id"]))
    c.add("name", "member", [name_cell(loc, p, r.choice(["lower", "upper", "mixed"]), r) for p in ps], NAME)
    c.add("dob", "", [dob_text(loc, p.dob, r) for p in ps], ("date_of_birth",))
    c.add("mobile", "", _phones(ps, "digits", r), ("phone_number",))
    c.add("email", "", [p.email.upper() if r.random() < 0.1 else p.email for p in ps], ("email",))
    c.add("street", "", [p.street for p in ps], STREET)
    c.add("zip", "", [p.postcode for p in ps], ("postcode",))
    c.add("city", "", [p.city for p in ps], ("city",))
    c.add(None, "", [r.choice(["U12 Lions", "U14 Girls", "Vets", "Ladies 1st", "Walking Football", "U16"]) for _ in ps], None, name="team")
    grounds = [fake.street_name() + r.choice([" pitch", " ground", " courts"]) for _ in range(3)]
    c.add(None, "", [r.choice(grounds) for _ in ps], None, name=r.choice(["home_ground", "venue"]))
    c.add("amount", "", [_amount(loc, r, 20, 400) for _ in ps], None, name=r.choice(["annual_fee", "subs"]))
    if ps[0].iban:
        c.add("iban", "", [p.iban for p in ps], ("iban",))
    c.add("date", "", [_event_date(loc, r) for _ in ps], None, name=r.choice(["joined", "renewal_date"]))


def shape_alumni(c: _Cols, ps: list[Person], os_: list[Person], fake: Faker) -> None:
    r, loc = c.rng, c.locale
    c.add("ref", "alum", [f"AL{r.randint(100000, 999999)}" for _ in ps], None, name=r.choice(["alumni_id", "AlumniID"]))
    c.add("name", "alum", [name_cell(loc, p, r.choice(["titled", "natural", "inv_upper"]), r) for p in ps], NAME)
    c.add(None, "", [r.randint(1975, 2023) for _ in ps], None, name=r.choice(["grad_year", "CLASS_OF"]))
    c.add(None, "", [r.choice(["BSc Economics", "MA History", "MEng Civil", "LLB", "PhD Chemistry", "BA Music"]) for _ in ps], None,
          name="degree")  # fmt: skip
    c.add(None, "", [fake.company() for _ in ps], None, name=r.choice(["employer", "company", "Organisation"]))
    c.add("email", "", [p.email for p in ps], ("email",))
    c.add("phone", "", _phones(ps, "intl", r), ("phone_number",))
    c.add("street", "", [p.street for p in ps], STREET)
    c.add("city", "", [p.city for p in ps], ("city",))
    c.add("amount", "", [_amount(loc, r, 0, 5000) for _ in ps], None, name=r.choice(["gift_total", "donations"]))
    c.add(None, "", [r.choice(["yes", "no"]) for _ in ps], None, name=r.choice(["newsletter", "opt_in"]))


def shape_social_care(c: _Cols, ps: list[Person], os_: list[Person], fake: Faker) -> None:
    r, loc = c.rng, c.locale
    c.add("ref", "client", [f"SC/{r.randint(10000, 99999)}" for _ in ps], None, name=r.choice(["case_ref", "ClientRef"]))
    c.add("name", "client", [name_cell(loc, p, r.choice(["natural", "upper", "inv"]), r) for p in ps], NAME)
    c.add("dob", "client", [dob_text(loc, p.dob, r) for p in ps], ("date_of_birth",))
    c.add("id", "client", [p.nid for p in ps], _nid_label(loc))
    c.add("phone", "client", _phones(ps, r.choice(["national", "intl"]), r), ("phone_number",))
    c.add("address", "client", [full_address(loc, p) for p in ps], ADDR)
    c.add("name", "nok", [name_cell(loc, o, r.choice(["natural", "titled"]), r) for o in os_], NAME)
    c.add("phone", "nok", _phones(os_, "national", r), ("phone_number",))
    c.add(None, "", [f"C-{r.randint(100, 999)}" for _ in ps], None, name=r.choice(["carer", "carer_code"]))
    c.add("date", "", [_event_date(loc, r) for _ in ps], None, name=r.choice(["visit_date", "VISIT"]))
    c.add(None, "", [r.choice([15, 30, 45, 60]) for _ in ps], None, name=r.choice(["minutes", "duration_min"]))


def shape_tax(c: _Cols, ps: list[Person], os_: list[Person], fake: Faker) -> None:
    r, loc = c.rng, c.locale
    style = r.choice(["natural", "upper"])
    c.add("ref", "client", [f"{r.randint(2019, 2025)}-{r.randint(100, 9999):04d}" for _ in ps], None, name=r.choice(["client_no", "FileNo"]))
    c.add("last", "", _case_col([p.last for p in ps], style), ("last_name", "name"))
    c.add("first", "", _case_col([p.first for p in ps], style), ("first_name", "name"))
    c.add("id", "", [p.nid for p in ps], _nid_label(loc))
    if ps[0].iban:
        c.add("iban", "", [p.iban for p in ps], ("iban",))
    else:
        c.add(None, "", [p.card for p in ps], ("credit_debit_card",), name=r.choice(["card_no", "CardNumber", "payment card"]))
    c.add("email", "", [p.email for p in ps], ("email",))
    c.add("phone", "", _phones(ps, r.choice(["ext", "e164"]), r), ("phone_number",))
    c.add("street", "", [p.street for p in ps], STREET)
    c.add("zip", "", [p.postcode for p in ps], ("postcode",))
    c.add("city", "", [p.city for p in ps], ("city",))
    c.add(None, "", [r.randint(2019, 2025) for _ in ps], None, name=r.choice(["tax_year", "YEAR"]))
    c.add("amount", "", [_amount(loc, r, -3000, 9000) for _ in ps], None, name=r.choice(["refund", "balance_due"]))


SHAPES = {"mortgage applications": shape_mortgage, "vaccination bookings": shape_vaccination,
          "taxi bookings": shape_taxi, "removal quotes": shape_removal, "sports club members": shape_club,
          "university alumni": shape_alumni, "social-care visits": shape_social_care, "tax adviser clients": shape_tax}  # fmt: skip
SHAPE_GENRES = {"mortgage applications": ("mortgage broker file note", "referral letter"),
                "vaccination bookings": ("vaccination reception log", "referral letter"),
                "taxi bookings": ("taxi booking remarks", "dispatcher log"),
                "removal quotes": ("removal survey", "field engineer job sheet"),
                "sports club members": ("club committee minutes", "council complaint"),
                "university alumni": ("alumni update",), "social-care visits": ("home-visit note", "dispatcher log"),
                "tax adviser clients": ("mortgage broker file note", "council complaint")}  # fmt: skip
NOTES_EN = {"mortgage applications": ["file_notes", "BrokerNotes"], "vaccination bookings": ["reception_notes", "comments"],
            "taxi bookings": ["remarks", "DISPATCH_LOG"], "removal quotes": ["survey_notes", "Notes"],
            "sports club members": ["committee_notes", "notes"], "university alumni": ["update_text", "Comments"],
            "social-care visits": ["visit_note", "CASE NOTES"], "tax adviser clients": ["file_note", "memo"]}  # fmt: skip


def heldout13_table(locale: str, seed: int, n: int = N_ROWS) -> Table:
    """One set-13 table: the shape is fixed by (locale, seed), every value drawn from them."""
    idx = LOCALES.index(locale)
    rng = random.Random(seed * 1000 + idx)
    fake = Faker(locale)
    fake.seed_instance(seed * 100 + idx)
    names = list(SHAPES)
    shape = names[(idx * 3 + (seed - SEEDS[0]) * 5) % len(names)]
    ps = [person(locale, fake, rng) for _ in range(n)]
    os_ = [person(locale, fake, rng) for _ in range(n)]
    cols = _Cols(locale, rng)
    SHAPES[shape](cols, ps, os_, fake)
    en, native = templates_of(locale)
    own = [t for t in en if t[0] in SHAPE_GENRES[shape]]
    notes, truths, forms, used = [], [], [], []
    for p, o in zip(ps, os_, strict=True):
        if rng.random() < 0.08:
            notes.append(None)
            truths.append([])
            forms.append("")
            used.append("")
            continue
        english = not (native and rng.random() >= english_share(locale))
        if english:
            form, case, text = rng.choice(own if own and rng.random() < 0.6 else en)
        else:
            form, case, text = rng.choice(native)
        note, truth = render_note(locale, text, case, p, o, rng, english)
        notes.append(note)
        truths.append(truth)
        forms.append(form)
        used.append(text)
    if LANG[locale] != "en" and rng.random() < cols.native:
        notes_col = VOCAB[LANG[locale]]["notes"]
    else:
        notes_col = rng.choice(NOTES_EN[shape])
    cols.add(None, "", notes, None, name=notes_col)
    notes_col = list(cols.data)[-1]
    labels = {k: v for k, v in cols.labels.items() if k != notes_col}
    frame = pd.DataFrame(cols.data)
    return Table(frame, labels, truths, forms, used, notes_col, shape)
