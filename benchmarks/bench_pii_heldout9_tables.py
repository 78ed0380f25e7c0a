"""Held-out PII set 9: labelled tables that look like real exports, 30 locales, seeds 9901-9902.

Written in session 23 by a helper that had not read the PII tests, the earlier held-out tables,
``docs/pii.md`` or the detector's internals, and kept out of the repository until its AFTER run,
so nothing was tuned on it (issue 11, "measure recall honestly").

Each (locale, seed) gives one table of one of six export shapes (clinic appointments, insurance
claims, HR onboarding, delivery manifest, loyalty sign-ups, tenancy register), with column names in
English or in the locale's language, decorated as exports do (``crm_``, ``_1``, upper case,
spaces), names in lower/upper/title case, ``Surname, First``, combined and split addresses, phones
in one layout per column (national, international, E.164, ``00``, digits only), national ids,
IBANs, cards, dates of birth; and one free-text column of new genres (nurse handover, call-centre
summary, complaint e-mail, SMS, driver note, tenancy letter, forum post, OCR'd letter) written in
the locale's own language, with every inserted entity span labelled.

``heldout9_table(locale, seed, n)`` -> ``Table`` (frame, column labels, notes column, per-note
truth and form). Column labels: a tuple of acceptable entities (first = the true one), ``None``
for a column that is not personal data, ``"dont_care"`` for one no one can decide (a region).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd
import phonenumbers
from faker import Faker

SEEDS = (9901, 9902)
N_ROWS = 150
FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
SET8_OTHER20 = ("sv_SE", "pl_PL", "pt_PT", "da_DK", "en_AU", "de_AT", "fr_CH", "en_IN", "en_CA", "fr_CA", "pt_BR",
                "es_MX", "cs_CZ", "fi_FI", "tr_TR", "ja_JP", "zh_CN", "no_NO", "ro_RO", "el_GR")  # fmt: skip
SET8_27 = FIRST7 + SET8_OTHER20
NEW3 = ("hu_HU", "sk_SK", "hr_HR")
LOCALES = SET8_27 + NEW3
CJK = ("ja_JP", "zh_CN")

LANG = {loc: loc.split("_")[0] for loc in LOCALES}
LANG["no_NO"] = "no"

# Labels -------------------------------------------------------------------------------------------
FULL = ("name",)
FIRST = ("first_name", "name")
LAST = ("last_name", "name")
EMAIL = ("email",)
PHONE = ("phone_number", "fax_number")
STREET = ("street_address", "address")
ADDRESS = ("address", "street_address")
CITY = ("city",)
POSTCODE = ("postcode",)
NID = ("national_id", "ssn", "tax_id")
SSN = ("ssn", "national_id", "tax_id")
IBAN = ("iban",)
CARD = ("credit_debit_card",)
DOB = ("date_of_birth",)

# Column words per language: first, last, full name, phone, email, dob, street, postcode, city, notes, id
_COLWORDS = {
    "en": "first_name last_name full_name phone email date_of_birth street postcode city notes national_id",
    "de": "vorname nachname name telefon e-mail geburtsdatum strasse plz ort bemerkung steuer_id",
    "fr": "prénom nom nom_complet téléphone courriel date_naissance adresse code_postal ville remarques numero_secu",
    "es": "nombre apellidos nombre_completo teléfono correo fecha_nacimiento dirección código_postal localidad "
          "observaciones documento",
    "it": "nome cognome nominativo telefono email data_nascita indirizzo cap comune note codice_fiscale",
    "nl": "voornaam achternaam naam telefoon e-mailadres geboortedatum straat postcode woonplaats opmerkingen bsn",
    "sv": "förnamn efternamn namn telefon e-post födelsedatum gatuadress postnummer ort anteckningar personnummer",
    "pl": "imię nazwisko imię_i_nazwisko telefon e-mail data_urodzenia ulica kod_pocztowy miejscowość uwagi pesel",
    "pt": "nome_próprio apelido nome_completo telemóvel email data_nascimento morada código_postal localidade "
          "observações nif",
    "da": "fornavn efternavn navn telefon e-mail fødselsdato adresse postnr by bemærkninger cpr",
    "cs": "jméno příjmení celé_jméno telefon e-mail datum_narození ulice psč obec poznámka rodné_číslo",
    "sk": "meno priezvisko celé_meno telefón e-mail dátum_narodenia ulica psč obec poznámka rodné_číslo",
    "fi": "etunimi sukunimi nimi puhelin sähköposti syntymäaika katuosoite postinumero postitoimipaikka "
          "huomautukset henkilötunnus",
    "tr": "ad soyad ad_soyad telefon e-posta doğum_tarihi adres posta_kodu şehir notlar tc_kimlik_no",
    "ja": "名 姓 氏名 電話番号 メールアドレス 生年月日 住所 郵便番号 市区町村 備考 マイナンバー",
    "zh": "名 姓 姓名 电话 电子邮件 出生日期 地址 邮编 城市 备注 身份证号",
    "no": "fornavn etternavn navn telefon e-post fødselsdato adresse postnummer poststed merknader fødselsnummer",
    "ro": "prenume nume nume_complet telefon e-mail data_nașterii strada cod_poștal localitate observații cnp",
    "el": "όνομα επώνυμο ονοματεπώνυμο τηλέφωνο email ημερομηνία_γέννησης διεύθυνση τ.κ. πόλη σημειώσεις αμκα",
    "hu": "keresztnév vezetéknév név telefonszám e-mail születési_dátum utca irányítószám település megjegyzés "
          "adóazonosító",
    "hr": "ime prezime ime_i_prezime telefon e-pošta datum_rođenja ulica poštanski_broj mjesto napomena oib",
}
_KEYS = ("first", "last", "full", "phone", "email", "dob", "street", "postcode", "city", "notes", "id")
COLWORDS = {lang: dict(zip(_KEYS, words.split(), strict=True)) for lang, words in _COLWORDS.items()}
COLWORDS["pt_BR"] = {**COLWORDS["pt"], "first": "primeiro_nome", "last": "sobrenome", "phone": "celular",
                     "street": "endereço", "postcode": "cep", "city": "cidade", "id": "cpf"}  # fmt: skip

# Titles before a surname (ja/zh: honorifics after it).
TITLES = {
    "en": ("Dr", "Mr", "Mrs", "Ms", "Dr."), "de": ("Herr", "Frau", "Dr."), "fr": ("M.", "Mme", "Dr"),
    "es": ("Sr.", "Sra.", "Dra."), "it": ("Sig.", "Sig.ra", "Dott."), "nl": ("dhr.", "mevr.", "dr."),
    "sv": ("doktor", "syster"), "pl": ("Pan", "Pani", "dr"), "pt": ("Sr.", "Sra.", "Dr."), "da": ("hr.", "fru"),
    "cs": ("pan", "paní", "MUDr."), "sk": ("pán", "pani", "MUDr."), "fi": ("rouva", "herra", "tohtori"),
    "tr": ("Bay", "Bayan", "Dr."), "ja": ("様", "さん", "先生"), "zh": ("先生", "女士", "医生"),
    "no": ("hr.", "fru"), "ro": ("dl.", "dna.", "dr."), "el": ("κ.", "κα", "Δρ."), "hu": ("dr.", "Dr."),
    "hr": ("g.", "gđa", "dr."),
}  # fmt: skip

# Surnames that are also ordinary words of the language.
WORD_SURNAMES = {
    "en": "Little Wood Baker King Young Hill Green Bell Rose Long Fox Hunter Mason Price",
    "de": "Koch Wolf Vogel Fuchs Schwarz Braun Lange Klein Jung Kaiser Engel",
    "fr": "Petit Blanc Roux Fontaine Boulanger Marchand Chevalier Lebrun Moulin",
    "es": "Blanco Moreno Rubio Calvo Lobo Prieto Serrano Delgado Castillo",
    "it": "Bianchi Greco Ferro Fiore Lupo Monti Marino Gallo Conte Leone",
    "nl": "Visser Bakker Smit Mulder Kok Koster Schipper Dekker Molenaar",
    "sv": "Berg Lund Ström Holm Lind Björk Sten Dahl",
    "pl": "Kowal Wróbel Nowak Zając Wilk Sowa Lis Kot Baran",
    "pt": "Pereira Carvalho Rocha Coelho Ramos Pinto Leite Cordeiro",
    "da": "Skov Holm Bak Lund Dam Krog Bang Vinter",
    "cs": "Zajíc Liška Vlk Holub Sokol Kovář Král",
    "sk": "Zajac Vlk Holub Sokol Kováč Kráľ Baran",
    "fi": "Kivi Mäki Koivu Laine Salo Järvi Kallio Virta",
    "tr": "Demir Kaya Çelik Yıldız Aydın Arslan Doğan Kurt Kılıç",
    "ja": "林 森 石 岩 谷",
    "zh": "王 白 金 高 马 林",
    "no": "Berg Dal Lie Strand Moen Bakke Vik Haug",
    "ro": "Lupu Ursu Vulpe Popa Păun Munteanu Croitoru",
    "el": "Ψαράς Φούρναρης Μάστορας Ράπτης Μυλωνάς",
    "hu": "Kovács Szabó Molnár Fekete Fehér Nagy Kiss Varga",
    "hr": "Kovač Vuk Golub Sokol Kralj Zec",
}
WORD_SURNAMES = {k: v.split() for k, v in WORD_SURNAMES.items()}

MAIL_DOMAINS = {
    "en_US": "gmail.com yahoo.com outlook.com", "en_GB": "btinternet.com gmail.com hotmail.co.uk",
    "de_DE": "web.de gmx.de t-online.de", "fr_FR": "orange.fr free.fr laposte.net", "es_ES": "gmail.com hotmail.es",
    "it_IT": "libero.it virgilio.it", "nl_NL": "ziggo.nl kpnmail.nl", "sv_SE": "telia.com gmail.com",
    "pl_PL": "wp.pl onet.pl o2.pl", "pt_PT": "sapo.pt gmail.com", "da_DK": "mail.dk gmail.com",
    "en_AU": "bigpond.com optusnet.com.au", "de_AT": "aon.at gmx.at", "fr_CH": "bluewin.ch gmail.com",
    "en_IN": "rediffmail.com gmail.com", "en_CA": "rogers.com shaw.ca", "fr_CA": "videotron.ca gmail.com",
    "pt_BR": "uol.com.br bol.com.br", "es_MX": "prodigy.net.mx hotmail.com", "cs_CZ": "seznam.cz centrum.cz",
    "fi_FI": "luukku.com gmail.com", "tr_TR": "hotmail.com yandex.com.tr", "ja_JP": "docomo.ne.jp yahoo.co.jp",
    "zh_CN": "qq.com 163.com", "no_NO": "online.no gmail.com", "ro_RO": "yahoo.ro gmail.com",
    "el_GR": "otenet.gr gmail.com", "hu_HU": "freemail.hu citromail.hu", "sk_SK": "azet.sk zoznam.sk",
    "hr_HR": "net.hr gmail.com",
}  # fmt: skip

# Countries with IBANs and their lengths (Faker's fallback for some locales is a GB IBAN).
IBAN_LEN = {"GB": 22, "DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "SE": 24, "PL": 28, "PT": 25, "DK": 18,
            "AT": 20, "CH": 21, "BR": 29, "CZ": 24, "FI": 18, "TR": 26, "NO": 15, "RO": 24, "GR": 27, "HU": 28,
            "SK": 24, "HR": 21}  # fmt: skip

_TR_CITIES = ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Konya", "Adana", "Gaziantep", "Kayseri",
              "Eskişehir", "Trabzon", "Samsun"]  # fmt: skip
_TR_STREET_WORDS = ["Atatürk", "Cumhuriyet", "İnönü", "Gazi", "Barış", "Lale", "Menekşe", "Çınar", "Kavak", "Zafer",
                    "Istiklal", "Papatya"]  # fmt: skip
_TR_TYPES = ("Caddesi", "Cad.", "Sokak", "Sok.", "Bulvarı")


def region(locale: str) -> str:
    return locale.split("_")[1]


# Value generators ---------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    locale: str

    @property
    def full(self) -> str:
        if self.locale == "hu_HU":
            return f"{self.last} {self.first}"
        if self.locale == "zh_CN":
            return f"{self.last}{self.first}"
        if self.locale == "ja_JP":
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"

    @property
    def label(self) -> str:
        """Label value: name words separated by spaces (CJK parts too, scored as substrings)."""
        if self.locale in CJK:
            return f"{self.last} {self.first}"
        return self.full

    @property
    def glued(self) -> str:
        """As written in running text (CJK names without a space)."""
        return self.full.replace(" ", "") if self.locale in CJK else self.full


def person(f: Faker, rng: random.Random, locale: str) -> Person:
    female = rng.random() < 0.5
    try:
        first = f.first_name_female() if female else f.first_name_male()
    except AttributeError:
        first = f.first_name()
    last = f.last_name_female() if female and hasattr(f, "last_name_female") else f.last_name()
    if locale in ("es_ES", "es_MX") and rng.random() < 0.6:
        last = f"{last} {f.last_name()}"
    return Person(first, last, locale)


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in text if not unicodedata.combining(c)).lower())


def email(f: Faker, rng: random.Random, locale: str, p: Person | None = None) -> str:
    domain = rng.choice(MAIL_DOMAINS[locale].split())
    base = ""
    if p is not None and locale not in CJK and locale != "el_GR":
        a, b = _ascii(p.first), _ascii(p.last.split()[0])
        base = rng.choice([f"{a}.{b}", f"{a[:1]}{b}", f"{b}.{a}{rng.randint(1, 99)}", f"{a}_{b}{rng.randint(60, 99)}"])
    if not base:
        base = f.user_name()
    return f"{base}@{domain}"


def _valid(num: phonenumbers.PhoneNumber, reg: str) -> bool:
    return phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == reg


def phone_number(f: Faker, rng: random.Random, locale: str) -> phonenumbers.PhoneNumber:
    """A valid number of the locale's country: Faker's when valid, else an example number with new digits."""
    reg = region(locale)
    for _ in range(5):
        raw = f.phone_number()
        try:
            num = phonenumbers.parse(raw, reg)
        except phonenumbers.NumberParseException:
            continue
        num.extension = None
        if _valid(num, reg):
            return num
    kind = rng.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
    for _ in range(300):
        ex = phonenumbers.example_number_for_type(reg, kind) or phonenumbers.example_number(reg)
        nsn = phonenumbers.national_significant_number(ex)
        k = min(len(nsn) - 3, 6)
        digits = nsn[:-k] + "".join(str(rng.randrange(10)) for _ in range(k))
        num = phonenumbers.parse(f"+{ex.country_code}{digits}")
        if _valid(num, reg):
            return num
    return phonenumbers.example_number(reg)


PHONE_LAYOUTS = ("national", "international", "e164", "00", "digits", "dotted")


def phone_text(num: phonenumbers.PhoneNumber, layout: str) -> str:
    fmt = phonenumbers.PhoneNumberFormat
    if layout == "national":
        return phonenumbers.format_number(num, fmt.NATIONAL)
    if layout == "international":
        return phonenumbers.format_number(num, fmt.INTERNATIONAL)
    if layout == "e164":
        return phonenumbers.format_number(num, fmt.E164)
    if layout == "00":
        return "00" + phonenumbers.format_number(num, fmt.INTERNATIONAL)[1:]
    national = re.sub(r"\D", "", phonenumbers.format_number(num, fmt.NATIONAL))
    if layout == "digits":
        return national
    # dotted / dashed groups of the national number
    parts = [national[i : i + 3] for i in range(0, len(national), 3)]
    if len(parts[-1]) == 1:
        parts[-2:] = [parts[-2] + parts[-1]]
    return ".".join(parts) if num.country_code != 1 else "-".join(parts)


def iban(f: Faker, rng: random.Random, locale: str) -> str | None:
    reg = region(locale)
    if reg not in IBAN_LEN:
        return None
    value = f.iban()
    if value[:2] == reg and len(value) == IBAN_LEN[reg]:
        return value
    bban = "".join(str(rng.randrange(10)) for _ in range(IBAN_LEN[reg] - 4))
    digits = "".join(str(int(c, 36)) for c in bban + reg + "00")
    return f"{reg}{98 - int(digits) % 97:02d}{bban}"


def iban_spaced(value: str) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def card(f: Faker, rng: random.Random, spaced: bool) -> str:
    """A Luhn-valid 16-digit Visa or Mastercard number (Faker's card types differ by locale)."""
    head = rng.choice(["4", "51", "52", "53", "54", "55"])
    body = head + "".join(str(rng.randrange(10)) for _ in range(15 - len(head)))
    number = next(body + d for d in "0123456789" if _luhn_ok(body + d))
    return " ".join(number[i : i + 4] for i in range(0, 16, 4)) if spaced else number


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def national_id(f: Faker, rng: random.Random, locale: str, born: date) -> str:
    """A national id in the layout people write it in that country."""
    reg = region(locale)
    if reg == "US":
        return f.ssn()
    if reg == "GB":
        return (f"{rng.choice('ABCEGHJKLMNOPRSTWXYZ')}{rng.choice('ABCEGHJKLMNPRSTWXYZ')} "
                f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.choice('ABCD')}")  # fmt: skip
    if reg == "DE":  # Steuer-ID, as printed on letters
        d = str(rng.randint(1, 9)) + "".join(str(rng.randrange(10)) for _ in range(10))
        return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"
    if reg == "ES":
        return _dni(rng)
    if reg == "PT":
        return _nif_pt(rng)
    if reg == "DK":
        return f"{born:%d%m%y}-{rng.randint(1000, 9999)}"
    if reg == "AU":  # tax file number
        return f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    if reg == "IN":
        d = f.aadhaar_id()
        return f"{d[:4]} {d[4:8]} {d[8:]}"
    if reg == "CA":  # fr_CA's Faker has no SIN of its own
        en_ca = Faker("en_CA")
        en_ca.seed_instance(rng.randrange(10**9))
        return en_ca.ssn()
    if reg == "BR":
        return f.cpf()
    if reg == "MX":
        return f.curp()
    if reg in ("CZ", "SK"):
        month = born.month + (50 if rng.random() < 0.5 else 0)
        return f"{born:%y}{month:02d}{born:%d}/{rng.randint(1000, 9999)}"
    if reg == "PL":  # PESEL from the birth date (Faker's depends on the clock)
        month = born.month + (20 if born.year >= 2000 else 0)
        d = [int(c) for c in f"{born:%y}{month:02d}{born:%d}{rng.randint(0, 9999):04d}"]
        check = (10 - sum(x * w for x, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=True)) % 10) % 10
        return "".join(map(str, d)) + str(check)
    if reg in _DATED_IDS:  # ids that embed the birth date: built here (Faker's follow the clock)
        return _DATED_IDS[reg](rng, born)
    if reg == "JP":  # My Number, 12 digits in groups
        d = "".join(str(rng.randrange(10)) for _ in range(12))
        return f"{d[:4]} {d[4:8]} {d[8:]}"
    return f.ssn()


