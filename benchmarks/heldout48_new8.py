"""Held-out set 48: people, addresses, ids, phones and e-mails of the eight locales no set used (eight language and
country pairs new to the sets), written from the places' own customs (none of these names or streets is taken
from Faker).

- fa_AF (Dari in Perso-Arabic script, Afghanistan): a given name (often two words: ``محمد نادر`` Mohammad Nader,
  ``نجیب الله`` Najibullah) and a family or tribe name (``احمدزی`` Ahmadzai, ``پوپل`` Popal), about a third with
  ONE name only (no family name); a child keeps its own name; the romanised second script; addresses as the exports
  write them in Latin letters (``House 112, Street 4, Karte Se``: not a street in a note; ``House 45,
  Darulaman Road``); no postcode; the e-Tazkira number (``1400-0501-12345``); +93 ``20`` lines and ``7x``
  mobiles; titles ``خانم`` and ``آقای``.
- iu_CA (Inuktitut in syllabics, Nunavut, Canada): ``ᐃᓕᓴᐱ ᐃᓱᓗᑕᖅ`` Elisapee Ishulutak; Iqaluit's building
  numbers (``Building 1085``: not a street in a note) and its few roads (``1085 Niaqunngusiaq Road``); the
  communities' ``House 12``; postcodes ``X0A 0H0``; the SIN (9 digits, Luhn); +1 ``867`` numbers.
- ce_RU (Chechen in Cyrillic, Chechnya, Russia): the surname FIRST, then the given name and the patronymic
  (``Ахмадов Руслан Алиевич``), the woman's surname in ``-а`` and patronymic in ``-овна``/``-евна``; a child takes
  the father's surname in its own gender and a patronymic from his given name; ``ул. Мира, д. 12, кв. 5``, the
  postcode first (``364051, г. Грозный``); the passport (``96 08 123456``: series of the republic); +7 ``8712``
  lines and ``928``/``938`` mobiles; the romanised second script.
- ta_LK (Tamil in Tamil script, northern Sri Lanka): no family name: the given name and the father's given name
  (``பிரியா சிவகுமார்`` Priya Sivakumar), romanised now and then with the father's initial first (``S. Priya``); a
  child's second name is its father's given name; ``45/2, K.K.S. Road, Kokuvil``; five-digit postcodes (``Jaffna
  40000``); the NIC (12 digits, or the old 9 digits and ``V``); +94 ``21`` lines and ``77``/``76``/``71`` mobiles;
  titles ``திருமதி`` and ``திரு``.
- so_DJ (Somali, Djibouti): no family name: the given name, the father's and the grandfather's (``Hodan Ahmed
  Farah``), French spellings (``Houssein``, ``Guedi``, ``Robleh``); a child's second and third names are its
  father's first two; streets without numbers (``Rue de Moscou``, ``Boulevard de la République``), ``Cité
  Hodane, Villa 12`` and ``B.P.`` boxes (never a street in a note); no postcode, no id; +253 ``21`` lines and
  ``77`` mobiles; titles ``Marwo`` and ``Mudane``.
- crs_SC (Seychellois Creole, Seychelles): ``Marie-Claire Hoareau``, ``Gervais Moustache``; streets without
  numbers (``Francis Rachel Street``, ``Revolution Avenue``, ``Chemin Lesperance``), ``PO Box`` (never a street in
  a note), the district and the island (``Mont Fleuri, Mahé``); no postcode; the NIN (``975-0123-1-1-12``); +248
  ``4`` lines and ``2`` mobiles; titles ``Madanm`` and ``Msye``.
- hsb_DE (Upper Sorbian, Lusatia, Germany): ``Jan Nowak`` and ``Hanka Nowakowa`` (a woman's surname in ``-owa``,
  a child's in its own gender); Sorbian street names with the number after (``Póstowe naměsto 3``); postcodes
  and Sorbian town names (``02625 Budyšin``); the German identity card number; +49 ``3591``/``3578`` lines and
  ``15x``/``17x`` mobiles; titles ``knjeni`` and ``knjez``.
- tpi_PG (Tok Pisin, Papua New Guinea): ``Kila Wari``, ``Grace Kapi``; a child takes its father's given name as
  its surname about half the time; ``Section 45, Lot 12`` (never a street in a note) in a suburb (``Gerehu Stage
  2``), ``P.O. Box`` and a few roads (``12 Angau Drive``); three-digit postcodes (``Lae 411``); no id; +675
  ``3``/``4`` lines and ``7`` mobiles; titles ``Misis`` and ``Mista``.
"""
# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)

