"""Held-out PII set 12: labelled tables per locale (seeds 12001-12002, 39 locales), written in session 26.

Written by a helper that did not read the PII tests, the earlier held-out tables, ``docs/pii*.md`` or the
detector's internals, and kept out of the repository until the end of the session (measured BEFORE and
AFTER, tuned on never). Each (locale, seed) is one table of one of eight export shapes (payroll export,
school enrolment, library loans, job applications, blood-donor registry, court cases, telecom contracts,
charity donors) with column names in the locale's language or English, prefixed/suffixed and re-cased
(snake, camelCase, ALL CAPS, Title Case), values in lower/upper/title case, names natural, ``Surname,
First``, titled or with initials, phones in national/international/E.164/digits-only layouts and with
extensions, national ids with valid check digits (birth-date ids built from the row's birth date, drawn
before 2026-01-01: nothing depends on the clock), IBANs, cards, addresses whole and split, and look-alike
columns that are not personal data (employee/case/contract numbers, amounts, event dates, ISBNs, rooms,
counts). The notes column mixes English notes (payroll query, HR grievance, library overdue notice, court
hearing summary, telecom complaint, delivery driver notes, donor thank-you letter, recruiter screening notes,
donor session note, bus pass request, payment call note, legacy enquiry, porting request) with notes in the
locale's own language (payroll query, delivery driver notes, court hearing summary); every span put into a
note is labelled.

Ids, phones, IBANs and cards come first (valid by ``python-stdnum``/``phonenumbers``; a UK NI number and a
Hungarian TAJ number by their own rules, no stdnum module), then languages and templates, then tables.
Faker has no streets/towns of its own for tr_TR, lt_LT, bg_BG, lv_LV (new), ja_JP and zh_CN in the form
needed, nor Irish towns/Eircodes nor Latvian/Swedish/... IBANs: those are built here from the language.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd
import phonenumbers
from faker import Faker

from heldout_common import STDNUM_IDS, id_validator, region, stdnum_module

# Ids, phones, IBANs, cards ----------------------------------------------------------------------

_D = "0123456789"


def _digits(rng: random.Random, n: int, first: str = _D) -> str:
    return rng.choice(first) + "".join(rng.choice(_D) for _ in range(n - 1))


def _yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def _ddmmyy(d: date) -> str:
    return d.strftime("%d%m%y")


def _curp_letters(first: str, last: str, last2: str) -> str:
    import unicodedata

    def plain(s: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", s.upper()) if c.isalpha() and c.isascii()) or "X"

    f, a, b = plain(first), plain(last), plain(last2)
    vowel = next((c for c in a[1:] if c in "AEIOU"), "X")

    def cons(s: str) -> str:
        return next((c for c in s[1:] if c not in "AEIOU"), "X")

    return a[0] + vowel + b[0] + f[0], cons(a) + cons(b) + cons(f)


def _it_code(s: str, first: bool) -> str:
    import unicodedata

    s = "".join(c for c in unicodedata.normalize("NFKD", s.upper()) if c.isalpha() and c.isascii())
    cons = [c for c in s if c not in "AEIOU"]
    vows = [c for c in s if c in "AEIOU"]
    if first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


def _candidates(locale: str, rng: random.Random, p: dict) -> str:
    """One candidate id (check characters drawn at random; the caller keeps the first valid one)."""
    d: date = p["dob"]
    female = p["sex"] == "F"
    if locale == "en_US":
        area = rng.randint(1, 899)
        return f"{666 if area == 666 else area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}".replace(
            "666-", "667-")
    if locale in ("de_DE",):
        return _digits(rng, 11, "123456789")
    if locale == "fr_FR":
        body = f"{2 if female else 1}{d:%y%m}{rng.randint(1, 95):02d}{_digits(rng, 3)}{_digits(rng, 3)}"
        return f"{body}{97 - int(body) % 97:02d}"
    if locale == "es_ES":
        n = rng.randint(10_000_000, 99_999_999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if locale == "it_IT":
        months = "ABCDEHLMPRST"
        day = d.day + (40 if female else 0)
        body = (_it_code(p["last"], False) + _it_code(p["first"], True) + f"{d:%y}" + months[d.month - 1]
                + f"{day:02d}" + rng.choice(["H501", "F205", "L219", "A662", "G273", "D612", "F839", "L736"]))
        from stdnum.it import codicefiscale

        return body + codicefiscale.calc_check_digit(body)
    if locale in ("nl_NL",):
        return _digits(rng, 9, "123456789")
    if locale == "sv_SE":
        return f"{_yymmdd(d)}-{_digits(rng, 4)}"
    if locale == "pl_PL":
        month = d.month + (20 if d.year >= 2000 else 0)
        serial = _digits(rng, 3) + rng.choice("02468" if female else "13579")
        return f"{d:%y}{month:02d}{d:%d}{serial}{rng.choice(_D)}"
    if locale == "pt_PT":
        return _digits(rng, 9, "123")
    if locale == "da_DK":
        return f"{_ddmmyy(d)}-{_digits(rng, 3)}{rng.choice('02468' if female else '13579')}"
    if locale == "en_AU":
        return _digits(rng, 9, "123456789")
    if locale == "de_AT":
        return f"{_digits(rng, 3, '123456789')}{rng.choice(_D)} {_ddmmyy(d)}"
    if locale in ("fr_CH", "de_CH"):
        n = "756" + _digits(rng, 10)
        return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"
    if locale == "en_IN":
        n = _digits(rng, 12, "23456789")
        return f"{n[:4]} {n[4:8]} {n[8:]}"
    if locale in ("en_CA", "fr_CA"):
        n = _digits(rng, 9, "1234567")
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if locale == "pt_BR":
        n = _digits(rng, 11)
        return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"
    if locale == "es_MX":
        head, inner = _curp_letters(p["first"], p["last"], p.get("last2", p["last"]))
        from stdnum.mx import curp

        body = (head + _yymmdd(d) + ("M" if female else "H") + rng.choice(["DF", "JC", "NL", "PL", "VZ", "GT", "MC"])
                + inner + ("A" if d.year >= 2000 else "0"))
        if not curp.is_valid(body + curp.calc_check_digit(body)):  # an "inconvenient word": X for its vowel
            body = body[0] + "X" + body[2:]
        return body + curp.calc_check_digit(body)
    if locale in ("cs_CZ", "sk_SK"):
        month = d.month + (50 if female else 0)
        return f"{d:%y}{month:02d}{d:%d}/{_digits(rng, 4)}"
    if locale == "fi_FI":
        body = f"{_ddmmyy(d)}{_digits(rng, 3)}"
        check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(body[:6] + body[6:]) % 31]
        return f"{body[:6]}{'A' if d.year >= 2000 else '-'}{body[6:]}{check}"
    if locale == "tr_TR":
        return _digits(rng, 11, "123456789")
    if locale == "ja_JP":
        n = _digits(rng, 12)
        return f"{n[:4]} {n[4:8]} {n[8:]}"
    if locale == "zh_CN":
        area = rng.choice(["110101", "310104", "440106", "510104", "330106", "420106", "320102"])
        return f"{area}{d:%Y%m%d}{_digits(rng, 3)}{rng.choice(_D + 'X')}"
    if locale == "no_NO":
        return f"{_ddmmyy(d)}{rng.randint(0, 499) if d.year < 2000 else rng.randint(500, 999):03d}{_digits(rng, 2)}"
    if locale == "ro_RO":
        s = (2 if female else 1) + (4 if d.year >= 2000 else 0)
        return f"{s}{_yymmdd(d)}{rng.randint(1, 46):02d}{_digits(rng, 3)}{rng.choice(_D)}"
    if locale == "el_GR":
        return f"{_ddmmyy(d)}{_digits(rng, 5)}"
    if locale == "hu_HU":  # TAJ number: 8 digits and a weighted (3, 7) check digit mod 10
        body = _digits(rng, 8, "123456789")
        check = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(body)) % 10
        n = body + str(check)
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if locale == "hr_HR":
        return _digits(rng, 11, "123456789")
    if locale == "lt_LT":
        g = (3 if not female else 4) + (2 if d.year >= 2000 else 0)
        return f"{g}{_yymmdd(d)}{_digits(rng, 4)}"
    if locale == "uk_UA":
        days = (d - date(1899, 12, 31)).days
        return f"{days:05d}{_digits(rng, 3)}{rng.choice('02468' if female else '13579')}{rng.choice(_D)}"
    if locale == "ru_RU":
        return _digits(rng, 12, "1234567")
    if locale == "bg_BG":
        month = d.month + (40 if d.year >= 2000 else 0)
        return f"{d:%y}{month:02d}{d:%d}{_digits(rng, 2)}{rng.choice('13579' if female else '02468')}{rng.choice(_D)}"
    if locale == "sl_SI":
        return f"{d:%d%m}{d.year % 1000:03d}50{rng.randint(500, 999) if female else rng.randint(0, 499):03d}" + rng.choice(_D)  # noqa: E501
    if locale == "en_IE":
        return _digits(rng, 7) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW") + rng.choice(["", "", "A", "W"])
    if locale == "nl_BE":
        body = f"{_yymmdd(d)}{_digits(rng, 3)}"
        base = int(("2" if d.year >= 2000 else "") + body)
        n = f"{body}{97 - base % 97:02d}"
        return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"
    if locale == "lv_LV":
        century = "1" if d.year < 2000 else "2"
        return f"{_ddmmyy(d)}-{century}{_digits(rng, 4)}"
    if locale == "en_GB":
        first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        pair = first + second
        if pair in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            pair = "AB"
        n = _digits(rng, 6)
        return f"{pair} {n[:2]} {n[2:4]} {n[4:]} {rng.choice('ABCD')}"
    raise KeyError(locale)


_VALIDATOR = STDNUM_IDS  # the stdnum module of each locale's id (``heldout_common``, shared with set 13)


def _self_valid(locale: str) -> Callable[[str], bool]:
    """The check an id candidate must pass (``heldout_common.id_validator``; da_DK: also CPR's mod-11 sum,
    which stdnum no longer requires)."""
    if locale == "da_DK":
        module = stdnum_module(locale)
        return lambda s: module.is_valid(s) and module.checksum(module.compact(s)) == 0
    return id_validator(locale)


def national_id(locale: str, rng: random.Random, person: dict) -> str:
    """A valid national id of ``locale`` for ``person`` (its birth date and sex where the id holds them)."""
    ok = _self_valid(locale)
    for _ in range(5000):
        cand = _candidates(locale, rng, person)
        if ok(cand):
            return cand
    raise RuntimeError(f"no valid id for {locale}")


def phone(locale: str, rng: random.Random) -> phonenumbers.PhoneNumber:
    """A valid phone number of the locale's country (mobile or fixed line), from its example number."""
    region = REGION[locale]
    kinds = [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    for _ in range(500):
        kind = rng.choice(kinds)
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = str(example.national_number)
        k = min(8, len(nsn) - 2) if rng.random() < 0.7 else min(5, len(nsn) - 2)
        cand = nsn[:-k] + _digits(rng, k)
        number = phonenumbers.parse("+" + str(example.country_code) + cand)
        if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region:
            return number
    raise RuntimeError(region)


def phone_text(number: phonenumbers.PhoneNumber, layout: str, rng: random.Random) -> str:
    """One layout of a number: national, international, e164, digits (national digits only) or ext."""
    fmt = phonenumbers.PhoneNumberFormat
    if layout == "international":
        return phonenumbers.format_number(number, fmt.INTERNATIONAL)
    if layout == "e164":
        return phonenumbers.format_number(number, fmt.E164)
    national = phonenumbers.format_number(number, fmt.NATIONAL)
    if layout == "digits":
        return re.sub(r"\D", "", national)
    if layout == "ext":
        return national + rng.choice([" ext. ", " x", " ext "]) + str(rng.randint(10, 4999))
    return national


_BBAN = {"SE": "d20", "HU": "d24", "HR": "d17", "SI": "d15", "LT": "d16", "LV": "a4d13", "BG": "a4d14", "GB": "a4d14",
         "IE": "a4d14"}  # fmt: skip
_BANKS = {"LV": ["HABA", "UNLA", "PARX", "RIKO"], "BG": ["UNCR", "BNBG", "STSA", "FINV"], "GB": ["NWBK", "BARC"],
          "IE": ["AIBK", "BOFI"]}  # fmt: skip


def iban(country: str, faker_iban: str, rng: random.Random) -> str:
    """Faker's IBAN when it is of ``country``, else one built here (mod-97 check digits)."""
    from stdnum import iban as stdiban

    if faker_iban.startswith(country) and stdiban.is_valid(faker_iban):
        return faker_iban
    spec = _BBAN[country]
    for _ in range(500):
        if spec.startswith("a4"):
            bban = rng.choice(_BANKS[country]) + _digits(rng, int(spec[3:]))
        else:
            bban = _digits(rng, int(spec[1:]))
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        cand = f"{country}{check:02d}{bban}"
        if stdiban.is_valid(cand):
            return cand
    raise RuntimeError(country)


def card(rng: random.Random) -> str:
    """A Luhn-valid 16-digit Visa or Mastercard number."""
    body = rng.choice(["4", "51", "52", "53", "54", "55"])
    body += _digits(rng, 15 - len(body))
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return body + str((10 - total % 10) % 10)


# Languages, column words, titles and note templates of held-out set 12 ------------------------------

LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "es_ES": "es", "it_IT": "it", "nl_NL": "nl",
        "sv_SE": "sv", "pl_PL": "pl", "pt_PT": "pt", "da_DK": "da", "en_AU": "en", "de_AT": "de", "fr_CH": "fr",
        "en_IN": "en", "en_CA": "en", "fr_CA": "fr", "pt_BR": "pt", "es_MX": "es", "cs_CZ": "cs", "fi_FI": "fi",
        "tr_TR": "tr", "ja_JP": "ja", "zh_CN": "zh", "no_NO": "no", "ro_RO": "ro", "el_GR": "el", "hu_HU": "hu",
        "sk_SK": "sk", "hr_HR": "hr", "de_CH": "de", "lt_LT": "lt", "uk_UA": "uk", "ru_RU": "ru", "bg_BG": "bg",
        "sl_SI": "sl", "en_IE": "en", "nl_BE": "nl", "lv_LV": "lv"}  # fmt: skip

