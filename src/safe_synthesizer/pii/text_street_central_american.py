"""Central American address lines: a neighbourhood, its block and the house (``Col. Humuya, Bloque H23, Casa
2992``, ``Residencial Las Hadas, Senda 4, Casa 12``, ``Bo. Guamilito, 3 calle, casa 45``).

Honduras, Nicaragua, El Salvador and Guatemala seldom write a street name and a house number. An address names
the neighbourhood (``Colonia``/``Col.``, ``Residencial``/``Res.``, ``Barrio``/``Bo.``, ``Urbanización``/``Urb.``,
``Lotificación``, ``Reparto``), then the parts inside it (``Bloque``, ``Senda``, ``Pasaje``, ``Etapa``,
``Sector``, ``Calle``, ``Avenida``) and last the house or lot (``Casa``, ``Lote``, ``No.``, ``#``). The Spanish
street rules want a street type before a name and a number after it, so these lines stayed whole in notes.

A line is: a neighbourhood word, one to four capitalised name words (``Las Hadas``, ``Kennedy``, ``Tepeyac``),
then, comma-separated, up to three inner parts (the part word and its number or letter code, or an ordinal and
``calle``/``avenida``: ``3 calle``), and a house or lot number. The house is what makes the line an address:
``Colonia Kennedy`` alone is a place, as prose names it, and stays.

Example::

    central_american_street_spans("domicilio en Col. Tepeyac, Bloque H13, Casa 175.")  # [(13, 47, ...)]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["central_american_street_spans"]

_NEIGHBOURHOOD = (
    r"(?:Colonia|Col\.|Residencial|Res\.|Barrio|Bo\.|Urbanización|Urbanizacion|Urb\.|Lotificación|Lotificacion"
    r"|Reparto|Rpto\.|Aldea|Caserío|Caserio)"
)
_NAME_WORD = rf"(?:[{LATIN_UPPER}][{LATIN_LOWER}'’\-]+|[{LATIN_UPPER}]{{2,}}(?:-[{LATIN_UPPER}]+)?|\d{{1,2}})"
_CONNECTOR = r"(?:de|del|la|las|los|el|y)"
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:{_CONNECTOR}[ \t]+)?{_NAME_WORD}){{0,3}}"
_CODE = r"(?:[A-Z]{0,2}-?\d{1,4}[A-Z]?|[A-Z])(?![\w\-])"
_PART = (
    rf"(?:(?i:bloque|blq\.|bq\.|senda|pasaje|psje\.|etapa|sector|calle|avenida|ave\.|av\.|manzana|mz\.)[ \t]*{_CODE}"
    r"|\d{1,2}(?:a|ra|da|ta|va|na|°|º)?[ \t]+(?i:calle|avenida|ave\.))"
)
_HOUSE = r"(?i:casa|lote|no\.|n°|nº|#)[ \t]*#?[ \t]*\d{1,5}[A-Za-z]?(?![\w\-])"
_LINE = re.compile(rf"(?<![\w.])(?P<line>{_NEIGHBOURHOOD}[ \t]+{_NAME}(?:,?[ \t]+{_PART}){{0,3}},?[ \t]+{_HOUSE})")


def central_american_street_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'street_address')`` of the neighbourhood-block-house lines (see the module docstring)."""
    if not any(ch.isdigit() for ch in text):
        return []
    return [(m.start("line"), m.end("line"), E.STREET_ADDRESS) for m in _LINE.finditer(text)]
