"""Held-out set 28: streets, postcodes and towns of the eight new locales, and address lines as exports write them.

Set 27's places (``heldout27_places``: public functions, set 28's seeds) for its 150 locales. The new eight, written
here from their countries' address customs:

- fr_RE: ``12 rue du Général de Gaulle``, ``chemin Bœuf Mort``, ``lotissement Les Jacarandas``, ``ruelle`` and
  ``impasse``; the number first as in France; postcodes ``974xx`` (Saint-Denis 97400, Saint-Pierre 97410);
- es_NI: Managua's landmark addresses (``De la Rotonda El Güegüense 2 c. al sur, 1/2 c. abajo``: blocks from a
  landmark), ``Reparto``/``Residencial`` houses (``Res. Los Robles, casa B-14``); no postcode written;
- be_BY: ``вул. Янкі Купалы, д. 17, кв. 42`` (street, house, flat), ``пр-т Незалежнасці``; 6-digit postcodes
  (Мінск 220030);
- en_TT: ``LP 45 Old Southern Main Road`` (a light-pole number), ``#12 Gordon Street``, ``Lot 7 Ramkissoon Trace``;
  Trinidad's 6-digit postcodes are not written;
- ms_BN: ``No. 14, Simpang 32-37, Jalan Tutong, Kampung Tasek`` (a lane number off a road, the village);
  postcodes two letters and four digits (``BS8811``, ``BE1518``);
- fr_TN: ``15 rue de Marseille``, ``Cité El Khadra, Bloc C, App. 4``, ``Avenue Habib Bourguiba``; 4-digit
  postcodes (Tunis 1000, Sfax 3000);
- en_FJ: ``Lot 12 Ratu Sukuna Road``, ``12 Waimanu Road``, settlements (``Nadera, Nasinu``); no postcodes;
- nl_CW: ``Kaya Grandi 42`` (``kaya`` is Papiamentu for street), ``Kaminda`` roads, ``Landhuis`` estates; no
  postcodes.

Besides the street line: a second line (flat, floor, building, ``c/o``), the house number first with a building or
flat after (``12 Hauptstraße, Hinterhaus, 2. OG``), and the whole address in one cell.
"""

from __future__ import annotations

import random
import re

import heldout27_places as set27

