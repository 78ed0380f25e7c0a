"""Held-out set 39: people, addresses, ids, phones, e-mails and IBANs of the eight locales no set used, written from
the places' own customs (none of these names or streets is in Faker).

- en_FM (Micronesia): Pohnpeian, Chuukese, Kosraean and Yapese families (``Sihna Alik``, ``Kimio Nakasone``,
  ``Tadasy Falcam``); Kolonia and Nett sections, ``Sokehs``, ``Weno``, ``Tofol``, ``Colonia``, a landmark instead of
  a number (``behind the Ace Commercial``); ``P.O. Box 1410, Kolonia, Pohnpei FM 96941``; ZIPs 96941-96944; ``320``
  lines, ``920``/``970`` mobiles (+691, seven digits).
- en_SH (Saint Helena): Saint surnames (``Yon``, ``Crowie``, ``Thomas``, ``Benjamin``, ``Leo``, ``Knipe``);
  houses with names and districts (``Rose Cottage, Cleughs Plain``, ``Napoleon Street, Jamestown``, ``Half Tree
  Hollow``, ``Longwood``, ``Blue Hill``); the one postcode ``STHL 1ZZ``; five-digit numbers (``2xxxx`` lines,
  ``5xxxx``/``6xxxx`` mobiles).
- en_MH (Marshall Islands): ``Kabua``, ``deBrum``, ``Zackhras``, ``Jibas``, ``Langrine``; Majuro's D-U-D villages
  (``Delap``, ``Uliga``, ``Djarrit``, ``Rita``, ``Laura``), ``Lot 14``, ``near the Nitijela``, Ebeye; ``MH 96960``
  / ``96970``; ``625``/``247`` lines, ``455``/``235`` mobiles.
- en_AS (American Samoa): Samoan names with glottal stops (``Salave'a``, ``Fa'amoana``), chiefly titles before some
  names (``Tauiliili``), villages (``Nu'uuli``, ``Tafuna``, ``Fagatogo``, ``Leone``, ``Ta'u``), ``Route 1``,
  ``behind the LDS church``; the one ZIP ``96799``; NANP 684 (``633``/``699`` lines, ``258``/``733`` mobiles); the
  US SSN.
- en_TK (Tokelau): ``Siopili Perez``, ``Kuresa Nasau``; the three atolls' villages (``Fale, Fakaofo``,
  ``Fenuafala``, ``Atafu``, ``Nukunonu``), mail ``via Apia, Samoa``; no street, no postcode, no id; four-digit
  numbers (``2xxx``/``3xxx`` lines, ``72xx``/``73xx`` mobiles as ``phonenumbers`` knows them).
- en_NU (Niue): ``Talagi``, ``Tongatule``, ``Pulehetoa``, ``Tukuitoga``; the fourteen villages (``Alofi South``,
  ``Avatele``, ``Hakupu``, ``Liku``, ``Mutalau``, ``Tuapa``), ``Commercial Centre``, ``P.O. Box 40, Alofi``; no
  postcode; four-digit lines, ``888`` mobiles.
- fr_MF (Saint-Martin): English-speaking Saint-Martiner families (``Fleming``, ``Gumbs``, ``Hodge``, ``Beauperthuy``),
  Haitian and Dominican ones, some Chinese shopkeepers (with their name in characters); quarters (``Marigot``,
  ``Grand-Case``, ``Quartier-d'Orléans``, ``Sandy Ground``, ``Concordia``), ``rue de la République``, résidences
  with a building letter; ``97150 Saint-Martin``; the NIR of one born there (``971 27``); FR IBANs; ``0590 87``
  lines and ``0690`` mobiles (``phonenumbers`` gives them GP/BL: they are not in the "phone valid" count).
- en_VG (British Virgin Islands): ``Fahie``, ``Stoutt``, ``Vanterpool``, ``Penn``, ``Frett``; ``Main Street, Road
  Town``, ``Wickham's Cay I``, ``Sea Cows Bay``, ``The Valley, Virgin Gorda``, ghuts and estates; postcodes
  ``VG1110``-``VG1150``; NANP 284 (``494``/``495`` lines, ``496``/``499``/``340``/``544`` mobiles).
"""

