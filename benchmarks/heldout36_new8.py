"""Held-out set 36: people, addresses, ids, phones, e-mails and IBANs of the eight locales no set used, written from
the places' own customs (none of these names or streets is in Faker).

- en_KY (Cayman Islands, a British overseas territory): ``Shanice Ebanks``, ``Renford Bodden``; ``23 Shedden Road``,
  ``Coral Vista, off Bodden Town Road``, ``P.O. Box 10432``; towns ``West Bay``, ``Savannah``, ``Stake Bay``;
  ``KY1-1104`` postcodes; no id written; NANP 345 numbers.
- fr_YT (Mayotte): ``Zaïnaba Attoumani``, ``Anli Boinali``; villages without house numbers (``quartier Mgombani,
  près du collège``, ``Lotissement Bellevue, lot 14``), ``97630 Mtsamboro``; the NIR of one born there
  (department 976, key by ``stdnum.fr.nir``); FR IBANs with the RIB key; 0269 landlines, 0639 mobiles.
- fr_DJ (Djibouti): ``Hasna Houssein Omar`` (given, father, grandfather), a quarter of the names in Arabic script;
  ``Quartier 7, près du marché``, ``Cité Hodan 2, villa 45``, ``BP 2345``; no postcode, no id, no IBAN; 77/21 numbers.
- en_VU (Vanuatu): ``Leimon Kalsakau``, ``Esline Tari``; ``Nambatu, behind the Chinese store``, ``Tagabe, Lot 12``,
  ``PO Box 456``; towns ``Port Vila``, ``Luganville``, ``Lenakel``; no postcode, no id; 7-digit mobiles, 5-digit
  landlines.
- en_SC (Seychelles): ``Marie-Celine Hoareau``, ``Wavel Payet``; districts and islands (``Anse Boileau, Mahé``,
  ``Mont Fleuri, opposite the clinic``, ``La Passe, La Digue``); no postcode, no id; 2xx xx xx mobiles.
- en_FK (Falkland Islands): ``Teslyn Betts``, ``Neil Jaffray``; ``12 Ross Road West``, settlements (``Port Howard
  Settlement``, ``Hill Cove, West Falkland``); the one postcode ``FIQQ 1ZZ``; no id; 5-digit numbers.
- fr_PM (Saint-Pierre-et-Miquelon): Basque and Breton names (``Detcheverry``, ``Apesteguy``, ``Briand``);
  ``12 rue Maréchal Foch``, ``route de Savoyard``; ``97500 Miquelon-Langlade``; the NIR (department 975); FR IBANs;
  6-digit numbers (41 landlines, 55 mobiles).
- mh_MH (Marshall Islands): ``Kitlang Kabua``, ``Casten deBrum``; ``Lot 45, Delap Village``, ``Uliga, near the
  RRE Hotel``, ``P.O. Box 1234``; ``Majuro, MH 96960``; no id; 7-digit numbers (455 / 625).
"""

from __future__ import annotations

import random
import types

import phonenumbers
from stdnum.fr import nir

