"""Address columns whose cells are serialised values (PHP ``serialize()`` arrays, PostgreSQL composites, iCalendar
or vCard lines: :mod:`address_serialised_cells`) or links with a place query (:mod:`address_link_queries`), decided
on what is inside, and their fakes written back into the same serialisation.

Why: the part readers read a serialiser's tokens as parts of no address, so such columns were left as written or
read as URLs, headers shown and hidden (set 52: 27 of 29 address misses were such cells). Two readings, both of the
cells themselves:

- keyed fields (a PHP array with string keys) are read as a machine's record: the keys say what each field is
  (:func:`address_record_cells.read_address_record`, the header cues of every language and the address schemas'
  key names), so a mostly empty column (five arrays in fifteen rows) counts as a full one, as records do;
- positional fields (a composite's, a calendar line's, a link's query) are joined into one address line per cell
  and the column of those lines is judged by the address part reader's column test
  (:func:`column_read_addresses.read_address_evidence`); failing that, the fields are laid out as a small table of
  their own (field ``i`` of every cell one column, aligned from the end when the cells' field counts differ, since
  a street line's own commas come first) and the table rules read it with its headers hidden and no learned
  classifier: a street or address field, or a town field beside a postcode field, makes the column an address
  (``("Uripok Thokchom Leikai",Bishnupur,795126)``: the towns and the codes pair as any town and postcode columns
  do). The serialisation itself proves nothing.

Example::

    df = pd.DataFrame({"c006": ["-", 'a:2:{s:6:"street";s:9:"Henkweg 1";s:4:"town";s:9:"Eilenburg";}']})
    serialised_address_columns(df, ["c006"], {"c006": None})["c006"].entity  # "address"
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.address_link_grammar import read_place_link
from safe_synthesizer.pii.address_link_queries import read_link_query
from safe_synthesizer.pii.address_map_links import MapLink
from safe_synthesizer.pii.address_record_cells import AddressRecord, read_address_record
from safe_synthesizer.pii.address_record_prints import open_record_print
from safe_synthesizer.pii.address_serialised_cells import Serialised, open_serialised
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_open_text import open_text_columns
from safe_synthesizer.pii.column_read_addresses import read_address_evidence
from safe_synthesizer.pii.not_known_words import NOT_KNOWN_WORDS

__all__ = ["reserialised_addresses", "serialised_address_columns"]

MAX_ROWS = 400
# Share of the distinct written cells that must open (keyed records: the keys are the evidence, as for JSON records;
# positional fields: the column reader needs the values to be the column).
MIN_KEYED_SHARE = 0.34
MIN_OPEN_SHARE = 0.5
MIN_READ = 0.8  # of the keyed cells that must read as address records
CONFIDENCE = 0.8
# Findings a column of such cells may carry before this pass: none, free text, the URL reader's, a phone (the house
# numbers and postcodes are the only digits).
_REPLACEABLE = frozenset({E.FREE_TEXT, E.URL, E.PHONE_NUMBER, E.FAX_NUMBER})

Opened = Serialised | MapLink
_FIELD_PLACES = frozenset({E.CITY, E.POSTCODE, E.STATE})
_reading_fields = False  # the fields' own table is read once, never its fields' fields


def _open(cell: str) -> Opened | None:
    # Links of any scheme and key grammar (a Bing ``where1=``, an app's ``pickup[formatted_address]=``) and record
    # prints (R's ``list(street = ...)``, a TOML inline table), their fields judged here as the others' are.
    return open_serialised(cell) or read_link_query(cell) or read_place_link(cell) or open_record_print(cell)


def _line(box: Opened) -> str:
    return box.address if isinstance(box, MapLink) else box.text


def _as_record(box: Serialised) -> AddressRecord | None:
    """A keyed serialisation read as the JSON record of the same keys and values (the record reader's key rules)."""
    if not box.keyed or len({k for k, _ in box.fields}) != len(box.fields):
        return None
    return read_address_record(json.dumps(dict(box.fields), ensure_ascii=False))


def _evidence(values: list[str]) -> tuple[str, str] | None:
    """The entity and evidence of a column's written cells, or ``None``."""
    distinct = [v for v in dict.fromkeys(values) if v and v.casefold() not in NOT_KNOWN_WORDS]
    opened = {v: box for v in distinct if (box := _open(v)) is not None}
    if not opened:
        return None
    keyed = [b for b in opened.values() if isinstance(b, Serialised) and b.keyed]
    if len(keyed) >= MIN_READ * len(opened):
        if len(opened) < MIN_KEYED_SHARE * len(distinct):
            return None
        records = [r for b in keyed if (r := _as_record(b)) is not None]
        if not records or len(records) < MIN_READ * len(keyed):
            return None
        whole = sum(r.entity == E.ADDRESS for r in records)
        entity = E.ADDRESS if whole >= len(records) / 2 else E.STREET_ADDRESS
        return entity, f"{len(records)} of {len(distinct)} distinct cells are serialised address records by their keys"
    if len(opened) < MIN_OPEN_SHARE * len(distinct):
        return None
    lines = pd.Series([_line(opened[v]) for v in values if v in opened])
    found = read_address_evidence(lines)
    if found is None:
        found = _fields_evidence([opened[v] for v in values if v in opened])
    if found is None:
        return None
    kinds = sorted({type(b).__name__ if isinstance(b, MapLink) else b.kind for b in opened.values()})
    return found[0], f"{len(opened)} of {len(distinct)} distinct cells serialised ({', '.join(kinds)}); {found[1]}"


def _fields_evidence(boxes: list[Opened]) -> tuple[str, str] | None:
    """The entity and evidence of the cells' positional fields read as a table of their own by the table rules
    (headers hidden, no learned classifier), or ``None``."""
    global _reading_fields
    fields = [b.fields for b in boxes if isinstance(b, Serialised) and not b.keyed]
    if _reading_fields or len(fields) < len(boxes) or len({f for f in fields}) < 2:
        return None
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.detect_table import detect_table  # the table pass calls this module: a late import

    width = max(len(f) for f in fields)
    rows = [[f[len(f) - width + i][1] if len(f) - width + i >= 0 else None for i in range(width)] for f in fields]
    table = pd.DataFrame(rows, columns=[f"c{i:03d}" for i in range(width)])
    params = ReplacePiiParameters(column_classifier=False)
    _reading_fields = True
    try:
        found = detect_table(table, list(infer_schema(table).columns), params, seed=0)
    finally:
        _reading_fields = False
    kinds = [d.entity for d in found.values() if d is not None]
    home = any(k in (E.STREET_ADDRESS, E.ADDRESS) for k in kinds)
    if not home and not (E.CITY in kinds and E.POSTCODE in kinds):
        return None
    if set(kinds) - _FIELD_PLACES - {E.STREET_ADDRESS, E.ADDRESS}:
        return None  # a person's or a phone's field among the places: a contact record, which other readers read
    return E.ADDRESS, f"the fields read as a table: {', '.join(sorted(set(kinds)))}"


def serialised_address_columns(
    df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Address findings for the columns of ``columns`` left undecided (or read as free text, URLs or phones) whose
    written cells are serialised addresses; only new findings are returned, ``found`` is not modified.

    Example::

        serialised_address_columns(df, list(df.columns), found)  # {"c006": ColumnDetection(..., "address", ...)}
    """
    out: dict[str, ColumnDetection] = {}
    for column, series, written in open_text_columns(df, columns, found, _REPLACEABLE, MAX_ROWS):
        evidence = _evidence([v.strip() for v in written])
        if evidence is None:
            continue
        entity, why = evidence
        n = int(series.notna().sum())
        out[column] = ColumnDetection(column, entity, CONFIDENCE, CONFIDENCE, "values+serialised", n, None, why)
    return out


def reserialised_addresses(
    originals: Sequence[str], by_field: Callable[[str, str], str], whole: Callable[[str], str]
) -> dict[str, str]:
    """Fakes of the serialised cells among ``originals``, written back in their own grammar: a keyed record's fields
    each by ``by_field(kind, value)`` (a country kept, a house number as ``custom``), positional fields and link
    queries by ``whole(address_line)``. Cells in no serialisation are left out of the answer.

    Example::

        reserialised_addresses(['("12 High St",Leeds)'], by_field, whole)  # {'("12 High St",Leeds)': '("4 ...",York)'}
    """
    out: dict[str, str] = {}
    for original in dict.fromkeys(originals):
        box = _open(original) if isinstance(original, str) else None
        if box is None:
            continue
        if isinstance(box, MapLink):
            out[original] = box.rewrite(whole(box.address))
            continue
        record = _as_record(box)
        if record is not None:
            faked = json.loads(record.rewrite(lambda kind, v: by_field(E.CUSTOM if kind == "number" else kind, v)))
            out[original] = box.refill([str(faked.get(k, v)) for k, v in box.fields])
        elif box.text:
            out[original] = box.rebuild(whole(box.text))
    return out
