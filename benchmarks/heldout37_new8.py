"""Held-out set 37: people, addresses, ids, phones, e-mails and IBANs of the eight locales no set used, written from
the places' own customs (none of these names or streets is in Faker).

- en_TC (Turks and Caicos Islands): ``Lormeka Missick``, ``Delroy Forbes``; roads and settlements without house
  numbers (``Leeward Highway, Long Bay``, ``Kew Town, near the clinic``), ``P.O. Box 123, Grand Turk``; the one
  postcode ``TKCA 1ZZ``; NANP 649 numbers; no id written.
- fr_WF (Wallis and Futuna): ``Petelo Tuugahala``, ``Malia Lauhea``; villages of the three districts (``Hahake``,
  ``Hihifo``, ``Mua``, ``Alo``, ``Sigave``), ``village de Liku, près de l'église``; ``98600 Mata-Utu`` /
  ``98620 Leava``; the NIR of one born there (``98`` then the commune, key by ``stdnum.fr.nir``); FR IBANs; 6-digit
  numbers (72 landlines, 82/83 mobiles).
- en_NR (Nauru): ``Sprent Dabwido``, ``Charmaine Aingimea``; districts (``Denigomodu``, ``Aiwo``, ``Meneng``),
  ``Location, Block 12``; no postcode, no id; 444 landlines, 55x/8xx mobiles.
- fr_KM (Comoros): ``Said Ahmed Soilihi`` (given, father's name), some names in Arabic script; ``Moroni,
  quartier Magoudjou``, ``Mutsamudu, Anjouan``, ``BP 1234``; no postcode, no id, no IBAN; 3xx/4xx mobiles, 77x lines.
- en_AI (Anguilla): ``Palmavon Gumbs``, ``Kenswick Richardson``; villages (``The Valley``, ``Island Harbour``,
  ``Blowing Point``), ``P.O. Box 1101``; ``AI-2640``; NANP 264 numbers.
- en_MS (Montserrat): Irish-derived names (``Tuitt``, ``Skerritt``, ``Meade``, ``Buffonge``); the north only
  (``Brades``, ``Davy Hill``, ``Salem``, ``Look Out``); ``MSR1110``-style postcodes; NANP 664 numbers.
- en_TV (Tuvalu): ``Kausea Natano``, ``Pelenike Seluka``; islets and villages (``Vaiaku, Funafuti``, ``Alapi, near
  the Falekaupule``, ``Nanumea Island``); no postcode, no id; 5-digit landlines, 6- and 7-digit mobiles.
- pt_GW (Guinea-Bissau): ``Aissatu Baldé``, ``Domingos Có``; ``Bairro de Bandim``, ``Rua Justino Lopes 23``,
  ``Avenida Amílcar Cabral, perto do mercado``; ``1000 Bissau`` for some; 95x/96x mobiles, 443 lines.
"""

from __future__ import annotations

import datetime as dt
import random
import types

import phonenumbers
from stdnum import iban as std_iban
from stdnum.fr import nir

NEW8_37 = ("en_TC", "fr_WF", "en_NR", "fr_KM", "en_AI", "en_MS", "en_TV", "pt_GW")

