"""Postcode and town columns found as a pair: a code column beside a column of place words.

Why: a town column is told by its values (listed towns, place endings), and no list knows every
country: Luxembourg's ``Wiltz``/``Ettelbruck``, Iceland's ``Mosfellsbær``, Chile's ``Huechuraba``
matched nothing, and their bare-digit postcodes (``351``, ``2101390``, ``L-9815``) are ambiguous
alone, so both columns were left as they were (set 14: 300 Luxembourg town cells in the pipeline's
output). Exports of every country write an address as a postcode column next to a town column;
the table itself is the evidence:

- one column holds codes of one layout (3-8 digits, optionally a country prefix ``L-``, or a short
  alphanumeric code such as Eircode ``D02 X285``) with many distinct values, not years;
- a column right beside it holds capitalised place words (no digits, at most four words) with
  several distinct values and few person names;
- the same code always comes with the same town (a postcode names one place), where codes repeat.

A category beside a code (``ward`` next to ``room``) has few levels or breaks the third rule; a
person column has first names. Only the column sample is read, so the cost stays per column.

Example::

    pair_places(df, ["zip", "town"], {})  # {"zip": ("postcode", ...), "town": ("city", ...)}
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

import pandas as pd
import phonenumbers

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_block_postcodes import ADDRESS_PARTS, block_postcode_columns
from safe_synthesizer.pii.column_block_towns import block_town_columns
from safe_synthesizer.pii.column_lookalikes import place_category, value_counts
from safe_synthesizer.pii.column_place_round import people_town_columns
from safe_synthesizer.pii.column_postcode_vetoes import vetoes_postcode

# Postcodes written in groups: Czech, Slovak, Swedish and Greek ``565 17`` (Greek ones after their abbreviation
# ``ΤΚ``/``Τ.Κ.``, ταχυδρομικός κώδικας: ``ΤΚ 337 21``), Polish ``67-532``, Portuguese ``2647-971``, Brazilian
# ``01310-100``, American ZIP+4 ``52331-4997``, Dutch ``7284 FO``.
_GREEK_MARK = r"Τ\.?\s?Κ\.?\s*"
_GROUPED = rf"(?:{_GREEK_MARK})?\d{{3}} ?\d{{2}}|\d{{2}}-\d{{3}}|\d{{4,5}}-\d{{3}}|\d{{5}}-\d{{4}}|\d{{4}} ?[A-Z]{{2}}"
# A code of one layout: digits, or digits in groups; a country prefix (``D-12345``, ``SI-1000``, ``SK-067 83``,
# ``PL-67-532``, ``NL-7284 FO``) only before 4-5 digits or a grouped code, not ``PET-8318571``.
_DIGIT_CODE = re.compile(rf"^(?:(?:[A-Z]{{1,2}}-)?(?:\d{{4,5}}|{_GROUPED})|\d{{3,8}})$")
_PREFIX = re.compile(r"^([A-Z]{1,2})-")
# The one-letter prefixes European post wrote before a postcode (the countries' car plates: ``D-``, ``A-``, ``L-``,
# ``F-``, ``I-``, ``B-``, ``E-``, ``P-``, ``H-``, ``S-``, ``N-``, ``M-``, ``V-``); two letters are ISO country codes
# (``LT-``, ``SI-``, ``PL-``). Any other letter is a firm's own series (Odoo's references ``K-51884``: set 26, seen).
_POSTAL_LETTERS = frozenset("ABDEFHILMNPSV")
# A short alphanumeric code in two groups (Eircode ``D02 X285``, British ``SW1A 1AA``), or letters and
# digits alternating without a space (Canadian ``K1A0B1``, Kazakh ``A71F8H0``).
_ALNUM_CODE = re.compile(r"^(?=[A-Z0-9 ]*\d)(?=[A-Z0-9 ]*[A-Z])[A-Z0-9]{2,4} [A-Z0-9]{3,4}$")
_ALTERNATING_CODE = re.compile(r"^[A-Z]\d\d?[A-Z]\d[A-Z]\d$")
# A word of letters alone (``CP``, ``PLZ``, ``Postcode``, ``Τ.Κ.``) over a column of codes: a sub-label.
_SUB_LABEL = re.compile(r"^[^\W\d_][^\W\d_. ]*\.?(?: [^\W\d_]+\.?)?$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_HAS_DIGIT = re.compile(r"\d")

MIN_CODE_SHARE = 0.9  # values in a code layout
MIN_LAYOUT_SHARE = 0.8  # values in the most common layout (``L-9999``, ``999``)
MIN_DISTINCT_CODES = 5
MIN_DISTINCT_TOWNS = 3
MIN_TOWN_SHAPE = 0.9  # capitalised place words without digits
MAX_PERSON_SHARE = 0.3  # values that read as person (or pet) names
MAX_STREET_SHARE = 0.5  # values that carry a street type (``Verkkokatu``, ``Piper Lane``)
# Rows of a repeated code that carry its usual town: a French or Swiss postcode may serve a few
# communes, so not all; a category beside a room number mixes freely.
MIN_SAME_TOWN = 0.75
MAX_TOWN_WORDS = 4
MAX_ROWS = 5000  # rows read for the code -> town check
NO_PLACE = "code of no place"  # a column whose header vetoes a postcode: decided, it lends no side


@dataclass(frozen=True)
class PairFinding:
    """One column found by the pair rule: entity, confidence and the evidence to show."""

    entity: str
    confidence: float
    evidence: str


def _layout(value: str) -> str:
    """``L-9999`` for digit codes; group lengths (``3 4``) for alphanumeric ones, whose letters and
    digits mix freely from code to code (Eircodes ``D02 X285`` and ``A65 F4E2``)."""
    if V.postcode_locales(value) == ("en_GB",):
        return "en_GB"  # British outward codes are two to four characters (``HS1 3NE``, ``IV51 9NN``): one layout
    if _ALNUM_CODE.match(value):
        return " ".join(str(len(g)) for g in value.split())
    value = re.sub(r"(\d{4}) (?=[A-Z]{2}$)", r"\1", value)  # Dutch codes written with and without the space
    # One code written with and without its group space or mark (``104 25``, ``ΤΚ 10425``), and a ZIP with and
    # without its +4 (``52331-4997``): one layout.
    value = re.sub(rf"^(?:{_GREEK_MARK})?(\d{{3}}) ?(\d{{2}})$", r"\1\2", value)
    value = re.sub(r"^(\d{5})-\d{4}$", r"\1", value)
    return re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", value))


def _code_column(values: Sequence[str]) -> str | None:
    """Evidence text when ``values`` (distinct, stripped, in row order) are postcodes of one layout, else None."""
    if values and _SUB_LABEL.match(values[0]):
        values = values[1:]  # a header of two rows read by pandas: its second row (``CP``, ``Postcode``) is data
    if len(values) < MIN_DISTINCT_CODES:
        return None
    upper = [v.upper() for v in values]
    coded = [v for v in upper if _is_code(v)]
    if len(coded) < MIN_CODE_SHARE * len(values):
        return None
    if sum(bool(_YEAR.match(v)) for v in coded) >= 0.5 * len(coded):
        return None  # years, not postcodes
    layouts = pd.Series([_layout(v) for v in coded]).value_counts()  # ``coded`` is upper case
    if layouts.iloc[0] < MIN_LAYOUT_SHARE * len(values):
        return None
    return f"codes of one layout ({layouts.index[0]}, {layouts.iloc[0] / len(values):.0%})"


# The grouped layouts a country writes after its ISO letters (``SK-067 83``, ``PL-67-532``, ``NL-7284 FO``,
# ``PT-2647-971``; Sweden's and Portugal's car letters too: ``S-123 45``, ``P-2647-971``). A grouped code after
# another country's letters (``TN-2022-569``: Tunisia's codes are four bare digits) is a record's series and year,
# not a postcode (set 27, seen: Moodle ``idnumber`` paired with the town column).
_GROUPED_COUNTRIES = {
    "999 99": {"CZ", "SK", "SE", "S", "GR"}, "99-999": {"PL"}, "9999-999": {"PT", "P"}, "99999-999": {"BR"},
    "99999-9999": {"US"}, "9999AA": {"NL"}, "9999 AA": {"NL"},
}  # fmt: skip


def _is_code(value: str) -> bool:
    """A postcode's layout (upper case ``value``): digits, grouped digits, or an alphanumeric code; a letter prefix
    only of a country (:data:`_POSTAL_LETTERS`, ISO codes), and before a grouped code only of a country that
    writes that grouping (:data:`_GROUPED_COUNTRIES`)."""
    if not (_DIGIT_CODE.match(value) or _ALNUM_CODE.match(value) or _ALTERNATING_CODE.match(value)):
        return False
    prefix = _PREFIX.match(value)
    if prefix is None:
        return True
    letters, rest = prefix.group(1), value[prefix.end() :]
    if rest.isdigit():
        return letters in _POSTAL_LETTERS or letters in phonenumbers.SUPPORTED_REGIONS
    shape = re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", rest))
    return letters in _GROUPED_COUNTRIES.get(shape, set())


def _main_layout(values: Sequence[str]) -> str | None:
    """The layout most of ``values`` are written in (:func:`_layout`), or ``None`` when there are none."""
    layouts = pd.Series([_layout(v.upper()) for v in values])
    return str(layouts.value_counts().index[0]) if len(layouts) else None


_INITIAL = re.compile(r"^[^\W\d_]\.$")


def _is_town_word(value: str) -> bool:
    # Lower-case particles are not counted: ``San Juan de los Lagos``, ``Saint-Martin-sur-le-Pré``.
    words = [w for w in value.split() if not w[:1].islower()]
    return (
        0 < len(words) <= MAX_TOWN_WORDS
        and not _HAS_DIGIT.search(value)
        and value[:1].isupper()
        and V.is_name_shaped_any_case(value.replace("-", " ").replace("'", " "))
    )


def _reads_as_person(value: str) -> bool:
    """A full name, a first name and more, a lone first name (``Bella``, ``Teddy``: pets too), or an
    initial then a listed surname (``T. Dương``, ``K. Nowak``: no town is written so)."""
    words = value.split()
    if V.has_place_marker(value):
        return False  # ``Nicole Ville``, ``San Marcos``: a name in a town's marked form is a town
    if V.full_name_known(value) or V.first_name_known(words[0]):
        return True
    return len(words) >= 2 and bool(_INITIAL.match(words[0])) and V.last_name_known(" ".join(words[1:]))


def _town_column(values: Sequence[str]) -> str | None:
    """Evidence text when ``values`` (distinct, stripped) are place words, else None."""
    if len(values) < MIN_DISTINCT_TOWNS:
        return None
    shaped = sum(map(_is_town_word, values)) / len(values)
    if shaped < MIN_TOWN_SHAPE:
        return None
    people = sum(map(_reads_as_person, values)) / len(values)
    if people > MAX_PERSON_SHARE or _one_line_of_products(values):
        return None
    return f"{shaped:.0%} capitalised place words, {people:.0%} person-like"


# A product line's names end in a handful of model words (``Memory Max``, ``Join Pro``, ``Tax Lite``); people's
# towns end in as many words as there are towns.
MAX_LINE_TAILS = 3
MIN_LINE_SHARE = 0.8


def _one_line_of_products(values: Sequence[str]) -> bool:
    """Nearly every value of several words, and a few last words, none a town's mark (``Nicole Ville``), end
    nearly all of them."""
    tails = [v.split()[-1].casefold() for v in values if len(v.split()) >= 2 and not V.has_place_marker(v)]
    if len(values) < 2 * MAX_LINE_TAILS or len(tails) < MIN_LINE_SHARE * len(values):
        return False
    common = sum(n for _, n in Counter(tails).most_common(MAX_LINE_TAILS))
    return common >= MIN_LINE_SHARE * len(values)


def _streets(values: Sequence[str]) -> bool:
    """Place words that are streets without numbers (``Lisapad``, ``Spiræagade``, ``Serangoon Avenue``): beside
    a code they still make it a postcode (the address's other part), but they are no town."""
    # Imported here: column_street_names builds on this module's findings.
    from safe_synthesizer.pii.column_street_names import is_typed_street_name

    return sum(map(is_typed_street_name, values)) >= MAX_STREET_SHARE * len(values)


def _one_town_per_code(codes: pd.Series, towns: pd.Series) -> float:
    """Share of rows whose repeated code comes with that code's most common town (1.0 if none repeat)."""
    frame = pd.DataFrame({"c": codes.astype(str).str.strip(), "t": towns.astype(str).str.strip()}).dropna()
    frame = frame[frame["c"].duplicated(keep=False)]
    if frame.empty:
        return 1.0
    usual = frame.groupby("c")["t"].agg(lambda s: s.value_counts().iloc[0]).sum()
    return float(usual / len(frame))


MIN_UNIQUE_CODES = 0.9  # codes of rows that are distinct: ids (a postcode column repeats in a large table)
MAX_CATEGORY_LEVELS = 8  # "towns" this few, or a tenth of the rows, beside unique codes: a category
MIN_ROWS_PER_UNLISTED_WORD = 2  # words none of them a listed town, each in this many rows, beside unique codes


def _codes_are_ids(codes: pd.Series, towns: pd.Series) -> bool:
    """Unique codes beside a handful of repeated words: an order or staff number beside a status or
    department (``Pending``, ``Sales``), not a postcode beside a town. Towns of people are many, and a
    table large enough to repeat its few towns repeats their postcodes too."""
    codes = codes.astype(str).str.strip()
    rows = len(codes)
    words = towns.astype(str).str.strip().unique()
    if codes.nunique() < MIN_UNIQUE_CODES * rows:
        return False
    listed = sum(map(V.is_listed_city, words))
    # Words that repeat (two rows each or more) and of which not one is a listed town: makers beside serial
    # numbers (``Kawai``, ``Petrof``, ``Broadwood`` beside ``233304``: set 22 fr_FR, seen), not people's towns.
    unlisted_repeats = listed == 0 and len(words) <= rows // MIN_ROWS_PER_UNLISTED_WORD
    if len(words) > max(MAX_CATEGORY_LEVELS, rows // 10) and not unlisted_repeats:
        return False
    # Big cities have many postcodes: a few listed towns beside unique codes are still towns.
    return listed < 0.5 * len(words)


# Unique whole numbers whose span is under this many times their count: a counter (invoice, order,
# member numbers issued one after another), not the postcodes of people living across a country.
MAX_COUNTER_SPAN = 12


def _codes_count_up(codes: pd.Series) -> bool:
    """Distinct bare numbers packed in a narrow range (``29002``, ``29156``, ``29080``...): numbers a firm
    issues in turn. People's postcodes spread over the country's range, or repeat where a table is local."""
    text = codes.astype(str).str.strip()
    if not len(text) or not text.str.fullmatch(r"\d+").all() or text.nunique() < MIN_UNIQUE_CODES * len(text):
        return False
    numbers = text.astype("int64")
    return int(numbers.max() - numbers.min()) < MAX_COUNTER_SPAN * len(numbers)


def _distinct(series: pd.Series, limit: int) -> list[str]:
    values = series.dropna().astype(str).str.strip()
    values = values[values != ""].head(MAX_ROWS)
    return list(dict.fromkeys(values.tolist()))[:limit]


def _neighbours(columns: Sequence[str], found: Mapping[str, str]) -> list[tuple[str, str]]:
    """Pairs of columns side by side, and pairs with one detected state column between them: exports write
    ``town, state, postcode`` (the American order, and provinces or emirates elsewhere). In a table whose street
    lines were found, any two columns not yet decided: a form's or a query's fields put the address's parts in
    any order (``Strjitte``, ``Wenplak``, the names, ``Postkoade``), and the street says an address is written."""
    out = _beside(columns, found)
    return out + [p for p in _block_pairs(columns, found) if p not in out]


def _beside(columns: Sequence[str], found: Mapping[str, str]) -> list[tuple[str, str]]:
    """Pairs of columns side by side, or with one detected state column between them."""
    out = list(pairwise(columns))
    return out + [(a, c) for a, b, c in zip(columns, columns[1:], columns[2:], strict=False) if found.get(b) == E.STATE]


def _block_pairs(columns: Sequence[str], found: Mapping[str, str]) -> list[tuple[str, str]]:
    """Any two columns, not both decided, of a table whose street lines were found (:func:`_neighbours`)."""
    if not any(e in (E.STREET_ADDRESS, E.ADDRESS) for e in found.values()):
        return []
    return [(a, b) for i, a in enumerate(columns) for b in columns[i + 1 :] if a not in found or b not in found]


MIN_BLOCK_TOWNS = 5  # distinct towns of a pair that does not stand side by side


def _pair(
    df: pd.DataFrame,
    code_col: str,
    town_col: str,
    found: Mapping[str, str],
    known: set[str],
    sample_size: int,
    *,
    apart: bool,
) -> tuple[str, list[str]] | None:
    """The evidence that ``code_col`` holds the postcodes of the towns in ``town_col`` (with those towns), or
    None. ``known``: the layouts of the postcode columns found already."""
    if found.get(code_col, E.POSTCODE) != E.POSTCODE or found.get(town_col, E.CITY) != E.CITY:
        return None
    if code_col in found and town_col in found:
        return None
    if pd.api.types.is_numeric_dtype(df[town_col].dtype) or pd.api.types.is_float_dtype(df[code_col].dtype):
        return None
    codes = _distinct(df[code_col], sample_size)
    code_why = _code_column(codes)
    if not code_why or (known and code_col not in found and _main_layout(codes) not in known):
        return None
    if apart and not _written_layout(codes):
        return None
    town_values = _distinct(df[town_col], sample_size)
    town_why = _town_column(town_values)
    if not town_why or (apart and not _people_towns(df[town_col], town_values)):
        return None
    if apart and _rows_written(df[code_col], df[town_col]) < MIN_SAME_ROWS:
        return None
    head = df[[code_col, town_col]].dropna().head(MAX_ROWS)
    same = _one_town_per_code(head[code_col], head[town_col])
    if same < MIN_SAME_TOWN or _codes_are_ids(head[code_col], head[town_col]) or _codes_count_up(head[code_col]):
        return None
    return f"{code_why} beside {town_why}; {same:.0%} one town per code", town_values


# The longest bare-digit postcodes a country writes (Chile, Israel, Japan without its hyphen: seven digits). Brazil's
# eight-digit CEP is written ``01310-100`` (a grouped layout).
MAX_BARE_POSTCODE_DIGITS = 7


def _written_layout(codes: Sequence[str]) -> bool:
    """The codes' main layout is one a country writes its postcodes in: bare digits up to seven, grouped digits,
    or a letter code of a known country's layout (:func:`validators.postcode_locales`: ``SW1A 1AA``, ``D02 X285``,
    ``K1A 0B1``, ``1234 AB``).

    Why: a pair found apart (the code column away from the town, other columns between) has only the layout to
    say it is a postcode. Eight random digits (Spektrix ``Ticket No``) and car plates (``TVU 0484``, a DMS's
    ``Registration``) paired with the town column of tables that have no postcode column (set 28, seen: es_BO,
    en_TT); no country's postcode is written so."""
    main = [c.upper() for c in codes if _is_code(c.upper())]
    if not main:
        return False
    layout = _main_layout(main)
    of_layout = [c for c in main if _layout(c) == layout]
    if all(c.isdigit() for c in of_layout):
        return len(of_layout[0]) <= MAX_BARE_POSTCODE_DIGITS
    if not any(ch.isalpha() for ch in _PREFIX.sub("", of_layout[0])):
        return True  # grouped digits, or digits after a country's letters (``L-9815``, ``PL-67-532``)
    return sum(bool(V.postcode_locales(c)) for c in of_layout) >= MIN_LAYOUT_SHARE * len(of_layout)


# Of the rows with a code or a town, the share with both: an address's postcode and town are written together.
MIN_SAME_ROWS = 0.5


def _rows_written(codes: pd.Series, towns: pd.Series) -> float:
    """Share of the rows with a code or a town that have both (a pet's insurance number, filled for the insured
    pets, beside a third address line filled for a few addresses: set 26 seen, a vet's ``Nº póliza``)."""
    code, town = (s.head(MAX_ROWS) for s in (codes, towns))
    code, town = (s.notna() & s.astype(str).str.strip().ne("") for s in (code, town))
    either = int((code | town).sum())
    return float((code & town).sum() / either) if either else 0.0


def _address_postcodes(
    columns: Sequence[str], found: Mapping[str, str], side_by_side: set[str], candidates: Mapping[str, set[str]]
) -> set[str]:
    """Of the ``candidates`` (code columns paired with a town only apart -> those towns), those nearest the
    address's parts (its street and town columns found, or the towns it pairs with), one per address still without
    a postcode column (found, or paired side by side).

    Why: an address has one postcode, written among the address's parts (a form's or a query's fields scatter
    them, yet the postcode is one of them). A card's last four digits or a key-safe code are 4-digit codes too,
    and any column of unique codes pairs with unique towns, so a table with a street, a town and a postcode column
    found its three 4-digit columns all "postcodes" (set 25, seen: Stripe's ``Card Last4`` and a key-safe code
    beside ``Address Zip``)."""
    parts = [i for i, c in enumerate(columns) if found.get(c) in ADDRESS_PARTS]
    lines = [i for i, c in enumerate(columns) if found.get(c) in (E.STREET_ADDRESS, E.ADDRESS)]
    towns = [i for i, c in enumerate(columns) if found.get(c) == E.CITY]
    # Street lines side by side (``Address Line1``, ``Address Line2``) are one address's; so are town columns side
    # by side (an ``Address Line 3`` of districts beside ``Town``).
    addresses = max(sum(1 for i in lines if i - 1 not in lines), sum(1 for i in towns if i - 1 not in towns), 1)
    room = addresses - Counter(found.values())[E.POSTCODE] - len(side_by_side - set(found))
    if room <= 0:
        return set()
    index = {c: i for i, c in enumerate(columns)}

    def distance(code: str) -> tuple[int, int, int]:
        towns = [abs(index[code] - index[t]) for t in candidates[code]]
        return min(towns + [abs(index[code] - i) for i in parts]), min(towns), index[code]

    nearest = sorted(candidates, key=distance)  # nearest the address, then nearest its town
    return set(nearest[:room])


_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})