from __future__ import annotations

import datetime as dt
import random
import types
import unicodedata

import phonenumbers

NEW8_48 = ("fa_AF", "iu_CA", "ce_RU", "ta_LK", "so_DJ", "crs_SC", "hsb_DE", "tpi_PG")
LANG48 = {x: x.split("_")[0] for x in NEW8_48}
NOT_LATIN = ("fa_AF", "iu_CA", "ce_RU", "ta_LK")
# Where a child keeps a name of its own (no surname handed down).
OWN_NAME = ("fa_AF",)
STREET_WORDS = frozenset({"house", "street", "road", "jada-e", "watt", "building", "way", "ул.", "пр.", "ш.", "д.",
                          "кв.", "k.k.s.", "rue", "boulevard", "avenue", "chemin", "cité", "villa", "dróha", "naměsto",
                          "hrjebja", "section", "lot", "drive", "parade", "highway"})  # fmt: skip

_FA_MEN = (("محمد نادر", "Mohammad Nader"), ("احمد شاه", "Ahmad Shah"), ("میرویس", "Mirwais"),
           ("عبدالرحمن", "Abdul Rahman"), ("فرید", "Farid"), ("نجیب الله", "Najibullah"), ("حمید", "Hamid"),
           ("ذبیح الله", "Zabihullah"), ("جاوید", "Jawed"))  # fmt: skip
_FA_WOMEN = (("نرگس", "Nargis"), ("فریبا", "Fariba"), ("شکریه", "Shukria"), ("ملالی", "Malalai"),
             ("زرغونه", "Zarghona"), ("مریم", "Maryam"), ("فرشته", "Fereshta"), ("حمیده", "Hamida"))  # fmt: skip
_FA_FAM = (("احمدزی", "Ahmadzai"), ("پوپل", "Popal"), ("سلطانی", "Sultani"), ("رحیمی", "Rahimi"), ("کریمی", "Karimi"),
           ("هاشمی", "Hashimi"), ("ستانکزی", "Stanikzai"), ("نوری", "Noori"), ("صدیقی", "Siddiqui"))  # fmt: skip
_IU_MEN = (("ᔪᐊᓇᓯ", "Joanasie"), ("ᐸᐅᓗᓯ", "Pauloosie"), ("ᓯᒥᐅᓂ", "Simeonie"), ("ᔪᓇ", "Jonah"), ("ᐃᓄᒃ", "Inuk"),
           ("ᒫᑦᑎᐅᓯ", "Mattiusi"), ("ᐃᓚᐃᔭ", "Ilaija"))  # fmt: skip
_IU_WOMEN = (("ᐃᓕᓴᐱ", "Elisapee"), ("ᐋᓂ", "Annie"), ("ᓖᓯ", "Leesee"), ("ᒦᑲ", "Meeka"), ("ᐅᓘᑎ", "Oolootie"),
             ("ᓂᖏᐅᑯᓗᒃ", "Ningeokuluk"), ("ᓴᓗᒥ", "Salome"))  # fmt: skip
