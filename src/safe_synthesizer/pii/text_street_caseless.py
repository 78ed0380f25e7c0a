"""Street lines written in lower case (``antonigade 570``, ``rue de cossy 28``, ``kauno g. 15``,
``papatya sok. 65/6``, ``11 hernandez tarn``) in free text typed without capitals.

The layouts of :mod:`~safe_synthesizer.pii.text_streets` know a street's name by its capitals. Without them
the evidence has to come from elsewhere, and must be strong enough on its own:

- a word glued to a street type of the locale's vocabulary, then a house number (``dosentinkatu 42``,
  ``damaris-lachmann-ring 5638``); the type is the word's ending after a stem of three letters or more;
- a street-type word before the name, then the house number (``ulica wojciecha 967``, ``av da frança, 8``,
  ``aleea dinu nr. 42 bl. 57``); types that are also common words elsewhere (``via``, ``route``,
  ``largo``) need a comma or ``n°`` before the number, or a unit word after it;
- the name, then a street-type word written apart, then the number (``tometova ulica 710``,
  ``rīgas gatve 14``, ``lale caddesi no:20 d:44``, ``petőfi utca 71.``);
- a house number, then a street-type word and the name (``533 boulevard thériault``), or the name and an
  English street type (``11 hernandez tarn``, ``flat 8, law stravenue``).

Guards: a name word is no function word of any language (spaCy's stop-word lists: "via email 3 times",
"route to 3", "con 3"), holds no digit, and the number is no amount of a measure ("weg 5 minuten",
"3 km"). The name's words must be written in lower case: capitalised streets are the other module's.

Example::

    caseless_street_spans("pakke afleveret, ikke hjemme. antonigade 570. tlf 39709408")  # [(30, 44, ...)]
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E

__all__ = ["caseless_street_spans"]

# Languages whose function words may not be a street's name ("per", "con", "für", "the").
_STOP_LANGS = "en de fr es it nl pt sv da nb fi pl cs sk sl hr ro hu tr lt lv".split()  # noqa: SIM905
# Street names and name particles that stop-word lists hold ("calle mayor 5", "rua nova 3", "largo 5").
_NAME_STOPS = frozenset(
    "mayor nova nueva nuevo grande alta alto largo nord sud santa san santo real vieja velha nowa nowy stara".split()  # noqa: SIM905
    # Quarters of Latin American streets ("diagonal sur sosa 511", "circuito norte garibay 507").
    + "sur norte oriente poniente".split()  # noqa: SIM905
)
_PARTICLES = frozenset(
    "de del della delle dei di da das dos do du des la le les los las d' van von der den het e y i el al".split()  # noqa: SIM905
)
# Compounds that end like a street type but are ordinary words ("unterwegs", "bahnhof", "ipad", "brigade").
_NOT_STREETS = frozenset(
    """bahnhof friedhof hinterhof innenhof vorhof hauptbahnhof flughof bauhof heimweg rückweg umweg ausweg
    arbeitsweg schulweg fußweg fussweg radweg onderweg loopbaan landingsbaan ipad notepad keypad touchpad trackpad
    launchpad scratchpad sketchpad mousepad gamepad numpad thinkpad lilypad
    brigade renegade arbeitsplatz parkplatz sportplatz spielplatz marktplatz stellplatz halvvägen
    halvveien bilplads arbejdsplads parkeringsplads""".split()  # noqa: SIM905
)
# Glued types too short or too common as word endings in lower case ("australia", "ipad", "copenhagen").
_WEAK_GLUED = frozenset("lia roa hagen".split())  # noqa: SIM905
# ... and these only after a stem of four letters or more ("kristensenlunden 8", "tveitmyra 4", "glennlei 6").
# Dutch "-pad" (path) too ("joannespad 24", "ilsepad 233"), but not "ipad 2", "keypad 3" (see _NOT_STREETS).
_SHORT_GLUED = frozenset("lei røa moen myra vika ekra engen toppen lunden eggen åsen havna flata pad".split())  # noqa: SIM905
# Measures after a number: the number is an amount, not a house number ("fußweg 5 minuten", "paseo 3 km").
_MEASURES = (
    r"%|€|\$|£|km|m|cm|mm|kg|g|mg|l|ml|h|min|mins|minutes?|minuten|minuti|minutos|minuter|minutter|hours?|"
    r"uur|stunden?|ore|horas?|timer|timmar|days?|tage?n?|dagen|dager|dage|dias?|días?|giorni|jours?|weeks?|"
    r"wochen?|weken|semanas?|settimane|years?|jahre?n?|jaar|años|anni|ans|år|times|mal|keer|veces|volte|fois|"
    r"gånger|gange|ganger|eur|euro|euros|usd|kr|zł|kč|ft|lei|pcs|stk|st|x"
)
# Words of a measure or a count: never a street's name ("3 hour drive", "2 day pass", "5 minute walk").
_MEASURE_NAMES = frozenset(
    """hour hours day days week weeks month months year years minute minutes min mins second seconds mile miles km
    metre metres meter meters foot feet yard yards time times page pages item items person people car cars bed
    beds room rooms floor floors stop stops lane lanes way ways door doors step steps block blocks star stars""".split()  # noqa: SIM905
)
_NUMBER = r"\d{1,5}[a-z]?(?:\s?[/\-]\s?\d{1,4}[a-z]?)?"
# Unit words after the house number, lower case ("apt. 470", "appartamento 43", "edif. 823 , depto. 265",
# "nr. 42 bl. 57 sc. 22 ap. 537", "d:44", "lgh 1102", "wohnung 15").
_UNIT_WORDS = (
    r"apt|apartment|suite|ste|unit|flat|studio|room|floor|wohnung|whg|top|stiege|bus|appartamento|app|piano|interno|"
    r"int|scala|sc|piso|puerta|escalera|esc|apto|casa|bloco|bl|lok|lgh|m|étage|appt|porte|edif|edificio|depto|dpto|"
    r"departamento|interior|mz|manzana|lt|lote|nr|ap|et|d|daire|kat|no|dz|st|bte|boîte|bt|br"
)
_UNIT = rf"(?:{_UNIT_WORDS})(?:\.|:)?[ \t]*(?:no\.?[ \t]*)?\d{{1,4}}[a-z]?(?:/\d{{1,3}})?(?![\w])"
_TAIL = rf"(?:[ \t]*,?[ \t]*{_UNIT}){{0,4}}"
# A name word: letters (and inner hyphens or apostrophes), in lower case (checked after the match).
_W = r"[^\W\d_][^\W\d_'’\-]*(?:[\-'’][^\W\d_]+)*"

# Street types written before the name, any case ("rue", "ulica", "aleea"); Faker's Romance prefixes.
_PREFIXES = (
    "rue", "avenue", "boulevard", "bd", "chemin", "allée", "impasse", "quai", "calle", "avenida", "avda", "paseo",
    "camino", "ronda", "cuesta", "callejón", "cañada", "pasaje", "pasadizo", "rambla", "glorieta", "urbanización",
    "alameda", "viale", "piazza", "piazzale", "corso", "strada", "vicolo", "contrada", "rotonda", "borgo",
    "lungomare", "rua", "travessa", "praça", "rodovia", "estrada", "ladeira", "viela", "pátio", "esplanada",
    "ulica", "aleja", "plac", "osiedle", "carrer", "passeig", "avinguda", "rúa", "nábřeží", "náměstí", "třída",
    "námestie", "nábrežie", "trieda", "strada", "bulevardul", "aleea", "calea", "șoseaua", "şoseaua", "soseaua",
    "splaiul", "intrarea", "drumul", "fundătura", "prelungirea", "andador", "calzada", "cerrada", "circuito",
    "privada", "prolongación", "periférico", "eje vial", "diagonal", "transversal", "retorno", "viaducto",
    "viaduto", "fazenda", "estação", "chácara", "condomínio", "jardim", "loteamento", "sítio", "travesía",
    "ulice", "utca", "chaussée", "steenweg",
)  # fmt: skip
# ... abbreviated, with their dot ("pl. plater 25/03", "av. da frança, 8", "str. mihai 5", "ul. polna 3").
_DOTTED = ("ul", "al", "pl", "os", "av", "avda", "pza", "bd", "str", "estr", "nám", "nábr", "bul", "sos", "șos")
# ... also common words in some language ("via email", "route 66", "place 2 orders", "largo 3"): only with a
# comma or "n°" before the house number, or a unit word after it.
_WEAK_PREFIXES = (
    "via", "route", "place", "square", "plaza", "largo", "vila", "quadra", "setor", "trecho", "vereda", "conjunto",
    "acceso", "vial", "carrera", "stretto", "incrocio", "ave", "av", "rang", "côte", "croissant", "montée", "allé",
    "parque", "campo", "lago", "lagoa", "praia", "vale", "morro", "trevo", "recanto", "residencial", "área",
    "corredor", "distrito", "núcleo", "feira", "favela", "passarela", "peatonal", "colônia",
)  # fmt: skip
# Street types written apart after the name ("tometova ulica 710", "kauno g. 15", "petőfi utca 71.").
_AFTER_TYPES = (
    "ulica", "cesta", "obala", "trg", "šetalište", "nasip", "nabrežje", "perivoj", "vijenac", "klanec", "steza",
    "gatvė", "gatve", "iela", "prospektas", "prospekts", "alėja", "aikštė", "plentas", "kelias", "bulvāris",
    "šoseja", "tänav", "maantee", "puiestee", "utca", "út", "útja", "tér", "körút", "sétány", "rakpart", "fasor",
    "sokak", "sokağı", "caddesi", "cadde", "bulvarı", "yolu", "meydanı", "straße", "strasse", "allee", "gasse",
    "platz", "straat", "laan", "vej", "gade", "allé", "plads", "gata", "gatan", "vägen", "väg", "veien", "vegen",
    "vei", "katu", "kuja", "polku", "bulevardi", "náměstí", "nábřeží", "námestie", "nábrežie",
    # Estonian types as forms write them without a dot ("pärnu tee 2", "kalevi pst 8", "narva mnt 5"), the
    # Latvian and Lithuanian locatives of prose ("barona ielā 6", "kauno gatvėje 5").
    "tee", "pst", "mnt", "tn", "põik", "väljak", "ielā", "gatvėje",
)  # fmt: skip
_ONE_WORD_TYPES = frozenset({"tee", "pst", "mnt", "tn", "põik", "väljak"})
_AFTER_DOTTED = ("g", "pr", "al", "pl", "skg", "tn", "mnt", "pst", "sok", "cad", "cd", "sk", "blv", "u", "krt")
# English street types after the name: the strong ones count after any name, Faker's other ones after a
# name of a person (``hernandez tarn``, ``samuel centers``) or a unit (``flat 8, law stravenue``).
_EN_STRONG = (
    "street", "road", "avenue", "lane", "drive", "court", "crescent", "terrace", "boulevard", "blvd", "stravenue",
    "parkway", "highway", "expressway", "freeway", "motorway", "turnpike", "causeway", "alley", "close", "grove",
    "gardens", "mews", "rd", "st", "ave", "ln", "dr", "ct", "marg", "chowk", "nagar",
)  # fmt: skip


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _strong_prefixes() -> tuple[str, ...]:
    """Street types before the name: the list above and Faker's Romance prefixes ("ampliación", "circuito")."""
    from safe_synthesizer.pii import text_streets as T

    faker = {w.lower() for w in T._faker_prefixes()}
    return tuple((set(_PREFIXES) | faker) - set(_WEAK_PREFIXES))


