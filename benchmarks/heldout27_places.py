"""Held-out set 27: streets, postcodes and towns of the eight new locales, and the extra address lines.

Set 26's places (``heldout26_places``: public functions, set 27's seeds) for its 142 locales. The new eight, written
here from their countries' address customs:

- sr_ME: most streets are a name in the genitive or adjective form with no street word (``Njegoševa 15``,
  ``Hercegovačka 33``, ``Vaka Đurovića 42``), ``bb`` (bez broja) where a building has no number; 5-digit postcodes
  (Podgorica 81000, Budva 85310);
- es_CU: ``Calle 23 No. 456 e/ L y M`` (between which streets), Havana's ``Neptuno 514`` without a street word,
  ``Edif. 12, apto 8`` in the micro-districts; Cuba has five-digit postcodes that nobody writes;
- en_MU: ``Royal Road``, ``Morcellement Ramdenee``, ``Impasse Lagesse``, ``Avenue des Flamboyants``, often without
  a house number; the five-digit postcodes of 2011 (Curepipe 74213);
- sv_AX: Mariehamn's ``-gatan``/``-vägen`` streets and the villages' ``Haraldsby 205``, ``Godby 33`` (a village
  and a number, no street word); postcodes ``AX-22100``;
- en_GI: ``Main Street``, ``Irish Town``, ``Cornwall's Lane``, estates (``Flat 22, Varyl Begg Estate``); one postcode
  for all of Gibraltar (``GX11 1AA``), the district instead of a town;
- ky_KG: ``ул. Киевская 96``, ``пр. Чуй 265``, ``мкр. Джал 23-45`` (micro-district, building-flat), villages
  ``с. Беловодское``; 6-digit postcodes;
- fr_LB: ``Rue Hamra, Imm. Saroulla, 4e étage``: a street and a building, no number; postcodes not written;
- nl_SR: ``Kwattaweg 123``, ``Gravenstraat 45``, ``Waterkant 10``; Suriname has no postcodes.
"""

from __future__ import annotations

import random

import heldout26_places as set26

