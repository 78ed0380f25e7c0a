"""Held-out set 47: people, addresses, ids, phones and e-mails of the eight locales no set used (eight language and
country pairs no set used), written from the places' own customs (none of these names or streets is taken from
Faker).

- te_IN (Telugu in Telugu script, Andhra Pradesh and Telangana, India): the family (house) name FIRST, then the given
  name (``పొట్లూరి శ్రీనివాస్`` Potluri Srinivas), the family name often cut to an initial in the romanised form
  (``P. Srinivas``); the romanised second script; addresses in English as the exports write them (``Plot No. 45,
  Road No. 12, Banjara Hills``, ``D.No. 12-3-45, Gandhi Nagar``: the door number with dashes), six-digit PIN codes
  (``500034 Hyderabad``); the PAN (``ABCPK1234F``: the fourth letter ``P``, the fifth the family name's initial);
  +91 ``40``/``866``/``891`` lines and ``6``-``9`` mobiles.
- ti_ET (Tigrinya in Ge'ez script, Tigray, Ethiopia): no family name: the given name and the father's given name
  (``ገብረመድህን ሃይሉ`` Gebremedhin Hailu), now and then the grandfather's too; a child keeps its own pair (the father's
  name is not handed down as a surname); ``Kebele 05, H.No. 512`` (never a street in a note) and the few named
  streets (``Alula Aba Nega Street``); no postcode; the Fayda number (12 digits in threes of four); +251 ``34`` lines
  and ``91``/``70`` mobiles; titles ``ወ/ሮ`` and ``ኣቶ``.
- ee_GH (Ewe, Volta, Ghana): a day name from the weekday of birth (``Kofi`` for a Friday boy, ``Abla`` for a
  Tuesday girl) after or instead of the given name (``Selorm Kofi Agbeko``); ``House No. H/12, Bankoe``, landmarks
  (``Behind E.P. Church, Ho``: never a street in a note) and a few streets (``Ho-Adidome Road``); the GhanaPost
  digital address as the postcode (``VH-0012-3456``); the Ghana Card PIN (``GHA-123456789-0``); +233 ``36``/``302``
  lines and ``24``/``54``/``20``/``55`` mobiles.
- tn_BW (Setswana, Botswana): meaning names (``Kgomotso Molefe``, ``Tshepo Masire``); ``Plot 12345, Block 8``,
  wards (``Ward Mokgalo``) and ``P.O. Box`` (never a street in a note); no postcode; the Omang (9 digits, the fifth
  ``1`` for a man, ``2`` for a woman); +267 ``3`` lines and ``71``-``77`` mobiles.
- ty_PF (Tahitian, French Polynesia): ``Teva Teriitehau``, ``Hinatea Tetuanui``, double given names; the
  ``PK 12,5 côté mer`` (a kilometre post along the island's ring road), ``Servitude Tauraa``, ``Rue des Remparts``,
  ``BP`` boxes (never a street in a note); five-digit postcodes (``98718 Punaauia``); the CPS number (``DN``: 7
  digits); +689 ``40`` lines and ``87``/``89`` mobiles.
- kab_DZ (Kabyle, Algeria): clan surnames with ``Aït`` (``Aït Menguellet``, ``Aït Ahmed``: "the sons of") and
  Berber given names (``Idir``, ``Tassadit``, ``Massinissa``); documents put the surname first in capitals
  (``AÏT AHMED Tassadit``); ``Cité des 600 Logements, Bt 12``, ``Rue Abane Ramdane N° 14``, villages (``Village
  Taourirt Mimoun``: never a street in a note); five-digit postcodes (``15000 Tizi Ouzou``); the 18-digit NIN;
  +213 ``26``/``34`` lines and ``5``/``6``/``7`` mobiles; titles ``Dda`` and ``Nna`` for elders.
- haw_US (Hawaiian, Hawaiʻi, United States): ``Leilani Kahananui``, an English given name with a Hawaiian middle
  name (``Sarah Leilani Kaʻaihue``), the ʻokina and the kahakō (``Nāone``); Hawaiʻi's dashed house numbers
  (``45-678 Kamehameha Hwy``, ``98-1234 Kaahumanu St``); ZIP codes (``96744 Kaneohe``); the SSN; +1 ``808`` numbers.
- co_FR (Corsican, Corsica, France): Corsican given names (``Ghjuvanni``, ``Petru``, ``Ghjulia``) or French compound
  ones (``Jean-Baptiste``, ``Marie-Dominique``, ``Ange-Marie`` for a man), surnames ``Santoni``, ``Mattei``,
  ``Casanova``, ``Pietri``; ``12 cours Napoléon``, ``Route de Saint-Florent``, ``Lieu-dit Pietralba`` (never a street
  in a note); postcodes ``20000 Ajaccio``, ``20200 Bastia``; the NIR with the department ``2A``/``2B`` and its key;
  +33 ``4 95`` lines and ``6``/``7`` mobiles.
"""

