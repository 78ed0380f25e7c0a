# ruff: noqa: E501  (templates and vocabularies are one line each)
"""Held-out set 11: labelled tables for the PII stage, 36 locales, seeds 11001-11002.

Written in session 25 by a helper that did not read the PII tests, the earlier held-out tables or
the detector's internals, from its own idea of real exports: university admissions, utility meter
readings, event ticketing, hotel guest register, insurance claims and dental recalls. Column names
come in the locale's language or English, prefixed/suffixed and re-cased; values in lower/upper/
title case; names combined or split, with titles, initials or ``Surname, First``; phones national,
international, E.164, digits only or with an extension; national ids built here with their check
digits (those that embed a birth date are built from a birth date drawn before a FIXED reference
date, never from the clock); IBANs of the country; look-alike columns that are not PII (ticket and
meter numbers, room names, amounts, event dates). The notes column holds free text of seven genres
(insurance claim narrative, teacher's note to parents, hotel front-desk log, job-application cover
letter, customer-support e-mail thread, tenancy letter, social-media DM) written per language, with
every inserted entity span labelled.

``heldout11_table(locale, seed, n)`` -> ``Table`` (frame, labels, notes, forms, templates, shape).
Labels: column -> tuple of accepted entities (first is the truth), ``None`` (not PII) or
``"dont_care"`` (region/state columns).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import pandas as pd
import phonenumbers
from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn, verhoeff
from stdnum.bg import egn
from stdnum.cn import ric
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.lt import asmens
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.ru import inn
from stdnum.si import emso
from stdnum.tr import tckimlik
from stdnum.ua import rntrc

from heldout_common import region

SEEDS = (11001, 11002)
N_ROWS = 120
REF_DATE = date(2026, 1, 1)  # birth dates are drawn before this, never before "today"
FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
OTHER26 = ("sv_SE", "pl_PL", "pt_PT", "da_DK", "en_AU", "de_AT", "fr_CH", "en_IN", "en_CA", "fr_CA", "pt_BR",
           "es_MX", "cs_CZ", "fi_FI", "tr_TR", "ja_JP", "zh_CN", "no_NO", "ro_RO", "el_GR", "hu_HU", "sk_SK",
           "hr_HR", "de_CH", "lt_LT", "uk_UA")  # fmt: skip
NEW3 = ("ru_RU", "bg_BG", "sl_SI")
LOCALES = FIRST7 + OTHER26 + NEW3
CJK = ("ja_JP", "zh_CN")
SHAPES = ("admissions", "meter", "tickets", "hotel", "claims", "dental")
LANG = {x: x.split("_")[0] for x in LOCALES} | {"no_NO": "no", "pt_BR": "pt"}
# Countries with an IBAN and the BBAN length to build when Faker gives none of the country.
IBAN_BBAN = {"UA": 25, "SE": 20, "HR": 17, "HU": 24, "LT": 16, "SI": 15, "BG": 18}
NO_IBAN = ("US", "GB_never", "AU", "IN", "CA", "MX", "JP", "CN", "RU")  # GB has IBANs: kept


@dataclass
class Table:
    frame: pd.DataFrame
    labels: dict
    notes: list  # per row: [(entity, value), ...] inserted in the notes column
    notes_column: str
    forms: list  # per row: the note's genre ("" when the note holds no entity)
    templates: list  # per row: the template the note was written from ("" when none)
    shape: str
    extra: dict = field(default_factory=dict)


# Column vocabulary --------------------------------------------------------------------------------------

_KEYS = ("first", "last", "name", "phone", "mobile", "email", "address", "street", "town", "postcode", "dob", "id",
         "iban")  # fmt: skip
_COLS = {
    "en": "first name|surname|full name|phone|mobile|email|home address|street|town|postcode|date of birth|national id|iban",
    "de": "vorname|nachname|name|telefon|handy|e-mail|anschrift|straße|ort|plz|geburtsdatum|ausweisnummer|iban",
    "fr": "prénom|nom|nom complet|téléphone|portable|courriel|adresse|rue|ville|code postal|date de naissance|numéro national|iban",
    "es": "nombre|apellidos|nombre completo|teléfono|móvil|correo|domicilio|calle|localidad|código postal|fecha de nacimiento|documento|iban",
    "it": "nome|cognome|nominativo|telefono|cellulare|email|indirizzo|via|comune|cap|data di nascita|codice fiscale|iban",
    "nl": "voornaam|achternaam|naam|telefoon|mobiel|e-mailadres|adres|straat|woonplaats|postcode|geboortedatum|bsn|iban",
    "sv": "förnamn|efternamn|namn|telefon|mobil|e-post|adress|gata|ort|postnummer|födelsedatum|personnummer|iban",
    "pl": "imię|nazwisko|imię i nazwisko|telefon|komórka|e-mail|adres|ulica|miejscowość|kod pocztowy|data urodzenia|pesel|iban",
    "pt": "nome próprio|apelido|nome completo|telefone|telemóvel|email|morada|rua|localidade|código postal|data de nascimento|nif|iban",
    "da": "fornavn|efternavn|navn|telefon|mobil|e-mail|adresse|vej|by|postnr|fødselsdato|cpr|iban",
    "cs": "jméno|příjmení|celé jméno|telefon|mobil|e-mail|adresa|ulice|obec|psč|datum narození|rodné číslo|iban",
    "fi": "etunimi|sukunimi|nimi|puhelin|matkapuhelin|sähköposti|osoite|katuosoite|paikkakunta|postinumero|syntymäaika|henkilötunnus|iban",
    "tr": "ad|soyad|ad soyad|telefon|cep|e-posta|adres|sokak|il|posta kodu|doğum tarihi|tc kimlik no|iban",
    "ja": "名|姓|氏名|電話番号|携帯|メール|住所|番地|市区町村|郵便番号|生年月日|マイナンバー|iban",
    "zh": "名|姓|姓名|电话|手机|邮箱|地址|街道|城市|邮编|出生日期|身份证号|iban",
    "no": "fornavn|etternavn|navn|telefon|mobil|e-post|adresse|gate|poststed|postnummer|fødselsdato|fødselsnummer|iban",
    "ro": "prenume|nume|nume complet|telefon|mobil|email|adresa|strada|localitate|cod poștal|data nașterii|cnp|iban",
    "el": "όνομα|επώνυμο|ονοματεπώνυμο|τηλέφωνο|κινητό|email|διεύθυνση|οδός|πόλη|τκ|ημερομηνία γέννησης|αμκα|iban",
    "hu": "keresztnév|vezetéknév|név|telefon|mobil|email|lakcím|utca|település|irányítószám|születési dátum|taj szám|iban",
    "sk": "meno|priezvisko|celé meno|telefón|mobil|e-mail|adresa|ulica|obec|psč|dátum narodenia|rodné číslo|iban",
    "hr": "ime|prezime|ime i prezime|telefon|mobitel|e-pošta|adresa|ulica|grad|poštanski broj|datum rođenja|oib|iban",
    "lt": "vardas|pavardė|vardas pavardė|telefonas|mobilusis|el. paštas|adresas|gatvė|miestas|pašto kodas|gimimo data|asmens kodas|iban",
    "uk": "ім'я|прізвище|піб|телефон|мобільний|ел. пошта|адреса|вулиця|місто|індекс|дата народження|рнокпп|iban",
    "ru": "имя|фамилия|фио|телефон|мобильный|эл. почта|адрес|улица|город|индекс|дата рождения|инн|iban",
    "bg": "име|фамилия|трите имена|телефон|мобилен|имейл|адрес|улица|град|пощенски код|дата на раждане|егн|iban",
    "sl": "ime|priimek|ime in priimek|telefon|mobitel|e-pošta|naslov|ulica|kraj|poštna številka|datum rojstva|emšo|iban",
}  # fmt: skip
_CARD = {"en": "card number", "de": "kartennummer", "fr": "numéro de carte", "es": "número de tarjeta",
         "it": "numero carta", "nl": "kaartnummer", "sv": "kortnummer", "pl": "numer karty", "pt": "número do cartão",
         "da": "kortnummer", "cs": "číslo karty", "fi": "kortin numero", "tr": "kart no", "ja": "カード番号", "zh": "卡号",
         "no": "kortnummer", "ro": "număr card", "el": "αριθμός κάρτας", "hu": "kártyaszám", "sk": "číslo karty",
         "hr": "broj kartice", "lt": "kortelės numeris", "uk": "номер картки", "ru": "номер карты",
         "bg": "номер на карта", "sl": "številka kartice"}  # fmt: skip
_LOCALE_COLS = {"pt_BR": {"last": "sobrenome", "mobile": "celular", "address": "endereço", "town": "cidade",
                          "postcode": "cep", "id": "cpf"},
                "en_US": {"postcode": "zip", "id": "ssn", "town": "city"}, "en_IN": {"postcode": "pin code",
                "id": "aadhaar no"}, "en_CA": {"postcode": "postal code", "id": "sin"},
                "fr_CA": {"postcode": "code postal", "id": "nas"}, "es_MX": {"id": "curp", "postcode": "cp"},
                "en_AU": {"id": "tfn", "town": "suburb"}, "en_GB": {"id": "ni number"},
                "de_CH": {"id": "ahv nr"}, "fr_CH": {"id": "no avs"}, "de_AT": {"id": "sv-nummer"}}  # fmt: skip
_PREFIX = ("", "", "", "appl_", "cust ", "guest_", "pt_", "x_", "main ", "c_")
_SUFFIX = ("", "", "", "_1", " (primary)", "_txt", " 2", "_value")


def _colname(locale: str, key: str, rng: random.Random, english: bool) -> str:
    lang = "en" if english else LANG[locale]
    words = dict(zip(_KEYS, _COLS[lang].split("|"), strict=True)) | {"card_number": _CARD[lang]}
    if not english:
        words |= _LOCALE_COLS.get(locale, {})
    elif locale.startswith("en_"):
        words |= {k: v for k, v in _LOCALE_COLS.get(locale, {}).items()}
    base = words[key]
    style = rng.choice(("snake", "title", "upper", "plain", "camel"))
    if style == "snake":
        base = re.sub(r"[\s.\-']+", "_", base.lower())
    elif style == "title":
        base = base.title()
    elif style == "upper":
        base = base.upper().replace(" ", "_")
    elif style == "camel" and " " in base:
        first, *rest = base.split()
        base = first.lower() + "".join(w.capitalize() for w in rest)
    return f"{rng.choice(_PREFIX)}{base}{rng.choice(_SUFFIX)}".strip()


# People -------------------------------------------------------------------------------------------------


def _birth(rng: random.Random) -> date:
    return REF_DATE - timedelta(days=rng.randint(18 * 365, 86 * 365))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def national_id(locale: str, dob: date, female: bool, rng: random.Random, fk: Faker, names: tuple[str, str]) -> str:
    """A national id of the locale with valid check digits; birth-date ids embed ``dob``."""
    c = region(locale)
    yy, mm, dd = f"{dob.year % 100:02d}", f"{dob.month:02d}", f"{dob.day:02d}"
    if c == "US":
        return f"{rng.randint(101, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    if c == "GB":
        a, b = rng.choice("ABCEGHJKLMNPRSTWXYZ"), rng.choice("ABCEGHJKLMNPRSTWXYZ")
        d = _digits(rng, 6)
        return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}" if rng.random() < 0.5 else f"{a}{b}{d}{rng.choice('ABCD')}"
    if c == "AU":  # tax file number, weights 1 4 3 7 5 8 6 9 10, sum % 11 == 0
        while True:
            d = _digits(rng, 8)
            w = (1, 4, 3, 7, 5, 8, 6, 9)
            s = sum(int(x) * y for x, y in zip(d, w, strict=True))
            last = (-s * pow(10, -1, 11)) % 11
            if last < 10:
                d += str(last)
                return f"{d[:3]} {d[3:6]} {d[6:]}"
    if c == "IN":
        d = str(rng.randint(2, 9)) + _digits(rng, 10)
        d += verhoeff.calc_check_digit(d)
        return f"{d[:4]} {d[4:8]} {d[8:]}"
    if c == "CA":
        d = str(rng.randint(1, 7)) + _digits(rng, 7)
        d += luhn.calc_check_digit(d)
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if c == "DE":  # Steuer-IdNr: one digit twice among the first ten, ISO 7064 mod 11,10
        while True:
            pool = rng.sample("0123456789", 9)
            if pool[0] == "0":
                continue
            d = [*pool, rng.choice(pool[1:])]
            d = [d[0], *rng.sample(d[1:], 9)]
            body = "".join(d)
            return body + mod_11_10.calc_check_digit(body)
    if c == "AT":
        while True:
            serial = str(rng.randint(1, 9)) + _digits(rng, 2)
            digits = serial + "0" + dd + mm + yy
            w = (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)
            check = sum(int(x) * y for x, y in zip(digits, w, strict=True)) % 11
            if check < 10:
                return f"{serial}{check} {dd}{mm}{yy}"
    if c == "CH":
        d = "756" + _digits(rng, 9)
        s = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(d))
        d += str((10 - s % 10) % 10)
        return f"{d[:3]}.{d[3:7]}.{d[7:11]}.{d[11:]}"
    if c == "FR":
        dept = rng.choice(("75", "69", "13", "33", "59", "44", "67", "31", "06", "35"))
        body = f"{2 if female else 1}{yy}{mm}{dept}{_digits(rng, 3)}{_digits(rng, 3)}"
        key = nir.calc_check_digits(body)
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key}"
    if c == "ES":
        d = f"{rng.randint(10000000, 99999999)}"
        return d + dni.calc_check_digit(d)
    if c == "MX":
        return _curp(names, dob, female, rng)
    if c == "IT":
        return _codice_fiscale(names, dob, female, rng)
    if c == "NL":
        while True:
            d = str(rng.randint(1, 6)) + _digits(rng, 7)
            s = sum(int(x) * (9 - i) for i, x in enumerate(d))
            last = s % 11
            if last < 10:
                return d + str(last)
    if c == "SE":
        body = f"{yy}{mm}{dd}{_digits(rng, 3)}"
        return f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    if c == "PL":
        month = dob.month + (20 if dob.year >= 2000 else 0)
        sex = rng.choice("02468" if female else "13579")
        body = f"{yy}{month:02d}{dd}{_digits(rng, 3)}{sex}"
        return body + pesel.calc_check_digit(body)
    if c == "PT":
        d = rng.choice("123") + _digits(rng, 7)
        return d + nif.calc_check_digit(d)
    if c == "BR":
        d = [rng.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            s = sum(x * w for x, w in zip(d, range(n, 1, -1), strict=False))
            d.append((s * 10 % 11) % 10)
        s = "".join(map(str, d))
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
    if c == "DK":
        serial = f"{rng.randint(0, 3)}{_digits(rng, 2)}"  # 0-3: born 1900-1999 (or 2000s for 4-9)
        if dob.year >= 2000:
            serial = f"{rng.randint(4, 9)}{_digits(rng, 2)}"
        return f"{dd}{mm}{yy}-{serial}{rng.choice('02468' if female else '13579')}"
    if c in ("CZ", "SK"):
        month = dob.month + (50 if female else 0)
        while True:
            body = f"{yy}{month:02d}{dd}{_digits(rng, 3)}"
            check = int(body) % 11
            if check < 10:
                return f"{body[:6]}/{body[6:]}{check}"
    if c == "FI":
        sign = "-" if dob.year < 2000 else "A"
        ind = f"{rng.randint(2, 899):03d}"
        check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{dd}{mm}{yy}{ind}") % 31]
        return f"{dd}{mm}{yy}{sign}{ind}{check}"
    if c == "TR":
        d = str(rng.randint(1, 9)) + _digits(rng, 8)
        return d + tckimlik.calc_check_digits(d)
    if c == "JP":
        d = _digits(rng, 11)
        d += jp_in.calc_check_digit(d)
        return f"{d[:4]} {d[4:8]} {d[8:]}" if rng.random() < 0.5 else d
    if c == "CN":
        area = rng.choice(("110101", "310104", "440305", "320102", "510104", "330106", "420102", "610113"))
        body = f"{area}{dob:%Y%m%d}{_digits(rng, 2)}{rng.choice('02468' if female else '13579')}"
        return body + ric.calc_check_digit(body)
    if c == "NO":
        while True:
            body = f"{dd}{mm}{yy}{rng.randint(0, 499) if dob.year < 2000 else rng.randint(500, 999):03d}"
            k1 = fodselsnummer.calc_check_digit1(body)
            if len(k1) != 1:
                continue
            k2 = fodselsnummer.calc_check_digit2(body + k1)
            if len(k2) == 1:
                return body + k1 + k2
    if c == "RO":
        s = (2 if female else 1) + (4 if dob.year >= 2000 else 0)
        body = f"{s}{yy}{mm}{dd}{rng.randint(1, 46):02d}{rng.randint(1, 999):03d}"
        return body + cnp.calc_check_digit(body)
    if c == "GR":
        body = f"{dd}{mm}{yy}{_digits(rng, 4)}"
        return body + luhn.calc_check_digit(body)
    if c == "HU":  # TAJ: weights 3 and 7 alternating, sum % 10
        d = _digits(rng, 8)
        check = sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(d)) % 10
        return f"{d[:3]} {d[3:6]} {d[6:]}{check}"
    if c == "HR":
        d = str(rng.randint(1, 9)) + _digits(rng, 9)
        return d + mod_11_10.calc_check_digit(d)
    if c == "LT":
        g = (4 if female else 3) + (2 if dob.year >= 2000 else 0)
        body = f"{g}{yy}{mm}{dd}{_digits(rng, 3)}"
        return body + asmens.calc_check_digit(body + "0")  # stdnum drops the last digit
    if c == "UA":
        days = (dob - date(1899, 12, 31)).days
        body = f"{days:05d}{_digits(rng, 3)}{rng.choice('02468' if female else '13579')}"
        return body + rntrc.calc_check_digit(body)
    if c == "RU":
        body = f"{rng.choice(('77', '78', '50', '66', '16'))}{_digits(rng, 8)}"
        return body + inn.calc_personal_check_digits(body)
    if c == "BG":
        month = dob.month + (40 if dob.year >= 2000 else 0)
        body = f"{yy}{month:02d}{dd}{_digits(rng, 2)}{rng.choice('13579' if female else '02468')}"
        return body + egn.calc_check_digit(body)
    if c == "SI":
        while True:
            body = f"{dd}{mm}{dob.year % 1000:03d}50{rng.randint(500, 999) if female else rng.randint(0, 499):03d}"
            check = emso.calc_check_digit(body)
            if len(check) == 1:
                return body + check
    raise ValueError(locale)


def _consonants(word: str) -> tuple[str, str]:
    letters = [ch for ch in word.upper() if ch.isalpha() and ch.isascii()]
    return "".join(ch for ch in letters if ch not in "AEIOU"), "".join(ch for ch in letters if ch in "AEIOU")


def _codice_fiscale(names: tuple[str, str], dob: date, female: bool, rng: random.Random) -> str:
    first, last = names
    cons, vow = _consonants(last)
    sur = (cons + vow + "XXX")[:3]
    cons, vow = _consonants(first)
    cons = cons[0] + cons[2:4] if len(cons) >= 4 else cons
    nam = (cons + vow + "XXX")[:3]
    day = dob.day + (40 if female else 0)
    town = rng.choice(("H501", "F205", "L219", "A944", "G273", "D612", "F839", "L736"))
    body = f"{sur}{nam}{dob.year % 100:02d}{'ABCDEHLMPRST'[dob.month - 1]}{day:02d}{town}"
    return body + codicefiscale.calc_check_digit(body)


def _curp(names: tuple[str, str], dob: date, female: bool, rng: random.Random) -> str:
    from stdnum.mx import curp

    first, last = (n.upper() for n in names)
    ascii_last = "".join(ch for ch in last if ch.isascii() and ch.isalpha()) or "XX"
    ascii_first = "".join(ch for ch in first if ch.isascii() and ch.isalpha()) or "X"
    vowel = next((ch for ch in ascii_last[1:] if ch in "AEIOU"), "X")
    cons = lambda w: next((ch for ch in w[1:] if ch not in "AEIOU"), "X")  # noqa: E731
    state = rng.choice(("DF", "JC", "NL", "PL", "MC", "GT", "VZ", "YN"))
    seq = "0" if dob.year < 2000 else "A"
    body = (f"{ascii_last[0]}{vowel}{rng.choice('ABCDEFGHJLMNPRSTVZ')}{ascii_first[0]}{dob:%y%m%d}"
            f"{'M' if female else 'H'}{state}{cons(ascii_last)}{rng.choice('BCDFGHJLMNPRSTVZ')}{cons(ascii_first)}{seq}")  # fmt: skip
    value = body + curp.calc_check_digit(body + "0")
    if not curp.is_valid(value):  # a first four letters on the list of words CURP avoids: draw again
        return _curp(names, dob, female, rng)
    return value


def make_iban(locale: str, fk: Faker, rng: random.Random) -> str | None:
    """An IBAN of the locale's country (``None`` where the country has none)."""
    c = region(locale)
    if c in NO_IBAN:
        return None
    value = fk.iban()
    if not value.startswith(c) or not std_iban.is_valid(value) or (not value[4:].isdigit() and c in IBAN_BBAN):
        n = IBAN_BBAN.get(c)
        if n is None:
            return None
        bban = (rng.choice(("UNCR", "BPBI", "STSA", "FINV")) + _digits(rng, n - 4)) if c == "BG" else _digits(rng, n)
        value = c + std_iban.calc_check_digits(c + "00" + bban) + bban
    return value


