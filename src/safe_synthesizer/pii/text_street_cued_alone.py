"""Streets with a street type and no house number, placed by a cue and ending the phrase: ``Vive en Pasaje de
Calista Garay.``, ``Parking permit needed outside Contrada Massimo.``, ``picking her up from Via Liguori at 7``,
``Nouvelle adresse : place Badjanani.``, ``outside Pond Street.``, ``from Blue Hills Road at 7``.

Why: the prefix layouts of :mod:`text_streets` want a house number after the name (``Via Roma, 5``), its unnumbered
layout knows a few types only (``rue``, ``calle``, ``viale``...) and takes one capitalised word after a particle
(``Pasaje de Calista`` kept ``Garay``), and :mod:`text_street_unnumbered` reads English types after ``from``,
``at``, ``to``, ``on``, ``in`` only, before punctuation. A note names a street alone where someone lives or was
picked up; without a number the street is told by where it stands: right after a word that places a person or a
parcel (``from``, ``outside``, ``near``, ``en``, ``em``, ``à``, ``presso``, an address label) and right before the
end of the phrase (punctuation, a line break, the end of the note, or a time: ``at 7``, ``a las 8``).

Two layouts:

- a street type first (Spanish, Portuguese, Italian, French, Catalan, Galician, Swahili: ``Calle``, ``Diagonal``,
  ``Contrada``, ``Incrocio``, ``Rotonda``, ``route``, ``Mtaa wa``...), then up to four capitalised words with
  particles between them (``Avinguda de les Escoles``, ``Calle Pte. Perón``). Types that are also common words
  (``Via``, ``Place``, ``Plaza``, ``Largo``, ``Rotonda``, ``Diagonal``) count only capitalised; ``route`` only
  before a particle (``route de la Corniche``; "en route To" stays);
- English: one to three capitalised words and a type written out (``Road``, ``Street``, ``Avenue``...), after the
  cues :mod:`text_street_unnumbered` lacks (``outside``, ``near``, ``opposite``, ``behind``, ``past``, ``off``,
  ``into``) or before a time.

Example::

    cued_alone_street_spans("Vive en Pasaje de Calista Garay. Un saludo")  # [(8, 31, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["cued_alone_street_spans"]

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zß-öø-ÿā-ž"
# English function words capitalised in a heading or a name ("Place Of Worship") end the name.
_CAP = rf"(?!(?:Of|The|And|For|To|In|On|At|With)(?![\w'’\-]))[{_UP}][{_LOW}'’\-]+"
# A short abbreviation inside a name ("Calle Pte. Perón", "Av. Gral. Paz") when a capitalised word follows.
_ABBR = rf"[{_UP}][{_LOW}]{{1,3}}\.(?=[ \t]+[{_UP}])"
_PARTICLE = (
    r"(?:de[ \t]+la|de[ \t]+les|de[ \t]+los|de[ \t]+las|del|dels|de|di|da|do|dos|das|du|des|della|dei|la|le|les"
    r"|d['’]|wa|ya)"
)
# Street types written in any case (no English or common word among them).
_TYPES_ANY_CASE = (
    "rue", "boulevard", "chemin", "allée", "impasse", "quai", "calle", "avenida", "avda", "paseo", "camino",
    "ronda", "cuesta", "callejón", "cañada", "vía", "pasaje", "pasadizo", "rambla", "glorieta", "urbanización",
    "alameda", "viale", "piazza", "piazzale", "corso", "strada", "vicolo", "contrada", "borgo", "lungomare", "rua",
    "travessa", "praça", "rodovia", "estrada", "ladeira", "viela", "carrer", "passeig", "avinguda", "rúa", "praza",
    "plaça", "calzada", "andador", "prolongación", "circunvalación", "periférico", "transversal", "chaussée",
)  # fmt: skip
# Street types that are also ordinary words or a person's title: only capitalised.
_TYPES_CAPITALISED = (
    "Via", "Place", "Plaza", "Largo", "Rotonda", "Incrocio", "Stretto", "Acceso", "Vial", "Carrera", "Diagonal",
    "Diag\\.", "Privada", "Cerrada", "Peatonal", "Avenue", "Mtaa", "Barabara",
)  # fmt: skip
_TYPE = (
    rf"(?:(?i:{'|'.join(sorted(_TYPES_ANY_CASE, key=len, reverse=True))})|{'|'.join(_TYPES_CAPITALISED)}"
    rf"|(?i:route)(?=[ \t]+{_PARTICLE}))"
)
_NAME = rf"(?:{_PARTICLE}[ \t]*)?(?:{_ABBR}|{_CAP})(?:[ \t]+(?:{_PARTICLE}[ \t]*)?(?:{_ABBR}|{_CAP})){{0,3}}"
_CUE = (
    r"(?<![\w\-])(?:(?i:from|to|at|outside|near|opposite|behind|past|off|into|on|in|towards)"
    r"|en|al|desde|hasta|frente[ \t]+a|cerca[ \t]+de|em|na|no|para|pela|pelo|presso|alla|nella|sulla|dalla|da"
    r"|à|au|chez|dans|sur|vers|près[ \t]+de"
    r"|(?i:nouvelle[ \t]+adresse|adresse|address|dirección|direccion|domicilio|indirizzo|endereço|morada)[ \t]*:)"
)
# The phrase ends: punctuation, a line break, the end, or a time or date word.
_END = r"(?=[ \t]*(?:[!.,;:)\n]|$|(?:at|after|before|by|a[ \t]+las|alle|às|à)[ \t]+\d|(?:after|before)\b))"
_PREFIXED = re.compile(rf"{_CUE}[ \t]+(?P<street>{_TYPE}[ \t]+{_NAME}){_END}")
_EN_TYPES = r"(?:Road|Street|Avenue|Lane|Drive|Crescent|Boulevard|Terrace|Highway)"
_EN_CUE = r"(?<![\w\-])(?:outside|near|opposite|behind|past|off|into|from|at|to|on|in)"
_ENGLISH = re.compile(rf"{_EN_CUE}[ \t]+(?P<street>{_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+{_EN_TYPES})(?![\w\-]){_END}")


def cued_alone_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Unnumbered streets with a street type, after a placing cue and before the phrase's end."""
    out = [(m.start("street"), m.end("street"), E.STREET_ADDRESS) for m in _PREFIXED.finditer(text)]
    out += [(m.start("street"), m.end("street"), E.STREET_ADDRESS) for m in _ENGLISH.finditer(text)]
    return sorted(set(out))