from __future__ import annotations

import datetime as dt
import random
import types
import unicodedata

import phonenumbers

NEW8_47 = ("te_IN", "ti_ET", "ee_GH", "tn_BW", "ty_PF", "kab_DZ", "haw_US", "co_FR")
LANG47 = {x: x.split("_")[0] for x in NEW8_47}
NOT_LATIN = ("te_IN", "ti_ET")
# Where a child keeps a name of its own (no surname handed down).
OWN_NAME = ("ti_ET",)
STREET_WORDS = frozenset({"plot", "road", "no.", "d.no.", "nagar", "colony", "street", "kebele", "h.no.", "house",
                          "block", "ward", "pk", "servitude", "rue", "route", "cité", "bt", "n°", "hwy", "st", "ave",
                          "blvd", "pl", "cours", "avenue", "boulevard", "chemin", "lieu-dit", "quartier"})  # fmt: skip

_TE_SUR = (("పొట్లూరి", "Potluri"), ("నల్లమోతు", "Nallamothu"), ("దగ్గుబాటి", "Daggubati"), ("కొణిదెల", "Konidela"),
           ("వేమూరి", "Vemuri"), ("కోట", "Kota"), ("పసుపులేటి", "Pasupuleti"), ("చిలుకూరి", "Chilukuri"),
           ("గొల్లపూడి", "Gollapudi"))  # fmt: skip
_TE_MEN = (("వెంకటేశ్వర రావు", "Venkateswara Rao"), ("శ్రీనివాస్", "Srinivas"), ("రవి కుమార్", "Ravi Kumar"),
           ("సురేష్", "Suresh"), ("నాగార్జున", "Nagarjuna"), ("కిరణ్", "Kiran"), ("ప్రసాద్", "Prasad"),
           ("సాయి తేజ", "Sai Teja"))  # fmt: skip
_TE_WOMEN = (("లక్ష్మి", "Lakshmi"), ("సుజాత", "Sujatha"), ("పద్మావతి", "Padmavathi"), ("శ్రావ్య", "Sravya"),
             ("మాధవి", "Madhavi"), ("అనూష", "Anusha"), ("సౌజన్య", "Soujanya"), ("హారిక", "Harika"))  # fmt: skip
_TI_MEN = (("ገብረመድህን", "Gebremedhin"), ("ሃይሉ", "Hailu"), ("ተስፋይ", "Tesfay"), ("ብርሃነ", "Berhane"),
           ("ኪዳነ", "Kidane"), ("ገብረእግዚአብሄር", "Gebregziabher"), ("ዮውሃንስ", "Yohannes"), ("ሙሉጌታ", "Mulugeta"),
           ("ሓጎስ", "Hagos"), ("ኣብረሃ", "Abraha"))  # fmt: skip
_TI_WOMEN = (("ለተብርሃን", "Letebrhan"), ("ሳባ", "Saba"), ("ትርሓስ", "Trhas"), ("ኣበባ", "Abeba"), ("ምሕረት", "Mihret"),
             ("ሃይማኖት", "Haymanot"), ("ፅጌ", "Tsige"), ("ሰላም", "Selam"))  # fmt: skip
# Ewe day names by the weekday of birth (Monday first): (men, women).
_EE_DAY = (("Kɔdzo", "Adzo"), ("Kɔmla", "Abla"), ("Kwaku", "Aku"), ("Yao", "Yawa"), ("Kofi", "Afi"),
           ("Kwame", "Ama"), ("Kɔsi", "Akɔsua"))  # fmt: skip