# (female given names, male given names, surnames)
_NAMES = {
    "en_TC": (["Lormeka", "Shaniqua", "Lillian", "Doneisha", "Akierra", "Coralee", "Valarie", "Desiree", "Taquanda",
               "Rachel", "Wendolyn", "Mavis"],
              ["Delroy", "Washington", "Clifford", "Rufus", "Oswald", "Kendrick", "Wendal", "Ormond", "Norman",
               "Hilly", "Goldray", "Royal"],
              ["Missick", "Forbes", "Gardiner", "Stubbs", "Handfield", "Ewing", "Lightbourne", "Delancy", "Garland",
               "Saunders", "Malcolm", "Astwood", "Been", "Talbot", "Higgs", "Swann", "Basden", "Outten"]),
    "fr_WF": (["Malia", "Losa", "Kalolaine", "Sulia", "Telesia", "Sosefina", "Akenese", "Felisita", "Marie-Jeanne",
               "Apolonia", "Soana", "Lusia"],
              ["Petelo", "Sosefo", "Soane", "Atonio", "Mikaele", "Felise", "Kamilo", "Tomasi", "Jean-Baptiste",
               "Sione", "Malakai", "Napole"],
              ["Tuugahala", "Lauhea", "Taofifenua", "Tialetagi", "Fulilagi", "Manufekai", "Ikai", "Vaitanaki",
               "Tuikalepa", "Mulikihaamea", "Takaniua", "Falelavaki", "Kulimoetoke", "Polelei", "Tauvale", "Liufau"]),
    "en_NR": (["Charmaine", "Isabella", "Kinza", "Ruby", "Shanelle", "Tawaki", "Marlene", "Renata", "Roxanne",
               "Lenora", "Dulcie", "Evangeline"],
              ["Sprent", "Baron", "Ludwig", "Marcus", "Lionel", "Valdon", "Rennier", "Shadlog", "Delvin", "Russ",
               "Jesse", "Riddell"],
              ["Dabwido", "Aingimea", "Adeang", "Scotty", "Waqa", "Kun", "Detenamo", "Deiye", "Dowiyogo", "Bop",
               "Amwano", "Agir", "Itsimaera", "Kepae", "Ribauw", "Gioura", "Eoe", "Harris"]),
    "fr_KM": (["Fatima", "Zaharia", "Nasra", "Anfiat", "Hadidja", "Charifa", "Djamila", "Toiwilou", "Faouzia",
               "Mariama", "Echata", "Sitti"],
              ["Said", "Ahmed", "Mohamed", "Soilihi", "Mmadi", "Ibrahim", "Moustoifa", "Houmadi", "Abdallah",
               "Youssouf", "Djaanfar", "Nassuf"],
              ["Abdou", "Ali", "Mohamed", "Said", "Youssouf", "Soilihi", "Hassani", "Msa", "Madi", "Houmadi",
               "Chamssidine", "Oumouri", "Bacar", "Djoumoi", "Attoumane", "Mbaé", "Ahmed", "Abdallah"]),
    "en_AI": (["Palmavon", "Evalie", "Dee-Ann", "Quincia", "Cora", "Shellya", "Tiffany", "Rhonda", "Orealia",
               "Kathleen", "Lolita", "Joycelyn"],
              ["Kenswick", "Cardigan", "Ellis", "Haydn", "Kennedy", "Josiah", "Kyle", "Evans", "Othlyn",
               "Palmer", "Victor", "Jerome"],
              ["Richardson", "Hodge", "Gumbs", "Webster", "Connor", "Fleming", "Lake", "Harrigan", "Carty",
               "Rogers", "Banks", "Brooks", "Hughes", "Romney", "Mussington", "Bryan", "Carter", "Proctor"]),
    "en_MS": (["Shirley", "Veronica", "Ingrid", "Sharmaine", "Vereen", "Claudette", "Marcia", "Judith",
               "Yolanda", "Avril", "Oriel", "Margaret"],
              ["Reuben", "Donaldson", "Claude", "Easton", "Lowell", "Keithly", "Alphonsus", "Chedmond", "Rupert",
               "Vernon", "Dwight", "Kenroy"],
              ["Tuitt", "Skerritt", "Meade", "Buffonge", "Allen", "Daley", "Farrell", "Fenton", "Greenaway", "Irish",
               "Osborne", "Ryan", "Sweeney", "Cassell", "Riley", "Romeo", "Joseph", "Lee"]),
    "en_TV": (["Pelenike", "Losaline", "Filoimea", "Lupe", "Manaema", "Sialei", "Tauaasa", "Salote", "Malele",
               "Teuleala", "Pulafagu", "Siueni"],
              ["Kausea", "Enele", "Feleti", "Taukelina", "Saufatu", "Namoliki", "Selu", "Isaia", "Monise",
               "Fakavae", "Tinilau", "Apisai"],
              ["Natano", "Seluka", "Sopoaga", "Ielemia", "Telito", "Tafaki", "Puapua", "Italeli", "Paeniu", "Tomu",
               "Teo", "Kofe", "Enele", "Maheu", "Lotoala", "Faavae", "Tauia", "Homasi"]),
    "pt_GW": (["Aissatu", "Fátima", "Binta", "Cadi", "Adiato", "Filomena", "Djenabu", "Sónia", "Nhima", "Maimuna",
               "Domingas", "Quinta"],
              ["Domingos", "Aristides", "Umaro", "Mamadu", "Malam", "Nuno", "Quintino", "Armando", "Braima",
               "Fernando", "Iancuba", "Sadjo"],
              ["Có", "Cá", "Djaló", "Baldé", "Mané", "Sambú", "Indjai", "Nhaga", "Té", "Biague", "Pereira",
               "Correia", "Mendes", "Lopes", "Nancassa", "Sanca", "Nanque", "Embaló"]),
}  # fmt: skip

