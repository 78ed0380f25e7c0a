"""Held-out set 41: people, addresses, ids, phones and e-mails of the eight locales no set used, written from the
places' own customs (none of these names or streets is in Faker).

- en_DM (Dominica): ``Jno Baptiste``, ``Shillingford``, ``Toulon``, ``Peltier``, ``Auguiste`` (Kalinago families
  too); Roseau's streets (``Great George Street``, ``Hillsborough Street``, ``Kennedy Avenue``), villages
  (``Grand Bay``, ``Mahaut``, ``Calibishie``, ``Castle Bruce``, ``Salybia, Kalinago Territory``), landmarks
  without a number (``opposite the Catholic church, Grand Bay``), P.O. boxes; no postcode; NANP 767.
- en_AG (Antigua and Barbuda): ``Spencer``, ``Lovell``, ``Hurst``, ``Jarvis``, ``Camacho``, ``Hadeed``; St. John's
  streets (``Redcliffe Street``, ``Newgate Street``, ``Friars Hill Road``, ``Old Parham Road``), villages (``Liberta``,
  ``Bolans``, ``Piggotts``, ``Swetes``, ``Codrington, Barbuda``), lots (``Lot 14, Cedar Grove``); no postcode; NANP
  268.
- en_VC (Saint Vincent and the Grenadines): ``Gonsalves``, ``Ollivierre``, ``Providence``, ``Cupid``, ``Quow``;
  Kingstown's streets (``Halifax Street``, ``Grenville Street``, ``Back Street``), villages (``Calliaqua``,
  ``Barrouallie``, ``Chateaubelair``, ``Port Elizabeth, Bequia``), ``Lot 45 Arnos Vale``; no postcode; NANP 784.
- en_CX (Christmas Island): Malaysian-Chinese (also in characters), Malay (``bin``/``binti``) and Australian
  families; ``Gaze Road``, ``Lam Lok Loh``, ``Jalan Pantai``, ``Kampong``, ``Poon Saan``, ``Silver City``, ``Drumsite``;
  ``Christmas Island WA 6798``; +61 8 9164 lines and Australian mobiles; the Australian TFN.
- fr_TD (Chad): ``Mahamat Saleh``, ``Abakar``, ``Djimadoum``, ``Ngarlejy``, ``Nodjiram`` (some also in Arabic
  script); N'Djamena's quartiers (``Moursal``, ``Chagoua``, ``Farcha``, ``Sabangali``), ``Avenue Charles de
  Gaulle``, landmarks (``derrière le marché de Dembé``), ``BP`` boxes; no postcode; +235 (``22 5x`` lines, ``6x``/
  ``9x`` mobiles).
- fr_GA (Gabon): ``Ndong Obiang``, ``Mouloungui``, ``Moussavou``, ``Nzamba``, ``Boussougou``; Libreville's quartiers
  (``Nzeng-Ayong``, ``Akébé``, ``Louis``, ``Glass``, ``Owendo``, ``PK8``), landmarks (``face à la station Petro
  Gabon``), ``BP``; no postcode; +241 (``01`` lines, ``06``/``07`` mobiles).
- fr_CG (Congo-Brazzaville): ``Massamba``, ``Nkounkou``, ``Mavoungou``, ``Itoua``, ``Tchicaya``; Poto-Poto's streets
  named after peoples (``Rue Mbochis n°45``, ``Rue Batékés``), ``Avenue des Trois Martyrs``, arrondissements
  (``Bacongo``, ``Moungali``, ``Talangaï``), Pointe-Noire, landmarks (``en face de la Basilique Sainte-Anne``),
  ``BP``; +242 (``22 2`` lines, ``06``/``05``/``04`` mobiles).
- fr_ML (Mali): ``Traoré``, ``Coulibaly``, ``Diarra``, ``Keïta``, ``Sangaré``, ``Maïga``; Bamako's ``Rue 316, porte
  45`` in quartiers (``Hamdallaye ACI 2000``, ``Badalabougou``, ``Magnambougou``), ``Avenue de l'OUA``, landmarks
  (``près de la mosquée de Badalabougou``), ``BP``; no postcode; +223 (``20 2x`` lines, ``6x``/``7x`` mobiles).
"""

from __future__ import annotations

