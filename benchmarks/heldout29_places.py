"""Held-out set 29: streets, postcodes and towns of the eight new locales, and address lines as exports write them.

Set 28's places (``heldout28_places``: public functions, set 29's seeds) for its 158 locales. The new eight, written
here from their countries' address customs:

- hu_RO: ``Str. Kossuth Lajos nr. 12, bl. A3, ap. 7`` or ``Strada Horea 5`` (the Romanian street word, ``nr.`` before
  the number, block and flat), the town in Hungarian or Romanian (``Csíkszereda`` / ``Miercurea Ciuc``), 6-digit
  postcodes (530110);
- ar_KW: ``قطعة 4، شارع 12، منزل 7`` (block, street, house; avenue ``جادة 3`` sometimes) or the same in English
  (``Block 4, Street 12, House 7``), the area (``السالمية``); the 5-digit postcodes are not written;
- en_BW: ``Plot 12345, Extension 9``, ``Plot 4521 Block 8`` or ``P.O. Box 1045`` (a postal address instead of the
  plot); no postcodes;
- fr_MG: Antananarivo's ``Lot IVG 204 Antanimena`` (a lot code and the quarter), ``Lot II M 85 Bis Analamahitsy``,
  3-digit postcodes (101 Antananarivo, 501 Toamasina);
- rm_CH: ``Via Principala 12``, ``Stradun 27``, ``Plazza 5``, ``Via da la Staziun 3``; 4-digit postcodes (7180
  Mustér);
- pt_TL: ``Rua de Balide``, ``Avenida Nicolau Lobato``, ``Aldeia Becusi Centro, Suco Becora`` (hamlet and village);
  no postcodes;
- en_BZ: ``#12 Albert Street``, ``Mile 8 George Price Highway``, ``7 Cemetery Road``; no postcodes;
- so_SO: ``Degmada Hodan, Waaxda 4`` (district, section), ``Isgoyska KM4``, ``Wadada Maka Al Mukarama``; no postcodes
  written.
"""

from __future__ import annotations

import random

import heldout28_places as set28