# Comorian names in Arabic script (as some write them).
_AR = {"Said": "سعيد", "Ahmed": "أحمد", "Mohamed": "محمد", "Ibrahim": "إبراهيم", "Youssouf": "يوسف",
       "Abdallah": "عبد الله", "Fatima": "فاطمة", "Hadidja": "خديجة", "Mariama": "مريم", "Ali": "علي",
       "Hassani": "حسني", "Abdou": "عبده", "Djamila": "جميلة", "Nasra": "نصرة"}  # fmt: skip

# (places as written, postcodes or None, towns)
_TOWNS = {
    "en_TC": ["Providenciales", "Grand Turk", "North Caicos", "Middle Caicos", "South Caicos", "Salt Cay"],
    "fr_WF": ["Mata-Utu", "Leava", "Alo", "Mua", "Hihifo", "Hahake"],
    "en_NR": ["Denigomodu", "Aiwo", "Meneng", "Yaren", "Boe", "Anibare", "Ewa", "Buada", "Nibok", "Uaboe"],
    "fr_KM": ["Moroni", "Mutsamudu", "Fomboni", "Mitsamiouli", "Domoni", "Iconi", "Foumbouni", "Ouani"],
    "en_AI": ["The Valley", "Island Harbour", "Blowing Point", "Sandy Ground", "East End", "West End",
              "South Hill", "North Side", "Stoney Ground", "George Hill"],
    "en_MS": ["Brades", "Davy Hill", "Salem", "Look Out", "St John's", "Olveston", "Woodlands", "Cudjoe Head",
              "St Peter's", "Baker Hill"],
    "en_TV": ["Funafuti", "Nanumea", "Nanumaga", "Niutao", "Nui", "Vaitupu", "Nukufetau", "Nukulaelae"],
    "pt_GW": ["Bissau", "Bafatá", "Gabú", "Cacheu", "Canchungo", "Bolama", "Bubaque", "Mansôa", "Catió"],
}  # fmt: skip
_STREETS = {
    "en_TC": ["{n} Leeward Highway", "Leeward Highway, Long Bay", "Kew Town, near the clinic", "Five Cays Road",
              "Blue Hills Road, opposite the church", "{n} Front Street", "Pond Street", "Bottle Creek",
              "Whitby, behind the primary school", "Cockburn Harbour, Tower Hill", "Chalk Sound Drive",
              "P.O. Box {box}"],
    "fr_WF": ["village de Liku, près de l'église", "Vaitupu, route du bord de mer", "Mala'efo'ou",
              "Lavegahau, derrière la chefferie", "Teesi", "Ha'afuasia", "Poi, route de Tamana", "Ninive",
              "Vailala, en face du fale", "BP {box}"],
    "en_NR": ["Location, Block {n}", "Location, House {n}", "near the Civic Centre", "behind Capelle & Partner",
              "Menen Hotel road", "Topside, near the dump", "opposite Ronnie's store", "Ewa, house {n}",
              "next to the Catholic church", "Government Settlement {n}"],
    "fr_KM": ["quartier Magoudjou", "Coulée, près de la mosquée du vendredi", "quartier Hadoudja",
              "route de la Corniche", "Caltex, en face de la pharmacie", "Mavouna", "quartier Hamramba",
              "place Badjanani", "Zilimadjou, rue {n}", "BP {box}"],
    "en_AI": ["Long Path", "{n} Rock Farm Road", "Albert Lake Drive", "Wallblake Road, near the church",
              "Crocus Bay Road", "Farrington", "Shoal Bay Village", "Lower South Hill, opposite the school",
              "North Hill", "P.O. Box {box}"],
    "en_MS": ["Brades Main Road", "Little Bay", "{n} Hill Top", "Davy Hill, by the bus stop", "Lime Kiln Road",
              "Drummonds", "Sweeney's", "Manjack, near the shop", "Frith", "P.O. Box {box}"],
    "en_TV": ["Vaiaku", "Alapi, near the Falekaupule", "Fakaifou, behind the church", "Senala", "Lofeagai",
              "Teone", "Tekavatoetoe", "Vaiaku, by the airstrip", "PO Box {box}"],
    "pt_GW": ["Bairro de Bandim", "Rua Justino Lopes {n}", "Avenida Amílcar Cabral, perto do mercado",
              "Bairro Militar, perto da escola", "Bairro de Cuntum", "Rua Eduardo Mondlane {n}", "Bairro de Belém",
              "Estrada de Bor, casa {n}", "Bairro de Missirá", "Caixa Postal {box}"],
}  # fmt: skip
STREET_WORDS = frozenset({"village", "road", "highway", "drive", "street", "path", "box", "bp", "block", "house",
                          "quartier", "route", "rue", "bairro", "rua", "avenida", "estrada", "casa", "caixa",
                          "postal", "lot", "near", "behind", "opposite", "de", "du", "da"})  # fmt: skip