NEW8_36 = ("en_KY", "fr_YT", "fr_DJ", "en_VU", "en_SC", "en_FK", "fr_PM", "mh_MH")
_S = str.split
# (male given, female given, surnames)
_NAMES = {
    "en_KY": (
        _S("Kadeem Deron Jovan Renford Kirkland Everton Winston Dwayne Alden Garth"),
        _S("Shanice Alanna Tiffany Leyda Marva Carla Rayal Cheryl Jodie-Ann Kerry"),
        _S(
            "Ebanks Bodden McLaughlin Connolly Powery Tibbetts Whittaker Rivers Merren Yates Scott Hydes "
            "Solomon Christian McCoy Jervis"
        ),
    ),
    "fr_YT": (
        _S("Anli Soilihi Ousséni Abdou Nassur Issouf Zoubert Mouhamadi Chamsidine Fahardine"),
        _S("Zaïnaba Mariama Faïza Echati Roukia Nadjati Anzizati Hadidja Mounira Sitti"),
        _S("Madi Ahamada Attoumani Boinali Houmadi Mohamadi Abdallah Combo Saïd Chanfi Boura Mdallah Soula"),
    ),
    "fr_DJ": (
        _S("Ahmed Mohamed Houssein Abdourahman Daher Moussa Kamil Ilyas Robleh Djama"),
        _S("Hasna Fatouma Amina Hibo Kadra Aïcha Nimo Deka Idil Zahra"),
        _S("Moussa Ali Omar Robleh Djama Houssein Hassan Abdillahi Elmi Bouh Waiss Farah Youssouf"),
    ),
    "en_VU": (
        _S("Joel Leimon Jimmy Kalo Willie Mackenzie Johnson Obed Ruben Nikenike"),
        _S("Roselyn Serah Esline Lisa Nancy Elsie Anne-Marie Jenny Mereani Florence"),
        _S("Kalsakau Natapei Tari Kalpokas Molisa Tabi Nako Toara Bule Kaltongga Mael Tamata Iaviniau Naupa Sope"),
    ),
    "en_SC": (
        _S("Jean-Paul Patrick Wavel Gerard Ronny Danny Jude Egbert Marcel Terence"),
        _S("Marie-Celine Jeanne Rosemary Sybil Marie-Ange Chantal Bernadette Lina Nadia Gina"),
        _S(
            "Hoareau Payet Labrosse Savy Moustache Confait Morel Bibi Lesperance Mondon Adrienne Pillay "
            "Barbé Dubel Ernesta"
        ),
    ),
    "en_FK": (
        _S("Tony Neil Keith Bill Robin Lewis Gavin Stuart Derek Troyd"),
        _S("Leona Jan Sally Tanya Teslyn Nicola Shula Roxanne Karen Glenda"),
        _S(
            "Betts Short Clifton Biggs Goss McKay Berntsen Summers Jaffray Pitaluga Poole Middleton Browning "
            "Ford Alazia"
        ),
    ),
    "fr_PM": (
        _S("Jean-Yves Yannick Loïc Pascal Erwan Gilles Rodrigue Xavier Bernard Hervé"),
        _S("Marie-Annick Gaëlle Solène Nadine Sylvie Maïté Annabelle Karine Danièle Ghislaine"),
        _S(
            "Detcheverry Girardin Briand Vigneau Lebailly Apesteguy Poirier Urdanabia Arrossamena Claireaux "
            "Lafitte Borotra Olano Hacala Reux"
        ),
    ),
    "mh_MH": (
        _S("Tony Jiba Alfred Casten Bwiij Mattlan Hemos Kessai Wilbur Lijon"),
        _S("Hilda Kitlang Daisy Neijon Jemi Rosania Biram Tarmina Abacca Lorine"),
        _S("Kabua Heine deBrum Zackhras Loeak Jetnil Langinbelik Riklon Lanki Kattil Anjain Lajuan Jorkan Bejang Note"),
    ),
}
# Arabic-script spellings a Djibouti register keeps beside the Latin one.
_AR = {"Ahmed": "أحمد", "Mohamed": "محمد", "Houssein": "حسين", "Moussa": "موسى", "Ali": "علي", "Omar": "عمر",
       "Hassan": "حسن", "Hasna": "حسناء", "Fatouma": "فاطمة", "Amina": "أمينة", "Aïcha": "عائشة", "Zahra": "زهراء",
       "Youssouf": "يوسف", "Farah": "فرح", "Abdourahman": "عبد الرحمن", "Ilyas": "إلياس", "Kamil": "كامل",
       "Abdillahi": "عبد الله", "Djama": "جامع", "Elmi": "علمي", "Robleh": "روبله", "Daher": "ظاهر"}  # fmt: skip
