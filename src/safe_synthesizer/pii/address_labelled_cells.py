"""Address cells written as labelled parts (``Street: en face de la mosquée Fayçal, Town: Boké``, ``Rue: BP 3996;
Ville: Conakry``, ``straat=Kerkweg 4 | plaats=Ede``) read by their LABELS, and the address columns they make.

Why: an export that flattens an address form writes each field after its label. The part reader
(:mod:`address_cell_reader`) reads a part by its own words (a street type, a house number, a landmark's
preposition), so a label before a colon turned every part into an unknown one, and where the home is a landmark, a
quarter or a post box (West Africa, set 46 fr_GN / ff_GN) nothing in the parts said "street": the columns were left
as written, names shown and hidden. The label says what its value is, and it is read here with the header cues of
every language the column rules know (:func:`~safe_synthesizer.pii.cues.cue_hints`: ``Street``, ``Rue``, ``Calle``,
``Straße``, ``Sokak``, ``Town``, ``Ville``, ``Ort``, ``Kota``, ``CP``, ``PLZ``, ``Alamat``...), not with a list of
this layout's words. A cell reads as a labelled address when it has at least two labelled parts, one of them a home
(street or address label) and every label a place's (or a short code's: ``PC: 13043``); a label of a person, a
phone or anything else makes the cell something else (``Name: ..., Phone: ...`` is a contact card).

Cost: a cell with fewer than two colons or equals signs is left at once; a label's cues are read once per label.

Example::

    read_labelled_address("Street: BP 3996, Town: Conakry")  # (("street_address", "BP 3996"), ("city", "Conakry"))
    read_labelled_address("Name: Awa Diallo, Phone: 622 11 22 33")  # None
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.cues import cue_hints
from safe_synthesizer.pii.not_known_words import NOT_KNOWN_WORDS

MAX_CELL_CHARS = 160
MAX_ROWS = 400
# A label: one to three words (letters of any script, dots, apostrophes) at the cell's start or after a separator,
# then a colon or an equals sign.
_LABEL = re.compile(r"(?:^|(?<=[,;|·\n/]))\s*([^\W\d_][^\W\d_.'’]*(?:[ .'’-][^\W\d_.'’]+){0,2})\s*[:=]\s*")
_HOME_CUES = frozenset({E.STREET_ADDRESS, E.ADDRESS})
_PLACE_CUES = frozenset({E.CITY, E.POSTCODE, E.STATE}) | _HOME_CUES
# A value under a label no cue knows may still be a place's code (``PC: 13043``, ``Zone: 4B``): short, with digits.
_CODE = re.compile(r"^[\w -]{1,10}$")
MIN_READ = 0.8
MIN_CELLS = 2
CONFIDENCE = 0.8


@lru_cache(maxsize=2048)
def _label_cues(label: str) -> frozenset[str]:
    """The header cues of a label (a cell's labels come back on every row: read once)."""
    return frozenset(cue_hints(label))


def _kind(label: str, value: str) -> str | None:
    """The place kind a label gives its value, ``"code"`` for a short code under an unknown label, else ``None``."""
    cues = _label_cues(label)
    if cues & _HOME_CUES:
        return E.ADDRESS if E.ADDRESS in cues and E.STREET_ADDRESS not in cues else E.STREET_ADDRESS
    if place := cues & _PLACE_CUES:
        return sorted(place)[0]
    if cues or not (_CODE.match(value) and any(ch.isdigit() for ch in value)):
        return None
    return "code"


def read_labelled_address(value: str) -> tuple[tuple[str, str], ...] | None:
    """(kind, value) per labelled part of an address cell, or ``None`` when the cell is not one (fewer than two
    labels, no home label, a label that is no place's, text before the first label, an empty value).

    Example::

        read_labelled_address("Street: Kaloum, Town: Kindia")  # (("street_address", "Kaloum"), ("city", "Kindia"))
    """
    text = value.strip()
    if len(text) > MAX_CELL_CHARS or text.count(":") + text.count("=") < 2:
        return None
    labels = list(_LABEL.finditer(text))
    if len(labels) < 2 or labels[0].start() != 0:
        return None
    parts: list[tuple[str, str]] = []
    for label, after in zip(labels, [*labels[1:], None], strict=True):
        end = after.start() if after is not None else len(text)
        part = text[label.end() : end].strip(" ,;|·/\n")
        if not part or (kind := _kind(label.group(1), part)) is None:
            return None
        parts.append((kind, part))
    if not any(kind in _HOME_CUES for kind, _ in parts):
        return None
    return tuple(parts)


def labelled_address_columns(
    df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Address findings for the columns of ``columns`` left undecided (or read as free text) whose cells are
    labelled addresses; only new findings are returned, ``found`` is not modified.

    Example::

        df = pd.DataFrame({"c006": ["Street: BP 5742, Town: Conakry", "Street: Quartier Pellel, Town: Labé", "-"]})
        labelled_address_columns(df, ["c006"], {"c006": None})["c006"].entity  # "address"
    """
    out: dict[str, ColumnDetection] = {}
    for column in columns:
        det = found.get(column)
        if column not in df.columns or (det is not None and det.entity != E.FREE_TEXT):
            continue
        series = df[column]
        if pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
            continue
        values = series.head(MAX_ROWS).dropna().astype(str).str.strip()
        distinct = [v for v in dict.fromkeys(values.tolist()) if v and v.casefold() not in NOT_KNOWN_WORDS]
        labelled = [v for v in distinct if ":" in v or "=" in v]
        if len(labelled) < max(MIN_CELLS, MIN_READ * len(distinct)):
            continue
        readings = [r for v in labelled if (r := read_labelled_address(v)) is not None]
        if len(readings) < MIN_READ * len(distinct):
            continue
        whole = sum(any(k not in _HOME_CUES and k != "code" for k, _ in r) for r in readings)
        entity = E.ADDRESS if whole >= len(readings) / 2 else E.STREET_ADDRESS
        why = f"{len(readings) / len(distinct):.0%} of {len(distinct)} distinct cells are address fields by label"
        n = int(series.notna().sum())
        out[column] = ColumnDetection(column, entity, CONFIDENCE, CONFIDENCE, "values+labels", n, None, why)
    return out