def _leads_the_row(columns: Sequence[str], found: Mapping[str, str], code_col: str) -> bool:
    """``code_col`` stands left of the address's parts with a person's name column between them: the row's own
    number (a client code, an envelope or account number), not the postcode of the address written after the name.

    Why: exports write a record's key first, then the person, then the address (a vet's ``Client Code``, a parish's
    ``Envelope No``, Xero's ``AccountNumber``); set 26 (seen) paired such codes with the town column apart."""
    index = {c: i for i, c in enumerate(columns)}
    parts = [index[c] for c, e in found.items() if e in ADDRESS_PARTS and c in index]
    people = [index[c] for c, e in found.items() if e in _PERSON and c in index]
    if not parts:
        return False
    return any(index[code_col] < i < min(parts) for i in people)


def pair_places(
    df: pd.DataFrame,
    columns: Sequence[str],
    found: Mapping[str, str],
    *,
    sample_size: int = 500,
) -> dict[str, PairFinding]:
    """Postcode and town columns told by each other, among ``columns`` (table order).

    ``found`` maps the columns already detected to their entity: a column detected as something
    else is never re-labelled; a detected postcode or town column lends its side of the pair.
    Numeric columns may be codes (``351``), never towns.
    """
    out: dict[str, PairFinding] = {}
    towns_of: dict[str, list[str]] = {}  # code column -> its town columns, found or paired
    # A header naming a code of no place (``Door PIN``, ``Envelope No``, ``Referencia``) lends no side to a pair.
    found = {**found, **{c: NO_PLACE for c in columns if c not in found and vetoes_postcode(c)}}
    # A table's postcodes share one layout: beside a found postcode column, codes of another layout
    # (eight-digit padlock serials beside Lithuanian ``LT-12345`` codes) are no second postcode column.
    known = {lay for c, e in found.items() if e == E.POSTCODE and c in df.columns
             if (lay := _main_layout(_distinct(df[c], sample_size)))}  # fmt: skip
    neighbours = _neighbours(columns, found)
    apart = set(_block_pairs(columns, found)) - set(pairwise(columns))
    beside = set(_beside(columns, found))
    pairs = []
    for left, right in neighbours:
        for code_col, town_col in ((left, right), (right, left)):
            pair = _pair(df, code_col, town_col, found, known, sample_size, apart=(left, right) in apart)
            if pair is not None:
                pairs.append((code_col, town_col, *pair, (left, right) not in beside))
    side_by_side = {code_col for code_col, *_, far in pairs if not far}
    new_codes: dict[str, set[str]] = {}  # code column paired only apart -> its towns
    for code_col, town_col, *_, far in pairs:
        if far and code_col not in set(found) | side_by_side and not _leads_the_row(columns, found, code_col):
            new_codes.setdefault(code_col, set()).add(town_col)
    kept = _address_postcodes(columns, found, side_by_side, new_codes)
    for code_col, town_col, why, town_values, far in pairs:
        if far and code_col not in set(found) | side_by_side | kept:
            continue
        streets = _streets(town_values)
        if not streets:
            towns_of.setdefault(code_col, []).append(town_col)
        # The first pair's evidence is shown: side by side, then the nearest apart.
        if code_col not in found and code_col not in out:
            side = "street" if streets else "town"
            out[code_col] = PairFinding(E.POSTCODE, 0.8, f"postcode beside {side} column {town_col!r}: {why}")
        if town_col not in found and town_col not in out and not streets:
            out[town_col] = PairFinding(E.CITY, 0.8, f"town beside postcode column {code_col!r}: {why}")
    for code_col, towns in towns_of.items():
        for town_col in _second_towns(df, list(columns), code_col, towns, found):
            if town_col in out and not any(town_col in t for c, t in towns_of.items() if c != code_col):
                del out[town_col]
    # A few listed towns under a placeholder header, beside the people and their street lines (no postcode
    # needed): the people's town column of a small table (:mod:`column_place_round`).
    decided = {**found, **{c: f.entity for c, f in out.items()}}
    for column, f in people_town_columns(df, columns, decided).items():
        out[column] = PairFinding(f.entity, f.confidence, f.evidence)
    # The town column beside the people's street lines: towns no list knows (:mod:`column_block_towns`).
    decided = {**found, **{c: f.entity for c, f in out.items()}}
    for column, f in block_town_columns(df, columns, decided).items():
        out[column] = PairFinding(f.entity, f.confidence, f.evidence)
    # A postcode column anywhere in the table, in a country's written layout, once its streets or towns are known
    # (:mod:`column_block_postcodes`).
    decided = {**found, **{c: f.entity for c, f in out.items()}}
    for column, f in block_postcode_columns(df, columns, decided, sample_size=sample_size).items():
        out[column] = PairFinding(f.entity, f.confidence, f.evidence)
    return out