# Titles: prefix titles, except ja/zh/lv whose honorifics follow the surname.
TITLES = {"en": ["Mr", "Mrs", "Ms", "Dr", "Miss", "Judge"], "de": ["Herr", "Frau", "Dr."], "fr": ["M.", "Mme", "Dr", "Me"],  # noqa: E501
          "es": ["Sr.", "Sra.", "Dr.", "D.", "Dña."], "it": ["Sig.", "Sig.ra", "Dott.", "avv."],
          "nl": ["dhr.", "mevr.", "dr.", "mr."], "sv": ["dr"], "pl": ["Pan", "Pani", "dr"], "pt": ["Sr.", "Sra.", "Dr."],  # noqa: E501
          "da": ["hr.", "fru"], "cs": ["pan", "paní", "MUDr."], "fi": ["tri"], "tr": ["Bay", "Bayan", "Dr."],
          "ja": ["様", "さん"], "zh": ["先生", "女士"], "no": ["hr.", "fru"], "ro": ["dl.", "dna.", "dr."],
          "el": ["κ.", "κα"], "hu": ["dr."], "sk": ["pán", "pani"], "hr": ["g.", "gđa"], "lt": ["p."],
          "uk": ["пан", "пані"], "ru": ["г-н", "г-жа"], "bg": ["г-н", "г-жа"], "sl": ["g.", "ga."],
          "lv": ["kungs", "kundze"]}  # fmt: skip
SUFFIX_TITLES = ("ja", "zh", "lv")

