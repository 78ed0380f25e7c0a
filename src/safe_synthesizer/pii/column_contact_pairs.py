"""A further person's given and family names, filled on the same few rows: a second contact, an emergency contact.

Why: rosters and club exports write every person as a pair of columns in one order (``Contact 1 First``,
``Contact 1 Last``, then ``Contact 2 First``, ``Contact 2 Last``), and the later pairs are sparse: a second parent
for six players of sixteen. Six names are too few for :func:`~safe_synthesizer.pii.column_name_pairs.pair_split_names`
(which needs varied values), and a name list may hold neither the Basque surnames (``Otxoa Urkiola``) nor Tamil ones
(a father's given name, listed as a given name). What marks them instead is the table: it already has a given-name and
a family-name column, and the two new columns are filled on exactly the same rows, each cell a different person's
name. A category (a shirt size, a position, a relationship) is never filled row for row with another column of
given names. Which side is which follows the listed names, and where the lists cannot tell (a Tamil surname is a
given name) the order of the table's own pair.

Example::

    contact_pairs(df, ["c021", "c022"], found={"c016": first_name, "c017": last_name, ...})
    # {"c021": ColumnDetection(..., "first_name", method="values+pair"), "c022": ... "last_name"}
"""

from __future__ import annotations

import itertools

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_contact_cells import is_missing_token
from safe_synthesizer.pii.column_detector import ColumnDetection, NameStats, detection_of
from safe_synthesizer.pii.column_sample import Score, ValueSample, _pct, sample_values
from safe_synthesizer.pii.text_name_role_prefix import is_role_noun

_PARTS = frozenset({E.FIRST_NAME, E.LAST_NAME})
# Filled rows each pair needs, and the share of them with distinct values (people, not levels of a category).
MIN_FILLED = 2
MIN_DISTINCT_SHARE = 0.6
# Share of the given side's distinct values that are listed given names; name-shaped share both sides need; most
# towns either side may hold.
MIN_GIVEN = 0.4
MIN_SHAPE = 0.9
MAX_PLACES = 0.2
# Share of a side's values that may be words for a person's part (``mother``, ``guardian``): a relationship column.
MAX_ROLE_WORDS = 0.2
# A column of several words on most rows is no given-name column.
MAX_GIVEN_MULTI = 0.2


def _filled(series: pd.Series) -> pd.Series:
    """Per row, whether the cell holds a value (blanks and ``n/a``-style words are empty)."""
    text = series.astype("string").str.strip()
    return text.notna() & text.ne("") & ~text.fillna("").map(is_missing_token).astype(bool)


def _pair_order(found: dict[str, ColumnDetection | None], columns: list[str]) -> bool | None:
    """Whether the table writes given names before family names (its decided pair), ``None`` without a pair."""
    given = [columns.index(c) for c, d in found.items() if d is not None and d.entity == E.FIRST_NAME and c in columns]
    family = [columns.index(c) for c, d in found.items() if d is not None and d.entity == E.LAST_NAME and c in columns]
    if not given or not family:
        return None
    return min(given) < min(family)


def _names(sample: ValueSample) -> NameStats | None:
    """Name statistics of a sample of people's names (name-shaped, few towns, no companies, no words for a
    person's part such as ``mother``, ``grandparent``, ``guardian``), else ``None``.

    Why the role words: a library's contact block writes the contact's given name, then their ``relationship`` to
    the member on the same rows (Koha: ``Derek``, ``grandparent``); the words are name-shaped, and a family side
    needs no listed surname (set 28: three Koha tables' relationship columns taken as surnames).
    """
    stats = NameStats(sample)
    if stats.shape < MIN_SHAPE or stats.places > MAX_PLACES or stats.companies > 0:
        return None
    if sample.share(is_role_noun) > MAX_ROLE_WORDS:
        return None
    return stats


def contact_pairs(
    df: pd.DataFrame,
    columns: list[str],
    found: dict[str, ColumnDetection | None],
    *,
    sample_size: int = 500,
    seed: int = 0,
) -> dict[str, ColumnDetection]:
    """Neighbouring undecided columns of ``columns`` that are a further person's given and family names."""
    given_first = _pair_order(found, columns)
    if given_first is None:
        return {}
    out: dict[str, ColumnDetection] = {}
    for a, b in itertools.pairwise(columns):
        decided = {c: found[c].entity for c in (a, b) if found.get(c) is not None}  # type: ignore[union-attr]
        if a in out or b in out or len(decided) == 2 or set(decided.values()) - _PARTS:
            continue  # one side may be a name part found already (a given-name column the household pass found)
        if any(pd.api.types.is_numeric_dtype(df[c].dtype) for c in (a, b)):
            continue
        rows_a, rows_b = _filled(df[a]), _filled(df[b])
        if int(rows_a.sum()) < MIN_FILLED or not rows_a.equals(rows_b):
            continue
        filled = int(rows_a.sum())
        samples = [sample_values(df[c], sample_size, seed) for c in (a, b)]
        if any(s.n_distinct < MIN_DISTINCT_SHARE * min(filled, sample_size) for s in samples):
            continue
        stats = [_names(s) for s in samples]
        if stats[0] is None or stats[1] is None:
            continue
        sides = _sides(stats[0], stats[1], given_first)
        if sides is None or any(decided.get(c, entity) != entity for c, entity in zip((a, b), sides, strict=True)):
            continue
        for column, sample, st, entity in zip((a, b), samples, stats, sides, strict=True):
            if column in decided:
                continue
            known = st.first if entity == E.FIRST_NAME else st.last
            kind = "given" if entity == E.FIRST_NAME else "family"
            why = (
                f"{_pct(st.shape)} name-shaped, {_pct(known)} listed {kind} names, filled on the same {filled} rows "
                "as its neighbour, beside the table's own name pair"
            )
            score = Score(max(known, 0.85), True, why)
            out[column] = detection_of(column, (0.85, entity, score, "values+pair"), sample, "")
    return out


def _sides(a: NameStats, b: NameStats, given_first: bool) -> tuple[str, str] | None:
    """(entity of ``a``, entity of ``b``): the given side is single words, a share listed as given names and at least
    as many as it has listed family names; the family side has no more listed given names than family names. When
    both sides would do, the table's own order decides."""

    def given(s: NameStats) -> bool:
        return s.multi <= MAX_GIVEN_MULTI and s.first >= MIN_GIVEN and s.first >= s.last

    def family(s: NameStats) -> bool:
        return s.last >= s.first

    ab, ba = given(a) and family(b), given(b) and family(a)
    if ab and (not ba or given_first):
        return E.FIRST_NAME, E.LAST_NAME
    if ba:
        return E.LAST_NAME, E.FIRST_NAME
    return None