def _digits(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(k))


def _luhn_digit(body: str) -> str:
    return next(d for d in "0123456789" if _luhn_ok(body + d))


def _se(rng: random.Random, born: date) -> str:  # personnummer, Luhn over 9 digits
    body = f"{born:%y%m%d}{_digits(rng, 3)}"
    return f"{body[:6]}-{body[6:]}{_luhn_digit(body)}"


def _fi(rng: random.Random, born: date) -> str:  # henkilötunnus
    n = f"{born:%d%m%y}{rng.randint(2, 899):03d}"
    return f"{n[:6]}{'-' if born.year < 2000 else 'A'}{n[6:]}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[int(n) % 31]}"


def _no(rng: random.Random, born: date) -> str:  # fødselsnummer, two mod-11 check digits
    while True:
        d = [int(c) for c in f"{born:%d%m%y}{rng.randint(0, 499):03d}"]
        k1 = 11 - sum(x * w for x, w in zip(d, (3, 7, 6, 1, 8, 9, 4, 5, 2), strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        k2 = 11 - sum(x * w for x, w in zip([*d, k1], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k1 < 10 and k2 < 10:
            return "".join(map(str, [*d, k1, k2]))


def _ro(rng: random.Random, born: date) -> str:  # CNP
    body = f"{rng.choice('12') if born.year < 2000 else rng.choice('56')}{born:%y%m%d}{rng.randint(1, 46):02d}"
    body += f"{rng.randint(1, 999):03d}"
    check = sum(int(c) * int(w) for c, w in zip(body, "279146358279", strict=True)) % 11
    return body + ("1" if check == 10 else str(check))


def _gr(rng: random.Random, born: date) -> str:  # AMKA, Luhn
    body = f"{born:%d%m%y}{_digits(rng, 4)}"
    return body + _luhn_digit(body)


def _cn(rng: random.Random, born: date) -> str:  # resident id, ISO 7064 mod 11-2
    body = f"{rng.choice(['110101', '310104', '440305', '510107', '330106'])}{born:%Y%m%d}{_digits(rng, 3)}"
    total = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(body))
    return body + "10X98765432"[total % 11]


def _at(rng: random.Random, born: date) -> str:  # Sozialversicherungsnummer
    while True:
        serial = f"{rng.randint(100, 999)}"
        d = [int(c) for c in serial + "0" + f"{born:%d%m%y}"]
        check = sum(x * w for x, w in zip(d, (3, 7, 9, 0, 5, 8, 4, 2, 1, 6), strict=True)) % 11
        if check < 10:
            return f"{serial}{check} {born:%d%m%y}"


def _hu(rng: random.Random, born: date) -> str:  # adóazonosító jel
    while True:
        body = f"8{(born - date(1867, 1, 1)).days:05d}{_digits(rng, 3)}"
        check = sum(int(c) * (i + 1) for i, c in enumerate(body)) % 11
        if check < 10:
            return body + str(check)


def _fr(rng: random.Random, born: date) -> str:  # NIR with its key
    body = f"{rng.choice('12')}{born:%y%m}{rng.randint(1, 95):02d}{_digits(rng, 3)}{_digits(rng, 3)}"
    return f"{body}{97 - int(body) % 97:02d}"


_DATED_IDS = {"SE": _se, "FI": _fi, "NO": _no, "RO": _ro, "GR": _gr, "CN": _cn, "AT": _at, "HU": _hu, "FR": _fr}


def _dni(rng: random.Random) -> str:
    n = rng.randint(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def _nif_pt(rng: random.Random) -> str:
    d = [rng.choice([1, 2])] + [rng.randrange(10) for _ in range(7)]
    check = 11 - sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True)) % 11
    return "".join(map(str, d)) + str(0 if check >= 10 else check)


DATE_FORMATS = {
    "en_US": "%m/%d/%Y", "en_GB": "%d/%m/%Y", "de_DE": "%d.%m.%Y", "fr_FR": "%d/%m/%Y", "es_ES": "%d/%m/%Y",
    "it_IT": "%d/%m/%Y", "nl_NL": "%d-%m-%Y", "sv_SE": "%Y-%m-%d", "pl_PL": "%d.%m.%Y", "pt_PT": "%d/%m/%Y",
    "da_DK": "%d.%m.%Y", "en_AU": "%d/%m/%Y", "de_AT": "%d.%m.%Y", "fr_CH": "%d.%m.%Y", "en_IN": "%d-%m-%Y",
    "en_CA": "%Y-%m-%d", "fr_CA": "%Y-%m-%d", "pt_BR": "%d/%m/%Y", "es_MX": "%d/%m/%Y", "cs_CZ": "%d.%m.%Y",
    "fi_FI": "%d.%m.%Y", "tr_TR": "%d.%m.%Y", "ja_JP": "%Y年%m月%d日", "zh_CN": "%Y年%m月%d日", "no_NO": "%d.%m.%Y",
    "ro_RO": "%d.%m.%Y", "el_GR": "%d/%m/%Y", "hu_HU": "%Y.%m.%d.", "sk_SK": "%d.%m.%Y", "hr_HR": "%d.%m.%Y.",
}  # fmt: skip


def birth_date(rng: random.Random) -> date:
    return date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 62))


