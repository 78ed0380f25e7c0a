"""Town columns told by a gazetteer of every country (the time-zone database's cities, libphonenumber's geocoder
places) and by the administrative suffixes of Chinese, Japanese and Korean place names, with their headers hidden.

Why: the town lists the detector reads are Faker's and hand-written ones, so a column of the towns of a small
country (``Longyearbyen``, ``Ny-Ålesund``, ``Barentsburg``; ``Asmara``, ``Massawa``, ``Keren``) or of Tibetan
districts written in Chinese (``拉萨市城关区``) matched no list and was published as written. Two libraries already
installed name the places of every country: the tz database (``tzdata``'s ``zone.tab``: ``Arctic/Longyearbyen``
in SJ, ``Africa/Asmara`` in ER) and libphonenumber's geocoder (``Kabul``, ``هرات`` in AF, in many languages), each
with its country. A CJK place name ends in an administrative unit (``市``, ``区``, ``县``, ``郡``, ``시``, ``군``,
``구``...), a closed class.

A column is a town column when its values are place-shaped (no digits, a few capitalised words or a caseless
script), repeat like towns repeat, the gazetteer holds the values of a share of its rows, those listed places share
one country (towns of one table are one country's; product names, teams and boats match places of many countries
by chance), few of its values are people's names, and a second cue stands in the table: an address, street or
postcode column found, or a sibling column of street lines or addresses read by their parts. CJK columns need their
values to be administrative names (a unit suffix after a name) in most rows.

Example::

    gazetteer_towns(["Longyearbyen", "Ny-Ålesund"])  # {"longyearbyen": frozenset({"SJ"})}
    cjk_admin_place("日喀则市桑珠孜区")  # True
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.address_cell_layouts import read_address_layout
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.common_words import common_words
from safe_synthesizer.pii.cues import cue_hints

__all__ = ["cjk_admin_place", "gazetteer_town_columns", "gazetteer_town_evidence", "gazetteer_towns"]

MAX_ROWS = 2000
MAX_WORDS = 4
MIN_ROWS = 5
MAX_DISTINCT_SHARE = 0.6  # towns repeat: distinct values per filled row
MIN_LISTED_ROWS = 0.3  # of the filled rows, a place the gazetteer holds
MIN_ONE_LISTED_ROWS = 0.5  # of the filled rows, when one distinct value only is listed
MIN_LISTED_ALONE = 0.6  # of the distinct values, listed: enough without a second cue in the table
MAX_PEOPLE = 0.34  # of the distinct values, given names or surnames
MIN_CJK = 0.8  # of the distinct values, CJK administrative names
MIN_GEOCODER_LETTERS = 4
MAX_SHARED_CODE_REGIONS = 4  # regions sharing one calling code (+44: GB, JE, GG, IM); +1's 25 say no country
CONFIDENCE = 0.7
# Administrative units closing a CJK place name (city, district, county, prefecture, township, town, ward; Korean
# si, gun, gu, eup, myeon, dong): a closed class.
_CJK_UNITS = "市区县縣州郡盟旗镇鎮乡鄉町村都道府시군구읍면동"
_CJK_ADMIN = re.compile(rf"^[\u3400-\u9fff\uac00-\ud7af]{{1,8}}[{_CJK_UNITS}]$")
_CJK = re.compile(r"[\u3400-\u9fff\uac00-\ud7af]")
_PLACE_CUES = frozenset({E.ADDRESS, E.STREET_ADDRESS, E.CITY, E.POSTCODE, E.STATE})
_BLOCK_ENTITIES = frozenset({E.ADDRESS, E.STREET_ADDRESS, E.POSTCODE})


def _fold(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).casefold().strip(" .")


def _zone_tab() -> str:
    try:
        return resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        for root in ("/usr/share/zoneinfo", "/usr/lib/zoneinfo"):
            path = Path(root) / "zone.tab"
            if path.is_file():
                return path.read_text(encoding="utf-8")
    return ""


def _geocoder_places() -> dict[str, set[str]]:
    import phonenumbers
    from phonenumbers.geodata import GEOCODE_DATA

    regions: dict[str, tuple[str, ...]] = {}
    by_name: dict[str, set[str]] = {}
    for prefix, names in GEOCODE_DATA.items():
        countries: tuple[str, ...] = ()
        for size in (1, 2, 3):
            code = prefix[:size]
            if code not in regions:
                regions[code] = tuple(r for r in phonenumbers.region_codes_for_country_code(int(code)) if r != "ZZ")
            if countries := regions[code]:
                break
        if len(countries) > MAX_SHARED_CODE_REGIONS:
            continue  # +1's places are any of 25 regions': no country to agree on (``Suffolk``, ``Romney``)
        for name in names.values():
            by_name.setdefault(name, set()).update(countries)
    out: dict[str, set[str]] = {}
    for name, countries in by_name.items():  # each distinct name split once
        for piece in re.split(r"[,/(]", name):
            place = _fold(piece.strip(" )"))
            if len(place) >= MIN_GEOCODER_LETTERS and not any(c.isdigit() for c in place):
                out.setdefault(place, set()).update(countries)
    return out


def _countries() -> frozenset[str]:
    """The names of every country and territory in libphonenumber's languages (``Mexico``, ``Deutschland``)."""
    from phonenumbers.geodata.locale import LOCALE_DATA

    return frozenset(_fold(n) for names in LOCALE_DATA.values() for n in names.values() if not n.startswith("*"))


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, frozenset[str]]:
    places: dict[str, set[str]] = {}
    for line in _zone_tab().splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 3 or "/" not in fields[2]:
            continue
        places.setdefault(_fold(fields[2].rsplit("/", 1)[1]), set()).add(fields[0])
    for place, countries in _geocoder_places().items():
        places.setdefault(place, set()).update(countries)
    # A place whose name is an ordinary word, a person's name or a country's name is no evidence (``Victoria``,
    # ``Kent``, ``Grace``; ``Mexico``: a country column is no town column).
    ordinary = common_words() | gazetteers.column_first_names() | gazetteers.column_surname_words() | _countries()
    return {p: frozenset(c) for p, c in places.items() if c and p not in ordinary}


