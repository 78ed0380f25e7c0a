"""Home address lines without a numbered street: house names, lots and sectors, landmarks, PO boxes, mixed in one
column with ordinary street lines.

Why: much of the world's post goes to a place named without a house number on a street. Guernsey and rural
Britain write the house's name and the road (``Les Rosiers, Route de la Fosse, Castel``); West Africa writes the
sector, lot or villa and the town (``Secteur 19, rue 19.156, porte 32, Bobo-Dioulasso``, ``Ilot C, Lot 157,
Kiffa``), or a landmark (``Quartier Dassasgo, près de la pharmacie, Ouahigouya``, ``off Carmichael Road, next to
the church``); many write a PO box (``BP 5198``, ``P.O. Box S-7160``, ``04 BP 3546 Ouahigouya 08``) and the Bahamas
number a house with ``#86``. A column mixes these ways, so no single reader (street lines, PO boxes, layered
addresses) held enough of it, and with the header hidden the column was scanned as free text or left as written
(set 35, seen: en_GG, en_GM, en_BS, ar_MR, fr_BF).

Each distinct value is read once as a kind of home line:

- *placed* (the evidence): a street line (:func:`~.column_address_lines.street_line_cell`, a ``#`` house number
  allowed), or comma-joined parts of which one names a street (a street-type word, no number needed: ``Route de la
  Fosse``) or a numbered or named unit of a place (``Lot 76``, ``Zone A``, ``villa 134``, ``Résidence Les Alizés``,
  ``Section Dothémare``), or a landmark part with a listed town at the end;
- *other home lines*: a PO box, a flat or care-of line, a landmark line, a house name before a listed town.

A column of them (nearly every distinct value a home line, most of them placed, values nearly one per row) is an
address column. A category (a few venues over many rows) is turned away by the caller's repeated-levels check; prose
is too long; a product (``Blue, Cotton, Size 12``) names no street, unit, landmark or town.

Example::

    home_lines_score(sample_values(df["c005"], 500, 0))
    # Score(share=1.0, values_decide=True, evidence='100% home lines (75% naming a street, unit or landmark) ...')
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_address_lines import care_of_cell, street_line_cell, unit_line_cell
from safe_synthesizer.pii.column_sample import Score, ValueSample, _pct
from safe_synthesizer.pii.country_towns import is_country_town
from safe_synthesizer.pii.gazetteers import all_street_words

MIN_HOME = 0.9  # of the distinct values: home lines of any kind
MIN_PLACED = 0.5  # of the distinct values: lines naming a street, a unit or a landmark and town
MIN_DISTINCT = 8
MIN_TOWN_ENDS = 0.5  # of the distinct values, for a column of whole addresses
# A small table's column: fewer distinct values do when nearly every row has its own.
MIN_SMALL_DISTINCT = 5
MIN_UNIQUE_ROWS = 0.8
MAX_CHARS = 120
MAX_WORDS = 16
MIN_PARTS, MAX_PARTS = 2, 6
MAX_PART_WORDS = 7

_SPLIT = re.compile(r"\s*[,;]\s*")
# Units of a place written before their number or letter (``Lot 76``, ``Ilot V``, ``Zone A``, ``villa 134``,
# ``porte 32``, ``Plot 12``, ``Erf 1401``, ``Stand 455``, ``Manzana 4``): where the home is. A flat or a building
# (``Bât. C, appt 4``) says only which door, as an address's second line does: no evidence of a home line alone.
_UNIT_NUMBER = re.compile(
    r"^(?:lot|lote|ilot|îlot|secteur|sector|zone|villa|porte|parcelle|plot|erf|stand|carr[ée]|casa|quadra|manzana|"
    r"mz|compound|kebele|km)\.?\s+(?:n[º°o]\.?\s*)?(?:\d{1,5}[A-Za-z]?|[A-Z]{1,2})$",
    re.IGNORECASE,
)
# Places named by their kind and a name (``Résidence Les Alizés``, ``Section Dothémare``, ``Quartier Tampouy``,
# ``Lotissement Belle-Plaine``, ``Cité Verte``, ``Barrio San José``, ``Colonia Centro``).
_NAMED_PLACE = re.compile(
    r"^(?:r[ée]sidence|lotissement|section|quartier|cit[ée]|barrio|colonia|bairro|urbanizaci[óo]n|hameau|lieu-dit|"
    r"domaine|village|estate|kampung|desa)\s+[^\W\d_]",
    re.IGNORECASE,
)
# A landmark instead of a house number: English, French, Spanish, Portuguese, German.
_LANDMARK = re.compile(
    r"^(?:just\s+)?(?:off|opposite|opp\.|near|behind|beside|next\s+to|adjacent\s+to|close\s+to|across\s+from|facing|"
    r"pr[èe]s\s+d[eu]|pr[èe]s\s+de\s+la|en\s+face\s+d[eu]|derri[èe]re|[àa]\s+c[ôo]t[ée]\s+d[eu]|non\s+loin\s+d[eu]|"
    r"face\s+[àa]|cerca\s+de|frente\s+a|junto\s+a|detr[áa]s\s+de|perto\s+d[eoa]|ao\s+lado\s+d[eoa]|em\s+frente|"
    r"gegen[üu]ber|neben|hinter|nahe)\b",
    re.IGNORECASE,
)
# PO boxes the shared reader does not take: a lettered box number (``P.O. Box S-7160``, ``PO Box N-3380``), a box
# and its town without a comma (``BP 1187 Niamey``), and the West African ``04 BP 3546 Ouahigouya 08`` (office
# number, box, town, district).
_PO_BOX_MORE = re.compile(
    r"^(?:(?:p\.?\s?o\.?\s?box|post\s?box|b\.?p\.?)\s*(?:[A-Z]{1,2}-?\d{2,6}(?:[,\s].{0,40})?|"
    r"\d{2,6}\s+[^\W\d_][^\d,]{1,30})|"
    r"\d{1,2}\s+b\.?p\.?\s+\d{1,6}(?:\s+[^\W\d_][^\d,]{1,30})?(?:\s+\d{1,2})?)$",
    re.IGNORECASE,
)
_HASH_NUMBER = re.compile(r"^#\s?(?=\d)")
_DIGIT = re.compile(r"\d")


def _town(part: str) -> bool:
    return V.is_listed_city(part) or is_country_town(part)


def _street_name_part(part: str) -> bool:
    """A street's name without its number, any case (``Route de la Fosse``, ``off Carmichael Road``)."""
    words = [w.strip(".").casefold() for w in part.split()]
    return 1 < len(words) <= MAX_PART_WORDS and not _DIGIT.search(part) and any(w in all_street_words() for w in words)