_TOWNS = {
    "sr_ME": {"Podgorica": "81000", "Nikšić": "81400", "Bar": "85000", "Budva": "85310", "Herceg Novi": "85340",
              "Kotor": "85330", "Tivat": "85320", "Cetinje": "81250", "Bijelo Polje": "84000", "Pljevlja": "84210",
              "Berane": "84300", "Ulcinj": "85360", "Danilovgrad": "81410", "Rožaje": "84310", "Kolašin": "81210",
              "Žabljak": "84220"},
    "es_CU": dict.fromkeys(("La Habana", "Santiago de Cuba", "Camagüey", "Holguín", "Santa Clara", "Cienfuegos",
                            "Matanzas", "Pinar del Río", "Bayamo", "Guantánamo", "Las Tunas", "Sancti Spíritus",
                            "Trinidad", "Ciego de Ávila", "Manzanillo", "Cárdenas"), ""),
    "en_MU": {"Port Louis": "11302", "Curepipe": "74213", "Quatre Bornes": "72201", "Vacoas": "73304",
              "Rose Hill": "71259", "Beau Bassin": "71504", "Mahébourg": "50802", "Goodlands": "30401",
              "Triolet": "21504", "Centre de Flacq": "40901", "Grand Baie": "30510", "Flic en Flac": "90503",
              "Moka": "80801", "Rivière du Rempart": "31001", "Tamarin": "90901", "Pamplemousses": "21001"},
    "sv_AX": {"Mariehamn": "22100", "Jomala": "22150", "Godby": "22410", "Saltvik": "22430", "Kastelholm": "22520",
              "Föglö": "22710", "Kumlinge": "22820", "Hammarland": "22240", "Eckerö": "22270", "Pålsböle": "22310",
              "Geta": "22340", "Vårdö": "22550", "Lemland": "22610", "Lumparland": "22630", "Kökar": "22730",
              "Brändö": "22920"},
    "en_GI": dict.fromkeys(("Westside", "South District", "Catalan Bay", "Sandpits", "Town Area", "Europa",
                            "Upper Town", "North District", "Laguna", "Glacis", "Rosia", "Montagu", "Ocean Village",
                            "Queensway Quay", "Europort"), "GX11 1AA"),
    "ky_KG": {"Бишкек": "720040", "Ош": "723500", "Джалал-Абад": "715600", "Каракол": "722360", "Токмок": "724200",
              "Нарын": "722600", "Талас": "724200", "Баткен": "715100", "Кара-Балта": "724400", "Кант": "724000",
              "Балыкчы": "722300", "Чолпон-Ата": "722100", "Узген": "723600", "Кызыл-Кия": "715500",
              "Беловодское": "724120", "Ивановка": "724300"},
    "fr_LB": dict.fromkeys(("Beyrouth", "Jounieh", "Jbeil", "Tripoli", "Saïda", "Zahlé", "Baabda", "Antelias",
                            "Broummana", "Batroun", "Tyr", "Aley", "Dbayeh", "Jdeideh", "Zgharta", "Nabatieh"), ""),
    "nl_SR": dict.fromkeys(("Paramaribo", "Lelydorp", "Nieuw-Nickerie", "Moengo", "Albina", "Groningen",
                            "Onverwacht", "Brokopondo", "Totness", "Wageningen", "Domburg", "Meerzorg",
                            "Nieuw-Amsterdam", "Brownsweg", "Paranam", "Marienburg"), ""),
}  # fmt: skip
_STREETS = {
    "sr_ME": ["Njegoševa", "Hercegovačka", "Bokeška", "Vaka Đurovića", "Ivana Crnojevića", "Moskovska", "Baku",
              "Kralja Nikole", "Jovana Tomaševića", "Mitra Bakića", "Serdara Jola Piletića", "Stanka Dragojevića",
              "Bulevar Svetog Petra Cetinjskog", "Ulica Slobode", "Cetinjski put", "Trg Nezavisnosti",
              "Vojvode Mašana", "Njegoševa obala"],
    "es_CU": ["Calle 23", "Ave. 31", "San Lázaro", "Neptuno", "Obispo", "Línea", "Reina", "Calzada de 10 de Octubre",
              "Calle Heredia", "Enramadas", "Calle Martí", "Ave. Independencia", "Maceo", "Aguacate", "Zanja",
              "Calle 17"],
    "en_MU": ["Royal Road", "St Jean Road", "Avenue des Flamboyants", "Impasse Lagesse", "Morcellement Ramdenee",
              "Cité La Cure", "La Chaussée Street", "Sir Seewoosagur Ramgoolam Street", "Rue Saint Georges",
              "Avenue Bernardin de St Pierre", "Vacoas Road", "Mgr Gonin Street", "Coastal Road", "Avenue Victoria",
              "Ollier Avenue", "Route Nicolay"],
    "sv_AX": ["Torggatan", "Storagatan", "Norra Esplanadgatan", "Ålandsvägen", "Strandgatan", "Skarpansvägen",
              "Nygatan", "Östra Esplanadgatan", "Dalgatan", "Hamngatan", "Neptunigatan", "Elverksgatan", "Haraldsby",
              "Godby", "Strömma", "Önningeby", "Kastelholm", "Bamböle"],
    "en_GI": ["Main Street", "Irish Town", "Engineer Lane", "Cornwall's Lane", "Devil's Tower Road", "Europort Avenue",
              "Queensway", "Rosia Road", "Prince Edward's Road", "Castle Steps", "Governor's Street", "City Mill Lane",
              "Line Wall Road", "Glacis Road", "Catalan Bay Road", "Europa Road", "South Barrack Road"],
    "ky_KG": ["ул. Киевская", "пр. Чуй", "ул. Токтогула", "ул. Ахунбаева", "ул. Исанова", "ул. Боконбаева",
              "ул. Московская", "ул. Фрунзе", "пр. Манаса", "ул. Абдрахманова", "ул. Турусбекова", "ул. Ленина",
              "ул. Курманжан Датка", "ул. Масалиева", "пр. Жибек Жолу", "ул. Панфилова"],
    "fr_LB": ["Rue Hamra", "Rue Sursock", "Rue Gouraud", "Rue Monot", "Rue Abdel Aziz", "Avenue Charles Malek",
              "Rue Mar Mikhael", "Rue Bliss", "Rue Verdun", "Rue de Damas", "Autostrade Jal el Dib", "Rue Makdessi",
              "Rue Spears", "Rue Clemenceau", "Rue Pasteur", "Rue du Liban"],
    "nl_SR": ["Kwattaweg", "Gravenstraat", "Waterkant", "Henck Arronstraat", "Indira Gandhiweg", "Coppenamestraat",
              "Anamoestraat", "Zwartenhovenbrugstraat", "Keizerstraat", "Mahonylaan", "Kernkampweg", "Ringweg Zuid",
              "Tourtonnelaan", "Sophie Redmondstraat", "Wanicastraat", "Jaggernath Lachmonstraat"],
}  # fmt: skip
# Åland villages written as the address (``Haraldsby 205``): the post town and postcode they belong to.
_AX_VILLAGES = {"Haraldsby": ("Saltvik", "22430"), "Godby": ("Godby", "22410"), "Strömma": ("Sund", "22530"),
                "Önningeby": ("Jomala", "22150"), "Kastelholm": ("Kastelholm", "22520"),
                "Bamböle": ("Pålsböle", "22310")}  # fmt: skip
