"""Held-out set 14: labelled tables of 50 locales in export shapes new to the sets (seeds 14001-14002).

Written in session 28 by a helper that did not read the PII tests, the earlier held-out tables, their
results (beyond set 12's group table, for the report's layout), ``docs/pii*.md`` or the detector's
internals. Each (locale, seed) is one table of one of eight shapes (election volunteers, food delivery
orders, clinical-trial screening, marina berths, driving-school pupils, funeral arrangements, wedding
venue bookings, pet insurance), with column names in the locale's language or English in several
styles, values in several cases, look-alike columns that are not personal data, and a free-text
column whose notes are of genres new to the sets (SMS thread export, witness statement, shift handover,
discharge summary, adjuster notes, landlord WhatsApp export, courier exception report, parish record,
OCR'd form text, CRM timeline, pasted e-mail signature, tenant screening), English or local.

Nothing is drawn from the clock: birth dates are counted back from 2026-01-01; ids that embed a birth
date are built here from the row's date with their check digits, and every id is checked with
python-stdnum (UK NI, Hungarian TAJ, Luxembourg matricule and Philippine TIN, which stdnum lacks, by
their own rules). Faker lacks own streets/towns (or names, or phones) for several locales: those are
built here from the language (``OWN_ADDRESS``, ``OWN_NAMES``). Phones are drawn from the region's
``phonenumbers`` metadata and kept only when valid there.
"""

# ruff: noqa: E501 - the column-word table ``_W`` keeps one language per line
from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

import pandas as pd
import phonenumbers as pn
from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn, verhoeff

FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
OTHER37 = (
    "sv_SE",
    "pl_PL",
    "pt_PT",
    "da_DK",
    "en_AU",
    "de_AT",
    "fr_CH",
    "en_IN",
    "en_CA",
    "fr_CA",
    "pt_BR",
    "es_MX",
    "cs_CZ",
    "fi_FI",
    "tr_TR",
    "ja_JP",
    "zh_CN",
    "no_NO",
    "ro_RO",
    "el_GR",
    "hu_HU",
    "sk_SK",
    "hr_HR",
    "de_CH",
    "lt_LT",
    "uk_UA",
    "ru_RU",
    "bg_BG",
    "sl_SI",
    "en_IE",
    "nl_BE",
    "lv_LV",
    "es_AR",
    "es_CO",
    "en_NZ",
    "fr_BE",
    "et_EE",
)
NEW6 = ("es_CL", "en_PH", "it_CH", "de_LU", "is_IS", "ko_KR")
LOCALES = FIRST7 + OTHER37 + NEW6
SEEDS = (14001, 14002)
N_ROWS = 40
CJK = ("ja_JP", "zh_CN")
REF = date(2026, 1, 1)

LANG = {x: x.split("_")[0] for x in LOCALES}
LANG["no_NO"] = "no"


def region(locale: str) -> str:
    """The phone/country region of a locale (``en_GB`` -> ``GB``)."""
    return locale.split("_")[1]


# Titles by language (left out of "words kept").
TITLES = {
    "en": ["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Rev", "Mx"],
    "de": ["Herr", "Frau", "Dr.", "Prof."],
    "fr": ["M.", "Mme", "Mlle", "Dr", "Me"],
    "es": ["Sr.", "Sra.", "Dr.", "Dra.", "D.", "Dña."],
    "it": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa", "Avv."],
    "nl": ["dhr.", "mevr.", "dr.", "mr."],
    "sv": ["herr", "fru", "dr"],
    "pl": ["Pan", "Pani", "dr"],
    "pt": ["Sr.", "Sra.", "Dr.", "Dra."],
    "da": ["hr.", "fru", "dr."],
    "cs": ["pan", "paní", "MUDr.", "Ing."],
    "fi": ["herra", "rouva", "tri"],
    "tr": ["Bay", "Bayan", "Dr."],
    "ja": ["様", "さん"],
    "zh": ["先生", "女士"],
    "no": ["herr", "fru", "dr."],
    "ro": ["dl.", "dna.", "dr."],
    "el": ["κ.", "κα", "Δρ."],
    "hu": ["dr.", "úr"],
    "sk": ["pán", "pani", "MUDr."],
    "hr": ["g.", "gđa", "dr."],
    "lt": ["p.", "dr."],
    "uk": ["пан", "пані", "д-р"],
    "ru": ["г-н", "г-жа", "д-р"],
    "bg": ["г-н", "г-жа", "д-р"],
    "sl": ["g.", "ga.", "dr."],
    "lv": ["k-gs", "k-dze", "Dr."],
    "et": ["hr", "pr", "dr"],
    "is": ["hr.", "frú", "dr."],
    "ko": ["님", "씨"],
}

# Column words by language: name first last phone mobile email dob address street postcode city id iban card notes
_W = """
en|full name|first name|last name|phone|mobile|email|date of birth|address|street|postcode|town|id number|iban|card number|notes
de|name|vorname|nachname|telefon|handy|e-mail|geburtsdatum|anschrift|strasse|plz|ort|ausweisnummer|iban|kartennummer|bemerkungen
fr|nom complet|prénom|nom|téléphone|portable|courriel|date de naissance|adresse|rue|code postal|ville|numéro d'identité|iban|numéro de carte|remarques
es|nombre completo|nombre|apellidos|teléfono|móvil|correo|fecha de nacimiento|dirección|calle|código postal|localidad|documento|iban|tarjeta|observaciones
it|nominativo|nome|cognome|telefono|cellulare|email|data di nascita|indirizzo|via|cap|comune|codice fiscale|iban|carta|annotazioni
nl|naam|voornaam|achternaam|telefoon|mobiel|e-mailadres|geboortedatum|adres|straat|postcode|woonplaats|bsn|iban|kaartnummer|opmerkingen
sv|namn|förnamn|efternamn|telefon|mobil|e-post|födelsedatum|adress|gatuadress|postnummer|ort|personnummer|iban|kortnummer|anteckningar
pl|imię i nazwisko|imię|nazwisko|telefon|komórka|e-mail|data urodzenia|adres|ulica|kod pocztowy|miejscowość|pesel|iban|numer karty|uwagi
pt|nome completo|nome próprio|apelido|telefone|telemóvel|email|data de nascimento|morada|rua|código postal|localidade|nif|iban|cartão|observações
da|navn|fornavn|efternavn|telefon|mobil|e-mail|fødselsdato|adresse|vej|postnr|by|cpr|iban|kortnummer|noter
cs|jméno a příjmení|jméno|příjmení|telefon|mobil|e-mail|datum narození|adresa|ulice|psč|obec|rodné číslo|iban|číslo karty|poznámky
fi|nimi|etunimi|sukunimi|puhelin|matkapuhelin|sähköposti|syntymäaika|osoite|katuosoite|postinumero|paikkakunta|henkilötunnus|iban|kortin numero|huomiot
tr|ad soyad|ad|soyad|telefon|cep|e-posta|doğum tarihi|adres|sokak|posta kodu|şehir|tc kimlik no|iban|kart no|notlar
ja|氏名|名|姓|電話番号|携帯|メール|生年月日|住所|番地|郵便番号|市区町村|マイナンバー|iban|カード番号|備考
zh|姓名|名|姓|电话|手机|邮箱|出生日期|地址|街道|邮编|城市|身份证号|iban|卡号|备注
no|navn|fornavn|etternavn|telefon|mobil|e-post|fødselsdato|adresse|gateadresse|postnummer|poststed|fødselsnummer|iban|kortnummer|merknader
ro|nume complet|prenume|nume|telefon|mobil|email|data nașterii|adresa|strada|cod poștal|localitate|cnp|iban|card|observații
el|ονοματεπώνυμο|όνομα|επώνυμο|τηλέφωνο|κινητό|email|ημερομηνία γέννησης|διεύθυνση|οδός|τκ|πόλη|αμκα|iban|κάρτα|σημειώσεις
hu|név|keresztnév|vezetéknév|telefon|mobil|email|születési dátum|lakcím|utca|irányítószám|település|taj szám|iban|kártyaszám|megjegyzés
sk|meno a priezvisko|meno|priezvisko|telefón|mobil|e-mail|dátum narodenia|adresa|ulica|psč|obec|rodné číslo|iban|číslo karty|poznámky
hr|ime i prezime|ime|prezime|telefon|mobitel|e-pošta|datum rođenja|adresa|ulica|poštanski broj|mjesto|oib|iban|broj kartice|napomene
lt|vardas pavardė|vardas|pavardė|telefonas|mobilus|el. paštas|gimimo data|adresas|gatvė|pašto kodas|miestas|asmens kodas|iban|kortelės nr|pastabos
uk|піб|ім'я|прізвище|телефон|мобільний|ел. пошта|дата народження|адреса|вулиця|індекс|місто|рнокпп|iban|номер картки|примітки
ru|фио|имя|фамилия|телефон|мобильный|эл. почта|дата рождения|адрес|улица|индекс|город|инн|iban|номер карты|примечания
bg|име и фамилия|име|фамилия|телефон|мобилен|имейл|дата на раждане|адрес|улица|пощенски код|град|егн|iban|номер на карта|бележки
sl|ime in priimek|ime|priimek|telefon|mobitel|e-pošta|datum rojstva|naslov|ulica|poštna številka|kraj|emšo|iban|številka kartice|opombe
lv|vārds uzvārds|vārds|uzvārds|tālrunis|mobilais|e-pasts|dzimšanas datums|adrese|iela|pasta indekss|pilsēta|personas kods|iban|kartes numurs|piezīmes
et|nimi|eesnimi|perekonnanimi|telefon|mobiil|e-post|sünniaeg|aadress|tänav|postiindeks|linn|isikukood|iban|kaardi number|märkused
is|nafn|fornafn|eftirnafn|sími|farsími|netfang|fæðingardagur|heimilisfang|gata|póstnúmer|bær|kennitala|iban|kortanúmer|athugasemdir
ko|성명|이름|성|전화번호|휴대폰|이메일|생년월일|주소|도로명|우편번호|시군구|주민등록번호|iban|카드번호|비고
"""
_KEYS = (
    "name",
    "first",
    "last",
    "phone",
    "mobile",
    "email",
    "dob",
    "address",
    "street",
    "postcode",
    "city",
    "id",
    "iban",
    "card",
    "notes",
)
WORDS = {row.split("|")[0]: dict(zip(_KEYS, row.split("|")[1:], strict=True)) for row in _W.strip().splitlines()}

