"""Address columns in the cell layouts the street and full-address checks do not read.

Why: exports keep the postcode and town in one cell (``75008 Paris``, ``1012 AB Amsterdam``, ``Leeds LS1 4AP``),
write a PO box instead of a street (``Postfach 1234, 10115 Berlin``, ``BP 52``, ``Apartado 17``, ``Postbus
310``), or a street without its house number under a street header (``Bahnhofstraße``, ``Am Markt``).
The street check wants a house number and the full-address check wants a street, so such columns were
published as written. Each function reads one layout; :func:`address_cells_score` scores a column of
them. A postcode-and-town column needs nearly every cell in that layout, postcodes that are not years
(``2019 Merlot``) and many distinct cells; bare street names count only under a street header.

Example::

    address_cells_score(sample_values(df["c007"], 500, 0), full=True, cued=False)
    # Score(share=1.0, values_decide=True, evidence='100% postcode + town')
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_address_joined import MIN_JOINED_DISTINCT, joined_address_cell
from safe_synthesizer.pii.column_address_layers import layered_address_score
from safe_synthesizer.pii.column_address_lines import address_line_score
from safe_synthesizer.pii.column_address_parts import address_parts_score
from safe_synthesizer.pii.column_address_units import unit_address_score
from safe_synthesizer.pii.column_home_lines import home_lines_score
from safe_synthesizer.pii.column_sample import MIN_DISTINCT_WITHOUT_CUE, Score, ValueSample, _pct
from safe_synthesizer.pii.gazetteers import all_street_words

MIN_CELLS = 0.9
MAX_YEAR_CODES = 0.3
# A town of one to four capitalised words, hyphens and apostrophes allowed (``Saint-Étienne``, ``'s-Hertogenbosch``,
# ``Palmerston North``, ``St. Gallen``).
_TOWN = r"(?:'s-)?[^\W\d_][\w'’.\-]*(?:\s+(?:[^\W\d_][\w'’.\-]*|\([A-Z]{2}\))){0,3}"
# A postcode of any of the layouts the column checks know, or four digits (AT, CH, BE, AU, NZ, DK, NO).
_CODE = r"(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3})?(?:\s?[A-Z]{2})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d{2}\s?[A-Z\d]{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d"  # noqa: E501
_CODE_TOWN = re.compile(rf"^({_CODE})\s+({_TOWN})$")
_TOWN_CODE = re.compile(rf"^({_TOWN}),?\s+([A-Z]{{2,3}}\s+)?({_CODE})$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DUTCH_LETTERS = re.compile(r"^[A-Z]{2}$")
# PO boxes in the languages of the supported locales, then a number, then optionally ``, postcode town``.
_PO_BOX = re.compile(
    r"^(?:p\.?\s?o\.?\s?box|post\s?box|private\s+bag|postfach|bo[iî]te\s+postale|b\.?p\.?|case\s+postale|c\.?p\.?|"
    r"apartado(?:\s+(?:de\s+correos|postal))?|apdo\.?|casella\s+postale|postbus|caixa\s+postal)"
    r"\s*(?:nr\.?|no\.?|n[º°]\.?)?\s*\d[\d .]{0,8}(?:[,\n]\s*.+)?$",
    re.IGNORECASE,
)
# German, Dutch and other compound street names end in their type (``Bahnhofstraße``, ``Dorpsstraat``).
_COMPOUND_TYPE = re.compile(
    r"(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|markt|steig|pfad|straat|laan|plein|gracht|"
    r"singel|kade|dijk|steeg|hof|dreef|vej|gade|väg|vägen|gatan)$",
    re.IGNORECASE,
)


def postcode_town_cell(value: str) -> str | None:
    """The postcode of a ``postcode town`` or ``town postcode`` cell (``75008 Paris``, ``Leeds LS1 4AP``), else None."""
    text = value.strip()
    if len(text) > 60 or "\n" in text:
        return None
    m = _CODE_TOWN.match(text)
    if m is not None:
        # ``8745 GL`` is one Dutch postcode (four digits, two capitals), not the code ``8745`` of a town ``GL``.
        return None if _DUTCH_LETTERS.match(m.group(2)) and V.postcode_locales(text) else m.group(1)
    m = _TOWN_CODE.match(text)
    if m is None or not V.postcode_locales(m.group(3)):
        return None
    # ``Leeds LS1 4AP``, ``Denver, CO 80202``; a town then bare digits (``Denver 80202``) is also a product
    # and a number, so digits need the state between.
    return m.group(3) if m.group(2) or not m.group(3).isdigit() else None
    return None


def po_box_cell(value: str) -> bool:
    """A PO box (``PO Box 852, Leeds``, ``Postfach 12 34``, ``BP 52``, ``Apartado 17``, ``Postbus 310``)."""
    return bool(_PO_BOX.match(value.strip()))


def street_name_cell(value: str) -> bool:
    """A street's name without a house number (``Bahnhofstraße``, ``Berliner Allee``, ``rue des Lilas``)."""
    text = value.strip()
    if any(c.isdigit() for c in text) or not 1 <= len(text.split()) <= 5:
        return False
    words = [w.strip(".,").casefold() for w in text.split()]
    street_words = all_street_words()
    return any(w in street_words for w in words) or bool(_COMPOUND_TYPE.search(words[-1]))


def address_cells_score(sample: ValueSample, full: bool, cued: bool) -> Score | None:
    """For ``full`` (the address entity): a column of postcode + town cells or PO boxes; else (the street
    entity) a column of bare street names, only under a street name (``cued``). None when it is none."""
    values = sample.values
    if not values:
        return None
    many = cued or sample.n_distinct >= MIN_DISTINCT_WITHOUT_CUE
    if units := unit_address_score(sample):
        return units  # ``Building 104, Street 929, Zone 66``: numbered units alone (Qatar, Bahrain)
    if not full:
        named = sample.share(street_name_cell) if cued else 0.0
        if named >= MIN_CELLS:
            return Score(named, False, f"{_pct(named)} street names without a number")
        # Street lines mixed with flat, care-of and PO box lines: an address's first line; else homes written
        # without a numbered street (house names, lots, landmarks) among them.
        return address_line_score(sample) or home_lines_score(sample)
    joined = sample.share(joined_address_cell)
    if joined >= MIN_CELLS and sample.n_distinct >= MIN_JOINED_DISTINCT:
        return Score(joined, True, f"{_pct(joined)} address fields joined by two spaces, ending in a country code")
    boxes = sample.share(po_box_cell)
    if boxes >= MIN_CELLS and many:
        return Score(boxes, True, f"{_pct(boxes)} PO boxes")
    codes = [postcode_town_cell(v) for v in values]
    share = sum(1 for c in codes if c) / len(values)
    years = sum(1 for c in codes if c and _YEAR.match(c)) / len(values)
    if share >= MIN_CELLS and years <= MAX_YEAR_CODES and many:
        return Score(share, True, f"{_pct(share)} postcode + town")
    # Parts with the street and unit words of more languages (Persian, Bengali, Azerbaijani, Vietnamese...); else
    # parts of any language by their layers: a numbered head unique to each, a locality shared (lot, village...).
    # Mixed with PO boxes and landmark lines: homes written without a numbered street (:mod:`column_home_lines`).
    return address_parts_score(sample) or layered_address_score(sample) or home_lines_score(sample, full=True)
