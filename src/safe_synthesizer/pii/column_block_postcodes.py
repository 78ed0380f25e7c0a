"""The postcode column of a small table's address block: a country's written postcode layout beside its streets.

Why: by their values alone, postcodes need :data:`~safe_synthesizer.pii.column_sample.MIN_DISTINCT_WITHOUT_CUE`
(20) distinct codes, and the pair rule (:mod:`place_pairs`) a town column right beside them. Exports of 15-30 rows
write the address over several columns in any order (a form's fields, a FHIR ``Patient.address[0]`` path, a
query's select list), so a Polish ``16-973``, a Czech ``469 00``, a Portuguese ``3158-121`` or an American
``52331-4997`` column of 10-19 distinct codes was left as written with its header hidden, beside a street column
and a town column that were found (set 24, seen: 13 hidden postcode columns missed). The table is the evidence:

- another column of the table already holds people's street lines or towns (an address is being written);
- nearly every distinct value is a postcode in a *written* layout of one country (separators or letters in fixed
  places: :func:`~safe_synthesizer.pii.validators.postcode_locales`), or the same codes written without the
  separator (:func:`~safe_synthesizer.pii.column_numbers.postcode_value_score`); bare digits alone are any number
  and stay out;
- codes are nearly one per row: people's postcodes, not a branch's or depot's code repeated over the rows.

Example::

    block_postcode_columns(df, ["c000", "c001", "c002"], {"c001": "street_address"})
    # {"c000": BlockFinding("postcode", 0.75, "12 of 12 distinct codes in pl_PL's postcode layout ...")}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_numbers import postcode_value_score
from safe_synthesizer.pii.column_sample import sample_values

# Columns whose finding says the table writes people's addresses.
ADDRESS_PARTS = frozenset({E.STREET_ADDRESS, E.CITY, E.ADDRESS})
MIN_BLOCK_DISTINCT = 8  # fewer codes are a handful of places, whatever their layout
MIN_BLOCK_SHARE = 0.85  # of the distinct values: a typo or a remark among them
MIN_ONE_COUNTRY = 0.8  # of the written codes, in the layout of the most common country
MIN_DISTINCT_PER_ROW = 0.5  # people's postcodes: a branch's code repeats over most rows
CONFIDENCE = 0.75


@dataclass(frozen=True)
class BlockFinding:
    """A postcode column found by the table's address block: entity, confidence and the evidence to show."""

    entity: str
    confidence: float
    evidence: str


def _country_of_layout(values: Sequence[str]) -> tuple[str, int] | None:
    """The country whose written postcode layouts most of ``values`` match, with how many match it. Every country
    a layout fits counts: a Greek column writes ``104 25`` (Swedish and Czech too) beside ``ΤΚ 337 21`` (Greek
    only), and is Greek."""
    first = Counter(loc for v in values if not v.isdigit() for loc in V.postcode_locales(v.upper())).most_common(1)
    return first[0] if first else None


def written_postcodes(series: pd.Series, sample_size: int = 500) -> str | None:
    """Why ``series`` holds people's postcodes written in one country's layout (a small table's too), or None."""
    if pd.api.types.is_numeric_dtype(series.dtype):
        return None  # numbers typed as numbers lost any separator: bare digits are any number
    sample = sample_values(series, sample_size, 0)
    distinct = len(sample.values)
    if distinct < MIN_BLOCK_DISTINCT or distinct / float(sample.counts.sum()) < MIN_DISTINCT_PER_ROW:
        return None
    score = postcode_value_score(sample)
    country = _country_of_layout(sample.values)
    if country is None or score.share < MIN_BLOCK_SHARE:
        return None
    written = sum(1 for v in sample.values if not v.isdigit() and V.postcode_locales(v.upper()))
    if country[1] < MIN_ONE_COUNTRY * written:
        return None
    return f"{score.evidence} of {distinct} distinct codes, in {country[0]}'s layout, nearly one per row"


def block_postcode_columns(
    df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, str], *, sample_size: int = 500
) -> dict[str, BlockFinding]:
    """Postcode columns among the ``columns`` not in ``found`` (column -> entity of the columns decided), when
    the table already holds street lines or towns (:data:`ADDRESS_PARTS`): one per address the table writes
    (billing and shipping), less the postcode columns found already."""
    parts = Counter(e for e in found.values() if e in ADDRESS_PARTS)
    addresses = max(parts[E.STREET_ADDRESS] + parts[E.ADDRESS], parts[E.CITY])
    room = addresses - sum(1 for e in found.values() if e == E.POSTCODE)
    if room <= 0:
        return {}
    part = next(c for c, e in found.items() if e in ADDRESS_PARTS)
    out: dict[str, BlockFinding] = {}
    for column in columns:
        if column in found or column not in df.columns:
            continue
        why = written_postcodes(df[column], sample_size)
        if why is not None:
            out[column] = BlockFinding(E.POSTCODE, CONFIDENCE, f"postcode of the address with {part!r}: {why}")
    # More such columns than addresses: codes of something else in a postcode's layout; none is taken.
    return out if len(out) <= room else {}