DATE_FMT = {
    "en_US": "%m/%d/%Y",
    "en_PH": "%m/%d/%Y",
    "en_CA": "%Y-%m-%d",
    "fr_CA": "%Y-%m-%d",
    "sv_SE": "%Y-%m-%d",
    "lt_LT": "%Y-%m-%d",
    "nl_NL": "%d-%m-%Y",
    "da_DK": "%d-%m-%Y",
    "hu_HU": "%Y.%m.%d.",
    "ja_JP": "%Y/%m/%d",
    "zh_CN": "%Y年%m月%d日",
    "ko_KR": "%Y.%m.%d",
    "hr_HR": "%d.%m.%Y.",
    "lv_LV": "%d.%m.%Y.",
    "sl_SI": "%d. %m. %Y",
    "cs_CZ": "%d.%m.%Y",
    "sk_SK": "%d.%m.%Y",
}
_DOTTED = (
    "de_DE",
    "de_AT",
    "de_CH",
    "fr_CH",
    "it_CH",
    "pl_PL",
    "ru_RU",
    "uk_UA",
    "bg_BG",
    "tr_TR",
    "fi_FI",
    "no_NO",
    "ro_RO",
    "et_EE",
    "is_IS",
)


def date_fmt(locale: str) -> str:
    """How a date of birth is written in the locale."""
    return DATE_FMT.get(locale, "%d.%m.%Y" if locale in _DOTTED else "%d/%m/%Y")


# ---------------------------------------------------------------- names, addresses (own where Faker has none)
OWN_NAMES = {
    "en_PH": (
        [
            "Maria",
            "Jose",
            "Juan",
            "Mark",
            "Kristine",
            "Angelica",
            "Jericho",
            "Rowena",
            "Jomar",
            "Lovely",
            "Rodel",
            "Marites",
            "Jun-Jun",
            "Princess",
            "Arnel",
            "Cherry",
            "Dindo",
            "Mylene",
            "Ramil",
            "Joy",
        ],
        [
            "Reyes",
            "Santos",
            "Cruz",
            "Bautista",
            "Ocampo",
            "Garcia",
            "Mendoza",
            "Villanueva",
            "Aquino",
            "Dizon",
            "Manalo",
            "Pascual",
            "Castillo",
            "Soriano",
            "Navarro",
            "Salvador",
            "Tolentino",
            "Magbanua",
            "Dimaculangan",
            "Panganiban",
        ],
    ),
    "de_LU": (
        [
            "Luc",
            "Marie",
            "Jeff",
            "Anne",
            "Tom",
            "Claudine",
            "Gilles",
            "Sandra",
            "Yves",
            "Nathalie",
            "Patrick",
            "Carole",
            "Marc",
            "Sophie",
            "Paul",
            "Michèle",
            "Laurent",
            "Josée",
            "Romain",
            "Martine",
        ],
        [
            "Schmit",
            "Muller",
            "Weber",
            "Hoffmann",
            "Wagner",
            "Thill",
            "Schiltz",
            "Kremer",
            "Reuter",
            "Majerus",
            "Hansen",
            "Klein",
            "Steffen",
            "Kieffer",
            "Welter",
            "Bintner",
            "Goedert",
            "Schroeder",
            "Feltgen",
            "Wirtz",
        ],
    ),
}
NAME_FAKER = {"it_CH": "it_IT", "fr_BE": "fr_FR", "et_EE": "et_EE"}
COMMON_WORD_SURNAMES = [
    "Baker",
    "Little",
    "Rose",
    "Hill",
    "Young",
    "King",
    "Brown",
    "May",
    "Wood",
    "Long",
    "Short",
    "Bird",
    "Fox",
    "Lamb",
    "Page",
    "Bell",
    "Hope",
    "Sharp",
    "Black",
    "Summer",
    "Winter",
    "Church",
    "Marsh",
    "Field",
]

_STREETS = {
    "tr_TR": (
        ["{w} Sokak No: {n}", "{w} Caddesi No:{n} D:{d}", "{w} Sok. No {n}/{d}"],
        [
            "Lale",
            "Menekşe",
            "Gül",
            "Bağlar",
            "Papatya",
            "Çınar",
            "İstiklal",
            "Yıldız",
            "Kavaklı",
            "Zambak",
            "Akasya",
            "Nilüfer",
        ],
        ["Ankara", "İzmir", "Bursa", "Konya", "Eskişehir", "Kayseri", "Antalya", "Samsun"],
        "{5}",
    ),
    "ja_JP": (
        ["{w}{n}丁目{d}-{m}", "{w}{n}-{d}-{m}"],
        ["桜町", "本町", "中央", "緑が丘", "若葉台", "旭町", "栄町", "松原", "南台", "東雲"],
        None,
        None,
    ),
    "lt_LT": (
        ["{w} g. {n}", "{w} g. {n}-{d}", "{w} pr. {n}"],
        ["Gedimino", "Laisvės", "Taikos", "Savanorių", "Žalgirio", "Vytauto", "Liepų", "Sodų", "Kęstučio", "Ąžuolų"],
        ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus", "Marijampolė"],
        "LT-{5}",
    ),
    "bg_BG": (
        ["ул. „{w}“ № {n}", "бул. „{w}“ {n}, ет. {d}", "ул. {w} {n}"],
        ["Шипка", "Раковски", "Граф Игнатиев", "Цар Симеон", "Оборище", "Витоша", "Бачо Киро", "Асен Златарев"],
        ["София", "Пловдив", "Варна", "Бургас", "Русе", "Стара", "Загора", "Плевен"],
        "{4}",
    ),
    "lv_LV": (
        ["{w} iela {n}", "{w} iela {n}-{d}", "{w} gatve {n}"],
        ["Brīvības", "Lāčplēša", "Dzirnavu", "Tērbatas", "Ausekļa", "Krasta", "Raiņa", "Pils", "Skolas", "Ganību"],
        ["Rīga", "Daugavpils", "Liepāja", "Jelgava", "Jūrmala", "Ventspils", "Valmiera"],
        "LV-{4}",
    ),
    "fr_BE": (
        ["rue {w} {n}", "avenue {w} {n}", "{w} {n} bte {d}"],
        [
            "de Fragnée",
            "des Tanneurs",
            "de la Station",
            "Saint-Gilles",
            "des Wallons",
            "du Moulin",
            "de Bruxelles",
            "Léopold",
            "des Combattants",
            "de l'Yser",
        ],
        ["Liège", "Namur", "Charleroi", "Mons", "Wavre", "Tournai", "Arlon", "Verviers", "Nivelles"],
        "{4}",
    ),
    "et_EE": (
        ["{w} tn {n}", "{w} mnt {n}-{d}", "{w} pst {n}"],
        ["Lai", "Tartu", "Pärnu", "Narva", "Vabaduse", "Kalevi", "Männi", "Tähe", "Jõe", "Pikk"],
        ["Tallinn", "Tartu", "Pärnu", "Narva", "Viljandi", "Rakvere", "Haapsalu", "Kuressaare"],
        "{5}",
    ),
    "en_PH": (
        ["{n} {w} St., Brgy. {b}", "Blk {d} Lot {n} {w} Ave.", "{n} {w} Street"],
        [
            "Mabini",
            "Rizal",
            "Bonifacio",
            "Del",
            "Pilar",
            "Luna",
            "Kalayaan",
            "Sampaguita",
            "Narra",
            "Molave",
            "Magsaysay",
        ],
        ["Quezon City", "Cebu City", "Davao City", "Iloilo City", "Bacolod", "Antipolo", "Taguig", "Cagayan de Oro"],
        "{4}",
    ),
    "it_CH": (
        ["Via {w} {n}", "Via {w} {n}a", "Viale {w} {n}"],
        ["Cantonale", "Besso", "Nassa", "Stazione", "Pretorio", "Trevano", "Ciseri", "Lavizzari", "Vela", "Simen"],
        ["Lugano", "Bellinzona", "Locarno", "Mendrisio", "Chiasso", "Biasca", "Ascona", "Massagno"],
        "6{3}",
    ),
    "de_LU": (
        ["{n}, rue {w}", "{n} rue {w}", "{n}, route {w}"],
        [
            "de la Gare",
            "des Prés",
            "Principale",
            "de Hollerich",
            "du Fossé",
            "Jean Jaurès",
            "de Luxembourg",
            "des Champs",
            "du Moulin",
            "de l'Église",
        ],
        ["Esch-sur-Alzette", "Differdange", "Dudelange", "Ettelbruck", "Diekirch", "Luxembourg", "Mersch", "Wiltz"],
        "L-{4}",
    ),
    "is_IS": (
        ["{w} {n}", "{w} {n}b", "{w} {n}, íbúð {d}"],
        [
            "Laugavegur",
            "Hverfisgata",
            "Skólavörðustígur",
            "Bergstaðastræti",
            "Njálsgata",
            "Grettisgata",
            "Vesturgata",
            "Álfheimar",
            "Hraunbær",
            "Engihjalli",
        ],
        ["Reykjavík", "Kópavogur", "Hafnarfjörður", "Akureyri", "Selfoss", "Garðabær", "Mosfellsbær", "Ísafjörður"],
        "{3}",
    ),
    "en_IE": (
        None,
        None,
        ["Galway", "Cork", "Limerick", "Athlone", "Sligo", "Ennis", "Tralee", "Kilkenny", "Dundalk", "Navan"],
        "eircode",
    ),
    "sl_SI": (None, None, None, "{4}"),
}
_LOCAL_STREET_WORDS = {
    "sokak",
    "sok",
    "caddesi",
    "no",
    "d",
    "g",
    "pr",
    "ул",
    "бул",
    "ет",
    "iela",
    "gatve",
    "rue",
    "avenue",
    "bte",
    "tn",
    "mnt",
    "pst",
    "st",
    "brgy",
    "blk",
    "lot",
    "ave",
    "street",
    "via",
    "viale",
    "route",
    "íbúð",
    "丁目",
}