def _fmt_iban(value: str, rng: random.Random) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if rng.random() < 0.5 else value


# Phones --------------------------------------------------------------------------------------------------


def _valid(number: phonenumbers.PhoneNumber, reg: str) -> bool:
    return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == reg


def make_phone(locale: str, fk: Faker, rng: random.Random, layout: str) -> str:
    """A valid number of the locale's country, written in ``layout``."""
    reg = region(locale)
    number = None
    for _ in range(12):
        try:
            cand = phonenumbers.parse(fk.phone_number(), reg)
        except phonenumbers.NumberParseException:
            continue
        if _valid(cand, reg):
            number = cand
            break
    if number is None:  # Faker's number is not valid there: vary an example number's tail
        kind = rng.choice((phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE))
        example = phonenumbers.example_number_for_type(reg, kind) or phonenumbers.example_number(reg)
        nsn = str(example.national_number)
        for _ in range(50):
            tail = _digits(rng, min(5, len(nsn) - 2))
            cand = phonenumbers.parse(f"+{example.country_code}{nsn[: len(nsn) - len(tail)]}{tail}")
            if _valid(cand, reg):
                number = cand
                break
        else:
            number = example
    number.extension = None
    fmt = phonenumbers.PhoneNumberFormat
    if layout == "international":
        return phonenumbers.format_number(number, fmt.INTERNATIONAL)
    if layout == "e164":
        return phonenumbers.format_number(number, fmt.E164)
    if layout == "digits":
        return re.sub(r"\D", "", phonenumbers.format_number(number, fmt.NATIONAL))
    national = phonenumbers.format_number(number, fmt.NATIONAL)
    if layout == "ext":
        return f"{national} {rng.choice(('ext.', 'x', 'ext'))} {rng.randint(10, 499)}".replace("x ", "x")
    return national


