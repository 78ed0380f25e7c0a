"""Street names glued to their street type and written without a house number: ``Wohnt jetzt in der
Wilmsenstraße``, ``Woont nu aan de Kyraweg``, ``Picked up from Henrike-Gnatz-Platz;``, ``Bor nu på Skogsgatan``.

Why: the glued layout of :mod:`text_streets` wants a house number after the word (``Löwenstraße 7``), and notes
name a street alone as often: where someone lives now, where a parcel went, where a learner was picked up. A
compound ending in a street type (``-straße``, ``-gasse``, ``-allee``, ``-straat``, ``-laan``, ``-gracht``,
``-singel``, ``-dreef``, ``-gatan``, ``-vej``, ``-polku``...) is a strong sign of a street, but German writes its
common nouns capitalised and some of them end the same way (``Parkplatz``, ``Bahnhof``, ``Umweg``, ``Sackgasse``,
``Bahnsteig``, ``Ehering``), and English gerunds end in ``-ring`` (``Catering``). So a compound counts only:

- **after a word that places someone or something** (``in der``, ``im``, ``am``, ``aan de``, ``op``, ``på``,
  ``from``, ``to``, ``outside``, ``near``, ``Adresse:``...), where a street stands in a note; or
- **named after a person with hyphens** (``Henrike-Gnatz-Platz``, ``Claus-Peter-Scheuermann-Ring``): two
  capitalised parts or more before the type, a form no common noun has;

a capitalised word before a compound with a weak type (``-weg``, ``-ring``, ``-hof``...) makes it a person's name
(``to Maartje Olthof``), as does ``-hof`` after an English cue; and never when it ends in a common noun of the place
types (a list below: ``Marktplatz``, ``Spielplatz``,
``Hinterhof``, ``Radweg``, ``Einbahnstraße``...). ``Marktplatz`` is left on purpose: every town has one, it says
nothing about where a person lives, and replacing it would turn "met at the Marktplatz" into a fake street.
Up to two capitalised words before the compound are the street's (``Östra Esplanadgatan``), and after a cue a
capitalised word and a spaced type too (``Herbesthaler Straße``).

Example::

    glued_alone_street_spans("Wohnt jetzt in der Wilmsenstraße. Gruß")  # [(19, 32, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["glued_alone_street_spans"]

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zß-öø-ÿā-ž"
# Glued types that are no common-noun ending worth a list (a "-straße" compound is a street or on the list).
_STRONG = (
    "straße", "strasse", "gasse", "allee", "chaussee", "straat", "laan", "gracht", "dreef", "singel", "steeg",
    "kade", "plein", "dijk", "boulevard", "gatan", "vägen", "stigen", "gränd", "gade", "vej", "stræde", "veien",
    "vegen", "katu", "polku", "kuja", "bulevardi", "wei", "strooss", "gaass",
)  # fmt: skip
# Types many common nouns end in: the list of those nouns decides.
_WEAK = ("weg", "platz", "ring", "hof", "damm", "ufer", "steig", "pfad", "baan", "pad", "torget")
# Common nouns (and their endings, so "Kinderspielplatz" is one too) that end in a street type.
_COMMON = frozenset(
    """
    einbahnstraße einbahnstrasse landstraße landstrasse bundesstraße bundesstrasse kreisstraße kreisstrasse
    seitenstraße seitenstrasse nebenstraße nebenstrasse querstraße querstrasse umgehungsstraße zufahrtsstraße
    durchgangsstraße staatsstraße wohnstraße spielstraße milchstraße mautstraße einkaufsstraße geschäftsstraße
    fahrradstraße verkehrsstraße schnellstraße passstraße küstenstraße waschstraße teststraße impfstraße
    fertigungsstraße produktionsstraße sackgasse rettungsgasse seitengasse nebengasse
    umweg rückweg heimweg hinweg ausweg fußweg fussweg radweg gehweg schulweg arbeitsweg feldweg waldweg
    wanderweg fahrweg zufahrtsweg seeweg landweg luftweg postweg wasserweg zugangsweg fluchtweg rettungsweg
    holzweg irrweg königsweg kreuzweg jakobsweg verkehrsweg lieferweg versandweg lösungsweg bildungsweg
    rechtsweg dienstweg lebensweg nachhauseweg heimweg radwanderweg reitweg treppenweg
    snelweg spoorweg zijweg terugweg heenweg omweg uitweg fietsweg autoweg
    parkplatz spielplatz arbeitsplatz sportplatz marktplatz campingplatz stellplatz sitzplatz zeltplatz
    stehplatz bolzplatz fußballplatz fussballplatz tennisplatz abstellplatz aussichtsplatz rastplatz lagerplatz
    ladeplatz liegeplatz schlafplatz ausbildungsplatz studienplatz kitaplatz krippenplatz pflegeplatz heimplatz
    therapieplatz praktikumsplatz tabellenplatz startplatz ehrenplatz standplatz bauplatz trainingsplatz
    wohnplatz kinderplatz spitzenplatz golfplatz reitplatz schulplatz festplatz grillplatz wendeplatz
    bahnhof friedhof hinterhof innenhof bauernhof schulhof gasthof gutshof kirchhof wirtschaftshof bauhof
    betriebshof schlachthof recyclinghof wertstoffhof pausenhof hühnerhof reiterhof ponyhof busbahnhof
    hauptbahnhof gerichtshof gerechtshof kerkhof binnenhof voorhof
    ehering schlüsselring boxring ohrring dichtungsring nasenring fingerring verlobungsring siegelring
    kolbenring zwiebelring rettungsring gummiring serviettenring jahresring schwimmring beißring trauring
    hochzeitsring freundschaftsring sleutelring trouwring oorbelring
    staudamm bahndamm erddamm schutzdamm deichdamm flussufer seeufer nordufer südufer steilufer ostufer westufer
    trampelpfad lehrpfad wanderpfad kriegspfad naturlehrpfad dateipfad pfad
    bahnsteig bürgersteig gehsteig klettersteig hochsteig
    loopbaan rijbaan startbaan landingsbaan ijsbaan kartbaan renbaan bowlingbaan tennisbaan wielerbaan
    atletiekbaan autobaan snelbaan
    fietspad voetpad wandelpad ruiterpad jaagpad ipad notepad keypad trackpad touchpad launchpad scratchpad
    helipad mousepad lilypad
    zijstraat winkelstraat
    """.split()  # noqa: SIM905
)
# English words that end in "ring" (gerunds of verbs in -r/-re, and a few more): no German "-ring" street
# after an English cue.
_ENGLISH_RING = re.compile(r"(?i:(?:[eouai]|r|sp|st|b)ring)$")
_TYPES = "|".join(sorted(_STRONG + _WEAK, key=len, reverse=True))
_CAP = rf"[{_UP}][{_LOW}'’]+"
# One word: a capitalised stem of three letters or more glued to the type; or hyphenated parts ("Aldo-Klapp-Straße",
# "Gotthold-Beckmann-Ring"), the type capitalised or not; or German's abbreviation with its dot ("Bohnbachstr.").
_WORD = (
    rf"(?P<word>(?P<parts>(?:{_CAP}-){{1,3}})(?i:{_TYPES})"
    rf"|[{_UP}][{_LOW}]{{2,}}(?:{_TYPES})"
    rf"|[{_UP}][{_LOW}]{{2,}}str(?=\.))(?![\w\-])"
)
_SPACED = r"(?:Straße|Strasse|Weg|Gasse|Platz|Allee|Ring|Straat|Laan|Plein|Vej|Gade|Gata|Gatan|Vägen)"
# Where a street stands in a note: after a preposition that places someone or something, or an address label.
_CUE_DE_NL = (
    r"in[ \t]+der|in[ \t]+die|an[ \t]+der|auf[ \t]+der|aus[ \t]+der|von[ \t]+der|in[ \t]+den|im|am|vom|zum|zur"
    r"|nach|bei|wohnhaft|aan[ \t]+de|in[ \t]+de|op[ \t]+de|naar[ \t]+de|bij[ \t]+de|van[ \t]+de|uit[ \t]+de|aan"
    r"|op|naar|bij|på|i|till|från|vid|til|fra|ved|(?i:adresse|anschrift|adres|adress|osoite)[ \t]*:"
)
_CUE_EN = r"from|to|at|outside|near|opposite|behind|past|off|into|on|in|via|towards|(?i:address)[ \t]*:"
_CUED = re.compile(
    rf"(?<![\w\-])(?i:(?P<de>{_CUE_DE_NL})|(?P<en>{_CUE_EN}))[ \t]+"
    rf"(?P<street>(?:{_CAP}[ \t]+){{0,2}}{_WORD}|{_CAP}[ \t]+{_SPACED}(?![\w\-]))"
)
_HYPHENED = re.compile(rf"(?<![\w\-])(?P<street>{_WORD})")
_GATE = re.compile(rf"(?i:{_TYPES}|str\.)(?![\w])")


def _common(word: str) -> bool:
    low = word.lower()
    return any(low.endswith(noun) for noun in _COMMON)


def glued_alone_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Glued street names without a house number, placed by a cue or hyphenated (see the module docstring)."""
    if not _GATE.search(text):
        return []
    out: list[tuple[int, int, str]] = []
    for m in _CUED.finditer(text):
        word = m.group("word")
        if word is not None:
            if _common(word):
                continue
            hyphens = (m.group("parts") or "").count("-")
            if m.group("en") and not hyphens and _ENGLISH_RING.search(word):
                continue
            weak = hyphens < 2 and word.lower().endswith(_WEAK)
            # "to Maartje Olthof", "from Norman Oderwald-Ring": a given name before a surname ending in a weak type.
            if weak and m.start("word") > m.start("street"):
                continue
            # Surnames end in "-hof" (Olthof, Imhof): after an English cue only German or Dutch streets are in doubt.
            if weak and m.group("en") and word.lower().endswith("hof"):
                continue
        out.append((m.start("street"), m.end("street"), E.STREET_ADDRESS))
    for m in _HYPHENED.finditer(text):
        parts = m.group("parts")
        if parts and parts.count("-") >= 2 and not _common(m.group("word")):
            out.append((m.start("street"), m.end("street"), E.STREET_ADDRESS))
    return sorted(set(out))
