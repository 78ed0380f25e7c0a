"""Streets named without a house number whose own shape says "street": ``Key back in safe at Pécsi utca.``,
``Spare key with ..., Szabadság tér.``, ``Ahvenkoskentie``, ``park on KG St No.``, ``at Stand Mbare.``, ``Via III
Settembre``, ``park on Nosbusch Inlet.``, ``park on Kairaba Avenue Kotu.``.

Why: the numbered layouts of :mod:`text_streets` want a house number, and :mod:`text_street_unnumbered` and
:mod:`text_street_cued_alone` know nine English types and the Romance prefixes only. Notes name a street alone
where a key was left or a car parked. Each layout here is a shape no prose word has, or a shape after a placing
word and before the phrase's end:

- Hungarian: a capitalised name and a street type after it (``Pécsi utca``, ``Nagykanizsai út``, ``Szabadság
  tér``, ``Andrássy út``). ``utca``, ``körút``, ``rakpart``, ``sétány``, ``fasor`` and ``útja`` are never prose
  after a capitalised word; ``út``, ``tér``, ``köz``, ``sor``, ``dűlő`` also are common nouns, so they count after a
  place adjective (``-i``) or right before the phrase's end, never after an article (``Az út``);
- Finnish: a genitive glued to its street type (``Ahvenkoskentie``, ``Niittylänkuja``, ``Uskalikonbulevardi``):
  the ``-n`` before the type is Finnish grammar no English word ends in (``Bowtie``, ``Necktie`` stay);
- Kigali's coded streets without their number (``KG St``, ``KN Ave No``, ``KK 15 Rd``): the district code is in
  capitals, the type right after it;
- Zimbabwe's stands (``Stand Mbare``, ``Stand 9718, Mbare``): with a number anywhere, without one after a placing
  word (``at``, ``on``, a comma) and before the phrase's end;
- a street named after a date (``Via III Settembre``, ``Avenida 5 de Mayo``, ``Rue du 8 Mai``): the type and a
  capitalised month leave no doubt;
- English streets with any type of Faker's English locales (``Nosbusch Inlet``, ``Sharon Turnpike``, ``Ajao
  Bypass``, ``Baafi Radial``) after a placing word (``at``, ``on``, ``from``, ``outside``, ``near``...) and before
  the phrase's end; a type that is also an ordinary word (``View``, ``Flats``, ``Lock``) only with its flat after it
  (``Stafford Course Apt.``). One capitalised word after the type before the phrase's end is the street's town
  (``Kairaba Avenue Kotu``), unless it is a day, a month or a polite word.

Example::

    bare_shape_street_spans("Key back in safe at Pécsi utca. Thanks")  # [(20, 30, 'street_address')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E

__all__ = ["bare_shape_street_spans"]

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zß-öø-ÿā-žőű"
_CAP = rf"[{_UP}][{_LOW}'’\-]+"
# The phrase ends: punctuation, a line break, the end, or a time or a joining word.
_END = r"(?=[ \t]*(?:[!.,;:)\n]|$|(?:at|after|before|by|to|and)[ \t]))"
_PLACING = r"(?<![\w\-])(?:at|on|from|to|outside|near|opposite|behind|past|off|into|in|via|towards)"

_HU_STRONG = r"utca|körút|rakpart|sétány|fasor|útja|lépcső|köz|dűlő"
_HU_WEAK = r"út|tér|tere|sor"
_HU_ARTICLE = r"(?:A|Az|Egy|Ez|Ezt|Azt|Ha|De|És|Mert|Majd|Aztán)"
_HUNGARIAN = re.compile(
    rf"(?<![\w\-])(?!{_HU_ARTICLE}[ \t])(?P<street>(?:{_CAP}[ \t]+){{0,2}}{_CAP}[ \t]+"
    rf"(?:(?:{_HU_STRONG})(?![\w\-])|(?<=i[ \t])(?:{_HU_WEAK})(?![\w\-])|(?:{_HU_WEAK})(?![\w\-]){_END}))"
)
_FI_TYPES = r"tie|katu|kuja|polku|raitti|väylä|kaari|rinne|aukio|ranta|bulevardi|kaarre|puistotie|katu"
_FINNISH = re.compile(rf"(?<![\w\-])(?P<street>[A-ZÄÖÅ][a-zäöå]{{3,}}n(?:{_FI_TYPES}))(?![\w\-])")
_KIGALI = re.compile(
    r"(?<![\w\-])(?P<street>K[GNK][ \t]+(?:\d{1,4}[ \t]+)?(?i:st|ave|rd)\b\.?"
    r"(?:,?[ \t]+(?i:no)\b\.?(?:[ \t]*\d{1,4})?)?)"
)
_STAND = re.compile(
    rf"(?:(?<![\w\-])(?P<numbered>(?:Stand|STAND)[ \t]+(?:No\.?[ \t]*)?\d{{1,5}}[A-Z]?(?:,?[ \t]+[{_UP}][{_LOW}]+)?)"
    rf"|(?:{_PLACING}|,)[ \t]+(?P<street>Stand[ \t]+[{_UP}][{_LOW}]+(?:[ \t]+[{_UP}][{_LOW}]+)?){_END})"
)
_MONTHS = (
    "Janeiro|Fevereiro|Março|Abril|Maio|Junho|Julho|Agosto|Setembro|Outubro|Novembro|Dezembro|Enero|Febrero|Marzo"
    "|Mayo|Junio|Julio|Septiembre|Octubre|Noviembre|Diciembre|Gennaio|Febbraio|Aprile|Maggio|Giugno|Luglio"
    "|Settembre|Ottobre|Dicembre|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre"
    "|Décembre"
)
_DATED = re.compile(
    r"(?<![\w\-])(?P<street>(?:Via|Viale|Piazza|Piazzale|Largo|Corso|Calle|Avenida|Avda\.|Av\.|Rua|Praça|Plaza"
    r"|Rue|Avenue|Boulevard|Place)[ \t]+(?:(?:del|du|de|dos)[ \t]+)?(?:\d{1,2}|[IVX]{1,5})[ \t]+(?:de[ \t]+)?"
    rf"(?:{_MONTHS})(?![\w\-]))"
)
_UNITS = r"(?:Apt\.|Suite|Flat|Unit)"
_NOT_TOWN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Today|Tomorrow|Tonight|Please|Thanks|Thank|Cheers|Ok|OK)"
)


# After a comma ("Spare key with ..., Fife Street."), only types no sign-off name ends in ("Regards, John Lane").
_COMMA_TYPES = r"(?:Street|Road|Avenue|Boulevard|Highway|Motorway|Crescent|Terrace|Expressway|Parkway|Bypass)"
_COMMA = re.compile(rf",[ \t]+(?P<street>(?:{_CAP}[ \t]+){{1,3}}{_COMMA_TYPES})(?![\w\-]){_END}")
# A Cyrillic name in an English note after a placing word ("Key back in safe at Букурешка.", "at Луј Пастер.",
# "Трета македонска бригада"): a street or a district; "from"/"to" stay out (a person sends or receives).
_CYR_UP = "А-ЯЁЂ-ЏҐЄІЇ"
_CYR_LOW = "а-яёђ-џґєії"
_CYRILLIC = re.compile(
    rf"(?<![\w\-])(?:at|on|outside|near|opposite|behind)[ \t]+(?P<street>[{_CYR_UP}][{_CYR_LOW}]+"
    rf"(?:[ \t]+[{_CYR_UP}{_CYR_LOW}][{_CYR_LOW}]+){{0,3}}){_END}"
)
# French settlement words in lower case before a capitalised name, after a placing word ("park on quartier Toiny.",
# "send the form to lieu-dit Marigot", "à lotissement Les Jacarandas").
_SETTLEMENT = re.compile(
    rf"(?:{_PLACING}|à|au|sur|vers|dans[ \t]+le|Habite)[ \t]+(?P<street>(?:quartier|lieu-dit|lotissement|hameau"
    rf"|cité|résidence)[ \t]+(?:(?:des|de|du|d['’]|la|le|les)[ \t]*)?{_CAP}"
    rf"(?:[ \t]+(?:(?:des|de|du|d['’]|la|le|les)[ \t]*)?{_CAP}){{0,3}}){_END}"
)


# Types that also name a public place or a landmark ("at Central Park", "on Harbour Bridge", "at Union Square",
# "Ocean View"): no street without a flat after them ("Stafford Course Apt.").
_PUBLIC = frozenset(
    """beach bridge park parks parklands gate gates gateway garden gardens square squares plaza mall center centers
    centre green greens mountain mountains forest harbor harbors hill hills estate estates lodge manor manors towers
    field fields cove coves creek canyon cape cliff cliffs isle meadow meadows orchard ranch mill mills tunnel subway
    entrance corner corners interchange steps stairs pass passage course court courts haven landing lookout oval
    plain plains prairie shore shores stream brook brooks forge forges glen glens dale dell lees knoll knolls pine
    pines ridge ridges crest rapid rapids shoal shoals basin anchorage arcade colonnade concourse junction junctions
    intersection crossing circus ring via route slope ramp parade ferry dam crossroad riviera rosebowl tor tarn
    formation distributor divide deviation extension extensions access entrance amble ramble run walk walks rue
    calle corso piazza avenida strasse straße ville marg nagar zila ganj chowk""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _english() -> re.Pattern[str]:
    from safe_synthesizer.pii.text_street_vocab import _en_suffixes

    plain = sorted({w.capitalize() for w in _en_suffixes() if w not in _PUBLIC}, key=len, reverse=True)
    ordinary = sorted({w.capitalize() for w in _en_suffixes(ambiguous=True)} - set(plain), key=len, reverse=True)
    name = rf"(?:{_CAP}[ \t]+){{1,3}}"
    return re.compile(
        rf"{_PLACING}[ \t]+(?P<street>{name}(?:(?:{'|'.join(plain)})(?![\w\-])(?:[ \t]+{_UNITS})?"
        rf"|(?:{'|'.join(ordinary)})(?![\w\-])[ \t]+Apt\.)"
        rf"(?:[ \t]+(?!{_NOT_TOWN}(?![\w]))[{_UP}][{_LOW}]+)?){_END}"
    )