_CU_CROSS = ("L y M", "82 y 84", "Campanario y Lealtad", "Habana y Compostela", "N y O", "A y B", "Perseverancia y "
             "Lealtad", "San Miguel y Neptuno", "10 y 12", "Paseo y 2")  # fmt: skip
_MU_SUFFIX = ("", "", "No. {n}", "{n}")
_GI_ESTATES = ("Harbour Views", "Laguna Estate", "Moorish Castle Estate", "Varyl Begg Estate", "Ocean Village",
               "Glacis Estate", "Tankerville", "Mid-Harbour Estate")  # fmt: skip
_KG_MKR = ("Джал", "Асанбай", "Восток-5", "Кок-Жар", "Тунгуч", "Аламедин-1", "Учкун", "Магистраль")
_LB_BUILDINGS = ("Imm. Saroulla", "Imm. Nahas", "Imm. Tabet", "Imm. Khoury", "Imm. Azar", "Centre Sofil", "Imm. Rizk")
_LB_FLOORS = ("rdc", "1er étage", "2e étage", "3e étage", "4e étage", "7e étage")
OWN_STREET_WORDS = set26.OWN_STREET_WORDS | frozenset(
    [
        "ulica",
        "bulevar",
        "put",
        "trg",
        "obala",
        "bb",
        "calle",
        "ave",
        "e/",
        "y",
        "no",
        "apto",
        "edif",
        "road",
        "avenue",
        "impasse",
        "morcellement",
        "cité",
        "rue",
        "street",
        "route",
        "gatan",
        "vägen",
        "lane",
        "estate",
        "flat",
        "ул",
        "пр",
        "мкр",
        "д",
        "кв",
        "с",
        "imm",
        "étage",
        "rdc",
        "straat",
        "weg",
        "laan",
    ]
)
NEW = tuple(_TOWNS)


def faker_locale(locale: str) -> str:
    """The Faker locale whose addresses a locale uses (the new eight: their own code, not in Faker)."""
    return locale if locale in _TOWNS else set26.faker_locale(locale)


def uses_own(locale: str) -> bool:
    """Whether this module writes the locale's streets and towns (the new eight)."""
    return locale in _TOWNS


def has_postcodes(locale: str) -> bool:
    """Whether the locale's addresses carry a postcode (Cuba, Lebanon and Suriname write none)."""
    if locale in _TOWNS:
        return any(_TOWNS[locale].values())
    return set26.has_postcodes(locale)


def faker_for(locale: str, seed: int):
    """Set 26's address Faker seeded with the table's seed (None for the new eight)."""
    return None if locale in _TOWNS else set26.faker_for(locale, seed)