# Addresses ----------------------------------------------------------------------------------------------

_BG_TOWNS = (("София", "1000"), ("Пловдив", "4000"), ("Варна", "9000"), ("Бургас", "8000"), ("Русе", "7000"),
             ("Стара Загора", "6000"), ("Плевен", "5800"), ("Сливен", "8800"), ("Добрич", "9300"),
             ("Шумен", "9700"), ("Перник", "2300"), ("Хасково", "6300"), ("Ямбол", "8600"), ("Пазарджик", "4400"))
_BG_STREETS = ("Васил Левски", "Христо Ботев", "Цар Симеон", "Граф Игнатиев", "Александровска", "Шипка",
               "Раковски", "Опълченска", "Иван Вазов", "Княз Борис I", "Славянска", "Марица", "Дунав", "Гурко")
_TR_TOWNS = (("İstanbul", "34"), ("Ankara", "06"), ("İzmir", "35"), ("Bursa", "16"), ("Antalya", "07"),
             ("Konya", "42"), ("Adana", "01"), ("Eskişehir", "26"), ("Trabzon", "61"), ("Kayseri", "38"))
_TR_STREETS = ("Atatürk", "Cumhuriyet", "İnönü", "Gazi", "Fevzi Çakmak", "Lale", "Papatya", "Menekşe", "Kavak",
               "Çınar", "Zafer", "Barış", "Yıldız", "Gül")
_LT_TOWNS = (("Vilnius", "0"), ("Kaunas", "4"), ("Klaipėda", "9"), ("Šiauliai", "7"), ("Panevėžys", "3"),
             ("Alytus", "6"), ("Marijampolė", "6"), ("Utena", "2"))
_LT_STREETS = ("Gedimino pr.", "Vilniaus g.", "Laisvės al.", "Žalgirio g.", "Savanorių pr.", "Ąžuolų g.",
               "Beržų g.", "Liepų g.", "Taikos pr.", "Kauno g.", "Pylimo g.", "Naugarduko g.")