def _people_towns(series: pd.Series, town_values: Sequence[str]) -> bool:
    """Towns of a pair found apart need more: :data:`MIN_BLOCK_TOWNS` of them, not repeated as a category (a
    clinic's or depot's few towns over every row: ``place_category``)."""
    return len(town_values) >= MIN_BLOCK_TOWNS and place_category(value_counts(series)) is None


def _second_towns(
    df: pd.DataFrame, columns: list[str], code_col: str, towns: list[str], found: Mapping[str, str]
) -> list[str]:
    """The place-word columns beside one postcode column that are not its town: a postcode names one place, so
    of a street column on one side (``Verkkokatu``, ``Vajnorská``) and a town column on the other, the town is
    the one already found as such, else the one with more listed towns. Streets without numbers are place
    words too, and were taken for a second town (sets 21 fi_FI, sk_SK)."""
    sides = list(dict.fromkeys(t for t in towns if t != code_col))
    # A found town one column further (``town, street, postcode``) is the postcode's town too.
    sides += [t for t in _near(columns, code_col) if found.get(t) == E.CITY and t not in sides]
    if len(sides) < 2:
        return []
    known = [t for t in sides if found.get(t) == E.CITY]
    if known:
        return [t for t in sides if t not in known]
    listed = {t: _listed_share(df[t]) for t in sides}
    best = max(sides, key=lambda t: listed[t])
    return [t for t in sides if t != best and listed[t] < listed[best]]


def _near(columns: list[str], column: str) -> list[str]:
    """The columns up to two places left or right of ``column``."""
    i = columns.index(column)
    return [columns[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(columns)]


def _listed_share(series: pd.Series) -> float:
    values = _distinct(series, 200)
    return sum(map(V.is_listed_city, values)) / len(values) if values else 0.0
