"""Street lines whose house number carries its own marker: Colombian ``Calle 178D # 6-9``, ``Cr. 120 # 9-5``,
``Carrera 191K # 51X-2``, ``Calle 169W Este # 79-28 Sur``; Argentine and Chilean ``Avenida 114 A N° 881``,
``Diagonal Saavedra N° 667``, ``avenida 3 n° 322``; post-office boxes (``PO Box 54``, ``Private Bag 3``,
``Postfach 1234``, ``Apartado 17``, ``BP 6086``).

Latin American cities number their streets: the "name" is often a number with a letter (``178D``, ``169W``,
``Bis``) and a quarter (``Este``, ``Sur``), and the house is written after ``#`` or ``N°`` as the crossing
street's number and the distance from it (``# 79-28``). The marker before the house number is the evidence,
so these lines count in any case ("cra. 7 # 45-10" typed fast), and prose ("calle 3 veces", "avenida 5 de
mayo") has no marker.

Example::

    numbered_street_spans("Visita en Calle 178 # 7-4, 634311 Buenavista.")  # [(10, 25, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.month_names import DATE_MONTHS

__all__ = ["numbered_street_spans"]

# Street types of Colombian, Argentine, Chilean, Uruguayan, Peruvian and Venezuelan addresses, with the
# abbreviations forms use ("Cl.", "Cra.", "Kr.", "Dg.", "Tv.", "Av.", "Bv.", "Psje.").
_TYPES = (
    r"avenida[ \t]+calle|avenida[ \t]+carrera|av\.?[ \t]+calle|av\.?[ \t]+carrera|calle|carrera|diagonal|"
    r"transversal|avenida|autopista|circular|circunvalar|boulevard|bulevar|pasaje|camino|ruta|"
    r"cl\.|cll\.?|cra\.?|kr\.?|kra\.?|cr\.|crr\.?|dg\.?|diag\.|tv\.?|tr\.|transv\.|av\.|avda\.?|bv\.|blvd\.?|"
    r"psje\.|pje\.|blv\.|ak\.?|ac\.?"
)
_QUARTER = r"(?:este|oeste|sur|norte|oriente|occidente|poniente)"
# The street's number: "178D", "169W", "120", "45 Bis", "114 A", "8M Bis B", then a quarter maybe.
_STREET_NO = (
    rf"\d{{1,3}}[ªº]?(?:[ \t]?[a-z]{{1,2}}(?![\w]))?(?:[ \t]+bis)?(?:[ \t]?[a-z](?![\w]))?(?:[ \t]+{_QUARTER})?"
)
# A name instead of a number ("Diagonal Saavedra", "Avenida Bahía Blanca", "avenida de mayo"): up to six
# words, none a number, on the line.
_NAME = r"[^\W\d_][\w'’\.\-]*(?:[ \t]+[^\W\d_][\w'’\.\-]*){0,5}"
# Streets named after a date ("Av. 6 de Agosto Nº 2170", "Calle 25 de Mayo N° 345", "Av. 16 de Julio Nº 46"): the
# day and the month stand where the name would; the house marker after them is still the evidence.
_DATED_NAME = rf"\d{{1,2}}[ \t]+de[ \t]+(?:{'|'.join(DATE_MONTHS['es'].split())}|setiembre)"
# "# 6-9", "No. 79-28 Sur", "N° 45 - 10", "#51X-2": the crossing street and the metres from it.
_CROSSING = (
    rf"(?:#|n[°ºo]\.?|no\.|núm\.|num\.)[ \t]*\d{{1,3}}[a-z]?(?:[ \t]?bis)?[ \t]*-[ \t]*\d{{1,3}}[a-z]?"
    rf"(?:[ \t]+{_QUARTER})?"
)
# "N° 881", "n° 322", "Nº 1450": a plain house number after the marker.
_HOUSE = r"(?:n[°º]\.?|nro\.|núm\.)[ \t]*\d{1,5}[a-z]?(?![\w/])"
# Unit parts after the house ("Apto. 302", "Piso 3 Dpto. B", "Int. 4", "Casa 12", "Torre 2").
_UNIT_WORDS = r"apto|apt|apartamento|piso|dpto|depto|departamento|int|interior|casa|torre|bloque|of|oficina"
_UNIT = rf"(?:,?[ \t]*(?:{_UNIT_WORDS})\.?[ \t]*\d{{1,4}}[a-z]?)*"
# The district a Bolivian or Venezuelan line ends with ("Av. Ballivián Nº 310 Zona Calacoto", "Calle Potosí Nº 55
# Zona Central", "..., Barrio Los Olivos", "Urb. La Florida", "Villa Fátima"): part of the address, capitalised.
_CAPWORD = r"(?-i:[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)"
_DISTRICT = (
    rf"(?:[ \t]*,?[ \t]*(?-i:Zona|Barrio|B[º°]|Urbanización|Urb\.|Villa)[ \t]+"
    rf"{_CAPWORD}(?:[ \t]+(?:(?-i:de|del|la|las|los|el)[ \t]+)?{_CAPWORD}){{0,2}})?"
)

_STREET = re.compile(
    rf"(?<![\w\-])(?:{_TYPES})[ \t]*(?:(?:{_STREET_NO}|{_NAME})[ \t]*{_CROSSING}"
    rf"|(?:{_DATED_NAME}|{_STREET_NO}|{_NAME})[ \t]*,?[ \t]*{_HOUSE})(?![\w]){_UNIT}{_DISTRICT}",
    re.I,
)
# Panama gives the house or shop after the street and a comma ("Calle 50 Este, Casa 12", "Avenida 3 Sur, Local 4",
# "Vía España, Local 4", "Avenida Justo Arosemena, Local 8"): a capitalised street type, a numbered street with
# its quarter or a capitalised name (initials may sit in it: "Calle Eusebio A. Morales"), then the house word and
# its number. The house word is the evidence ("la calle principal, casa de mi tía" has neither).
_NAMEWORD = r"(?-i:[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+|[A-Z]\.)"
_HOUSED = re.compile(
    rf"(?<![\w\-])(?-i:Calle|Avenida|Av\.|Vía|Via|Paseo|Carretera)[ \t]+"
    rf"(?:\d{{1,3}}[a-z]?[ \t]+{_QUARTER}"
    rf"|{_NAMEWORD}(?:[ \t]+(?:(?-i:de|del|la|los|las)[ \t]+){{0,2}}{_NAMEWORD}){{0,3}})"
    r"[ \t]*,[ \t]*(?-i:Casa|Local|Edificio|Edif\.|Apto\.?|Apartamento|Oficina|casa|local|apto\.?)[ \t]*"
    r"\d{1,4}[a-z]?(?![\w])",
    re.I,
)
_HOUSE_WORDS = ("casa", "local", "edif", "apto", "apartamento", "oficina")
# Post-office boxes and private bags of English-speaking countries ("PO Box 54", "P.O. Box 1234",
# "GPO Box 9", "Private Bag 3", "Locked Bag 12").
_BOX = re.compile(
    r"(?<![\w\-])(?:(?:G\.?)?P\.?[ \t]?O\.?[ \t]?Box|Private[ \t]+Bag|Locked[ \t]+Bag)[ \t]+"
    # The Bahamas letter their boxes by the island's post office ("P.O. Box N-7614", "P.O. Box SS-6012").
    r"(?:[A-Z]{1,2}[ \t]?-[ \t]?)?\d{1,6}(?![\w])",
    re.I,
)


# Post-office boxes of the other languages: the box word says it ("Postfach 12 34", "Apartado 17", "Postbus 310",
# "Caixa Postal 88", "Casilla 123", "Boîte postale 52", "Case postale 12", "Casella postale 5").
_BOX_WORDS = re.compile(
    r"(?<![\w\-])(?:postfach|apartado(?:[ \t]+(?:de[ \t]+correos|postal))?|apdo\.|postbus|caixa[ \t]+postal|"
    r"casilla|bo[iî]te[ \t]+postale|case[ \t]+postale|casella[ \t]+postale)[ \t]+(?:n[º°o]\.?[ \t]*)?"
    r"\d{1,3}(?:[ \t]?\d{2,3})?(?![\w/])",
    re.I,
)
# French-speaking Africa's "BP 1234" / "B.P. 1234" (boîte postale): in capitals, and "BP" without dots only where an
# address stands (after a comma or "at", "à", "habitons"...) and no blood pressure follows ("BP 120/80", "BP 140 mmHg").
# Burkina Faso and Côte d'Ivoire write the sorting office's number before "BP" and the town, maybe with its own
# number, after the box ("01 BP 2591 Ouagadougou 07", "BP 339 Ngozi"): the line's parts, so they go with it.
_BP = re.compile(
    r"(?:(?<![\w.])(?P<dotted>(?:\d{2}[ \t]+)?B\.[ \t]?P\.)|(?:,|(?<![\w\-])(?i:at|to|from|à|au|en|habitons|habite|"
    r"demeurant|domiciliée?|adresse|address|visited|visitée?|chez))[ \t]*(?P<bare>(?:\d{2}[ \t]+)?BP))[ \t]*"
    r"\d{1,5}(?![\w/]|[ \t]*(?i:mm|over|sur|/))"
    r"(?:[ \t]+(?!(?:Tél|Tel|Fax|Phone|Cc|Email|Mob)\b)[A-Z][a-zà-ÿ]{3,}(?:[\-][A-Z][a-zà-ÿ]+)*"
    r"(?:[ \t]+\d{2}(?![\w]))?)?"
)

# Words of a list of vital signs before a bare "BP" make it a blood pressure.
_VITALS = re.compile(r"(?i)\b(?:pulse|hr|heart|temp|spo2|sats?|rr|resp|obs|vitals|blood|mmhg|bpm|pouls|tension)\b")


def numbered_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Street lines with a ``#``/``N°`` house marker, and post-office boxes, in ``text`` (see the module)."""
    out: list[tuple[int, int, str]] = []
    if "#" in text or "°" in text or "º" in text or re.search(r"(?i)\bn(?:o|ro|úm)\.", text):
        for m in _STREET.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in ",. \t":
                end -= 1
            out.append((m.start(), end, E.STREET_ADDRESS))
    low = text.lower()
    if any(w in low for w in _HOUSE_WORDS):
        out += [(m.start(), m.end(), E.STREET_ADDRESS) for m in _HOUSED.finditer(text)]
    if "box" in low or "bag" in low:
        out += [(m.start(), m.end(), E.STREET_ADDRESS) for m in _BOX.finditer(text)]
    if any(w in low for w in ("post", "apartado", "apdo", "casilla")):
        out += [(m.start(), m.end(), E.STREET_ADDRESS) for m in _BOX_WORDS.finditer(text)]
    if "BP" in text or "B.P" in text:
        for m in _BP.finditer(text):
            if m.group("dotted"):
                out.append((m.start("dotted"), m.end(), E.STREET_ADDRESS))
            elif not _VITALS.search(text, max(0, m.start() - 40), m.start()):  # "pulse 72, BP 135": a reading
                out.append((m.start("bare"), m.end(), E.STREET_ADDRESS))
    return out