from __future__ import annotations

import datetime as dt
import random
import types

import phonenumbers
from stdnum import iban as std_iban

NEW8_39 = ("en_FM", "en_SH", "en_MH", "en_AS", "en_TK", "en_NU", "fr_MF", "en_VG")
STREET_WORDS = frozenset({"road", "street", "lane", "route", "rue", "boulevard", "lot", "section", "hill", "cay",
                          "ghut", "estate", "résidence", "bât", "impasse", "drive", "avenue"})  # fmt: skip

_F, _M = 0, 1
# Per locale: given names (female, male), surnames.
_NAMES = {
    "en_FM": (("Sihna", "Marcelina", "Emilia", "Mihne", "Rosalinda", "Maylinda", "Mercy", "Kiyoko", "Lerleen",
               "Julita", "Elsihna", "Setsuko"),
              ("Kimio", "Tadasy", "Wesley", "Lorin", "Kasio", "Kiyoshi", "Yosiro", "Ketson", "Ioanis", "Bermin",
               "Akillino", "Peterson"),
              ("Alik", "Sigrah", "Palik", "Nakasone", "Aisek", "Mori", "Etscheit", "Falcam", "Ehsa", "Panuelo",
               "Killion", "Olter", "Urusemal", "Gilmar", "Fanechigiy", "Rungrad", "Hadley", "Moses", "Perman",
               "Yamada")),
    "en_SH": (("Kerisha", "Tammy", "Bertha", "Sharon", "Edna", "Tasha", "Merrill", "Shelley", "Connie", "Lisa",
               "Hazel", "Joy"),
              ("Derek", "Gavin", "Cyril", "Shelco", "Ferdie", "Lawson", "Neil", "Basil", "Gilbert", "Ivan", "Trevor",
               "Colin"),
              ("Yon", "Crowie", "Thomas", "Benjamin", "Leo", "Knipe", "Duncan", "George", "Henry", "Peters",
               "Constantine", "Francis", "Joshua", "Plato", "Isaac", "Lawrence", "Legg", "O'Bey", "Coleman",
               "Corker", "Stevens", "Fowler")),
    "en_MH": (("Hilda", "Amatlain", "Kitlang", "Tina", "Neijon", "Bremity", "Jiba", "Lijon", "Maryanne", "Daisy",
               "Helkena", "Rosania"),
              ("Kessai", "Tony", "Litokwa", "Joab", "Atlan", "Wilbur", "Hemos", "Casten", "Bruce", "Rien", "Alvin",
               "Tommy"),
              ("Kabua", "Heine", "deBrum", "Zackhras", "Loeak", "Kilma", "Jibas", "Langrine", "Anjain", "Lanki",
               "Capelle", "Matthew", "Note", "Tomeing", "Silk", "Bejang", "Lojkar", "Jetnil")),
    "en_AS": (("Sina", "Malia", "Losa", "Mele", "Talia", "Fa'amoana", "Lealofi", "Tusi", "Siliva", "Vaoita",
               "Salote", "Faleniu"),
              ("Tavita", "Iosefa", "Siaosi", "Uili", "Pulu", "Lemanu", "Aumua", "Falani", "Toleafoa", "Mikaele",
               "Sione", "Fa'atonu"),
              ("Faleomavaega", "Tuiasosopo", "Sunia", "Lutali", "Moliga", "Aumavae", "Fuimaono", "Leiataua",
               "Tauiliili", "Pritchard", "Ioane", "Mageo", "Tulafono", "Salave'a", "Lefiti", "Tauese", "Afoa",
               "Sialega", "Amituana'i", "Soliai")),
    "en_TK": (("Telesia", "Lise", "Malia", "Losaline", "Keli", "Foua", "Elena", "Sefulu", "Ioana", "Vaelua",
               "Mele", "Kalena"),
              ("Siopili", "Kuresa", "Mose", "Fano", "Aliki", "Pio", "Sefo", "Falani", "Kelihiano", "Ulu", "Pasilio",
               "Tealofi"),
              ("Perez", "Kalolo", "Toloa", "Pasilio", "Aleki", "Tuia", "Puka", "Lopa", "Salausa", "Patelesio",
               "Ioane", "Faraimo", "Nasau", "Pue", "Tinielu", "Hala")),
    "en_NU": (("Sisilia", "Moka", "Vaiga", "Hima", "Hingano", "Fisa", "Tagaloa", "Mele", "Lagi", "Pati", "Ema",
               "Sene"),
              ("Dalton", "Togia", "Toke", "Crossley", "Billy", "Ioane", "Monte", "Pita", "Fisa", "Sionetama",
               "Hetututama", "Maihetoe"),
              ("Talagi", "Lui", "Vivian", "Tongatule", "Pulehetoa", "Tafatu", "Viliamu", "Jacobsen", "Funaki",
               "Makani", "Tukuitoga", "Hekau", "Posimani", "Ikiua", "Togiamua", "Tagelagi")),
    "fr_MF": (("Jeanne", "Aline", "Daniella", "Inès", "Marthe", "Ramona", "Géraldine", "Sandrine", "Loretta",
               "Yolanda", "Marie-Ange", "Shirley"),
              ("Louis-Constant", "Jules", "Alain", "Wendel", "Jevon", "Albéric", "Rudy", "Dimitri", "Hyacinthe",
               "Kenroy", "Jean-Claude", "Mario"),
              ("Fleming", "Gumbs", "Hodge", "Arrondell", "Daniel", "Connor", "Petit", "Beauperthuy", "Gibbs",
               "Brooks", "Hyman", "Bryan", "Lake", "Baly", "Jean-Baptiste", "Pierre-Louis", "Javois", "Ellis",
               "Romney", "Carty")),
    "en_VG": (("Sharie", "Delores", "Shereen", "Alvera", "Natalio", "Luce", "Myrna", "Kasha", "Marlene", "Dia",
               "Eileen", "Verna"),
              ("Orlando", "Myron", "Kye", "Ronnie", "Marlon", "Andrew", "Kedrick", "Carvin", "Julian", "Elvis",
               "Lennox", "Delano"),
              ("Smith", "Penn", "Hodge", "Wheatley", "Fahie", "Stoutt", "O'Neal", "Vanterpool", "Romney", "Skelton",
               "Malone", "Flax", "Frett", "Christopher", "Georges", "Maduro", "Rymer", "Turnbull", "Chinnery",
               "Creque")),
}  # fmt: skip
# Saint-Martin's Chinese shopkeepers: (given, surname) in Latin and the name in characters.
_MF_CHINESE = (("Wei", "Chen", "陈伟"), ("Mei", "Lin", "林美"), ("Jun", "Huang", "黄军"), ("Li", "Zheng", "郑丽"))