_TOWNS = {
    "fr_RE": ("Saint-Denis 97400", "Saint-Pierre 97410", "Le Tampon 97430", "Saint-Paul 97460", "Saint-André 97440",
              "Saint-Louis 97450", "Le Port 97420", "Saint-Benoît 97470", "Sainte-Marie 97438", "Saint-Joseph 97480",
              "Sainte-Suzanne 97441", "La Possession 97419", "Saint-Leu 97436", "Cilaos 97413", "Salazie 97433",
              "Les Avirons 97425"),
    "es_NI": ("Managua", "León", "Granada", "Masaya", "Matagalpa", "Estelí", "Chinandega", "Jinotega", "Rivas",
              "Juigalpa", "Bluefields", "Jinotepe", "Diriamba", "Boaco", "Ocotal", "Somoto"),
    "be_BY": ("Мінск 220030", "Мінск 220114", "Гомель 246050", "Магілёў 212030", "Віцебск 210015", "Гродна 230023",
              "Брэст 224005", "Бабруйск 213826", "Баранавічы 225409", "Барысаў 222120", "Пінск 225710",
              "Орша 211391", "Маладзечна 222310", "Ліда 231300", "Полацк 211400", "Слуцк 223610"),
    "en_TT": ("Port of Spain", "San Fernando", "Chaguanas", "Arima", "Point Fortin", "Couva", "Tunapuna",
              "Sangre Grande", "Princes Town", "Siparia", "Diego Martin", "Scarborough", "Penal", "Marabella",
              "St. Augustine", "Curepe"),
    "ms_BN": ("Bandar Seri Begawan BS8811", "Gadong BE1518", "Kiulap BE1518", "Berakas BB3713", "Tutong TA1141",
              "Seria KB1133", "Kuala Belait KA1131", "Bangar PA1151", "Jerudong BG3122", "Lambak BB1714",
              "Sengkurong BG1121", "Muara BT1728", "Rimba BE3119", "Mentiri BU1529", "Lumut KC1135",
              "Tungku BE2119"),
    "fr_TN": ("Tunis 1000", "Sfax 3000", "Sousse 4000", "Ariana 2080", "Bizerte 7000", "Nabeul 8000",
              "Monastir 5000", "Kairouan 3100", "Gabès 6000", "La Marsa 2070", "Ben Arous 2013", "Hammamet 8050",
              "Mahdia 5100", "Gafsa 2100", "Le Bardo 2000", "Médenine 4100"),
    "en_FJ": ("Suva", "Nadi", "Lautoka", "Nausori", "Labasa", "Ba", "Sigatoka", "Savusavu", "Nasinu", "Levuka",
              "Rakiraki", "Tavua", "Navua", "Korovou", "Lami", "Namaka"),
    "nl_CW": ("Willemstad", "Punda", "Otrobanda", "Pietermaai", "Scharloo", "Salinja", "Brievengat", "Mahaai",
              "Santa Rosa", "Barber", "Soto", "Westpunt", "Sint Michiel", "Montaña", "Jan Thiel", "Wishi"),
}  # fmt: skip
_STREETS = {
    "fr_RE": ("rue du Général de Gaulle", "rue Jean Chatel", "chemin Bœuf Mort", "rue Juliette Dodu",
              "allée des Lataniers", "chemin des Barrières", "rue Marius et Ary Leblond", "impasse des Goyaviers",
              "route Hubert Delisle", "rue des Flamboyants", "lotissement Les Jacarandas", "rue Sarda Garriga",
              "chemin Grand Canal", "ruelle Payet", "rue Evariste de Parny", "boulevard Lancastel"),
    "es_NI": ("De la Rotonda El Güegüense", "Del Hospital Militar", "De la Iglesia San Francisco",
              "Del antiguo cine Cabrera", "De los semáforos de Rubenia", "Del Parque Central",
              "De la farmacia Xolotlán", "Del Colegio Teresiano", "De la gasolinera Puma de Linda Vista",
              "Del mercado Oriental", "De la Catedral", "Del estadio Dennis Martínez", "Del Banpro de Altamira",
              "De la Alcaldía", "Del Instituto Ramírez Goyena", "De donde fue el arbolito"),
    "be_BY": ("вул. Янкі Купалы", "пр-т Незалежнасці", "вул. Максіма Багдановіча", "вул. Сурганава",
              "вул. Кастрычніцкая", "вул. Якуба Коласа", "вул. Чырвонаармейская", "вул. Леніна", "вул. Гагарына",
              "вул. Пушкіна", "пр-т Пераможцаў", "вул. Кірава", "вул. Савецкая", "вул. Ціміразева",
              "вул. Маскоўская", "вул. Лермантава"),
    "en_TT": ("Old Southern Main Road", "Eastern Main Road", "Gordon Street", "Ramkissoon Trace", "Coffee Street",
              "Ariapita Avenue", "Mucurapo Road", "Cipero Road", "Rust Street", "Tumpuna Road", "Sookram Trace",
              "Pointe-a-Pierre Road", "Mon Repos Street", "Churchill Roosevelt Highway", "Lady Hailes Avenue",
              "Boodoo Trace"),
    "ms_BN": ("Jalan Tutong", "Jalan Gadong", "Jalan Muara", "Jalan Jerudong", "Jalan Kota Batu", "Jalan Sultan",
              "Jalan Pemancha", "Jalan Berakas", "Jalan Tungku Link", "Jalan Kianggeh", "Jalan Utama Mentiri",
              "Jalan Lumapas", "Jalan Subok", "Jalan Mulaut", "Jalan Bunga Raya", "Jalan Residency"),
    "fr_TN": ("rue de Marseille", "avenue Habib Bourguiba", "rue Ibn Khaldoun", "rue de Palestine",
              "avenue de la Liberté", "rue Ali Belhouane", "rue du Lac Léman", "avenue Taïeb Mhiri",
              "rue Hédi Chaker", "rue de Rome", "avenue Mohamed V", "rue Abou El Kacem Chebbi", "rue d'Alger",
              "route de Gremda", "rue Farhat Hached", "avenue de Carthage"),
    "en_FJ": ("Ratu Sukuna Road", "Waimanu Road", "Victoria Parade", "Queens Road", "Kings Road", "Grantham Road",
              "Princes Road", "Cakobau Road", "Namena Road", "Vitogo Parade", "Nasekula Road", "Toorak Road",
              "Brown Street", "Rewa Street", "Tacirua Road", "Fletcher Road"),
    "nl_CW": ("Kaya Grandi", "Kaya Korsou", "Kaya Flamboyan", "Kaminda Jan Noorduynweg", "Kaya Santa Maria",
              "Kaya Kadushi", "Kaya Wayaka", "Kaya Watapana", "Kaya Chuchubi", "Kaya Indjan", "Kaminda Schottegat",
              "Kaya Dr. Maalweg", "Kaya Kibrahacha", "Kaya Yarda", "Kaya Palu di Lechi", "Kaya Sabana"),
}  # fmt: skip
_ES_NI_STEPS = ("2 c. al sur", "1 c. al lago", "3 c. abajo", "2 c. arriba, 1/2 c. al sur", "75 vrs. al norte",
                "1 c. al lago, 2 c. abajo", "media cuadra arriba", "4 c. al sur, casa esquinera")  # fmt: skip