_POST = {"en_TC": lambda rng, t: "TKCA 1ZZ",
         "fr_WF": lambda rng, t: {"Leava": "98620", "Alo": "98610"}.get(t, "98600"),
         "en_AI": lambda rng, t: "AI-2640",
         "en_MS": lambda rng, t: f"MSR{rng.choice([1110, 1120, 1210, 1220, 1230, 1250, 1310, 1350])}",
         "pt_GW": lambda rng, t: "1000" if t == "Bissau" and rng.random() < 0.5 else ""}  # fmt: skip
_MAIL = {
    "en_TC": ["gmail.com", "tciway.tc", "yahoo.com", "hotmail.com"],
    "fr_WF": ["mail.wf", "gmail.com", "yahoo.fr"],
    "en_NR": ["cenpac.net.nr", "gmail.com", "yahoo.com"],
    "fr_KM": ["comorestelecom.km", "gmail.com", "yahoo.fr"],
    "en_AI": ["anguillanet.com", "gmail.com", "hotmail.com"],
    "en_MS": ["candw.ms", "gmail.com", "yahoo.com"],
    "en_TV": ["tuvalu.tv", "gmail.com", "yahoo.com"],
    "pt_GW": ["gmail.com", "hotmail.com", "yahoo.com.br"],
}
# (mobile prefixes, mobile length after prefix, landline prefixes, landline length after prefix)
_PLANS = {
    "en_TC": (["649231", "649232", "649241", "649243", "649244", "649245", "649246", "649247", "649331", "649333"],
              4, ["649946", "649941", "649950", "649266"], 4),
    "fr_WF": (["82", "83"], 4, ["72"], 4),
    "en_NR": (["553", "554", "555", "556", "557", "558"], 4, ["444"], 4),
    "fr_KM": (["32", "33", "34", "36", "39", "43", "47"], 5, ["773", "763", "772", "771"], 4),
    "en_AI": (["264235", "264476", "264477", "264581", "264582", "264583", "264729", "264772"], 4,
              ["264497", "264498", "264461", "264462"], 4),
    "en_MS": (["664492", "664493", "664495", "664496", "664349"], 4, ["664491", "664410", "664411"], 4),
    "en_TV": (["70", "71", "90"], 4, ["20", "22", "23", "25"], 3),
    "pt_GW": (["955", "956", "966", "969", "977"], 6, ["443"], 6),
}  # fmt: skip


def _number(rng: random.Random, locale: str, mobile: bool) -> phonenumbers.PhoneNumber:
    """A number of the place's plan, valid by ``phonenumbers`` (drawn again until it is)."""
    reg = locale.split("_")[1]
    mob, mlen, fix, flen = _PLANS[locale]
    prefixes, length = (mob, mlen) if mobile else (fix, flen)
    for _ in range(200):
        digits = rng.choice(prefixes) + "".join(str(rng.randint(0, 9)) for _ in range(length))
        if locale == "en_TV" and digits.startswith("7"):  # 7-digit mobiles: 70x / 71x + 4
            digits += str(rng.randint(0, 9))
        num = phonenumbers.parse(digits if not digits.startswith(("649", "264", "664")) else "+1" + digits, reg)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == reg:
            return num
    return phonenumbers.example_number_for_type(reg, phonenumbers.PhoneNumberType.MOBILE)


