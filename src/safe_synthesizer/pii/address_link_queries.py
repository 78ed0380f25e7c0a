"""A link's place query (``?q=``, ``?address=``, ``?daddr=``...) read as an address by the COLUMN's reading of the
decoded values, whatever the link's host: a navigation app's link names no map in its host or path.

Why: :mod:`address_map_links` takes a link's query for an address when the link is a map's (the word ``map`` in its
host or path) or when the part reader reads that one query as a whole address. A navigation link (``https://
waze.com/ul?q=Blk%20503%20Woodlands%20Drive%2014%20Singapore%20520503&navigate=yes``) is neither: no map word, and
an address written without commas reads as one street line. So the column stood as URLs (set 52: ta_SG, shown and
hidden). Here a link is only OPENED (a scheme and host, a query key that names a place or a search, a decoded value
with letters); whether the values are addresses is left to the column reader
(:func:`column_read_addresses.read_address_evidence`: nearly every value an address or a street line, half by a
street, home or box word or a postcode), so a column of search links (``?q=pizza``) stays URLs.

Example::

    link = read_link_query("https://waze.com/ul?q=10%20Serangoon%20Road%20Singapore%20208409&navigate=yes")
    link.address                     # "10 Serangoon Road Singapore 208409"
    link.rewrite("4 Elm Road")       # "https://waze.com/ul?q=4%20Elm%20Road&navigate=yes"
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote, unquote_plus

from safe_synthesizer.pii.address_map_links import PLACE_KEYS, MapLink

__all__ = ["read_link_query"]

MAX_CELL_CHARS = 1000
_LINK = re.compile(r"^(?:https?://|www\.)[^\s/?#]+[^\s?#]*\?[^\s]+$", re.IGNORECASE)
_QUERY_PAIR = re.compile(r"(?:(?<=[?&;]))([A-Za-z_][\w.\-]*)=([^&;#]*)")


@lru_cache(maxsize=4096)
def read_link_query(cell: str) -> MapLink | None:
    """The cell read as a link whose query under a place key holds words, or ``None``; the value is not judged."""
    text = cell.strip()
    if len(text) > MAX_CELL_CHARS or not _LINK.match(text):
        return None
    offset = len(cell) - len(cell.lstrip())
    for m in _QUERY_PAIR.finditer(text, text.index("?")):
        raw = m.group(2)
        if m.group(1).casefold() not in PLACE_KEYS or not raw:
            continue
        address = " ".join((unquote_plus(raw) if "+" in raw else unquote(raw)).split())
        if not any(ch.isalpha() for ch in address) or address.lower().startswith(("http", "www.")):
            continue
        plus = "+" in raw or ("%20" not in raw and " " not in raw)
        return MapLink(cell, address, m.start(2) + offset, m.end(2) + offset, plus, "," in raw)
    return None
