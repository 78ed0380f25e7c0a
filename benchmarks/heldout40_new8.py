"""Held-out set 40: people, addresses, ids, phones and e-mails of the eight locales no set used, written from the
places' own customs (none of these names or streets is in Faker).

- en_GU (Guam): Chamorro families (``Taitano``, ``Leon Guerrero``, ``Quinata``, ``Muña``, ``Unpingco``), Filipino
  and Korean ones (a Korean's name also in Hangul); villages (``Hagåtña``, ``Dededo``, ``Yigo``, ``Mangilao``,
  ``Inarajan``), ``Route 16``, ``Marine Corps Drive``, ``Chalan`` roads, a lot number or a landmark (``behind the
  Dededo Mayor's Office``), P.O. boxes; ZIPs 96910-96932 with ``GU``; NANP 671; the US SSN.
- en_MP (Northern Marianas): Chamorro and Refaluwasch (Carolinian) families (``Deleon Guerrero``, ``Kaipat``,
  ``Olopai``, ``Rogolifoi``, ``Hocog``), Chinese and Korean residents (in characters or Hangul too); Saipan's
  villages (``Garapan``, ``Susupe``, ``Chalan Kanoa``, ``Koblerville``, ``Kagman``), Tinian and Rota, ``Beach
  Road``, ``Middle Road``, ``Caller Box`` and ``PMB`` mail; ZIPs 96950-96952 with ``MP``; NANP 670; the US SSN.
- en_KN (Saint Kitts and Nevis): ``Liburd``, ``Skerritt``, ``Brantley``, ``Hanley``; Basseterre's streets
  (``Cayon Street``, ``Bay Road``, ``Fort Street``), villages (``Sandy Point``, ``Old Road``, ``Molineux``) and
  Nevis (``Charlestown``, ``Gingerland``), ``Taylor's Range``, ghauts; no postcode; NANP 869.
- en_VI (U.S. Virgin Islands): ``Petersen``, ``Donastorg``, ``Canegata``, ``Sprauve``, ``Encarnacion``; estates
  (``Plot 12 Estate Glynn``, ``Estate Tutu``, ``Estate La Grande Princesse``), Danish street names in Charlotte
  Amalie (``Kronprindsens Gade``, ``Norre Gade``), ``Company Street``, Christiansted; ZIPs ``00802``, ``00820``,
  ``00840``, ``00830`` with ``VI``; NANP 340; the US SSN.
- fr_MQ (Martinique): ``Lordinot``, ``Marie-Sainte``, ``Zobda``, ``Jean-Baptiste``, ``Moutoussamy``; quartiers and
  lieux-dits (``Quartier Bois-Neuf``, ``Route de Didier``, ``Cité Dillon``, ``Lotissement Les Hauts de Dillon``,
  ``Résidence Les Flamboyants, bât. C``), ``BP`` boxes; postcodes ``972xx`` (``97200 Fort-de-France``, ``97232
  Le Lamentin``); the NIR of one born there (department ``97`` and a ``2xx`` commune); FR IBANs; ``0596`` lines and
  ``0696`` mobiles (+596).
- en_LC (Saint Lucia): ``Jn Baptiste``, ``St. Rose``, ``Mathurin``, ``Monplaisir``; Castries' streets (``Jeremie
  Street``, ``Chaussee Road``), quarters (``La Clery``, ``Vide Bouteille``, ``Marchand``, ``Bois Patat``), villages
  (``Babonneau``, ``Dennery``, ``Laborie``); no postcode in use; NANP 758.
- nl_BQ (Bonaire): ``Martis``, ``Cicilia``, ``Janga``, ``Winklaar``, ``Domacassé``; ``Kaya`` streets (``Kaya
  Grandi 12``, ``Kaya Gobernador N. Debrot 71``), barios (``Antriol``, ``Nikiboko``, ``Tera Kora``, ``Rincon``); no
  postcode; +599 7 (``717`` lines, ``78x``/``79x``/``70x`` mobiles).
- en_GD (Grenada): ``La Grenade``, ``Calliste``, ``Lendore``, ``Ramdhanny``; ``Lot 25 Morne Jaloux``, ``Grand Anse
  Valley``, ``Lucas Street, St. George's``, ``opposite the nutmeg station, Gouyave``, Carriacou; no postcode;
  NANP 473.
"""