def make_address(locale: str, fk: Faker, rng: random.Random) -> dict[str, str]:
    """street, town, postcode, state (may be "") and the full one-line address of the locale."""
    c = region(locale)
    state = ""
    if c == "BG":
        town, code = rng.choice(_BG_TOWNS)
        street = f"ул. „{rng.choice(_BG_STREETS)}“ № {rng.randint(1, 140)}"
        if rng.random() < 0.3:
            street += f", ет. {rng.randint(1, 9)}, ап. {rng.randint(1, 40)}"
        postcode = str(int(code) + rng.randint(0, 9) * (0 if town != "София" else 10)) if town == "София" else code
        full = f"{street}, {postcode} {town}"
    elif c == "TR":
        town, plate = rng.choice(_TR_TOWNS)
        street = f"{rng.choice(_TR_STREETS)} Mah. {rng.choice(_TR_STREETS)} Sok. No: {rng.randint(1, 120)} D: {rng.randint(1, 20)}"
        postcode = f"{plate}{_digits(rng, 3)}"
        full = f"{street}, {postcode} {town}"
    elif c == "LT":
        town, first = rng.choice(_LT_TOWNS)
        street = f"{rng.choice(_LT_STREETS)} {rng.randint(1, 150)}" + (f"-{rng.randint(1, 60)}" if rng.random() < 0.4 else "")
        postcode = f"LT-{first}{_digits(rng, 4)}"
        full = f"{street}, {postcode} {town}"
    elif c == "JP":
        postcode = fk.zipcode()
        town = fk.city()
        street = f"{fk.town()}{fk.chome()}{fk.ban()}{fk.gou()}"
        state = fk.prefecture()
        full = f"〒{postcode} {state}{town}{street}"
    elif c == "CN":
        postcode, town = fk.postcode(), fk.city()
        street = f"{fk.street_name()}{rng.randint(1, 999)}号"
        state = fk.province()
        full = f"{state}{town}{street}"
    else:
        street, town, postcode = fk.street_address(), fk.city(), fk.postcode()
        if c in ("US",):
            state = fk.state_abbr()
            full = f"{street}, {town}, {state} {postcode}"
        elif c in ("GB", "AU", "CA", "IN"):
            if c in ("AU", "CA"):
                state = fk.state_abbr() if c == "AU" else fk.province_abbr()
                full = f"{street}, {town} {state} {postcode}"
            else:
                full = f"{street}, {town} {postcode}" if c == "GB" else f"{street}, {town} - {postcode}"
        elif c == "RU":
            full = f"{postcode}, {town}, {street}"
        else:
            full = f"{street}, {postcode} {town}"
    street = street.replace("\n", ", ")
    full = full.replace("\n", ", ")
    return {"street": street, "town": town, "postcode": postcode, "state": state, "full": full}


# Free text ----------------------------------------------------------------------------------------------
# Placeholders: {name} a full name (plain, lower, upper, "Surname, First" or initial), {title} {last} a
# surname after a title, {last} alone, {street}, {phone}, {email}, {iban}, {card}, {nid}, {dob}.

TITLES = {
    "en": ("Dr", "Mr", "Mrs", "Ms", "Prof.", "Dr."), "de": ("Dr.", "Herr", "Frau", "Prof."),
    "fr": ("M.", "Mme", "Dr", "Maître"), "es": ("Sr.", "Sra.", "Dr.", "Dña."), "it": ("Sig.", "Sig.ra", "Dott.", "Avv."),
    "nl": ("dhr.", "mevr.", "dr."), "pt": ("Sr.", "Sra.", "Dr.", "Dra."), "pl": ("Pan", "Pani", "dr"),
    "sv": ("Dr", "herr", "fru"), "da": ("hr.", "fru", "dr."), "no": ("herr", "fru", "dr."), "fi": ("tri", "rouva", "herra"),
    "cs": ("pan", "paní", "MUDr.", "Ing."), "sk": ("pán", "pani", "Ing.", "MUDr."), "tr": ("Sayın", "Dr.", "Av."),
    "ja": ("様", "さん", "先生"), "zh": ("先生", "女士", "医生", "老师"), "ro": ("dl.", "dna.", "dr."),
    "el": ("κ.", "κα", "Δρ."), "hu": ("dr.", "Dr."), "hr": ("g.", "gđa", "dr."), "lt": ("p.", "dr."),
    "uk": ("пан", "пані", "д-р"), "ru": ("г-н", "г-жа", "д-р"), "bg": ("г-н", "г-жа", "д-р"), "sl": ("g.", "ga.", "dr."),
}  # fmt: skip

# Surnames that are also common words of the language, mixed into the people drawn.
WORD_SURNAMES = {
    "en": ["Little", "Wood", "Bird", "Young", "King", "Rice", "Hunt", "Best", "Stone", "Frost", "Church", "Bell", "Rose", "Summer", "Winter", "Hope", "Moon"],
    "de": ["Fuchs", "Wolf", "Koch", "Vogel", "Klein", "Lang", "Winter", "Sommer", "Kaiser", "Ernst", "Frank", "Hahn", "Jung"],
    "fr": ["Petit", "Blanc", "Lenoir", "Leroy", "Marchand", "Boulanger", "Mercier", "Roux", "Fontaine", "Chevalier"],
    "es": ["Calvo", "Rubio", "Moreno", "Blanco", "Delgado", "Rey", "Castillo", "Prieto", "Bravo", "Lobo", "Campos"],
    "it": ["Conte", "Bianco", "Ferro", "Fabbri", "Gallo", "Lupo", "Sole", "Pace", "Leone", "Monti"],
    "nl": ["Visser", "Bakker", "Smit", "Mulder", "Kok", "Vos", "Koning", "Wit", "Groot", "Boer"],
    "pt": ["Coelho", "Rocha", "Cordeiro", "Leite", "Pinto", "Carneiro", "Raposo", "Lobo", "Pereira"],
    "sv": ["Lind", "Berg", "Ström", "Fors", "Holm", "Ek", "Björk", "Dahl", "Sjö"], "da": ["Skov", "Dam", "Holm", "Lund", "Bak", "Fisker", "Smed", "Kjær"],
    "no": ["Berg", "Dahl", "Lie", "Haugen", "Strand", "Bakke", "Moen", "Lund", "Sand"],
    "fi": ["Mäki", "Koski", "Järvi", "Laine", "Salo", "Kivi", "Virta", "Lehto", "Niemi"],
    "pl": ["Wróbel", "Kowal", "Wilk", "Sowa", "Zając", "Lis", "Kruk", "Mazur"], "cs": ["Liška", "Vrána", "Zajíc", "Veselý", "Malý", "Černý", "Král", "Holub"],
    "sk": ["Malý", "Čierny", "Vlk", "Holub", "Kráľ", "Sokol", "Baran"], "hr": ["Kovač", "Vuk", "Golub", "Zec", "Sokol", "Kralj"],
    "sl": ["Medved", "Kovač", "Zupan", "Golob", "Zajc", "Kos"], "hu": ["Kovács", "Szabó", "Fekete", "Kiss", "Nagy", "Fehér", "Molnár", "Farkas"],
    "tr": ["Demir", "Kaya", "Çelik", "Yıldız", "Arslan", "Kurt", "Şahin", "Güneş"], "ro": ["Lupu", "Ursu", "Vulpe", "Popa", "Soare", "Neagu"],
    "uk": ["Коваль", "Мельник", "Бондар", "Ткач", "Гончар", "Кравець", "Вовк"],
}  # fmt: skip