_WORD_BEFORE_NUMBER = re.compile(r"(?<![\w\-'’])([^\W\d_][\w\-'’]*?)\.?[ \t]+\d")


@lru_cache(maxsize=1)
def _glued_ends() -> tuple[str, ...]:
    return (*(w.lstrip("-") for w in _vocab()[0]), "str")


@lru_cache(maxsize=1)
def _glued_by_length() -> tuple[str, ...]:
    return tuple(sorted(_vocab()[0], key=lambda w: len(w.lstrip("-")), reverse=True))


@lru_cache(maxsize=1)
def _en_ambiguous() -> frozenset[str]:
    """English street types that are ordinary words too ("island", "flat", "club"): only before a unit."""
    from safe_synthesizer.pii import text_streets as T

    return frozenset(T._AMBIGUOUS_EN | {"flat", "flats", "villages", "common", "union", "club"})


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    words: set[str] = set()
    for lang in _STOP_LANGS:
        try:
            words |= importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
        except (ImportError, AttributeError):  # a spaCy build without that language: fewer guards
            continue
    return frozenset(w.lower() for w in words) - _NAME_STOPS


@lru_cache(maxsize=1)
def _vocab() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """(glued types, English types after a person's name, person names) from the street and name gazetteers."""
    from safe_synthesizer.pii import gazetteers
    from safe_synthesizer.pii import text_streets as T

    glued = tuple(w for w in T._glued() if w.lstrip("-") not in _WEAK_GLUED and len(w.lstrip("-")) >= 3)
    glued += ("ring",)  # German "-ring" glued to a name: see _ring_street
    en = tuple(set(T._en_suffixes()) - set(_EN_STRONG) - {"rue", "via", "calle", "avenida", "corso", "piazza"})
    names = frozenset(w.lower() for w in gazetteers.first_names() | gazetteers.last_names())
    return glued, en, names


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    glued, en_weak, _ = _vocab()
    number = rf"(?<![\w.,/\-]){_NUMBER}(?![\w/\-]|[.,]\d)"
    end_guard = rf"(?![ \t]*(?i:{_MEASURES})(?![\w]))"
    name = rf"(?P<name>(?:(?:{_alt(_PARTICLES)})[ \t]+){{0,2}}{_W}(?:[ \t]+{_W}){{0,4}})"
    prefix = rf"(?:{_alt(_strong_prefixes())}|(?:{_alt(_DOTTED)})\.)"
    # Portuguese and Spanish "r." (rua) and "c." (calle) are weak too: "r. ribeiro, 99".
    weak = rf"(?:(?:{_alt(_WEAK_PREFIXES)})\.?|(?:r|c|lg)\.)"
    nw = rf"(?!(?:{_UNIT_WORDS})\b){_W}"  # a name word that is no unit word ("7399 route roy apt. 470")
    units_head = rf"(?:(?:{_UNIT_WORDS})\.?[ \t]*\d{{1,4}}[a-z]?(?:/\d{{1,3}})?,?[ \t]+){{1,2}}"
    return {
        # "dosentinkatu 42", "damaris-lachmann-ring 5638"
        "glued": re.compile(
            rf"(?<![\w\-'’])(?P<name>[^\W\d_]{{2,}}(?:[\-'’][^\W\d_]+)*-?(?:(?i:{_alt(glued)})|(?i:str)\.))\.?"
            rf"[ \t]+{number}{end_guard}{_TAIL}",
            re.I,
        ),
        # "ulica wojciecha 967", "av da frança, 8", "aleea dinu nr. 42 bl. 57", "rua x, s/n"
        "prefix": re.compile(
            rf"(?<![\w\-])(?i:{prefix})[ \t]+{name}[ \t]*(?P<comma>,)?[ \t]*(?P<no>(?:n[º°o]|nr|no)[.:]?[ \t]*)?"
            rf"(?:{number}(?:[ \t]\d{{3}}(?![\d/:]|[.,]\d))?|s/n)(?![ \t]+\d){end_guard}(?P<tail>{_TAIL})",
            re.I,
        ),
        "weak": re.compile(
            rf"(?<![\w\-])(?i:{weak})[ \t]+{name}[ \t]*(?P<comma>,)?[ \t]*(?P<no>(?:n[º°o]|nr|no)[.:]?[ \t]*)?"
            # A Mexican interior number after the house ("peatonal vela 708 198") is evidence like a unit.
            rf"(?:{number}(?P<interior>[ \t]\d{{3}}(?![\d/:]|[.,]\d))?|s/n){end_guard}(?P<tail>{_TAIL})",
            re.I,
        ),
        # "tometova ulica 710", "kauno g. 15", "lale caddesi no:20 d:44", "petőfi utca 71."
        "after": re.compile(
            rf"(?<![\w\-.])(?P<name>{_W}(?:[ \t]+{_W})?)[ \t]+(?i:{_alt(_AFTER_TYPES)}|(?:{_alt(_AFTER_DOTTED)})\.)"
            rf"[ \t]*,?[ \t]*(?:no[ \t]*[:.]?[ \t]*)?{number}{end_guard}{_TAIL}",
            re.I,
        ),
        # "533 boulevard thériault", "7399 route roy apt. 470"
        "number_prefix": re.compile(
            rf"(?<![\w.,/\-]){_NUMBER},?[ \t]+(?P<type>(?i:{prefix}|{weak}))[ \t]+"
            rf"(?P<name>(?:(?:{_alt(_PARTICLES)})[ \t]+){{0,2}}{nw}(?:[ \t]+{nw}){{0,2}})(?P<tail>{_TAIL})",
            re.I,
        ),
        # "11 hernandez tarn", "83/391, kapoor street", "flat 8, law stravenue"
        "number_en": re.compile(
            rf"(?<![\w.,/\-])(?:(?P<head>{units_head})(?:{_NUMBER},?[ \t]+)?|{_NUMBER},?[ \t]+)"
            rf"(?P<name>{_W}(?:[ \t]+{_W})?)[ \t]+"
            rf"(?P<type>{_alt(_EN_STRONG)}|{_alt(en_weak)}|{_alt(_en_ambiguous())})\b\.?(?P<tail>{_TAIL})",
            re.I,
        ),
    }