import datetime as dt
import random
import types

import phonenumbers

NEW8_41 = ("en_DM", "en_AG", "en_VC", "en_CX", "fr_TD", "fr_GA", "fr_CG", "fr_ML")
# The language of the tables' headers and notes.
LANG41 = {x: x.split("_")[0] for x in NEW8_41}
# Street words of the new places: a kept ``Road``/``Rua``/``Quartier`` says nothing of the original.
STREET_WORDS = frozenset({"road", "street", "avenue", "lane", "drive", "rua", "avenida", "travessa", "aldeia",
                          "suco", "jalan", "jln", "kampong", "quartier", "boulevard", "chaussée", "rue", "route",
                          "bp", "box", "lot", "estate", "quarter", "frontstreet", "backstreet", "loh", "highway",
                          "porte"})  # fmt: skip

_F, _M = 0, 1
# Given names (female, male) and family names of each place.
_NAMES = {
    "en_DM": (("Marcia", "Glenda", "Cherise", "Anique", "Beverly", "Josiana", "Merlyn", "Kerlyn", "Delphine",
               "Sherma"), ("Roosevelt", "Kelvar", "Urban", "Hubert", "Garnet", "Ossie", "Lennox", "Jervais",
                           "Ronald", "Kertist"),
              ("Jno Baptiste", "Jno Charles", "Shillingford", "Toulon", "Peltier", "Auguiste", "Prevost", "Bruney",
               "Royer", "Laville", "Frederick", "Durand", "Christian", "Sanford", "Valmond", "Seraphin")),
    "en_AG": (("Gwendolyn", "Sharon", "Ianthe", "Marcella", "Dorcas", "Cheryl", "Kadeem", "Shontelle", "Lorna",
               "Veronica"), ("Gaston", "Vere", "Lester", "Baldwin", "Asot", "Winston", "Calvin", "Rawdon", "Eustace",
                             "Kelvin"),
              ("Spencer", "Lovell", "Hurst", "Jarvis", "Camacho", "Hadeed", "Joseph", "Benjamin", "Bird", "Walter",
               "Simon", "Isaac", "Nanton", "Gomes", "Samuel", "Greene")),
    "en_VC": (("Beverly", "Patsy", "Ermine", "Rochelle", "Yvette", "Lavern", "Cleopatra", "Nadia", "Carlene",
               "Juliana"),
              ("Camillo", "Jomo", "Ralph", "Saboto", "Orde", "Kingsley", "Elson", "Dwight", "Hendrick", "Colvin"),
              ("Gonsalves", "Baptiste", "Ollivierre", "Providence", "Cupid", "Daniel", "Quow", "Browne",
               "Cumberbatch", "Da Silva", "Caesar", "Jack", "Durrant", "Mc Intosh", "Stephens", "Adams")),
    "en_CX": (("Siew Ling", "Mei Fong", "Siti Aishah", "Nurul", "Karen", "Jenny", "Hui Min", "Faridah"),
              ("Kok Wai", "Chee Keong", "Azmi", "Rahman", "Darren", "Wayne", "Boon Heng", "Zulkifli"),
              ("Tan", "Lim", "Foo", "Chong", "Yap", "Wong", "Lee", "Ho", "Smith", "Murray", "O'Connor")),
    "fr_TD": (("Achta", "Zenaba", "Kaltouma", "Fatimé", "Hawa", "Mariam", "Nodjiram", "Ndoubabé", "Rosalie",
               "Solange"), ("Mahamat", "Abakar", "Idriss", "Youssouf", "Haroun", "Djimadoum", "Ngarlejy",
                            "Nadjingar", "Brahim", "Moussa"),
              ("Mahamat Saleh", "Abdelkerim", "Haroun", "Abakar", "Djimadoum", "Ngarmbassa", "Nadjingar",
               "Ngaradoum", "Mbaïlassem", "Oumar", "Allamine", "Doumgor", "Béassoum", "Kodbaye")),
    "fr_GA": (("Prisca", "Christelle", "Nadège", "Gisèle", "Aurélie", "Sylvie", "Larissa", "Rose-Marie",
               "Annick", "Pélagie"), ("Jean-Pierre", "Serge", "Rodrigue", "Landry", "Ghislain", "Brice", "Arsène",
                                      "Fabrice", "Hervé", "Wilfried"),
              ("Obiang", "Nguema", "Ndong", "Mba", "Ondo", "Mintsa", "Essono", "Mouloungui", "Mboumba", "Moussavou",
               "Nzamba", "Ogandaga", "Boussougou", "Koumba", "Ndong Obiang", "Nze Ella")),
    "fr_CG": (("Gloria", "Merveille", "Grâce", "Bénie", "Chancelvie", "Flore", "Rachelle", "Sandrine",
               "Nadège", "Exaucée"), ("Dieudonné", "Aymar", "Parfait", "Juvénal", "Armel", "Christ", "Destin",
                                      "Prince", "Ghislain", "Rock"),
              ("Massamba", "Mabiala", "Nkounkou", "Bouanga", "Malonga", "Makosso", "Mavoungou", "Ngoma", "Okemba",
               "Obambi", "Ibara", "Itoua", "Moukoko", "Loemba", "Tchicaya", "Samba")),
    "fr_ML": (("Fatoumata", "Aminata", "Kadiatou", "Mariam", "Awa", "Oumou", "Rokia", "Assitan", "Djeneba",
               "Salimata"), ("Moussa", "Mamadou", "Seydou", "Boubacar", "Oumar", "Bakary", "Adama", "Modibo",
                             "Souleymane", "Sékou"),
              ("Traoré", "Coulibaly", "Diarra", "Keïta", "Diallo", "Touré", "Konaté", "Sissoko", "Dembélé",
               "Sangaré", "Maïga", "Cissé", "Kanté", "Doumbia", "Samaké", "Koné")),
}  # fmt: skip
# Names also written in another script where the place does: Chinese characters on Christmas Island, Arabic
# script in Chad (the Latin form, the other one).
_ARABIC = {"Mahamat": "محمد", "Abakar": "أبكر", "Idriss": "إدريس", "Youssouf": "يوسف", "Haroun": "هارون",
           "Brahim": "إبراهيم", "Moussa": "موسى", "Achta": "عشة", "Zenaba": "زينب", "Kaltouma": "كلثوم",
           "Fatimé": "فاطمة", "Hawa": "حواء", "Mariam": "مريم", "Mahamat Saleh": "محمد صالح",
           "Abdelkerim": "عبد الكريم", "Oumar": "عمر", "Allamine": "الأمين", "Said": "سعيد", "Ahmed": "أحمد",
           "Mohamed": "محمد", "Ali": "علي", "Abdou": "عبده", "Ibrahim": "إبراهيم", "Houmadi": "حمادي",
           "Djaffar": "جعفر", "Hassani": "حسني", "Fatima": "فاطمة", "Zainaba": "زينب", "Mariama": "مريمة",
           "Hadidja": "خديجة", "Sitti": "ستي", "Soilihi": "صالحي", "Mze": "مزي", "Msa": "مسى",
           "Saandi": "سعندي", "Bacar": "بكر", "Chamassi": "شماسي", "Said Ahmed": "سعيد أحمد",
           "Ali Mmadi": "علي محمدي", "Abdallah": "عبد الله"}  # fmt: skip