NOTES: dict[str, dict[str, str]] = {
    "en": {
        "claim narrative": "Claimant {name} (DOB {dob}) reports that during the storm a tree fell onto the garage at {street}. Loss adjuster {title} {last} attended on Tuesday; settlement will be paid to {iban} once photos arrive. Best number {phone}.",
        "teacher note": "Dear parents of {name}, your child has made real progress with reading this term. {title} {last} will run the after-school club on Thursdays; please reply to {email} or ring the office on {phone} if you cannot come.",
        "front-desk log": "23:40 late arrival, guest {name} put in room 12, ID#{nid}, card on file {card}. Noise complaint about {title} {last} next door, moved to the quiet wing.",
        "cover letter": "To the hiring manager, my name is {name} and I am applying for the warehouse supervisor role. I was born on {dob} and live at {street}. You can reach me at {email} or on {phone}. References from {title} {last}.",
        "support e-mail": "From: {email}\nSubject: Re: meter reading\nHi, this is {name}; my bill is twice the usual amount. Please call me back on {phone}. Thanks\n> Agent {title} {last}: we have logged it and will reply within two days.",
        "tenancy letter": "Notice to tenant {name}, {street}: rent arrears of three months must be paid to account {iban} within fourteen days, otherwise the landlord will apply to the court for possession. Signed {title} {last}, property manager.",
        "social DM": "hey its {name} lol, saw ur post about the gig tickets. still got two? my number is {phone} or email me {email}. my mate {last} wants one too",
    },
    "de": {
        "claim narrative": "Versicherungsnehmer {name}, geb. {dob}, meldet einen Wasserschaden in der Wohnung {street}. Gutachter {title} {last} war vor Ort. Auszahlung auf IBAN {iban}, Rückfragen unter {phone}.",
        "front-desk log": "Spätanreise 23:15: Gast {name} hat Zimmer 108 bezogen, Ausweis-Nr.{nid}. Beschwerde von {title} {last} wegen Lärm, Zimmer getauscht. Rückruf erbeten unter {phone}.",
        "support e-mail": "Von: {email}\nBetreff: Zählerstand\nGuten Tag, hier schreibt {name}. Meine Abrechnung ist viel zu hoch, bitte rufen Sie mich unter {phone} zurück.\n> Antwort von {title} {last}: Wir prüfen den Vorgang.",
        "tenancy letter": "An {name}, wohnhaft {street}: Die Mietrückstände sind binnen vierzehn Tagen auf das Konto {iban} zu überweisen. Andernfalls wird Räumungsklage erhoben. Mit freundlichen Grüßen, {title} {last}, Hausverwaltung",
        "teacher note": "Liebe Eltern von {name}, Ihr Kind hat sich im Lesen sehr verbessert. {title} {last} leitet ab Donnerstag die Theater-AG. Bei Fragen bitte an {email} schreiben oder {phone} anrufen.",
        "social DM": "hey hier ist {name} :) hast du noch die zwei karten fürs konzert? meine nummer {phone}, oder schreib an {email}. {last} will auch eine",
    },
    "fr": {
        "claim narrative": "L'assuré {name}, né le {dob}, déclare un dégât des eaux au {street}. L'expert {title} {last} s'est rendu sur place. Remboursement sur l'IBAN {iban}, joignable au {phone}.",
        "front-desk log": "Arrivée tardive 23h20 : client {name}, chambre 214, pièce d'identité n°{nid}. {title} {last} se plaint du bruit, changement de chambre effectué. Rappeler au {phone}.",
        "support e-mail": "De : {email}\nObjet : relevé de compteur\nBonjour, ici {name}, ma facture a doublé. Merci de me rappeler au {phone}.\n> Réponse de {title} {last} : votre dossier est en cours.",
        "tenancy letter": "À l'attention de {name}, demeurant {street} : les loyers impayés doivent être réglés sous quinze jours sur le compte {iban}, faute de quoi le bailleur saisira le tribunal. {title} {last}, gestionnaire",
        "teacher note": "Chers parents de {name}, votre enfant a fait de gros progrès en lecture. {title} {last} animera l'atelier du jeudi. Pour toute question écrivez à {email} ou appelez le {phone}.",
        "cover letter": "Bonjour, je m'appelle {name}, née le {dob}, et je postule au poste de réceptionniste. J'habite {street}. Vous pouvez me joindre au {phone} ou par courriel {email}. Références : {title} {last}.",
    },
    "es": {
        "claim narrative": "El asegurado {name}, nacido el {dob}, comunica daños por agua en {street}. El perito {title} {last} visitó la vivienda. Abono en la cuenta {iban}; teléfono de contacto {phone}.",
        "front-desk log": "Llegada tarde 23:30: huésped {name}, habitación 305, documento {nid}. Queja de ruido de {title} {last}; se cambió de habitación. Devolver llamada al {phone}.",
        "support e-mail": "De: {email}\nAsunto: lectura del contador\nHola, soy {name}, la factura ha salido el doble. Llámenme al {phone} por favor.\n> Respuesta de {title} {last}: estamos revisando su caso.",
        "tenancy letter": "Estimado/a {name}, con domicilio en {street}: deberá abonar las rentas atrasadas en la cuenta {iban} en un plazo de quince días o se iniciará el desahucio. Firmado, {title} {last}, administrador",
        "social DM": "hola soy {name}!! vi lo de las entradas del concierto, ¿te quedan dos? mi número es {phone} o escríbeme a {email}. mi amiga {last} también quiere una",
        "cover letter": "Estimados señores: me llamo {name}, nací el {dob} y vivo en {street}. Solicito el puesto de recepcionista. Pueden contactarme en {email} o en el {phone}. Referencias: {title} {last}.",
    },
    "it": {
        "claim narrative": "L'assicurato {name}, nato il {dob}, denuncia un'infiltrazione d'acqua in {street}. Il perito {title} {last} ha effettuato il sopralluogo. Rimborso sull'IBAN {iban}, recapito {phone}.",
        "front-desk log": "Arrivo in ritardo ore 23:10: ospite {name}, camera 12, codice fiscale {nid}. {title} {last} lamenta rumore, cambiata stanza. Richiamare al {phone}.",
        "support e-mail": "Da: {email}\nOggetto: lettura contatore\nBuongiorno, sono {name}, la bolletta è raddoppiata. Vi prego di richiamarmi al {phone}.\n> Risposta di {title} {last}: pratica in lavorazione.",
        "teacher note": "Gentili genitori di {name}, vostro figlio ha fatto grandi progressi nella lettura. {title} {last} terrà il laboratorio del giovedì. Per domande scrivete a {email} o chiamate il {phone}.",
    },
    "nl": {
        "claim narrative": "Verzekerde {name}, geboren {dob}, meldt waterschade aan de {street}. Expert {title} {last} is langs geweest. Uitbetaling op rekening {iban}, bereikbaar op {phone}.",
        "front-desk log": "Late aankomst 23:25: gast {name}, kamer 7, BSN {nid}. Klacht over geluid van {title} {last}; kamer gewisseld. Terugbellen op {phone}.",
        "support e-mail": "Van: {email}\nOnderwerp: meterstand\nGoedemiddag, u spreekt met {name}. Mijn rekening is verdubbeld, wilt u mij terugbellen op {phone}?\n> Antwoord van {title} {last}: wij zoeken het uit.",
        "tenancy letter": "Geachte {name}, {street}: de huurachterstand moet binnen veertien dagen worden voldaan op rekening {iban}, anders stapt de verhuurder naar de kantonrechter. Met vriendelijke groet, {title} {last}, beheerder",
    },
    "pt": {
        "claim narrative": "O segurado {name}, nascido em {dob}, participa danos por água na {street}. O perito {title} {last} fez a vistoria. Pagamento para o IBAN {iban}, contacto {phone}.",
        "front-desk log": "Chegada tardia às 23h40: hóspede {name}, quarto 21, documento {nid}. Reclamação de barulho de {title} {last}; mudou de quarto. Ligar de volta para {phone}.",
        "support e-mail": "De: {email}\nAssunto: leitura do contador\nBoa tarde, fala {name}, a fatura veio a dobrar. Por favor liguem-me para {phone}.\n> Resposta de {title} {last}: estamos a analisar.",
        "social DM": "oi aqui é {name}, vi teu post dos bilhetes do show, ainda tens dois? meu número é {phone} ou manda mail para {email}. a {last} também quer um",
    },
    "pl": {
        "claim narrative": "Ubezpieczony {name}, ur. {dob}, zgłasza zalanie mieszkania przy {street}. Rzeczoznawca {title} {last} dokonał oględzin. Wypłata na rachunek {iban}, kontakt {phone}.",
        "front-desk log": "Późny przyjazd 23:35: gość {name}, pokój 16, PESEL:{nid}. Skarga na hałas od {title} {last}, zmiana pokoju. Oddzwonić pod {phone}.",
        "support e-mail": "Od: {email}\nTemat: odczyt licznika\nDzień dobry, pisze {name}, rachunek jest dwa razy wyższy. Proszę o telefon pod {phone}.\n> Odpowiedź {title} {last}: sprawa w toku.",
        "tenancy letter": "Do {name}, zam. {street}: zaległy czynsz należy wpłacić na konto {iban} w ciągu czternastu dni, w przeciwnym razie sprawa trafi do sądu. {title} {last}, zarządca",
    },
    "sv": {
        "claim narrative": "Försäkringstagaren {name}, född {dob}, anmäler vattenskada på {street}. Besiktningsman {title} {last} har varit på plats. Utbetalning till konto {iban}, nås på {phone}.",
        "front-desk log": "Sen ankomst 23:30: gäst {name}, rum 9, personnummer {nid}. Klagomål om buller från {title} {last}, bytt rum. Ring tillbaka på {phone}.",
        "support e-mail": "Från: {email}\nÄmne: mätarställning\nHej, det är {name}, fakturan är dubbelt så hög. Ring mig på {phone}.\n> Svar från {title} {last}: vi utreder ärendet.",
    },
    "da": {
        "claim narrative": "Forsikringstager {name}, født {dob}, anmelder vandskade på {street}. Taksator {title} {last} har besigtiget skaden. Udbetaling til konto {iban}, kontakt {phone}.",
        "front-desk log": "Sen ankomst kl. 23.30: gæst {name}, værelse 4, CPR {nid}. Klage over støj fra {title} {last}, skiftet værelse. Ring tilbage på {phone}.",
        "support e-mail": "Fra: {email}\nEmne: måleraflæsning\nHej, det er {name}, min regning er fordoblet. Ring venligst på {phone}.\n> Svar fra {title} {last}: vi undersøger sagen.",
    },
    "no": {
        "claim narrative": "Forsikringstaker {name}, født {dob}, melder vannskade i {street}. Takstmann {title} {last} har vært på befaring. Utbetaling til konto {iban}, telefon {phone}.",
        "front-desk log": "Sen ankomst kl. 23.30: gjest {name}, rom 11, fødselsnummer {nid}. Klage på støy fra {title} {last}, byttet rom. Ring tilbake på {phone}.",
        "support e-mail": "Fra: {email}\nEmne: målerstand\nHei, dette er {name}, regningen er doblet. Vennligst ring meg på {phone}.\n> Svar fra {title} {last}: vi ser på saken.",
    },
    "fi": {
        "claim narrative": "Vakuutettu {name}, syntynyt {dob}, ilmoittaa vesivahingosta osoitteessa {street}. Tarkastaja {title} {last} kävi paikalla. Korvaus tilille {iban}, puhelin {phone}.",
        "front-desk log": "Myöhäinen saapuminen klo 23.30: vieras {name}, huone 6, henkilötunnus {nid}. Meluvalitus: {title} {last}, huone vaihdettu. Soita takaisin {phone}.",
        "support e-mail": "Lähettäjä: {email}\nAihe: mittarilukema\nHei, täällä {name}, lasku on kaksinkertainen. Soittakaa numeroon {phone}.\n> Vastaus, {title} {last}: selvitämme asiaa.",
    },
    "cs": {
        "claim narrative": "Pojištěný {name}, nar. {dob}, hlásí vytopení bytu v ulici {street}. Likvidátor {title} {last} provedl prohlídku. Plnění na účet {iban}, kontakt {phone}.",
        "front-desk log": "Pozdní příjezd 23:30: host {name}, pokoj 14, r.č.{nid}. Stížnost na hluk od {title} {last}, výměna pokoje. Zavolat zpět na {phone}.",
        "support e-mail": "Od: {email}\nPředmět: stav měřidla\nDobrý den, píše {name}, vyúčtování je dvojnásobné. Zavolejte mi prosím na {phone}.\n> Odpověď, {title} {last}: řešíme.",
    },
    "sk": {
        "claim narrative": "Poistený {name}, nar. {dob}, hlási vytopenie bytu na {street}. Likvidátor {title} {last} vykonal obhliadku. Plnenie na účet {iban}, kontakt {phone}.",
        "front-desk log": "Neskorý príchod 23:30: hosť {name}, izba 3, rodné číslo {nid}. Sťažnosť na hluk od {title} {last}, izba vymenená. Zavolať späť na {phone}.",
        "support e-mail": "Od: {email}\nPredmet: stav merača\nDobrý deň, píše {name}, faktúra je dvojnásobná. Zavolajte mi prosím na {phone}.\n> Odpoveď, {title} {last}: riešime to.",
    },
    "tr": {
        "claim narrative": "Sigortalı {name}, doğum tarihi {dob}, {street} adresindeki dairede su hasarı bildirdi. Eksper {title} {last} yerinde inceleme yaptı. Ödeme {iban} hesabına yapılacak, iletişim {phone}.",
        "front-desk log": "Geç giriş 23:30: misafir {name}, oda 18, TC kimlik no {nid}. {title} {last} gürültüden şikayet etti, oda değiştirildi. Geri arama numarası {phone}.",
        "social DM": "selam ben {name}, konser biletleri hâlâ duruyor mu? numaram {phone}, mail {email}. {last} da bir tane istiyor",
    },
    "ja": {
        "claim narrative": "契約者{name}様（生年月日{dob}）より、{street}の自宅で水漏れ被害の連絡あり。鑑定人の{last}{title}が現地確認済み。連絡先{phone}。",
        "front-desk log": "23時40分 遅着チェックイン：{name}様、302号室、マイナンバー{nid}。隣室の{last}{title}から騒音の苦情あり、部屋を変更。折り返し電話{phone}。",
        "support e-mail": "差出人：{email}\n件名：検針について\n{name}です。今月の請求額が倍になっています。{phone}までお電話ください。\n> 担当{last}{title}より：確認中です。",
    },
    "zh": {
        "claim narrative": "投保人{name}（出生日期{dob}）报告{street}住所发生漏水。定损员{last}{title}已到现场查看。联系电话{phone}。",
        "front-desk log": "23:40 晚到入住：客人{name}，房间512，身份证号{nid}。{last}{title}投诉噪音，已换房。回电{phone}。",
        "support e-mail": "发件人：{email}\n主题：抄表读数\n您好，我是{name}，这个月账单翻倍了，请回电{phone}。\n> 客服{last}{title}回复：正在核实。",
    },
    "ro": {
        "claim narrative": "Asiguratul {name}, născut la {dob}, declară o inundație în locuința din {street}. Expertul {title} {last} a făcut constatarea. Plata în contul {iban}, telefon {phone}.",
        "front-desk log": "Sosire târzie 23:30: oaspete {name}, camera 8, CNP {nid}. Plângere de zgomot de la {title} {last}, cameră schimbată. Sunați înapoi la {phone}.",
        "support e-mail": "De la: {email}\nSubiect: index contor\nBună ziua, sunt {name}, factura s-a dublat. Vă rog sunați-mă la {phone}.\n> Răspuns de la {title} {last}: verificăm.",
    },
    "el": {
        "claim narrative": "Ο ασφαλισμένος {name}, γεννηθείς {dob}, δηλώνει ζημιά από νερό στην οδό {street}. Ο πραγματογνώμονας {title} {last} έκανε αυτοψία. Πληρωμή στον λογαριασμό {iban}, τηλέφωνο {phone}.",
        "front-desk log": "Αργή άφιξη 23:30: πελάτης {name}, δωμάτιο 5, ΑΜΚΑ {nid}. Παράπονο για θόρυβο από {title} {last}, άλλαξε δωμάτιο. Να τηλεφωνήσουμε στο {phone}.",
        "support e-mail": "Από: {email}\nΘέμα: ένδειξη μετρητή\nΚαλησπέρα, είμαι {name}, ο λογαριασμός διπλασιάστηκε. Παρακαλώ καλέστε με στο {phone}.\n> Απάντηση, {title} {last}: το εξετάζουμε.",
    },
    "hu": {
        "claim narrative": "A biztosított {name} (szül. {dob}) beázást jelentett a {street} alatti lakásban. {title} {last} szakértő helyszíni szemlét tartott. Kifizetés a {iban} számlára, telefon {phone}.",
        "front-desk log": "Késői érkezés 23:30: vendég {name}, tizenkettes szoba, TAJ {nid}. {title} {last} zajra panaszkodott, szobát cseréltünk. Visszahívás: {phone}.",
        "support e-mail": "Feladó: {email}\nTárgy: mérőóra állás\nJó napot, {name} vagyok, a számla a duplája lett. Kérem hívjanak a {phone} számon.\n> Válasz, {title} {last}: vizsgáljuk.",
    },
    "hr": {
        "claim narrative": "Osiguranik {name}, rođen {dob}, prijavljuje štetu od vode u stanu u ulici {street}. Procjenitelj {title} {last} obavio je očevid. Isplata na račun {iban}, kontakt {phone}.",
        "front-desk log": "Kasni dolazak 23:30: gost {name}, soba 10, OIB {nid}. Pritužba na buku od {title} {last}, soba zamijenjena. Nazvati na {phone}.",
        "support e-mail": "Od: {email}\nPredmet: stanje brojila\nDobar dan, ovdje {name}, račun je dvostruko veći. Molim nazovite me na {phone}.\n> Odgovor, {title} {last}: provjeravamo.",
    },
    "lt": {
        "claim narrative": "Draudėjas {name}, gim. {dob}, praneša apie vandens žalą bute adresu {street}. Vertintojas {title} {last} apžiūrėjo vietą. Išmoka į sąskaitą {iban}, tel. {phone}.",
        "front-desk log": "Vėlyvas atvykimas 23:30: svečias {name}, kambarys 4, asmens kodas {nid}. {title} {last} skundėsi triukšmu, kambarys pakeistas. Perskambinti {phone}.",
        "support e-mail": "Nuo: {email}\nTema: skaitiklio rodmenys\nLaba diena, rašo {name}, sąskaita dvigubai didesnė. Prašau paskambinti {phone}.\n> Atsakymas, {title} {last}: tikriname.",
    },
    "uk": {
        "claim narrative": "Страхувальник {name}, дата народження {dob}, повідомляє про затоплення квартири за адресою {street}. Оцінювач {title} {last} провів огляд. Виплата на рахунок {iban}, телефон {phone}.",
        "front-desk log": "Пізнє заселення 23:30: гість {name}, номер 15, РНОКПП {nid}. Скарга на шум від {title} {last}, номер змінено. Передзвонити на {phone}.",
        "support e-mail": "Від: {email}\nТема: показники лічильника\nДобрий день, це {name}, рахунок удвічі більший. Прошу передзвонити на {phone}.\n> Відповідь, {title} {last}: перевіряємо.",
    },
    "ru": {
        "claim narrative": "Страхователь {name}, дата рождения {dob}, сообщает о заливе квартиры по адресу {street}. Оценщик {title} {last} провёл осмотр. Выплата на карту {card}, телефон {phone}.",
        "front-desk log": "Поздний заезд 23:30: гость {name}, номер 21, ИНН {nid}. Жалоба на шум от {title} {last}, номер заменён. Перезвонить по {phone}.",
        "support e-mail": "От: {email}\nТема: показания счётчика\nЗдравствуйте, это {name}, счёт вырос вдвое. Перезвоните мне по номеру {phone}.\n> Ответ, {title} {last}: проверяем.",
    },
    "bg": {
        "claim narrative": "Застрахованият {name}, роден на {dob}, съобщава за наводнение в жилището на {street}. Оценителят {title} {last} извърши оглед. Плащане по сметка {iban}, телефон {phone}.",
        "front-desk log": "Късно настаняване 23:30: гост {name}, стая 6, ЕГН:{nid}. Оплакване от шум от {title} {last}, сменена стая. Обадете се обратно на {phone}.",
        "support e-mail": "От: {email}\nОтносно: показания на електромера\nЗдравейте, пише {name}, сметката е двойна. Моля, обадете се на {phone}.\n> Отговор, {title} {last}: проверяваме.",
    },
    "sl": {
        "claim narrative": "Zavarovanec {name}, rojen {dob}, prijavlja škodo zaradi vode v stanovanju na naslovu {street}. Cenilec {title} {last} je opravil ogled. Izplačilo na račun {iban}, telefon {phone}.",
        "front-desk log": "Pozen prihod ob 23.30: gost {name}, soba 2, EMŠO {nid}. Pritožba zaradi hrupa od {title} {last}, soba zamenjana. Pokličite nazaj na {phone}.",
        "support e-mail": "Od: {email}\nZadeva: stanje števca\nDober dan, piše {name}, račun je dvakrat višji. Prosim, pokličite me na {phone}.\n> Odgovor, {title} {last}: preverjamo.",
    },
}  # fmt: skip
# A note without any entity, in the locale's language (kept as is: the template words must survive).
PLAIN_NOTE = {"en": "No further action needed.", "de": "Keine weiteren Schritte nötig.", "fr": "Aucune suite à donner.",
              "es": "Sin más gestiones.", "it": "Nessuna azione necessaria.", "nl": "Geen verdere actie nodig.",
              "pt": "Sem mais ações.", "pl": "Bez dalszych działań.", "ja": "対応不要。", "zh": "无需处理。"}  # fmt: skip

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_DOB_LAYOUTS = {"en_US": "%m/%d/%Y", "en_CA": "%Y-%m-%d", "fr_CA": "%Y-%m-%d", "ja_JP": "%Y年%m月%d日",
                "zh_CN": "%Y年%m月%d日", "hu_HU": "%Y.%m.%d.", "sv_SE": "%Y-%m-%d", "lt_LT": "%Y-%m-%d",
                "nl_NL": "%d-%m-%Y"}  # fmt: skip