_ES_NI_RES = ("Res. Los Robles", "Reparto San Juan", "Bolonia", "Res. Altamira", "Villa Fontana", "Las Colinas")
_BN_KAMPUNG = ("Kampung Tasek", "Kampung Kiulap", "Kampung Manggis", "Kampung Sungai Akar", "Kampung Rimba",
               "Kampung Beribi", "Kampung Mata-Mata", "Kampung Sengkurong")  # fmt: skip
_TN_CITE = ("Cité El Khadra", "Cité Ennasr", "Cité Olympique", "Cité El Ghazala", "Cité Ettadhamen")
# Street and unit words of the new eight: a kept one says nothing about the original street.
OWN_STREET_WORDS = frozenset({"c.", "c", "vrs", "res", "reparto", "casa", "вул", "пр-т", "д", "кв", "lp", "trace",
                              "jalan", "simpang", "kampung", "no", "cité", "bloc", "app", "lot", "kaya", "kaminda",
                              "landhuis", "chemin", "ruelle", "lotissement", "allée", "route", "rue",
                              "avenue"})  # fmt: skip
NEW = tuple(_TOWNS)


def faker_locale(locale: str) -> str:
    """The Faker locale whose addresses a locale uses (the new eight: their own code, not in Faker)."""
    return locale if locale in NEW else set27.faker_locale(locale)


def uses_own(locale: str) -> bool:
    """Whether this module writes the locale's streets and towns (the new eight)."""
    return locale in NEW


def has_postcodes(locale: str) -> bool:
    """Whether the locale's addresses carry a postcode (Nicaragua, Trinidad, Fiji and Curaçao write none)."""
    if locale in NEW:
        return locale in ("fr_RE", "be_BY", "ms_BN", "fr_TN")
    return set27.has_postcodes(locale)


def faker_for(locale: str, seed: int):
    """Set 27's address Faker seeded with the table's seed (None for the new eight)."""
    return None if locale in NEW else set27.faker_for(locale, seed)