_HAN = {"Tan": "陈", "Lim": "林", "Foo": "傅", "Chong": "张", "Yap": "叶", "Wong": "黄", "Lee": "李", "Ho": "何",
        "Siew Ling": "秀玲", "Mei Fong": "美芳", "Hui Min": "慧敏", "Kok Wai": "国伟", "Chee Keong": "志强",
        "Boon Heng": "文兴"}  # fmt: skip
_MALAY = ("Siti Aishah", "Nurul", "Faridah", "Azmi", "Rahman", "Zulkifli")
_CX_WEST = ("Karen", "Jenny", "Darren", "Wayne")

# (street templates, places) of each locale: ``{n}`` a house number, streets with none are said as they are.
_STREETS = {
    "en_DM": ("{n} Great George Street", "{n} Hillsborough Street", "{n} King George V Street", "{n} Cork Street",
              "{n} Kennedy Avenue", "{n} Independence Street", "Bath Road", "{n} Victoria Street",
              "opposite the Catholic church", "by the old police station", "Upper Lane", "{n} Old Street",
              "P.O. Box {b}", "near the Goodwill Parish Hall"),
    "en_AG": ("{n} Redcliffe Street", "{n} Newgate Street", "Friars Hill Road", "Old Parham Road", "{n} High Street",
              "{n} Long Street", "Lot {n}, Cedar Grove", "{n} Tanner Street", "All Saints Road", "P.O. Box {b}",
              "Sir George Walter Highway", "{n} Nevis Street", "opposite the Methodist church", "Fort Road"),
    "en_VC": ("{n} Halifax Street", "{n} Grenville Street", "Back Street", "{n} Bay Street", "Lot {n} Arnos Vale",
              "Sion Hill", "{n} Tyrrel Street", "Leeward Highway", "Windward Highway", "P.O. Box {b}",
              "{n} Middle Street", "Paul's Lot", "above the bakery", "Lot {n}, Mesopotamia"),
    "en_CX": ("{n} Gaze Road", "{n} Murray Road", "Lam Lok Loh", "{n} Jalan Pantai", "Unit {u}, {n} Gaze Road",
              "{n} Vagabond Road", "Lot {n} Poon Saan Road", "{n} Sea View Drive", "PO Box {b}",
              "{n} Jalan Masjid", "Block {u} Kampong"),
    "fr_TD": ("Avenue Charles de Gaulle", "Rue de 40 mètres", "Avenue Félix Éboué", "Avenue Mobutu",
              "derrière le marché de Dembé", "près de la pharmacie Chagoua", "Rue {n}",
              "BP {b}", "porte {n}, Rue 3033", "face à l'église Saint-Joseph de Farcha"),
    "fr_GA": ("face à la station Petro Gabon", "derrière l'église Saint-Michel de Nkembo", "Carrefour Léon Mba",
              "BP {b}", "Rue Ange Mba, porte {n}", "Boulevard Triomphal", "lot {n}, Cité Mebiame",
              "près du marché de Mont-Bouët", "Avenue Colonel Parant", "Rue Pierre Barro {n}"),
    "fr_CG": ("Rue Mbochis n°{n}", "Rue Batékés n°{n}", "Avenue des Trois Martyrs", "Rue Bakoukouyas n°{n}",
              "Boulevard Denis Sassou Nguesso", "en face de la Basilique Sainte-Anne", "derrière le CHU", "BP {b}",
              "Avenue de la Paix n°{n}", "Rue Loango n°{n}", "Avenue Matsoua"),
    "fr_ML": ("Rue {n}, porte {u}", "Avenue de l'OUA", "Boulevard du Peuple", "près de la mosquée de Badalabougou",
              "derrière le marché Dibida", "BP {b}", "Rue 316, porte {n}", "Avenue Cheick Zayed",
              "Route de Koulikoro", "Rue {n}"),
}  # fmt: skip
_PLACES = {
    "en_DM": ("Roseau", "Portsmouth", "Grand Bay", "Mahaut", "Canefield", "Castle Bruce", "Marigot", "Salisbury",
              "Calibishie", "Soufrière", "Goodwill", "Pottersville", "Salybia, Kalinago Territory", "La Plaine"),
    "en_AG": ("St. John's", "All Saints", "Liberta", "Bolans", "Jennings", "Parham", "Piggotts", "Swetes",
              "Villa", "Gray's Farm", "Potters Village", "Codrington, Barbuda", "English Harbour", "Freetown"),
    "en_VC": ("Kingstown", "Arnos Vale", "Calliaqua", "Georgetown", "Barrouallie", "Layou", "Chateaubelair",
              "Mesopotamia", "Stubbs", "Biabou", "Sandy Bay", "Port Elizabeth, Bequia", "Union Island", "Villa"),
    "en_CX": ("Flying Fish Cove", "Poon Saan", "Silver City", "Drumsite", "Kampong", "Settlement"),
    "fr_TD": ("N'Djamena", "Moursal, N'Djamena", "Chagoua, N'Djamena", "Farcha, N'Djamena", "Sabangali, N'Djamena",
              "Klemat, N'Djamena", "Diguel, N'Djamena", "Walia, N'Djamena", "Moundou", "Sarh", "Abéché", "Bongor"),
    "fr_GA": ("Libreville", "Nzeng-Ayong, Libreville", "Akébé, Libreville", "Louis, Libreville",
              "Glass, Libreville", "Owendo", "Akanda", "PK8, Libreville", "Port-Gentil", "Franceville", "Oyem",
              "Lambaréné"),
    "fr_CG": ("Brazzaville", "Poto-Poto, Brazzaville", "Bacongo, Brazzaville", "Moungali, Brazzaville",
              "Ouenzé, Brazzaville", "Talangaï, Brazzaville", "Makélékélé, Brazzaville", "Pointe-Noire",
              "Tié-Tié, Pointe-Noire", "Loandjili, Pointe-Noire", "Dolisie", "Nkayi"),
    "fr_ML": ("Bamako", "Hamdallaye ACI 2000, Bamako", "Badalabougou, Bamako", "Magnambougou, Bamako",
              "Kalaban Coura, Bamako", "Lafiabougou, Bamako", "Faladié, Bamako", "Sikasso", "Ségou", "Mopti",
              "Kayes", "Koutiala"),
}  # fmt: skip
# Phone plans: national-number prefixes of lines and mobiles, the national length, the region.
_PLANS = {
    "en_DM": (("767440", "767445", "767446", "767448", "767449"),
              ("767225", "767235", "767245", "767265", "767275", "767276", "767277", "767285", "767295", "767315",
               "767316", "767317"), 10),
    "en_AG": (("268460", "268462", "268463", "268480", "268481", "268562"),
              ("268464", "268720", "268721", "268722", "268724", "268725", "268726", "268727", "268770", "268771",
               "268772", "268773", "268774", "268775", "268783", "268785"), 10),
    "en_VC": (("784456", "784457", "784458"),
              ("784430", "784431", "784432", "784433", "784434", "784492", "784493", "784494", "784495", "784526",
               "784527", "784528", "784529", "784530", "784531", "784532"), 10),
    "en_CX": (("89164",), ("40", "41", "42", "43", "44", "45", "47", "48"), 9),
    "fr_TD": (("2251", "2252", "2253", "2269"), ("63", "65", "66", "90", "91", "92", "93", "95", "99"), 8),
    "fr_GA": (("0144", "0176", "0172", "0155"), ("062", "065", "066", "074", "077", "076"), 8),
    "fr_CG": (("2222", "2228", "2229"), ("066", "068", "055", "053", "069", "050", "040"), 9),
    "fr_ML": (("2022", "2021", "2023"), ("66", "76", "79", "65", "75", "70", "90", "91"), 8),
}  # fmt: skip
_DOMAINS = {"en_DM": ("gmail.com", "yahoo.com", "cwdom.dm", "hotmail.com"),
            "en_AG": ("gmail.com", "yahoo.com", "candw.ag", "hotmail.com"),
            "en_VC": ("gmail.com", "vincysurf.com", "yahoo.com", "hotmail.com"),
            "en_CX": ("bigpond.com", "gmail.com", "outlook.com", "iinet.net.au"),
            "fr_TD": ("yahoo.fr", "gmail.com", "hotmail.fr"), "fr_GA": ("yahoo.fr", "gmail.com", "outlook.fr"),
            "fr_CG": ("gmail.com", "yahoo.fr", "hotmail.fr"),
            "fr_ML": ("gmail.com", "yahoo.fr", "orangemali.net")}  # fmt: skip