# Places: (street or landmark, town or village, postcode).
_PLACES = {
    "en_FM": ((("Kaselehlie Street", "Kolonia, Pohnpei", "FM 96941"), ("Nanpohnmal", "Nett, Pohnpei", "FM 96941"),
               ("Dolonier", "Nett, Pohnpei", "FM 96941"), ("Sokehs Powe", "Sokehs, Pohnpei", "FM 96941"),
               ("Mwan village", "Weno, Chuuk", "FM 96942"), ("Iras", "Weno, Chuuk", "FM 96942"),
               ("Tofol", "Lelu, Kosrae", "FM 96944"), ("Malem", "Kosrae", "FM 96944"),
               ("Rull", "Colonia, Yap", "FM 96943"), ("Maap", "Yap", "FM 96943"))),
    "en_SH": ((("Napoleon Street", "Jamestown", "STHL 1ZZ"), ("Market Street", "Jamestown", "STHL 1ZZ"),
               ("Main Street", "Jamestown", "STHL 1ZZ"), ("Ladder Hill Road", "Half Tree Hollow", "STHL 1ZZ"),
               ("Cleughs Plain", "Blue Hill", "STHL 1ZZ"), ("Piccolo Hill", "Longwood", "STHL 1ZZ"),
               ("Alarm Forest", "St Paul's", "STHL 1ZZ"), ("New Ground", "St Paul's", "STHL 1ZZ"),
               ("Bottom Woods", "Longwood", "STHL 1ZZ"), ("Head O'Wain", "Levelwood", "STHL 1ZZ"))),
    "en_MH": ((("Lot 14, Delap", "Majuro", "MH 96960"), ("Uliga", "Majuro", "MH 96960"),
               ("Djarrit", "Majuro", "MH 96960"), ("Rita", "Majuro", "MH 96960"), ("Laura", "Majuro", "MH 96960"),
               ("Ajeltake", "Majuro", "MH 96960"), ("Long Island", "Majuro", "MH 96960"),
               ("Ebeye", "Kwajalein", "MH 96970"))),
    "en_AS": ((("Route 1", "Nu'uuli", "AS 96799"), ("Fagatogo Road", "Fagatogo", "AS 96799"),
               ("Airport Road", "Tafuna", "AS 96799"), ("Ili'ili Road", "Ili'ili", "AS 96799"),
               ("Leone Road", "Leone", "AS 96799"), ("Utulei Beach Road", "Utulei", "AS 96799"),
               ("Vaitogi", "Vaitogi", "AS 96799"), ("Aua", "Aua", "AS 96799"), ("Faleasao", "Ta'u", "AS 96799"))),
    "en_TK": ((("Fale", "Fakaofo", ""), ("Fenuafala", "Fakaofo", ""), ("Atafu village", "Atafu", ""),
               ("Nukunonu village", "Nukunonu", ""))),
    "en_NU": ((("Commercial Centre", "Alofi South", ""), ("Amanau", "Alofi South", ""), ("Tapeu", "Alofi South", ""),
               ("", "Avatele", ""), ("", "Hakupu", ""), ("", "Liku", ""), ("", "Mutalau", ""), ("", "Tuapa", ""),
               ("", "Makefu", ""), ("", "Lakepa", ""), ("", "Tamakautoga", ""), ("", "Vaiea", ""))),
    "fr_MF": ((("rue de la République", "Marigot", "97150"), ("rue Kennedy", "Marigot", "97150"),
               ("boulevard de France", "Marigot", "97150"), ("rue de Hollande", "Marigot", "97150"),
               ("rue Lady Fish", "Sandy Ground", "97150"), ("boulevard de Grand-Case", "Grand-Case", "97150"),
               ("rue Émile Larmonie", "Quartier-d'Orléans", "97150"), ("impasse des Flamboyants", "Concordia", "97150"),
               ("chemin de Cul-de-Sac", "Cul-de-Sac", "97150"), ("route de Saint-James", "Saint-James", "97150"))),
    "en_VG": ((("Main Street", "Road Town, Tortola", "VG1110"), ("Waterfront Drive", "Road Town, Tortola", "VG1110"),
               ("Wickham's Cay I", "Road Town, Tortola", "VG1110"), ("Purcell Estate", "Road Town, Tortola", "VG1110"),
               ("Sea Cows Bay", "Tortola", "VG1110"), ("Huntums Ghut", "Road Town, Tortola", "VG1110"),
               ("Long Look", "East End, Tortola", "VG1120"), ("The Settlement", "Anegada", "VG1130"),
               ("Great Harbour", "Jost Van Dyke", "VG1140"), ("The Valley", "Virgin Gorda", "VG1150"))),
}  # fmt: skip
_LANDMARKS = {
    "en_FM": ("behind the Ace Commercial", "near the Spanish Wall", "opp. PCR", "past the Catholic mission"),
    "en_SH": ("", "", "below the Briars", "next to the Canister"),
    "en_MH": ("near the Nitijela", "behind Payless", "across from the hospital", "ocean side"),
    "en_AS": ("behind the LDS church", "next to Cost-U-Less", "across from the fale", "near the Pago Plaza"),
    "en_TK": ("near the fale fono", "by the school", "", ""),
    "en_NU": ("next to the Catholic church", "near the wharf", "", ""),
    "fr_MF": ("", "", "près de la mairie", "face au marché"),
    "en_VG": ("", "next to the Moorings", "opp. Rite Way", "by the ferry dock"),
}
_HOUSES = ("Rose Cottage", "Ivy Lodge", "Hillside", "Sunnyside", "Mulberry House", "Seaview", "Bamboo Cottage")
_PO = {"en_FM": "P.O. Box {n}", "en_SH": "P.O. Box {n}", "en_MH": "P.O. Box {n}", "en_AS": "P.O. Box {n}",
       "en_NU": "P.O. Box {n}", "en_VG": "P.O. Box {n}", "fr_MF": "BP {n}", "en_TK": ""}  # fmt: skip