def _digits(rng: random.Random, n: int, first_nonzero: bool = True) -> str:
    s = "".join(rng.choice("0123456789") for _ in range(n))
    return (rng.choice("123456789") + s[1:]) if first_nonzero and n else s


def _postcode_from(pattern: str, rng: random.Random) -> str:
    if pattern == "eircode":
        chars = "ACDEFHKNPRTVWXY0123456789"
        return f"{rng.choice('ADFHKNPRTVWXY')}{rng.randint(10, 99)} {''.join(rng.choice(chars) for _ in range(4))}"
    return re.sub(r"\{(\d)\}", lambda m: _digits(rng, int(m.group(1))), pattern)


@dataclass
class Person:
    first: str
    last: str
    female: bool
    dob: date
    title: str
    phone: pn.PhoneNumber
    email: str
    street: str
    postcode: str
    city: str
    nid: str
    iban: str | None
    card: str


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in "-")).lower()


_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "gmx.net", "mail.com"]


def _email(first: str, last: str, rng: random.Random) -> str:
    f, la = _ascii(first), _ascii(last).replace("-", "")
    if not f or not la:  # non-Latin names: a handle
        f, la = rng.choice(["sky", "blue", "nova", "kiwi", "mint", "lumo", "tiger", "orca"]), str(rng.randint(10, 9999))
    shape = rng.randrange(4)
    local = [f"{f}.{la}", f"{f[0]}{la}{rng.randint(1, 99)}", f"{la}_{f}", f"{f}{la[:3]}"][shape]
    return f"{local}@{rng.choice(_DOMAINS)}"


def _phone(locale: str, rng: random.Random, mobile: bool) -> pn.PhoneNumber:
    reg = region(locale)
    kinds = (pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE)
    base = pn.example_number_for_type(reg, kinds[0] if mobile else kinds[1]) or pn.example_number(reg)
    nsn = str(base.national_number)
    for _ in range(400):
        k = min(6, len(nsn) - 2)
        cand = nsn[:-k] + _digits(rng, k, first_nonzero=False)
        num = pn.parse("+" + str(base.country_code) + cand)
        if pn.is_valid_number(num) and pn.region_code_for_number(num) == reg:
            return num
    return base


def fmt_phone(num: pn.PhoneNumber, layout: str, rng: random.Random) -> str:
    """A phone in one of the layouts people type: national, international, E.164, digits, extension."""
    nat = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
    if layout == "national":
        return nat
    if layout == "intl":
        return pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    if layout == "e164":
        return pn.format_number(num, pn.PhoneNumberFormat.E164)
    if layout == "digits":
        return re.sub(r"\D", "", nat)
    if layout == "dotted":
        return pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL).replace(" ", ".").replace("-", ".")
    return f"{nat} {rng.choice(['ext. ', 'x', 'ext '])}{rng.randint(10, 899)}"


# ---------------------------------------------------------------- national ids (checked with stdnum)
def _first_valid(
    prefix: str, tail: str, validate, rng: random.Random, alphabet: str = "0123456789", suffix: str = ""
) -> str:
    """``prefix`` + the first check string (from ``alphabet``, ``len(tail)`` long) that ``validate`` accepts."""
    n = len(tail)
    start = rng.randrange(len(alphabet) ** n)
    for i in range(len(alphabet) ** n):
        k, s = (start + i) % (len(alphabet) ** n), ""
        for _ in range(n):
            s = alphabet[k % len(alphabet)] + s
            k //= len(alphabet)
        cand = prefix + s + suffix
        try:
            validate(cand)
            return cand
        except Exception:  # stdnum's own errors: the next check string
            continue
    raise ValueError(f"no valid id from {prefix!r}")


_CF_MONTHS = "ABCDEHLMPRST"


