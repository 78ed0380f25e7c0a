"""The vocabulary of the street lines in free text (:mod:`text_streets`): street types before the name
(``rue``, ``Calle``, ``ul.``), after it (``Straße``, ``Vej``) or glued to it (``Kerkstraat``), the unit words of a
line (``Flat``, ``Wohnung``, ``Dpto.``), and the pieces of a name and a house number.

Why a module of its own: the street rules of many modules (cues, caseless, buildings, Philippine lines) and the
column readers share these lists, so a word added here is known to every one of them; the layouts that use them
stay in :mod:`text_streets` and :mod:`text_street_typed`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import gazetteers
from safe_synthesizer.utils.scripts import HAN, KANA

_EN_LOCALES = ("en_US", "en_GB", "en_AU", "en_CA", "en_IE", "en_NZ")
_GLUED_LOCALES = ("de_DE", "de_AT", "de_CH", "nl_NL", "nl_BE", "sv_SE", "da_DK", "no_NO", "fi_FI")
# English street suffixes that are ordinary words after a number too often ("3 Little", "2 Top").
_AMBIGUOUS_EN = frozenset(
    """little line key keys top union unions upper lower rest end fall falls light lights part turn follow break
    dip well wells block club common front ground land loaf lock locks mission pocket point points round sound
    station strip trace track wall wade brace elbow neck quad ride flat flats port ports fort camp bend branch
    cross edge gap key link mount range reach reserve retreat right spring springs summit trail trailer
    triangle island islands lake lakes river valley view views village villages""".split()  # noqa: SIM905
)
# Words that start a street in the locales (Faker's prefixes where they are street types, and more);
# any case (``ul.``, ``rue``, ``calle``).
PREFIXES = (
    "rue", "avenue", "boulevard", "bd", "chemin", "allée", "impasse", "quai", "calle", "avenida", "avda", "paseo",
    "camino", "ronda", "cuesta", "callejón", "cañada", "vía", "pasaje", "pasadizo", "rambla", "glorieta",
    "urbanización", "alameda", "viale", "piazza", "piazzale", "corso", "strada", "vicolo", "contrada", "rotonda",
    "borgo", "canale", "lungomare", "rua", "travessa", "praça", "rodovia", "estrada", "ladeira", "viela", "pátio",
    "esplanada", "ulica", "aleja", "plac", "osiedle", "carrer", "passeig", "avinguda", "rúa",
    # Quebec ("2033 route Céline", "908 rang Larose", "6003 montée Stéphane", "48568 allé Victor").
    "route", "rang", "montée", "allé", "côte", "croissant",
    # Czech embankments, squares and avenues before the name ("Nábřeží Ludvíka Svobody 79").
    "nábřeží", "náměstí", "třída",
    # Slovak squares, embankments and avenues ("Námestie Hraničiarov 757", "nábrežie Kpt. Nálepku 4").
    "námestie", "nábrežie", "trieda",
    # Belgian French ("chaussée de Louvain 13 bte 8").
    "chaussée",
    # Galician and Catalan squares, lanes and passages ("Praza do Toural 2", "Plaça del Sol 4", "Camí Ral 12").
    "praza", "camiño", "travesa", "rolda", "plaça", "passatge", "camí", "travessera", "carreró",
)  # fmt: skip
# Abbreviations that count only with their dot (``ul. Gdańska``, ``pl. Listopada``, ``C. de Rosa``).
DOTTED_PREFIXES = (
    "ul", "al", "pl", "os", "c", "av", "avda", "pza", "bd", "str", "tv", "lg", "estr", "r", "nám", "nábr",
    # Chilean and Argentine passages ("Psje. Manuel Rodríguez 8651", "Pje. Los Olmos 12").
    "psje", "pje",
)  # fmt: skip
# Street types that name a street without a number (``rue de Fleury``, ``Avenida de Sousa``).
UNNUMBERED_PREFIXES = (
    "rue", "boulevard", "chemin", "allée", "impasse", "quai", "calle", "avenida", "paseo", "rua", "travessa",
    "ulica", "aleja", "viale", "piazza", "vicolo", "corso", "largo", "alameda", "praça",
)  # fmt: skip
# Street words that are also ordinary English words: only capitalised (``Via Roma 5``, not "via DHL").
CAPITALISED_PREFIXES = (
    "Via", "Place", "Route", "Square", "Plaza", "Largo", "Vila", "Casa", "Quadra", "Setor", "Trecho", "Vereda",
    "Conjunto", "Acceso", "Vial", "Carrera", "Stretto", "Incrocio", "Ave", "Av",
    # Welsh streets, number first ("81 Maes y Dref", "60 Rhodfa'r Môr", "12 Heol y Parc", "5 Stryd Fawr").
    "Heol", "Ffordd", "Stryd", "Lôn", "Maes", "Rhodfa", "Rhodfa'r", "Clos", "Llys", "Teras", "Cilgant",
    # Breton ("17 Straed ar Vilin", "21 Hent Kemper", "22 Plasenn an Iliz") and Scottish Gaelic ("22 Sràid a'
    # Bhanca", "6 Rathad na Mara", "18 Ceann a' Bhàigh") streets, number first.
    "Straed", "Hent", "Plasenn", "Karter", "Sràid", "Rathad", "Ceàrnag", "Slighe", "Ceann",
    # Papiamento streets of Aruba, Curaçao and Bonaire ("Caya Betico Croes 44", "Kaya Grandi 12", "Kaminda
    # Jan Noorduyn 9"), hills and ponds that name a neighbourhood's lanes ("Seroe Preto 12", "Seru Fortuna 3").
    "Caya", "Kaya", "Kaminda", "Seroe", "Seru",
)  # fmt: skip
# Street types written as a word of their own after the name (``Capri Allé 732``, ``Berliner Straße 5``,
# ``Nørre Vej 12``); capitalised only, so prose ("the way 3 of us") is not a street.
SPACED_TYPES = (
    "Allé", "Alle", "Allee", "Vej", "Gade", "Plads", "Torv", "Stræde", "Vænge", "Gata", "Gatan", "Vägen", "Väg",
    "Straße", "Strasse", "Weg", "Gasse", "Platz", "Straat", "Laan", "Plein", "Veien", "Gate", "Tie", "Katu",
    "Náměstí", "náměstí", "Nábřeží", "nábřeží", "Třída", "třída", "Sady", "sady",  # Czech squares, embankments
    "Námestie", "námestie", "Nábrežie", "nábrežie", "Trieda", "trieda",  # Slovak ("Vlastenecké námestie 517")
)  # fmt: skip
# Glued street types (``Hauptstraße``, ``Kerkstraat``, ``Storgatan``).
_GLUED_EXTRA = (
    "straße", "strasse", "str", "gasse", "weg", "allee", "platz", "ring", "damm", "ufer", "chaussee", "steig",
    "pfad", "straat", "laan", "gracht", "plein", "dreef", "kade", "singel", "hof", "steeg", "baan", "dijk", "-ring",
    "gatan", "gata", "vägen", "väg", "stigen", "gränd", "torget", "backe", "gade", "vej", "stræde", "allé", "veien",
    "vegen", "katu", "polku", "kuja", "bulevardi",
    # Icelandic, with the dative and accusative of prose ("Laugavegur 12", "á Laugavegi 12", "Hverfisgötu 8",
    # "Skólavörðustígur 5", "Álfheimar 7", "Hraunbær 26b", "Engihjalli 84", "Bergstaðastræti 3").
    "vegur", "vegi", "veg", "götu", "stígur", "stíg", "stræti", "braut", "tún", "torg", "hlíð", "teigur", "teig",
    "gerði", "vellir", "völlum", "heimar", "heimum", "hjalli", "hjalla", "bær", "mýri", "melur", "hagi", "haga",
    "bakki", "bakka", "hólar", "hólum", "salir", "lind", "smári", "kvísl", "brún", "brekka", "síða", "strönd",
    "leiti", "grund", "byggð", "holt", "hvammur", "hraun",
    # Luxembourgish ("Haaptstrooss 51", "Bréckegaass 3").
    "strooss", "gaass",
    # West Frisian ("Haadstrjitte 31", "Tsjerkebuorren 52", "Noarderdyk 22", "Mûnewei 39", "Wiidpaed 59",
    # "Súdergoa 52", "Skoalleane 4", "Sylwâl 8").
    "strjitte", "buorren", "dyk", "wei", "paed", "goa", "leane", "loane", "wâl", "feart", "hiem", "pleats",
)  # fmt: skip
UNITS = (
    "flat", "studio", "apt", "apartment", "suite", "ste", "unit", "room", "floor", "fl", "wohnung", "whg", "bus",
    "appartamento", "app", "piano", "interno", "int", "scala", "sc", "piso", "puerta", "escalera", "esc", "apto",
    "casa", "bloco", "bl", "m", "lok", "lgh", "étage", "bât", "appt", "porte", "h.no", "house no", "no", "#",
    # Mexico ("Edif. 849 , Depto. 501", "Interior 561"), Australia ("Level 9 7 Fuentes Circle").
    "edif", "edificio", "depto", "dpto", "departamento", "interior", "level", "lvl",
    # Mexican blocks and lots ("Andador Morelos 45 Mz. 3 Lt. 12").
    "mz", "manzana", "lt", "lote",
    # Belgian letter boxes ("13 bte 8", "13 boîte 2"), Latvian flats ("ielā 6 dz. 33").
    "bte", "boîte", "dz", "oficina",
    # Icelandic flats ("Álfheimar 179, íbúð 39").
    "íbúð",
)  # fmt: skip
_AMBIGUOUS_GLUED = frozenset({"ring", "tie", "str", "tor", "bad"})
# A capitalised word of a Latin script, or a CJK word (Faker's ja_JP streets: ``108 石井 Street``).
_CAP = rf"(?:[A-ZÀ-ÖØ-ÝĀ-Ž][\wÀ-ÿĀ-ž'’\-]*|[{KANA}{HAN}]{{1,8}})"
# "e", "y", "i" join two names of one street ("Avenida de Vinte e Quatro de Agosto", "ulica Żwirki i Wigury").
# An elided article is glued to the name that follows ("Place de l'Église", "rue d'Alsace").
_PARTICLE = (
    r"(?:(?:della|delle|de la|del|dei|des|dos|das|van|von|der|den|het|les|de|di|da|do|du|la|le|d'|e|y|i)(?![\w'])"
    r"|[dl]['’](?=[A-ZÀ-ÖØ-Ý]))"
)
_NUMBER = r"\d{1,5}[A-Za-z]?(?:\s?[/\-]\s?\d{1,4}[A-Za-z]?)?"
# Portuguese and Spanish "sem número" / "sin número" stand where the house number would.
_NUMBER_OR_NONE = rf"(?:{_NUMBER}|[Ss]/[Nn])"


# Not a score out of 10, 20 or 100 ("8/10, Great fit").
_SLASHED = r"\d{1,3}/(?!(?:10|20|100)(?!\d))\d{2,3}"
_CALENDAR = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri",
    "sat", "sun", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)  # fmt: skip


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=2)
def _en_suffixes(ambiguous: bool = False) -> tuple[str, ...]:
    words = set(gazetteers.street_suffixes())
    for locale in _EN_LOCALES:
        words |= {w for w in gazetteers.locale_street_words(locale) if " " not in w}
    words |= {"nagar", "marg", "chowk", "ganj", "zila", "path"}  # en_IN
    words -= {u.lower() for u in UNITS}  # "Curve Suite 549": the unit follows the street
    return tuple(w for w in words if (ambiguous or w not in _AMBIGUOUS_EN) and len(w) > 1 and w.isalpha())


_PREFIX_LOCALES = ("es_ES", "es_MX", "pt_BR", "pt_PT", "fr_FR", "it_IT", "es_CO", "es_AR", "pt_PT")


@lru_cache(maxsize=1)
def _faker_prefixes() -> tuple[str, ...]:
    """Faker's street prefixes of the Romance locales (``Morro``, ``Trevo``, ``Sítio``), capitalised only."""
    words: set[str] = set()
    for locale in _PREFIX_LOCALES:
        provider = gazetteers._provider("address", locale)
        for value in getattr(provider, "street_prefixes", ()) or ():
            word = str(value).strip().rstrip(".")
            if word[:1].isupper() and len(word) > 2:
                words.add(word)
    return tuple(words)


