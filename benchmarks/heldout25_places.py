"""Held-out set 25: streets, postcodes and towns, and the unit/c/o parts of an address line.

Set 24's places (``heldout24_places``: Faker where it has the locale, its own streets elsewhere) for its 126
locales; the new eight are written here from their countries: East Belgian streets and the real postcodes of
Eupen, Kelmis, Sankt Vith... (4700-4791), San Marino's castelli and curazie (4789x), Monaco's quarters (all
98000), Bolivian and Panamanian streets without postcodes (neither country uses them in addresses), Tanzanian
``Mtaa wa``/``Barabara ya`` streets with the five-digit postcodes of 2012, Faroese ``gøta``/``vegur`` streets
with their three-digit postcodes and Northern Sami streets (``geaidnu``) in Kautokeino, Karasjok and Tana.
"""

from __future__ import annotations

import random

from faker import Faker

import heldout24_places as set24

_OWN = {
    "de_BE": (
        "Aachener Straße|Klosterstraße|Hookstraße|Bergstraße|Neustraße|Kirchstraße|Herbesthaler Straße|"
        "Malmedyer Straße|Hauptstraße|Rotenberg|Gospertstraße|Schilsweg|Am Waldrand|Im Winkel|Lindenallee|"
        "Hillstraße|Vennbahnstraße|Monschauer Straße",
        [
            "4700 Eupen",
            "4701 Kettenis",
            "4710 Lontzen",
            "4711 Walhorn",
            "4720 Kelmis",
            "4721 Neu-Moresnet",
            "4728 Hergenrath",
            "4730 Raeren",
            "4731 Eynatten",
            "4750 Bütgenbach",
            "4760 Büllingen",
            "4770 Amel",
            "4780 Sankt Vith",
            "4790 Burg-Reuland",
            "4750 Elsenborn",
            "4761 Rocherath",
        ],
    ),
    "it_SM": (
        "Via del Serrone|Strada di Paderna|Via III Settembre|Via 28 Luglio|Piazza della Libertà|Contrada del Collegio|"
        "Via Ca' dei Lunghi|Strada Cà Mercatino|Via Rancaglia|Via Ventotto Luglio|Via Giacomo Matteotti|"
        "Strada dei Censiti|Via del Passetto|Via Piana|Via Martiri della Libertà|Strada Bulumina|Via Gorgascura",
        [
            "47890 Città di San Marino",
            "47891 Dogana",
            "47893 Borgo Maggiore",
            "47895 Domagnano",
            "47896 Faetano",
            "47897 Fiorentino",
            "47898 Montegiardino",
            "47899 Serravalle",
            "47892 Acquaviva",
            "47894 Chiesanuova",
            "47899 Falciano",
            "47893 Cailungo",
            "47892 Gualdicciolo",
            "47890 Murata",
            "47891 Rovereta",
        ],
    ),
    "fr_MC": (
        "boulevard des Moulins|avenue de la Costa|rue Grimaldi|boulevard Princesse Charlotte|avenue Princesse Grace|"
        "rue Comte Félix Gastaldi|boulevard d'Italie|rue Bosio|avenue Saint-Michel|rue de la Turbie|"
        "boulevard de Belgique|rue des Açores|avenue Hector Otto|rue Plati|boulevard du Jardin Exotique|"
        "rue Terrazzani|avenue de Grande-Bretagne",
        [
            "98000 Monaco",
            "98000 Monte-Carlo",
            "98000 La Condamine",
            "98000 Fontvieille",
            "98000 Monaco-Ville",
            "98000 Moneghetti",
            "98000 Larvotto",
            "98000 Saint-Roman",
            "98000 Les Révoires",
            "98000 Jardin Exotique",
            "98000 La Rousse",
            "98000 Saint-Michel",
            "98000 Les Spélugues",
            "98000 Ravin de Sainte-Dévote",
            "98000 Monaco Cedex",
        ],
    ),
    "es_BO": (
        "Calle Sagárnaga|Av. 16 de Julio|Calle Jaén|Av. Arce|Calle Potosí|Av. Busch|Calle Ingavi|Av. Heroínas|"
        "Calle España|Av. Blanco Galindo|Calle Sucre|Av. Cañoto|Calle Ayacucho|Av. Banzer|Calle Junín|"
        "Av. América|Calle Murillo|Av. Juan Pablo II",
        [
            " La Paz",
            " El Alto",
            " Cochabamba",
            " Santa Cruz de la Sierra",
            " Sucre",
            " Oruro",
            " Potosí",
            " Tarija",
            " Trinidad",
            " Cobija",
            " Quillacollo",
            " Sacaba",
            " Montero",
            " Riberalta",
            " Yacuiba",
            " Viacha",
        ],
    ),
    "es_PA": (
        "Calle 50|Vía España|Avenida Balboa|Calle Uruguay|Vía Argentina|Calle 73 Este|Avenida Perú|"
        "Vía Porras|Calle Aquilino de la Guardia|Avenida Justo Arosemena|Vía Transístmica|Calle Eusebio A. Morales|"
        "Avenida Central|Calle Ricardo Arias|Vía Israel|Avenida Ernesto T. Lefevre",
        [
            " Ciudad de Panamá",
            " San Miguelito",
            " Colón",
            " David",
            " Santiago de Veraguas",
            " Chitré",
            " Las Tablas",
            " La Chorrera",
            " Arraiján",
            " Penonomé",
            " Aguadulce",
            " Boquete",
            " Changuinola",
            " Bocas del Toro",
            " Tocumen",
            " Juan Díaz",
        ],
    ),
    "sw_TZ": (
        "Mtaa wa Samora|Barabara ya Ali Hassan Mwinyi|Mtaa wa Jamhuri|Barabara ya Morogoro|Mtaa wa Uhuru|"
        "Barabara ya Bagamoyo|Mtaa wa Kariakoo|Mtaa wa Msimbazi|Barabara ya Nyerere|Mtaa wa Lumumba|"
        "Barabara ya Kilwa|Mtaa wa Aggrey|Mtaa wa Livingstone|Barabara ya Sokoine|Mtaa wa Mkwepu|"
        "Barabara ya Old Moshi|Mtaa wa Boma",
        [
            "11101 Dar es Salaam",
            "14111 Kinondoni",
            "12101 Temeke",
            "41101 Dodoma",
            "23101 Arusha",
            "33101 Mwanza",
            "53101 Mbeya",
            "67101 Morogoro",
            "21101 Tanga",
            "25101 Moshi",
            "71101 Zanzibar",
            "51101 Iringa",
            "45101 Tabora",
            "47101 Kigoma",
            "57101 Songea",
            "31101 Musoma",
            "35101 Bukoba",
        ],
    ),
    "fo_FO": (
        "Niels Finsens gøta|Jónas Broncks gøta|Dalavegur|Landavegur|Hoyvíksvegur|Tróndargøta|Gríms Kambans gøta|"
        "Úti á Bakka|Áarvegur|Kongabrúgvin|R.C. Effersøes gøta|Varðagøta|Sverrisgøta|Við Stiggjavegin|"
        "Undir Glaðsheyggi|Marknagilsvegur|Heiðavegur|Stoffalág",
        [
            "100 Tórshavn",
            "188 Hoyvík",
            "160 Argir",
            "700 Klaksvík",
            "620 Runavík",
            "800 Tvøroyri",
            "900 Vágur",
            "370 Miðvágur",
            "380 Sørvágur",
            "530 Fuglafjørður",
            "350 Vestmanna",
            "600 Saltangará",
            "490 Strendur",
            "210 Sandur",
            "470 Eiði",
            "410 Kollafjørður",
        ],
    ),
    "se_NO": (
        "Bálddisgeaidnu|Márkanbálggis|Čuonjábálggis|Guovdageainnu geaidnu|Suohpatgeaidnu|Kárášjoga geaidnu|"
        "Ávjovárgeaidnu|Deanugeaidnu|Skuvlabálggis|Girkogeaidnu|Biellogeaidnu|Duottargeaidnu|Máze geaidnu|"
        "Sámi allaskuvlla geaidnu|Buolbmátgeaidnu|Rievssatgeaidnu",
        [
            "9520 Guovdageaidnu",
            "9730 Kárášjohka",
            "9845 Deatnu",
            "9525 Máze",
            "9846 Sirma",
            "9840 Várjjat",
            "9710 Iešjávri",
            "9740 Leavdnja",
            "9520 Kautokeino",
            "9730 Karasjok",
            "9845 Tana",
            "9700 Lakselv",
            "9600 Hammerfest",
            "9800 Vadsø",
            "9900 Kirkenes",
            "9510 Alta",
        ],
    ),
}
# Street-type words of the own streets: a kept ``gøta`` or ``Mtaa wa`` says nothing about the street.
_OWN_STREET_TEXT = "gøta vegur geaidnu bálggis mtaa wa barabara ya av calle vía avenida via strada contrada rue avenue"
OWN_STREET_WORDS = frozenset(set24.OWN_STREET_WORDS | set(_OWN_STREET_TEXT.split()))
# Unit, floor and c/o parts of an address's second line, by language (empty: the country writes none).
_UNITS = {
    "en": ("Flat {n}", "Apt {n}", "Unit {n}", "c/o {co}", "Flat {n}, {b} House", "Suite {n}"),
    "de": ("Whg. {n}", "{n}. OG", "c/o {co}", "App. {n}", "Hinterhaus"),
    "fr": ("Appt {n}", "Bât. B, appt {n}", "c/o {co}", "Résidence {b}, {n}e étage", "chez {co}"),
    "es": ("Piso {n}", "{n}º B", "Dpto. {n}", "c/o {co}", "Casa {n}", "Edificio {b}, apto {n}"),
    "it": ("Int. {n}", "Scala B, int. {n}", "c/o {co}", "Piano {n}"),
    "nl": ("bus {n}", "{n}-hoog", "t.a.v. {co}", "app. {n}"),
    "pt": ("Apto {n}", "{n}º Esq.", "c/o {co}", "Bloco B, apto {n}"),
}
_BUILDINGS = ("Alder", "Kestrel", "Harbour", "Riverside", "Mimosa", "Les Tilleuls", "Bellevue", "Aurora")