def gazetteer_towns(values: Sequence[str]) -> dict[str, frozenset[str]]:
    """The values (folded) the gazetteer holds, each with its countries.

    Example::

        gazetteer_towns(["Asmara", "Saucy Sue"])  # {"asmara": frozenset({"ER"})}
    """
    table = _gazetteer()
    return {f: table[f] for f in map(_fold, values) if f in table}


def cjk_admin_place(value: str) -> bool:
    """A CJK place name closed by an administrative unit (``拉萨市城关区``, ``강남구``, ``港区``).

    Example::

        cjk_admin_place("林芝市巴宜区")  # True
    """
    return bool(_CJK_ADMIN.match(value.strip()))


def _place_shaped(value: str) -> bool:
    if any(c.isdigit() for c in value) or "@" in value or len(value.split()) > MAX_WORDS:
        return False
    if _CJK.search(value):
        return True
    first = next((c for c in value if c.isalpha()), "")
    return bool(first) and (first.isupper() or not first.islower())


def _person_words() -> frozenset[str]:
    return gazetteers.column_first_names() | gazetteers.column_surname_words()


def gazetteer_town_evidence(series: pd.Series, *, second_cue: bool = False) -> str | None:
    """Why ``series`` is a town column (its evidence), or ``None``; ``second_cue``: the table holds an address,
    street or postcode column (without it, most distinct values must be listed).

    Example::

        gazetteer_town_evidence(pd.Series(["Longyearbyen", "Ny-Ålesund", "Longyearbyen", "Barentsburg"] * 3),
                                second_cue=True)  # "75% of rows listed places of SJ ..."
    """
    if pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
        return None
    values = series.head(MAX_ROWS).dropna().astype(str).map(lambda v: " ".join(v.split()))
    values = values[values != ""]
    counts = values.value_counts()
    shaped = [v for v in counts.index if _place_shaped(v)]
    filled = int(counts[shaped].sum()) if shaped else 0
    if filled < MIN_ROWS or filled < 0.8 * len(values) or len(shaped) > MAX_DISTINCT_SHARE * filled:
        return None
    if sum(bool(_CJK.search(v)) for v in shaped) > len(shaped) / 2:
        admin = [v for v in shaped if cjk_admin_place(v)]
        if len(admin) < MIN_CJK * len(shaped):
            return None
        return f"{len(admin)}/{len(shaped)} distinct values CJK place names closed by an administrative unit"
    listed = gazetteer_towns(shaped)
    if not listed:
        return None
    common = frozenset.intersection(*listed.values())
    if not common:
        return None  # listed places of different countries: names matching places by chance
    listed_rows = int(sum(n for v, n in counts[shaped].items() if _fold(v) in listed))
    # A category named partly after places (archery rounds ``York``, ``Hereford``, ``National``, ``Western``;
    # library branches ``Central``): an unlisted value of ordinary words only is no town.
    words = common_words()
    if any(all(w in words for w in _fold(v).split()) for v in shaped if _fold(v) not in listed):
        return None
    people = _person_words()
    named = sum(_fold(v) in people or _fold(v.split()[0]) in people for v in shaped if _fold(v) not in listed)
    if listed_rows < MIN_LISTED_ROWS * filled or named > MAX_PEOPLE * len(shaped):
        return None
    if len(listed) == 1 and len(shaped) > 1 and listed_rows < MIN_ONE_LISTED_ROWS * filled:
        return None  # one name a gazetteer holds by chance (a church's ``St Lawrence``) must be the main town
    if not second_cue and len(listed) < MIN_LISTED_ALONE * len(shaped):
        return None
    return (f"{listed_rows / filled:.0%} of rows listed places of {'/'.join(sorted(common)[:3])} "
            f"({len(listed)}/{len(shaped)} distinct values)")  # fmt: skip