# town -> postcode (or its first digits: a random tail is added), per locale.
_TOWNS = {
    "hu_RO": (("Csíkszereda", "530"), ("Miercurea Ciuc", "530"), ("Kolozsvár", "400"), ("Cluj-Napoca", "400"),
              ("Marosvásárhely", "540"), ("Târgu Mureș", "540"), ("Székelyudvarhely", "535600"),
              ("Odorheiu Secuiesc", "535600"), ("Sepsiszentgyörgy", "520"), ("Nagyvárad", "410"),
              ("Szatmárnémeti", "440"),
              ("Gyergyószentmiklós", "535500"), ("Szováta", "545500"), ("Kovászna", "525200"), ("Barót", "525100"),
              ("Nagykároly", "445100"), ("Szalonta", "415500"), ("Székelykeresztúr", "535400")),
    "ar_KW": (("السالمية", ""), ("حولي", ""), ("الجهراء", ""), ("الفروانية", ""), ("مشرف", ""), ("الرميثية", ""),
              ("الجابرية", ""), ("سلوى", ""), ("الفحيحيل", ""), ("صباح السالم", ""), ("كيفان", ""), ("الروضة", ""),
              ("العديلية", ""), ("بيان", ""), ("خيطان", ""), ("Salmiya", ""), ("Hawally", ""), ("Jabriya", "")),
    "en_BW": (("Gaborone", ""), ("Francistown", ""), ("Maun", ""), ("Molepolole", ""), ("Serowe", ""),
              ("Mogoditshane", ""), ("Kanye", ""), ("Mochudi", ""), ("Mahalapye", ""), ("Palapye", ""), ("Lobatse", ""),
              ("Selebi-Phikwe", ""), ("Tlokweng", ""), ("Ramotswa", ""), ("Kasane", ""), ("Letlhakane", "")),
    "fr_MG": (("Antananarivo", "101"), ("Toamasina", "501"), ("Antsirabe", "110"), ("Fianarantsoa", "301"),
              ("Mahajanga", "401"), ("Toliara", "601"), ("Antsiranana", "201"), ("Ambatondrazaka", "503"),
              ("Moramanga", "514"), ("Morondava", "619"), ("Ambositra", "306"), ("Ivato", "105"),
              ("Ambohidratrimo", "105"), ("Nosy Be", "207"), ("Manakara", "316")),
    "rm_CH": (("Mustér", "7180"), ("Glion", "7130"), ("Scuol", "7550"), ("Zernez", "7530"), ("San Murezzan", "7500"),
              ("Sumvitg", "7175"), ("Trun", "7166"), ("Savognin", "7460"), ("Tusan", "7430"), ("Sedrun", "7188"),
              ("Lumbrein", "7148"), ("Valchava", "7535"), ("Samedan", "7503"), ("Ftan", "7551"),
              ("Vella", "7144"), ("Danis", "7163")),
    "pt_TL": (("Díli", ""), ("Baucau", ""), ("Maliana", ""), ("Suai", ""), ("Lospalos", ""), ("Same", ""),
              ("Aileu", ""), ("Ermera", ""), ("Liquiçá", ""), ("Manatuto", ""), ("Viqueque", ""), ("Ainaro", ""),
              ("Gleno", ""), ("Pante Macassar", ""), ("Comoro", ""), ("Becora", "")),
    "en_BZ": (("Belize City", ""), ("Belmopan", ""), ("San Ignacio", ""), ("Orange Walk Town", ""),
              ("Corozal Town", ""), ("Dangriga", ""), ("Punta Gorda", ""), ("San Pedro", ""), ("Benque Viejo", ""),
              ("Ladyville", ""), ("Hattieville", ""), ("Spanish Lookout", ""), ("Hopkins", ""), ("Placencia", ""),
              ("Santa Elena", "")),
    "so_SO": (("Muqdisho", ""), ("Mogadishu", ""), ("Hargeysa", ""), ("Kismaayo", ""), ("Baydhabo", ""),
              ("Beledweyne", ""), ("Gaalkacyo", ""), ("Garoowe", ""), ("Boosaaso", ""), ("Berbera", ""),
              ("Burco", ""), ("Marka", ""), ("Jowhar", ""), ("Afgooye", ""), ("Ceerigaabo", "")),
}  # fmt: skip
_STREETS = {
    "hu_RO": ("Kossuth Lajos", "Horea", "Petőfi Sándor", "Memorandumului", "Mihai Viteazul", "Gheorghe Doja",
              "Nicolae Bălcescu", "Tudor Vladimirescu", "Bethlen Gábor", "Márton Áron", "Eminescu",
              "Zöldfa", "Kriza János", "Tamási Áron", "Iuliu Maniu", "Avram Iancu", "Szabadság"),
    "ar_KW": (),
    "en_BW": (),
    "fr_MG": ("Antanimena", "Analamahitsy", "Ambohijatovo", "Isoraka", "Ankorondrano", "Ambatonakanga",
              "Andravoahangy", "Ampefiloha", "Ivandry", "Mahamasina", "Behoririka", "Tsaralalana", "Ankadifotsy",
              "Antsahavola", "Faravohitra", "Anosy"),
    "rm_CH": ("Via Principala", "Stradun", "Plazza", "Via da la Staziun", "Via Sura", "Via Sut", "Via Nova",
              "Curtin", "Vi da Baselgia", "Via dal Mulin", "Via Caschners", "Via da Scola", "Punt", "Quadra",
              "Via Alpsu", "Vi Cuort"),
    "pt_TL": ("Rua de Balide", "Avenida Nicolau Lobato", "Rua Jacinto de Cândido", "Avenida de Portugal",
              "Rua de Caicoli", "Rua Presidente Nicolau Lobato", "Avenida Bispo Medeiros", "Rua de Audian",
              "Rua Mártires da Pátria", "Rua de Lecidere", "Rua Formosa", "Avenida dos Direitos Humanos",
              "Rua de Santa Cruz", "Rua de Bidau", "Rua do Farol"),
    "en_BZ": ("Albert Street", "Regent Street", "Queen Street", "Cemetery Road", "Vernon Street",
              "Princess Margaret Drive",
              "Coney Drive", "Freetown Road", "Barrack Road", "Hummingbird Highway", "Orange Street",
              "Cleghorn Street", "Fabers Road", "Baymen Avenue", "Mahogany Street", "Hydes Lane"),
    "so_SO": ("Hodan", "Waaberi", "Hawl Wadaag", "Wadajir", "Dharkenley", "Yaaqshiid", "Kaaraan", "Shibis",
              "Boondheere", "Xamar Weyne", "Xamar Jajab", "Shangaani", "Abdicasiis", "Dayniile", "Hiliwaa"),
}  # fmt: skip
_KW_EN = ("Block", "Street", "House", "Avenue")
_HIGHWAYS_BZ = ("George Price Highway", "Philip Goldson Highway", "Southern Highway", "Old Northern Highway")
_SO_ROADS = ("Wadada Maka Al Mukarama", "Isgoyska KM4", "Wadada Warshadaha", "Wadada Wadnaha", "Isgoyska Bakaaraha")
_TL_SUCO = ("Becora", "Bidau", "Comoro", "Bairro Pite", "Fatuhada", "Kampung Alor", "Vila Verde", "Hera", "Metiaut")
# Street and unit words of the new eight (a kept one says nothing of the address: scored as a type word).
OWN_STREET_WORDS = set28.OWN_STREET_WORDS | frozenset(
    {
        "str",
        "strada",
        "nr",
        "bl",
        "ap",
        "sc",
        "et",
        "utca",
        "plot",
        "extension",
        "ext",
        "block",
        "box",
        "p.o",
        "lot",
        "bis",
        "via",
        "vi",
        "plazza",
        "punt",
        "rua",
        "avenida",
        "aldeia",
        "suco",
        "mile",
        "highway",
        "degmada",
        "waaxda",
        "wadada",
        "isgoyska",
        "house",
        "avenue",
        "قطعة",
        "شارع",
        "منزل",
        "جادة",
    }
)
NEW = tuple(_TOWNS)