from __future__ import annotations

import datetime as dt
import random
import types

import phonenumbers
from stdnum import iban as stdiban
from stdnum.fr import nir as frnir

NEW8_40 = ("en_GU", "en_MP", "en_KN", "en_VI", "fr_MQ", "en_LC", "nl_BQ", "en_GD")
STREET_WORDS = frozenset({"road", "street", "drive", "route", "chalan", "lot", "estate", "plot", "gade", "gate",
                          "lane", "quartier", "cité", "lotissement", "résidence", "bât", "rue", "chemin", "kaya",
                          "box", "pmb", "caller", "bp", "valley", "hill", "ghaut", "avenue", "highway"})  # fmt: skip
_F, _M = 0, 1

_NAMES = {
    "en_GU": (("Maria", "Rosa", "Carmen", "Dolores", "Josephine", "Lourdes", "Bernadette", "Theresa", "Corazon", "Tina",
               "Annie", "Frances"),
              ("Jose", "Vicente", "Joaquin", "Jesus", "Ignacio", "Francisco", "Eddie", "Ricky", "Benny", "Antonio",
               "Ray", "Jojo"),
              ("Taitano", "Leon Guerrero", "Quinata", "Muña", "Unpingco", "Cruz", "Santos", "Camacho", "Aguon",
               "Borja", "San Nicolas", "Tenorio", "Quitugua", "Manibusan", "Charfauros", "Crisostomo", "Babauta",
               "Mendiola", "Dela Cruz", "Bautista", "Villanueva", "Duenas", "Blas", "Ungacta")),
    "en_MP": (("Rosalia", "Juanita", "Cynthia", "Evelyn", "Margarita", "Lucy", "Priscilla", "Bertha", "Ana"),
              ("Juan", "Benigno", "Ramon", "Pedro", "Lino", "Jerome", "Vicente", "Herman", "Edward"),
              ("Deleon Guerrero", "Kaipat", "Olopai", "Rogolifoi", "Hocog", "Sablan", "Tenorio", "Inos", "Atalig",
               "Taisakan", "Igitol", "Ogumoro", "Villagomez", "Babauta", "Hofschneider", "Apatang", "Manglona",
               "Palacios", "Mangarero", "Aldan")),
    "en_KN": (("Marcella", "Shirlene", "Cynthia", "Latoya", "Hyacinth", "Glenda", "Patrice", "Akilah", "Verna"),
              ("Denzil", "Lindsay", "Shawn", "Vance", "Kendrick", "Marvin", "Timothy", "Elvis", "Ansel"),
              ("Liburd", "Skerritt", "Brantley", "Hanley", "Maynard", "Douglas", "Amory", "Phipps", "Pemberton",
               "Claxton", "Hobson", "Morton", "Dore", "Wilkin", "Isaac", "Hendrickson", "Manners", "Powell")),
    "en_VI": (("Shanice", "Glenda", "Averil", "Yolanda", "Monique", "Ednita", "Carmelita", "Beulah", "Oriel"),
              ("Kareem", "Dwayne", "Jamal", "Alvin", "Cecil", "Kendall", "Osbert", "Luis", "Raymond"),
              ("Petersen", "Donastorg", "Canegata", "Sprauve", "Encarnacion", "Turnbull", "Farrelly", "Blyden",
               "Creque", "Roebuck", "Mapp", "Hodge", "Christian", "Francis", "O'Reilly", "Matthew", "Santiago")),
    "fr_MQ": (("Gwladys", "Murielle", "Nadège", "Sandrine", "Lucienne", "Ketty", "Rosemonde", "Emeline", "Marie-Line"),
              ("Jean-Claude", "Marcel", "Serge", "Ludovic", "Fabrice", "Teddy", "Steeve", "Loïc", "Jean-Michel"),
              ("Lordinot", "Marie-Sainte", "Zobda", "Jean-Baptiste", "Moutoussamy", "Bellance", "Monrose",
               "Saint-Cyr", "Montabord", "Cyrille", "Létang", "Rosine", "Bellemare", "Ursulet", "Charles-Angèle",
               "Ozier-Lafontaine", "Virassamy", "Chalcol", "Dorival", "Lutbert", "Zami")),
    "en_LC": (("Marcia", "Cheryl", "Therese", "Florence", "Gertrude", "Anelia", "Ermina", "Alvina", "Kerthney"),
              ("Kenny", "Allen", "Ubaldus", "Kentry", "Cuthbert", "Egbert", "Marius", "Shem", "Lucius"),
              ("Jn Baptiste", "St. Rose", "Mathurin", "Monplaisir", "Joseph", "Emmanuel", "Auguste", "Francois",
               "Cenac", "Hippolyte", "Gustave", "Lubin", "Jn Pierre", "St. Juste", "Alcide", "Fontenelle", "Modeste",
               "Gaillard", "Theophilus")),
    "nl_BQ": (("Shudayra", "Yolanda", "Marugia", "Esther", "Nathaly", "Raysa", "Xiomara", "Gisela", "Sharline"),
              ("Edsel", "Rudsel", "Elvis", "Clark", "Hubert", "Roderick", "Jairo", "Rignald", "Glenbert"),
              ("Martis", "Cicilia", "Janga", "Winklaar", "Domacassé", "Anthony", "Thode", "Frans", "Emerenciana",
               "Piar", "Soliana", "Mercera", "Bernabela", "Everts", "Nicolaas", "Clarenda", "Rijna", "Thielman",
               "Coffie")),
    "en_GD": (("Sandra", "Delma", "Arlene", "Claudette", "Nickisha", "Tessa", "Yvonne", "Merle", "Kathy-Ann"),
              ("Keith", "Dickon", "Kirani", "Tillman", "Glen", "Lennox", "Nazim", "Dexter", "Terrence"),
              ("La Grenade", "Calliste", "Lendore", "Ramdhanny", "Mitchell", "Noel", "Antoine", "Baptiste", "Belmar",
               "Hosten", "Alexis", "Renwick", "Lalsee", "Mahon", "Fletcher", "Modeste", "Sylvester", "Steele")),
}  # fmt: skip
# Residents whose names are written in another script too (Latin form, characters or Hangul).
_OTHER_SCRIPT = {
    "en_GU": (("Park Ji-hoon", "박지훈", _M), ("Kim Soo-jin", "김수진", _F), ("Lee Min-ho", "이민호", _M),
              ("Choi Eun-ji", "최은지", _F), ("Tanaka Hiroshi", "田中浩", _M)),
    "en_MP": (("Wang Fang", "王芳", _F), ("Li Jun", "李军", _M), ("Zhang Wei", "张伟", _M), ("Chen Li", "陈莉", _F),
              ("Kim Min-jun", "김민준", _M), ("Park Seo-yeon", "박서연", _F), ("Liu Yang", "刘洋", _M)),
}  # fmt: skip