_TOWNS = {
    "en_KY": [
        ("George Town", "KY1"),
        ("West Bay", "KY1"),
        ("Bodden Town", "KY1"),
        ("Savannah", "KY1"),
        ("East End", "KY1"),
        ("North Side", "KY1"),
        ("Stake Bay", "KY2"),
        ("Blossom Village", "KY3"),
    ],
    "fr_YT": [
        ("Mamoudzou", "97600"),
        ("Kawéni", "97600"),
        ("Pamandzi", "97615"),
        ("Chirongui", "97620"),
        ("Mtsamboro", "97630"),
        ("Sada", "97640"),
        ("Bandraboua", "97650"),
        ("Tsingoni", "97680"),
        ("Kani-Kéli", "97625"),
        ("Chiconi", "97670"),
    ],
    "fr_DJ": [
        ("Djibouti", ""),
        ("Balbala", ""),
        ("Ali Sabieh", ""),
        ("Tadjourah", ""),
        ("Dikhil", ""),
        ("Obock", ""),
        ("Arta", ""),
    ],
    "en_VU": [
        ("Port Vila", ""),
        ("Luganville", ""),
        ("Lenakel", ""),
        ("Isangel", ""),
        ("Lakatoro", ""),
        ("Saratamata", ""),
        ("Mele Village", ""),
    ],
    "en_SC": [
        ("Anse Boileau, Mahé", ""),
        ("Beau Vallon, Mahé", ""),
        ("Takamaka, Mahé", ""),
        ("Victoria", ""),
        ("Baie Ste Anne, Praslin", ""),
        ("Grand Anse, Praslin", ""),
        ("La Passe, La Digue", ""),
    ],
    "en_FK": [
        ("Stanley", "FIQQ 1ZZ"),
        ("Goose Green", "FIQQ 1ZZ"),
        ("Fox Bay", "FIQQ 1ZZ"),
        ("Port Howard", "FIQQ 1ZZ"),
        ("Hill Cove", "FIQQ 1ZZ"),
    ],
    "fr_PM": [("Saint-Pierre", "97500"), ("Miquelon-Langlade", "97500")],
    "mh_MH": [("Majuro", "MH 96960"), ("Ebeye", "MH 96970"), ("Laura, Majuro", "MH 96960")],
}
_STREETS = {
    "en_KY": [
        "{n} Shedden Road",
        "{n} Walkers Road",
        "{n} Crewe Road",
        "{h}, off Bodden Town Road",
        "{h}, Shamrock Road",
        "P.O. Box {box}",
        "{n} Eastern Avenue",
        "{h}, North Church Street",
    ],
    "fr_YT": [
        "quartier Mgombani, près du collège",
        "Lotissement Bellevue, lot {n}",
        "rue de la Mosquée",
        "{n} rue du Commerce",
        "village de Hamjago, derrière la mosquée du vendredi",
        "BP {box}",
        "Résidence Les Badamiers, bât. {b}",
        "quartier Cavani Sud, case {n}",
    ],
    "fr_DJ": [
        "Quartier {q}, près du marché",
        "Cité Hodan {q}, villa {n}",
        "Haramous, villa {n}",
        "BP {box}",
        "Cité Einguela, lot {n}",
        "Avenue {q}, Quartier {q}",
        "Balbala, Cheikh Moussa, PK{q}",
    ],
    "en_VU": [
        "Nambatu, behind the Chinese store",
        "Tagabe, Lot {n}",
        "Freshwota {q}, near the church",
        "PO Box {box}",
        "Seaside Tongoa, opposite the nakamal",
        "Lot {n}, Bladiniere Estate",
        "Anamburu area",
    ],
    "en_SC": [
        "Mont Fleuri, opposite the clinic",
        "Les Mamelles, near the church",
        "PO Box {box}",
        "Bel Air, behind the school",
        "Roche Caiman, Block {b}, Flat {n}",
        "Mont Buxton",
        "La Louise",
    ],
    "en_FK": [
        "{n} Ross Road West",
        "{n} Drury Street",
        "{n} Fitzroy Road",
        "{h}, Davis Street",
        "Port Howard Settlement",
        "Hill Cove, West Falkland",
        "{n} John Street",
    ],
    "fr_PM": [
        "{n} rue Maréchal Foch",
        "{n} rue Boursaint",
        "route de Savoyard",
        "{n} rue Albert Briand",
        "rue Sœur Césarine, Miquelon",
        "BP {box}",
        "{n} rue du Général Leclerc",
    ],
    "mh_MH": [
        "Lot {n}, Delap Village",
        "Uliga, near the RRE Hotel",
        "Rita, behind the Assumption church",
        "P.O. Box {box}",
        "Long Island, Lot {n}",
        "Ajeltake, near the high school",
        "Jenrok Village",
    ],
}
_HOUSES = _S("Seagrape Sandpiper Casuarina Breadfruit Hibiscus Tamarind Frangipani Windward Sunrise Driftwood")
STREET_WORDS = frozenset({"road", "street", "avenue", "off", "p.o", "box", "po", "bp", "quartier", "lotissement",
                          "lot", "rue", "résidence", "bât", "village", "cité", "villa", "route", "near", "behind",
                          "opposite", "block", "flat", "case", "settlement", "estate", "area", "west"})  # fmt: skip
_MAIL = {
    "en_KY": "candw.ky",
    "fr_YT": "orange.fr",
    "fr_DJ": "intnet.dj",
    "en_VU": "vanuatu.com.vu",
    "en_SC": "seychelles.net",
    "en_FK": "horizon.co.fk",
    "fr_PM": "cheznoo.net",
    "mh_MH": "ntamar.net",
}
_IBAN_BANKS = {"fr_YT": ("12869", "11449"), "fr_PM": ("11006", "18719")}


