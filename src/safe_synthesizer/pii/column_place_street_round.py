"""The people's street column of a table: a name and a house number per row, told by the table's people.

Why: a street column is told by its values (a street type word, a listed street), and many countries write
their streets without a type a list knows: Bosnian ``Titova 91``, Catalan ``Carrer del Pi, 40``, Estonian
``Tartu mnt 83``, Peruvian ``Jr. Huallaga 132``, Azerbaijani ``3 KAVEROÇKİN``, Macedonian ``Варшавска 6``,
Bahraini ``مبنى 107، طريق 4310``. With a header that says nothing (``c006``) such columns were left as they were
(set 22, seen: 11 hidden street columns). The table says whose they are: when it holds people (names, e-mails,
phones) and no street column yet, a column whose cells are nearly one per row, each a few words and a house
number (before or after), with several different words and many different numbers, is where those people live.

Look-alikes ruled out: the same words with other numbers (rooms, lockers, gates: one word level), measures and
durations (``91 kg``, ``3 months``: they repeat, not one per row), written dates (``12 March``), and names with
a number (``Messi 10``: known full names).

Example::

    people_street_columns(df, list(df.columns), {"c000": "name", "c003": "email"})
    # {"c006": RoundFinding("street_address", 0.7, "92% a name and a house number, ...")}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_place_round import PEOPLE, RoundFinding, says_nothing
from safe_synthesizer.pii.not_known_cells import not_known_keys
from safe_synthesizer.pii.validators.dates import parse_written_date

# A house number: 1-4 digits, a letter or a second number after a slash or dash (``5A``, ``1б/1``, ``77/314``).
_HOUSE = r"\d{1,4}[^\W\d_]?(?:[/-]\d{1,4}[^\W\d_]?)?"
# Words (any script, dots and apostrophes and inner digits allowed) then a house number, or the other way round;
# a comma (Latin or Arabic) may stand between.
_NAMED_HOUSE = re.compile(
    rf"^(?P<a>[^\d,،]*[^\W\d_][^,،]*?)[\s,،]+(?P<n>{_HOUSE})$|^(?P<n2>{_HOUSE})[\s,،]+(?P<b>\D+)$"
)
MIN_ROWS = 8
MIN_DISTINCT = 0.8  # cells per non-empty row: people's streets are nearly one per row
MIN_SHAPED = 0.85  # cells that are words and a house number
MIN_WORD_LEVELS = 3  # different street words (one: rooms, lockers, gates)
MIN_NUMBER_LEVELS = 5
MIN_LETTERS = 3
MAX_DATES = 0.2
MAX_DAY = 31
MAX_MONTHS = 12
MAX_PEOPLE = 0.3
MAX_ROWS = 2000


def named_house(value: str) -> tuple[str, str] | None:
    """(words, house number) of a cell written as a name and a number, else ``None``."""
    m = _NAMED_HOUSE.match(value)
    if not m:
        return None
    words = (m.group("a") or m.group("b") or "").strip(" ,،.")
    if sum(c.isalpha() for c in words) < MIN_LETTERS:
        return None
    return words, m.group("n") or m.group("n2") or ""


def _street_round(series: pd.Series) -> str | None:
    """Evidence text when the cells are a name and a house number, nearly one per row, else ``None``."""
    if pd.api.types.is_numeric_dtype(series.dtype):
        return None
    values = series.dropna().astype(str).str.strip().head(MAX_ROWS)
    values = values[values != ""]
    empty = not_known_keys(list(dict.fromkeys(values.tolist())), E.STREET_ADDRESS)
    values = values[~values.isin(empty)]
    if len(values) < MIN_ROWS or values.nunique() < MIN_DISTINCT * len(values):
        return None
    distinct = list(dict.fromkeys(values.tolist()))
    parts = [p for p in map(named_house, distinct) if p is not None]
    if len(parts) < MIN_SHAPED * len(distinct):
        return None
    words = {w.casefold() for w, _ in parts}
    numbers = {n for _, n in parts}
    if len(words) < MIN_WORD_LEVELS or len(numbers) < MIN_NUMBER_LEVELS:
        return None
    days = all(n.isdigit() and int(n) <= MAX_DAY for n in numbers) and len(words) <= MAX_MONTHS
    if days or sum(parse_written_date(v) is not None for v in distinct) > MAX_DATES * len(distinct):
        return None  # ``12 March``: days of a dozen months at most, not houses
    if sum(V.full_name_known(w) for w, _ in parts) > MAX_PEOPLE * len(parts):
        return None  # ``Messi 10``: people with a number
    return f"{len(parts) / len(distinct):.0%} a name and a house number, {len(words)} names, {len(values)} rows"


def people_street_columns(
    df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, str]
) -> dict[str, RoundFinding]:
    """Street columns with a placeholder header in a table of people with no street or address column yet.

    ``found`` maps the columns already detected to their entity; those are never re-labelled.
    """
    entities = set(found.values())
    if entities & {E.STREET_ADDRESS, E.ADDRESS} or not entities & PEOPLE:
        return {}
    out: dict[str, RoundFinding] = {}
    for column in columns:
        if column in found or column not in df.columns or not says_nothing(column):
            continue
        if (why := _street_round(df[column])) is not None:
            out[column] = RoundFinding(E.STREET_ADDRESS, 0.7, f"{why}, in a table of people with no street column")
    return out
