"""Street lines inside free text, in many locales: ``Studio 38, Iain Manor``, ``12 rue Victor Hugo``,
``Gabi-Heser-Gasse 28/38 Wohnung 15``, ``ul. Gdańska 72/92``, ``Siennahof 939 bus 2``.

Three layouts cover the Faker locales' street formats:

- number first, then a street-type word before the name (``12, rue de la Paix``) or after it
  (``4060 Shepherd Curve``; the English street suffixes of Faker's en_* locales);
- a street-type word first, then the name and a house number (``Calle de Lino Córdoba 73``,
  ``Via Roma, 5``, ``Rua das Flores, 406``, ``aleja Mazurska 07/43``);
- one word glued to a street type, then a house number (``Löwenstraße 7``, ``Quinnsteeg 850``,
  ``Parkgatan 00``, ``Gabi-Heser-Gasse 28``).

Unit words before (``Flat 1, Studio 84``) or after (``Apt. 5``, ``Wohnung 15``, ``Piano 8 Interno 7``,
``m. 5``) belong to the span. The vocabulary is Faker's street suffixes and prefixes of the locales
below plus common words Faker lacks; names of streets must be capitalised, so prose such as "sent
via post 3 times" is not a street.

Example::

    street_spans("Moved to Gabi-Heser-Gasse 28/38 Wohnung 15 in May.")  # [(9, 42, 'street_address')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_korean_places import korean_street_spans
from safe_synthesizer.pii.text_street_celtic import celtic_street_spans
from safe_synthesizer.pii.text_street_indonesian import indonesian_street_spans
from safe_synthesizer.pii.text_street_maltese import maltese_street_spans
from safe_synthesizer.pii.text_street_vietnamese import vietnamese_street_spans
from safe_synthesizer.utils.scripts import CJK_LETTERS, HAN, KANA

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


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    units = _alternation(UNITS)
    unit = unit_regex()
    head = rf"(?:{unit},?\s+){{0,2}}"
    # A Mexican neighbourhood after the street says where the street is ("Calle Hidalgo 123, Col. Centro",
    # "Fracc. Las Flores"): part of the line, or the fake street would sit in the old colonia.
    hood = (
        rf"(?:\s?,?[ \t]+(?:Col\.|Colonia|Fracc\.|Fraccionamiento)[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP}"
        rf"(?:[ \t]+{_CAP}){{0,3}})?"
    )
    tail = rf"(?:\s?,?\s+{unit}){{0,3}}(?:\s*\d{{1,4}}号室)?{hood}"
    prefix = (
        rf"(?:(?:(?i:{_alternation(PREFIXES)})|{_alternation(CAPITALISED_PREFIXES + _faker_prefixes())})\.?"
        rf"|(?i:{_alternation(DOTTED_PREFIXES)})\.)"
    )
    # A unit word ends the name ("4123 rang Gervais Apt. 120": the unit is the tail's).
    name = rf"(?:{_PARTICLE}\s*){{0,2}}{_CAP}(?:\s+(?:{_PARTICLE}\s*){{0,2}}(?!(?i:{units})\b){_CAP}){{0,3}}"
    suffix = rf"(?i:{_alternation(_en_suffixes())})\b\.?"
    # After a unit ("Studio 41, Marilyn Keys") every English street type counts.
    any_suffix = rf"(?i:{_alternation(_en_suffixes(ambiguous=True))})\b\.?"
    # A street line never runs across a line break ("Allee 1\nWitness Frau Dr. Specht" is no "Dr.").
    # A numbered street's name is a number itself, its type capitalised ("1275B 86th Highway", "12 3rd Street").
    ordinal = rf"\d{{1,3}}(?:st|nd|rd|th)[ \t]+(?=[A-Z]){suffix}"
    # A date's tail is no house number ("DOB 22/09/1959, Carrer de la Closa 23": not "09/1959, Carrer ...").
    number_first = (
        rf"{head}\b(?<![\d/.\-]){_NUMBER},?[ \t]+(?:{prefix}[ \t]+{name}|(?:{_CAP}[ \t]+){{1,3}}{suffix}|{ordinal})"
        rf"{tail}"
    )
    unit_only = rf"(?:{unit},?\s+){{1,2}}(?:{_CAP}\s+){{1,3}}{any_suffix}{tail}"
    # "Level 4 50 Sharon Edge": a unit, a house number, then every English street type counts.
    unit_number = rf"(?:{unit},?\s+){{1,2}}{_NUMBER},?\s+(?:{_CAP}\s+){{1,3}}{any_suffix}{tail}"
    # Mexican streets carry an exterior and an interior number ("Privada Nazario 129 905").
    prefix_first = (
        rf"{head}\b{prefix}\s+{name},?\s+(?:[nN][º°oO]\.?\s*)?{_NUMBER_OR_NONE}(?:[ \t]\d{{3}}(?![\d/:]|\.\d))?\b{tail}"
    )
    spaced = rf"{head}\b{_CAP}(?:[ \-]{_CAP}){{0,2}}\s+(?:{_alternation(SPACED_TYPES)})\s+{_NUMBER}\b{tail}"
    # "H.No. 356, Prabhu", "Flat 7, 59/008, Raghavan" (en_IN: a unit, a number, a name). The unit word is
    # written as in an address (capitalised), and the name is no label in capitals: "put in room 12, ID
    # checked" is prose.
    unit_name = (
        rf"(?=[A-Z#])(?:{unit},?[ \t]+){{1,2}}(?:{_NUMBER},[ \t]+)?(?![A-Z]{{1,3}}\b){_CAP}(?:[ \t]+{_CAP}){{0,2}}"
    )
    # "Folke Bernadottesgade 4", "Nordre Digegade 68": capitalised words may precede the glued one.
    # Initials of the person a street is named after come first ("J.P.E. Hartmannsvej 80").
    glued = (
        rf"{head}(?:\b(?:[A-ZÀ-ÝĀ-Ž]\.){{1,4}}[ \t]?)?\b(?:{_CAP}\s+){{0,2}}{_NOT_ABBREVIATED}{_CAP}"
        # "Junkstr. 2/6": German's abbreviated "straße" is glued too, but only with its dot ("Instr 3" is prose).
        rf"(?i:{_alternation(_glued())}|str(?=\.))\.?"
        rf"\s+{_NUMBER}\b{tail}"
    )
    bare = rf"\b(?:(?i:{_alternation(UNNUMBERED_PREFIXES)}))\s+{name}{tail}"
    # "Chácara de Melo", "Pátio de Ribeiro": a capitalised street type, a particle, a name; no number.
    bare_particle = (
        rf"\b(?:{_alternation(CAPITALISED_PREFIXES + _faker_prefixes())})\s+(?:d[eoa]s?|del)\s+{_CAP}"
        # "avenue de Aeby": the French word only before a particle (English "avenue" is prose).
        rf"|\b(?i:avenue)\s+(?:de\s+la|de|du|des|d')\s*{_CAP}"
    )
    # "52/23, Goda" (en_IN: a house number with a slash, then the street's name alone); not dates.
    slashed = rf"(?<![\w/]){_SLASHED}(?![/\d]),\s+(?!(?i:{_alternation(_CALENDAR)})\b){_CAP}"
    # Czech: a preposition before the name ("V Humenci 3", "Na Břevnovské Pláni 80"), or an adjective
    # or genitive street name ("Opavská 829", "Bazovského 134", "Vokrojova 953") before the number.
    czech = (
        rf"{head}\b(?:U|V|Ve|Na|K|Ke|Nad|Pod|Podle|Mezi|Za|Před|Při|Přes|Proti|Kolem|Okolo|Do|{_SK_PREPOSITIONS})\s+"
        rf"{_CAP}(?:\s+(?:{_CAP}|[a-záäčďéíĺľňóôŕšťúýž]{{3,12}})){{0,2}}\s+{_NUMBER}\b{tail}"
        # ... after a given name for streets named after persons ("Anny Drabíkové 5").
        # Slovak shortens -ská after a long syllable ("Bodvianska 6", "Hutnícka 3"); plurals ("Zapských 6").
        rf"|{head}\b(?:{_CAP}\s+)?[A-ZÀ-ÖØ-ÝĀ-Ž][\wÀ-ÿĀ-ž]{{2,}}"
        rf"(?:ská|cká|ní|ová|ova|ové|ého|ího|iho|ká|ná|ských|ckých|[a-zá-ž]{{2}}ska|[a-zá-ž]{{2}}cka)"
        rf"\s+{_NUMBER}\b{tail}"
    )
    # Finnish street types written apart and in lower case ("Wäinö Aaltosen kuja 3", "Haagan pappilankatu 60").
    finnish_types = r"(?:kuja|polku|tie|katu|raitti|väylä|kaari|rinne|puistikko|aukio|tori|bulevardi|ranta|kaarre|piha)"
    finnish = (
        rf"{head}\b{_CAP}(?:\s+{_CAP}){{0,2}}\s+[a-zäöå]*{finnish_types}\s+{_NUMBER}\b{tail}"
        # Glued ("Haahkatie 598", "Rukkilantie 442"): three letters at least before the type ("Bowtie 5").
        rf"|{head}\b[A-ZÄÖÅ][a-zäöå]{{3,}}{finnish_types}\s+{_NUMBER}\b{tail}"
    )
    # Chinese and Japanese block addresses ("天津路k座", "长春街123号", "明石町18丁目17番18号"); Japanese
    # place names mix kanji, kana and full-width letters ("鶴ヶ丘", "勝どき", "丸の内ＪＰタワー") but never
    # hold the particles that end a phrase before them ("荷物は勝どき...": は).
    # Taiwanese and Chinese lines carry the road's section, lane and alley before the number, and the
    # sub-number and floor after it ("重慶南路一段122號3樓", "臺灣大道三段99巷5弄12號", "自立街2段539號之1").
    cjk = (
        rf"[{HAN}]{{1,12}}(?:路|街|大道|道|巷|弄)(?:[0-9一二三四五六七八九十]{{1,3}}段)?(?:\d{{1,4}}巷)?(?:\d{{1,4}}弄)?"
        rf"(?:\d{{1,5}}[号號](?:之\d{{1,3}})?(?:\d{{1,3}}[樓楼层層Ff](?:之\d{{1,3}})?)?|[A-Za-z0-9]{{1,3}}座)(?:\d{{1,4}}室)?"
        rf"|(?:(?![はをがにでへもと])[{CJK_LETTERS}Ａ-Ｚａ-ｚ０-９]){{1,16}}\d{{1,2}}丁目\d{{1,3}}番(?:地)?\d{{0,3}}号?"
    )
    # Luxembourg's main streets, either order ("154, Grand-Rue", "Grand-Rue 19"), and glued Luxembourgish
    # streets with the number first ("51, Haaptstrooss").
    luxembourg = (
        rf"{head}\b(?:{_NUMBER},?[ \t]+Grand['’\-]Rue\b|Grand['’\-]Rue[ \t]+{_NUMBER}\b)"
        rf"|\b{_NUMBER},[ \t]+[A-ZÄÖÜÉ][\wäöüéë]*(?:strooss|gaass)\b"
    )
    patterns = (luxembourg, number_first, unit_only, unit_number, prefix_first, glued, spaced, unit_name, slashed,
                czech, finnish, cjk, bare_particle, bare)  # fmt: skip
    return tuple(re.compile(p) for p in patterns)


@lru_cache(maxsize=1)
def _typed_patterns() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """(gate, pattern) of the layouts whose street type follows the name with a number after it: the
    pattern runs only on text the cheap gate finds its street type in."""
    # Hungarian: the name (a lower-case second word too: "Petőfi sándor utca"), the street type, the house
    # number with its dot ("Petőfi utca 71.", "Balatonfürdői tér 1.", "Kossuth Lajos u. 5/A").
    hungarian = (
        rf"\b{_CAP}(?:[ \t]+(?:{_CAP}|[a-záéíóöőúüű]{{3,12}})){{0,2}}[ \t]+(?i:{_HU_TYPES})[ \t]+"
        rf"\d{{1,4}}(?:/[A-Za-z0-9]{{1,3}})?\.?(?:[ \t]*\d{{1,2}}\.[ \t]*em(?:elet)?\.?(?:[ \t]*\d{{1,3}}\.?)?)?"
    )
    # Turkish: the neighbourhood maybe ("Lale Mah."), the name, the street type, then "No: 28/9" and maybe the
    # flat ("D: 1", "Daire 4", "Kat: 2"): "İnönü Caddesi No: 28/9", "Lale Mah. Barış Sok. No: 111 D: 1".
    turkish = (
        rf"\b(?:{_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+(?i:mahallesi|mah\.|mh\.),?[ \t]+)?"
        rf"{_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+(?i:{_TR_TYPES})[ \t]*,?[ \t]*(?i:no)[ \t]*[:.]?[ \t]*"
        rf"\d{{1,5}}(?:[ \t]*/[ \t]*\d{{1,4}})?"
        rf"(?:[ \t]*,?[ \t]*(?i:d[ \t]*[:.]|daire|kat)[ \t]*[:.]?[ \t]*\d{{1,4}}\b)?"
    )
    # Baltic and South Slavic: the name, a street type written apart (often abbreviated), the house number
    # ("Gedimino pr. 12-5", "Vilniaus g. 3", "Brīvības iela 40", "Narva mnt. 5", "Zagrebačka cesta 12").
    # A second word of the name ("Vinco Kudirkos g. 5") never opens a sentence ("Atsiimti Savanorių pr. 137").
    baltic = (
        rf"\b(?:(?<=[^\n])(?<![.!?:;][ \t])(?<![.!?:;]){_CAP}[ \t]+)?{_CAP}[ \t]+(?:{_BALTIC_TYPES})[ \t]*{_NUMBER}\b"
        # The flat after the house: Latvian "dz." (dzīvoklis), Estonian "korter", Lithuanian "but." (butas).
        r"(?:[ \t]*,?[ \t]*(?:dz\.|dzīv\.|korter|k\.|kv\.|but\.)[ \t]*\d{1,4}\b)?"
    )
    return (
        (re.compile(rf"[ \t](?:{_BALTIC_TYPES})[ \t]*\d"), re.compile(baltic)),
        (re.compile(r"[ \t]p[ou]t[ \t]+\d"), re.compile(_SLAVIC_PATH)),
        (re.compile(rf"(?i)[ \t](?:{_HU_TYPES})[ \t]+\d"), re.compile(hungarian)),
        (re.compile(rf"(?i)[ \t](?:{_TR_TYPES})[ \t]*,?[ \t]*no\b"), re.compile(turkish)),
    )


# Lower case only (a capital starts the next name): Lithuanian "g." (gatvė), "pr." (prospektas), "al." (alėja),
# "pl." (plentas), "skg." (skersgatvis), "a." (aikštė); Latvian "iela"; Estonian "tn.", "mnt.", "pst.";
# Croatian, Serbian and Slovenian "cesta", "ulica", "obala", "trg", "šetalište", "odvojak", "prilaz".
_BALTIC_TYPES = (
    r"g\.|gatvė|pr\.|prospektas|al\.|alėja|pl\.|plentas|skg\.|skersgatvis|a\.|aikštė|kelias|krantinė|"
    r"iela|ielā|bulvāris|prospekts|gatve|gatvėje|tn\.?|tänav|mnt\.?|maantee|pst\.?|puiestee|tee|põik|väljak|"
    r"cesta|ulica|obala|trg|šetalište|odvojak|prilaz|ogranak|naselje|"
    # ... and more South Slavic types after the name ("Kratka steza 7", "Krakovski nasip 98", "Strupijevo
    # nabrežje 8b", "Rokov perivoj 2a", "Dvoranski prečac 3a/1"); "pot"/"put" are English words: see _SLAVIC_PATH.
    r"steza|nasip|nabrežje|sprehajališče|šetališče|prečac|perivoj|vijenac|stube|drevored|klanec"
)
# Slovenian "pot" and Croatian "put" (path) after an adjective of four letters or more ("Zajčeva pot 5",
# "Srednja pot 606", "Bijenički put 12"); "I put 3 apples", "Crock pot 3" are prose.
_SLAVIC_PATH = (
    r"\b(?:[A-ZČŠŽĆĐ][a-zčšžćđ]+[ \t]+)?[A-ZČŠŽĆĐ][a-zčšžćđ]{2,}(?:[aoi]|ov|ev|in)[ \t]+(?:pot|put)[ \t]+"
    r"\d{1,4}[a-z]?(?:/\d{1,3}[a-z]?)?\b"
)
# Slovak prepositions that start a street's name ("Pri Suchom mlyne 3", "Popri Dunaji 5", "Ku Bratislave 2").
_SK_PREPOSITIONS = r"Pri|Popri|Ku|Vo|Medzi|Pred|Nad|Pod"
_HU_TYPES = r"utca|u\.|út|útja|tér|tere|körút|krt\.|köz|köze|sor|sétány|rakpart|fasor|lépcső|dűlő|liget|lakótelep"
_TR_TYPES = r"caddesi|cadde|cad\.|cd\.|sokak|sokağı|sok\.|sk\.|bulvarı|blv\.|mahallesi|mah\.|yolu|meydanı"
# Romanian street lines: a street type, the name, then "Nr. 263", "Bl. 13", "Sc. 73", "Et. 2", "Ap. 974"
# (``Strada Stana Preda Nr. 583 Bl. 19  Sc. 87 Ap. 486``). Capitalised types name a street without a
# number too (``din Soseaua Nistor``, ``Intrarea Stănescu``).
_RO_TYPES = (
    r"(?:Strada|Str\.|Bulevardul|Bd\.|B-dul|Aleea|Calea|Șoseaua|Şoseaua|Soseaua|Șos\.|Şos\.|Sos\.|Piața|Piaţa|"
    r"Piata|Splaiul|Intrarea|Drumul|Fundătura|Fundatura|Prelungirea)"
)
_RO_UNIT = r"(?:Nr|Bl|Sc|Et|Ap)"
_RO_STREET = re.compile(
    rf"(?<![\w-]){_RO_TYPES}[ \t]+(?!{_RO_UNIT}\b){_CAP}(?:[ \t]+(?!{_RO_UNIT}\b){_CAP}){{0,2}}"
    rf"(?:[ \t]*,?[ \t]*{_RO_UNIT}\.?[ \t]*\d{{1,4}}[A-Za-z]?){{0,5}}"
)


# Chinese and Japanese address words glued before a street ("住址六盘水街329号"): a label, not the street.
_CJK_ADDRESS_WORD = re.compile(
    r"(?:新住所|現住所|住所|新住址|现住址|住址|新地址|地址|寄到|搬到|送到|住在|位於|位于|寄至|搬至|遷至|迁至|送至)[：:]?"
)
# Words of the sentence glued before a road's name ("我住在中山路", "搬家到民生路"): the line starts after them.
_CJK_GLUED_WORD = re.compile(r"[在到于於往是的]")
_CJK_ROAD = re.compile(r"(?:路|街|大道|道|巷|弄|丁目|[0-9])")


def _cjk_start(text: str, start: int, end: int) -> int:
    """Where a Chinese or Japanese street line starts: after the last address word or sentence word glued
    before the road's name, when at least two characters of the name are left."""
    road = _CJK_ROAD.search(text, start, end)
    stop = road.start() if road else end
    for pattern in (_CJK_ADDRESS_WORD, _CJK_GLUED_WORD):
        cut = [m.end() for m in pattern.finditer(text, start, stop) if stop - m.end() >= 2]
        if cut:
            start = cut[-1]
    return start