_PLACES = {
    "en_GU": (
        ("Hagåtña", "96910"), ("Tamuning", "96913"), ("Dededo", "96929"), ("Yigo", "96929"), ("Mangilao", "96913"),
        ("Barrigada", "96913"), ("Sinajana", "96910"), ("Agat", "96915"), ("Santa Rita", "96915"),
        ("Yona", "96915"), ("Talofofo", "96915"), ("Inarajan", "96917"), ("Merizo", "96916"), ("Agana Heights",
        "96910"), ("Chalan Pago", "96910"), ("Mongmong", "96910"),
    ),
    "en_MP": (("Garapan", "96950"), ("Susupe", "96950"), ("Chalan Kanoa", "96950"), ("San Antonio", "96950"),
              ("Koblerville", "96950"), ("Kagman", "96950"), ("Tanapag", "96950"), ("Capitol Hill", "96950"),
              ("San Vicente", "96950"), ("San Jose, Tinian", "96952"), ("Songsong, Rota", "96951")),
    "en_KN": (("Basseterre", ""), ("Sandy Point", ""), ("Old Road", ""), ("Cayon", ""), ("Molineux", ""),
              ("Tabernacle", ""), ("Dieppe Bay", ""), ("Saddlers", ""), ("Charlestown, Nevis", ""),
              ("Gingerland, Nevis", ""), ("Cotton Ground, Nevis", "")),
    "en_VI": (("Charlotte Amalie, St. Thomas", "00802"), ("St. Thomas", "00802"), ("Christiansted, St. Croix",
              "00820"), ("Frederiksted, St. Croix", "00840"), ("Kingshill, St. Croix", "00850"),
              ("Cruz Bay, St. John", "00830")),
    "fr_MQ": (("Fort-de-France", "97200"), ("Le Lamentin", "97232"), ("Schœlcher", "97233"), ("Le Robert", "97231"),
              ("Le François", "97240"), ("Sainte-Marie", "97230"), ("Le Marin", "97290"), ("Ducos", "97224"),
              ("Rivière-Pilote", "97211"), ("Saint-Pierre", "97250"), ("La Trinité", "97220"), ("Le Vauclin", "97280"),
              ("Les Trois-Îlets", "97229"), ("Sainte-Luce", "97228")),
    "en_LC": (("Castries", ""), ("Gros Islet", ""), ("Babonneau", ""), ("Dennery", ""), ("Micoud", ""),
              ("Vieux Fort", ""), ("Soufriere", ""), ("Laborie", ""), ("Choiseul", ""), ("Anse La Raye", "")),
    "nl_BQ": (("Kralendijk", ""), ("Antriol", ""), ("Nikiboko", ""), ("Tera Kora", ""), ("Rincon", ""),
              ("Hato", ""), ("Belnem", ""), ("Nort Saliña", ""), ("Sabadeco", "")),
    "en_GD": (("St. George's", ""), ("Grand Anse", ""), ("Morne Jaloux", ""), ("Grenville", ""), ("Gouyave", ""),
              ("Victoria", ""), ("Sauteurs", ""), ("Hillsborough, Carriacou", ""), ("Calliste", "")),
}  # fmt: skip
_STREETS = {
    "en_GU": ("{n} Chalan Kareta", "{n} Marine Corps Drive", "{n} Route 16", "Lot {n}, Chalan Balako", "{n} Army Drive",
              "{n} Ypao Road", "{n} Chalan San Antonio", "Perez Acres Lot {n}", "behind the Mayor's Office",
              "{n} Gov. Carlos G. Camacho Road", "P.O. Box {b}", "{n} Santa Cruz Lane", "near the Ypao Beach gate"),
    "en_MP": ("Beach Road", "Middle Road", "{n} Chalan Pale Arnold", "Isa Drive", "Wallace Highway, Lot {n}",
              "Caller Box {b}", "PMB {n} Box 10000", "P.O. Box {b}", "near Joeten Susupe", "{n} Tun Hesus Camacho St"),
    "en_KN": ("Cayon Street", "{n} Bay Road", "Fort Street", "{n} Victoria Road", "Taylor's Range",
              "Upper Cayon Street", "Lime Kiln", "behind the Cenotaph", "Wellington Road", "P.O. Box {b}",
              "Barnes Ghaut", "Main Street"),
    "en_VI": ("Plot {n} Estate Glynn", "{n} Estate Tutu", "Estate La Grande Princesse {n}", "{n} Kronprindsens Gade",
              "{n} Norre Gade", "{n} Company Street", "Estate Bovoni {n}", "{n}-{c} Estate Mon Bijou",
              "P.O. Box {b}", "{n} King Street", "Anna's Retreat {n}"),
    "fr_MQ": ("Quartier Bois-Neuf", "{n} route de Didier", "Cité Dillon", "Lotissement Les Hauts de Dillon, lot {n}",
              "{n} rue Victor Hugo", "{n} boulevard du Général de Gaulle", "Résidence Les Flamboyants, bât. {L}",
              "Quartier Palmiste", "chemin de Fond Denis", "{n} rue Ernest Deproge", "BP {b}", "Morne Rouge"),
    "en_LC": ("Jeremie Street", "{n} Chaussee Road", "La Clery", "Vide Bouteille", "Marchand", "Bois Patat",
              "{n} Brazil Street", "Morne du Don", "Sunny Acres", "P.O. Box {b}", "Monchy Road", "Bridge Street"),
    "nl_BQ": ("Kaya Grandi {n}", "Kaya Gobernador N. Debrot {n}", "Kaya Korona {n}", "Kaya Amsterdam {n}",
              "Kaya Industria {n}", "Kaya Nikiboko Zuid {n}", "Kaya Prinses Marie {n}", "Kaya L.D. Gerharts {n}",
              "Kaya Papago {n}"),
    "en_GD": ("Lot {n} Morne Jaloux", "Grand Anse Valley", "Lucas Street", "{n} Tyrrel Street", "Young Street",
              "opposite the nutmeg station", "Grand Etang Road", "Lance aux Epines", "True Blue", "P.O. Box {b}",
              "Melville Street"),
}  # fmt: skip
_CC = {"en_GU": "GU", "en_MP": "MP", "en_VI": "VI"}
_NATION = {"en_KN": "St. Kitts", "en_LC": "Saint Lucia", "nl_BQ": "Bonaire", "en_GD": "Grenada"}
_PHONES = {  # (lines, mobiles): national-number prefixes, the rest drawn and checked by ``phonenumbers``
    "en_GU": (("671472", "671477", "671632", "671646", "671734"), ("671687", "671688", "671483", "671777", "671898")),
    "en_MP": (("670234", "670235", "670256", "670433"), ("670285", "670287", "670483", "670788", "670989")),
    "en_KN": (("869465", "869466", "869469"), ("869662", "869664", "869762", "869763", "869556")),
    "en_VI": (("340774", "340776", "340778", "340773"), ("340690", "340643", "340626", "340513")),
    "fr_MQ": (("59663", "59660", "59651", "59650"), ("69645", "69622", "69628", "69670")),
    "en_LC": (("758452", "758453", "758454"), ("758284", "758285", "758712", "758720", "758519")),
    "nl_BQ": (("7178", "7175", "7172"), ("7801", "7851", "7963", "7000")),
    "en_GD": (("473440", "473444", "473435", "473438"), ("473403", "473405", "473414", "473420", "473456")),
}  # fmt: skip
_DOMAINS = {"en_GU": ("gmail.com", "yahoo.com", "guam.gov", "ite.net"),
            "en_MP": ("gmail.com", "pticom.com", "yahoo.com"), "en_KN": ("gmail.com", "sisterisles.kn", "hotmail.com"),
            "en_VI": ("gmail.com", "viaccess.net", "yahoo.com"),
            "fr_MQ": ("orange.fr", "wanadoo.fr", "gmail.com", "outremer-telecom.fr"),
            "en_LC": ("gmail.com", "candw.lc", "hotmail.com"), "nl_BQ": ("gmail.com", "telbo.net", "flamingotv.net"),
            "en_GD": ("gmail.com", "spiceisle.com", "hotmail.com")}  # fmt: skip
