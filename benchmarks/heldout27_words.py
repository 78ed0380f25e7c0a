"""Held-out set 27: the values of look-alike columns (label ``None``: no personal data) and category words.

New kinds for the sets: hearing-aid models whose makers carry surnames (``Starkey``, ``Bernafon``), a florist's
bouquets named after women (``The Charlotte``, ``Bouquet Amélie``, ``Ramo Lucía``: given names that are no
person), customers' firms named after their founders (``Hofmann Dachbau GmbH``, ``Garage Dupuis``, ``Lindqvist
Bygg Ab``), research nurses, salespeople, enumerators and coaches as first names (a category), home-care funders
that are towns or surnames (``Barmer``, ``Menzis``), key-safe codes with a postcode's digit count beside the
address, customer and member numbers with a phone's digit count beside the phones, hearing-aid serials, IMEIs,
Square and Kobo ids, coordinates, roof types, water sources, football positions, shirt sizes, course groups.
"""

from __future__ import annotations

import random

HEARING_AIDS = ("Starkey Livio AI 2400", "Bernafon Alpha 9", "Oticon More 1", "Phonak Audéo Lumity 90",
                "Widex Moment 440", "Signia Pure Charge&Go 7AX", "ReSound Omnia 9", "Unitron Blu 9",
                "Rexton Reach 80", "Hansaton Aqua")  # fmt: skip
BOUQUETS = {"en": ("The Charlotte", "The Isabella", "The Harriet", "The Florence", "The Beatrice", "Matilda",
                   "Rosalie", "The Grace"),
            "fr": ("Bouquet Amélie", "Bouquet Clémence", "Bouquet Joséphine", "Bouquet Margaux", "Rosalie"),
            "es": ("Ramo Lucía", "Ramo Carmen", "Ramo Valentina", "Ramo Inés", "Rosalie")}  # fmt: skip
FIRMS = ("Hofmann Dachbau GmbH", "Bäckerei Steinle", "Garage Dupuis", "Talleres Ortega S.L.", "Ferramenta Bianchi",
         "Van Dijk Installatie", "Farmácia Lopes", "Lindqvist Bygg Ab", "Carter's Plumbing Ltd", "Murphy & Sons",
         "Khoury Frères", "Ramdin Trading N.V.")  # fmt: skip
STAFF = ("Henrike", "Jonas", "Mireille", "Aitor", "Chiara", "Femke", "Joana", "Sigrid", "Tomás", "Olu", "Priya",
         "Kasper")  # fmt: skip
FUNDERS = {"en": ("Council", "Self-funded", "NHS CHC", "Direct payment"),
           "de": ("AOK Bayern", "Barmer", "DAK-Gesundheit", "Techniker", "IKK classic", "Knappschaft"),
           "fr": ("CPAM", "MSA", "Harmonie Mutuelle", "MGEN", "APA Conseil départemental"),
           "es": ("Sanitas", "Adeslas", "Mapfre", "Ley de Dependencia"),
           "it": ("ASL Roma 1", "ATS Milano", "ASL Napoli 1", "Privato"),
           "nl": ("Zilveren Kruis", "CZ", "VGZ", "Menzis", "Wmo gemeente"),
           "pt": ("ADSE", "Médis", "Multicare", "SNS"),
           "sv": ("Kommunen", "ÅHS", "FPA", "Privat")}  # fmt: skip
LEVELS = {"en": ("Low", "Medium", "High"), "de": ("PG 1", "PG 2", "PG 3", "PG 4", "PG 5"),
          "fr": ("GIR 2", "GIR 3", "GIR 4", "GIR 5"), "es": ("Grado I", "Grado II", "Grado III"),
          "it": ("Lieve", "Medio", "Grave"), "nl": ("VV4", "VV5", "VV6", "Wmo"), "pt": ("Grau 1", "Grau 2", "Grau 3"),
          "sv": ("Nivå 1", "Nivå 2", "Nivå 3")}  # fmt: skip
# A next of kin's relation to the client: (women's words, men's words).
RELATIONS = {"en": (("Daughter", "Wife", "Neighbour", "Niece"), ("Son", "Husband", "Neighbour", "Nephew")),
             "de": (("Tochter", "Ehefrau", "Nachbarin", "Nichte"), ("Sohn", "Ehemann", "Nachbar", "Neffe")),
             "fr": (("Fille", "Épouse", "Voisine", "Nièce"), ("Fils", "Époux", "Voisin", "Neveu")),
             "es": (("Hija", "Esposa", "Vecina", "Sobrina"), ("Hijo", "Esposo", "Vecino", "Sobrino")),
             "it": (("Figlia", "Moglie", "Vicina", "Nipote"), ("Figlio", "Marito", "Vicino", "Nipote")),
             "nl": (("Dochter", "Echtgenote", "Buurvrouw", "Nicht"), ("Zoon", "Echtgenoot", "Buurman", "Neef")),
             "pt": (("Filha", "Esposa", "Vizinha", "Sobrinha"), ("Filho", "Marido", "Vizinho", "Sobrinho")),
             "sv": (("Dotter", "Hustru", "Granne", "Systerdotter"),
                    ("Son", "Make", "Granne", "Systerson"))}  # fmt: skip
ROOFS = ("Gable roof", "Flat roof", "Hip roof", "Shed roof", "Carport")
LABELS = ("Hot lead", "Warm lead", "Cold lead", "Customer")
STAGES = ("Site survey booked", "Quote sent", "Negotiation", "Won", "Lost")
WATER = ("borehole", "piped_yard", "protected_well", "surface_water", "tanker_truck", "rainwater")
POSITIONS = ("Goalkeeper", "Defender", "Midfielder", "Forward")
SHIRTS = ("YS", "YM", "YL", "AS", "AM")
SOURCES = ("Directory", "Third Party", "Instant Profile", "Online Store", "Import")
SUBSCRIPTION = ("subscribed", "unsubscribed", "")
COURSES = ("A1.1 Abend", "A2 Intensiv", "B1.2 Vormittag", "B2 Beruf", "C1 Hochschule", "Integrationskurs 7")
LEVELS_CEFR = ("A1", "A2", "B1", "B2", "C1")


def choose(rng: random.Random, options, lg: str = "en"):
    """One option of a per-language table (English where the language has none), or of a plain sequence."""
    if isinstance(options, dict):
        return rng.choice(options.get(lg, options["en"]))
    return rng.choice(options)


def relation(rng: random.Random, female: bool, lg: str) -> str:
    """A next of kin's relation to the client, by the relative's sex, in ``lg`` (English where none here)."""
    women, men = RELATIONS.get(lg, RELATIONS["en"])
    return rng.choice(women if female else men)


def amount(rng: random.Random, lg: str, lo: int, hi: int) -> str:
    """A sum as the language writes it (``1234.50`` in English, ``1234,50`` elsewhere)."""
    value = f"{rng.randint(lo, hi)}.{rng.choice(('00', '50', '90', '25'))}"
    return value if lg == "en" else value.replace(".", ",")


def key_safe(rng: random.Random, width: int) -> str:
    """A key-safe code with ``width`` digits (the country's postcode width: it sits beside the postcode)."""
    return "".join(str(rng.randint(0, 9)) for _ in range(width))


def coordinate(rng: random.Random, centre: tuple[float, float], spread: float = 1.5) -> tuple[str, str]:
    """A water point's GPS reading (Kobo writes six decimals)."""
    return (f"{centre[0] + rng.uniform(-spread, spread):.6f}", f"{centre[1] + rng.uniform(-spread, spread):.6f}")