# Italian "via" typed in lower case inside a sentence ("abita in via Cantonale 97", "lives at via Lugano 106"):
# after a preposition only, as "sent via DHL 3 times" is English.
_LOWER_VIA = re.compile(
    rf"(?<![\w\-])(?:[Ii]n|[Aa]t|a|da|di|on|to|nella|sulla)[ \t]+(?P<street>(?:via|viale)[ \t]+"
    rf"(?:(?:al|del|della|dei|delle|di)[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,2}},?[ \t]+{_NUMBER})\b"
    r"(?![ \t]+(?:days?|times?|hours?|weeks?|months?|years?|minutes?|items?|pages?|giorni|volte|ore)\b)"
)


def street_spans(text: str) -> list[tuple[int, int, str]]:
    """Street lines (with their unit parts) in ``text``; overlaps are resolved by the caller."""
    out = [(m.start(), m.end(), E.STREET_ADDRESS) for m in _RO_STREET.finditer(text)]
    if "via" in text:
        out += [(*m.span("street"), E.STREET_ADDRESS) for m in _LOWER_VIA.finditer(text)]
    # Numbered layouts need a house number, or "S/N" (no number) written where it would be.
    numbered = any(ch.isdigit() for ch in text) or "S/N" in text.upper()
    patterns = _patterns() if numbered else _patterns()[-3:]  # CJK blocks and unnumbered streets
    if numbered:
        patterns += tuple(pattern for gate, pattern in _typed_patterns() if gate.search(text))
    for pattern in patterns:
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            while end > start and text[end - 1] in ",. ":
                end -= 1
            if "\u4e00" <= text[start] <= "\u9fff":
                start = _cjk_start(text, start, end)
            out.append((start, end, E.STREET_ADDRESS))
    # Streets without a street word, known by an address cue before them or a postcode and town after them.
    from safe_synthesizer.pii.text_street_cues import cued_street_spans  # imports this module's vocabulary

    out += cued_street_spans(text)
    # Street lines typed in lower case ("antonigade 570", "rue de cossy 28"): their own, stricter evidence.
    from safe_synthesizer.pii.text_street_caseless import caseless_street_spans

    out += caseless_street_spans(text)
    # Houses after a "#" or "N°" marker ("Calle 178D # 6-9", "Diagonal Saavedra N° 667") and PO boxes.
    from safe_synthesizer.pii.text_street_numbered import numbered_street_spans

    out += numbered_street_spans(text)
    # Streets in a record's slot (vCard ADR street field, XML <line1>/<street>, a CSV cell before a postcode
    # cell and a town cell): the slot is the cue for lines with no street word ("Višnjica 444", "Дојранска 0").
    from safe_synthesizer.pii.text_street_records import record_street_spans

    out += record_street_spans(text)
    # Pakistani, Indian and Bangladeshi lines in English ("House 13, Street 21, Gulberg III", "101-B F-10/3").
    from safe_synthesizer.pii.text_street_south_asian import south_asian_street_spans

    out += south_asian_street_spans(text)
    # English types that are ordinary words ("469 stacey flat"), after an address cue or before a postcode.
    from safe_synthesizer.pii.text_street_plain_en import plain_en_street_spans

    out += plain_en_street_spans(text)
    # Czech, Slovak and Croatian adjective streets typed without capitals ("loděnická 936", "bosanska 8a/7").
    from safe_synthesizer.pii.text_street_slavic import slavic_street_spans

    out += slavic_street_spans(text)
    # Breton and Scottish Gaelic lines ("17 Straed ar Vilin", "10 Sràid na h-Eaglaise"): their own articles.
    out += celtic_street_spans(text)
    # Korean road-name and lot-number addresses ("서울특별시 종로구 세종대로 209"): no Latin capitals to go by.
    out += korean_street_spans(text)
    # Indonesian, Vietnamese and Maltese lines: their own type words and house layouts.
    out += indonesian_street_spans(text) + vietnamese_street_spans(text) + maltese_street_spans(text)
    # A street with its building or crossing street ("Av. Sucre, Edif. Villa Rosa, piso 4"), Philippine block and
    # lot, floors and subdivisions ("Blk 5 Lot 12 Sampaguita St., Greenhills Subdivision"): their own modules.
    from safe_synthesizer.pii.text_street_buildings import building_street_spans
    from safe_synthesizer.pii.text_street_philippine import philippine_street_spans

    out += building_street_spans(text) + philippine_street_spans(text)
    # "Col. Humuya, Bloque H23, Casa 2992": Central America's neighbourhood, block and house.
    from safe_synthesizer.pii.text_street_central_american import central_american_street_spans

    out += central_american_street_spans(text)
    # "Del Hospital Militar 3 c. abajo", "200 m al norte de la Iglesia": Nicaraguan and Costa Rican landmark steps.
    from safe_synthesizer.pii.text_street_landmark import landmark_street_spans

    out += landmark_street_spans(text)
    # "Flat 2G, 36/F, Block 12, City One Shatin": Hong Kong's flat, floor, block and estate.
    from safe_synthesizer.pii.text_street_hongkong import hongkong_street_spans

    out += hongkong_street_spans(text)
    # "#229, St. 125, Sangkat Boeung Keng Kang 1": a house on a street named by its number, then the commune.
    from safe_synthesizer.pii.text_street_number_named import number_named_street_spans

    out += number_named_street_spans(text)
    # "Résidence Nassim, Imm. 15, Appt 38", "Rue Hamra, Imm. Azar, rdc", "Deïdo, boulevard de la République":
    # Moroccan, Lebanese, Cameroonian and Mauritian lines name a residence, building or neighbourhood.
    from safe_synthesizer.pii.text_street_francophone import francophone_street_spans

    out += francophone_street_spans(text)
    # "Sending love from Vacoas Road!": a street with no house number, placed by a cue and ending the phrase.
    from safe_synthesizer.pii.text_street_unnumbered import unnumbered_street_spans

    out += unnumbered_street_spans(text)
    # "at home (Golubovac 3c/6)", "delivered to Podgaj 5b", "address from <date>: Букурешка 25": placed by a visit.
    from safe_synthesizer.pii.text_street_visit import visit_street_spans

    out += visit_street_spans(text)
    # Overlapping street spans are one street line ("0485 Carroll Court Suite 739" and "Suite 739, Lake
    # Joy"): their union, so the caller's overlap rule never keeps the shorter tail and drops the head.
    merged: list[tuple[int, int, str]] = []
    for start, end, entity in sorted(out):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), entity)
        else:
            merged.append((start, end, entity))
    if "rd" in text.lower():
        merged = [(s, _rural_delivery_end(text, e), entity) for s, e, entity in merged]
    return [(_after_label(text, s, e), e, entity) for s, e, entity in merged]


# An address label a layout took as the first word of the street's name ("Address Zamenhofove 9a/0",
# "Domicilio Calle Matta 6002"): the label stays, so the note still reads "Address <fake street>".
_LABEL_HEAD = re.compile(
    r"(?i:address|adresse|adresa|adres|dirección|direccion|domicilio|endereço|morada|indirizzo|anschrift|naslov"
    r"|osoite|adress|residence|residencia)(?![\w\-])[ \t]*:?[ \t]+(?=\S)"
)


def _after_label(text: str, start: int, end: int) -> int:
    m = _LABEL_HEAD.match(text, start, end)
    return m.end() if m and end - m.end() >= 4 else start


# New Zealand's rural delivery round after the street ("94 Mokonuku Street, RD 3"): part of the street line.
_RURAL_DELIVERY = re.compile(r",?[ \t]*(?i:rd)[ \t]+\d{1,2}(?![\w])")


def _rural_delivery_end(text: str, end: int) -> int:
    m = _RURAL_DELIVERY.match(text, end)
    return m.end() if m else end