def fmt_date(d: date, locale: str, iso: bool = False) -> str:
    return d.isoformat() if iso else d.strftime(DATE_FORMATS[locale])


def street(f: Faker, rng: random.Random, locale: str) -> str:
    if locale == "tr_TR":
        return f"{rng.choice(_TR_STREET_WORDS)} {rng.choice(_TR_TYPES)} No: {rng.randint(1, 160)}/{rng.randint(1, 20)}"
    if locale == "ja_JP":
        return f"{f.town()}{f.chome()}{f.ban()}{f.gou()}"
    if locale == "zh_CN":
        return f"{f.street_name()}{rng.randint(1, 400)}号"
    value = f.street_address().replace("\n", ", ")
    return value


def city(f: Faker, rng: random.Random, locale: str) -> str:
    if locale == "tr_TR":
        return rng.choice(_TR_CITIES)
    if locale == "ja_JP":
        return f.city()
    return f.city()


def postcode(f: Faker, locale: str) -> str:
    if locale == "tr_TR":
        return f"{f.random_int(1, 81):02d}{f.random_int(0, 999):03d}"
    return f.postcode()


def one_line_address(st: str, pc: str, town: str, locale: str, f: Faker) -> str:
    if locale in ("en_GB",):
        return f"{st}, {town}, {pc}"
    if locale in ("en_US", "en_AU", "en_CA", "fr_CA"):
        return f"{st}, {town}, {f.state_abbr()} {pc}" if hasattr(f, "state_abbr") else f"{st}, {town} {pc}"
    if locale == "en_IN":
        return f"{st}, {town} - {pc}"
    if locale == "ja_JP":
        return f"〒{pc} {f.prefecture()}{town}{st}"
    if locale == "zh_CN":
        return f"{f.province()}{town}{st} {pc}"
    if locale in ("hu_HU",):
        return f"{pc} {town}, {st}"
    return f"{st}, {pc} {town}"