_HU_WORDS = ("utca", "út", "tér", "tere", "köz", "sor", "sétány", "rakpart", "fasor", "dűlő", "lépcső")
_FI_WORDS = ("ntie", "nkatu", "nkuja", "npolku", "nraitti", "nväylä", "nkaari", "nrinne", "naukio", "nranta",
             "nbulevardi", "nkaarre")  # fmt: skip
_SETTLEMENT_WORDS = ("quartier", "lieu-dit", "lotissement", "hameau", "cité", "résidence")


def bare_shape_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Unnumbered streets told by their own shape, or by a placing word and the phrase's end."""
    out: list[tuple[int, int, str]] = []
    # Cheap substring gates first: most notes hold none of these words.
    patterns: list[re.Pattern[str]] = [_english(), _COMMA]
    if any(word in text for word in _HU_WORDS):
        patterns.append(_HUNGARIAN)
    if any(word in text for word in _FI_WORDS):
        patterns.append(_FINNISH)
    if "KG" in text or "KN" in text or "KK" in text:
        patterns.append(_KIGALI)
    if any(word in text for word in _SETTLEMENT_WORDS):
        patterns.append(_SETTLEMENT)
    if any(ch.isdigit() for ch in text) or "I " in text or "V " in text or "X " in text:
        patterns.append(_DATED)
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        patterns.append(_CYRILLIC)
    for pattern in patterns:
        out += [(m.start("street"), m.end("street"), E.STREET_ADDRESS) for m in pattern.finditer(text)]
    if "Stand" in text or "STAND" in text:
        for m in _STAND.finditer(text):
            group = "numbered" if m.group("numbered") else "street"
            out.append((m.start(group), m.end(group), E.STREET_ADDRESS))
    # "park on KG St No. Next": the sentence's full stop is no part of the street ("Apt.." keeps its own).
    out = [(s, e - 1 if text[e - 1] == "." and text[e : e + 1] != "." else e, k) for s, e, k in out]
    return sorted(set(out))