def _own_street(locale: str, rng: random.Random) -> str:
    street = rng.choice(_STREETS[locale])
    n = rng.randrange(1, 180)
    if locale == "fr_TN" and rng.random() < 0.25:
        return f"{rng.choice(_TN_CITE)}, Bloc {rng.choice('ABCDE')}, App. {rng.randrange(1, 30)}"
    if locale in ("fr_RE", "fr_TN"):
        return f"{n} {street}" if rng.random() < 0.85 else street
    if locale == "es_NI":
        if rng.random() < 0.25:
            return f"{rng.choice(_ES_NI_RES)}, casa {rng.choice('ABCDEFG')}-{rng.randrange(1, 40)}"
        return f"{street} {rng.choice(_ES_NI_STEPS)}"
    if locale == "be_BY":
        flat = f", кв. {rng.randrange(1, 180)}" if rng.random() < 0.7 else ""
        return f"{street}, д. {n}{flat}"
    if locale == "en_TT":
        return rng.choice((f"LP {n} {street}", f"#{n} {street}", f"Lot {n} {street}", f"{n} {street}"))
    if locale == "ms_BN":
        return f"No. {n}, Simpang {rng.randrange(10, 400)}, {street}, {rng.choice(_BN_KAMPUNG)}"
    if locale == "en_FJ":
        return f"Lot {n} {street}" if rng.random() < 0.4 else f"{n} {street}"
    return f"{street} {n}"  # nl_CW: Kaya Grandi 42


def place(locale: str, rng: random.Random, fake) -> tuple[str, str, str]:
    """(street line, postcode, town) of one address of ``locale`` (postcode "" where the country writes none)."""
    if locale not in NEW:
        return set27.place(locale, rng, fake)
    town = rng.choice(_TOWNS[locale])
    code = ""
    if has_postcodes(locale):
        town, code = town.rsplit(" ", 1)
    return _own_street(locale, rng), code, town


_UNITS = {"en": ("Flat {n}", "Apt {n}", "Unit {n}", "Suite {n}", "Floor {n}"),
          "de": ("Whg. {n}", "{n}. OG", "Hinterhaus", "App. {n}", "Zi. {n}"),
          "fr": ("Bât. {c}", "Appt {n}", "Résidence Les Palmiers", "Esc. {c}", "{n}e étage"),
          "es": ("Piso {n}", "Puerta {n}", "Esc. {c}", "Bajo", "Apto. {n}"),
          "it": ("Int. {n}", "Scala {c}", "Piano {n}", "Pal. {c}"),
          "nl": ("bus {n}", "{n}e verdieping", "app. {n}", "Flat {c}"),
          "pt": ("{n}º Esq.", "{n}º Dto.", "R/C", "Bloco {c}"),
          "be": ("кв. {n}", "корп. {n}", "пад'езд {n}"),
          "ms": ("Unit {n}", "Blok {c}", "Tingkat {n}")}  # fmt: skip


def unit(lg: str, rng: random.Random) -> str:
    """A flat, floor or building as the language writes it (English where this module has no words)."""
    text = rng.choice(_UNITS.get(lg, _UNITS["en"]))
    return text.format(n=rng.randrange(1, 40), c=rng.choice("ABCDEF"))


def unit_line(lg: str, rng: random.Random, co_name: str, locale: str = "") -> str:
    """A second address line: a flat, floor or building, or ``c/o`` another person."""
    if locale and locale not in NEW and rng.random() < 0.5:
        return set27.unit_line(lg, rng, co_name, locale)
    return f"c/o {co_name}" if rng.random() < 0.2 else unit(lg, rng)


_TRAILING_NUMBER = re.compile(r"^(?P<street>.*?\D)[\s,]+(?P<number>\d+[a-zA-Z]?(?:[-/]\d+[a-zA-Z]?)?)$")


def number_first(street: str, lg: str, rng: random.Random) -> str:
    """The street line with its house number first and a building or flat after, as a form built for English
    addresses makes people type it (``12 Hauptstraße, Whg. 4``); a line already starting with a number keeps it."""
    m = _TRAILING_NUMBER.match(street)
    line = f"{m.group('number')} {m.group('street').strip()}" if m and "," not in street else street
    return f"{line}, {unit(lg, rng)}"


def whole_address(locale: str, street: str, postcode: str, town: str, rng: random.Random) -> str:
    """One cell with the whole address as the country writes it (set 27's for its locales)."""
    if locale not in NEW:
        return set27.whole_address(locale, street, postcode, town, rng)
    if locale == "be_BY":
        return f"{postcode}, г. {town}, {street}"
    if locale == "ms_BN":
        return f"{street}, {town} {postcode}"
    return f"{street}, {postcode + ' ' if postcode else ''}{town}"