# Free-text templates ------------------------------------------------------------------------------
# Placeholders: {name} full name, {name_lc} lower case, {upper_name} upper case, {inv} "Surname, First",
# {first} a first name alone, {tlast} title + surname, {twlast} title + surname that is a common word,
# {init} "F. Surname", {street}, {email}, {phone}, {iban}, {card}, {nid}, {dob}.
NOTES = {
    "en": [
        ("handover", ("Handover 07:00 - bed 4 {name} (DOB {dob}) settled overnight, obs stable. Daughter {name_lc} "
                     "rang on {phone}, asked for {tlast} to call back after the ward round.")),
        ("call summary", ("Call summary: caller verified as {inv}. Moving to {street} next month, confirmed email "
                         "{email}. Advised re. direct debit.")),
        ("complaint email", ("From: {email}\nSubject: complaint about missed delivery\nDear Sir or Madam, I am "
                            "writing on behalf of my neighbour {twlast}, who has still not been refunded. You can "
                            "reach me on {phone}. Regards, {name}")),
        ("sms", "[SMS 14:02] hi its {first} from {street}, van missed me again!! ring {phone} pls"),
        ("driver note", ("left with neighbour at no. 12, signed {init}. customer {name_lc} wants future drops at "
                        "{street}, side gate")),
        ("tenancy", ("Tenant {name} disputes the deduction from the deposit and asks for the refund to {iban}. "
                    "Landlord {tlast} says the damage predates the tenancy.")),
        ("forum post", ("Re: billing error - same here. my husband {first} got charged twice on {card}, I emailed them "
                       "from {email} and nothing back. they even asked for his ID {nid}?!")),
        ("ocr letter", ("RE: YOUR ACCOUNT\nMRS {upper_name}\n{street}\nDear {twlast},\nWe write about the payment of "
                       "15 March. Date of birth on file: {dob}.")),
    ],
    "de": [
        ("handover", ("Übergabe Nachtdienst: Zi. 12, {name}, geb. {dob}, Schmerzen rückläufig. Tochter bittet um "
                     "Rückruf unter {phone}. Visite durch {tlast} morgen früh.")),
        ("call summary", ("Anrufnotiz: Kunde {inv} meldet Umzug nach {street}. Neue E-Mail {email}, Lastschrift "
                         "künftig von {iban}.")),
        ("complaint email", ("Sehr geehrte Damen und Herren, seit drei Wochen warte ich auf die Erstattung. Mein "
                            "Nachbar {twlast} hat das gleiche Problem. Bitte melden Sie sich unter {phone}. Mit "
                            "freundlichen Grüßen {name}")),
        ("sms", "hallo hier ist {first}, paket bitte bei {name_lc} im 2. stock abgeben, bin erst ab 18 uhr da"),
        ("ocr letter", ("Betreff: Mietrückstand Wohnung {street}\nMieter: {upper_name}, Steuer-ID {nid}\nDie Kaution "
                       "wird auf die Karte {card} erstattet. gez. {init}")),
    ],
    "fr": [
        ("handover", ("Transmissions de nuit : chambre 8, {name}, née le {dob}, a bien dormi. Le fils a appelé au "
                     "{phone}, à rappeler par {tlast}.")),
        ("call summary", ("Résumé d'appel : le client {inv} signale un déménagement au {street}. Nouvelle adresse "
                         "courriel {email}, prélèvement sur {iban}.")),
        ("complaint email", ("Madame, Monsieur, je vous écris au sujet de ma voisine {twlast} qui n'a toujours pas "
                            "reçu son colis. Vous pouvez me joindre au {phone}. Cordialement, {name}")),
        ("sms", "slt c {first}, laissez le colis chez {name_lc} svp, je rentre vers 19h"),
        ("ocr letter", ("Objet : litige locatif\nLocataire : {upper_name}\nN° de sécurité sociale {nid}, carte "
                       "{card}. Signé : {init}")),
    ],
    "es": [
        ("handover", ("Relevo de enfermería: hab. 3, {name}, nacida el {dob}, pasó buena noche. La hija llamó al "
                     "{phone}; {tlast} pasará mañana.")),
        ("call summary", ("Resumen de llamada: el cliente {inv} comunica cambio de domicilio a {street}. Correo "
                         "nuevo {email}, cargo a la cuenta {iban}.")),
        ("complaint email", ("Estimados señores: les escribo porque mi vecina {twlast} sigue sin recibir el reembolso. "
                            "Pueden contactarme en el {phone}. Atentamente, {name}")),
        ("sms", "hola soy {first}, dejen el paquete con {name_lc} en el portal porfa"),
        ("ocr letter", ("Asunto: fianza del piso\nInquilino: {upper_name}, documento {nid}\nSe devolverá la fianza a "
                       "la tarjeta {card}. Firmado: {init}")),
    ],
    "it": [
        ("handover", ("Consegne notte: letto 5, {name}, nata il {dob}, notte tranquilla. Il figlio ha chiamato al "
                     "{phone}, richiamare dopo il giro del {tlast}.")),
        ("call summary", ("Sintesi chiamata: il cliente {inv} comunica il trasloco in {street}. Nuova email {email}, "
                         "addebito su {iban}.")),
        ("complaint email", ("Gentili signori, vi scrivo per conto della mia vicina {twlast} che non ha ancora "
                            "ricevuto il rimborso. Potete contattarmi al {phone}. Cordiali saluti, {name}")),
        ("sms", "ciao sono {first}, lasciate il pacco a {name_lc} al piano terra grazie"),
        ("ocr letter", ("Oggetto: contestazione deposito\nInquilino: {upper_name}, codice fiscale {nid}\nRimborso "
                       "sulla carta {card}. Firmato: {init}")),
    ],
    "nl": [
        ("handover", ("Overdracht nachtdienst: kamer 6, {name}, geboren {dob}, rustige nacht. Zoon belde via "
                     "{phone}, {tlast} komt morgen langs.")),
        ("call summary", ("Gespreksnotitie: klant {inv} verhuist naar {street}. Nieuw e-mailadres {email}, incasso "
                         "van {iban}.")),
        ("complaint email", ("Geachte heer/mevrouw, ik schrijf namens mijn buurvrouw {twlast}, die haar "
                            "terugbetaling nog steeds niet heeft ontvangen. U kunt mij bereiken op {phone}. Met "
                            "vriendelijke groet, {name}")),
        ("sms", "hoi met {first}, pakketje graag bij {name_lc} op nummer 14 afgeven"),
        ("ocr letter", ("Betreft: huurgeschil\nHuurder: {upper_name}, BSN {nid}\nDe borg wordt teruggestort op kaart "
                       "{card}. Getekend: {init}")),
    ],
    "sv": [
        ("handover", ("Rapport nattpass: sal 2, {name}, född {dob}, sov gott. Dottern ringde från {phone}, {tlast} "
                     "ronderar i morgon.")),
        ("call summary", ("Samtalsanteckning: kunden {inv} flyttar till {street}. Ny e-post {email}, autogiro från "
                         "{iban}.")),
        ("complaint email", ("Hej, jag skriver för min granne {twlast} som fortfarande inte fått sin återbetalning. "
                            "Nå mig på {phone}. Vänliga hälsningar {name}")),
        ("sms", "hej det är {first}, lämna paketet hos {name_lc} på tredje våningen tack"),
        ("ocr letter", ("Ärende: hyrestvist\nHyresgäst: {upper_name}, personnummer {nid}\nDepositionen återbetalas "
                       "till kort {card}. Underskrift: {init}")),
    ],
    "pl": [
        ("handover", ("Raport dyżuru nocnego: sala 4, {name}, ur. {dob}, noc spokojna. Córka dzwoniła z numeru "
                     "{phone}, {tlast} przyjdzie rano.")),
        ("call summary", ("Notatka z rozmowy: klient {inv} zgłasza przeprowadzkę na {street}. Nowy e-mail {email}, "
                         "polecenie zapłaty z konta {iban}.")),
        ("complaint email", ("Szanowni Państwo, piszę w imieniu sąsiadki {twlast}, która nadal nie otrzymała zwrotu. "
                            "Proszę o kontakt pod numerem {phone}. Z poważaniem {name}")),
        ("sms", "hej tu {first}, paczke prosze zostawic u {name_lc} pod 5"),
        ("ocr letter", ("Dotyczy: spór o kaucję\nNajemca: {upper_name}, PESEL {nid}\nZwrot kaucji na kartę {card}. "
                       "Podpis: {init}")),
    ],
    "pt": [
        ("handover", ("Passagem de turno: quarto 9, {name}, nascida em {dob}, noite calma. O filho ligou do {phone}; "
                     "{tlast} passa amanhã.")),
        ("call summary", ("Resumo da chamada: o cliente {inv} mudou-se para {street}. Novo e-mail {email}, débito na "
                         "conta {iban}.")),
        ("complaint email", ("Exmos. Senhores, escrevo em nome da minha vizinha {twlast}, que ainda não recebeu o "
                            "reembolso. Contacto: {phone}. Atenciosamente, {name}")),
        ("sms", "oi aqui é {first}, deixa a encomenda com {name_lc} no rés-do-chão"),
        ("ocr letter", ("Assunto: caução do arrendamento\nInquilino: {upper_name}, documento {nid}\nDevolução no "
                       "cartão {card}. Assinado: {init}")),
    ],
    "da": [
        ("handover", ("Vagtrapport nat: stue 3, {name}, født {dob}, sov roligt. Datteren ringede fra {phone}, "
                     "{tlast} kommer i morgen.")),
        ("call summary", ("Opkaldsnotat: kunden {inv} flytter til {street}. Ny e-mail {email}, betalingsservice fra "
                         "{iban}.")),
        ("complaint email", ("Hej, jeg skriver på vegne af min nabo {twlast}, som stadig ikke har fået pengene "
                            "tilbage. Ring på {phone}. Med venlig hilsen {name}")),
        ("sms", "hej det er {first}, stil pakken hos {name_lc} på 2. sal tak"),
        ("ocr letter", ("Vedr.: huslejetvist\nLejer: {upper_name}, CPR {nid}\nDepositum tilbagebetales til kort "
                       "{card}. Underskrevet: {init}")),
    ],
    "no": [
        ("handover", ("Nattrapport: rom 7, {name}, født {dob}, sov godt. Sønnen ringte fra {phone}, {tlast} kommer i "
                     "morgen.")),
        ("call summary", ("Samtalenotat: kunden {inv} flytter til {street}. Ny e-post {email}, avtalegiro fra "
                         "{iban}.")),
        ("complaint email", ("Hei, jeg skriver for naboen min {twlast}, som fortsatt ikke har fått refusjonen. Ring "
                            "meg på {phone}. Vennlig hilsen {name}")),
        ("sms", "hei det er {first}, legg pakken hos {name_lc} i andre etasje"),
        ("ocr letter", ("Gjelder: husleietvist\nLeietaker: {upper_name}, fødselsnummer {nid}\nDepositum "
                       "tilbakebetales til kort {card}. Signert: {init}")),
    ],
    "cs": [
        ("handover", ("Předání služby: pokoj 5, {name}, nar. {dob}, klidná noc. Dcera volala z čísla {phone}, "
                     "{tlast} přijde ráno.")),
        ("call summary", ("Záznam hovoru: zákazník {inv} se stěhuje na adresu {street}. Nový e-mail {email}, inkaso "
                         "z účtu {iban}.")),
        ("complaint email", ("Vážení, píšu za svou sousedku {twlast}, která stále nedostala vrácení peněz. Kontakt: "
                            "{phone}. S pozdravem {name}")),
        ("sms", "ahoj tady {first}, balik prosim nechte u {name_lc} ve 3. patre"),
        ("ocr letter", ("Věc: spor o kauci\nNájemce: {upper_name}, rodné číslo {nid}\nKauce bude vrácena na kartu "
                       "{card}. Podpis: {init}")),
    ],
    "sk": [
        ("handover", ("Odovzdanie služby: izba 2, {name}, nar. {dob}, pokojná noc. Syn volal z čísla {phone}, "
                     "{tlast} príde ráno.")),
        ("call summary", ("Záznam hovoru: zákazník {inv} sa sťahuje na adresu {street}. Nový e-mail {email}, inkaso "
                         "z účtu {iban}.")),
        ("complaint email", ("Dobrý deň, píšem za svoju susedu {twlast}, ktorá stále nedostala vrátenie peňazí. "
                            "Kontakt: {phone}. S pozdravom {name}")),
        ("sms", "ahoj tu {first}, balik prosim nechajte u {name_lc} na prizemi"),
        ("ocr letter", ("Vec: spor o kauciu\nNájomca: {upper_name}, rodné číslo {nid}\nKaucia bude vrátená na kartu "
                       "{card}. Podpis: {init}")),
    ],
    "fi": [
        ("handover", ("Yövuoron raportti: huone 4, {name}, syntynyt {dob}, nukkui hyvin. Tytär soitti numerosta "
                     "{phone}, {tlast} tulee aamulla.")),
        ("call summary", ("Puhelumuistio: asiakas {inv} muuttaa osoitteeseen {street}. Uusi sähköposti {email}, "
                         "e-lasku tililtä {iban}.")),
        ("complaint email", ("Hei, kirjoitan naapurini {twlast} puolesta, hän ei ole vieläkään saanut hyvitystä. "
                            "Tavoitatte minut numerosta {phone}. Ystävällisin terveisin {name}")),
        ("sms", "moi täällä {first}, jättäkää paketti {name_lc}:lle toiseen kerrokseen"),
        ("ocr letter", ("Asia: vuokrariita\nVuokralainen: {upper_name}, henkilötunnus {nid}\nVakuus palautetaan "
                       "kortille {card}. Allekirjoitus: {init}")),
    ],
    "tr": [
        ("handover", ("Nöbet devri: oda 3, {name}, doğum tarihi {dob}, gece sakin geçti. Kızı {phone} numarasından "
                     "aradı, {tlast} sabah gelecek.")),
        ("call summary", ("Görüşme notu: müşteri {inv} yeni adresi {street}. Yeni e-posta {email}, ödeme {iban} "
                         "hesabından.")),
        ("complaint email", ("Sayın yetkili, komşum {twlast} adına yazıyorum, iadesini hâlâ alamadı. Bana {phone} "
                            "numarasından ulaşabilirsiniz. Saygılarımla, {name}")),
        ("sms", "merhaba ben {first}, paketi kapıcı {name_lc} alacak lütfen"),
        ("ocr letter", ("Konu: depozito anlaşmazlığı\nKiracı: {upper_name}, T.C. kimlik no {nid}\nDepozito {card} "
                       "kartına iade edilecek. İmza: {init}")),
    ],
    "ro": [
        ("handover", ("Predare tură: salon 6, {name}, născută la {dob}, noapte liniștită. Fiica a sunat de la "
                     "{phone}, {tlast} vine dimineață.")),
        ("call summary", ("Notă apel: clientul {inv} s-a mutat la {street}. E-mail nou {email}, debitare din contul "
                         "{iban}.")),
        ("complaint email", ("Stimate domn, vă scriu în numele vecinei mele {twlast}, care nu a primit încă "
                            "rambursarea. Mă puteți contacta la {phone}. Cu stimă, {name}")),
        ("sms", "buna sunt {first}, lasati coletul la {name_lc} la parter va rog"),
        ("ocr letter", ("Subiect: litigiu garanție chirie\nChiriaș: {upper_name}, CNP {nid}\nGaranția se returnează "
                       "pe cardul {card}. Semnătura: {init}")),
    ],
    "el": [
        ("handover", ("Παράδοση βάρδιας: θάλαμος 4, {name}, γεν. {dob}, ήσυχη νύχτα. Η κόρη τηλεφώνησε από το "
                     "{phone}, {tlast}: θα περάσει το πρωί.")),
        ("call summary", ("Σημείωμα κλήσης: ο πελάτης {inv} μετακόμισε στην οδό {street}. Νέο email {email}, "
                         "χρέωση από {iban}.")),
        ("complaint email", ("Αξιότιμοι κύριοι, γράφω εκ μέρους της γειτόνισσάς μου {twlast}, που δεν έχει λάβει "
                            "ακόμη την επιστροφή. Τηλέφωνο επικοινωνίας {phone}. Με εκτίμηση, {name}")),
        ("sms", "γεια ειμαι ο {first}, αφηστε το δεμα στον {name_lc} στο ισογειο"),
        ("ocr letter", ("Θέμα: διαφορά εγγύησης ενοικίου\nΜισθωτής: {upper_name}, ΑΜΚΑ {nid}\nΗ εγγύηση "
                       "επιστρέφεται στην κάρτα {card}. Υπογραφή: {init}")),
    ],
    "hu": [
        ("handover", ("Éjszakai átadás: 3-as kórterem, {name}, szül. {dob}, nyugodt éjszaka. A lánya hívta a "
                     "{phone} számról, {tlast} reggel vizitel.")),
        ("call summary", ("Hívásjegyzet: az ügyfél {inv} új címe {street}. Új e-mail {email}, csoportos beszedés a "
                         "{iban} számláról.")),
        ("complaint email", ("Tisztelt Ügyfélszolgálat! A szomszédom, {twlast} nevében írok, aki még mindig nem "
                            "kapta meg a visszatérítést. Elérhetőségem: {phone}. Üdvözlettel: {name}")),
        ("sms", "szia {first} vagyok, a csomagot hagyjátok {name_lc} szomszédnál légyszi"),
        ("ocr letter", ("Tárgy: kaució vita\nBérlő: {upper_name}, adóazonosító {nid}\nA kaució a {card} kártyára "
                       "kerül vissza. Aláírás: {init}")),
    ],
    "hr": [
        ("handover", ("Primopredaja smjene: soba 2, {name}, rođena {dob}, mirna noć. Kći je zvala s broja {phone}, "
                     "{tlast} dolazi ujutro.")),
        ("call summary", ("Bilješka poziva: klijent {inv} preselio se na adresu {street}. Novi e-mail {email}, "
                         "terećenje računa {iban}.")),
        ("complaint email", ("Poštovani, pišem u ime susjede {twlast}, koja još nije dobila povrat novca. Kontakt: "
                            "{phone}. Srdačan pozdrav, {name}")),
        ("sms", "bok, ja sam {first}, paket ostavite kod {name_lc} u prizemlju"),
        ("ocr letter", ("Predmet: spor oko pologa\nNajmoprimac: {upper_name}, OIB {nid}\nPolog se vraća na karticu "
                       "{card}. Potpis: {init}")),
    ],
    "ja": [
        ("handover", "夜勤申し送り：3号室 {name}様（{dob}生）、夜間は安定。"
                     "娘さんより{phone}に折り返し希望、{tlast}が明朝回診。"),
        ("call summary", "通話メモ：{name}様より住所変更の連絡。新住所 {street}、メール {email}。"),
        ("complaint email", "お客様相談室 御中\n隣人の{twlast}の件で連絡しました。"
                            "返金がまだです。連絡先：{phone}\n{name}"),
        ("sms", "【SMS】{first}です。荷物は{street}の管理人室に預けてください"),
        ("ocr letter", "件名：敷金返還\n賃借人：{name}\nマイナンバー {nid}\nカード {card} に返金予定。"),
    ],
    "zh": [
        ("handover", "夜班交接：3床{name}，出生日期{dob}，夜间平稳。女儿来电{phone}，{tlast}明早查房。"),
        ("call summary", "通话记录：客户{name}反映已搬至{street}，新邮箱{email}。"),
        ("complaint email", "您好，我替邻居{twlast}投诉，退款至今未到账。联系电话：{phone}。{name}"),
        ("sms", "【短信】我是{name}，快递请放{street}门卫室"),
        ("ocr letter", "事由：押金纠纷\n租客：{name}，身份证号{nid}\n押金退回至银行卡{card}。"),
    ],
}

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def templates(locale: str) -> list[tuple[str, str]]:
    """The locale's note templates (those with an IBAN only where the country has IBANs)."""
    lang = LANG[locale]
    out = NOTES[lang]
    if region(locale) not in IBAN_LEN:
        out = [t for t in out if "{iban}" not in t[1]]
    return out