_IU_SUR = (("ᑭᓚᐳᒃ", "Kilabuk"), ("ᐊᑲᕙᒃ", "Akavak"), ("ᐃᓱᓗᑕᖅ", "Ishulutak"), ("ᐃᐲᓕ", "Ipeelee"), ("ᐲᑕ", "Peter"),
           ("ᐊᓕᕙᒃᑐᒃ", "Alivaktuk"), ("ᐊᕐᓇᑲᖅ", "Arnakaq"), ("ᓄᕙᓕᖓᖅ", "Nuvaliniq"))  # fmt: skip
_CE_MEN = (("Руслан", "Ruslan"), ("Ахмед", "Akhmed"), ("Ислам", "Islam"), ("Магомед", "Magomed"), ("Шамиль", "Shamil"),
           ("Зелимхан", "Zelimkhan"), ("Аслан", "Aslan"), ("Хасан", "Khasan"))  # fmt: skip
_CE_WOMEN = (("Малика", "Malika"), ("Зарема", "Zarema"), ("Хава", "Khava"), ("Марьям", "Maryam"), ("Лейла", "Leila"),
             ("Петимат", "Petimat"), ("Айшат", "Aishat"), ("Седа", "Seda"))  # fmt: skip
# Patronymics from a father's given name: (man's, woman's).
_CE_PATR = {"Руслан": ("Русланович", "Руслановна"), "Ахмед": ("Ахмедович", "Ахмедовна"),
            "Ислам": ("Исламович", "Исламовна"), "Магомед": ("Магомедович", "Магомедовна"),
            "Шамиль": ("Шамилевич", "Шамилевна"), "Зелимхан": ("Зелимханович", "Зелимхановна"),
            "Аслан": ("Асланович", "Аслановна"), "Хасан": ("Хасанович", "Хасановна")}  # fmt: skip
_CE_SUR = (("Ахмадов", "Akhmadov"), ("Исаев", "Isayev"), ("Хаджиев", "Khadzhiev"), ("Мусаев", "Musayev"),
           ("Умаров", "Umarov"), ("Гайрбеков", "Gairbekov"), ("Эльмурзаев", "Elmurzayev"), ("Тимиргаев", "Timirgayev"),
           ("Вахаев", "Vakhayev"))  # fmt: skip
_TA_MEN = (("சிவகுமார்", "Sivakumar"), ("கணேசன்", "Ganesan"), ("ரவீந்திரன்", "Raveendran"), ("தர்ஷன்", "Tharshan"),
           ("பிரசாந்த்", "Prasanth"), ("குகன்", "Kugan"), ("நிரோஷன்", "Niroshan"), ("செந்தூரன்", "Senthooran"))  # fmt: skip
_TA_WOMEN = (("பிரியா", "Priya"), ("தர்ஷிகா", "Tharshika"), ("கீர்த்தனா", "Keerthana"), ("நிலானி", "Nilani"),
             ("சுகந்தி", "Suganthi"), ("மதுமிதா", "Mathumitha"), ("யாழினி", "Yazhini"), ("வாணி", "Vani"))  # fmt: skip