_DOT_DATE = ("de", "cs", "sk", "pl", "ru", "uk", "bg", "ro", "fi", "no", "da", "hr", "sl", "tr")


def dob_text(locale: str, dob: date, rng: random.Random) -> str:
    """A date of birth in a local layout (and, for English, with the month's name at times)."""
    if locale in _DOB_LAYOUTS:
        layout = _DOB_LAYOUTS[locale]
    elif LANG[locale] in _DOT_DATE:
        layout = "%d.%m.%Y"
    else:
        layout = "%d/%m/%Y"
    if LANG[locale] == "en" and rng.random() < 0.3:
        return f"{dob.day} {dob:%B %Y}" if locale != "en_US" else f"{dob:%B} {dob.day}, {dob.year}"
    return dob.strftime(layout)


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the template's own text between the placeholders."""
    return {form: [p for p in _PLACEHOLDER.split(t)[::2] if p] for form, t in NOTES[LANG[locale]].items()}


# People and tables -------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    female: bool
    dob: date
    email: str

    def full(self, locale: str) -> str:
        if locale == "zh_CN":
            return f"{self.last}{self.first}"
        if locale in ("ja_JP", "hu_HU"):
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"


def _person(locale: str, fk: Faker, rng: random.Random) -> Person:
    female = rng.random() < 0.5
    first = fk.first_name_female() if female else fk.first_name_male()
    last = fk.last_name_female() if female and hasattr(fk, "last_name_female") else (
        fk.last_name_male() if hasattr(fk, "last_name_male") else fk.last_name())  # fmt: skip
    words = WORD_SURNAMES.get(LANG[locale])
    if words and rng.random() < 0.25 and not (female and LANG[locale] in ("pl", "cs", "sk", "lt", "uk")):
        last = rng.choice(words)
    if locale == "bg_BG" or first.islower():
        first = first[:1].upper() + first[1:]
    dob = _birth(rng)
    user = re.sub(r"[^a-z0-9]", "", fk.user_name().lower()) or "user"
    email = f"{user}{rng.choice(('', str(dob.year % 100), '.' + str(rng.randint(1, 99))))}@{fk.free_email_domain()}"
    return Person(first, last, female, dob, email.replace("..", "."))