def _street_sibling(df: pd.DataFrame, column: str) -> bool:
    """Another column whose values read as street lines or addresses, one at least by a closed-class word."""
    for other in df.columns:
        if other == column or pd.api.types.is_numeric_dtype(df[other].dtype):
            continue
        values = list(dict.fromkeys(df[other].head(MAX_ROWS).dropna().astype(str).str.strip()))
        values = [v for v in values if v and any(c.isdigit() for c in v)][:100]
        if len(values) < 2:
            continue
        readings = [read_address_layout(v) for v in values]
        read = [r for r in readings if r is not None and (r.address or r.street_line)]
        if len(read) >= 0.8 * len(values) and any(r.strong for r in read):
            return True
    return False


def gazetteer_town_columns(
    df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Town columns among ``columns`` that ``found`` left undecided, told by :func:`gazetteer_town_evidence`; a header
    that cues an entity other than a place keeps its column.

    Example::

        gazetteer_town_columns(df, list(df.columns), found)  # {"c004": ColumnDetection(..., "city", ...)}
    """
    out: dict[str, ColumnDetection] = {}
    block = any(d is not None and d.entity in _BLOCK_ENTITIES for d in found.values())
    for column in columns:
        if column not in df.columns or found.get(column) is not None:
            continue
        cues = cue_hints(str(column))
        if cues and not cues & _PLACE_CUES:
            continue
        why = gazetteer_town_evidence(df[column], second_cue=True)
        if why is None:
            continue
        if not block and not _street_sibling(df, column) and gazetteer_town_evidence(df[column]) is None:
            continue
        n = int(df[column].notna().sum())
        out[column] = ColumnDetection(column, E.CITY, CONFIDENCE, CONFIDENCE, "values+gazetteer", n, None, why)
    return out