_REGION = {"en_FM": "FM", "en_SH": "SH", "en_MH": "MH", "en_AS": "AS", "en_TK": "TK", "en_NU": "NU", "fr_MF": "MF",
           "en_VG": "VG"}  # fmt: skip
# National numbers: (prefixes of lines, prefixes of mobiles, digits in all).
_PLANS = {
    "en_FM": (("320", "330", "350", "370"), ("920", "921", "925", "926", "930", "970"), 7),
    "en_SH": (("22", "23", "24", "26", "27"), ("51", "52", "56", "61", "63"), 5),
    "en_MH": (("625", "247", "329"), ("455", "235"), 7),
    "en_AS": (("684633", "684699", "684622"), ("684258", "684733", "684252"), 10),
    "en_TK": (("2", "3"), ("72", "73"), 4),
    "en_NU": (("40", "41", "43", "45"), ("8884", "8885", "8887"), 0),
    "fr_MF": (("059087", "059029", "059051", "059052"), ("069022", "069035", "069066", "069088"), 10),
    "en_VG": (("284494", "284495"), ("284496", "284499", "284340", "284544"), 10),
}  # fmt: skip
_MAIL = {
    "en_FM": ("mail.fm", "gmail.com", "yahoo.com"),
    "en_SH": ("helanta.co.sh", "gmail.com", "hotmail.co.uk"),
    "en_MH": ("ntamar.net", "gmail.com", "yahoo.com"),
    "en_AS": ("blueskynet.as", "gmail.com", "yahoo.com"),
    "en_TK": ("gmail.com", "yahoo.co.nz"),
    "en_NU": ("niue.nu", "gmail.com", "xtra.co.nz"),
    "fr_MF": ("orange.fr", "wanadoo.fr", "gmail.com"),
    "en_VG": ("surfbvi.com", "caribsurf.com", "gmail.com"),
}