def _name_variant(p: Person, locale: str, rng: random.Random, title: str | None = None) -> str:
    """A full name as people write it: plain, lower, upper, ``Surname, First``, an initial, a title."""
    full = p.full(locale)
    if locale in CJK:
        return full.replace(" ", "") if rng.random() < 0.4 else full
    r = rng.random()
    if r < 0.4:
        return f"{title} {full}" if title and rng.random() < 0.4 else full
    if r < 0.55:
        return full.lower()
    if r < 0.67:
        return full.upper()
    if r < 0.84:
        return f"{p.last}, {p.first}"
    return f"{p.first[0]}. {p.last}"


def _fill(locale: str, template: str, row: dict, rng: random.Random, fk: Faker) -> tuple[str, list]:
    """The note written from ``template``: every inserted entity span is returned with its entity."""
    lang = LANG[locale]
    truth: list[tuple[str, str]] = []
    other = _person(locale, fk, rng)
    pieces = _PLACEHOLDER.split(template)
    out = []
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            out.append(piece)
            continue
        if piece == "name":
            value = _name_variant(row["person"] if rng.random() < 0.6 else other, locale, rng)
            truth.append(("name", value))
        elif piece == "title":
            value = rng.choice(TITLES[lang])
        elif piece == "last":
            value = other.last
            if locale not in CJK and rng.random() < 0.15:
                value = value.lower()
            truth.append(("last_name", value))
        elif piece == "street":
            value = make_address(locale, fk, rng)["street"]
            truth.append(("street_address", value))
        elif piece == "phone":
            value = make_phone(locale, fk, rng, rng.choice(("national", "national", "international", "digits")))
            truth.append(("phone_number", value))
        elif piece == "email":
            value = row["person"].email if rng.random() < 0.5 else other.email
            truth.append(("email", value))
        elif piece == "iban":
            value = _fmt_iban(row["iban"], rng)
            truth.append(("iban", value))
        elif piece == "card":
            value = fk.credit_card_number()
            truth.append(("credit_debit_card", value))
        elif piece == "nid":
            value = row["nid"]
            truth.append(("ssn" if locale == "en_US" else "national_id", value))
        elif piece == "dob":
            value = dob_text(locale, row["person"].dob, rng)
            truth.append(("date_of_birth", value))
        else:
            raise KeyError(piece)
        out.append(value)
    return "".join(out), truth


def _choose_template(locale: str, rng: random.Random, has_iban: bool) -> tuple[str, str]:
    forms = [(f, t) for f, t in NOTES[LANG[locale]].items() if has_iban or "{iban}" not in t]
    return rng.choice(forms)


_PROGRAMMES = ("MSc Data Science", "BA History", "BEng Civil Engineering", "LLB Law", "BSc Nursing", "MA Design")
_TARIFFS = ("E7 Economy", "Standard Variable", "Fixed 24M", "Green Flex", "Night Saver")
_ROOMS = ("Lilac Suite", "Garden View", "Tower", "Annex", "Harbour", "Loft")
_TREATMENT = ("36 MOD", "11 scale+polish", "46 RCT", "X-ray BW", "hygienist 30", "crown 24")
_NOTES_COLS = ("notes", "remarks", "comments", "memo", "Notes (internal)", "narrative", "free_text", "Observations")


def _case(value: str, style: str) -> str:
    return value.upper() if style == "upper" else value.lower() if style == "lower" else value


def _name_cell(p: Person, locale: str, style: str, rng: random.Random) -> str:
    full = p.full(locale)
    if locale in CJK:
        return full
    if style == "title":
        return f"{rng.choice(TITLES[LANG[locale]])} {full}" if rng.random() < 0.6 else full
    if style == "inverted":
        return f"{p.last.upper()}, {p.first}" if rng.random() < 0.5 else f"{p.last}, {p.first}"
    if style == "initial":
        return f"{p.first[0]}. {p.last}" if rng.random() < 0.7 else full
    return _case(full, style)


def _date(rng: random.Random, year: int = 2026) -> date:
    return date(year, 1, 1) + timedelta(days=rng.randint(0, 364))