def faker_locale(locale: str) -> str:
    """The Faker locale whose addresses a locale uses (the new eight: their own locale code, not in Faker)."""
    return locale if locale in _OWN else set24.faker_locale(locale)


def uses_own(locale: str) -> bool:
    """Whether this module writes the locale's streets and towns (the new eight)."""
    return locale in _OWN


def has_postcodes(locale: str) -> bool:
    """Whether the locale's addresses carry a postcode (Bolivia and Panama write none)."""
    if locale in _OWN:
        return locale not in ("es_BO", "es_PA")
    return set24.has_postcodes(locale)


def faker_for(locale: str, seed: int) -> Faker | None:
    """A Faker of set 24's addresses seeded with the table's seed (None for the new eight)."""
    return None if locale in _OWN else set24.faker_for(locale, seed)


def place(locale: str, rng: random.Random, fake: Faker | None) -> tuple[str, str, str]:
    """(street line, postcode, town) of one address of ``locale``; the street line has its house number as the
    country writes it (East Belgium, San Marino, Faroe and Sami after the name, Monaco before it, Bolivia and
    Panama ``Nº``/``Casa``)."""
    if locale not in _OWN:
        return set24.place(locale, rng, fake)
    streets, towns = _OWN[locale]
    street = rng.choice(streets.split("|"))
    code, town = rng.choice(towns).split(" ", 1)
    n = rng.randint(1, 140)
    if locale == "fr_MC":
        line = f"{n}, {street}"
    elif locale == "es_BO":
        line = f"{street} Nº {n}{rng.choice(('', '', ' Zona Sopocachi', ' Zona Central', ' Villa Fátima'))}"
    elif locale == "es_PA":
        line = f"{street}, {rng.choice(('Casa', 'Edificio PH Torres del Mar, apto', 'Local'))} {n}"
    elif locale == "sw_TZ":
        line = f"{street}, Nyumba Na. {n}"
    else:
        line = f"{street} {n}"
    return line, code, town


def unit_line(lg: str, rng: random.Random, co_name: str) -> str:
    """A second address line: a flat, floor or building, or ``c/o`` another person (``co_name``)."""
    units = _UNITS.get(lg, _UNITS["en"])
    text = rng.choice(units)
    return text.format(n=rng.randint(1, 24), co=co_name, b=rng.choice(_BUILDINGS))


def whole_address(locale: str, street: str, postcode: str, town: str, rng: random.Random) -> str:
    """One cell with the whole address as the country writes it (set 24's for its locales)."""
    if locale not in _OWN:
        return set24.whole_address(locale, street, postcode, town, rng)
    if not has_postcodes(locale):
        return f"{street}, {town}"
    if locale == "sw_TZ":
        return f"{street}, {town} {postcode}"
    return f"{street}, {postcode} {town}"