_GATE = re.compile(r"\d")
# The lower-case reading of capitals runs only on two words in capitals in a row, or on a unit word with its
# number (a capitalised English type before a unit): most text pays nothing for it.
_CAPS_GATE = re.compile(r"(?<!\w)[^\W\d_a-zß-ÿ]{2,}[ \t,.]+[^\W\d_a-zß-ÿ]{2,}(?!\w)")
_UNIT_GATE = re.compile(r"(?i)(?<!\w)(?:apt|apartment|suite|ste|unit|flat|studio|room)\.?[ \t]*\d")


def _name_ok(name: str, *, allow_particles: bool = True) -> bool:
    """Lower-case words, none of them digits, the last no function word, one of three letters or more."""
    if not name or not name.islower():
        return False
    stops = _stop_words()
    words = [w for w in re.split(r"[ \t]+", name.strip()) if w]
    core = [w for w in words if not (allow_particles and w in _PARTICLES)]
    if not core or words[-1] in stops or words[-1] in _PARTICLES:
        return False
    return any(len(w) >= 3 and w not in stops for w in core) and all(w not in stops for w in core)


# Letters that end the stem of English words in "-ring" ("during", "spring", "string", "earring", "keyring",
# "bring", "offering", "boring"): a German street's stem ends in another consonant ("zobel", "mason", "schöpf").
_RING_STEM_ENDS = frozenset("aeiouyäöüéèáíóúsptrw")