_NAMES = {
    "so_DJ": (("Hodan", "Fathia", "Amina", "Hibo", "Deka", "Kadra", "Saynab", "Nimo", "Asma"),
              ("Ahmed", "Abdirahman", "Mohamed", "Omar", "Houssein", "Ismaël", "Daher", "Guedi", "Robleh", "Moussa",
               "Aden", "Farah")),
    "crs_SC": (("Marie-Claire", "Nella", "Sybil", "Jessie", "Marie-France", "Nadine", "Lina", "Clorine"),
               ("Gervais", "Jean-Paul", "Marcel", "Ralph", "Wavel", "Patrick", "Danny", "Terence"),
               ("Hoareau", "Payet", "Morel", "Labiche", "Pillay", "Dine", "Larue", "Ernesta", "Esparon", "Moustache",
                "Servina", "Laporte")),
    "hsb_DE": (("Marja", "Hanka", "Lenka", "Měrana", "Wórša", "Katka", "Madlena", "Jadwiga"),
               ("Jan", "Pětr", "Měrćin", "Jurij", "Beno", "Michał", "Handrij", "Pawoł")),
    "tpi_PG": (("Grace", "Ruth", "Lucy", "Dorcas", "Mary", "Mana", "Cathy", "Rose"),
               ("John", "Peter", "Kila", "Gabriel", "Nathan", "Wesley", "Bomai", "Kaupa"),
               ("Wari", "Kapi", "Namah", "Tamate", "Yambu", "Kuman", "Pokawin", "Kari", "Tulo", "Nimbi")),
}  # fmt: skip
# Sorbian surnames: (man's, woman's).
_HSB_SUR = (("Nowak", "Nowakowa"), ("Kral", "Kralowa"), ("Mětšk", "Mětškowa"), ("Brězan", "Brězanowa"),
            ("Krawc", "Krawcowa"), ("Wićaz", "Wićazowa"), ("Rychtar", "Rychtarjowa"), ("Hrjehor", "Hrjehorjowa"),
            ("Šołta", "Šołćina"), ("Wjela", "Wjelina"))  # fmt: skip
_MAIL = {
    "fa_AF": ("gmail.com", "yahoo.com", "hotmail.com"), "iu_CA": ("qiniq.com", "gmail.com", "northwestel.net"),
    "ce_RU": ("mail.ru", "yandex.ru", "gmail.com"), "ta_LK": ("gmail.com", "yahoo.com", "sltnet.lk"),
    "so_DJ": ("gmail.com", "yahoo.fr", "intnet.dj"), "crs_SC": ("gmail.com", "hotmail.com", "seychelles.sc"),
    "hsb_DE": ("web.de", "gmx.de", "t-online.de"), "tpi_PG": ("gmail.com", "yahoo.com", "digicelpacific.com"),
}  # fmt: skip
_PLANS = {
    "fa_AF": (("20xxxxxxx",), ("70xxxxxxx", "79xxxxxxx", "78xxxxxxx", "77xxxxxxx", "72xxxxxxx")),
    "iu_CA": (("867979xxxx", "867975xxxx"), ("867222xxxx", "867979xxxx")),
    "ce_RU": (("8712xxxxxx",), ("928xxxxxxx", "938xxxxxxx", "929xxxxxxx")),
    "ta_LK": (("212xxxxxx", "242xxxxxx", "652xxxxxx"), ("77xxxxxxx", "76xxxxxxx", "71xxxxxxx", "75xxxxxxx")),
    "so_DJ": (("2135xxxx", "2134xxxx"), ("77xxxxxx",)),
    "crs_SC": (("42xxxxx", "43xxxxx"), ("25xxxxx", "27xxxxx")),
    "hsb_DE": (("3591xxxxxx", "3578xxxxx", "35932xxxxx"), ("151xxxxxxxx", "160xxxxxxx", "172xxxxxxx", "176xxxxxxxx")),
    "tpi_PG": (("32xxxxx", "34xxxxx", "47xxxxx"), ("70xxxxxx", "71xxxxxx", "72xxxxxx", "74xxxxxx")),
}  # fmt: skip
_CC = {"AF": 93, "CA": 1, "RU": 7, "LK": 94, "DJ": 253, "SC": 248, "DE": 49, "PG": 675}


def region(locale: str) -> str:
    """The phone country of a new locale: the part after ``_``."""
    return locale.split("_")[1]


def number(locale: str, rng: random.Random, mobile: bool) -> phonenumbers.PhoneNumber:
    """A number of the locale's plan, valid for its region by ``phonenumbers``."""
    reg = region(locale)
    pats = _PLANS[locale][1 if mobile else 0]
    for _ in range(600):
        digits = "".join(str(rng.randint(0, 9)) if c == "x" else c for c in rng.choice(pats))
        num = phonenumbers.parse(f"+{_CC[reg]}{digits}")
        if phonenumbers.is_valid_number(num) and phonenumbers.is_valid_number_for_region(num, reg):
            return num
    raise ValueError(locale)


