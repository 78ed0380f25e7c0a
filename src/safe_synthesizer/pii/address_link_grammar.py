"""A link of ANY scheme read by the URI grammar for the one query parameter that carries a place: a parameter whose
name holds a place word (``where1``, ``pickup[formatted_address]``, ``dropoffAddress``) or whose decoded value the
address reader reads as a whole address, percent-encoding and ``+`` decoded, bracketed names decoded too.

Why: :mod:`address_link_queries` opens ``http(s)://`` and ``www.`` links whose key is one of the map services'
place keys exactly. Set 53 wrote a Bing Maps link (``https://bing.com/maps?where1=170%2C+rue+de+Mathieu%2C+...``:
the key carries an index) and an app's deep link (``uber://?action=setPickup&pickup[formatted_address]=...``:
another scheme, a bracketed parameter name), so the columns stood as URLs or as nothing, headers shown and hidden.
A list of services or keys would miss the next one; the grammar does not: RFC 3986's ``scheme:`` + optional
``//authority`` + ``?query``, query pairs split on ``&`` / ``;``, a key's WORDS (split at brackets, digits,
underscores, dots and camel case) compared with the place words. When no key names a place, a value still counts
when the address reader reads it as a whole address by itself (a home part beside others, :func:`read_address`).

Only the link is opened here: whether a COLUMN of the opened values is an address column is the column reader's
(:func:`column_read_addresses.read_address_evidence`), so a column of search links (``?q=pizza``), booking links
(``?hotel=Hotel+Padre+Pio``) or tracking links stays what it was. The URL-versus-address precedence is thereby
settled by what the links CARRY: a link whose payload reads as homes is an address whose fake keeps the link.

Example::

    link = read_place_link("uber://?action=setPickup&pickup[formatted_address]=12%20Elm%20Road%2C%20Leeds")
    link.address                  # "12 Elm Road, Leeds"
    link.rewrite("4 Oak Lane, York")  # "uber://?action=setPickup&pickup[formatted_address]=4%20Oak%20Lane%2C%20York"
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from urllib.parse import unquote, unquote_plus

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.address_cell_reader import read_address
from safe_synthesizer.pii.address_map_links import PLACE_KEYS, MapLink
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_open_text import open_text_columns
from safe_synthesizer.pii.not_known_words import NOT_KNOWN_WORDS

__all__ = ["key_names_place", "link_component_columns", "read_place_link"]

MAX_CELL_CHARS = 1000
MAX_ROWS = 400
MIN_LINK_SHARE = 0.5  # of the distinct written cells (missing-cell words aside) that are place links
MIN_LINKS = 2
CONFIDENCE = 0.8
_REPLACEABLE = frozenset({E.FREE_TEXT, E.URL})
# RFC 3986: a scheme, then an authority (``//host``, possibly empty as in ``uber://?``) or a bare path (``geo:``,
# ``maps:``), then a query; or a scheme-less ``www.`` link.
_LINK = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.\-]{0,30}:(?://)?|www\.)[^\s?#]*\?\S+$")
# A query pair: any key up to ``=`` (brackets and their percent-encoded forms included), the value up to the next
# pair separator or the fragment.
_PAIR = re.compile(r"(?:(?<=[?&;]))([^=&;#\s]{1,60})=([^&;#]*)")
# A key's words: camel case split (``dropoffAddress``), then runs of letters (digits, brackets, ``_`` ``.`` split).
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_WORD = re.compile(r"[^\W\d_]+")
# Schemes whose query is a message's header fields, never a place to go.
_NOT_PLACES = frozenset({"mailto", "sms", "tel", "data", "javascript", "magnet"})


def _decoded(raw: str) -> str:
    return " ".join((unquote_plus(raw) if "+" in raw else unquote(raw)).split())


def key_names_place(key: str) -> bool:
    """Whether a query key's words hold a place word (:data:`address_map_links.PLACE_KEYS`).

    >>> key_names_place("pickup[formatted_address]"), key_names_place("where1"), key_names_place("utm_source")
    (True, True, False)
    """
    words = [w.casefold() for w in _WORD.findall(_CAMEL.sub(" ", unquote(key)))]
    return any(w in PLACE_KEYS for w in words)


def _link(cell: str, start: int, end: int, raw: str, address: str) -> MapLink:
    plus = "+" in raw or ("%20" not in raw and " " not in raw)
    return MapLink(cell, address, start, end, plus, "," in raw)


@lru_cache(maxsize=4096)
def read_place_link(cell: str) -> MapLink | None:
    """The cell read as a link of any scheme whose query carries a place (a place-named key with letters in its
    value, else a value read as a whole address), or ``None``; the column's values are judged elsewhere."""
    if not isinstance(cell, str):
        return None
    text = cell.strip()
    if len(text) > MAX_CELL_CHARS or not _LINK.match(text):
        return None
    scheme = text.split(":", 1)[0].casefold()
    if scheme in _NOT_PLACES:
        return None
    offset = len(cell) - len(cell.lstrip())
    pairs = [(m, _decoded(m.group(2))) for m in _PAIR.finditer(text, text.index("?"))]
    # Values that are links themselves (a redirect's target) or hold no letter carry no place.
    pairs = [
        (m, v) for m, v in pairs if v and any(ch.isalpha() for ch in v) and not v.lower().startswith(("http", "www."))
    ]
    for m, address in pairs:
        if key_names_place(m.group(1)):
            return _link(cell, m.start(2) + offset, m.end(2) + offset, m.group(2), address)
    for m, address in pairs:
        reading = read_address(address)
        if reading is not None and reading.address and reading.strong:
            return _link(cell, m.start(2) + offset, m.end(2) + offset, m.group(2), address)
    return None


def link_component_columns(
    df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Address findings for the columns (undecided, free text or URLs) whose written cells are mostly place links
    whose decoded places the part reader cannot read (``13673 72 Ave, Surrey, V4N 9Z3``: a numbered street, a
    Canadian postcode) but whose comma COMPONENTS the table rules read as a street, or a town beside a postcode
    (:func:`address_separated_cells.components_evidence`); a venue and its town (``Hotel Padre Pio, San Giovanni
    Rotondo``) has neither and stays as it was. Only new findings; ``found`` is not modified."""
    from safe_synthesizer.pii.address_separated_cells import components_evidence  # reads tables: a late import

    out: dict[str, ColumnDetection] = {}
    for column, series, written in open_text_columns(df, columns, found, _REPLACEABLE, MAX_ROWS):
        cells = [v.strip() for v in written]
        distinct = [v for v in dict.fromkeys(cells) if v and v.casefold() not in NOT_KNOWN_WORDS]
        links = [link for v in distinct if (link := read_place_link(v)) is not None]
        if len(links) < max(MIN_LINKS, MIN_LINK_SHARE * len(distinct)):
            continue
        rows = [[p.strip() for p in link.address.split(",")] for link in links]
        if sum(len(r) > 1 for r in rows) < MIN_LINK_SHARE * len(rows):
            continue  # one component per place: a search or a venue's name, nothing to lay out
        evidence = components_evidence(rows)
        if evidence is None:
            continue
        why = f"{len(links)} of {len(distinct)} distinct cells are links carrying a place; {evidence[1]}"
        n = int(series.notna().sum())
        out[column] = ColumnDetection(column, E.ADDRESS, CONFIDENCE, CONFIDENCE, "values+link", n, None, why)
    return out