def _phone(region: str, rng: random.Random, kind) -> phonenumbers.PhoneNumber:
    """A valid number of ``region`` and ``kind``: the example number's leading digits, the rest drawn."""
    ex = phonenumbers.example_number_for_type(region, kind)
    digits = str(ex.national_number)
    keep = 3 if len(digits) > 6 else 2
    for _ in range(200):
        national = digits[:keep] + "".join(str(rng.randint(0, 9)) for _ in digits[keep:])
        num = phonenumbers.parse(national, region) if region != "KY" else phonenumbers.parse("+1" + national)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return num
    return ex


def _nir(rng: random.Random, dob: str, female: bool, dept: str) -> str:
    """A French NIR of one born in ``dept`` (976 Mayotte, 975 Saint-Pierre-et-Miquelon), its key computed."""
    body = f"{2 if female else 1}{dob[2:4]}{dob[5:7]}{dept}{rng.randint(1, 17):02d}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    value = f"{body}{key:02d}"
    nir.validate(value)
    return value


def _fr_iban(locale: str, rng: random.Random) -> str:
    """An FR IBAN with its RIB key and mod-97 check."""
    bank = rng.choice(_IBAN_BANKS[locale])
    branch = f"{rng.randint(1, 99999):05d}"
    account = "".join(str(rng.randint(0, 9)) for _ in range(11))
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    bban = f"{bank}{branch}{account}{key:02d}"
    check = 98 - int(bban + "152700") % 97
    return f"FR{check:02d}{bban}"


def place(locale: str, rng: random.Random) -> tuple[str, str, str]:
    """(street line, postcode, town) as the place writes them; postcode "" where it writes none."""
    town, code = rng.choice(_TOWNS[locale])
    line = rng.choice(_STREETS[locale]).format(
        n=rng.randint(1, 180), h=rng.choice(_HOUSES), box=rng.randint(100, 39999), q=rng.randint(1, 7),
        b=rng.choice("ABCDE"))  # fmt: skip
    if locale == "en_KY":
        code = f"{code}-{code[2]}{rng.randint(0, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    return line, code, town


def whole_address(locale: str, street: str, postcode: str, town: str) -> str:
    """One cell with the whole address as the place writes it."""
    if locale in ("fr_YT", "fr_PM"):
        return f"{street}, {postcode} {town}"
    if postcode:
        return f"{street}, {town} {postcode}"
    return f"{street}, {town}"


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new locale with set 34's person fields (``first``, ``last``, ``full``, ``female``, ``dob``,
    ``email``, ``mobile``, ``landline``, ``street``, ``postcode``, ``town``, ``address``, ``nid``, ``iban``) and
    ``script`` (the name in Arabic script for some in Djibouti)."""
    male, female_names, family = _NAMES[locale]
    female = rng.random() < 0.5
    first = rng.choice(female_names if female else male)
    last = rng.choice(family)
    script = ""
    if locale == "fr_DJ":
        last = f"{rng.choice(family)} {last}" if rng.random() < 0.6 else last
        if rng.random() < 0.25 and first in _AR and all(w in _AR for w in last.split()):
            script = " ".join(_AR[w] for w in [first, *last.split()])
    year = rng.randint(2008, 2019) if child else rng.randint(1942, 2006)
    dob = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    region = locale[-2:]
    street, postcode, town = place(locale, rng)
    handle = f"{first}.{last}".lower().replace(" ", "").replace("-", "")
    handle = handle.translate(str.maketrans("àâäéèêëïîôöüçœ", "aaaeeeeiioouco"))
    domain = _MAIL[locale] if rng.random() < 0.4 else rng.choice(("gmail.com", "yahoo.com", "hotmail.com"))
    nid = ""
    if locale in ("fr_YT", "fr_PM"):
        nid = _nir(rng, dob, female, "976" if locale == "fr_YT" else "975")
    kinds = phonenumbers.PhoneNumberType
    return types.SimpleNamespace(
        first=first, last=last, full=f"{first} {last}", female=female, dob=dob,
        email=f"{handle}{rng.randint(1, 99) if rng.random() < 0.5 else ''}@{domain}",
        mobile=_phone(region, rng, kinds.MOBILE), landline=_phone(region, rng, kinds.FIXED_LINE),
        street=street, postcode=postcode, town=town, address=whole_address(locale, street, postcode, town),
        nid=nid, iban=_fr_iban(locale, rng) if locale in _IBAN_BANKS else None, locale=locale, script=script,
    )  # fmt: skip