def heldout11_table(locale: str, seed: int, n: int = N_ROWS) -> Table:
    """One table of one export shape for ``(locale, seed)``: the same on every run."""
    idx = LOCALES.index(locale)
    rng = random.Random(f"set11-{locale}-{seed}")
    fk = Faker(locale)
    fk.seed_instance(seed * 100 + idx)
    shape = SHAPES[(idx * 2 + SEEDS.index(seed)) % len(SHAPES)]
    english = rng.random() < 0.35 and not locale.startswith("en_")
    lang = LANG[locale]

    def col(key: str) -> str:
        return _colname(locale, key, rng, english or rng.random() < 0.15)

    name_style = rng.choice(("plain", "upper", "lower", "inverted", "title", "initial"))
    split_style = rng.choice(("plain", "upper", "lower"))
    dob_layout = rng.choice(("iso", "local"))
    phone_layout = rng.choice(("national", "international", "e164", "digits", "ext"))
    has_iban = make_iban(locale, fk, rng) is not None
    notes_col = rng.choice(_NOTES_COLS)
    columns: dict[str, list] = {}
    labels: dict = {}
    names: dict[str, str] = {}

    def add(key: str, label, values: list) -> None:
        name = key if label is None or label == "dont_care" else names.setdefault(key, col(key.split("#")[0]))
        while name in columns:
            name += "_2"
        columns[name] = values
        labels[name] = label

    rows = []
    for i in range(n):
        p = _person(locale, fk, rng)
        addr = make_address(locale, fk, rng)
        iban_value = make_iban(locale, fk, rng) if has_iban else None
        rows.append({"person": p, "addr": addr, "iban": iban_value, "i": i,
                     "nid": national_id(locale, p.dob, p.female, rng, fk, (p.first, p.last)),
                     "phone": make_phone(locale, fk, rng, phone_layout),
                     "card": fk.credit_card_number()})  # fmt: skip

    def dob_cell(p: Person) -> str:
        return p.dob.isoformat() if dob_layout == "iso" else dob_text(locale, p.dob, random.Random(p.email))

    name_l, first_l, last_l = ("name",), ("first_name", "name"), ("last_name", "name")
    addr_l, street_l = ("address", "street_address"), ("street_address", "address")
    id_l = ("ssn", "national_id", "tax_id") if locale == "en_US" else ("national_id", "ssn", "tax_id")
    if shape == "admissions":
        add("applicant_ref", None, [f"ADM-2026-{rng.randint(1, 99999):05d}" for _ in rows])
        add("name", name_l, [_name_cell(r["person"], locale, name_style, rng) for r in rows])
        add("dob", ("date_of_birth",), [dob_cell(r["person"]) for r in rows])
        add("email", ("email",), [r["person"].email for r in rows])
        add("mobile", ("phone_number", "fax_number"), [r["phone"] for r in rows])
        add("address", addr_l, [_case(r["addr"]["full"], split_style) for r in rows])
        add("id", id_l, [r["nid"] for r in rows])
        add("programme", None, [rng.choice(_PROGRAMMES) for _ in rows])
        add("intake_date", None, [_date(rng).isoformat() for _ in rows])
        add("entrance_score", None, [f"{rng.uniform(40, 100):.1f}" for _ in rows])
    elif shape == "meter":
        add("account_no", None, [f"ACC{rng.randint(10**7, 10**8 - 1)}" for _ in rows])
        add("meter_id", None, [f"MTR-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}" for _ in rows])
        add("first", first_l, [_case(r["person"].first, split_style) for r in rows])
        add("last", last_l, [_case(r["person"].last, split_style) for r in rows])
        add("street", street_l, [r["addr"]["street"] for r in rows])
        add("postcode", ("postcode",), [r["addr"]["postcode"] for r in rows])
        add("town", ("city",), [r["addr"]["town"] for r in rows])
        add("phone", ("phone_number", "fax_number"), [r["phone"] for r in rows])
        if has_iban:
            add("iban", ("iban",), [_fmt_iban(r["iban"], rng) for r in rows])
        add("reading_kwh", None, [f"{rng.randint(10000, 99999)}.{rng.randint(0, 9)}" for _ in rows])
        add("reading_date", None, [_date(rng).strftime("%d.%m.%Y") for _ in rows])
        add("tariff", None, [rng.choice(_TARIFFS) for _ in rows])
    elif shape == "tickets":
        add("order_no", None, [f"ORD2026-{rng.randint(1, 999999):06d}" for _ in rows])
        add("ticket_no", None, [f"TKT-{rng.randint(10**7, 10**8 - 1)}" for _ in rows])
        add("name", name_l, [_name_cell(r["person"], locale, "title", rng) for r in rows])
        add("email", ("email",), [r["person"].email for r in rows])
        add("phone", ("phone_number", "fax_number"), [make_phone(locale, fk, rng, "ext") for _ in rows])
        add("card_number", ("credit_debit_card",), [r["card"] for r in rows])
        add("seat", None, [f"Block {rng.choice('ABCDEF')} / Row {rng.randint(1, 40)} / Seat {rng.randint(1, 30)}" for _ in rows])
        add("event_date", None, [_date(rng).isoformat() for _ in rows])
        add("price", None, [f"{rng.randint(15, 250)},{rng.choice(('00', '50', '90'))}" for _ in rows])
    elif shape == "hotel":
        add("room", None, [f"{rng.choice(_ROOMS)} {rng.randint(100, 520)}" for _ in rows])
        add("last", last_l, [r["person"].last.upper() for r in rows])
        add("first", first_l, [_case(r["person"].first, split_style) for r in rows])
        add("dob", ("date_of_birth",), [dob_cell(r["person"]) for r in rows])
        add("id", id_l, [r["nid"] for r in rows])
        add("address", addr_l, [r["addr"]["full"] for r in rows])
        add("phone", ("phone_number", "fax_number"), [r["phone"] for r in rows])
        add("email", ("email",), [r["person"].email for r in rows])
        add("check_in", None, [_date(rng).isoformat() for _ in rows])
        add("nights", None, [str(rng.randint(1, 14)) for _ in rows])
    elif shape == "claims":
        add("claim_no", None, [f"CLM/2026/{rng.randint(1, 9999999):07d}" for _ in rows])
        add("policy_no", None, [f"POL-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}" for _ in rows])
        add("name", name_l, [_name_cell(r["person"], locale, "inverted", rng) for r in rows])
        add("dob", ("date_of_birth",), [dob_cell(r["person"]) for r in rows])
        add("id", id_l, [r["nid"] for r in rows])
        if has_iban:
            add("iban", ("iban",), [_fmt_iban(r["iban"], rng) for r in rows])
        else:
            add("card_number", ("credit_debit_card",), [r["card"] for r in rows])
        add("street", street_l, [_case(r["addr"]["street"], split_style) for r in rows])
        add("town", ("city",), [_case(r["addr"]["town"], split_style) for r in rows])
        add("postcode", ("postcode",), [r["addr"]["postcode"] for r in rows])
        if any(r["addr"]["state"] for r in rows):
            add("region", "dont_care", [r["addr"]["state"] for r in rows])
        add("phone", ("phone_number", "fax_number"), [make_phone(locale, fk, rng, "digits") for _ in rows])
        add("claim_amount", None, [f"{rng.randint(100, 25000)}.{rng.randint(0, 99):02d}" for _ in rows])
        add("incident_date", None, [_date(rng, 2025).isoformat() for _ in rows])
    else:  # dental recalls
        add("patient_no", None, [f"P-{rng.randint(1, 999999):06d}" for _ in rows])
        add("name", name_l, [_name_cell(r["person"], locale, "initial", rng) for r in rows])
        add("dob", ("date_of_birth",), [dob_cell(r["person"]) for r in rows])
        add("mobile", ("phone_number", "fax_number"), [make_phone(locale, fk, rng, "e164") for _ in rows])
        add("email", ("email",), [r["person"].email for r in rows])
        add("town", ("city",), [r["addr"]["town"] for r in rows])
        add("last_visit", None, [_date(rng, 2025).isoformat() for _ in rows])
        add("treatment", None, [rng.choice(_TREATMENT) for _ in rows])
        add("surgery", None, [f"Surgery {rng.randint(1, 6)}" for _ in rows])
        add("recall_due", None, [_date(rng).strftime("%d/%m/%Y") for _ in rows])
    notes, truths, forms, templates = [], [], [], []
    for r in rows:
        x = rng.random()
        if x < 0.05:
            notes.append(None)
            truths.append([])
            forms.append("")
            templates.append("")
            continue
        if x < 0.1:
            notes.append(PLAIN_NOTE.get(lang, PLAIN_NOTE["en"]))
            truths.append([])
            forms.append("")
            templates.append("")
            continue
        form, template = _choose_template(locale, rng, has_iban)
        text, truth = _fill(locale, template, r, rng, fk)
        notes.append(text)
        truths.append(truth)
        forms.append(form)
        templates.append(template)
    columns[notes_col] = notes
    labels[notes_col] = None
    frame = pd.DataFrame(columns)
    return Table(frame, {c: v for c, v in labels.items() if c != notes_col}, truths, notes_col, forms, templates, shape)