def _number(locale: str, rng: random.Random, mobile: bool) -> phonenumbers.PhoneNumber:
    lines, mobiles, digits = _PLANS[locale]
    region = _REGION[locale]
    for _ in range(50):
        prefix = rng.choice(mobiles if mobile else lines)
        width = digits or (7 if prefix.startswith("888") else 4)
        text = prefix + "".join(str(rng.randrange(10)) for _ in range(width - len(prefix)))
        num = phonenumbers.parse(text, region)
        if phonenumbers.is_valid_number(num):
            return num
    kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    return phonenumbers.example_number_for_type(region, kind)


def place(locale: str, rng: random.Random) -> tuple[str, str, str]:
    """(street, postcode, town) as people of the place write them: a named road, a section or a landmark with no
    number, a house name, now and then a P.O. box; the postcode empty where the place has none."""
    street, town, postcode = rng.choice(_PLACES[locale])
    roll = rng.random()
    if locale == "fr_MF":
        if roll < 0.2:
            name = rng.choice(("Les Jardins de Concordia", "Hope Estate", "Les Amandiers"))
            street = f"résidence {name}, bât. {rng.choice('ABCD')}"
        elif roll < 0.75 and street:
            street = f"{rng.randint(1, 60)} {street}"
        elif roll < 0.85:
            street = f"BP {rng.randint(100, 1999)}"
    elif roll < 0.15 and _PO[locale]:
        street = _PO[locale].format(n=rng.randint(10, 2999))
    elif roll < 0.3 and locale == "en_SH":
        street = f"{rng.choice(_HOUSES)}, {street}"
    elif roll < 0.45 and locale in ("en_AS", "en_VG", "en_SH", "en_FM") and street:
        street = f"{rng.randint(1, 120)} {street}" if locale == "en_VG" else street
    elif roll < 0.6:
        mark = rng.choice(_LANDMARKS[locale])
        street = f"{street}, {mark}" if street and mark else street or mark
    return street, postcode, town