def _parts(value: str) -> list[str] | None:
    parts = [p for p in _SPLIT.split(value.strip()) if p]
    if not MIN_PARTS <= len(parts) <= MAX_PARTS or any(len(p.split()) > MAX_PART_WORDS for p in parts):
        return None
    return parts


def placed_line(value: str) -> bool:
    """A home line that names a street, a unit of a place, or a landmark and a town (see the module)."""
    text = _HASH_NUMBER.sub("", value.strip())
    if not text or len(text) > MAX_CHARS or len(text.split()) > MAX_WORDS or "@" in text:
        return False
    if street_line_cell(text):
        return True
    parts = _parts(text)
    if parts is None:
        return False
    if any(_street_name_part(p) or _UNIT_NUMBER.match(p) or _NAMED_PLACE.match(p) for p in parts):
        return True
    return any(_LANDMARK.match(p) for p in parts) and _town(parts[-1])


def other_home_line(value: str) -> bool:
    """A PO box, a flat or care-of line, a landmark line, or a house's name before a listed town."""
    text = value.strip()
    if not text or len(text) > MAX_CHARS or len(text.split()) > MAX_WORDS:
        return False
    if V.is_address_any(text) or unit_line_cell(text) or care_of_cell(text) or _PO_BOX_MORE.match(text):
        return True
    # Imported here: column_address_cells imports this module.
    from safe_synthesizer.pii.column_address_cells import po_box_cell

    if po_box_cell(text):
        return True
    parts = _parts(text)
    if parts is None:
        return bool(_LANDMARK.match(text)) and len(text.split()) >= 3
    return any(_LANDMARK.match(p) for p in parts) or (_town(parts[-1]) and not _DIGIT.search(text))


def _ends_in_town(value: str) -> bool:
    parts = _SPLIT.split(value.strip())
    return len(parts) >= MIN_PARTS and _town(parts[-1])


def home_lines_score(sample: ValueSample, full: bool = False) -> Score | None:
    """A column of home lines of mixed kinds (see the module), or None. ``full`` (the address entity): most lines
    also end in their town (``..., Kiffa``); else the column is the street's line (``Rose Villa, Mill Lane``)."""
    values = sample.values
    rows = float(sample.counts.sum()) if len(sample.counts) else 0.0
    small = sample.n_distinct >= MIN_SMALL_DISTINCT and sample.n_distinct >= MIN_UNIQUE_ROWS * rows
    if not values or not (sample.n_distinct >= MIN_DISTINCT or small):
        return None
    if full and sum(map(_ends_in_town, values)) < MIN_TOWN_ENDS * len(values):
        return None
    placed = [placed_line(v) for v in values]
    placed_share = sum(placed) / len(values)
    if placed_share < MIN_PLACED:
        return None
    others = sum(1 for v, p in zip(values, placed, strict=True) if not p and other_home_line(v)) / len(values)
    if placed_share + others < MIN_HOME:
        return None
    return Score(
        placed_share + others,
        True,
        f"{_pct(placed_share + others)} home lines ({_pct(placed_share)} naming a street, unit or landmark; "
        f"{_pct(others)} PO boxes, flats, landmarks or house names)",
    )