# Column words: first, last, name, dob, phone, email, street, postcode, city, address, iban.
_COLS = {
    "en": ["first_name|fn|forename|given", "last_name|ln|surname", "name|full_name", "dob|date_of_birth|birth_dt",
           "phone|tel1|mobile|contact_no", "email|e_mail|mail", "street|addr_line1", "postcode|zip|post_code",
           "town|city", "address|home_address", "iban|bank_iban"],
    "de": ["vorname", "nachname|familienname", "name", "geburtsdatum|geb_dat", "telefon|handy", "email",
           "strasse", "plz", "ort|wohnort", "anschrift|adresse", "iban"],
    "fr": ["prenom", "nom", "nom_complet", "date_naissance|date_naiss", "telephone|tel_portable", "courriel",
           "rue|adresse_ligne1", "code_postal|cp", "ville|commune", "adresse", "iban"],
    "es": ["nombre", "apellidos", "nombre_completo", "fecha_nacimiento|f_nac", "telefono|movil", "correo",
           "calle|direccion_1", "cod_postal|cp", "localidad|poblacion", "domicilio", "iban"],
    "it": ["nome", "cognome", "nominativo", "data_nascita", "telefono|cellulare", "email", "via|indirizzo_riga1",
           "cap", "comune|citta", "indirizzo", "iban"],
    "nl": ["voornaam", "achternaam", "naam", "geboortedatum", "telefoon|mobiel", "e-mail", "straat", "postcode",
           "woonplaats|plaats", "adres", "iban"],
    "sv": ["fornamn", "efternamn", "namn", "fodelsedatum", "telefon|mobil", "epost", "gatuadress", "postnummer",
           "ort", "adress", "iban"],
    "pl": ["imie", "nazwisko", "imie_nazwisko", "data_urodzenia", "telefon|komorka", "email", "ulica",
           "kod_pocztowy", "miejscowosc|miasto", "adres", "nr_konta|iban"],
    "pt": ["primeiro_nome", "apelido|sobrenome", "nome_completo", "data_nascimento", "telefone|telemovel|celular",
           "email", "morada|logradouro", "codigo_postal|cep", "localidade|cidade", "endereco", "iban"],
    "da": ["fornavn", "efternavn", "navn", "fodselsdato", "telefon|mobil", "email", "gade", "postnr", "by",
           "adresse", "iban"],
    "no": ["fornavn", "etternavn", "navn", "fodselsdato", "telefon|mobil", "epost", "gateadresse", "postnummer",
           "poststed", "adresse", "kontonr|iban"],
    "cs": ["jmeno", "prijmeni", "jmeno_prijmeni", "datum_narozeni", "telefon|mobil", "email", "ulice", "psc",
           "obec|mesto", "adresa", "iban"],
    "sk": ["meno", "priezvisko", "meno_priezvisko", "datum_narodenia", "telefon", "email", "ulica", "psc",
           "obec|mesto", "adresa", "iban"],
    "fi": ["etunimi", "sukunimi", "nimi", "syntymaaika", "puhelin", "sahkoposti", "katuosoite", "postinumero",
           "postitoimipaikka|kunta", "osoite", "tilinumero|iban"],
    "tr": ["ad", "soyad", "ad_soyad", "dogum_tarihi", "telefon|cep_tel", "eposta", "sokak|adres_satiri",
           "posta_kodu", "sehir|il", "adres", "iban"],
    "ja": ["名", "姓", "氏名", "生年月日", "電話番号|携帯", "メール", "番地", "郵便番号", "市区町村", "住所", "口座"],
    "zh": ["名", "姓", "姓名", "出生日期", "电话|手机", "邮箱", "街道地址", "邮编", "城市", "地址", "账号"],
    "ro": ["prenume", "nume", "nume_complet", "data_nasterii", "telefon", "email", "strada", "cod_postal",
           "localitate|oras", "adresa", "iban"],
    "el": ["όνομα|onoma", "επώνυμο|eponymo", "ονοματεπώνυμο", "ημερομηνία_γέννησης", "τηλέφωνο|kinito", "email",
           "οδός", "tk|ταχ_κώδικας", "πόλη", "διεύθυνση", "iban"],
    "hu": ["keresztnev|utonev", "vezeteknev", "nev", "szuletesi_datum", "telefon", "email", "utca",
           "irsz|iranyitoszam", "telepules|varos", "lakcim", "szamlaszam|iban"],
    "hr": ["ime", "prezime", "ime_prezime", "datum_rodenja", "telefon|mobitel", "email", "ulica", "postanski_broj",
           "grad|mjesto", "adresa", "iban"],
    "sl": ["ime", "priimek", "ime_priimek", "datum_rojstva", "telefon", "eposta", "ulica", "postna_st", "kraj",
           "naslov", "trr|iban"],
    "lt": ["vardas", "pavarde", "vardas_pavarde", "gimimo_data", "telefonas", "el_pastas", "gatve", "pasto_kodas",
           "miestas", "adresas", "saskaita|iban"],
    "lv": ["vards", "uzvards", "vards_uzvards", "dzimsanas_datums", "talrunis", "e_pasts", "iela", "pasta_indekss",
           "pilseta", "adrese", "konts|iban"],
    "uk": ["імя", "прізвище", "піб", "дата_народження", "телефон", "ел_пошта", "вулиця", "індекс", "місто",
           "адреса", "iban"],
    "ru": ["имя", "фамилия", "фио", "дата_рождения", "телефон", "эл_почта", "улица", "индекс", "город", "адрес",
           "счет"],
    "bg": ["име", "фамилия", "име_фамилия", "дата_раждане", "телефон", "имейл", "улица", "пощ_код", "град", "адрес",
           "iban"],
}  # fmt: skip
COL_KEYS = ("first", "last", "name", "dob", "phone", "email", "street", "postcode", "city", "address", "iban")
COLS = {lang: {k: v.split("|") for k, v in zip(COL_KEYS, words, strict=True)} for lang, words in _COLS.items()}

# The local name of each locale's national id (used in column names and in notes).
ID_WORD = {"en_US": "SSN", "en_GB": "NI no", "de_DE": "Steuer-ID", "fr_FR": "n° sécu", "es_ES": "DNI",
           "it_IT": "cod. fiscale", "nl_NL": "BSN", "sv_SE": "personnr", "pl_PL": "PESEL", "pt_PT": "NIF",
           "da_DK": "CPR", "en_AU": "TFN", "de_AT": "SVNR", "fr_CH": "n° AVS", "en_IN": "Aadhaar", "en_CA": "SIN",
           "fr_CA": "NAS", "pt_BR": "CPF", "es_MX": "CURP", "cs_CZ": "RČ", "fi_FI": "hetu", "tr_TR": "TCKN",
           "ja_JP": "マイナンバー", "zh_CN": "身份证号", "no_NO": "fnr", "ro_RO": "CNP", "el_GR": "ΑΜΚΑ", "hu_HU": "TAJ",  # noqa: E501
           "sk_SK": "RČ", "hr_HR": "OIB", "de_CH": "AHV-Nr", "lt_LT": "asmens kodas", "uk_UA": "ІПН", "ru_RU": "ИНН",
           "bg_BG": "ЕГН", "sl_SI": "EMŠO", "en_IE": "PPSN", "nl_BE": "rijksregisternr", "lv_LV": "personas kods"}  # fmt: skip  # noqa: E501

# Birth-date layouts as written locally (strftime; %-d / %-m without a leading zero).
DOB_FMT = {"en_US": "%m/%d/%Y", "en_GB": "%d/%m/%Y", "en_IE": "%d/%m/%Y", "en_AU": "%d/%m/%Y", "en_IN": "%d-%m-%Y",
           "en_CA": "%Y-%m-%d", "fr_CA": "%Y-%m-%d", "de": "%d.%m.%Y", "fr": "%d/%m/%Y", "es": "%d/%m/%Y",
           "it": "%d/%m/%Y", "nl": "%d-%m-%Y", "nl_BE": "%d/%m/%Y", "sv": "%Y-%m-%d", "pl": "%d.%m.%Y",
           "pt": "%d/%m/%Y", "da": "%d-%m-%Y", "cs": "%-d. %-m. %Y", "sk": "%-d. %-m. %Y", "fi": "%-d.%-m.%Y",
           "tr": "%d.%m.%Y", "ja": "%Y年%-m月%-d日", "zh": "%Y年%-m月%-d日", "no": "%d.%m.%Y", "ro": "%d.%m.%Y",
           "el": "%d/%m/%Y", "hu": "%Y. %m. %d.", "hr": "%d.%m.%Y.", "sl": "%-d. %-m. %Y", "lt": "%Y-%m-%d",
           "lv": "%d.%m.%Y.", "uk": "%d.%m.%Y", "ru": "%d.%m.%Y", "bg": "%d.%m.%Y"}  # fmt: skip
DECIMAL_COMMA = {"de", "fr", "es", "it", "nl", "sv", "pl", "pt", "da", "cs", "sk", "fi", "tr", "no", "ro", "el", "hu",
                 "hr", "sl", "lt", "lv", "uk", "ru", "bg"}  # fmt: skip