def _own_street(locale: str, rng: random.Random) -> str:
    name = rng.choice(_STREETS[locale])
    n = rng.randint(1, 240)
    if locale == "sr_ME":
        return f"{name} bb" if rng.random() < 0.12 else f"{name} {n}"
    if locale == "es_CU":
        if name.startswith(("Calle", "Ave.", "Línea")):
            return f"{name} No. {n * 3} e/ {rng.choice(_CU_CROSS)}"
        return f"{name} {n * 2}" if rng.random() < 0.6 else f"{name} No. {n * 2}, apto {rng.randint(1, 20)}"
    if locale == "en_MU":
        return f"{rng.choice(_MU_SUFFIX).format(n=n)} {name}".strip()
    if locale == "en_GI":
        if rng.random() < 0.35:
            return f"Flat {rng.randint(1, 40)}, {rng.choice(_GI_ESTATES)}"
        return f"{n % 90 + 1} {name}"
    if locale == "ky_KG":
        if rng.random() < 0.3:
            return f"мкр. {rng.choice(_KG_MKR)} {rng.randint(1, 60)}-{rng.randint(1, 90)}"
        return f"{name} {n}"
    if locale == "fr_LB":
        return f"{name}, {rng.choice(_LB_BUILDINGS)}, {rng.choice(_LB_FLOORS)}"
    return f"{name} {n}"


def place(locale: str, rng: random.Random, fake) -> tuple[str, str, str]:
    """(street line, postcode, town) of one address of ``locale`` (postcode "" where the country writes none)."""
    if locale not in _TOWNS:
        return set26.place(locale, rng, fake)
    town = rng.choice(list(_TOWNS[locale]))
    street = _own_street(locale, rng)
    postcode = _TOWNS[locale][town]
    if locale == "sv_AX" and street.split()[0] in _AX_VILLAGES:  # a village address: its municipality's code
        town, postcode = _AX_VILLAGES[street.split()[0]]
    if locale == "sv_AX" and rng.random() < 0.5:
        postcode = f"AX-{postcode}"
    return street, postcode, town


# Second address lines of the new eight as their countries write them (a flat, a floor, ``c/o`` a person).
_UNITS = {"sr_ME": ("stan {n}", "ulaz {b}, stan {n}", "c/o {co}"), "es_CU": ("apto {n}", "altos", "bajos, apto {n}"),
          "en_MU": ("c/o {co}", "Apartment {n}", "Résidence {b}"), "sv_AX": ("lgh {n}", "c/o {co}", "{b} trappa"),
          "en_GI": ("Flat {n}", "c/o {co}", "{n} {b} House"), "ky_KG": ("кв. {n}", "кв. {n}, подъезд {b}"),
          "fr_LB": ("c/o {co}", "{b}e étage", "Bloc {b}"),
          "nl_SR": ("c/o {co}", "Perceel {n}", "Unit {n}")}  # fmt: skip


def unit_line(lg: str, rng: random.Random, co_name: str, locale: str = "") -> str:
    """A second address line: a flat, floor or building, or ``c/o`` another person (set 26's for its locales)."""
    if locale in _UNITS:
        form = rng.choice(_UNITS[locale])
        return form.format(n=rng.randint(1, 60), b=rng.choice(("1", "2", "3", "A", "B")), co=co_name)
    return set26.unit_line(lg, rng, co_name)


def whole_address(locale: str, street: str, postcode: str, town: str, rng: random.Random) -> str:
    """One cell with the whole address as the country writes it (set 26's for its locales)."""
    if locale not in _TOWNS:
        return set26.whole_address(locale, street, postcode, town, rng)
    if locale == "ky_KG":
        return f"г. {town}, {street}" if rng.random() < 0.7 else f"{postcode}, г. {town}, {street}"
    if locale == "en_GI":
        return f"{street}, {town}, Gibraltar" + (f" {postcode}" if rng.random() < 0.4 else "")
    return ", ".join(x for x in (street, f"{postcode} {town}".strip()) if x)
