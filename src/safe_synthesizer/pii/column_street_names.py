"""Columns of street names written without their house numbers, found with the column names hidden.

Why: exports that keep the house number apart (window-cleaning rounds, meter readings, delivery rounds) write
the street alone (``Watson Court``, ``Hendrik-Koch-Allee``, ``Stiffelgasse``, ``Verkkokatu``, ``Calle Mayor``).
Under a street header the per-column check reads them (:func:`~safe_synthesizer.pii.validators.places.
is_unnumbered_street`); with the header hidden (``c004``) such a column was published as written. Alone, a
column of ``X Court`` values is also a list of venues or sites, so the evidence is taken from the table:

- nearly every distinct value carries a street type of some language as its first or last word, or glued to
  its end (``-straße``, ``-gasse``, ``-katu``, ``-tie``, ``-laan``, ``-vej``); the list here is the strict one
  (``Court``, ``Lane``, ``Calle``, ``Via``, ``rue``...), not words that also end venue names (``Park``,
  ``Centre``, ``Studios``, ``Club``, ``Mill``);
- the values are many and nearly one per row (a branch's or site's street repeats over many rows);
- the table holds a house-number column, or a postcode or town column already found.

Czech, Slovak and Croatian streets carry no type word (``Vajnorská``, ``Lenardova``): they count only beside
a house-number column and a found town or postcode, and only when few values are listed people's names.

Example::

    street_name_columns(df, ["houseno", "c004", "c005"], {"c005": "postcode"})
    # {"c004": PairFinding("street_address", 0.8, "street names without a number ...")}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_address_cells import po_box_cell
from safe_synthesizer.pii.column_block_streets import block_street_columns
from safe_synthesizer.pii.column_place_businesses import business_reason
from safe_synthesizer.pii.column_place_street_round import people_street_columns
from safe_synthesizer.pii.column_route_names import route_columns
from safe_synthesizer.pii.not_known_cells import not_known_keys
from safe_synthesizer.pii.place_pairs import PairFinding

# Street types that open a street's name: Romance, Romanian, Polish, Malay/Indonesian, Greek and Cyrillic ones.
LEAD_TYPES = frozenset(
    {
        "calle", "c/", "avenida", "avda", "av", "paseo", "camino", "plaza", "carretera", "ronda", "travesía",
        "callejón", "carrer", "avinguda", "passeig", "plaça", "via", "viale", "piazza", "corso", "vicolo",
        "piazzale", "rue", "avenue", "boulevard", "bd", "chemin", "allée", "impasse", "place", "quai", "route",
        "rua", "travessa", "largo", "praça", "estrada", "alameda", "strada", "str", "calea", "aleea",
        "bulevardul", "bd-ul", "șoseaua", "soseaua", "intrarea", "piața", "ulica", "ul", "aleja", "al", "plac",
        "jalan", "jl", "jln", "lorong", "οδός", "οδος", "λεωφόρος", "λεωφ", "улица", "ул", "проспект", "пр-т",
        "бульвар", "бул", "переулок", "пер", "шоссе", "ш", "булевар", "гудамж", "bulevar", "trg",
        # A home's quarter where streets have no names or numbers (Central Africa's ``Quartier Nlongkak``,
        # Lusophone ``Bairro Riboque``, Spanish ``Barrio Ela Nguema``, ``Cité Verte``, ``Lotissement Bel-Air``).
        "quartier", "cité", "lotissement", "bairro", "barrio",
    }
)  # fmt: skip
# Street types that close a street's name, as a word of their own.
TRAIL_TYPES = frozenset(
    {
        "street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "drive", "dr", "court", "ct", "close", "cl",
        "crescent", "cres", "way", "boulevard", "blvd", "terrace", "tce", "grove", "mews", "walk", "parade",
        "circle", "alley", "parkway", "highway", "rise", "row", "wynd", "brae", "square", "place", "pl", "gardens",
        "straße", "strasse", "str", "gasse", "allee", "weg", "ring", "platz", "damm", "ufer", "chaussee",
        "straat", "laan", "plein", "gracht", "singel", "kade", "dreef", "steeg", "vej", "gade", "allé",
        "gata", "gatan", "vägen", "väg", "veien", "vei", "vegen", "gate", "katu", "tie", "kuja", "polku",
        "sokak", "sokağı", "sokagi", "cadde", "caddesi", "bulvarı", "utca", "út", "tér", "körút", "ulica",
        "cesta", "gatvė", "iela", "tänav", "улица", "гудамж", "гудамжи", "street.", "ulice", "ulitsa",
    }
)  # fmt: skip
# Street types glued to the end of the name (``Stiffelgasse``, ``Dorpsstraat``, ``Verkkokatu``, ``Søndergade``).
# Glued types of German, Dutch and Nordic streets beyond Faker's lists of those locales (read in
# :func:`_glued_types`). ``-ring`` and ``-gate`` also end towns (``Kettering``, ``Margate``): one such value is
# no street, and columns count only when nearly all values are typed.
GLUED_TYPES = (
    "straße", "strasse", "str.", "gasse", "allee", "weg", "platz", "damm", "ufer", "steig", "pfad", "ring",
    "straat", "laan", "plein", "gracht", "singel", "kade", "dreef", "steeg", "vej", "gade", "stræde",
    "gatan", "vägen", "gata", "veien", "vegen", "gate", "katu", "tie", "kuja", "polku", "väylä", "raitti",
    "kaari", "rinne", "bulevardi", "aukio", "pad", "torget", "torv", "stigen", "gränd", "backen", "hof", "baan",
    "boulevard",
)  # fmt: skip
_APART_NUMBER = re.compile(r"\s*[-/]\s*\d+\w?$")
_DIGIT = re.compile(r"\d")
_UNIT_AFTER = re.compile(r",?\s+(?:suite|ste\.?|apt\.?|apartment|unit|flat)\s*#?\w{1,5}$", re.IGNORECASE)
_UNIT = re.compile(r"^(?:flat|studio|apartment|apt\.?|unit|suite|maisonette)\b[^,]{0,6},\s*", re.IGNORECASE)
# A house number kept in a column of its own: ``12``, ``4a``, ``7/2``, ``0b/6``, ``12-14``.
_HOUSE_NUMBER = re.compile(r"^\d{1,5}[^\W\d_]?(?:[-/]\d{1,4}[^\W\d_]?)?$")
_SLAVIC = re.compile(r"(?:sk[áaý]|ck[áaý]|ov[áa]|ova|eva|ina|ska|ská|ička|ačka|ova ulica|n[áaíi])$", re.IGNORECASE)

MIN_STREET_SHARE = 0.9  # distinct values typed as streets
MAX_PARTS = 3  # comma-joined parts of a street's name with its quarter
# PO boxes stand in for a street where the post comes to a box (``BP 8902`` beside ``Quartier Akwa, rue Joss``):
# they count with the typed streets when these are at least this share.
MIN_TYPED_BESIDE_BOXES = 0.25
# Typed or Slavic-shaped, beside both a house-number column and a found town or postcode: Slovak and Croatian
# streets are also bare nouns (``Biela``, ``Morava``, ``Pantovčak``) that no shape reads.
MIN_SLAVIC_SHARE = 0.8
MIN_DISTINCT = 8
MIN_DISTINCT_RATIO = 0.4  # distinct values per non-empty row: a round has a few houses a street, a site repeats
# Distinct street-type words a column needs when it counts on the loose vocabulary: at least this many, and
# a fifth of its values (a list of ``X Park``/``Y Lodge`` venues has one or two).
MIN_LOOSE_TYPES = 4
MIN_LOOSE_TYPE_RATIO = 0.2
MIN_HOUSE_NUMBERS = 0.9
MIN_DISTINCT_HOUSE_NUMBERS = 5
MAX_PEOPLE = 0.2
MAX_ROWS = 5000
_PLACE_ENTITIES = frozenset({E.POSTCODE, E.CITY})
FIRM = "firm"  # a column of firms' names: decided, it is no street column of any pass


def _unit_free(value: str) -> str:
    """The street part of ``Flat , Gray Pines``, ``Studio 4, Daly Brook``, ``Leslie Ridge Suite 971`` (a unit
    written before or after the street)."""
    return _UNIT_AFTER.sub("", _UNIT.sub("", value.strip()))


def loose_type(value: str) -> str | None:
    """The street-type word of any vocabulary (Faker's too: ``Pines``, ``Rapids``, ``Shores``) that ends or opens
    ``value`` with no digit in it, else None. Such words also end venues (``Park``, ``Lodge``): a column
    counts on them only when they are many different ones (:data:`MIN_LOOSE_TYPES`)."""
    name = _APART_NUMBER.sub("", _unit_free(value))
    words = name.split()
    if not 2 <= len(words) <= 5 or _DIGIT.search(name) or not name[:1].isupper():
        return None
    vocabulary = gazetteers.all_street_words()
    last, first = words[-1].lower().rstrip(".,"), words[0].lower().rstrip(".,")
    return last if last in vocabulary else first if first in vocabulary else None


def is_typed_street_name(value: str) -> bool:
    """A street's name without a house number, with a strict street type first, last or glued to its end.

    ``Watson Court``, ``Calle Mayor``, ``Hendrik-Koch-Allee``, ``Stiffelgasse``, ``Verkkokatu``, ``rue des
    Lilas``; a number written apart after a slash (``Lia-Kolar-Straße /7``) is allowed. Not ``Abbey Road
    Studios`` (the type is not at an end) nor ``Riverside Park`` (``Park`` ends venues too).
    """
    name = _APART_NUMBER.sub("", _unit_free(value))
    if "," in name:
        # The quarter, then the street (``Makepe, rue Koumassi``), or the street then the quarter: one part typed.
        parts = [p.strip() for p in name.split(",") if p.strip()]
        return 2 <= len(parts) <= MAX_PARTS and not _DIGIT.search(name) and any(map(is_typed_street_name, parts))
    words = name.split()
    if not 1 <= len(words) <= 5 or _DIGIT.search(name) or not words[0][:1].isalpha():
        return False
    first, last = words[0].lower().rstrip(".,"), words[-1].lower().rstrip(",")
    last_part = last.rstrip(".").split("-")[-1]
    if len(words) > 1 and (first in LEAD_TYPES or last.rstrip(".") in TRAIL_TYPES or last_part in TRAIL_TYPES):
        return name[:1].isupper() or first in LEAD_TYPES
    if not name[:1].isupper():
        return False
    if "-" in last and last_part in TRAIL_TYPES:
        return True  # ``Manuela-Sigl-Ring``
    return any(last.endswith(t) and len(last) >= len(t) + 3 for t in _glued_types())


@lru_cache(maxsize=1)
def _glued_types() -> tuple[str, ...]:
    """:data:`GLUED_TYPES` and Faker's street types of the locales that glue them (``-gropa``, ``-kroken``)."""
    words = set(GLUED_TYPES)
    for locale in gazetteers.GLUED_STREET_LOCALES:
        words |= {w for w in gazetteers.locale_street_words(locale) if len(w) >= 3 and " " not in w}
    return tuple(sorted(words))


def is_slavic_street_name(value: str) -> bool:
    """A Czech, Slovak or Croatian street's name alone (``Vajnorská``, ``Lenardova``, ``Mirogojska``): one or two
    capitalised words, the last an adjective or possessive. Surnames end so too: callers need a table."""
    words = value.strip().split()
    if not 1 <= len(words) <= 3 or _DIGIT.search(value) or not all(w[:1].isupper() for w in words):
        return False
    return bool(_SLAVIC.search(words[-1]))


def _distinct(series: pd.Series) -> tuple[list[str], int]:
    """Distinct values and the rows that hold one (``n/a``, ``-`` and other not-known cells left out)."""
    values = series.dropna().astype(str).str.strip()
    values = values[values != ""].head(MAX_ROWS)
    distinct = list(dict.fromkeys(values.tolist()))
    empty = not_known_keys(distinct, E.STREET_ADDRESS)
    if empty:
        values = values[~values.isin(empty)]
        distinct = [v for v in distinct if v not in empty]
    return distinct, len(values)


def _house_numbers(series: pd.Series) -> bool:
    """A column of house numbers: nearly every value ``12``, ``4a``, ``7/2``, several distinct."""
    if pd.api.types.is_float_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
        return False
    values, _ = _distinct(series)
    if len(values) < MIN_DISTINCT_HOUSE_NUMBERS:
        return False
    return sum(bool(_HOUSE_NUMBER.match(v)) for v in values) >= MIN_HOUSE_NUMBERS * len(values)


def _people(values: Sequence[str]) -> float:
    """Share of listed full names: streets are named after people (``Kathleen Rapids``), so a first name counts
    nothing; a column of people whose surname is a type word (``Anna Street``) is listed whole."""
    return sum(map(V.full_name_known, values)) / len(values)


def street_name_columns(df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, str]) -> dict[str, PairFinding]:
    """Columns of street names without numbers among ``columns`` (``found``: entities already decided, never
    re-labelled), told by the table's house-number, postcode or town columns."""
    open_text = [
        c for c in columns
        if c not in found and c in df.columns and not pd.api.types.is_numeric_dtype(df[c].dtype)
    ]  # fmt: skip
    # Firms named after their trade and street (``Bakkerij Lucring``), or under a company header: no street column
    # here nor in the passes below (:mod:`column_place_businesses`).
    distinct = {c: _distinct(df[c]) for c in open_text}
    firms = {c for c in open_text if business_reason(distinct[c][0], c, E.STREET_ADDRESS) is not None}
    open_text = [c for c in open_text if c not in firms]
    found = {**found, **dict.fromkeys(firms, FIRM)}
    if not open_text:
        return {}
    places = any(found.get(c) in _PLACE_ENTITIES for c in columns)
    numbers: bool | None = None
    out: dict[str, PairFinding] = {}
    for column in open_text:
        values, rows = distinct[column]
        if len(values) < MIN_DISTINCT or len(values) < MIN_DISTINCT_RATIO * rows:
            continue
        typed = sum(map(is_typed_street_name, values)) / len(values)
        if typed < MIN_STREET_SHARE:
            typed = max(typed, _loose_share(values))
        if MIN_TYPED_BESIDE_BOXES <= typed < MIN_STREET_SHARE:
            typed += sum(map(po_box_cell, values)) / len(values)
        slavic = 0.0
        if typed < MIN_STREET_SHARE:
            slavic = sum(is_typed_street_name(v) or is_slavic_street_name(v) for v in values) / len(values)
            if slavic < MIN_SLAVIC_SHARE:
                continue
        if numbers is None:
            numbers = any(_house_numbers(df[c]) for c in columns if c != column and c not in found)
        beside = "a house-number column" if numbers else "a postcode or town column" if places else ""
        if not beside or (slavic and not (numbers and places)):
            continue
        if _people(values) > MAX_PEOPLE:
            continue
        share = max(typed, slavic)
        kind = "typed" if not slavic else "typed or Slavic adjective"
        why = f"{share:.0%} street names without a number ({kind}), {len(values)} distinct in {rows} rows"
        why += f", beside {beside}"
        out[column] = PairFinding(E.STREET_ADDRESS, 0.8, why)
    # A name and a house number per row under a placeholder header, in a table of people (no street type needed).
    decided = {**found, **{c: f.entity for c, f in out.items()}}
    for column, f in people_street_columns(df, columns, decided).items():
        out[column] = PairFinding(f.entity, f.confidence, f.evidence)
    # The address block's first line: streets with no street word beside the found town and postcode.
    decided = {**found, **{c: f.entity for c, f in out.items()}}
    for column, f in block_street_columns(df, columns, decided).items():
        out[column] = PairFinding(f.entity, f.confidence, f.evidence)
    # An address split into parts: the street's name beside its house-number column (:mod:`column_route_names`).
    decided = {**found, **{c: f.entity for c, f in out.items()}}
    out.update(route_columns(df, columns, decided))
    return out


def _loose_share(values: Sequence[str]) -> float:
    """Share of values typed by the loose vocabulary, 0 when its type words are too few to tell streets."""
    types = [t for t in map(loose_type, values) if t is not None]
    if len(set(types)) < max(MIN_LOOSE_TYPES, MIN_LOOSE_TYPE_RATIO * len(values)):
        return 0.0
    return len(types) / len(values)