# English notes, as people type them (placeholders: p = main person, 2 = a second, 3 = a member of staff).
EN_NOTES = {
    "payroll query": ("hi payroll, {name_lc} here (emp {ref}). my last 2 payslips went to the old account, new IBAN "
                      "is {iban} - pls update before the {date} run. ta"),
    "payroll query, overtime": ("Query from {inv} re overtime for w/e {date} not paid ({amount}). Rang her on "
                                "{phone}, she says {tlast2} signed the timesheet. ID checked: {idw} {nid}, dob {dob}."),
    "HR grievance": ("Grievance raised by {name} against line manager {name2}. Says {last2} shouted at her in front "
                     "of the team on {date} and it's not the first time. Witness {init3} backs this up. Contact "
                     "{email} or {phone}, prefers email."),
    "library overdue notice": ("Dear {tname}, our records show {n} items still on loan on your card, incl. "
                               "\"{item}\", due back on {date}. Please return or renew online. Fines to date: {amount}. "  # noqa: E501
                               "If you have moved from {street}, let us know or ring {phone}."),
    "court hearing summary": ("HEARING {ref} {date}. CLAIMANT {name_uc} (DOB {dob}) OF {addr_uc} ATTENDED IN PERSON. "
                              "RESPONDENT {inv2} REPRESENTED BY {tlast3}. ADJOURNED TO {date2}."),
    "telecom complaint": ("cust rang again!! says he's been charged {amount} for roaming he never used. account holder "
                          "{name}, contact no {phone}, alt {phone_alt}. wants a call back after 5. escalated to "
                          "{first3} in retentions"),
    "delivery driver notes": ("left w/ neighbour at no. {n} as {name_lc} not in. cust tel {phone_digits}. "
                              "{street_lc} is one way - come in from the top end. dog!!"),
    "donor thank-you letter": ("Dear {tlast}, thank you so much for your gift of {amount} on {date}. Your support keeps "  # noqa: E501
                               "our night shelter open all winter. We hold a Gift Aid declaration for you at {addr}. "
                               "With warm wishes, {name2}, Supporter Care"),
    "recruiter screening notes": ("phone screen w/ {name} ({email}) - 6 yrs warehouse, forklift licence, notice 4 wks, "
                                  "wants {amount}. ref: prev manager {tname2} on {phone2}. good fit, pass to {first3} "
                                  "for 2nd round"),
    "donor session note": ("Donor {inv} ({idw}:{nid}) deferred today, Hb 118 below cut-off. Advised iron-rich diet, "
                           "rebook in {n} wks. Born {dob}. Mob {phone}. Nurse: {init3}"),
    "bus pass request": ("Hi, I'd like to apply for a school bus pass for my daughter {name} (Year {n}, dob {dob}). "
                         "We've just moved to {street}. My number is {phone} and email {email}. Thanks, {tname2}"),
    "payment call note": ("CUSTOMER {name_uc} READ OUT CARD {card} EXP 09/28 ON THE CALL - PLEASE REDACT. "
                          "CALLBACK {phone}."),
    "legacy enquiry": ("Legacy enquiry: Mrs {last2} rang about her late father {name}, who left us a gift in his "
                       "will. She has power of attorney. Letters to {addr}, email {email2}."),
    "porting request": ("Port-in request for {name}, number to port {phone}, PAC received, account {ref}. ID checked "
                        "({idw} {nid}). Direct debit from {iban}."),
}  # fmt: skip

# Notes in the locale's own language: a payroll query (P), a delivery driver's note (D) and, for some, a
# court hearing summary (H).
NATIVE_NOTES = {
    "de": {"P": ("Hallo Lohnbüro, hier {name}, Personalnr. {ref}. Meine Bankverbindung hat sich geändert, neue IBAN "
                 "{iban}. {idw} {nid}, geb. {dob}. Bei Rückfragen bitte unter {phone} anrufen. Danke!"),
           "D": "paket bei nachbarin abgegeben, {name_lc} nicht da. adresse {street_lc}, tel {phone_digits}. hund im garten!!",  # noqa: E501
           "H": ("Verhandlung vom {date}, Az. {ref}: Kläger {inv}, geb. {dob}, wohnhaft {addr}. Beklagte {tname2} "
                 "nicht erschienen. Vorsitz: {tlast3}.")},
    "fr": {"P": ("Bonjour, je suis {name} (matricule {ref}). Mon salaire n'est pas arrivé. Voici mon nouvel IBAN : "
                 "{iban}. {idw} {nid}, né(e) le {dob}. Joignable au {phone}. Cordialement"),
           "D": "colis laissé chez le gardien, {name_lc} absent. {street_lc}, digicode 4B21. rappeler au {phone_digits}",  # noqa: E501
           "H": ("Audience du {date} – dossier {ref}. Demandeur : {inv}, né le {dob}, demeurant {addr}. Défendeur : "
                 "{tname2}, représenté par Me {last3}. Renvoi au {date2}.")},
    "es": {"P": ("Hola, soy {name}, nº empleado {ref}. Este mes la nómina no ha llegado. Mi nuevo IBAN es {iban}, "
                 "{idw} {nid}. Fecha de nacimiento {dob}. Mi móvil: {phone}. Gracias"),
           "D": "entregado a la vecina del 2º, {name_lc} no estaba. {street_lc}. llamar antes al {phone_digits}",
           "H": ("Vista del {date}, autos {ref}. Demandante: {inv}, nacido el {dob}, con domicilio en {addr}. "
                 "Demandado: {tname2}. Letrado: {tlast3}. Se suspende hasta el {date2}.")},
    "it": {"P": ("Buongiorno, sono {name}, matricola {ref}. Vi comunico il nuovo IBAN per lo stipendio: {iban}. "
                 "{idw} {nid}, nato il {dob}. Cellulare {phone}. Grazie"),
           "D": "pacco lasciato al portiere, {name_lc} assente. {street_lc}, citofono rotto, chiamare {phone_digits}",
           "H": ("Udienza del {date}, R.G. {ref}. Attore: {inv}, nato il {dob}, residente in {addr}. Convenuto: "
                 "{tname2}, difeso dall'avv. {last3}. Rinvio al {date2}.")},
    "nl": {"P": ("Hoi salarisadministratie, {name} hier (pers.nr. {ref}). Mijn salaris is naar mijn oude rekening "
                 "gegaan, nieuw IBAN: {iban}. {idw} {nid}, geboren {dob}. Bel me gerust op {phone}. Groet"),
           "D": "pakket bij de buren (nr 14) afgegeven, {name_lc} niet thuis. {street_lc}. tel {phone_digits}",
           "H": ("Zitting {date}, zaaknr. {ref}. Eiser: {inv}, geboren {dob}, wonende {addr}. Gedaagde: {tname2}, "
                 "gemachtigde mr. {last3}. Aangehouden tot {date2}.")},
    "pt": {"P": ("Olá, sou {name}, nº funcionário {ref}. O meu salário não caiu este mês. Novo IBAN: {iban}. "
                 "{idw} {nid}, nascido a {dob}. Telemóvel {phone}. Obrigado"),
           "D": "encomenda deixada com a vizinha, {name_lc} não estava. {street_lc}. ligar {phone_digits}"},
    "sv": {"P": ("Hej! Jag heter {name} (anst.nr {ref}) och lönen kom inte in i fredags. Nytt konto/IBAN: {iban}. "
                 "{idw} {nid}. Nås på {phone}. Mvh"),
           "D": "paketet lämnat hos grannen, {name_lc} ej hemma. {street_lc}, portkod 1234. ring {phone_digits}"},
    "pl": {"P": ("Dzień dobry, nazywam się {name}, nr ewid. {ref}. Proszę o zmianę konta do wypłaty: {iban}. "
                 "{idw} {nid}, ur. {dob}. Tel. {phone}. Pozdrawiam"),
           "D": "paczka zostawiona u sąsiadki, {name_lc} nieobecny. {street_lc}. tel {phone_digits}",
           "H": ("Rozprawa {date}, sygn. akt {ref}. Powód: {inv}, ur. {dob}, zam. {addr}. Pozwany: {tname2}. "
                 "Przewodniczący: {tlast3}. Odroczono do {date2}.")},
    "da": {"P": ("Hej lønkontoret, jeg hedder {name} (medarb.nr. {ref}). Min løn er gået ind på min gamle konto. Ny "
                 "IBAN: {iban}. {idw} {nid}. Ring på {phone}. Venlig hilsen"),
           "D": "pakke afleveret hos naboen, {name_lc} ikke hjemme. {street_lc}. tlf {phone_digits}"},
    "no": {"P": ("Hei, jeg heter {name} (ansattnr. {ref}) og har ikke fått lønn denne måneden. Ny IBAN: {iban}. "
                 "{idw} {nid}. Mobil {phone}. Hilsen"),
           "D": "pakke levert til nabo, {name_lc} ikke hjemme. {street_lc}. tlf {phone_digits}"},
    "cs": {"P": ("Dobrý den, jsem {name}, os. číslo {ref}. Prosím o změnu účtu pro výplatu na IBAN {iban}. {idw} "
                 "{nid}. Telefon {phone}. Děkuji"),
           "D": "balík nechán u sousedky, {name_lc} nebyl doma. {street_lc}. volat {phone_digits}"},
    "sk": {"P": ("Dobrý deň, volám sa {name}, osobné číslo {ref}. Prosím o zmenu účtu na výplatu: {iban}. {idw} "
                 "{nid}. Telefón {phone}. Ďakujem"),
           "D": "balík nechaný u suseda, {name_lc} nebol doma. {street_lc}. volať {phone_digits}"},
    "fi": {"P": ("Hei palkanlaskenta, olen {name} (henkilönro {ref}). Palkka meni vanhalle tilille. Uusi IBAN: {iban}. "
                 "{idw} {nid}. Puhelin {phone}. Kiitos"),
           "D": "paketti jätetty naapurille, {name_lc} ei kotona. {street_lc}. soita {phone_digits}"},
    "tr": {"P": ("Merhaba, ben {name}, sicil no {ref}. Maaşım eski hesaba yatmış. Yeni IBAN: {iban}. {idw} {nid}, "
                 "doğum tarihi {dob}. Telefon {phone}. Teşekkürler"),
           "D": "kargo komşuya bırakıldı, {name_lc} evde yoktu. {street_lc}. tel {phone_digits}"},
    "ja": {"P": ("給与担当者様 {name}です（社員番号{ref}）。今月の給与が未入金です。{idw}{nid}、生年月日{dob}。"
                 "連絡先は{phone}です。よろしくお願いします。"),
           "D": "不在のため隣に預けました。{tlast}、住所{street}、電話{phone_digits}。"},
    "zh": {"P": "您好，我是{name}，工号{ref}。本月工资未到账，请核实。{idw}{nid}，出生日期{dob}，手机{phone}。谢谢！",
           "D": "{name}不在家，包裹放在门卫。地址{street}，电话{phone_digits}。"},
    "ro": {"P": ("Bună ziua, sunt {name}, marca {ref}. Vă rog să schimbați contul pentru salariu: {iban}. {idw} "
                 "{nid}. Telefon {phone}. Mulțumesc"),
           "D": "colet lăsat la vecina, {name_lc} nu era acasă. {street_lc}. sunați la {phone_digits}"},
    "el": {"P": ("Καλημέρα, είμαι ο/η {name}, αρ. μητρώου {ref}. Παρακαλώ αλλάξτε τον λογαριασμό μισθοδοσίας σε IBAN "
                 "{iban}. {idw} {nid}. Τηλ. {phone}. Ευχαριστώ"),
           "D": "δέμα στον γείτονα, {name_lc} απών. {street_lc}. τηλ {phone_digits}"},
    "hu": {"P": ("Jó napot, {name} vagyok, törzsszám {ref}. Kérem, a fizetésemet erre a számlára utalják: {iban}. "
                 "{idw} {nid}, született {dob}. Telefon {phone}. Köszönöm"),
           "D": "csomag a szomszédnál, {name_lc} nem volt otthon. {street_lc}. tel {phone_digits}"},
    "hr": {"P": ("Poštovani, ja sam {name}, matični broj {ref}. Molim promjenu računa za plaću: {iban}. {idw} {nid}. "
                 "Mobitel {phone}. Hvala"),
           "D": "paket ostavljen kod susjede, {name_lc} nije bio doma. {street_lc}. tel {phone_digits}"},
    "sl": {"P": ("Pozdravljeni, sem {name}, osebna št. {ref}. Prosim za spremembo računa za plačo: {iban}. {idw} "
                 "{nid}. Telefon {phone}. Hvala"),
           "D": "paket pustil pri sosedi, {name_lc} ni bil doma. {street_lc}. tel {phone_digits}"},
    "lt": {"P": ("Laba diena, esu {name}, tabelio nr. {ref}. Prašau pakeisti atlyginimo sąskaitą: {iban}. {idw} "
                 "{nid}. Tel. {phone}. Ačiū"),
           "D": "siunta palikta kaimynei, {name_lc} nebuvo namie. {street_lc}. skambinti {phone_digits}"},
    "lv": {"P": ("Labdien, esmu {name}, personāla nr. {ref}. Lūdzu mainīt algas kontu: {iban}. {idw} {nid}. "
                 "Tālrunis {phone}. Paldies"),
           "D": "sūtījums atstāts pie kaimiņienes, {name_lc} nebija mājās. {street_lc}. zvanīt {phone_digits}"},
    "uk": {"P": ("Доброго дня, я {name}, табельний № {ref}. Прошу змінити рахунок для зарплати: {iban}. {idw} {nid}, "
                 "дата народження {dob}. Телефон {phone}. Дякую"),
           "D": "посилку залишено у сусідки, {name_lc} не було вдома. {street_lc}. тел {phone_digits}"},
    "ru": {"P": ("Здравствуйте, я {name}, табельный № {ref}. Зарплата не пришла, прошу проверить. {idw} {nid}, "
                 "дата рождения {dob}. Телефон {phone}. Спасибо"),
           "D": "посылку оставил у соседки, {name_lc} не было дома. {street_lc}. тел {phone_digits}"},
    "bg": {"P": ("Здравейте, аз съм {name}, служебен № {ref}. Моля, сменете сметката за заплата: {iban}. {idw} "
                 "{nid}. Телефон {phone}. Благодаря"),
           "D": "пратката оставена при съседката, {name_lc} не беше вкъщи. {street_lc}. тел {phone_digits}"},
}  # fmt: skip
NATIVE_FORM = {"P": "payroll query (native)", "D": "delivery driver notes (native)", "H": "court hearing summary (native)"}  # noqa: E501