def _cf_part(word: str, first: bool) -> str:
    w = _ascii(word).upper().replace("-", "")
    cons = [c for c in w if c.isalpha() and c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def national_id(locale: str, p: Person, rng: random.Random) -> str:
    """A national id of the locale for ``p``: a new draw when a serial admits no valid check digit."""
    for _ in range(200):
        try:
            return _national_id(locale, p, rng)
        except ValueError:  # stdnum's errors are ValueErrors too
            continue
    raise ValueError(f"no valid id for {locale}")


def _national_id(locale: str, p: Person, rng: random.Random) -> str:
    """A national id of the locale for person ``p`` (birth-date ids from ``p.dob``), valid by stdnum."""
    import importlib

    d, yy, mm, dd = p.dob, f"{p.dob.year % 100:02d}", f"{p.dob.month:02d}", f"{p.dob.day:02d}"
    c20 = d.year >= 2000

    def mod(name: str):
        return importlib.import_module(f"stdnum.{name}")

    if locale == "en_US":
        while True:
            s = f"{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
            if mod("us.ssn").is_valid(s):
                return s
    if locale == "en_GB":  # NI number: no stdnum module; prefix letters and suffix by HMRC's rules
        first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
        while True:
            pre = rng.choice(first) + rng.choice(second)
            if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        return f"{pre} {_digits(rng, 2, False)} {_digits(rng, 2, False)} {_digits(rng, 2, False)} {rng.choice('ABCD')}"
    if locale in ("de_DE",):
        while True:  # 10 digits: one digit twice, eight others once (the IdNr rule), then the check digit
            ds = rng.sample("0123456789", 9)
            ds.append(ds[0])
            rng.shuffle(ds)
            if ds[0] != "0":
                break
        s = _first_valid("".join(ds), "0", mod("de.idnr").validate, rng)
        return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"
    if locale == "fr_FR":
        pre = f"{2 if p.female else 1}{yy}{mm}{rng.choice(['75', '69', '13', '33', '59', '44'])}{_digits(rng, 3, False)}{_digits(rng, 3)}"
        s = pre + mod("fr.nir").calc_check_digits(pre)
        mod("fr.nir").validate(s)
        return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"
    if locale in ("es_ES",):
        s = _digits(rng, 8, False)
        return s + mod("es.dni").calc_check_digit(s)
    if locale == "it_IT":
        pre = (
            _cf_part(p.last, False)
            + _cf_part(p.first, True)
            + yy
            + _CF_MONTHS[d.month - 1]
            + f"{d.day + (40 if p.female else 0):02d}"
            + rng.choice(["H501", "F205", "L219", "G273", "A944", "D612"])
        )
        s = pre + mod("it.codicefiscale").calc_check_digit(pre)
        mod("it.codicefiscale").validate(s)
        return s
    if locale == "nl_NL":
        return _first_valid(_digits(rng, 8), "0", mod("nl.bsn").validate, rng)
    if locale == "sv_SE":
        pre = yy + mm + dd + _digits(rng, 3, False)
        return f"{pre[:6]}-{pre[6:]}{luhn.calc_check_digit(pre)}"
    if locale == "pl_PL":
        m = d.month + (20 if c20 else 0)
        pre = f"{yy}{m:02d}{dd}{_digits(rng, 3, False)}{rng.choice('02468' if p.female else '13579')}"
        return pre + mod("pl.pesel").calc_check_digit(pre)
    if locale in ("pt_PT",):
        pre = rng.choice("12") + _digits(rng, 7, False)
        return pre + mod("pt.nif").calc_check_digit(pre)
    if locale == "da_DK":
        seventh = "4" if c20 else rng.choice("0123")
        return f"{dd}{mm}{yy}-{seventh}{_digits(rng, 3, False)}"
    if locale == "en_AU":
        return _first_valid(_digits(rng, 8), "0", mod("au.tfn").validate, rng)
    if locale == "de_AT":
        pre = str(rng.randint(100, 999))
        s = _first_valid(pre, "0", mod("at.vnr").validate, rng, suffix=dd + mm + yy)
        return f"{s[:4]} {s[4:]}"
    if locale in ("fr_CH", "de_CH", "it_CH"):
        from stdnum import ean

        pre = "756" + _digits(rng, 9, False)
        s = pre + ean.calc_check_digit(pre)
        mod("ch.ssn").validate(s)
        return f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}"
    if locale == "en_IN":
        pre = rng.choice("23456789") + _digits(rng, 10, False)
        s = pre + verhoeff.calc_check_digit(pre)
        mod("in_.aadhaar").validate(s)
        return f"{s[:4]} {s[4:8]} {s[8:]}"
    if locale in ("en_CA", "fr_CA"):
        pre = rng.choice("1234567") + _digits(rng, 7, False)
        s = pre + luhn.calc_check_digit(pre)
        mod("ca.sin").validate(s)
        return f"{s[:3]} {s[3:6]} {s[6:]}" if locale == "fr_CA" else f"{s[:3]}-{s[3:6]}-{s[6:]}"
    if locale == "pt_BR":
        s = _first_valid(_digits(rng, 9), "00", mod("br.cpf").validate, rng)
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
    if locale == "es_MX":
        pre = (
            _ascii(p.last).upper()[:1]
            + "AEIOU"[rng.randrange(5)]
            + rng.choice("GMRLHS")
            + _ascii(p.first).upper()[:1]
            + yy
            + mm
            + dd
            + ("M" if p.female else "H")
            + rng.choice(["DF", "JC", "NL", "PL", "VZ"])
            + rng.choice("BCDFGLMNRST")
            + rng.choice("BCDFGLMNRST")
            + rng.choice("BCDFGLMNRST")
            + (rng.choice("ABCDEF") if c20 else rng.choice("0123456789"))
        )
        s = pre + mod("mx.curp").calc_check_digit(pre)
        mod("mx.curp").validate(s)
        return s
    if locale in ("cs_CZ", "sk_SK"):
        m = d.month + (50 if p.female else 0)
        pre = f"{yy}{m:02d}{dd}{_digits(rng, 3, False)}"
        s = _first_valid(pre, "0", mod("cz.rc" if locale == "cs_CZ" else "sk.rc").validate, rng)
        return f"{s[:6]}/{s[6:]}"
    if locale == "fi_FI":
        pre = f"{dd}{mm}{yy}"
        ind = f"{rng.randint(2, 899):03d}"
        chk = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(pre + ind) % 31]
        s = f"{pre}{'A' if c20 else '-'}{ind}{chk}"
        mod("fi.hetu").validate(s)
        return s
    if locale == "tr_TR":
        pre = _digits(rng, 9)
        s = pre + mod("tr.tckimlik").calc_check_digits(pre)
        mod("tr.tckimlik").validate(s)
        return s
    if locale == "ja_JP":
        pre = _digits(rng, 11)
        s = pre + mod("jp.in_").calc_check_digit(pre)
        mod("jp.in_").validate(s)
        return f"{s[:4]} {s[4:8]} {s[8:]}"
    if locale == "zh_CN":
        pre = rng.choice(["110101", "310104", "440106", "510104", "330106", "420102"]) + f"{d.year}{mm}{dd}"
        pre += _digits(rng, 2, False) + rng.choice("02468" if p.female else "13579")
        return _first_valid(pre, "0", mod("cn.ric").validate, rng, alphabet="0123456789X")
    if locale == "no_NO":
        ind = f"{rng.randint(500, 999) if c20 else rng.randint(0, 499):03d}"
        return _first_valid(f"{dd}{mm}{yy}{ind}", "00", mod("no.fodselsnummer").validate, rng)
    if locale == "ro_RO":
        sex = ("6" if p.female else "5") if c20 else ("2" if p.female else "1")
        pre = f"{sex}{yy}{mm}{dd}{rng.randint(1, 46):02d}{_digits(rng, 3)}"
        s = pre + mod("ro.cnp").calc_check_digit(pre)
        mod("ro.cnp").validate(s)
        return s
    if locale == "el_GR":
        pre = f"{dd}{mm}{yy}{_digits(rng, 4, False)}"
        s = pre + luhn.calc_check_digit(pre)
        mod("gr.amka").validate(s)
        return s
    if locale == "hu_HU":  # TAJ: no stdnum module; weights 3,7 alternating, sum mod 10
        pre = _digits(rng, 8)
        chk = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(pre)) % 10
        s = pre + str(chk)
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    if locale == "hr_HR":
        return _first_valid(_digits(rng, 10), "0", mod("hr.oib").validate, rng)
    if locale == "lt_LT":
        g = ("6" if p.female else "5") if c20 else ("4" if p.female else "3")
        return _first_valid(f"{g}{yy}{mm}{dd}{_digits(rng, 3, False)}", "0", mod("lt.asmens").validate, rng)
    if locale == "uk_UA":
        days = (d - date(1899, 12, 31)).days
        pre = f"{days:05d}{_digits(rng, 3, False)}{rng.choice('02468' if p.female else '13579')}"
        s = pre + mod("ua.rntrc").calc_check_digit(pre)
        mod("ua.rntrc").validate(s)
        return s
    if locale == "ru_RU":
        pre = rng.choice(["77", "78", "50", "66", "54"]) + _digits(rng, 8, False)
        s = pre + mod("ru.inn").calc_personal_check_digits(pre)
        mod("ru.inn").validate(s)
        return s
    if locale == "bg_BG":
        m = d.month + (40 if c20 else 0)
        pre = f"{yy}{m:02d}{dd}{_digits(rng, 2, False)}{rng.choice('13579' if p.female else '02468')}"
        s = pre + mod("bg.egn").calc_check_digit(pre)
        mod("bg.egn").validate(s)
        return s
    if locale == "sl_SI":
        pre = f"{dd}{mm}{d.year % 1000:03d}50{rng.randint(500, 999) if p.female else rng.randint(0, 499):03d}"
        s = pre + mod("si.emso").calc_check_digit(pre)
        mod("si.emso").validate(s)
        return s
    if locale == "en_IE":
        return _first_valid(
            _digits(rng, 7, False), "A", mod("ie.pps").validate, rng, alphabet="ABCDEFGHIJKLMNOPQRSTUVW"
        )
    if locale in ("nl_BE", "fr_BE"):
        s = _first_valid(f"{yy}{mm}{dd}{_digits(rng, 3, False)}", "00", mod("be.nn").validate, rng)
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if locale == "lv_LV":
        pre = f"{dd}{mm}{yy}{'2' if c20 else '1'}{_digits(rng, 3, False)}"
        s = pre + mod("lv.pvn").calc_check_digit_pers(pre)
        mod("lv.pvn").validate(s)
        return f"{s[:6]}-{s[6:]}"
    if locale == "es_AR":
        pre = rng.choice(["20", "27"]) + _digits(rng, 8)
        s = pre + mod("ar.cuit").calc_check_digit(pre)
        mod("ar.cuit").validate(s)
        return f"{s[:2]}-{s[2:10]}-{s[10:]}"
    if locale == "es_CO":
        pre = _digits(rng, 9)
        s = pre + mod("co.nit").calc_check_digit(pre)
        mod("co.nit").validate(s)
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
    if locale == "en_NZ":
        s = _first_valid(str(rng.randint(10_000_000, 15_000_000)), "0", mod("nz.ird").validate, rng)
        return f"{s[:3]}-{s[3:6]}-{s[6:]}"
    if locale == "et_EE":
        g = ("6" if p.female else "5") if c20 else ("4" if p.female else "3")
        return _first_valid(f"{g}{yy}{mm}{dd}{_digits(rng, 3, False)}", "0", mod("ee.ik").validate, rng)
    if locale == "es_CL":
        pre = str(rng.randint(5_000_000, 25_999_999))
        s = pre + mod("cl.rut").calc_check_digit(pre)
        mod("cl.rut").validate(s)
        return f"{int(pre):,}".replace(",", ".") + "-" + s[-1]
    if locale == "en_PH":  # TIN: no stdnum module, no check digit (9 digits + 3-digit branch code)
        return f"{_digits(rng, 3)}-{_digits(rng, 3, False)}-{_digits(rng, 3, False)}-000"
    if locale == "de_LU":  # matricule: no stdnum module; YYYYMMDD + 3 digits + Luhn digit + Verhoeff digit
        pre = f"{d.year}{mm}{dd}{_digits(rng, 3, False)}"
        s = pre + luhn.calc_check_digit(pre) + verhoeff.calc_check_digit(pre)
        return f"{s[:4]} {s[4:8]} {s[8:11]} {s[11:]}"
    if locale == "is_IS":
        s = _first_valid(
            f"{dd}{mm}{yy}{_digits(rng, 2, False)}", "0", mod("is_.kennitala").validate, rng, suffix="0" if c20 else "9"
        )
        return f"{s[:6]}-{s[6:]}"
    if locale == "ko_KR":
        g = ("4" if p.female else "3") if c20 else ("2" if p.female else "1")
        s = _first_valid(
            f"{yy}{mm}{dd}{g}{rng.randint(0, 96):02d}{_digits(rng, 3, False)}", "0", mod("kr.rrn").validate, rng
        )
        return f"{s[:6]}-{s[6:]}"
    raise KeyError(locale)