def place(locale: str, rng: random.Random) -> tuple[str, str, str]:
    """(street line, postcode, town) as the place writes them; postcode "" where it writes none."""
    town = rng.choice(_TOWNS[locale])
    options = _STREETS[locale]
    if locale == "en_TV" and town != "Funafuti":  # the outer islands: the village by its landmark
        options = ["near the maneapa", "by the church", "house {n}", "behind the school", "PO Box {box}"]
    street = rng.choice(options).format(n=rng.randint(1, 60), box=rng.randint(100, 4999))
    post = _POST.get(locale, lambda r, t: "")(rng, town)
    return street, post, town


def whole_address(locale: str, street: str, postcode: str, town: str) -> str:
    """One cell with the whole address as the place writes it."""
    if locale == "en_TC":
        return f"{street}, {town}, Turks and Caicos Islands {postcode}".strip()
    if locale == "fr_WF":
        return f"{street}, {postcode} {town}, Wallis-et-Futuna"
    if locale == "en_AI":
        return f"{street}, {town}, Anguilla {postcode}"
    if locale == "en_MS":
        return f"{street}, {town}, Montserrat {postcode}"
    if locale == "fr_KM":
        island = {"Mutsamudu": "Anjouan", "Domoni": "Anjouan", "Ouani": "Anjouan", "Fomboni": "Mohéli"}
        return f"{street}, {town}, {island.get(town, 'Grande Comore')}"
    if locale == "pt_GW":
        return f"{street}, {(postcode + ' ') if postcode else ''}{town}"
    if locale == "en_TV":
        return f"{street}, {town}, Tuvalu"
    return f"{street}, {town} District, Nauru"


def _nid(rng: random.Random, female: bool, born: dt.date) -> str:
    """The NIR of one born in Wallis and Futuna (department 98, commune 611-613), key by ``stdnum.fr.nir``."""
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}98{rng.choice(['611', '612', '613'])}"
    body += f"{rng.randint(1, 999):03d}"
    return body + nir.calc_check_digits(body)


def _fr_iban(rng: random.Random) -> str:
    """A French IBAN (bank, branch, account, RIB key) with its check digits."""
    bank, branch = rng.choice(["17939", "14518", "12548"]), f"{rng.randint(0, 99999):05d}"
    account = f"{rng.randint(0, 10**11 - 1):011d}"
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    bban = f"{bank}{branch}{account}{key:02d}"
    return "FR" + std_iban.calc_check_digits("FR??" + bban) + bban


def _ascii(text: str) -> str:
    table = str.maketrans("éóúíáàãçôêâ'", "eouiaaacoea-")
    return text.lower().translate(table).replace(" ", "").replace("-", "")


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new locale with set 36's person fields (``first``, ``last``, ``full``, ``female``, ``dob``,
    ``email``, ``mobile``, ``landline``, ``street``, ``postcode``, ``town``, ``address``, ``nid``, ``iban``) and
    ``script`` (the name in Arabic script for some in the Comoros)."""
    fem, male, last = _NAMES[locale]
    female = rng.random() < 0.5
    first = rng.choice(fem if female else male)
    surname = rng.choice(last)
    if locale == "fr_KM" and rng.random() < 0.4:  # given name, father's name and grandfather's name
        surname = f"{surname} {rng.choice(last)}"
    full = f"{first} {surname}"
    start = dt.date(2009, 1, 1) if child else dt.date(1942, 1, 1)
    span = 3000 if child else 23000
    born = start + dt.timedelta(days=rng.randint(0, span))
    street, post, town = place(locale, rng)
    user = rng.choice([f"{_ascii(first)}.{_ascii(surname)}", f"{_ascii(first)}{rng.randint(1, 99)}",
                       f"{_ascii(surname)}{_ascii(first)[:1]}", f"{_ascii(first)[:1]}{_ascii(surname)}"])  # fmt: skip
    script = ""
    if locale == "fr_KM" and rng.random() < 0.35:
        parts = [_AR.get(w) for w in full.split()]
        if all(parts):
            script = " ".join(p for p in parts if p)
    return types.SimpleNamespace(
        first=first, last=surname, full=full, female=female, dob=born,
        email=f"{user}@{rng.choice(_MAIL[locale])}", mobile=_number(rng, locale, True),
        landline=_number(rng, locale, False), street=street, postcode=post, town=town,
        address=whole_address(locale, street, post, town), nid=_nid(rng, female, born) if locale == "fr_WF" else "",
        iban=_fr_iban(rng) if locale == "fr_WF" else None, locale=locale, script=script,
    )  # fmt: skip
