"""Cells that are a machine's record (a JSON object, a markup element), told apart from sentences.

Why: the free-text check of a planned column (:func:`replace._is_prose`) counts words: a cell of seven words or more
that no address parser reads is taken for a sentence, and a detection on such a column is dropped for the text
scanner. A JSON object of an address (``{"street": "Adi Haki Road, H.No. 304", "city": "Mekelle"}``) has seven
words and no parser reads its braces: a mostly empty address column of them was published as free text, the street
left whole where the scanner found no span (held-out set 48, seen: ti_ET). A record is fields a machine wrote, not a
sentence, whatever it holds: the readers under the detection (:mod:`cell_record_syntaxes`) read its fields.

Example::

    is_record_cell('{"street": "Adi Haki Road", "city": "Mekelle"}')  # True
"""

from __future__ import annotations

import json
import re

__all__ = ["is_record_cell"]

# One markup element round the whole cell: ``<address>...</address>``, ``<contact type="home">...</contact>``.
_ELEMENT = re.compile(r"^<([A-Za-z_][\w.\-:]*)(?:\s[^<>]*)?>.*</\1\s*>$", re.DOTALL)
MAX_CHARS = 4000


def is_record_cell(value: str) -> bool:
    """Whether ``value`` is a JSON object (or an array of them) or one markup element round the whole cell.

    >>> is_record_cell('{"street": "Kebele 09, H.No. 820", "city": "Mekelle"}'), is_record_cell("<a>Ana Berg</a>")
    (True, True)
    >>> is_record_cell("Called {Ana} back about the boiler; she will ring on Friday.")
    False
    """
    text = value.strip()
    if len(text) > MAX_CHARS or not text:
        return False
    if text[0] == "<":
        return _ELEMENT.match(text) is not None
    if text[0] not in "{[" or text[-1] not in "}]":
        return False
    try:
        loaded = json.loads(text)
    except ValueError:
        return False
    if isinstance(loaded, list):
        return bool(loaded) and all(isinstance(x, dict) for x in loaded)
    return isinstance(loaded, dict) and bool(loaded)