# Which stdnum validator checks each locale's id (None: own rule, see ``national_id``).
ID_VALIDATOR = {
    "en_US": "us.ssn",
    "de_DE": "de.idnr",
    "fr_FR": "fr.nir",
    "es_ES": "es.dni",
    "it_IT": "it.codicefiscale",
    "nl_NL": "nl.bsn",
    "sv_SE": "se.personnummer",
    "pl_PL": "pl.pesel",
    "pt_PT": "pt.nif",
    "da_DK": "dk.cpr",
    "en_AU": "au.tfn",
    "de_AT": "at.vnr",
    "fr_CH": "ch.ssn",
    "de_CH": "ch.ssn",
    "it_CH": "ch.ssn",
    "en_IN": "in_.aadhaar",
    "en_CA": "ca.sin",
    "fr_CA": "ca.sin",
    "pt_BR": "br.cpf",
    "es_MX": "mx.curp",
    "cs_CZ": "cz.rc",
    "sk_SK": "sk.rc",
    "fi_FI": "fi.hetu",
    "tr_TR": "tr.tckimlik",
    "ja_JP": "jp.in_",
    "zh_CN": "cn.ric",
    "no_NO": "no.fodselsnummer",
    "ro_RO": "ro.cnp",
    "el_GR": "gr.amka",
    "hr_HR": "hr.oib",
    "lt_LT": "lt.asmens",
    "uk_UA": "ua.rntrc",
    "ru_RU": "ru.inn",
    "bg_BG": "bg.egn",
    "sl_SI": "si.emso",
    "en_IE": "ie.pps",
    "nl_BE": "be.nn",
    "fr_BE": "be.nn",
    "lv_LV": "lv.pvn",
    "es_AR": "ar.cuit",
    "es_CO": "co.nit",
    "en_NZ": "nz.ird",
    "et_EE": "ee.ik",
    "es_CL": "cl.rut",
    "is_IS": "is_.kennitala",
    "ko_KR": "kr.rrn",
    "en_GB": None,
    "hu_HU": None,
    "en_PH": None,
    "de_LU": None,
}


def check_id(locale: str, value: str) -> bool:
    """The id is valid: by stdnum, or by the own rule for the four countries stdnum lacks."""
    import importlib

    name = ID_VALIDATOR[locale]
    if name:
        return importlib.import_module(f"stdnum.{name}").is_valid(value)
    v = re.sub(r"[\s.-]", "", value)
    if locale == "en_GB":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v))
    if locale == "hu_HU":
        return len(v) == 9 and sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(v[:8])) % 10 == int(v[8])
    if locale == "de_LU":
        return len(v) == 13 and luhn.is_valid(v[:12]) and verhoeff.is_valid(v[:11] + v[12])
    return bool(re.fullmatch(r"\d{12}", v))  # en_PH TIN


# ---------------------------------------------------------------- IBANs (stdnum-valid) and cards
_IBAN_COUNTRY = {
    "GB": "GB",
    "DE": "DE",
    "FR": "FR",
    "ES": "ES",
    "IT": "IT",
    "NL": "NL",
    "SE": "SE",
    "PL": "PL",
    "PT": "PT",
    "DK": "DK",
    "AT": "AT",
    "CH": "CH",
    "BR": "BR",
    "CZ": "CZ",
    "FI": "FI",
    "TR": "TR",
    "NO": "NO",
    "RO": "RO",
    "GR": "GR",
    "HU": "HU",
    "SK": "SK",
    "HR": "HR",
    "LT": "LT",
    "UA": "UA",
    "BG": "BG",
    "SI": "SI",
    "IE": "IE",
    "BE": "BE",
    "LV": "LV",
    "EE": "EE",
    "LU": "LU",
    "IS": "IS",
}
# BBAN shape per country (n: digits, a: upper letters, c: digits or letters), for the ones Faker cannot give.
_BBAN = {
    "SE": "20n",
    "HU": "24n",
    "HR": "17n",
    "SI": "15n",
    "LT": "16n",
    "LV": "4a13c",
    "EE": "16n",
    "BG": "4a6n8c",
    "IS": "22n",
    "LU": "3n13c",
    "CH": "5n12c",
    "GR": "7n16c",
    "UA": "6n19c",
    "BE": "12n",
    "IE": "4a14n",
    "FI": "14n",
    "SK": "20n",
    "CZ": "20n",
    "RO": "4a16c",
    "TR": "5n1n16c",
    "NO": "11n",
    "DK": "14n",
    "AT": "16n",
    "PL": "24n",
    "DE": "18n",
    "NL": "4a10n",
    "PT": "21n",
    "GB": "4a14n",
    "FR": "10n11c2n",
    "IT": "1a10n12c",
    "ES": "20n",
    "BR": "23n1a1c",
}


def make_iban(locale: str, rng: random.Random, fk: Faker) -> str | None:
    """A valid IBAN of the locale's country (None where the country has none)."""
    cc = _IBAN_COUNTRY.get(region(locale))
    if not cc:
        return None
    for _ in range(300):
        if cc == "BE":  # the last two digits: the first ten mod 97
            head = f"{rng.randint(0, 99):03d}" + _digits(rng, 7, False)  # bank codes 000-099 (Fortis, Belfius)
            bban = head + f"{int(head) % 97 or 97:02d}"
            return cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if cc == "ES":  # two national check digits in the middle (bank, branch / account)
            head, tail = _digits(rng, 8, False), _digits(rng, 10, False)
            for dc in range(100):
                bban = f"{head}{dc:02d}{tail}"
                s = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
                if std_iban.is_valid(s):
                    return s
            continue
        bban = ""
        for n, kind in re.findall(r"(\d+)([nac])", _BBAN[cc]):
            pool = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}[
                kind
            ]
            bban += "".join(rng.choice(pool) for _ in range(int(n)))
        s = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(s):
            return s
    raise ValueError(f"no valid IBAN for {cc}")


def make_card(rng: random.Random) -> str:
    kind = rng.randrange(3)
    pre = [
        "4" + _digits(rng, 14, False),
        str(rng.randint(51, 55)) + _digits(rng, 13, False),
        rng.choice(["34", "37"]) + _digits(rng, 12, False),
    ][kind]
    s = pre + luhn.calc_check_digit(pre)
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if kind < 2 else f"{s[:4]} {s[4:10]} {s[10:]}"


# ---------------------------------------------------------------- people
@dataclass
class Ctx:
    locale: str
    rng: random.Random
    fk: Faker
    fk_names: Faker
    lang: str
    local_cols: bool
    notes: list = field(default_factory=list)


def _street_city_post(ctx: Ctx) -> tuple[str, str, str]:
    own = _STREETS.get(ctx.locale)
    rng, fk = ctx.rng, ctx.fk
    if own and own[0]:
        pat, words = own[0], own[1]
        street = rng.choice(pat).format(
            w=rng.choice(words),
            n=rng.randint(1, 180),
            d=rng.randint(1, 40),
            m=rng.randint(1, 20),
            b=rng.choice(["San Isidro", "Poblacion", "Malanday", "Bagong Silang", "Mabolo"]),
        )
    else:
        street = re.sub(r"\s*\n\s*", ", ", fk.street_address())
    if own and own[2]:
        city = rng.choice(own[2])
    elif ctx.locale == "ja_JP":
        city = fk.city()
    else:
        city = fk.city()
    postcode = _postcode_from(own[3], rng) if own and own[3] else fk.postcode()
    if ctx.locale == "sl_SI":
        postcode = str(rng.randint(1000, 9265))
    return street, city, postcode


def make_person(ctx: Ctx) -> Person:
    rng = ctx.rng
    female = rng.random() < 0.5
    if ctx.locale in OWN_NAMES:
        firsts, lasts = OWN_NAMES[ctx.locale]
        first, last = rng.choice(firsts), rng.choice(lasts)
    else:
        fn = ctx.fk_names
        first = fn.first_name_female() if female and hasattr(fn, "first_name_female") else fn.first_name()
        last = fn.last_name_female() if female and hasattr(fn, "last_name_female") else fn.last_name()
    if ctx.lang == "en" and rng.random() < 0.25:
        last = rng.choice(COMMON_WORD_SURNAMES)
    dob = REF - timedelta(days=rng.randint(18 * 365, 88 * 365))
    titles = TITLES[ctx.lang]
    title = rng.choice(titles[:2] if len(titles) > 2 else titles)
    if ctx.lang == "en":
        title = rng.choice(["Mrs", "Ms", "Miss"]) if female else "Mr"
    street, city, postcode = _street_city_post(ctx)
    p = Person(
        first,
        last,
        female,
        dob,
        title,
        _phone(ctx.locale, rng, rng.random() < 0.7),
        _email(first, last, rng),
        street,
        postcode,
        city,
        "",
        make_iban(ctx.locale, rng, ctx.fk),
        make_card(rng),
    )
    p.nid = national_id(ctx.locale, p, rng)
    assert check_id(ctx.locale, p.nid), (ctx.locale, p.nid)
    return p


def full(p: Person, locale: str) -> str:
    """The name in the order its language writes it."""
    if locale in ("ja_JP", "zh_CN", "ko_KR", "hu_HU"):
        return f"{p.last}{'' if locale in CJK or locale == 'ko_KR' else ' '}{p.first}"
    return f"{p.first} {p.last}"


def dob_str(p: Person, locale: str) -> str:
    return p.dob.strftime(date_fmt(locale))