def place(locale: str, rng: random.Random) -> tuple[str, str, str, str]:
    """(street, postcode, town, the part of a whole address between the street and the town) as people of the place
    write them."""
    r = rng.randint
    if locale == "fa_AF":
        town = rng.choice(("Kabul", "Kabul", "Kabul", "Herat", "Mazar-i-Sharif", "Jalalabad"))
        district = rng.choice(("Karte Se", "Shahr-e Naw", "Wazir Akbar Khan", "Khair Khana", "Taimani")) if town == "Kabul" else ""
        if rng.random() < 0.45:
            return f"House {r(1, 300)}, Street {r(1, 15)}", "", town, district
        road = rng.choice(("Darulaman Road", "Jada-e Maiwand", "Salang Watt", "Qargha Road", "Jada-e Sher Shah",
                           "Jalalabad Road"))  # fmt: skip
        return f"House {r(1, 200)}, {road}", "", town, district
    if locale == "iu_CA":
        town, pc = rng.choice((("Iqaluit", "X0A 0H0"), ("Iqaluit", "X0A 0H0"), ("Pangnirtung", "X0A 0R0"),
                               ("Pond Inlet", "X0A 0S0"), ("Rankin Inlet", "X0C 0G0"), ("Igloolik", "X0A 0L0")))  # fmt: skip
        if town == "Iqaluit":
            if rng.random() < 0.5:
                return f"Building {r(100, 4000)}", pc, town, ""
            road = rng.choice(("Niaqunngusiaq Road", "Federal Road", "Queen Elizabeth Way", "Apex Road", "Mivvik Street",
                               "Sinaa Street"))  # fmt: skip
            return f"{r(100, 4000)} {road}", pc, town, ""
        return f"House {r(1, 600)}", pc, town, ""
    if locale == "ce_RU":
        town, pc = rng.choice((("Грозный", "364051"), ("Грозный", "364024"), ("Грозный", "364021"),
                               ("Гудермес", "366200"), ("Шали", "366300"), ("Урус-Мартан", "366500"), ("Аргун", "366310")))  # fmt: skip
        road = rng.choice(("ул. Мира", "ул. Лорсанова", "ул. Маяковского", "ул. Жуковского", "ул. Субры Кишиевой",
                           "пр. Исаева", "Старопромысловское ш.", "ул. Шерипова"))  # fmt: skip
        flat = f", кв. {r(1, 120)}" if rng.random() < 0.5 else ""
        return f"{road}, д. {r(1, 150)}{flat}", pc, town, ""
    if locale == "ta_LK":
        town, pc = rng.choice((("Jaffna", "40000"), ("Jaffna", "40000"), ("Point Pedro", "40400"), ("Vavuniya", "43000"),
                               ("Batticaloa", "30000"), ("Kilinochchi", "44000")))  # fmt: skip
        road = rng.choice(("K.K.S. Road", "Stanley Road", "Hospital Road", "Point Pedro Road", "Palaly Road",
                           "Temple Road", "Navalar Road", "Kandy Road"))  # fmt: skip
        area = rng.choice(("Kokuvil", "Nallur", "Kondavil", "Thirunelveli", "")) if town == "Jaffna" else ""
        num = f"{r(1, 250)}/{r(1, 9)}" if rng.random() < 0.4 else str(r(1, 250))
        return f"{num}, {road}", pc, town, area
    if locale == "so_DJ":
        town = rng.choice(("Djibouti", "Djibouti", "Djibouti", "Balbala", "Ali Sabieh", "Tadjourah", "Dikhil"))
        k = rng.random()
        if k < 0.25:
            return f"B.P. {r(100, 4999)}", "", town, ""
        if k < 0.5:
            return f"Cité {rng.choice(('Hodane', 'Barwaqo', 'Einguela', 'Arhiba'))}, Villa {r(1, 300)}", "", town, ""
        road = rng.choice(("Rue de Moscou", "Rue d'Éthiopie", "Boulevard de la République", "Avenue Nasser",
                           "Rue de Marseille", "Boulevard du Général de Gaulle", "Avenue 13"))  # fmt: skip
        return road, "", town, f"Quartier {r(1, 7)}"
    if locale == "crs_SC":
        town, island = rng.choice((("Victoria", "Mahé"), ("Mont Fleuri", "Mahé"), ("Anse Royale", "Mahé"),
                                   ("Beau Vallon", "Mahé"), ("Anse aux Pins", "Mahé"), ("Baie Sainte Anne", "Praslin")))  # fmt: skip
        k = rng.random()
        if k < 0.2:
            return f"PO Box {r(100, 1999)}", "", town, island
        if k < 0.45:
            return f"Chemin {rng.choice(('Lesperance', 'Bougainville', 'Montagne Posée', 'Sainte Marie'))}", "", town, island
        road = rng.choice(("Francis Rachel Street", "Albert Street", "Revolution Avenue", "5th June Avenue",
                           "Bois de Rose Avenue", "Mont Fleuri Road", "Sans Souci Road", "La Misère Road"))  # fmt: skip
        return road, "", town, island
    if locale == "hsb_DE":
        town, pc = rng.choice((("Budyšin", "02625"), ("Budyšin", "02625"), ("Kamjenc", "01917"), ("Chrósćicy", "01920"),
                               ("Radwor", "02694"), ("Wojerecy", "02977"), ("Njebjelčicy", "01920")))  # fmt: skip
        road = rng.choice(("Serbska hrjebja", "Póstowe naměsto", "Hłowna dróha", "Šulska", "Lubijska", "Budyska dróha",
                           "Kamjenska", "Klóšterska", "Na hórce", "Młynska"))  # fmt: skip
        return f"{road} {r(1, 60)}{rng.choice(('', '', '', 'a', 'b'))}", pc, town, ""
    if locale == "tpi_PG":
        town, pc = rng.choice((("Port Moresby", "111"), ("Port Moresby", "131"), ("Lae", "411"), ("Mount Hagen", "281"),
                               ("Goroka", "441"), ("Madang", "511")))  # fmt: skip
        k = rng.random()
        sub = rng.choice(("Gerehu Stage 2", "Hohola", "Tokarara", "Eriku", "Boroko", "Kainantu Camp"))
        if k < 0.25:
            return f"P.O. Box {r(100, 9999)}", pc, town, ""
        if k < 0.6:
            return f"Section {r(1, 400)}, Lot {r(1, 60)}", pc, town, sub
        road = rng.choice(("Waigani Drive", "Angau Drive", "Champion Parade", "Hubert Murray Highway", "Okari Street",
                           "Coronation Drive", "Independence Drive"))  # fmt: skip
        return f"{r(1, 99)} {road}", pc, town, ""
    raise KeyError(locale)