_NAMES = {
    "ee_GH": (("Dzifa", "Senam", "Enyonam", "Delali", "Yayra", "Esinam", "Elikplim", "Akpene"),
              ("Selorm", "Elikem", "Mawuli", "Edem", "Kekeli", "Sena", "Dela", "Etornam"),
              ("Agbeko", "Amenyo", "Kpodo", "Dzokoto", "Gbedemah", "Adzraku", "Tsikata", "Ahiadeke", "Kumordzi",
               "Dotse")),
    "tn_BW": (("Kgomotso", "Boitumelo", "Onalenna", "Lesego", "Keabetswe", "Masego", "Oratile", "Gaone"),
              ("Tshepo", "Mpho", "Kagiso", "Neo", "Thato", "Tumelo", "Kabelo", "Onkemetse"),
              ("Molefe", "Masire", "Mogae", "Kgosi", "Mothibi", "Sebina", "Motswagole", "Mmusi", "Tlhalerwa",
               "Gaolathe")),
    "ty_PF": (("Vaea", "Hinatea", "Teura", "Poerava", "Maeva", "Tiare", "Heimana", "Moerani"),
              ("Teva", "Manutea", "Heiarii", "Tehei", "Moana", "Raiarii", "Tamatoa", "Hiro"),
              ("Teriitehau", "Tetuanui", "Tauraa", "Temauri", "Tehaamoana", "Maitere", "Teriierooiterai", "Brotherson",
               "Salmon", "Tuheiava")),
    "kab_DZ": (("Tassadit", "Ouardia", "Djedjiga", "Taous", "Tiziri", "Kahina", "Dihia", "Nouara", "Lynda"),
               ("Mohand", "Amar", "Idir", "Lounès", "Slimane", "Arezki", "Massinissa", "Yuba", "Aksel"),
               ("Aït Ahmed", "Aït Menguellet", "Aït Hamouda", "Aït Saïd", "Aït Kaci", "Amrouche", "Mammeri",
                "Feraoun", "Ouali", "Haddadi")),
    "haw_US": (("Leilani", "Noelani", "Kalea", "Malia", "Haunani", "Pualani", "Kanani", "Sarah", "Megan"),
               ("Kalani", "Keola", "Makana", "Kainoa", "Keoni", "Kawika", "Kaimana", "Jason", "Mark"),
               ("Kahananui", "Kealoha", "Kamakana", "Akana", "Kahale", "Kaʻaihue", "Nāone", "Keawe", "Kalama",
                "Kanahele")),
    "co_FR": (("Ghjulia", "Santa", "Letizia", "Anghjula", "Marie-Dominique", "Laetitia", "Marie-Ange", "Catalina"),
              ("Ghjuvanni", "Petru", "Paulu", "Ghjacumu", "Jean-Baptiste", "Ange-Marie", "Dumenicu", "Pierre-Paul"),
              ("Santoni", "Mattei", "Luciani", "Paoli", "Casanova", "Pietri", "Orsini", "Leca", "Acquaviva",
               "Filippi", "Bartoli", "Giacometti")),
}  # fmt: skip
_HAW_MID = ("Leilani", "Noelani", "Kapuaokalani", "Keʻalohilani", "Kainalu", "Kekoa", "Kamaka")
_MAIL = {
    "te_IN": ("gmail.com", "yahoo.co.in", "rediffmail.com"), "ti_ET": ("gmail.com", "yahoo.com", "ethionet.et"),
    "ee_GH": ("gmail.com", "yahoo.com"), "tn_BW": ("gmail.com", "yahoo.com", "botsnet.bw"),
    "ty_PF": ("mail.pf", "gmail.com", "hotmail.fr"), "kab_DZ": ("gmail.com", "yahoo.fr"),
    "haw_US": ("gmail.com", "hawaii.rr.com", "yahoo.com"), "co_FR": ("orange.fr", "gmail.com", "laposte.net"),
}  # fmt: skip
_PLANS = {
    "te_IN": (("40xxxxxxxx", "866xxxxxxx", "891xxxxxxx"), ("98xxxxxxxx", "94xxxxxxxx", "79xxxxxxxx", "63xxxxxxxx")),
    "ti_ET": (("344xxxxxx", "344xxxxxx", "11xxxxxxx"), ("914xxxxxx", "911xxxxxx", "70xxxxxxx")),
    "ee_GH": (("362xxxxxx", "302xxxxxx"), ("24xxxxxxx", "54xxxxxxx", "20xxxxxxx", "55xxxxxxx")),
    "tn_BW": (("39xxxxx", "31xxxxx", "24xxxxx"), ("71xxxxxx", "72xxxxxx", "74xxxxxx", "75xxxxxx", "77xxxxxx")),
    "ty_PF": (("40xxxxxx",), ("87xxxxxx", "89xxxxxx")),
    "kab_DZ": (("26xxxxxx", "34xxxxxx"), ("55xxxxxxx", "66xxxxxxx", "77xxxxxxx", "69xxxxxxx")),
    "haw_US": (("808xxxxxxx",), ("808xxxxxxx",)),
    "co_FR": (("495xxxxxx",), ("6xxxxxxxx", "7xxxxxxxx")),
}  # fmt: skip
_CC = {"IN": 91, "ET": 251, "GH": 233, "BW": 267, "PF": 689, "DZ": 213, "US": 1, "FR": 33}


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
    if locale == "te_IN":
        town, pc, area = rng.choice((("Hyderabad", "500034", "Banjara Hills"), ("Hyderabad", "500072", "Kukatpally"),
                                     ("Vijayawada", "520010", "Benz Circle"), ("Visakhapatnam", "530017", "MVP Colony"),
                                     ("Guntur", "522002", "Brodipet"), ("Tirupati", "517501", "")))  # fmt: skip
        k = rng.random()
        if k < 0.35:
            return f"Plot No. {r(1, 400)}, Road No. {r(1, 14)}", pc, town, area
        if k < 0.7:
            return f"D.No. {r(1, 40)}-{r(1, 12)}-{r(1, 99)}, {rng.choice(('Gandhi Nagar', 'Ashok Nagar', 'Srinagar Colony', 'Labbipet'))}", pc, town, area  # noqa: E501
        road = rng.choice(("MG Road", "Eluru Road", "Beach Road", "Tank Bund Road", "Sarojini Devi Road"))
        return f"{r(1, 90)}, {road}", pc, town, area
    if locale == "ti_ET":
        town = rng.choice(("Mekelle", "Mekelle", "Mekelle", "Adigrat", "Axum", "Shire"))
        if rng.random() < 0.55:
            return f"Kebele {r(1, 20):02d}, H.No. {r(1, 900)}", "", town, rng.choice(("Hawelti", "Ayder", "Kedamay Weyane", "Hadnet"))  # noqa: E501
        road = rng.choice(("Alula Aba Nega Street", "Romanat Street", "Hawelti Street", "Adi Haki Road"))
        return f"{road}, H.No. {r(1, 400)}", "", town, ""
    if locale == "ee_GH":
        town, pfx = rng.choice((("Ho", "VH"), ("Ho", "VH"), ("Hohoe", "VO"), ("Keta", "VK"), ("Aflao", "VK")))
        gps = f"{pfx}-{r(0, 99):04d}-{r(1000, 9999)}"
        k = rng.random()
        if k < 0.25:
            return f"Behind {rng.choice(('E.P. Church', 'Ho Central Market', 'the Police Station', 'Mawuli School'))}", gps, town, ""  # noqa: E501
        if k < 0.6:
            return f"House No. {rng.choice('HBAK')}/{r(1, 300)}, {rng.choice(('Bankoe', 'Ahoe', 'Dome', 'Heve'))}", gps, town, ""  # noqa: E501
        road = rng.choice(("Ho-Adidome Road", "Civic Centre Road", "Kpeme Street", "Nurses Quarters Road"))
        return f"{r(1, 120)} {road}", gps, town, ""
    if locale == "tn_BW":
        town = rng.choice(("Gaborone", "Gaborone", "Francistown", "Molepolole", "Serowe", "Maun"))
        k = rng.random()
        if k < 0.15:
            return f"P.O. Box {r(100, 9999)}", "", town, ""
        if k < 0.3:
            return f"Ward {rng.choice(('Mokgalo', 'Sebele', 'Kgosing', 'Tshosa'))}", "", town, ""
        if town == "Gaborone" and rng.random() < 0.6:
            return f"Plot {r(1000, 60000)}, Block {r(3, 10)}", "", town, ""
        road = rng.choice(("Khama Crescent", "Nelson Mandela Drive", "Blue Jacket Street", "Kudumatse Road"))
        return f"Plot {r(10, 9000)}, {road}", "", town, ""
    if locale == "ty_PF":
        town, pc = rng.choice((("Papeete", "98714"), ("Punaauia", "98718"), ("Faaa", "98704"), ("Pirae", "98716"),
                               ("Arue", "98701"), ("Uturoa", "98735")))  # fmt: skip
        k = rng.random()
        if k < 0.15:
            return f"BP {r(100, 9999)}", pc, town, ""
        if k < 0.45:
            return f"PK {r(2, 30)},{r(1, 9)} côté {rng.choice(('mer', 'montagne'))}", pc, town, ""
        if k < 0.65:
            return f"Servitude {rng.choice(('Tauraa', 'Teriitehau', 'Maitere', 'Tetuanui'))}", pc, town, ""
        road = rng.choice(("Rue des Remparts", "Avenue Pomare V", "Rue du Général de Gaulle", "Rue Paul Gauguin",
                           "Chemin de la Mission"))  # fmt: skip
        return f"{r(1, 80)} {road}", pc, town, ""
    if locale == "kab_DZ":
        town, pc = rng.choice((("Tizi Ouzou", "15000"), ("Tizi Ouzou", "15000"), ("Azazga", "15300"),
                               ("Béjaïa", "06000"), ("Larbaâ Nath Irathen", "15100"), ("Bouira", "10000")))  # fmt: skip
        k = rng.random()
        if k < 0.15:
            return f"Village {rng.choice(('Taourirt Mimoun', 'Aït Larbaâ', 'Tizi Hibel', 'Ighil Ali'))}", pc, town, ""
        if k < 0.45:
            return f"Cité des {rng.choice((300, 500, 600, 1000))} Logements, Bt {r(1, 40)}", pc, town, ""
        road = rng.choice(("Rue Abane Ramdane", "Rue Lalla Fatma N'Soumer", "Boulevard Krim Belkacem",
                           "Rue Larbi Ben M'hidi", "Rue des Frères Belhadj"))  # fmt: skip
        return f"{road} N° {r(1, 120)}", pc, town, ""
    if locale == "haw_US":
        town, pc = rng.choice((("Honolulu", "96813"), ("Honolulu", "96816"), ("Kaneohe", "96744"), ("Hilo", "96720"),
                               ("Wailuku", "96793"), ("Waipahu", "96797"), ("Kailua", "96734")))  # fmt: skip
        road = rng.choice(("Kamehameha Hwy", "Kaahumanu St", "Kapiolani Blvd", "Waialae Ave", "Kilauea Ave",
                           "Farrington Hwy", "Likelike Hwy", "Puuhale Pl"))  # fmt: skip
        if rng.random() < 0.6:  # noqa: SIM108 (the draws' order is part of the frozen tables)
            house = f"{r(41, 99)}-{r(100, 1999)}"
        else:
            house = str(r(100, 3999))
        unit = f" Apt {r(1, 40)}{rng.choice('ABC')}" if rng.random() < 0.25 else ""
        return f"{house} {road}{unit}", pc, town, ""
    if locale == "co_FR":
        town, pc = rng.choice((("Ajaccio", "20000"), ("Ajaccio", "20090"), ("Bastia", "20200"), ("Corte", "20250"),
                               ("Calvi", "20260"), ("Porto-Vecchio", "20137")))  # fmt: skip
        k = rng.random()
        if k < 0.12:
            return f"Lieu-dit {rng.choice(('Pietralba', 'Suarella', 'Capitellu', 'Vignale'))}", pc, town, ""
        road = rng.choice(("cours Napoléon", "boulevard Paoli", "route de Saint-Florent", "avenue Noël Franchini",
                           "rue Fesch", "boulevard Sampiero", "cours Grandval", "rue César Campinchi"))  # fmt: skip
        return f"{r(1, 90)} {road}", pc, town, ""
    raise KeyError(locale)