def _title(rng: random.Random, locale: str, surname: str) -> tuple[str, str]:
    """(text, label value) of a titled surname; ja/zh honorifics follow the surname."""
    title = rng.choice(TITLES[LANG[locale]])
    if locale in CJK:
        text = f"{surname}{title}"
        return text, surname if len(surname) > 1 else text
    return f"{title} {surname}", surname


def fill(template: str, f: Faker, rng: random.Random, locale: str, row_person: Person | None) -> tuple[str, list]:
    """One note from ``template`` and the (entity, value) of every span put in it."""
    truth: list[tuple[str, str]] = []
    nid_label = "ssn" if locale == "en_US" else "national_id"

    def sub(match: re.Match) -> str:
        key = match.group(1)
        if key in ("name", "name_lc", "upper_name", "inv"):
            own = key == "name" and row_person is not None and rng.random() < 0.5
            p = row_person if own else person(f, rng, locale)
            if key == "name":
                text, label = p.glued, p.label
            elif key == "name_lc":
                text, label = p.glued.lower(), p.label.lower()
            elif key == "upper_name":
                text, label = p.glued.upper(), p.label.upper()
            else:
                text = p.glued if locale in CJK else f"{p.last}, {p.first}"
                label = p.label
            truth.append(("name", label))
            return text
        if key == "first":
            p = person(f, rng, locale)
            truth.append(("name", p.first))
            return p.first
        if key in ("tlast", "twlast"):
            surname = rng.choice(WORD_SURNAMES[LANG[locale]]) if key == "twlast" else person(f, rng, locale).last
            text, label = _title(rng, locale, surname)
            truth.append(("last_name", label))
            return text
        if key == "init":
            p = person(f, rng, locale)
            truth.append(("last_name", p.last))
            return f"{p.first[0]}. {p.last}"
        if key == "street":
            value = street(f, rng, locale)
            truth.append(("street_address", value))
            return value
        if key == "email":
            value = email(f, rng, locale, person(f, rng, locale) if rng.random() < 0.7 else None)
        elif key == "phone":
            value = phone_text(phone_number(f, rng, locale), rng.choice(PHONE_LAYOUTS[:5]))
            key = "phone_number"
        elif key == "iban":
            value = iban(f, rng, locale) or ""
            value = iban_spaced(value) if rng.random() < 0.5 else value
        elif key == "card":
            value = card(f, rng, rng.random() < 0.5)
            key = "credit_debit_card"
        elif key == "nid":
            value = national_id(f, rng, locale, birth_date(rng))
            key = nid_label
        elif key == "dob":
            value = fmt_date(birth_date(rng), locale)
            key = "date_of_birth"
        else:
            raise KeyError(key)
        truth.append((key, value))
        return value

    return _PLACEHOLDER.sub(sub, template), truth


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the literal text between its placeholders (for the words-kept score)."""
    return {form: [p for p in _PLACEHOLDER.split(t)[::2] if p] for form, t in templates(locale)}


# Table shapes -------------------------------------------------------------------------------------
_EN_WORDS = {
    "first": ("first_name", "given name", "forename", "fname"),
    "last": ("surname", "last_name", "family name", "lname"),
    "full": ("name", "full name", "contact", "client"),
    "phone": ("phone", "mobile", "tel", "contact_no", "cell"),
    "email": ("email", "e-mail address", "mail"),
    "dob": ("dob", "date of birth", "birthdate", "birthday"),
    "street": ("street", "address line 1", "addr1", "street_address"),
    "postcode": ("postcode", "zip", "postal code", "post_code"),
    "city": ("city", "town", "locality"),
    "notes": ("notes", "comments", "free_text", "remarks"),
    "id": ("national_id", "id_number", "tax id"),
}
_PREFIXES = ("crm_", "x_", "src_", "c1_", "fld_")


def _words(locale: str) -> dict[str, str]:
    return COLWORDS.get(locale) or COLWORDS[LANG[locale]]


class Names:
    """Column names of one table: English variants or the locale's words, decorated one way."""

    def __init__(self, rng: random.Random, locale: str, local: bool):
        self.rng, self.locale = rng, locale
        self.local = local and LANG[locale] != "en"
        self.style = rng.choice(["plain", "prefix", "suffix", "upper", "spaced"])
        self.prefix = rng.choice(_PREFIXES)
        self.used: set[str] = set()

    def __call__(self, key: str, english: str | None = None) -> str:
        """A column name for ``key`` (a word key, or literal text when ``english`` is given)."""
        if english is not None:
            word = english
        elif self.local:
            word = _words(self.locale)[key]
        else:
            word = self.rng.choice(_EN_WORDS[key])
        if self.style == "prefix":
            word = self.prefix + word.replace(" ", "_")
        elif self.style == "suffix":
            word = f"{word.replace(' ', '_')}_1"
        elif self.style == "upper":
            word = word.upper().replace(" ", "_")
        elif self.style == "spaced":
            word = word.replace("_", " ").title()
        while word in self.used:
            word += "_2"
        self.used.add(word)
        return word


