"""Address columns of places with few street numbers: landmarks, P.O. boxes, house and lot numbers, villages.

Why: on small islands and in much of Africa and Asia people write where they live by a landmark (``Whitby, behind
the primary school``, ``Coulée, près de la mosquée du vendredi``, ``Avenida Amílcar Cabral, perto do mercado``), a
post-office box (``P.O. Box 4291``, ``BP 1529``), a house, lot or block number in a settlement (``Location, Block
58``, ``Lot 59, Bladiniere Estate``, ``Ban Sokpaluang, Unit 28, House 155``, ``Area 36, Plot 36/1/38``) or a
village or quarter alone (``quartier Hamramba``, ``Bairro de Missirá``). Few of these cells are street lines, so the
street and address checks (a house number and a street word) passed over them, and with the header hidden such
columns of Turks and Caicos, Anguilla, Montserrat, Vanuatu, Wallis, Nauru, Comoros, Tuvalu, Guinea-Bissau and Lao
tables were published as written; the town and postcode columns beside them, which the block rules find only next
to a found street column, were lost with them (set 37, seen: 17 street and address columns).

Each distinct cell is read once, part by part (split at commas): a part is *marked* when it is a P.O. box, a
landmark phrase (``near``, ``behind``, ``opposite``, ``près de``, ``perto do``...), a numbered house, lot, block or
unit beside another part, a settlement word with its name (``quartier``, ``bairro``, ``village``, ``Ban``), or a
street line; otherwise it must be capitalised place words. A column counts when, in a table with found people
(names, phones, e-mails or birth dates):

- the header says nothing (``c004``), cues an address part, or cues nothing known (``Pick-up``, ``Moving to``);
- nearly every distinct cell (:data:`MIN_ADDRESS_SHARE`) is an address line of these parts, at least half of them
  marked, and a fifth (at least :data:`MIN_SMALL_PLACE`) marked by a box, landmark, numbered house or settlement,
  not by a street word alone (street columns are the street checks' own);
- cells are one person's each: at most :data:`MAX_ROWS_PER_LEVEL` filled rows per distinct cell (a branch's or
  venue's place repeats over the rows); few are listed people's full names.

Cells of three parts or more (``P.O. Box 4830, Providenciales, Turks and Caicos Islands``) make an ``address``
column, others a ``street_address`` one.

Example::

    landmark_address_columns(df, ["c004", "c005"], {"c001": "name"})
    # {"c004": ColumnDetection("c004", "street_address", 0.7, ..., "values+landmark", ...)}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_address_cells import po_box_cell
from safe_synthesizer.pii.column_address_lines import street_line_cell
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_lookalikes import lookalike_reason
from safe_synthesizer.pii.column_rescue import METHOD as RESCUE
from safe_synthesizer.pii.cues import cue_hints, says_nothing
from safe_synthesizer.pii.not_known_cells import not_known_keys
from safe_synthesizer.pii.place_pair_values import is_town_word

MAX_ROWS = 2000
MIN_DISTINCT = 4
MIN_ADDRESS_SHARE = 0.9
MIN_MARKED_SHARE = 0.5
MIN_SMALL_PLACE_SHARE = 0.2
MIN_SMALL_PLACE = 2
MAX_ROWS_PER_LEVEL = 4.5
MAX_FULL_NAMES = 0.2
MIN_FULL_PARTS = 3  # ``landmark, town, country``: a whole address
CONFIDENCE = 0.7
PEOPLE = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME, E.EMAIL, E.PHONE_NUMBER, E.DATE_OF_BIRTH})
# Cue hints that let a header through: address parts, or nothing known.
_ADDRESS_HINTS = frozenset({E.STREET_ADDRESS, E.ADDRESS, E.CITY, E.POSTCODE})

# Landmark phrases: English, French, Portuguese, Spanish, Dutch/Papiamentu, Indonesian/Malay, Swahili.
_LANDMARK = re.compile(
    r"(?:^|\s)(?:near(?:\s+to)?|behind|opposite|beside|next\s+to|close\s+to|across\s+from|in\s+front\s+of|by\s+the|"
    r"off|past|after\s+the|before\s+the|"
    r"près\s+d[eu]|pres\s+d[eu]|derrière|derriere|en\s+face\s+d[eu]|à\s+côté\s+d[eu]|a\s+cote\s+d[eu]|face\s+à|"
    r"après\s+l[ea]|avant\s+l[ea]|"
    r"perto\s+d[oae]s?|atrás\s+d[oae]s?|em\s+frente\s+(?:a|ao|à|d[oae])|junto\s+(?:a|ao|à)|ao\s+lado\s+d[oae]|"
    r"cerca\s+de(?:l)?|detrás\s+de(?:l)?|frente\s+a(?:l)?|al\s+lado\s+de(?:l)?|"
    r"naast|tegenover|achter|dekat|belakang|depan|karibu\s+na|nyuma\s+ya|mbele\s+ya)\s+\S",
    re.I,
)
# P.O. boxes the shared cell check does not read: ``BP 1529``, ``B.P. 12``, ``Caixa Postal 3``, ``PMB 12``.
_BOX = re.compile(
    r"^(?:b\.?\s?p\.?|boîte\s+postale|caixa\s+postal|c\.?\s?p\.?|apartado(?:\s+postal)?|pmb|p\.?\s?m\.?\s?b\.?|"
    r"private\s+bag|p\.?\s?o\.?\s?box|po\s?box|box|postbus|postfach|casilla)\s*(?:no\.?\s*)?\d{1,6}\b",
    re.I,
)
# A numbered house, lot, block or unit: ``house 45``, ``Lot 59``, ``Plot 36/1/38``, ``casa 21``, ``Stand 4412``.
_NUMBERED = re.compile(
    r"^(?:[^\W\d_][\w'’.-]*\s+){0,2}?"
    r"(?:house|home|lot|plot|block|blk|unit|section|area|allotment|portion|stand|erf|compound|yard|settlement|"
    r"maison|lotissement|parcelle|îlot|ilot|casa|lote|quadra|bloco|manzana|solar|rumah|nyumba|kiwanja)"
    r"\s*(?:no\.?\s*|n[°º]\s*|#\s*)?\d[\w/-]*$",
    re.I,
)
# Settlement words with the settlement's name: ``quartier Hamramba``, ``Bairro de Missirá``, ``Ban Anou``,
# ``village de Liku``, ``Shoal Bay Village``, ``Boe District``, ``Anamburu area``.
_SETTLEMENT_BEFORE = re.compile(
    r"^(?:quartier|quart\.?|village|lieu-dit|hameau|bairro|aldeia|tabanca|barrio|colonia|aldea|vereda|kampung|"
    r"kampong|desa|dusun|barangay|brgy\.?|ban|baan|mtaa|kijiji|kebele|ward|zone|settlement|camp|location)"
    r"(?:\s+(?:de|du|des|d'|da|do|dos|das|del|of))?\s+\S",
    re.I,
)
_SETTLEMENT_AFTER = re.compile(r"\S\s+(?:village|settlement|district|area|estate|location|compound|camp|ward)$", re.I)
_DIGIT = re.compile(r"\d")
# A house number beside name words (``Trg Nezavisnosti 79``, ``Kaya Grandi 96``, ``Hercegovačka bb``).
_NAME_NUMBER = re.compile(
    r"^(?:\d{1,4}[a-z]?\s+[^\W\d_][\w'’.\- ]*|[^\W\d_][\w'’.\- ]*\s+(?:\d{1,4}[a-z]?(?:/\d{1,4})?|bb|b\.b\.|s/n))$",
    re.I,
)
# Numbered things that are no homes: ``Room 12``, ``Gate 4``, ``Table 7``, ``Bay 3``.
_COUNTED = frozenset(
    {"room", "gate", "seat", "table", "desk", "bay", "pitch", "locker", "court", "team", "group", "class", "year"}
    | {"week", "day", "level", "grade", "step", "bus", "route", "line", "car", "van", "truck", "floor", "stage"}
    | {"hall", "pew", "row", "box", "unit", "plot", "lot", "block", "section", "area"}
)
# A postcode after the last part's words (``Turks and Caicos Islands TKCA 1ZZ``, ``Tuvalu 96799``).
_TAIL_CODE = re.compile(r"\s+(?:[A-Z]{2,4}[\s-]?\d[0-9A-Z]{0,4}(?:\s?[0-9A-Z]{3})?|\d{4,6})$")


def _small_place_part(part: str, whole: Sequence[str]) -> bool:
    """A part marked as where someone lives in a small place: a box, a landmark, a numbered house beside another
    part, or a settlement word with its name."""
    if po_box_cell(part) or _BOX.match(part) or _LANDMARK.search(part):
        return True
    if _NUMBERED.match(part):
        return len(whole) > 1  # a bare ``Plot 12`` is an allotment's plot, ``Unit 4`` a storage unit
    return bool(_SETTLEMENT_BEFORE.match(part) or _SETTLEMENT_AFTER.search(part))


def _place_part(part: str) -> bool:
    """Capitalised place words (``Cockburn Harbour``, ``Ha'afuasia``, ``Mata-Utu``) or a street of any script."""
    return is_town_word(part) or street_line_cell(part)


def read_cell(value: str) -> str | None:
    """How an address cell of a small place reads: ``small`` (box, landmark, numbered house, settlement), ``street``
    (a street line, or a name and a house number), ``place`` (place words only) or ``None`` (no address line)."""
    parts = [p.strip() for p in value.split(",")]
    if not all(parts) or len(parts) > 5:
        return None
    if len(parts) == 1 and _NUMBERED.match(value):
        return None  # a bare ``Plot 12`` is an allotment's plot, ``Unit 4`` a storage unit
    if len(parts) > 1:
        parts[-1] = _TAIL_CODE.sub("", parts[-1]) or parts[-1]
    if any(_small_place_part(p, parts) for p in parts):
        rest = [p for p in parts if not _small_place_part(p, parts)]
        return "small" if all(_place_part(p) for p in rest) else None
    if street_line_cell(value) or any(street_line_cell(p) for p in parts):
        return "street" if all(_place_part(p) or street_line_cell(p) for p in parts) else None
    if len(parts) == 1 and _NAME_NUMBER.match(value) and not V.full_name_known(value):
        first = value.split()[0].casefold()
        return None if first in _COUNTED or _NUMBERED.match(value) else "street"
    if all(is_town_word(p) for p in parts):
        return "place"
    return None


def _filled(series: pd.Series) -> pd.Series:
    head = series.head(MAX_ROWS)
    text = head.astype(str).str.strip()
    values = text[head.notna() & text.ne("")]
    empty = not_known_keys(list(dict.fromkeys(values.tolist())), E.STREET_ADDRESS)
    return values[~values.isin(empty)]


def landmark_evidence(values: pd.Series) -> tuple[str, str] | None:
    """(entity, why) when the filled cells ``values`` read as people's addresses of small places, else ``None``."""
    distinct = list(dict.fromkeys(values.tolist()))
    n = len(distinct)
    if n < MIN_DISTINCT or len(values) > MAX_ROWS_PER_LEVEL * n:
        return None
    kinds = [read_cell(v) for v in distinct]
    lines = sum(k is not None for k in kinds)
    small = kinds.count("small")
    marked = small + kinds.count("street")
    if lines < MIN_ADDRESS_SHARE * n or marked < MIN_MARKED_SHARE * n:
        return None
    if small < max(MIN_SMALL_PLACE, MIN_SMALL_PLACE_SHARE * n):
        return None
    people = sum(V.full_name_known(v) for v in distinct)
    if people > MAX_FULL_NAMES * n:
        return None
    whole = sum(len(v.split(",")) >= MIN_FULL_PARTS for v in distinct)
    entity = E.ADDRESS if whole * 2 >= n else E.STREET_ADDRESS
    why = f"{n} distinct: {small} by landmark, box, house number or settlement, {marked - small} street lines"
    return entity, why


def _header_allows(column: str) -> bool:
    hints = cue_hints(column)
    return says_nothing(column) or bool(hints & _ADDRESS_HINTS) or not hints


def landmark_address_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Street and address columns (see the module) among ``names`` that ``found`` left undecided, or that only the
    learned classifier read as towns (``Kaloum, Mamou``, ``BP 6537, Boké``: a town is one part of such a cell)."""
    decided = {c: d.entity for c, d in found.items() if d is not None}
    if not any(e in PEOPLE for e in decided.values()):
        return {}
    classifier_towns = {c for c, d in found.items() if d is not None and d.entity == E.CITY and d.method == RESCUE}
    out: dict[str, ColumnDetection] = {}
    for column in names:
        if (column in decided and column not in classifier_towns) or column not in df.columns:
            continue
        if not _header_allows(column):
            continue
        series = df[column]
        if not (pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)):
            continue
        values = _filled(series)
        finding = landmark_evidence(values)
        if finding is None or lookalike_reason(series, column, finding[0]) is not None:
            continue
        entity, why = finding
        out[column] = ColumnDetection(column, entity, CONFIDENCE, CONFIDENCE, "values+landmark", len(values), None, why)
    return out