def whole_address(locale: str, street: str, postcode: str, town: str, between: str) -> str:
    """The address in one cell, in the place's order."""
    if locale == "ce_RU":
        return f"{postcode}, г. {town}, {street}"
    if locale == "iu_CA":
        return f"{street}, {town}, NU {postcode}"
    if locale == "hsb_DE":
        return f"{street}, {postcode} {town}"
    if locale == "crs_SC":
        return ", ".join(x for x in (street, town, between) if x)
    if locale in ("ta_LK", "tpi_PG"):
        return ", ".join(x for x in (street, between, f"{town} {postcode}") if x)
    return ", ".join(x for x in (street, between, town) if x)


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isalnum() and c.isascii()).lower()


def _luhn_sin(rng: random.Random) -> str:
    body = [6] + [rng.randint(0, 9) for _ in range(7)]
    total = 0
    for i, d in enumerate(body):
        x = d * (2 if i % 2 else 1)
        total += x - 9 if x > 9 else x
    check = (10 - total % 10) % 10
    s = "".join(map(str, body)) + str(check)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def _nid(locale: str, dob: dt.date, female: bool, rng: random.Random) -> str | None:
    r = rng.randint
    if locale == "fa_AF":
        return f"{r(1398, 1403)}-{r(1, 3400):04d}-{r(0, 99999):05d}"
    if locale == "iu_CA":
        return _luhn_sin(rng)
    if locale == "ce_RU":
        return f"96 {r(3, 24):02d} {r(0, 999999):06d}"
    if locale == "ta_LK":
        doy = dob.timetuple().tm_yday + (500 if female else 0)
        if rng.random() < 0.4 and dob.year < 2000:
            return f"{dob.year % 100:02d}{doy:03d}{r(0, 999):03d}{r(0, 9)}V"
        return f"{dob.year}{doy:03d}{r(0, 9999):04d}{r(0, 9)}"
    if locale == "crs_SC":
        return f"{dob.year % 1000:03d}-{r(0, 9999):04d}-{2 if female else 1}-{r(1, 9)}-{r(0, 99):02d}"
    if locale == "hsb_DE":
        abc = "CFGHJKLMNPRTVWXYZ0123456789"
        return rng.choice("LMNPRTVWXY") + "".join(rng.choice(abc) for _ in range(8))
    return None