def _case(value: str, how: str) -> str:
    return {"lower": value.lower(), "upper": value.upper(), "title": value}[how]


def _doctor(rng: random.Random, f: Faker, locale: str) -> str:
    p = person(f, rng, locale)
    if locale in CJK:
        return f"{p.last}{'医師' if locale == 'ja_JP' else '医生'}"
    title = {"en": "Dr", "de": "Dr.", "fr": "Dr", "es": "Dr.", "pt": "Dr.", "tr": "Dr.", "it": "Dott.", "cs": "MUDr.",
             "sk": "MUDr.", "el": "Δρ."}.get(LANG[locale], "dr.")  # fmt: skip
    return f"{title} {p.first[0]}. {p.last}"


def shape_clinic(f, rng, locale, n, names: Names):
    """Clinic appointment export: combined patient name, DOB, mobile, treating doctor, visit data."""
    name_style = rng.choice(["inverted", "upper_first", "title", "lower"])
    layout = rng.choice(PHONE_LAYOUTS)
    iso = rng.random() < 0.5
    doctors = [_doctor(rng, f, locale) for _ in range(6)]
    clinics = ["Cardiology", "Dermatology", "Orthopaedics", "Paediatrics", "ENT", "Physio"]
    cols, labels, people = defaultdict(list), {}, []
    c_ref, c_pat, c_dob = names("ref", "appt_ref"), names("full", None), names("dob")
    c_mob, c_doc, c_clin = names("phone"), names("x", "treating_doctor"), names("x", "clinic")
    c_date, c_att = names("x", "appt_date"), names("x", "attended")
    for _ in range(n):
        p = person(f, rng, locale)
        people.append(p)
        if locale in CJK:
            pat = p.full
        elif name_style == "inverted":
            pat = f"{p.last}, {p.first}"
        elif name_style == "upper_first":
            pat = f"{p.last.upper()} {p.first}"
        else:
            pat = _case(p.full, "lower" if name_style == "lower" else "title")
        cols[c_ref].append(f"APT-{rng.randint(100000, 999999)}")
        cols[c_pat].append(pat)
        cols[c_dob].append(fmt_date(birth_date(rng), locale, iso))
        cols[c_mob].append(phone_text(phone_number(f, rng, locale), layout))
        cols[c_doc].append(rng.choice(doctors))
        cols[c_clin].append(rng.choice(clinics))
        cols[c_date].append((date(2025, 1, 6) + timedelta(days=rng.randrange(300))).isoformat())
        cols[c_att].append(rng.choice(["Y", "N", "Y", "Y"]))
    labels.update({c_ref: None, c_pat: FULL, c_dob: DOB, c_mob: PHONE, c_doc: FULL, c_clin: None, c_date: None,
                   c_att: None})  # fmt: skip
    return cols, labels, people