def whole_address(locale: str, street: str, postcode: str, town: str) -> str:
    """The address in one cell, in the place's order."""
    if locale == "fr_MF":
        return ", ".join(x for x in (street, f"{postcode} Saint-Martin" if postcode else town) if x)
    if locale == "en_SH":
        return ", ".join(x for x in (street, town, "St Helena", postcode) if x)
    if locale == "en_TK":
        return ", ".join(dict.fromkeys(x for x in (street, town, "Tokelau") if x))
    if locale == "en_NU":
        return ", ".join(x for x in (street, town, "Niue") if x)
    if locale == "en_VG":
        return ", ".join(x for x in (street, town, f"British Virgin Islands {postcode}") if x)
    return ", ".join(x for x in (street, f"{town} {postcode}".strip()) if x)


def _nir(female: bool, dob: dt.date, rng: random.Random) -> str:
    """A French NIR of one born in Saint-Martin (Guadeloupe's commune 127 before 2007: ``971 27``)."""
    body = f"{2 if female else 1}{dob.year % 100:02d}{dob.month:02d}97127{rng.randint(1, 999):03d}"
    return f"{body}{97 - int(body) % 97:02d}"


def _fr_iban(rng: random.Random) -> str:
    bank, branch = f"{rng.choice((11315, 12169, 10107, 30003, 20041)):05d}", f"{rng.randint(0, 99999):05d}"
    account = f"{rng.randint(0, 10**11 - 1):011d}"
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    bban = f"{bank}{branch}{account}{key:02d}"
    return f"FR{std_iban.calc_check_digits('FR00' + bban)}{bban}"


def _ssn(rng: random.Random) -> str:
    return f"586-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new-8 locale, with the attributes of the earlier sets' people."""
    female = rng.random() < 0.5
    givens, surnames = _NAMES[locale][_F if female else _M], _NAMES[locale][2]
    first, last, script = rng.choice(givens), rng.choice(surnames), ""
    alt = None
    if locale == "fr_MF" and rng.random() < 0.08:
        first, last, alt = rng.choice(_MF_CHINESE)
        script = "latin+hans"
    today = dt.date(2026, 8, 1)
    age = rng.randint(3, 14) if child else rng.randint(18, 92)
    dob = today - dt.timedelta(days=age * 365 + rng.randint(0, 364))
    street, postcode, town = place(locale, rng)
    mail_name = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{last}{rng.randint(1, 99)}", first))
    mail_name = "".join(c for c in mail_name.lower() if c.isalnum() or c == ".")
    nid = _nir(female, dob, rng) if locale == "fr_MF" else _ssn(rng) if locale == "en_AS" else None
    return types.SimpleNamespace(
        first=first, last=last, full=f"{first} {last}", female=female, dob=dob,
        email=f"{mail_name}@{rng.choice(_MAIL[locale])}", mobile=_number(locale, rng, True),
        landline=_number(locale, rng, False), street=street, postcode=postcode, town=town,
        address=whole_address(locale, street, postcode, town), nid=nid,
        iban=_fr_iban(rng) if locale == "fr_MF" and not child else None, locale=locale, script=script, alt=alt,
    )  # fmt: skip