# Surnames and first names that are also ordinary English words (real names, used in English-speaking locales).
WORD_SURNAMES = ("Little", "Wood", "Hill", "Green", "Young", "King", "Rose", "Page", "Marsh", "Mills", "Bishop",
                 "Cook", "Fox", "Rice", "Bell", "Moss", "Lamb", "Hart", "Stone", "Long", "Brown", "Baker", "Mason",
                 "Hunter", "Shepherd", "Day", "Frost", "Steel", "Church", "Field")  # fmt: skip
WORD_FIRST = ("Grace", "Hope", "Faith", "Will", "Mark", "Bill", "Joy", "Summer", "Rose", "Dawn", "Jack", "Pat",
              "Sue", "Ray", "Amber", "Hazel", "Rich", "Frank", "Holly", "Drew")  # fmt: skip
ENGLISH = ("en_US", "en_GB", "en_AU", "en_CA", "en_IE")


# People, addresses, columns and notes of held-out set 12 ------------------------------------------

SEEDS = (12001, 12002)
FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
OTHER29 = ("sv_SE", "pl_PL", "pt_PT", "da_DK", "en_AU", "de_AT", "fr_CH", "en_IN", "en_CA", "fr_CA", "pt_BR", "es_MX",
           "cs_CZ", "fi_FI", "tr_TR", "ja_JP", "zh_CN", "no_NO", "ro_RO", "el_GR", "hu_HU", "sk_SK", "hr_HR", "de_CH",
           "lt_LT", "uk_UA", "ru_RU", "bg_BG", "sl_SI")  # fmt: skip
NEW3 = ("en_IE", "nl_BE", "lv_LV")
LOCALES = FIRST7 + OTHER29 + NEW3
REGION = {x: region(x) for x in LOCALES}  # the phone/IBAN country of each locale
N_ROWS = 60
CJK = ("ja_JP", "zh_CN")
REF = date(2026, 1, 1)  # birth dates are drawn before this date, never from the clock
NO_IBAN = ("en_US", "en_AU", "en_IN", "en_CA", "fr_CA", "pt_BR", "es_MX", "ja_JP", "zh_CN", "ru_RU")
TITLE_MF = {"en": (["Mr", "Dr"], ["Mrs", "Ms", "Miss", "Dr"]), "de": (["Herr"], ["Frau"]), "fr": (["M."], ["Mme"]),
            "es": (["Sr.", "D."], ["Sra.", "Dña."]), "it": (["Sig."], ["Sig.ra"]), "nl": (["dhr."], ["mevr."]),
            "pl": (["Pan"], ["Pani"]), "pt": (["Sr."], ["Sra."]), "da": (["hr."], ["fru"]), "no": (["hr."], ["fru"]),
            "cs": (["pan"], ["paní"]), "sk": (["pán"], ["pani"]), "tr": (["Bay"], ["Bayan"]), "ro": (["dl."], ["dna."]),
            "el": (["κ."], ["κα"]), "hr": (["g."], ["gđa"]), "sl": (["g."], ["ga."]), "lt": (["p."], ["p."]),
            "uk": (["пан"], ["пані"]), "ru": (["г-н"], ["г-жа"]), "bg": (["г-н"], ["г-жа"]), "hu": (["dr."], ["dr."]),
            "ja": (["様"], ["様"]), "zh": (["先生"], ["女士"]), "lv": (["kungs"], ["kundze"]), "sv": ([], []),
            "fi": ([], [])}  # fmt: skip