_TODAY = dt.date(2026, 10, 1)
_ASCII = str.maketrans("áàâäãçéèêëíîïñóôöõúûüÁÉÍÓÚ'", "aaaaaceeeeiiinoooouuuAEIOU-")


def region(locale: str) -> str:
    """The phone country of a new locale: the part after ``_``."""
    return locale.split("_")[1]


def _number(locale: str, rng: random.Random, mobile: bool) -> phonenumbers.PhoneNumber:
    """A number of the place's plan that ``phonenumbers`` takes as valid of the right kind."""
    lines, mobiles, length = _PLANS[locale]
    reg = region(locale)
    want = (phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)  # fmt: skip
    parsed = None
    for _ in range(200):
        head = rng.choice(mobiles if mobile else lines)
        size = length or (8 if mobile else 7)
        digits = head + "".join(str(rng.randrange(10)) for _ in range(size - len(head)))
        cc = phonenumbers.country_code_for_region(reg)
        parsed = phonenumbers.parse(f"+{cc}{digits}", reg)
        home = phonenumbers.region_code_for_number(parsed) in (reg, "AU" if reg == "CX" else reg)
        if home and phonenumbers.is_valid_number(parsed) and phonenumbers.number_type(parsed) in want:
            return parsed
    raise ValueError(f"no valid number for {locale}")