def whole_address(locale: str, street: str, postcode: str, town: str, between: str) -> str:
    """The address in one cell, in the place's order."""
    if locale == "te_IN":
        return ", ".join(x for x in (street, between, f"{town} - {postcode}") if x)
    if locale == "ti_ET":
        return ", ".join(x for x in (street, between, town) if x)
    if locale == "ee_GH":
        return f"{street}, {town} ({postcode})"
    if locale == "haw_US":
        return f"{street}, {town}, HI {postcode}"
    if locale in ("ty_PF", "kab_DZ", "co_FR"):
        return f"{street}, {postcode} {town}"
    return ", ".join(x for x in (street, between, town) if x)


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isalnum() and c.isascii()).lower()


def _nir(dob: dt.date, female: bool, rng: random.Random) -> str:
    dept = rng.choice(("2A", "2B"))
    body = f"{2 if female else 1}{dob.year % 100:02d}{dob.month:02d}{dept}{rng.randint(1, 366):03d}{rng.randint(1, 999):03d}"  # noqa: E501
    key = 97 - int(body.replace("2A", "19").replace("2B", "18")) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def _nid(locale: str, dob: dt.date, female: bool, last_r: str, rng: random.Random) -> str | None:
    r = rng.randint
    abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if locale == "te_IN":
        return "".join(rng.choice(abc) for _ in range(3)) + "P" + last_r[0].upper() + f"{r(0, 9999):04d}" + rng.choice(abc)  # noqa: E501
    if locale == "ti_ET":
        return f"{r(1000, 9999)} {r(0, 9999):04d} {r(0, 9999):04d}"
    if locale == "ee_GH":
        return f"GHA-{r(100000000, 999999999)}-{r(0, 9)}"
    if locale == "tn_BW":
        return f"{r(1000, 9999)}{2 if female else 1}{r(0, 9999):04d}"
    if locale == "ty_PF":
        return f"{r(1000000, 9999999)}"
    if locale == "kab_DZ":
        return f"{1 if not female else 2}{r(0, 9)}{dob.year % 100:02d}{r(0, 99999999999999):014d}"
    if locale == "haw_US":
        return f"{r(1, 665):03d}-{r(1, 99):02d}-{r(1, 9999):04d}"
    if locale == "co_FR":
        return _nir(dob, female, rng)
    return None


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new-8 locale, with the attributes of set 46's people (``alt``: the romanised name of a
    not-Latin one)."""
    female = rng.random() < 0.5
    years = rng.randint(5, 15) if child else rng.randint(19, 80)
    dob = dt.date(2026 - years, rng.randint(1, 12), rng.randint(1, 28))
    alt = None
    script = ""
    last_r = ""
    if locale == "te_IN":
        first, first_r = rng.choice(_TE_WOMEN if female else _TE_MEN)
        last, last_r = rng.choice(_TE_SUR)
        full = f"{last} {first}"  # the family name first
        alt = f"{last_r} {first_r}" if rng.random() < 0.6 else f"{last_r[0]}. {first_r}"
        mail_local = f"{_ascii(first_r.split()[0])}{rng.choice(('.', '_', ''))}{_ascii(last_r)}{rng.randint(1, 999)}"
        script = "Telu"
    elif locale == "ti_ET":
        first, first_r = rng.choice(_TI_WOMEN if female else _TI_MEN)
        father, father_r = rng.choice([m for m in _TI_MEN if m[0] != first])
        last, last_r = father, father_r
        full, alt = f"{first} {father}", f"{first_r} {father_r}"
        if rng.random() < 0.25:
            grand, grand_r = rng.choice([m for m in _TI_MEN if m[0] not in (first, father)])
            full, alt = f"{full} {grand}", f"{alt} {grand_r}"
        mail_local = f"{_ascii(first_r)}{rng.choice(('.', ''))}{_ascii(father_r)}{rng.randint(1, 99)}"
        script = "Ethi"
    else:
        women, men, surnames = _NAMES[locale]
        first = rng.choice(women if female else men)
        last = rng.choice(surnames)
        if locale == "ee_GH":
            day = _EE_DAY[dob.weekday()][1 if female else 0]
            k = rng.random()
            first = day if k < 0.3 else f"{first} {day}" if k < 0.7 else first
        elif locale == "haw_US" and first in ("Sarah", "Megan", "Jason", "Mark") and rng.random() < 0.7:
            first = f"{first} {rng.choice(_HAW_MID)}"
        elif locale == "ty_PF" and rng.random() < 0.2:
            first = f"{first} {rng.choice([x for x in (women if female else men) if x != first])}"
        full = f"{first} {last}"
        last_r = last
        mail_local = f"{_ascii(first.split()[0])}{rng.choice(('.', '_', ''))}{_ascii(last)}"
        mail_local += rng.choice(("", str(rng.randint(1, 99))))
    street, postcode, town, between = place(locale, rng)
    return types.SimpleNamespace(
        first=first, last=last, full=full, female=female, dob=dob,
        email=f"{mail_local}@{rng.choice(_MAIL[locale])}", mobile=number(locale, rng, True),
        landline=number(locale, rng, False), street=street, postcode=postcode, town=town,
        address=whole_address(locale, street, postcode, town, between), nid=_nid(locale, dob, female, last_r, rng),
        iban=None, locale=locale, script=script, alt=alt,
    )  # fmt: skip