def _ns(**kw) -> types.SimpleNamespace:
    return types.SimpleNamespace(**kw)


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new-8 locale, with the attributes of set 47's people (``alt``: the romanised name of a
    not-Latin one; ``first_r``: the romanised given name; ``father``: the father's given name where names carry it;
    ``sur``: the surname's pair where it has a man's and a woman's form)."""
    female = rng.random() < 0.5
    years = rng.randint(5, 15) if child else rng.randint(19, 80)
    dob = dt.date(2026 - years, rng.randint(1, 12), rng.randint(1, 28))
    alt = None
    script = ""
    father = ""
    sur = None
    if locale == "fa_AF":
        first, first_r = rng.choice(_FA_WOMEN if female else _FA_MEN)
        if rng.random() < 0.35:  # one name only
            last, last_r, full, alt = first, first_r, first, first_r
        else:
            last, last_r = rng.choice(_FA_FAM)
            full, alt = f"{first} {last}", f"{first_r} {last_r}"
        script = "Arab"
    elif locale == "iu_CA":
        first, first_r = rng.choice(_IU_WOMEN if female else _IU_MEN)
        last, last_r = rng.choice(_IU_SUR)
        full, alt = f"{first} {last}", f"{first_r} {last_r}"
        script = "Cans"
    elif locale == "ce_RU":
        first, first_r = rng.choice(_CE_WOMEN if female else _CE_MEN)
        sur = rng.choice(_CE_SUR)
        patr = _CE_PATR[rng.choice(_CE_MEN)[0]]
        last = sur[0] + ("а" if female else "")
        last_r = sur[1] + ("a" if female else "")
        father = patr[1] if female else patr[0]
        full, alt = f"{last} {first} {father}", f"{first_r} {last_r}"
        script = "Cyrl"
    elif locale == "ta_LK":
        first, first_r = rng.choice(_TA_WOMEN if female else _TA_MEN)
        last, last_r = rng.choice([m for m in _TA_MEN if m[0] != first])
        full = f"{first} {last}"
        alt = f"{first_r} {last_r}" if rng.random() < 0.6 else f"{last_r[0]}. {first_r}"
        script = "Taml"
    elif locale == "so_DJ":
        women, men = _NAMES[locale]
        first = rng.choice(women if female else men)
        last = rng.choice([m for m in men if m != first])
        father = last
        grand = rng.choice([m for m in men if m not in (first, last)])
        full = f"{first} {last} {grand}" if rng.random() < 0.7 else f"{first} {last}"
        first_r, last_r = first, last
    elif locale == "hsb_DE":
        women, men = _NAMES[locale]
        first = rng.choice(women if female else men)
        sur = rng.choice(_HSB_SUR)
        last = sur[1 if female else 0]
        full, first_r, last_r = f"{first} {last}", first, last
    else:
        women, men, surnames = _NAMES[locale]
        first = rng.choice(women if female else men)
        last = rng.choice(surnames)
        full, first_r, last_r = f"{first} {last}", first, last
    tail = _ascii(last_r.split()[-1]) if last_r != first_r else ""
    mail_local = f"{_ascii(first_r.split()[0])}{rng.choice(('.', '_', '')) if tail else ''}{tail}"
    mail_local += rng.choice(("", str(rng.randint(1, 99))))
    street, postcode, town, between = place(locale, rng)
    return _ns(
        first=first, last=last, full=full, female=female, dob=dob,
        email=f"{mail_local}@{rng.choice(_MAIL[locale])}", mobile=number(locale, rng, True),
        landline=number(locale, rng, False), street=street, postcode=postcode, town=town,
        address=whole_address(locale, street, postcode, town, between), nid=_nid(locale, dob, female, rng),
        iban=None, locale=locale, script=script, alt=alt, first_r=first_r, last_r=last_r, father=father, sur=sur,
    )  # fmt: skip