def shape_claims(f, rng, locale, n, names: Names):
    """Insurance claim list: split names (surname in capitals), e-mail, IBAN or card, street/postcode/town."""
    has_iban = region(locale) in IBAN_LEN
    spaced = rng.random() < 0.5
    cols, labels, people = defaultdict(list), {}, []
    c_no, c_first, c_last, c_mail = names("x", "claim_no"), names("first"), names("last"), names("email")
    c_pay = names("x", "payout_iban" if has_iban else "payout_card")
    c_st, c_pc, c_city = names("street"), names("postcode"), names("city")
    c_inc, c_amt, c_stat = names("x", "incident_date"), names("x", "claim_amount"), names("x", "status")
    for _ in range(n):
        p = person(f, rng, locale)
        people.append(p)
        cols[c_no].append(f"CLM{2025}{rng.randint(10000, 99999)}")
        cols[c_first].append(p.first)
        cols[c_last].append(p.last.upper() if locale not in CJK else p.last)
        cols[c_mail].append(email(f, rng, locale, p))
        if has_iban:
            value = iban(f, rng, locale)
            cols[c_pay].append(iban_spaced(value) if spaced else value)
        else:
            cols[c_pay].append(card(f, rng, spaced))
        cols[c_st].append(street(f, rng, locale))
        cols[c_pc].append(postcode(f, locale))
        cols[c_city].append(city(f, rng, locale))
        cols[c_inc].append((date(2024, 3, 1) + timedelta(days=rng.randrange(500))).strftime(DATE_FORMATS[locale]))
        cols[c_amt].append(round(rng.uniform(80, 9000), 2))
        cols[c_stat].append(rng.choice(["open", "settled", "rejected", "in review"]))
    labels.update({c_no: None, c_first: FIRST, c_last: LAST, c_mail: EMAIL, c_pay: IBAN if has_iban else CARD,
                   c_st: STREET, c_pc: POSTCODE, c_city: CITY, c_inc: None, c_amt: None, c_stat: None})  # fmt: skip
    return cols, labels, people


