"""Postcodes of a small table told by a layout with letters (``WR7 6SY``, ``8080 WL``, ``K1A 0B1``).

Why: by their values alone, postcodes need :data:`~safe_synthesizer.pii.column_sample.MIN_DISTINCT_WITHOUT_CUE`
(20) distinct codes, because five bare digits are any number. A club's or practice's export of 15-40 rows, half
its cells blank, holds 8-19 distinct codes and was left as written with its header hidden. The British, Dutch
and Canadian layouts mix letters and digits in fixed places (the British inward code leaves out the letters
C I K M O V), so eight distinct codes in one of them, nearly one per row, are people's postcodes: product
codes, plates and doses (``1000 MG``) have other layouts or repeat a few levels.

Example::

    lettered_postcodes(sample_values(pd.Series(["WR7 6SY", "L9 1ZS", "E04 2JA", ...]), 500, 0))
    # (True, "9 of 9 distinct codes in en_GB's lettered postcode layout, 90% per row")
"""

from __future__ import annotations

from collections import Counter

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_sample import ValueSample

# Countries whose postcodes mix letters and digits in fixed places (a bare-digit layout is any number).
LETTERED_LOCALES = frozenset({"en_GB", "nl_NL", "en_CA"})
MIN_LETTERED_DISTINCT = 8
MIN_LETTERED_SHARE = 0.85  # of the distinct values: a remark or a typo among them
MIN_DISTINCT_PER_ROW = 0.5  # people's postcodes: a branch's code repeats over most rows


def lettered_postcodes(sample: ValueSample) -> tuple[bool, str]:
    """Whether a column's few distinct values are postcodes of one lettered layout, and why."""
    if len(sample.values) < MIN_LETTERED_DISTINCT:
        return False, ""
    layouts = Counter(
        locale
        for value in sample.values
        if any(c.isalpha() for c in value) and any(c.isdigit() for c in value)
        for locale in V.postcode_locales(value.upper())[:1]
        if locale in LETTERED_LOCALES
    )
    if not layouts:
        return False, ""
    locale, hits = layouts.most_common(1)[0]
    per_row = len(sample.values) / float(sample.counts.sum())
    if hits < MIN_LETTERED_DISTINCT or hits < MIN_LETTERED_SHARE * len(sample.values) or per_row < MIN_DISTINCT_PER_ROW:
        return False, ""
    distinct = len(sample.values)
    return True, f"{hits} of {distinct} distinct codes in {locale}'s lettered postcode layout, {per_row:.0%} per row"