# ---------------------------------------------------------------- free-text notes
# Placeholders: name/name_lc/NAME_UC/inv (full names), tlast (title + surname), dlast/dlast_lc (a doctor's,
# vet's or neighbour's surname), first, name2/first2 (a second person), phone/phone_i/phone_x, email, nid,
# dob, street/street_lc/STREET_UC, addr (street, postcode town), acct (IBAN, else card), card; not labelled:
# ref, when, pc, town, amt.
EN_NOTES = {
    "sms thread": [
        "[{when} 08:14] {phone_i}: hi its {name_lc}, locked out again can u ring me back\n[{when} 08:20] Office: "
        "who is this pls?\n[{when} 08:21] {phone_i}: {first} from {street_lc}",
        "SMS export | from {phone} | to Reception\n> pls send the form to {email} not the old one. thx {NAME_UC}\n"
        "> dob is {dob} if u need it",
    ],
    "witness statement": [
        "I, {name}, of {addr}, date of birth {dob}, make this statement believing it to be true. On {when} I saw "
        "{tlast2} arguing with the driver outside the shop. I can be contacted on {phone}.",
        "WITNESS STATEMENT (ref {ref}). Name: {inv}. Address: {street}, {pc} {town}. Tel: {phone_x}. I have known "
        "{name2} for about six years, we used to work together at the depot.",
    ],
    "shift handover": [
        "Handover night to day. Bay 4: {name} (DOB {dob}) settled, obs stable. NOK {name2} rang at 3am, wants a call "
        "back on {phone}. Dr {dlast} to review on the morning round.",
        "HANDOVER 19:00 - {NAME_UC} - bed 12 - allergic to penicillin. Partner {first2} on {phone_i}. Lives at {addr}, "
        "key safe code held by family. Bloods chased.",
    ],
    "discharge summary": [
        "DISCHARGE SUMMARY\nPatient: {inv}   DOB: {dob}   ID: {nid}\nAddress: {street}, {town} {pc}\nGP: Dr {dlast}\n"
        "Follow-up: clinic will call {phone}; copy of letter sent to {email}.",
        "Discharged home on {when} to {addr} with relative {name2}. Pt {name} tolerating diet and mobilising. ID checked "
        "({nid}). District nurse to ring {phone_x}.",
    ],
    "adjuster notes": [
        "Spoke w/ insured {tlast} at 10:40. Confirmed address {street_lc}, {town}. Payout to {acct} once invoice "
        "recvd. Treating vet is {dlast}. Call back on {phone}.",
        "Adjuster note {ref}: claimant {name} (dob {dob}) says the dog got out from {street}. Neighbour {name2} saw it. "
        "Email docs to {email}.",
    ],
    "landlord whatsapp": [
        "[{when}, 21:02] Landlord: {first} the boiler man is coming tmrw to {street}\n[{when}, 21:05] {name}: ok. my "
        "new number is {phone}\n[{when}, 21:06] Landlord: rent to {acct} as usual pls",
        "{when}, 7:45 pm - {NAME_UC}: hi its the tenant at {addr}\n{when}, 7:46 pm - {NAME_UC}: mr {dlast_lc} next door "
        "says water is coming thru the ceiling",
    ],
    "courier exception": [
        "EXCEPTION {ref} - NOT DELIVERED. Consignee {NAME_UC}, {STREET_UC}, {pc}. No answer, card left. Tel "
        "{phone_i} unreachable. Redeliver or hold at depot.",
        "Exception report: parcel for {inv} refused at {street}. Recipient gave alternative contact {name2} / {email}. "
        "ID shown at door: {nid}.",
    ],
    "parish record": [
        "Baptism register: {name}, born {dob}, child of {name2}, residing at {addr}. Officiant Rev. {dlast}.",
        "Banns of marriage read for {NAME_UC} of this parish ({street}) and {name2}. Contact for the office: {phone}.",
    ],
    "crm timeline": [
        "{when} 09:12 call out to {name}, no answer\n{when} 09:30 email sent to {email}\n{when} 14:02 {first} called "
        "back from {phone_x}, wants a quote for {ref}\n{when} 14:10 address updated: {addr}",
        "timeline | {when} | lead created: {inv} | {when} | prefers whatsapp {phone_i} | {when} | dob verified {dob}",
    ],
    "email signature": [
        "Thanks,\n{name}\nBooking coordinator\nM: {phone_i} | T: {phone_x}\n{email}\n{addr}\nSent from my phone",
        "-- \n{NAME_UC}\n{street}\n{pc} {town}\ntel. {phone}\nmail {email}",
    ],
    "tenant screening": [
        "Tenant screening {ref}: applicant {name}, DOB {dob}, ID {nid}, current address {addr}. Previous landlord "
        "{tlast2} gave a good reference ({phone}). Card on file {card}.",
        "screening - {name_lc} - employer confirmed, reference from {name2}. bank {acct}. contact {email}",
    ],
}
# OCR'd forms: the labels are the language's column words; line breaks fall where the scanner put them.
OCR_FORM = [
    "{L_name}: {name}\n{L_dob}:\n{dob} {L_address}: {street}\n, {pc} {town} {L_phone}: {phone}\n{L_email}: "
    "{email} {L_id}:\n{nid}",
    "{L_last} / {L_first}: {last_uc} /\n{first} {L_phone}:\n{phone_i} {L_street}: {street} {L_city}: {town}\n"
    "{L_dob}: {dob}",
]
LOCAL_NOTES = {
    "de": [
        "[{when} 08:14] {phone}: Hallo, hier ist {name}, ich komme heute später. Neue Anschrift: {addr}",
        "Übergabe Frühdienst: Zi. 4, {tlast} (geb. {dob}) stabil. Angehörige {name2} bittet um Rückruf unter "
        "{phone_i}. Ausweis {nid}.",
    ],
    "fr": [
        "[{when} 08:14] {phone} : Bonjour, c'est {name}, je serai en retard. Ma nouvelle adresse : {addr}",
        "Transmissions de nuit : ch. 4, {tlast} (né(e) le {dob}), RAS. {name2} demande qu'on rappelle au {phone_i}. "
        "N° {nid}.",
    ],
    "es": [
        "[{when} 08:14] {phone}: Hola, soy {name}, llego tarde. Mi nueva dirección es {addr}",
        "Relevo de turno: hab. 4, {tlast} (nac. {dob}) estable. Su familiar {name2} pide que le llamen al {phone_i}. "
        "Documento {nid}.",
    ],
    "it": [
        "[{when} 08:14] {phone}: Ciao, sono {name}, arrivo in ritardo. Nuovo indirizzo: {addr}",
        "Consegna turno notte: stanza 4, {tlast} (nato/a il {dob}) stabile. Il familiare {name2} chiede di essere "
        "richiamato al {phone_i}. Documento {nid}.",
    ],
    "nl": [
        "[{when} 08:14] {phone}: Hoi, met {name}, ik ben later. Mijn nieuwe adres is {addr}",
        "Overdracht nachtdienst: kamer 4, {tlast} (geb. {dob}) stabiel. Familielid {name2} vraagt terugbellen op "
        "{phone_i}. Nummer {nid}.",
    ],
    "pt": [
        "[{when} 08:14] {phone}: Olá, é {name}, vou chegar atrasado. Nova morada: {addr}",
        "Passagem de turno: quarto 4, {tlast} (nasc. {dob}) estável. O familiar {name2} pede contacto para {phone_i}. "
        "Documento {nid}.",
    ],
    "pl": [
        "[{when} 08:14] {phone}: Dzień dobry, tu {name}, spóźnię się. Nowy adres: {addr}",
        "Raport zmiany: sala 4, {tlast} (ur. {dob}) stabilnie. Rodzina ({name2}) prosi o telefon na {phone_i}. "
        "PESEL {nid}.",
    ],
    "sv": [
        "[{when} 08:14] {phone}: Hej, det är {name}, jag blir sen. Ny adress: {addr}",
        "Rapport nattpass: rum 4, {tlast} (född {dob}) stabil. Anhörig {name2} vill bli uppringd på {phone_i}. "
        "Pnr {nid}.",
    ],
    "da": [
        "[{when} 08:14] {phone}: Hej, det er {name}, jeg kommer for sent. Ny adresse: {addr}",
        "Overlevering nattevagt: stue 4, {tlast} (f. {dob}) stabil. Pårørende {name2} ønsker opkald på {phone_i}. "
        "CPR {nid}.",
    ],
    "no": [
        "[{when} 08:14] {phone}: Hei, det er {name}, jeg blir sen. Ny adresse: {addr}",
        "Rapport nattevakt: rom 4, {tlast} (f. {dob}) stabil. Pårørende {name2} ønsker å bli ringt på {phone_i}. "
        "Fnr {nid}.",
    ],
    "ru": [
        "[{when} 08:14] {phone}: Здравствуйте, это {name}, опоздаю. Новый адрес: {addr}",
        "Передача смены: палата 4, {tlast} ({dob} г.р.) стабильно. Родственник {name2} просит перезвонить по "
        "номеру {phone_i}. ИНН {nid}.",
    ],
    "uk": [
        "[{when} 08:14] {phone}: Добрий день, це {name}, запізнюся. Нова адреса: {addr}",
        "Передача зміни: палата 4, {tlast} ({dob} р.н.) стабільно. Родич {name2} просить передзвонити на "
        "{phone_i}. РНОКПП {nid}.",
    ],
    "tr": [
        "[{when} 08:14] {phone}: Merhaba, ben {name}, geç kalacağım. Yeni adresim: {addr}",
        "Vardiya devri: oda 4, {tlast} (d.t. {dob}) stabil. Yakını {name2} şu numaradan aranmak istiyor: {phone_i}. "
        "TC {nid}.",
    ],
    "ja": [
        "[{when} 08:14] {phone}：{name}です。遅れます。新しい住所は{addr}です。",
        "申し送り：4号室 {name}様（{dob}生）状態安定。ご家族の{name2}様へ{phone_i}に折り返し連絡。番号{nid}。",
    ],
    "zh": [
        "[{when} 08:14] {phone}：我是{name}，今天会晚到。新地址：{addr}",
        "交班记录：4床 {name}（出生{dob}）病情稳定。家属{name2}请回电{phone_i}。身份证{nid}。",
    ],
    "ko": [
        "[{when} 08:14] {phone}: 안녕하세요 {name}입니다. 늦을 것 같아요. 새 주소는 {addr}입니다.",
        "인수인계: 4호실 {name}님({dob}생) 안정적. 가족 {name2}님이 {phone_i}로 연락 요청. 주민번호 {nid}.",
    ],
}
_LOCAL_FORMS = ("sms thread", "shift handover")