def shape_hr(f, rng, locale, n, names: Names):
    """HR onboarding sheet: lower-case split names, national id, E.164 phone, one-line home address."""
    cols, labels, people = defaultdict(list), {}, []
    c_emp, c_first, c_last, c_id = names("x", "employee_no"), names("first"), names("last"), names("id")
    c_tel, c_home = names("phone"), names("x", "home_address")
    c_start, c_dept, c_sal = names("x", "start_date"), names("x", "department"), names("x", "salary")
    layout = rng.choice(["e164", "international", "00"])
    for _ in range(n):
        p = person(f, rng, locale)
        people.append(p)
        cols[c_emp].append(f"E{rng.randint(10000, 99999)}")
        cols[c_first].append(p.first.lower())
        cols[c_last].append(p.last.lower())
        cols[c_id].append(national_id(f, rng, locale, birth_date(rng)))
        cols[c_tel].append(phone_text(phone_number(f, rng, locale), layout))
        cols[c_home].append(one_line_address(street(f, rng, locale), postcode(f, locale), city(f, rng, locale),
                                             locale, f))  # fmt: skip
        cols[c_start].append((date(2025, 1, 1) + timedelta(days=rng.randrange(365))).isoformat())
        cols[c_dept].append(rng.choice(["Finance", "IT", "Sales", "Logistics", "HR", "Legal"]))
        cols[c_sal].append(rng.randrange(28000, 95000, 500))
    labels.update({c_emp: None, c_first: FIRST, c_last: LAST, c_id: SSN if locale == "en_US" else NID,
                   c_tel: PHONE, c_home: ADDRESS, c_start: None, c_dept: None, c_sal: None})  # fmt: skip
    return cols, labels, people


def shape_delivery(f, rng, locale, n, names: Names):
    """Delivery manifest: lower-case recipient, street in capitals, zip, city, region, international phone."""
    cols, labels, people = defaultdict(list), {}, []
    c_id, c_rec, c_to = names("x", "parcel_id"), names("x", "recipient"), names("x", "deliver_to")
    c_zip, c_city, c_reg = names("postcode"), names("city"), names("x", "region")
    c_tel, c_kg, c_depot = names("x", "contact_tel"), names("x", "weight_kg"), names("x", "depot")
    layout = rng.choice(["international", "00", "e164"])
    # Faker's tr_TR regions are US states: no region column there.
    has_region = locale != "tr_TR" and (hasattr(f, "administrative_unit") or hasattr(f, "state"))
    for _ in range(n):
        p = person(f, rng, locale)
        people.append(p)
        cols[c_id].append(f"1Z{rng.randint(10**9, 10**10 - 1)}")
        cols[c_rec].append(p.full.lower())
        st = street(f, rng, locale)
        cols[c_to].append(st.upper() if rng.random() < 0.7 else st)
        cols[c_zip].append(postcode(f, locale))
        cols[c_city].append(city(f, rng, locale))
        if has_region:
            cols[c_reg].append(f.administrative_unit() if hasattr(f, "administrative_unit") else f.state())
        cols[c_tel].append(phone_text(phone_number(f, rng, locale), layout))
        cols[c_kg].append(round(rng.uniform(0.2, 30), 1))
        cols[c_depot].append(f"HUB-{rng.randint(1, 9)}")
    labels.update({c_id: None, c_rec: FULL, c_to: STREET, c_zip: POSTCODE, c_city: CITY, c_tel: PHONE, c_kg: None,
                   c_depot: None})  # fmt: skip
    if has_region:
        labels[c_reg] = "dont_care"
    return cols, labels, people


def shape_loyalty(f, rng, locale, n, names: Names):
    """Loyalty sign-ups: first name in capitals, e-mail, digits-only phone, birthday, spaced card number."""
    cols, labels, people = defaultdict(list), {}, []
    c_mem, c_first, c_mail = names("x", "member_id"), names("first"), names("email")
    c_tel, c_bday, c_card = names("phone"), names("dob"), names("x", "card_number")
    c_pts, c_tier, c_since = names("x", "points"), names("x", "tier"), names("x", "signup_date")
    layout = rng.choice(["digits", "national", "dotted"])
    for _ in range(n):
        p = person(f, rng, locale)
        people.append(p)
        cols[c_mem].append(rng.randint(10**7, 10**8 - 1))
        cols[c_first].append(p.first.upper())
        cols[c_mail].append(email(f, rng, locale, p))
        cols[c_tel].append(phone_text(phone_number(f, rng, locale), layout))
        cols[c_bday].append(fmt_date(birth_date(rng), locale))
        cols[c_card].append(card(f, rng, True))
        cols[c_pts].append(rng.randint(0, 20000))
        cols[c_tier].append(rng.choice(["Gold", "Silver", "Bronze"]))
        cols[c_since].append((date(2023, 1, 1) + timedelta(days=rng.randrange(700))).isoformat())
    labels.update({c_mem: None, c_first: FIRST, c_mail: EMAIL, c_tel: PHONE, c_bday: DOB, c_card: CARD,
                   c_pts: None, c_tier: None, c_since: None})  # fmt: skip
    return cols, labels, people


def shape_tenancy(f, rng, locale, n, names: Names):
    """Tenancy register: "Surname, First" tenant, titled guarantor, property address, landlord phone, deposit."""
    has_iban = region(locale) in IBAN_LEN
    cols, labels, people = defaultdict(list), {}, []
    c_unit, c_ten, c_gua = names("x", "unit_ref"), names("x", "tenant"), names("x", "guarantor")
    c_prop, c_tel, c_dep = names("x", "property_address"), names("phone"), names("x", "deposit_account")
    c_rent, c_start = names("x", "monthly_rent"), names("x", "lease_start")
    for _ in range(n):
        p = person(f, rng, locale)
        people.append(p)
        g = person(f, rng, locale)
        cols[c_unit].append(f"U-{rng.randint(100, 9999):04d}")
        cols[c_ten].append(p.full if locale in CJK else f"{p.last}, {p.first}")
        cols[c_gua].append(_title(rng, locale, g.last)[0])
        cols[c_prop].append(one_line_address(street(f, rng, locale), postcode(f, locale), city(f, rng, locale),
                                             locale, f))  # fmt: skip
        cols[c_tel].append(phone_text(phone_number(f, rng, locale), "national"))
        if has_iban:
            cols[c_dep].append(iban(f, rng, locale))
        cols[c_rent].append(rng.randrange(400, 2600, 25))
        cols[c_start].append((date(2019, 1, 1) + timedelta(days=rng.randrange(2000))).isoformat())
    labels.update({c_unit: None, c_ten: FULL, c_gua: ("name", "last_name"), c_prop: ADDRESS, c_tel: PHONE,
                   c_rent: None, c_start: None})  # fmt: skip
    if has_iban:
        labels[c_dep] = IBAN
    return cols, labels, people


SHAPES = (shape_clinic, shape_claims, shape_hr, shape_delivery, shape_loyalty, shape_tenancy)
SHAPE_NAMES = ("clinic appointments", "insurance claims", "HR onboarding", "delivery manifest", "loyalty sign-ups",
               "tenancy register")  # fmt: skip


@dataclass
class Table:
    frame: pd.DataFrame
    labels: dict
    notes_column: str
    notes: list  # per row: [(entity, value), ...]
    forms: list  # per row: note form name ("" for an empty note)
    shape: str


def shape_of(locale: str, seed: int) -> int:
    i = LOCALES.index(locale)
    return (i + (0 if seed == SEEDS[0] else 3)) % len(SHAPES)


def heldout9_table(locale: str, seed: int, n: int = N_ROWS) -> Table:
    """The labelled table of ``locale`` for ``seed`` (deterministic)."""
    f = Faker(locale)
    f.seed_instance(seed * 131 + LOCALES.index(locale))
    rng = random.Random(f"{locale}/{seed}")
    k = shape_of(locale, seed)
    names = Names(rng, locale, local=(LOCALES.index(locale) + seed) % 2 == 0)
    cols, labels, people = SHAPES[k](f, rng, locale, n, names)
    notes_col = names("notes")
    forms_all = templates(locale)
    notes, truths, forms = [], [], []
    for i in range(n):
        if rng.random() < 0.08:
            notes.append("")
            truths.append([])
            forms.append("")
            continue
        form, template = rng.choice(forms_all)
        text, truth = fill(template, f, rng, locale, people[i])
        notes.append(text)
        truths.append(truth)
        forms.append(form)
    cols[notes_col] = notes
    frame = pd.DataFrame(dict(cols))
    labels = {c: labels.get(c) for c in frame.columns if c != notes_col}
    return Table(frame, labels, notes_col, truths, forms, SHAPE_NAMES[k])
