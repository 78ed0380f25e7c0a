"""Address cells written as a map link: the address is the link's query (``...maps/search/?api=1&query=12+Elm+Road
%2C+Leeds``), read decoded as the cell's address and faked back into the link, encoded as it was.

Why: a booking form or a CRM that stores where the van must go writes a map service's link, not the address:
``https://www.google.com/maps/search/?api=1&query=Chlo%C3%A9straat+678%2C+Waverveen``, ``https://maps.apple.com/?
daddr=...``, ``https://www.openstreetmap.org/search?query=...``, ``https://www.google.com/maps/place/12+Elm+Road,
+Leeds/``, ``geo:0,0?q=...``. The URL reader takes such a column for links, so the address stood in the output as
written (set 50: en_GB, nl_NL, fr_NE, shown and hidden: a miss and a false URL column at once). No list of map
services is kept: a link is read by its general grammar (a scheme, a host, a path, a query) and its address is

- the value of a query key that names a place or a search (:data:`PLACE_KEYS`: ``q``, ``query``, ``daddr``,
  ``address``, ``destination``...) or the path segment after ``/place/`` or ``/search/``, decoded;
- taken when the link is a map's (its host or its path holds the word ``map`` or ``maps``, or a ``geo:`` URI) and
  the decoded text holds letters, or, for any other link, when the address reader reads the decoded text as an
  address (:func:`address_cell_reader.read_address`: a home part beside other address parts).

A column (left undecided, read as free text or as URLs) whose written cells are mostly such links is an address
column (:func:`map_link_address_columns`). The fake is written back in the link's own encoding (``+`` or ``%20``
for spaces, ``%2C`` or a bare comma), the rest of the link kept.

Example::

    link = read_map_link("https://www.google.com/maps/search/?api=1&query=0+Gibson+Walk%2C+East+Ritaton%2C+M1+9BS")
    link.address                              # "0 Gibson Walk, East Ritaton, M1 9BS"
    link.rewrite("4 Elm Road, Leeds")         # "https://www.google.com/maps/search/?api=1&query=4+Elm+Road%2C+Leeds"
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote, quote_plus, unquote, unquote_plus

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.address_cell_reader import read_address
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_open_text import open_text_columns
from safe_synthesizer.pii.not_known_words import NOT_KNOWN_WORDS

__all__ = ["PLACE_KEYS", "MapLink", "map_link_address_columns", "read_map_link", "relinked_addresses"]

MAX_CELL_CHARS = 1000
MAX_ROWS = 400
# Share of the distinct written cells that must be map links holding an address (the others: plain addresses,
# missing-cell words), and how many at least.
MIN_LINK_SHARE = 0.5
MIN_LINKS = 2
CONFIDENCE = 0.85
# Findings a column of map links may carry before this pass: none, free text, or the URL reader's.
_REPLACEABLE = frozenset({E.FREE_TEXT, E.URL})
# Query keys that name a place, a route's end or a search in the map services' and the geo URI's grammars.
PLACE_KEYS = frozenset(
    {"q", "query", "daddr", "saddr", "address", "addr", "destination", "origin", "where", "near", "search", "text",
     "location", "loc", "place", "ll_address", "to", "from", "dest", "adresse", "direccion", "indirizzo", "adres"}
)  # fmt: skip
_LINK = re.compile(r"^(?:(?:https?://|www\.)[^\s/?#]+|geo:[^\s?#]*)[^\s]*$", re.IGNORECASE)
_QUERY_PAIR = re.compile(r"(?:(?<=[?&;])|^)([A-Za-z_][\w.\-]*)=([^&;#]*)")
_PATH_PLACE = re.compile(r"/(?:place|search|dir)/([^/?#]+)", re.IGNORECASE)
_MAP_WORD = re.compile(r"(?<![a-z])maps?(?![a-z])|^geo:", re.IGNORECASE)


@dataclass(frozen=True)
class MapLink:
    """A link cell read as an address: the cell, the span of the encoded address and how it was encoded."""

    text: str
    address: str
    start: int
    end: int
    plus: bool  # spaces written ``+`` (a query's form encoding), else ``%20``
    bare_commas: bool  # commas written as they are, not ``%2C``

    def rewrite(self, fake: str) -> str:
        """The link with its address replaced by ``fake``, encoded as the original was."""
        safe = ",/" if self.bare_commas else "/"
        encoded = quote_plus(fake, safe=safe) if self.plus else quote(fake, safe=safe)
        return self.text[: self.start] + encoded + self.text[self.end :]


def _decoded(raw: str) -> str:
    return unquote_plus(raw) if "+" in raw else unquote(raw)


def _places(text: str) -> list[tuple[int, int, str]]:
    """The spans of the query values under place keys, then of the path's place segments, with their raw text."""
    query_at = text.find("?")
    out = []
    if query_at >= 0:
        for m in _QUERY_PAIR.finditer(text, query_at + 1):
            if m.group(1).casefold() in PLACE_KEYS and m.group(2):
                out.append((m.start(2), m.end(2), m.group(2)))
    path = text[: query_at if query_at >= 0 else len(text)]
    out += [(m.start(1), m.end(1), m.group(1)) for m in _PATH_PLACE.finditer(path)]
    return out


@lru_cache(maxsize=4096)
def read_map_link(cell: str) -> MapLink | None:
    """The cell read as a link whose query (or place segment) is an address, or ``None``."""
    text = cell.strip()
    if len(text) > MAX_CELL_CHARS or not _LINK.match(text):
        return None
    host_and_path = text.split("?", 1)[0]
    is_map = bool(_MAP_WORD.search(host_and_path))
    offset = len(cell) - len(cell.lstrip())
    for start, end, raw in _places(text):
        address = " ".join(_decoded(raw).split())
        if not any(ch.isalpha() for ch in address) or address.startswith(("http", "www.")):
            continue
        if not is_map:
            reading = read_address(address)
            if reading is None or not (reading.address and reading.strong):
                continue
        plus = "+" in raw or ("%20" not in raw and " " not in raw)
        return MapLink(cell, address, start + offset, end + offset, plus, "," in raw)
    return None


def relinked_addresses(originals: Sequence[str], fake: Callable[[str], str]) -> list[str | None]:
    """Per original: the link with its address replaced by ``fake(address)``, or ``None`` when it is no map link."""
    out: list[str | None] = []
    for original in originals:
        link = read_map_link(original) if isinstance(original, str) else None
        out.append(None if link is None else link.rewrite(fake(link.address)))
    return out


def map_link_address_columns(
    df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Address findings for the columns of ``columns`` (undecided, free text or URLs) whose written cells are
    mostly map links holding an address; only new findings are returned, ``found`` is not modified. Always a whole
    address: a map's search is one place, faked whole and written back into the link (``fakes._map_addresses``)."""
    out: dict[str, ColumnDetection] = {}
    for column, series, written in open_text_columns(df, columns, found, _REPLACEABLE, MAX_ROWS):
        cells = [v.strip() for v in written]
        distinct = [v for v in dict.fromkeys(cells) if v and v.casefold() not in NOT_KNOWN_WORDS]
        links = [link for v in distinct if (link := read_map_link(v)) is not None]
        if len(links) < min(MIN_LINKS, len(distinct)) or len(links) < MIN_LINK_SHARE * len(distinct) or not links:
            continue
        why = f"{len(links)} of {len(distinct)} distinct cells are map links holding an address"
        n = int(series.notna().sum())
        out[column] = ColumnDetection(column, E.ADDRESS, CONFIDENCE, CONFIDENCE, "values+link", n, None, why)
    return out