@lru_cache(maxsize=1)
def _glued() -> tuple[str, ...]:
    words = set(_GLUED_EXTRA)
    for locale in _GLUED_LOCALES:
        words |= {w for w in gazetteers.locale_street_words(locale) if " " not in w and len(w) >= 3}
    # Endings of ordinary words ("Spring 2021", "During 3", "Bowtie", "iPad 2"): hyphenated only.
    return tuple(words - _AMBIGUOUS_GLUED)


# English abbreviations that end like German's "str." ("Constr. 5", "Instr. 3", "Demonstr. 4").
_NOT_ABBREVIATED = r"(?!(?i:con|in|demon|illu|admin|mini|regi|orche|di)str\.)"


@lru_cache(maxsize=1)
def unit_regex() -> str:
    """One unit part of a street line (``Flat 8``, ``Apt. 5B``, ``Unit C``, ``bte 22``, ``Of. 604``)."""
    units = _alternation(UNITS)
    # A unit's number holds a digit or is one or two capitals (``Flat 8``, ``Apt. 5B``, ``Unit C``).
    # A letter-only unit number stands apart ("Unit C"): "CASAS", "MZYK" are words, not "Casa S", "Mz YK".
    number = r"\.?\s*(?:No\.?\s*)?[\w\-]{0,4}\d[\w\-]{0,4}"
    # Chilean offices ("Of. 604"): only with the dot and a number, so English "of 5" is no unit.
    return rf"(?<!\w)(?:(?i:{units})|[Oo]f(?=\.[ \t]*\d))(?:{number}|\.?[ \t]+[A-Z]{{1,2}}|\.[A-Z]{{1,2}})\b"


# Slovak prepositions that start a street's name ("Pri Suchom mlyne 3", "Popri Dunaji 5", "Ku Bratislave 2").
_SK_PREPOSITIONS = r"Pri|Popri|Ku|Vo|Medzi|Pred|Nad|Pod"
