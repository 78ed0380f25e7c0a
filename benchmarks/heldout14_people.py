"""Set 14's names and streets by language (own where Faker has none), people, e-mails and phones.

Part of ``bench_pii_heldout14_tables`` (split from it by concept; the tables are unchanged).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

import phonenumbers as pn

from heldout14_base import region

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