# Streets and towns built here where Faker's locale has none of its own (it falls back to English
# "9791 Rita Green, East Rita"): Turkish, Lithuanian, Bulgarian, Latvian, Japanese, Chinese, Irish towns.
_OWN_STREETS = {
    "tr_TR": (["Atatürk", "Cumhuriyet", "İnönü", "Gazi", "Menekşe", "Lale", "Papatya", "Bağdat", "Fevzi Çakmak",
               "Kazım Karabekir"], ["Sokak No: {n}", "Caddesi No:{n} D:{d}", "Sok. {n}/{d}"],
              ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Konya", "Adana", "Eskişehir", "Kayseri", "Trabzon"]),
    "lt_LT": (["Gedimino", "Laisvės", "Vilniaus", "Kauno", "Savanorių", "Pylimo", "Žalgirio", "Taikos",
               "Basanavičiaus", "Liepų"], ["g. {n}-{d}", "pr. {n}", "g. {n}"],
              ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus", "Marijampolė", "Utena"]),
    "bg_BG": (["Граф Игнатиев", "Витоша", "Цар Симеон", "Шипка", "Раковски", "Оборище", "Христо Ботев",
               "Васил Левски", "Опълченска", "Александровска"], ["ул. „{s}“ {n}", "бул. „{s}“ {n}, ет. {d}"],
              ["София", "Пловдив", "Варна", "Бургас", "Русе", "Стара Загора", "Плевен", "Сливен"]),
    "lv_LV": (["Brīvības", "Krišjāņa Barona", "Elizabetes", "Tērbatas", "Lāčplēša", "Maskavas", "Dzirnavu", "Rīgas",
               "Skolas", "Ganību"], ["iela {n}-{d}", "iela {n}", "gatve {n}"],
              ["Rīga", "Daugavpils", "Liepāja", "Jelgava", "Jūrmala", "Ventspils", "Rēzekne", "Valmiera", "Ogre",
               "Cēsis"]),
}  # fmt: skip
_IE_TOWNS = ("Dublin", "Cork", "Galway", "Limerick", "Waterford", "Drogheda", "Kilkenny", "Sligo", "Athlone", "Ennis",
             "Tralee", "Navan", "Letterkenny", "Wexford")  # fmt: skip
_IE_KEYS = ("D02", "D04", "D08", "D15", "D24", "T12", "T23", "H91", "V94", "X91", "F92", "A92", "R95", "N37", "A63")
_BOOKS = ("The Silent Harbour", "A Year of Soups", "Birds of the Coast", "Learning Python", "The Glass Orchard",
          "Winter Knitting", "History of the Railways", "The Night Ferry", "Gardening on a Budget", "Atlas of Clouds")
_PLANS = ("Unlimited 5G 30GB", "SIM only 12m", "Fibre 500 + TV", "Family Share 4 lines", "Prepay Plus", "Business Pro")
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґαβγδεζηθικλμνξοπρστυφχψωάέήίόύώς",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "h", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya", "ye", "i", "yi", "g",
                      "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "t",
                      "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "s"], strict=True))  # fmt: skip


@dataclass
class Table:
    """One labelled export: ``labels`` maps every column but the notes to its entities (tuple: any of them
    is right), ``None`` (not personal data) or ``"dont_care"``; ``notes[i]`` lists the (entity, value)
    spans put into row i's note, ``forms[i]`` its note form ("" when the row has no note)."""

    shape: str
    frame: pd.DataFrame
    labels: dict
    notes_column: str
    notes: list
    forms: list
    templates: list


def _ascii(s: str) -> str:
    s = "".join(_TRANSLIT.get(c, c) for c in s.lower())
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum())


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\n", ", ")).strip()


def _address(fk: Faker, rng: random.Random, locale: str) -> tuple[str, str, str]:
    """(street line, postcode, town) of the locale."""
    if locale in _OWN_STREETS:
        names, forms, towns = _OWN_STREETS[locale]
        name, form = rng.choice(names), rng.choice(forms)
        n, d = rng.randint(1, 140), rng.randint(1, 60)
        street = form.format(s=name, n=n, d=d) if "{s}" in form else f"{name} {form.format(n=n, d=d)}"
        postcode = {"tr_TR": f"{rng.randint(1, 81):02d}{rng.randint(0, 999):03d}",
                    "lt_LT": f"LT-{rng.randint(1000, 99999):05d}", "bg_BG": f"{rng.randint(1000, 9999)}",
                    "lv_LV": f"LV-{rng.randint(1001, 5799)}"}[locale]  # fmt: skip
        return street, postcode, rng.choice(towns)
    if locale == "ja_JP":
        return f"{fk.town()}{fk.chome()}{fk.ban()}{fk.gou()}", fk.postcode(), fk.city()
    if locale == "zh_CN":
        return f"{fk.street_name()}{rng.randint(1, 999)}号", fk.postcode(), fk.city()
    if locale == "en_IE":
        tail = "".join(rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        return _clean(fk.street_address()), f"{rng.choice(_IE_KEYS)} {tail}", rng.choice(_IE_TOWNS)
    return _clean(fk.street_address()), _clean(fk.postcode()), _clean(fk.city())


def _full_address(p: dict, locale: str, with_postcode: bool = True) -> str:
    street, pc, town = p["street"], p["postcode"] if with_postcode else "", p["city"]
    if locale == "ja_JP":
        return f"〒{pc} {town}{street}" if pc else f"{town}{street}"
    if locale == "zh_CN":
        return f"{town}{street}"
    if locale in ("en_US", "en_GB", "en_AU", "en_CA", "fr_CA", "en_IN", "en_IE"):
        return _clean(f"{street}, {town} {pc}")
    if locale in ("ru_RU", "uk_UA", "bg_BG"):
        return f"{street}, {town}, {pc}" if pc else f"{street}, {town}"
    if locale == "hu_HU":
        return _clean(f"{pc} {town}, {street}")
    return _clean(f"{street}, {pc} {town}")


def _person(fk: Faker, rng: random.Random, locale: str) -> dict:
    sex = rng.choice("FM")
    first = fk.first_name_female() if sex == "F" else fk.first_name_male()
    last = fk.last_name_female() if sex == "F" else fk.last_name_male()
    last2 = fk.last_name()
    if locale in ENGLISH:
        if rng.random() < 0.35:
            last = rng.choice(WORD_SURNAMES)
        if rng.random() < 0.2:
            first = rng.choice(WORD_FIRST)
    p = {"sex": sex, "first": first, "last": last, "last2": last2,
         "dob": REF - timedelta(days=rng.randint(18 * 365, 88 * 365))}  # fmt: skip
    if LANG[locale] == "es" and last2 != last:
        p["last"] = f"{last} {last2}"  # two surnames
        p["last1"] = last
    p["street"], p["postcode"], p["city"] = _address(fk, rng, locale)
    p["phone"], p["phone_alt"] = phone(locale, rng), phone(locale, rng)
    f, la = _ascii(first), _ascii(p.get("last1", last).split()[0])
    user = rng.choice([f"{f}.{la}", f"{f[:1]}{la}", f"{la}{rng.randint(1, 99)}", f"{f}_{la}{rng.randint(60, 99)}"])
    if not f or not la:
        user = fk.user_name()
    p["email"] = f"{user}@{fk.free_email_domain()}".lower()
    p["nid"] = national_id(locale, rng, {**p, "last": p.get("last1", last)})
    p["iban"] = None if locale in NO_IBAN else iban(REGION[locale], fk.iban(), rng)
    p["card"] = card(rng)
    return p


def _natural(p: dict, lang: str) -> str:
    if lang in ("ja", "zh"):
        return p["last"] + p["first"]
    return f"{p['last']} {p['first']}" if lang == "hu" else f"{p['first']} {p['last']}"


def _title(p: dict, lang: str, rng: random.Random) -> str:
    male, female = TITLE_MF[lang]
    options = female if p["sex"] == "F" else male
    return rng.choice(options) if options else ""


def _titled(p: dict, lang: str, rng: random.Random, full: bool, title_lang: str = "") -> str:
    t = _title(p, title_lang or lang, rng)
    if title_lang == "en" and lang in SUFFIX_TITLES:
        lang = "en"
    core = _natural(p, lang) if full else p["last"]
    if not t:
        return core
    if lang in SUFFIX_TITLES:
        return f"{core}{t}" if lang in ("ja", "zh") else f"{core} {t}"
    return f"{t} {core}"


def _dob(d: date, locale: str) -> str:
    return d.strftime(DOB_FMT.get(locale, DOB_FMT.get(LANG[locale], "%Y-%m-%d")))


def _amount(rng: random.Random, lang: str, lo: int = 5, hi: int = 4000) -> str:
    value = f"{rng.randint(lo, hi):,}.{rng.randint(0, 99):02d}"
    if lang in DECIMAL_COMMA:
        value = value.replace(",", " ").replace(".", ",")
    return value


def _event(rng: random.Random, locale: str) -> date:
    return date(2025, 1, 1) + timedelta(days=rng.randint(0, 500))


def _group(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i : i + n] for i in range(0, len(s), n))


# Notes ---------------------------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def usable_templates(locale: str) -> dict[str, str]:
    """Every note template a locale's rows may get, by form (English, and the locale's own language)."""
    lang = LANG[locale]
    out = dict(EN_NOTES)
    if lang != "en":
        out.update({NATIVE_FORM[k]: t for k, t in NATIVE_NOTES[lang].items()})
    return {f: t for f, t in out.items() if not (locale in NO_IBAN and "{iban}" in t)}


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the template's own text between placeholders (for the words-kept measure)."""
    return {form: [p for p in re.split(r"\{\w+\}", t) if p] for form, t in usable_templates(locale).items()}


def _fill(template: str, people: list[dict], locale: str, rng: random.Random, english: bool) -> tuple[str, list]:
    """The note and its (entity, value) spans (``english``: an English note, with English titles)."""
    lang = LANG[locale]
    tlang = "en" if english and lang not in ("ja", "zh") else lang
    nid_entity = "ssn" if locale == "en_US" else "national_id"
    truth: list[tuple[str, str]] = []

    def one(m: re.Match) -> str:
        key = m.group(1)
        who = people[int(key[-1]) - 1] if key[-1] in "23" and not key.startswith("date") else people[0]
        base = key.rstrip("23") if key[-1] in "23" and not key.startswith("date") else key
        natural = _natural(who, lang)
        if base in ("name", "name_lc", "name_uc", "tname", "inv"):
            text = {"name": natural, "name_lc": natural.lower(), "name_uc": natural.upper(),
                    "tname": _titled(who, lang, rng, True, tlang),
                    "inv": natural if lang in ("ja", "zh") else f"{who['last']}, {who['first']}"}[base]  # fmt: skip
            value = {"name_lc": natural.lower(), "name_uc": natural.upper()}.get(base, natural)
            if base == "inv" and lang not in ("ja", "zh"):
                value = f"{who['last']} {who['first']}"
            truth.append(("name", value))
            return text
        if base in ("last", "tlast", "init"):
            if base == "init" and lang not in ("ja", "zh"):
                text = f"{who['first'][0]}. {who['last']}"
            else:
                text = who["last"] if base == "last" else _titled(who, lang, rng, False, tlang)
            truth.append(("last_name", who["last"]))
            return text
        if base == "first":
            truth.append(("name", who["first"]))
            return who["first"]
        if base in ("street", "street_lc", "addr", "addr_uc"):
            street = who["street"].lower() if base == "street_lc" else who["street"]
            street = street.upper() if base == "addr_uc" else street
            truth.append(("street_address", street))
            if base.startswith("addr"):
                full = _full_address(who, locale)
                return full.upper() if base == "addr_uc" else full
            return street
        if base == "email":
            truth.append(("email", who["email"]))
            return who["email"]
        if base in ("phone", "phone_alt", "phone_digits"):
            number = who["phone_alt"] if base == "phone_alt" else who["phone"]
            layout = "digits" if base == "phone_digits" else rng.choice(["national", "national", "international",
                                                                         "e164"])  # fmt: skip
            text = phone_text(number, layout, rng)
            truth.append(("phone_number", text))
            return text
        if base == "iban":
            text = who["iban"] if rng.random() < 0.5 else _group(who["iban"])
            truth.append(("iban", text))
            return text
        if base == "card":
            text = _group(who["card"], 4, rng.choice([" ", "-", " "]))
            truth.append(("credit_debit_card", text))
            return text
        if base == "nid":
            text = who["nid"] if rng.random() < 0.7 else re.sub(r"[\s./-]", "", who["nid"])
            truth.append((nid_entity, text))
            return text
        if base == "dob":
            text = _dob(who["dob"], locale)
            truth.append(("date_of_birth", text))
            return text
        if base.startswith("date"):
            return _dob(_event(rng, locale), locale)
        if base == "amount":
            return ("€" if lang not in ("en",) else "£" if locale in ("en_GB",) else "$") + _amount(rng, lang, 5, 900)
        if base == "ref":
            return rng.choice([f"{rng.randint(1000, 9999)}-{rng.randint(10, 99)}", f"E{rng.randint(10000, 99999)}",
                               f"{rng.randint(2024, 2025)}/{rng.randint(100, 9999)}"])  # fmt: skip
        if base == "n":
            return str(rng.randint(2, 12))
        if base == "item":
            return rng.choice(_BOOKS)
        if base == "idw":
            return ID_WORD[locale]
        raise KeyError(key)

    return _PLACEHOLDER.sub(one, template), truth


# Columns -------------------------------------------------------------------------------------------

SHAPES = {
    "payroll export": ("emp_no", "fullname", "dob", "nid", "iban", "phone", "email", "cost_centre", "amount",
                       "event_date", "tax_code"),
    "school enrolment": ("first", "last", "dob", "q:fullname", "q:phone_ext", "q:email", "address", "class", "room",
                         "event_date", "count"),
    "library loans": ("card_no", "fullname", "email", "phone", "street", "postcode", "city", "isbn", "book",
                      "event_date", "amount", "branch"),
    "job applications": ("req_id", "fullname", "email", "phone", "city", "dob", "position", "amount", "event_date",
                         "score"),
    "blood-donor registry": ("donor_id", "last", "first", "dob", "sex", "blood_group", "nid", "phone", "postcode",
                             "city", "event_date", "count"),
    "court cases": ("case_no", "fullname", "q:fullname", "address", "event_date", "courtroom", "judge", "amount"),
    "telecom contracts": ("contract_no", "fullname", "phone", "phone_ext", "email", "street", "postcode", "city",
                          "iban", "plan", "amount", "event_date"),
    "charity donors": ("supporter_id", "fullname", "address_no_pc", "postcode", "email", "phone", "amount",
                       "event_date", "campaign", "gift_aid", "card"),
}  # fmt: skip
_PREFIX = {"payroll export": ["emp", "employee", "ma", "staff"], "school enrolment": ["pupil", "child", "student"],
           "library loans": ["borrower", "member", "patron"], "job applications": ["applicant", "cand", "app"],
           "blood-donor registry": ["donor", "dnr"], "court cases": ["claimant", "party", "pl"],
           "telecom contracts": ["cust", "subscriber", "acct"], "charity donors": ["supporter", "donor", "sup"]}  # fmt: skip  # noqa: E501
_Q_PREFIX = {"school enrolment": ["guardian", "parent", "contact"], "court cases": ["respondent", "defendant", "def"]}
_NOTES_WORDS = {"en": ["notes", "comments", "remarks", "memo", "agent_comment"], "de": ["bemerkung", "notizen"],
                "fr": ["remarques", "commentaire"], "es": ["observaciones", "notas"], "it": ["note", "osservazioni"],
                "nl": ["opmerkingen", "notities"], "pt": ["observacoes", "notas"], "pl": ["uwagi"], "sv": ["anteckningar"],  # noqa: E501
                "da": ["bemaerkninger"], "no": ["merknader"], "cs": ["poznamka"], "sk": ["poznamka"], "fi": ["huomiot"],
                "tr": ["aciklama"], "ja": ["備考"], "zh": ["备注"], "ro": ["observatii"], "el": ["σχόλια"], "hu": ["megjegyzes"],  # noqa: E501
                "hr": ["napomena"], "sl": ["opombe"], "lt": ["pastabos"], "lv": ["piezimes"], "uk": ["примітка"],
                "ru": ["примечание"], "bg": ["бележки"]}  # fmt: skip
_ENGLISH_WORDS = {"fullname": "name", "first": "first", "last": "last", "dob": "dob", "phone": "phone",
                  "phone_ext": "phone", "email": "email", "street": "street", "postcode": "postcode", "city": "city",
                  "address": "address", "address_no_pc": "address", "iban": "iban"}  # fmt: skip


def _style(words: list[str], rng: random.Random) -> str:
    """snake_case, camelCase, ALL CAPS, Title Case or as is."""
    words = [w for w in words if w]
    how = rng.choice(["snake", "snake", "camel", "caps", "title", "plain"])
    if how == "camel":
        return words[0].lower() + "".join(w[:1].upper() + w[1:] for w in words[1:])
    if how == "caps":
        return "_".join(words).upper()
    if how == "title":
        return " ".join(w[:1].upper() + w[1:] for w in words)
    if how == "plain":
        return " ".join(words)
    return "_".join(words)


def _column_name(kind: str, lang: str, shape: str, rng: random.Random, who: str, locale: str) -> str:
    """A column name as exports have them: local or English word, a prefix or suffix, re-cased."""
    if kind == "nid":
        base = [rng.choice([ID_WORD[locale].replace(" ", "_").replace(".", ""), "national_id", "id_no"])]
    elif kind in _ENGLISH_WORDS:
        key = _ENGLISH_WORDS[kind]
        local = COLS[lang][key]
        english = COLS["en"][key]
        base = [rng.choice(local if rng.random() < 0.6 else english)]
    else:
        base = [kind]
    prefixes = _Q_PREFIX.get(shape, ["alt"]) if who == "q" else _PREFIX[shape]
    roll = rng.random()
    if who == "q" or roll < 0.35:
        base = [rng.choice(prefixes), *base]
    elif roll < 0.5:
        base = [*base, rng.choice(["1", "primary", "txt", "v2"])]
    if lang in ("ja", "zh") and kind in _ENGLISH_WORDS and rng.random() < 0.7:
        return "".join(COLS[lang][_ENGLISH_WORDS[kind]][:1])
    return _style(base, rng)


def _case(value: str, how: str) -> str:
    return value.upper() if how == "upper" else value.lower() if how == "lower" else value


def _seeded(locale: str, seed: int) -> Faker:
    fk = Faker(locale)
    fk.seed_instance(seed)
    return fk


def _columns(kind: str, rows: list[list[dict]], locale: str, rng: random.Random) -> tuple[list, object]:
    """(values, label) of one column kind over the rows (person p = rows[i][0], q = rows[i][1], r = rows[i][2])."""
    lang = LANG[locale]
    who = 1 if kind.startswith("q:") else 0
    kind = kind.removeprefix("q:")
    people = [r[who] for r in rows]
    case = rng.choice(["as is", "as is", "upper", "lower"])
    nid_label = ("ssn", "national_id", "tax_id") if locale == "en_US" else ("national_id", "ssn", "tax_id")
    if kind == "fullname":
        style = rng.choice(["natural", "natural", "inv", "titled", "init"]) if lang not in ("ja", "zh") else "natural"
        vals = []
        for p in people:
            v = {"natural": _natural(p, lang), "inv": f"{p['last']}, {p['first']}",
                 "titled": _titled(p, lang, rng, True), "init": f"{p['first'][:1]}. {p['last']}"}[style]  # fmt: skip
            vals.append(_case(v, case))
        return vals, ("name", "last_name") if style == "init" else ("name",)
    if kind in ("first", "last"):
        return [_case(p[kind], case) for p in people], (f"{kind}_name", "name")
    if kind == "dob":
        fmt = rng.choice(["local", "local", "iso"])
        return [_dob(p["dob"], locale) if fmt == "local" else p["dob"].isoformat() for p in people], ("date_of_birth",)
    if kind == "nid":
        compact = rng.random() < 0.3
        return [re.sub(r"[\s./-]", "", p["nid"]) if compact else p["nid"] for p in people], nid_label
    if kind in ("phone", "phone_ext"):
        layout = "ext" if kind == "phone_ext" else rng.choice(["national", "international", "e164", "digits"])
        vals = [phone_text(p["phone"], layout if kind == "phone" or rng.random() < 0.4 else "national", rng)
                for p in people]  # fmt: skip
        return vals, ("phone_number",)
    if kind == "email":
        return [_case(p["email"], "upper" if case == "upper" else "as is") for p in people], ("email",)
    if kind == "street":
        return [_case(p["street"], case) for p in people], ("street_address", "address")
    if kind == "postcode":
        return [p["postcode"] for p in people], ("postcode",)
    if kind == "city":
        return [_case(p["city"], case) for p in people], ("city",)
    if kind in ("address", "address_no_pc"):
        return [_full_address(p, locale, kind == "address") for p in people], ("address", "street_address")
    if kind == "iban" and locale not in NO_IBAN:
        grouped = rng.random() < 0.5
        return [_group(p["iban"]) if grouped else p["iban"] for p in people], ("iban",)
    if kind in ("card", "iban"):
        sep = rng.choice([" ", "-", ""])
        return [_group(p["card"], 4, sep) if sep else p["card"] for p in people], ("credit_debit_card",)
    if kind == "judge":
        return [_titled(r[2], lang, rng, False) if lang != "en" else f"Judge {r[2]['last']}" for r in rows], (
            "name", "last_name")
    n = len(rows)
    if kind == "branch":
        towns = [_address(_seeded(locale, i), random.Random(i), locale)[2] for i in range(3)]
        return [rng.choice(towns) for _ in range(n)], "dont_care"
    if kind == "card_no":
        return [_group(f"2{rng.randint(10**12, 10**13 - 1)}", 4) for _ in range(n)], "dont_care"
    gen = {
        "emp_no": lambda: str(rng.randint(10000, 999999)),
        "cost_centre": lambda: f"CC-{rng.randint(1000, 9999)}",
        "amount": lambda: _amount(rng, lang),
        "event_date": lambda: _dob(_event(rng, locale), locale),
        "tax_code": lambda: rng.choice(["1257L", "BR", "K475", "0T", "D0"]) if locale == "en_GB" else str(rng.randint(1, 6)),  # noqa: E501
        "class": lambda: f"{rng.randint(1, 9)}{rng.choice('ABCD')}",
        "room": lambda: rng.choice(["Room 12", "B2.14", "Aula Magna", "Gym", "Lab 3", "Library"]),
        "count": lambda: str(rng.randint(0, 40)),
        "isbn": lambda: _isbn(rng.randint(0, 9), rng.randint(100, 999), rng.randint(10000, 99999), rng.randint(0, 9)),
        "book": lambda: rng.choice(_BOOKS),
        "req_id": lambda: f"REQ-2025-{rng.randint(1, 9999):04d}",
        "position": lambda: rng.choice(["Warehouse operative", "Nurse", "Data analyst", "Driver", "Chef", "Cashier"]),
        "score": lambda: str(rng.randint(1, 5)),
        "donor_id": lambda: f"DN-{rng.randint(10000, 99999)}",
        "sex": lambda: rng.choice("MF"),
        "blood_group": lambda: rng.choice(["A+", "A-", "B+", "O+", "O-", "AB+"]),
        "case_no": lambda: f"{rng.choice(['CV', 'FAM', 'K'])}-{rng.randint(2023, 2025)}-{rng.randint(1, 99999):05d}",
        "courtroom": lambda: rng.choice(["Court 1", "Court 4", "Saal 2", "Sala B", "Room 7"]),
        "contract_no": lambda: f"C{rng.randint(100000, 999999)}-{rng.randint(1, 9):02d}",
        "plan": lambda: rng.choice(_PLANS),
        "supporter_id": lambda: f"S{rng.randint(1000000, 9999999)}",
        "campaign": lambda: rng.choice(["SPR25-DM", "XMAS24-TV", "LEGACY", "RAFFLE25", "WEB-ONEOFF"]),
        "gift_aid": lambda: rng.choice(["Y", "N"]),
    }[kind]
    return [gen() for _ in range(n)], None


def _isbn(group: int, publisher: int, title: int, _drawn: int) -> str:
    """An ISBN-13 with its check digit (``_drawn``: the digit drawn before, kept so later draws stay the same)."""
    body = f"978{group}{publisher}{title}"
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return f"978-{group}-{publisher}-{title}-{check}"


def heldout12_table(locale: str, seed: int, n: int = N_ROWS) -> Table:
    """The labelled table of ``locale`` and ``seed``: one export shape, its columns and a notes column."""
    rng = random.Random(f"set12/{locale}/{seed}")
    fk = Faker(locale)
    fk.seed_instance(seed * 100 + LOCALES.index(locale))
    lang = LANG[locale]
    shape = list(SHAPES)[(LOCALES.index(locale) * 3 + seed) % len(SHAPES)]
    rows = [[_person(fk, rng, locale) for _ in range(3)] for _ in range(n)]
    data: dict[str, list] = {}
    labels: dict[str, object] = {}
    for kind in SHAPES[shape]:
        values, label = _columns(kind, rows, locale, rng)
        base = kind.removeprefix("q:")
        name = _column_name(base, lang, shape, rng, "q" if kind.startswith("q:") else "p", locale)
        while name in data:
            name += "_2"
        if label not in (None, "dont_care") and base not in ("fullname", "judge"):
            values = [v if rng.random() > 0.03 else None for v in values]  # a few blanks
        data[name], labels[name] = values, label
    templates = usable_templates(locale)
    english = [f for f in templates if f in EN_NOTES]
    native = [f for f in templates if f not in EN_NOTES]
    share_en = 1.0 if lang == "en" else 0.5 if locale in FIRST7 else 0.25
    notes, truths, forms, used = [], [], [], []
    for people in rows:
        if rng.random() < 0.08:
            notes.append(None)
            truths.append([])
            forms.append("")
            used.append("")
            continue
        form = rng.choice(english if (rng.random() < share_en or not native) else native)
        text, truth = _fill(templates[form], people, locale, rng, form in EN_NOTES)
        notes.append(text)
        truths.append(truth)
        forms.append(form)
        used.append(templates[form])
    notes_column = _style([rng.choice(_NOTES_WORDS[lang] + ["notes", "comment"])], rng)
    while notes_column in data:
        notes_column += "_txt"
    data[notes_column] = notes
    return Table(shape, pd.DataFrame(data), labels, notes_column, truths, forms, used)