def _tfn(rng: random.Random) -> str:
    """An Australian tax file number (weights 1 4 3 7 5 8 6 9 10, sum divisible by 11), as ``123 456 782``."""
    weights = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    while True:
        d = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(8)]
        if sum(a * b for a, b in zip(d, weights, strict=True)) % 11 == 0:
            s = "".join(map(str, d))
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def place(locale: str, rng: random.Random) -> tuple[str, str, str]:
    """(street, postcode, town) as people of the place write them: a road with or without a number, a landmark
    or an aldeia with none, now and then a P.O. box; the postcode is ``6798`` on Christmas Island, else empty."""
    street = rng.choice(_STREETS[locale]).format(n=rng.randint(1, 140), b=rng.randint(11, 4999), u=rng.randint(1, 12))
    town = rng.choice(_PLACES[locale])
    return street, ("6798" if locale == "en_CX" else ""), town


def whole_address(locale: str, street: str, postcode: str, town: str) -> str:
    """The address in one cell, in the place's order."""
    if locale == "en_CX":
        return f"{street}, {town}, Christmas Island WA {postcode}"
    if locale == "en_DM":
        return f"{street}, {town}, Dominica"
    if locale in ("en_AG", "en_VC"):
        return f"{street}, {town}"
    return f"{street}, {town}"