def faker_locale(locale: str) -> str:
    """The Faker locale whose addresses a locale uses (the new eight: their own code, not in Faker)."""
    return locale if locale in _TOWNS else set28.faker_locale(locale)


def uses_own(locale: str) -> bool:
    """Whether this module writes the locale's streets and towns (the new eight)."""
    return locale in _TOWNS


def has_postcodes(locale: str) -> bool:
    """Whether the locale's addresses carry a postcode (Kuwait, Botswana, Timor-Leste, Belize, Somalia: none)."""
    if locale in _TOWNS:
        return locale in ("hu_RO", "fr_MG", "rm_CH")
    return set28.has_postcodes(locale)


def faker_for(locale: str, seed: int):
    """Set 28's address Faker seeded with the table's seed (None for the new eight)."""
    return None if locale in _TOWNS else set28.faker_for(locale, seed)


def _own_street(locale: str, rng: random.Random) -> str:
    n = rng.randint(1, 60)
    if locale == "hu_RO":
        line = f"{rng.choice(('Str.', 'Strada', 'str.'))} {rng.choice(_STREETS[locale])} nr. {n}"
        if rng.random() < 0.35:
            line += f", bl. {rng.choice('ABCDEFGH')}{rng.randint(1, 9)}, ap. {rng.randint(1, 40)}"
        return line
    if locale == "ar_KW":
        b, s, h = rng.randint(1, 12), rng.randint(1, 40), rng.randint(1, 90)
        if rng.random() < 0.35:
            return f"Block {b}, Street {s}, House {h}"
        avenue = f"، جادة {rng.randint(1, 9)}" if rng.random() < 0.3 else ""
        return f"قطعة {b}، شارع {s}{avenue}، منزل {h}"
    if locale == "en_BW":
        plot = rng.randint(100, 79999)
        return rng.choice((f"Plot {plot}, Extension {rng.randint(2, 15)}", f"Plot {plot} Block {rng.randint(3, 10)}",
                           f"P.O. Box {rng.randint(10, 9999)}", f"Plot {plot}"))  # fmt: skip
    if locale == "fr_MG":
        code = rng.choice(("IVG", "II M", "VB", "IVL", "II J", "IVH", "III E"))
        bis = " Bis" if rng.random() < 0.2 else ""
        return f"Lot {code} {rng.randint(1, 320)}{bis} {rng.choice(_STREETS[locale])}"
    if locale == "rm_CH":
        return f"{rng.choice(_STREETS[locale])} {n}"
    if locale == "pt_TL":
        if rng.random() < 0.4:
            return f"Aldeia {rng.choice(('Becusi Centro', 'Manleuana', 'Fomento', 'Lahane', 'Moris Foun'))}, " \
                   f"Suco {rng.choice(_TL_SUCO)}"  # fmt: skip
        return f"{rng.choice(_STREETS[locale])} {n}" if rng.random() < 0.6 else rng.choice(_STREETS[locale])
    if locale == "en_BZ":
        if rng.random() < 0.25:
            return f"Mile {rng.randint(2, 60)} {rng.choice(_HIGHWAYS_BZ)}"
        return f"{rng.choice(('#', ''))}{n} {rng.choice(_STREETS[locale])}"
    if rng.random() < 0.3:
        return f"{rng.choice(_SO_ROADS)}, guriga {n}"
    return f"Degmada {rng.choice(_STREETS[locale])}, Waaxda {rng.randint(1, 12)}"


def place(locale: str, rng: random.Random, fake) -> tuple[str, str, str]:
    """(street line, postcode, town) of one address of ``locale`` (postcode "" where the country writes none)."""
    if locale not in _TOWNS:
        return set28.place(locale, rng, fake)
    town, code = rng.choice(_TOWNS[locale])
    if len(code) == 3 and locale == "hu_RO":
        code += f"{rng.randint(0, 999):03d}"
    return _own_street(locale, rng), code, town


def unit_line(lg: str, rng: random.Random, co_name: str, locale: str = "") -> str:
    """A second address line: a flat, floor or building, or ``c/o`` another person (set 28's)."""
    return set28.unit_line(lg, rng, co_name, locale)


def number_first(street: str, lg: str, rng: random.Random) -> str:
    """The street line with its house number first (set 28's)."""
    return set28.number_first(street, lg, rng)


def whole_address(locale: str, street: str, postcode: str, town: str, rng: random.Random) -> str:
    """One cell with the whole address as the country writes it (set 28's; the new eight here)."""
    if locale not in _TOWNS:
        return set28.whole_address(locale, street, postcode, town, rng)
    sep = "، " if locale == "ar_KW" and not street.startswith("Block") else ", "
    return sep.join(x for x in (street, f"{postcode} {town}".strip()) if x)