_MQ_COMMUNES = {"Fort-de-France": "209", "Le Lamentin": "213", "Schœlcher": "229", "Le Robert": "228",
                "Le François": "210", "Sainte-Marie": "228", "Le Marin": "217", "Ducos": "207"}  # fmt: skip


def _phone(locale: str, rng: random.Random, mobile: bool) -> phonenumbers.PhoneNumber:
    code = phonenumbers.country_code_for_region(locale.split("_")[1])
    prefixes = _PHONES[locale][1 if mobile else 0]
    length = 10 if code == 1 else 9 if locale == "fr_MQ" else 7
    for _ in range(500):
        pre = rng.choice(prefixes)
        digits = pre + "".join(str(rng.randint(0, 9)) for _ in range(length - len(pre)))
        num = phonenumbers.parse(f"+{code}{digits}")
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == locale.split("_")[1]:
            return num
    raise ValueError(locale)


def _ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def _nir(female: bool, dob: dt.date, town: str, rng: random.Random) -> str:
    body = f"{2 if female else 1}{dob.year % 100:02d}{dob.month:02d}97{_MQ_COMMUNES.get(town, '209')}"
    body += f"{rng.randint(1, 999):03d}"
    key = frnir.calc_check_digits(body)
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key}"


def _fr_iban(rng: random.Random) -> str:
    bank = rng.choice(("11315", "12006", "16028", "20041", "30004", "19806"))
    bban = bank + "".join(str(rng.randint(0, 9)) for _ in range(16))
    bban += f"{rng.randint(0, 96):02d}"
    check = stdiban.calc_check_digits("FR00" + bban)
    return f"FR{check}{bban}"