def _ring_street(word: str) -> bool:
    """``word`` is a German street glued to "-ring" ("zobelring", "Masonring"), not an English word in "-ring":
    a stem of four letters or more ending in a consonant no English "-ring" word has; lower case or capitalised
    (the cased layouts leave "-ring" out for "Spring 2021")."""
    stem = word[:-4]
    if len(stem) < 4 or stem[-1].lower() in _RING_STEM_ENDS or not stem.isalpha():
        return False
    return word.islower() or (word[0].isupper() and word[1:].islower())


def _clause_start(text: str, i: int) -> bool:
    """``i`` opens the text, a line or a clause (after ``.``, ``,``, ``;``, ``:``, ``!``, ``?``, ``(``)."""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in ".,;:!?(\n-–"


def caseless_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Street lines whose name is written in lower case, or in capitals in text typed in capitals (see the
    module): a line in capitals is read as its lower-case form, and kept where it was all capitals."""
    if not _GATE.search(text):
        return []
    out = [(s, e, E.STREET_ADDRESS) for s, e, _ in _lower_spans(text)] if any(ch.islower() for ch in text) else []
    if _CAPS_GATE.search(text) or _UNIT_GATE.search(text):
        lowered = text.lower()
        if len(lowered) == len(text):
            # In capitals ("7182 MICHAEL ISLANDS SUITE 910"), or capitalised with a unit after an English type
            # that is an ordinary word too ("30960 Garza Fort Suite 555"), which the cased rules leave.
            out += [
                (s, e, E.STREET_ADDRESS)
                for s, e, kind in _lower_spans(lowered)
                if text[s:e].isupper() or (kind == "en_unit" and text[s:e] != lowered[s:e])
            ]
    return out


def _lower_spans(text: str) -> list[tuple[int, int, str]]:
    if not any(ch.islower() for ch in text):
        return []
    pats = _patterns()
    _, _, names = _vocab()
    stops = _stop_words()
    out: list[tuple[int, int, str]] = []

    def add(start: int, end: int, kind: str = "") -> None:
        while end > start and text[end - 1] in ",. \t:":
            end -= 1
        out.append((start, end, kind))

    # A glued type is looked for only in words before a number whose ending is a type (a cheap scan first).
    ends = _glued_ends()
    glued = (
        pats["glued"].match(text, c.start())
        for c in _WORD_BEFORE_NUMBER.finditer(text)
        if c.group(1).lower().endswith(ends)
    )
    for m in glued:
        if m is None:
            continue
        word = m.group("name")
        kind = next((w for w in _glued_by_length() if word.lower().rstrip(".").endswith(w.lstrip("-"))), "str")
        stem = len(word.rstrip(".")) - len(kind.lstrip("-"))
        # A stem of three letters, two before a long type ("nyvägen 4", "ektorget 5"), four before a short one.
        short = stem < (4 if kind in _SHORT_GLUED else 2 if len(kind) >= 5 else 3)
        if kind.lstrip("-") == "ring" and not word.endswith("-ring"):
            if _ring_street(word):
                add(m.start(), m.end())
            continue
        if word.islower() and word.rstrip(".") not in _NOT_STREETS and word not in stops and not short:
            add(m.start(), m.end())
    for key in ("prefix", "weak"):
        for m in pats[key].finditer(text):
            if not _name_ok(m.group("name")):
                continue
            evidence = m.group("comma") or m.group("no") or m.group("tail").strip()
            if key == "weak" and not (evidence or m.group("interior")):
                continue
            add(m.start(), m.end())
    for m in pats["after"].finditer(text):
        name = m.group("name")
        words = name.split()
        start = m.start()
        # A second word belongs to the name only when the name opens a clause ("nebuvo namie. vinco kudirkos g. 5").
        # Estonian streets before "tee", "pst", "mnt" are one genitive word ("pealevõtt pärnu tee 2": the first
        # word is the note's "pickup").
        one_word = text[m.end("name") : m.end()].split()[0].rstrip(".").lower() in _ONE_WORD_TYPES
        if len(words) == 2 and (one_word or not (_clause_start(text, m.start()) and _name_ok(name))):
            start = m.start("name") + name.rindex(words[1])
            words = words[1:]
        if _name_ok(words[-1]) and words[-1] not in _PARTICLES:
            add(start, m.end())
    for m in pats["number_prefix"].finditer(text):
        name, end = m.group("name"), m.end()
        words = name.split()
        # The name ends before a function word ("99, rue anastasie legrand is one way").
        cut = next((i for i, w in enumerate(words) if i and w in stops and w not in _PARTICLES), None)
        if cut is not None:
            words = words[:cut]
            name = " ".join(words)
            end = m.start("name") + len(re.match(r"[ \t]*".join(map(re.escape, words)), m.group("name")).group(0))
        # "c." and "r." are weak too: "my bust line is 36 c. i ordered an xs" is no calle.
        weak_type = m.group("type").lower().rstrip(".") in (*_WEAK_PREFIXES, "r", "c", "lg")
        tail = m.group("tail").strip() if cut is None else ""
        if weak_type and not (tail or all(w in names for w in words)):
            continue
        if _name_ok(name):
            add(m.start(), end)
    for m in pats["number_en"].finditer(text):
        name, kind = m.group("name"), m.group("type").lower()
        words = name.split()
        if not _name_ok(name) or any(w in _MEASURE_NAMES for w in words):
            continue
        ambiguous = kind in _en_ambiguous() and kind not in _EN_STRONG
        if ambiguous and not (m.group("tail").strip() or m.group("head")):
            continue  # "3 little", "2 top": an ordinary word unless a unit follows ("173 roberto flat apt. 736")
        strong = kind in _EN_STRONG
        if not (strong or m.group("head") or all(w in names for w in words)):
            continue
        add(m.start(), m.end(), "en_unit" if m.group("tail").strip() and re.match(r"\d", text[m.start() :]) else "")
    return out