def note_templates(locale: str) -> dict[str, list[str]]:
    """Every note form of the locale and its templates (English genres, local ones, OCR form, signature)."""
    lang = LANG[locale]
    w = WORDS[lang]
    ocr = [re.sub(r"\{L_(\w+)\}", lambda m: w[m.group(1)].capitalize(), t) for t in OCR_FORM]
    out = {f"{f} (en)": ts for f, ts in EN_NOTES.items()}
    out["ocr form"] = ocr
    for form, t in zip(_LOCAL_FORMS, LOCAL_NOTES.get(lang, []), strict=False):
        out[f"{form} ({lang})"] = [t]
    return out


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the text between the placeholders of its templates."""
    return {f: [lit for t in ts for lit in re.split(r"\{\w+\}", t)] for f, ts in note_templates(locale).items()}


def _pick_form(locale: str, rng: random.Random) -> str:
    forms = note_templates(locale)
    lang = LANG[locale]
    english = [f for f in forms if f.endswith("(en)")]
    local = [f for f in forms if not f.endswith("(en)")]
    share_en = 1.0 if lang == "en" else 0.5 if locale in FIRST7 else 0.25
    if lang == "en":
        english = [*english, "ocr form"]
    return rng.choice(english if rng.random() < share_en else local)


def render_note(ctx: Ctx, p: Person, q: Person, doc: str, ref: str, when: str) -> tuple[str, list, str, str]:
    """(text, [(entity, value)...], form, template) of one note about ``p`` (``q``: a second person)."""
    rng, locale = ctx.rng, ctx.locale
    form = _pick_form(locale, rng)
    template = rng.choice(note_templates(locale)[form])
    nid_entity = "ssn" if locale == "en_US" else "national_id"
    name, name2 = full(p, locale), full(q, locale)
    phone_i = pn.format_number(p.phone, pn.PhoneNumberFormat.INTERNATIONAL)
    acct = (
        ("iban", " ".join(p.iban[i : i + 4] for i in range(0, len(p.iban), 4)) if rng.random() < 0.5 else p.iban)
        if p.iban
        else ("credit_debit_card", p.card)
    )
    values = {
        "name": ("name", name),
        "name_lc": ("name", name.lower()),
        "NAME_UC": ("name", name.upper()),
        "inv": ("name", f"{p.last}, {p.first}"),
        "tlast": ("last_name", p.last),
        "dlast": ("last_name", doc),
        "dlast_lc": ("last_name", doc.lower()),
        "first": ("name", p.first),
        "last_uc": ("last_name", p.last.upper()),
        "name2": ("name", name2),
        "first2": ("name", q.first),
        "tlast2": ("last_name", q.last),
        "phone": ("phone_number", fmt_phone(p.phone, "national", rng)),
        "phone_i": ("phone_number", phone_i),
        "phone_x": ("phone_number", fmt_phone(p.phone, "ext", rng)),
        "email": ("email", p.email),
        "nid": (nid_entity, p.nid),
        "dob": ("date_of_birth", dob_str(p, locale)),
        "street": ("street_address", p.street),
        "street_lc": ("street_address", p.street.lower()),
        "STREET_UC": ("street_address", p.street.upper()),
        "addr": ("street_address", p.street),
        "acct": acct,
        "card": ("credit_debit_card", p.card),
    }
    plain = {"ref": ref, "when": when, "pc": p.postcode, "town": p.city}
    truth: list[tuple[str, str]] = []

    def fill(m: re.Match) -> str:
        key = m.group(1)
        if key in plain:
            return plain[key]
        entity, value = values[key]
        truth.append((entity, value))
        if key == "tlast":
            return f"{p.title} {value}" if LANG[locale] not in ("ja", "ko", "zh") else f"{value}{p.title}"
        if key == "tlast2":
            return f"{TITLES[LANG[locale]][0]} {value}"
        if key == "addr":
            return f"{value}, {p.postcode} {p.city}"
        return value

    text = re.sub(r"\{(\w+)\}", fill, template)
    return text, truth, form, template


# ---------------------------------------------------------------- table shapes
@dataclass
class Table:
    frame: pd.DataFrame
    labels: dict
    notes: list
    forms: list
    notes_column: str
    shape: str
    templates: list


_STYLES = ("snake", "camel", "caps", "title", "prefix", "suffix", "plain")
_PREFIXES = ("cust_", "pt_", "x_", "src_", "owner_", "c_", "fld_")
_SUFFIXES = ("_1", "_main", "2", "_txt", "_val")


def _style(base: str, rng: random.Random) -> str:
    words = re.split(r"[\s_]+", base.strip())
    style = rng.choice(_STYLES)
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    if style == "caps":
        return "_".join(w.upper() for w in words)
    if style == "title":
        return " ".join(w[:1].upper() + w[1:] for w in words)
    if style == "prefix":
        return rng.choice(_PREFIXES) + "_".join(w.lower() for w in words)
    if style == "suffix":
        return "_".join(w.lower() for w in words) + rng.choice(_SUFFIXES)
    return base


# English column names per field (several per field; abbreviations too).
EN_COLS = {
    "name": ["full name", "name", "contact", "customer", "volunteer name", "applicant"],
    "first": ["first name", "fname", "given name", "forename"],
    "last": ["surname", "last name", "lname", "family name"],
    "phone": ["phone", "tel", "contact no", "phone number", "tel1"],
    "mobile": ["mobile", "cell", "mob no"],
    "email": ["email", "e-mail address", "mail", "email addr"],
    "dob": ["dob", "date of birth", "birth date", "born"],
    "address": ["address", "home address", "delivery address", "billing address"],
    "street": ["street", "address line 1", "addr1", "street line"],
    "postcode": ["postcode", "zip", "post code", "postal code"],
    "city": ["town", "city", "locality"],
    "id": ["national id", "id number", "id no", "personal id", "gov id"],
    "iban": ["iban", "bank account", "acct iban"],
    "card": ["card number", "card no", "pan"],
    "notes": ["notes", "remarks", "free text", "comments", "memo"],
}


def _col(ctx: Ctx, key: str, role: str = "") -> str:
    local = ctx.local_cols and ctx.rng.random() < 0.85
    base = WORDS[ctx.lang][key] if local else ctx.rng.choice(EN_COLS[key])
    base = f"{role} {base}" if role else base
    return _style(base, ctx.rng)


def _fmt_name(p: Person, kind: str, locale: str) -> str:
    nat = full(p, locale)
    titled = f"{nat}{p.title}" if LANG[locale] in ("ja", "zh", "ko") else f"{p.title} {nat}"
    return {
        "nat": nat,
        "inv": f"{p.last}, {p.first}",
        "title": titled,
        "uc": nat.upper(),
        "lc": nat.lower(),
        "initial": f"{p.first[:1]}. {p.last}",
    }[kind]


def _event(ctx: Ctx) -> str:
    return (date(2024, 1, 1) + timedelta(days=ctx.rng.randint(0, 720))).strftime(date_fmt(ctx.locale))


def _nid_label(locale: str) -> tuple[str, ...]:
    return ("ssn", "national_id", "tax_id") if locale == "en_US" else ("national_id", "ssn", "tax_id")


def _columns(ctx: Ctx, shape: str) -> list[tuple[str, str, object]]:
    """(column name, value kind, label) of a shape; ``p.`` kinds are of the row's person, ``q.`` of the second."""
    rng = ctx.rng
    nk = rng.choice(["nat", "inv", "title", "uc", "lc"])
    lay = rng.choice(["national", "intl", "e164", "digits", "ext", "dotted"])
    acct = (
        ("p.iban", ("iban",)) if make_iban(ctx.locale, random.Random(0), ctx.fk) else ("p.card", ("credit_debit_card",))
    )
    N, F, L, PH, EM, DOB = ("name",), ("first_name",), ("last_name",), ("phone_number",), ("email",), ("date_of_birth",)
    ST, AD, PC, CI, ID = (
        ("street_address", "address"),
        ("address", "street_address"),
        ("postcode",),
        ("city",),
        _nid_label(ctx.locale),
    )
    c = lambda key, role="": _col(ctx, key, role)  # noqa: E731
    if shape == "election volunteers":
        return [
            (_style("volunteer id", rng), "ref:VOL-{5}", None),
            (c("name"), f"p.name:{nk}", N),
            (c("phone"), f"p.phone:{lay}", PH),
            (c("email"), "p.email", EM),
            (c("dob"), "p.dob", DOB),
            (
                _style("polling station", rng),
                "choice:St Mary's Church Hall|Station Road Primary School|Mill Lane "
                "Community Centre|Victoria Park Pavilion|Kings Road Library",
                None,
            ),
            (_style("shift date", rng), "event", None),
            (_style("hours", rng), "count", None),
            (c("postcode"), "p.postcode", PC),
            (c("city"), "p.city", CI),
        ]
    if shape == "food delivery orders":
        return [
            (_style("order ref", rng), "ref:ORD{8}", None),
            (c("name", "customer"), f"p.name:{rng.choice(['uc', 'inv', 'nat'])}", N),
            (c("mobile"), f"p.phone:{rng.choice(['intl', 'e164', 'national'])}", PH),
            (c("address"), "p.addr", AD),
            (_style("item sku", rng), "choice:PZ-MARG-12|BRG-DBL-02|SUSHI-M8|CURRY-VEG-1|SALAD-GRN-3", None),
            (_style("total", rng), "amount", None),
            (_style("rider vehicle", rng), "choice:Bike 12|Scooter 7|Car 3|E-bike 21", None),
            (_style("order date", rng), "event", None),
            (c("email"), "p.email", EM),
        ]
    if shape == "clinical trial screening":
        return [
            (_style("screening no", rng), "ref:SCR-014-{4}", None),
            (_style("initials", rng), "initials", "dont_care"),
            (c("first"), rng.choice(["p.first", "p.first_uc"]), F),
            (c("last"), rng.choice(["p.last", "p.last_uc"]), L),
            (c("dob"), "p.dob", DOB),
            (c("id"), "p.nid", ID),
            (c("phone"), f"p.phone:{rng.choice(['ext', 'national'])}", PH),
            (
                _style("site", rng),
                "choice:Site 3 - Hill Road Clinic|Site 7 - Harbour View|Site 1 - Central|Site 9 - Park Lane Unit",
                None,
            ),
            (_style("visit date", rng), "event", None),
            (_style("bmi", rng), "float", None),
            (_style("status", rng), "choice:eligible|screen fail|pending|withdrawn", None),
        ]
    if shape == "marina berths":
        return [
            (_style("berth", rng), "ref:B-{2}", None),
            (
                _style("vessel name", rng),
                "choice:Sea Breeze|Lady Grace|Blue Heron|Morning Star|Victoria|Rosie|Wild Rover|Silver Fern",
                None,
            ),
            (c("name", "owner"), "p.name:title", N),
            (c("email"), "p.email", EM),
            (c("phone"), "p.phone:e164", PH),
            (c("iban"), *acct),
            (c("street"), "p.street", ST),
            (c("postcode"), "p.postcode", PC),
            (c("city"), "p.city", CI),
            (_style("length m", rng), "float", None),
        ]
    if shape == "driving school pupils":
        return [
            (_style("pupil no", rng), "ref:{6}", None),
            (c("first").upper(), "p.first_uc", F),
            (c("last").upper(), "p.last_uc", L),
            (c("dob"), "p.dob", DOB),
            (c("phone"), "p.phone:digits", PH),
            (c("email"), "p.email", EM),
            (c("address"), "p.addr", AD),
            (_style("instructor", rng), "q.name:nat", N),
            (_style("lessons", rng), "count", None),
            (_style("test date", rng), "event", None),
            (_style("gearbox", rng), "choice:manual|automatic", None),
        ]
    if shape == "funeral arrangements":
        return [
            (_style("case ref", rng), "ref:FA/{4}/26", None),
            (_style("deceased", rng), "p.name:nat", N),
            (c("dob", "deceased"), "p.dob", DOB),
            (_style("date of death", rng), "event", None),
            (c("name", "next of kin"), "q.name:inv", N),
            (c("phone", "nok"), f"q.phone:{rng.choice(['ext', 'intl'])}", PH),
            (c("email", "nok"), "q.email", EM),
            (c("street", "nok"), "q.street", ST),
            (c("postcode"), "q.postcode", PC),
            (c("city"), "q.city", CI),
            (
                _style("venue", rng),
                "choice:Chapel of Rest, Mill Lane|Church Street Crematorium|Garden Chapel|Oak Hall",
                None,
            ),
            (_style("estimate", rng), "amount", None),
        ]
    if shape == "wedding venue bookings":
        return [
            (_style("booking ref", rng), "ref:WED-{5}", None),
            (c("name", "partner 1"), f"p.name:{nk}", N),
            (c("name", "partner 2"), "q.name:nat", N),
            (c("email"), "p.email", EM),
            (c("phone"), f"p.phone:{lay}", PH),
            (_style("room", rng), "choice:Garden Room|Orangery|Long Gallery|Kings Hall|Terrace", None),
            (_style("event date", rng), "event", None),
            (_style("guests", rng), "count", None),
            (_style("deposit", rng), "amount", None),
            (c("card"), "p.card", ("credit_debit_card",)),
            (c("address", "billing"), "p.addr", AD),
        ]
    return [
        (_style("policy no", rng), "ref:PET-{7}", None),
        (_style("pet name", rng), "choice:Bella|Max|Luna|Charlie|Daisy|Milo|Poppy|Teddy|Rocky|Coco", None),
        (_style("species", rng), "choice:dog|cat|rabbit", None),
        (c("name", "holder"), f"p.name:{rng.choice(['lc', 'nat', 'initial'])}", N),
        (c("dob"), "p.dob", DOB),
        (c("id"), "p.nid", ID),
        (c("iban"), *acct),
        (c("phone"), "p.phone:national", PH),
        (c("email"), "p.email", EM),
        (c("postcode"), "p.postcode", PC),
        (c("city"), "p.city", CI),
        (_style("claim amount", rng), "amount", None),
    ]