def child_of(kid: types.SimpleNamespace, parent: types.SimpleNamespace) -> types.SimpleNamespace:
    """The child named as the place names a parent's child (a father's given name handed down in ta_LK, so_DJ and
    now and then tpi_PG; the surname in the child's gender in hsb_DE and ce_RU with a patronymic from the father;
    the surname in iu_CA and crs_SC; in fa_AF and where the parent is the mother and names come from the father,
    the child's own name)."""
    loc = kid.locale
    v = vars(kid)
    if loc in OWN_NAME:
        return kid
    if loc == "ta_LK":
        if parent.female:
            return kid
        return _ns(**{**v, "last": parent.first, "last_r": parent.first_r, "full": f"{kid.first} {parent.first}",
                      "alt": f"{kid.first_r} {parent.first_r}"})  # fmt: skip
    if loc == "so_DJ":
        if parent.female or kid.first == parent.first:
            return kid
        full = f"{kid.first} {parent.first} {parent.last}"
        return _ns(**{**v, "last": parent.first, "last_r": parent.first, "father": parent.first, "full": full})
    if loc == "ce_RU":
        last = parent.sur[0] + ("а" if kid.female else "")
        last_r = parent.sur[1] + ("a" if kid.female else "")
        patr = kid.father
        if not parent.female:
            patr = _CE_PATR[parent.first][1 if kid.female else 0]
        return _ns(**{**v, "last": last, "last_r": last_r, "sur": parent.sur, "father": patr,
                      "full": f"{last} {kid.first} {patr}", "alt": f"{kid.first_r} {last_r}"})  # fmt: skip
    if loc == "hsb_DE":
        last = parent.sur[1 if kid.female else 0]
        return _ns(**{**v, "last": last, "last_r": last, "sur": parent.sur, "full": f"{kid.first} {last}"})
    if loc == "tpi_PG":
        last = parent.first if not parent.female and len(kid.first) % 2 else parent.last
        return _ns(**{**v, "last": last, "last_r": last, "full": f"{kid.first} {last}"})
    if loc == "iu_CA":
        return _ns(**{**v, "last": parent.last, "last_r": parent.last_r, "full": f"{kid.first} {parent.last}",
                      "alt": f"{kid.first_r} {parent.last_r}"})  # fmt: skip
    return _ns(**{**v, "last": parent.last, "last_r": parent.last_r, "full": f"{kid.first} {parent.last}"})
