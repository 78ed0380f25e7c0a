"""An address's first line: street lines mixed with flat, building, care-of and PO box lines.

Why: accounting and CRM exports (Xero's ``POAddressLine1``, a vet's ``Address Line 1``) write the first line as
the person writes it: the street (``Kambsgasse 79``), or, when the street goes on line 2, the flat or building
(``App. 5``, ``Whg. 7``, ``Hinterhaus``, ``Bloco B, apto 11``, ``3º Esq.``, ``Résidence Mimosa, 12e étage``), the
person the post goes to (``c/o Jean Lagarde``, ``chez Julie Roussel``, ``z. Hd. Meier``) or a PO box. A third to
a half of such a column are no street lines, so with the header hidden it stayed below the street share and was
published as written (set 26, seen: Xero in 16 locales). Every one of these lines is part of where someone lives:
a column of them, most of them streets, is an address line.

Each cell is read once: a street line in any script (:func:`~safe_synthesizer.pii.validators.is_street_any`,
:func:`~safe_synthesizer.pii.validators.scripts.script_address`), else a unit, care-of or PO box line. A column of
room or seat numbers (``Room 12``, ``Gate 4``) has no street lines and stays out.

Example::

    address_line_score(sample_values(df["c006"], 500, 0))
    # Score(share=1.0, values_decide=True, evidence='64% street lines, 36% flat, building, c/o or PO box lines ...')
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.address_structures import structured_address
from safe_synthesizer.pii.column_sample import Score, ValueSample, _pct
from safe_synthesizer.pii.cues import fold
from safe_synthesizer.pii.text_streets import UNITS
from safe_synthesizer.pii.validators.scripts import script_address

MIN_STREET_LINES = 0.5  # of the distinct values: most people write their street on line 1
MIN_LINES = 0.9  # street, unit, care-of and PO box lines together
MIN_DISTINCT_LINES = 8  # a handful of values is a category, whatever its words
MAX_UNIT_WORDS = 6

# Parts of a building a line names before or instead of the street (German back and side houses, French
# residences and staircases, Portuguese blocks and floor sides, Russian flats and blocks), beside the unit words
# of the street reader (:data:`~safe_synthesizer.pii.text_streets.UNITS`).
_BUILDING_WORDS = frozenset(
    {
        "hinterhaus", "vorderhaus", "seitenflugel", "gartenhaus", "dachgeschoss", "dg", "og", "eg", "stock", "top",
        "stiege", "residence", "batiment", "bat", "escalier", "etage", "appartement", "bloc", "bloque", "bloco",
        "andar", "esq", "dto", "dta", "apartamento", "apto", "cobertura", "sala", "kv", "korp", "kvartira",
        "building", "bldg", "block", "house", "cottage", "annex", "annexe", "penthouse", "basement", "apartments",
        "unit", "lot", "lote", "torre", "edificio", "etg", "leilighet", "lejlighed", "lagenhet", "mieszkanie",
        # South Slavic flats and entrances (``ulaz 1, stan 28``: Serbian, Croatian, Bosnian, Montenegrin).
        "stan", "ulaz",
    }
)  # fmt: skip
_UNIT_WORDS = _BUILDING_WORDS | {u.strip(".#") for u in UNITS if u.strip(".#")}
# The person the post goes to: ``c/o``, French ``chez``, German ``z. Hd.``/``bei``, Dutch ``p/a`` and ``t.a.v.``,
# Spanish and Portuguese ``a/c`` (a cargo de, aos cuidados de), ``attn``.
_CARE_OF = re.compile(
    r"^(?:c/o|c\.o\.|chez|z\.\s?hd\.?|zhd\.?|zu\s+h(?:ä|ae)nden|bei|p/a|t\.\s?a\.\s?v\.?|a/c|attn\.?|att\.?)\s+\S",
    re.I,
)
_WORD = re.compile(r"[^\W\d_]+")
# A floor or flat written as an ordinal and a side (Portuguese ``3º Esq.``, ``12.º Dto``, French ``12e étage``), or a
# floor number and its word (Dutch ``6-hoog``, German ``22. OG``).
_ORDINAL_FLOOR = re.compile(
    r"^\d{1,3}(?:\s?(?:\.?º|ª|e|er|ème|°)\.?(?:\s|$)|[.-]?\s?(?:hoog|og|stock|etage|étage|floor|fl)\.?(?:\s|$))", re.I
)


def unit_line_cell(value: str) -> bool:
    """A flat, floor or building line: short, and its first word (or its floor ordinal) a unit or building word
    (``App. 5``, ``Whg. 7``, ``Hinterhaus``, ``Bloco B, apto 11``, ``3º Esq.``, ``Résidence Mimosa, 12e étage``)."""
    text = value.strip()
    words = _WORD.findall(text)
    if not words or len(text.split()) > MAX_UNIT_WORDS:
        return False
    return fold(words[0]) in _UNIT_WORDS or bool(_ORDINAL_FLOOR.match(text))


def care_of_cell(value: str) -> bool:
    """A care-of line (``c/o Jean Lagarde``, ``chez Julie Roussel``, ``z. Hd. Meier``)."""
    return bool(_CARE_OF.match(value.strip()))


def street_line_cell(value: str) -> bool:
    """A street line in any script (Latin street types, Cyrillic ``ул.``/``д.``, Korean ``로``/``길``, Thai ``ถนน``)."""
    return V.is_street_any(value) or script_address(value) or structured_address(value)


def address_line_score(sample: ValueSample) -> Score | None:
    """A column of an address's first lines (see the module), or None."""
    values = sample.values
    if sample.n_distinct < MIN_DISTINCT_LINES:
        return None
    streets = [street_line_cell(v) for v in values]
    street_share = sum(streets) / len(values)
    if street_share < MIN_STREET_LINES:
        return None
    others = sum(1 for v, s in zip(values, streets, strict=True) if not s and _other_line(v)) / len(values)
    if street_share + others < MIN_LINES:
        return None
    return Score(
        street_share + others,
        True,
        f"{_pct(street_share)} street lines, {_pct(others)} flat, building, c/o or PO box lines: an address line",
    )


def _other_line(value: str) -> bool:
    # Imported here: column_address_cells imports this module.
    from safe_synthesizer.pii.column_address_cells import po_box_cell

    return unit_line_cell(value) or care_of_cell(value) or po_box_cell(value)