SHAPES = (
    "election volunteers",
    "food delivery orders",
    "clinical trial screening",
    "marina berths",
    "driving school pupils",
    "funeral arrangements",
    "wedding venue bookings",
    "pet insurance",
)


def _value(ctx: Ctx, kind: str, p: Person, q: Person) -> str:
    rng = ctx.rng
    if kind.startswith(("p.", "q.")):
        who = p if kind[0] == "p" else q
        attr, _, sub = kind[2:].partition(":")
        if attr == "name":
            return _fmt_name(who, sub, ctx.locale)
        if attr == "phone":
            return fmt_phone(who.phone, sub, rng)
        if attr == "dob":
            return dob_str(who, ctx.locale)
        if attr == "addr":
            return f"{who.street}, {who.postcode} {who.city}"
        if attr.endswith("_uc"):
            return getattr(who, attr[:-3]).upper()
        return getattr(who, attr)
    if kind.startswith("ref:"):
        return _postcode_from(kind[4:], rng)
    if kind.startswith("choice:"):
        return rng.choice(kind[7:].split("|"))
    if kind == "initials":
        return f"{p.first[:1]}{p.last[:1]}".upper()
    if kind == "event":
        return _event(ctx)
    if kind == "count":
        return str(rng.randint(1, 40))
    if kind == "float":
        return f"{rng.uniform(5, 40):.1f}"
    return f"{rng.uniform(10, 4000):.2f}"


def heldout14_table(locale: str, seed: int, n: int = N_ROWS) -> Table:
    """One labelled table of ``locale`` (the shape follows from the locale and seed)."""
    rng = random.Random(f"set14/{locale}/{seed}")
    fk = Faker(locale if locale not in ("de_LU", "en_PH") else "en_US")
    fk.seed_instance(seed)
    fk_names = Faker(NAME_FAKER.get(locale, locale))
    fk_names.seed_instance(seed + 7)
    shape = SHAPES[(LOCALES.index(locale) * 2 + seed - SEEDS[0]) % len(SHAPES)]
    ctx = Ctx(locale, rng, fk, fk_names, LANG[locale], rng.random() < 0.5)
    cols = _columns(ctx, shape)
    notes_col = _col(ctx, "notes")
    names = [c for c, _, _ in cols]
    assert len(set([*names, notes_col])) == len(names) + 1, names
    rows, notes, forms, templates = [], [], [], []
    for _ in range(n):
        p, q = make_person(ctx), make_person(ctx)
        doc = make_person(ctx).last if LANG[locale] != "en" or rng.random() < 0.5 else rng.choice(COMMON_WORD_SURNAMES)
        row = {c: _value(ctx, kind, p, q) for c, kind, _ in cols}
        if rng.random() < 0.85:
            text, truth, form, template = render_note(ctx, p, q, doc, _postcode_from("R{6}", rng), _event(ctx))
        else:
            text, truth, form, template = rng.choice(["", "ok", "n/a", "see file"]), [], "", ""
        row[notes_col] = text
        rows.append(row)
        notes.append(truth)
        forms.append(form)
        templates.append(template)
    frame = pd.DataFrame(rows, columns=[*names, notes_col])
    labels = {c: lab for c, _, lab in cols}
    return Table(frame, labels, notes, forms, notes_col, shape, templates)
