"""An address cell written as a program PRINTS a record (R's ``list(street = "12 Elm Road", town = "Leeds")``, a
TOML inline table ``{ street = "12 Elm Road", town = "Leeds" }``, a Kotlin ``Address(street=..., town=...)``, an
Elixir map), opened by the one record-print grammar (:func:`cell_record_prints.parse_record`) into keyed fields
that the serialised-address column reader judges by their KEYS, as it judges a PHP array's.

Why: set 53 wrote an R list under an address header and hidden; no reader opened it, so the column was published
as written. A second parser for R would miss the next printer; the record-print grammar already reads any
``[name] open key sep value (, key sep value)* close`` print. This module only adapts its fields to
:class:`address_serialised_cells.Serialised` (keyed fields, and a writer putting each new value back inside the
same quotes, escaped as the print escapes), so the key reader (:func:`address_record_cells.read_address_record`)
decides and the fake is written field by field (a street by a street, a town by a town).

Example::

    box = open_record_print('list(street = "12 Elm Road", town = "Leeds")')
    box.fields                               # (("street", "12 Elm Road"), ("town", "Leeds"))
    box.refill(["4 Oak Lane", "York"])       # 'list(street = "4 Oak Lane", town = "York")'
"""

from __future__ import annotations

from safe_synthesizer.pii.address_serialised_cells import Serialised
from safe_synthesizer.pii.cell_record_prints import parse_record

__all__ = ["open_record_print"]

MAX_FIELDS = 12


def _escape(value: str, quote: str) -> str:
    return value.replace("\\", "\\\\").replace(quote, "\\" + quote) if quote else value


def open_record_print(cell: object) -> Serialised | None:
    """The keyed fields of a record print with a writer for new values, or ``None`` (no record print, a field
    without letters or digits only, or more fields than an address has)."""
    if not isinstance(cell, str):
        return None
    text = cell.strip()
    if text[:1] in "{[" and text[1:2] in "\"'":
        return None  # a JSON object or a Python dict's repr: the record readers' own cells
    fields = parse_record(text)
    if not fields or len(fields) > MAX_FIELDS:
        return None
    ordered = sorted(fields, key=lambda f: f.start)

    def writer(values: list[str]) -> str:
        out, last = [], 0
        for f, v in zip(ordered, values, strict=True):
            out.append(text[last : f.start] + _escape(v, f.quote))
            last = f.end
        return "".join([*out, text[last:]])

    return Serialised("print", tuple((f.key, f.value) for f in ordered), writer)