def place(locale: str, rng: random.Random) -> tuple[str, str, str]:
    """(street, postcode, town) as people of the place write them: a road with or without a number, an estate or
    lot, a quartier or a landmark with no number, now and then a P.O. box; the postcode empty where the place has
    none."""
    town, postcode = rng.choice(_PLACES[locale])
    street = rng.choice(_STREETS[locale]).format(n=rng.randint(1, 240), b=rng.randint(100, 9999),
                                                 c=rng.choice("ABC"), L=rng.choice("ABCDEF"))  # fmt: skip
    return street, postcode, town


def whole_address(locale: str, street: str, postcode: str, town: str) -> str:
    """The address in one cell, in the place's order."""
    if locale in _CC:
        return f"{street}, {town}, {_CC[locale]} {postcode}"
    if locale == "fr_MQ":
        return f"{street}, {postcode} {town}"
    return f"{street}, {town}, {_NATION[locale]}"


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new-8 locale, with the attributes of the earlier sets' people (``first``, ``last``,
    ``full``, ``female``, ``dob``, ``email``, ``mobile``, ``landline``, ``street``, ``postcode``, ``town``,
    ``address``, ``nid``, ``iban``, ``locale``, ``script``, ``alt``)."""
    alt = None
    if locale in _OTHER_SCRIPT and rng.random() < 0.25:
        latin, alt, sex = rng.choice(_OTHER_SCRIPT[locale])
        last, first = latin.split(" ", 1)
        full = f"{first} {last}"
        female = sex == _F
    else:
        fem, mal, lasts = _NAMES[locale]
        female = rng.random() < 0.5
        first, last = rng.choice(fem if female else mal), rng.choice(lasts)
        full = f"{first} {last}"
    age = rng.randint(3, 15) if child else rng.randint(19, 88)
    dob = dt.date(2026 - age, rng.randint(1, 12), rng.randint(1, 28))
    street, postcode, town = place(locale, rng)
    user = f"{first}.{last}".lower().replace(" ", "").replace("'", "").replace("ñ", "n")
    if rng.random() < 0.4:
        user = f"{first[0]}{last}{rng.randint(1, 99)}".lower().replace(" ", "").replace("'", "").replace("ñ", "n")
    email = f"{user}@{rng.choice(_DOMAINS[locale])}".replace("é", "e").replace("è", "e").replace("ï", "i")
    nid = None
    if locale in ("en_GU", "en_MP", "en_VI"):
        nid = _ssn(rng)
    elif locale == "fr_MQ" and rng.random() < 0.8:
        nid = _nir(female, dob, town, rng)
    return types.SimpleNamespace(
        first=first, last=last, full=full, female=female, dob=dob, email=email,
        mobile=_phone(locale, rng, True), landline=_phone(locale, rng, False), street=street, postcode=postcode,
        town=town, address=whole_address(locale, street, postcode, town), nid=nid,
        iban=_fr_iban(rng) if locale == "fr_MQ" else None, locale=locale, script="", alt=alt,
    )  # fmt: skip