def _email(locale: str, first: str, last: str, rng: random.Random) -> str:
    f = first.split()[0].lower().translate(_ASCII)
    la = last.replace(" ", "").lower().translate(_ASCII)
    user = rng.choice((f"{f}.{la}", f"{f}{la}{rng.randint(1, 99)}", f"{f[0]}{la}", f"{la}.{f}{rng.randint(70, 99)}"))
    return f"{user}@{rng.choice(_DOMAINS[locale])}"


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new-8 locale, with the attributes of set 40's people (``first``, ``last``, ``full``,
    ``female``, ``dob``, ``email``, ``mobile``, ``landline``, ``street``, ``postcode``, ``town``, ``address``,
    ``nid``, ``iban``, ``locale``, ``script``, ``alt``): ``alt`` the name in Arabic script or characters where
    the place writes it so."""
    fem, male, fams = _NAMES[locale]
    female = rng.random() < 0.5
    first = rng.choice(fem if female else male)
    last = rng.choice(fams)
    if locale == "en_CX":  # a Malay name goes with bin/binti and a father's name, an Australian one with a surname
        if first in _MALAY:
            last = ("binti " if female else "bin ") + rng.choice(("Ismail", "Yusof", "Osman", "Hamid", "Kassim"))
        elif first in _CX_WEST:
            last = rng.choice(("Smith", "Murray", "O'Connor"))
        elif last in ("Smith", "Murray", "O'Connor"):
            last = rng.choice(("Tan", "Lim", "Foo", "Chong", "Wong"))
    full = f"{last} {first}" if locale == "en_CX" and last in _HAN else f"{first} {last}"
    alt = None
    if locale == "fr_TD" and first in _ARABIC and last in _ARABIC:
        alt = f"{_ARABIC[first]} {_ARABIC[last]}"
    elif locale == "en_CX" and last in _HAN and first in _HAN:
        alt = _HAN[last] + _HAN[first]
    years = rng.randint(4, 15) if child else rng.randint(19, 82)
    dob = _TODAY - dt.timedelta(days=years * 365 + rng.randint(0, 364))
    street, postcode, town = place(locale, rng)
    return types.SimpleNamespace(
        first=first, last=last, full=full, female=female, dob=dob, email=_email(locale, first, last, rng),
        mobile=_number(locale, rng, True), landline=_number(locale, rng, False), street=street, postcode=postcode,
        town=town, address=whole_address(locale, street, postcode, town),
        nid=_tfn(rng) if locale == "en_CX" else None, iban=None, locale=locale, script="", alt=alt,
    )  # fmt: skip
