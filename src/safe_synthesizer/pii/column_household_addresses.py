"""Address columns repeated because their people come back: each address goes with one person, row after row.

Why: a home-care rota has a row per visit, a delivery ledger a row per delivery, a clinic a row per appointment.
The same twenty clients come back, so their twenty addresses fill sixty rows, three each: to the look-alike
check (:func:`~safe_synthesizer.pii.column_lookalikes.place_category`) that is a category of places, a branch
list, and the column was published as written (set 32, seen: care rotas in de_LU, lt_LT, zh_TW, bn_BD).

What tells a person's address from a branch's is whom it goes with. A branch's address is shared by many
customers: its rows name many people. A person's address comes back with that person alone: the rows of an
address hold the same name, phone and id (written a few ways at most), and every row of that person the same
address. This
pass re-reads the columns the per-column check left, that hold few enough levels to have been vetoed as a
category, and restores an address column when two or more of the table's person columns (names, phones, ids,
e-mails, birth dates) are one-to-one with it. A manager's name over a handful of branches is one column, not two,
and a handful of levels is too few (:data:`MIN_LEVELS`).

Example::

    household_address_columns(df, ["c004"], {"c003": "name", "c008": "phone_number"})
    # {"c004": ColumnDetection("c004", "address", ..., evidence="... one-to-one with 2 person columns")}
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_block_towns import block_town_columns
from safe_synthesizer.pii.column_detector import ColumnDetection, entity_score
from safe_synthesizer.pii.column_lookalikes import MAX_PLACE_LEVELS, lookalike_reason, value_counts
from safe_synthesizer.pii.column_place_round import ADDRESSES
from safe_synthesizer.pii.column_sample import sample_values

MIN_LEVELS = 8  # fewer addresses than this are a site's handful, whoever stands beside them
MIN_SHARE = 0.7  # of the distinct values: full addresses or street lines, as the per-column check wants
MIN_ONE_TO_ONE = 0.9  # of a person column's levels with a single address
# Distinct person values per address, on average: one person written a few ways; a branch's are its many customers.
MAX_FORMS = 3.0
MIN_KEYS = 2  # person columns one-to-one with the addresses
# Person columns whose values name one person each.
_PERSON_KEYS = frozenset(
    {E.NAME, E.LAST_NAME, E.PHONE_NUMBER, E.NATIONAL_ID, E.EMAIL, E.DATE_OF_BIRTH, E.SSN, E.TAX_ID, E.IBAN}
)


def _one_to_one(address: pd.Series, person: pd.Series) -> bool:
    """Each person value goes with one address in nearly all of them, and each address with a few person values
    only (one person written a few ways: ``WEBER, Klaus``, ``K. Weber``; a phone with and without its prefix)."""
    pairs = pd.DataFrame({"a": address, "b": person}).dropna()
    pairs = pairs[(pairs["a"] != "") & (pairs["b"] != "")]
    if pairs.empty:
        return False
    forms = pairs.groupby("a")["b"].nunique()
    homes = pairs.groupby("b")["a"].nunique()
    return float(forms.mean()) <= MAX_FORMS and float((homes == 1).mean()) >= MIN_ONE_TO_ONE


def _text(series: pd.Series) -> pd.Series:
    return series.astype("string").str.strip()


def household_address_columns(
    df: pd.DataFrame, left: Sequence[str], decided: Mapping[str, str], *, sample_size: int = 500, seed: int = 0
) -> dict[str, ColumnDetection]:
    """Address columns among ``left`` (the columns no check decided) that the look-alike check took for a
    category, restored because two or more person columns of ``decided`` (column -> entity) go one-to-one with
    them (see the module)."""
    keys = [name for name, entity in decided.items() if entity in _PERSON_KEYS and name in df.columns]
    if len(keys) < MIN_KEYS:
        return {}
    out: dict[str, ColumnDetection] = {}
    for name in left:
        series = df[name]
        if pd.api.types.is_numeric_dtype(series.dtype) or series.dtype == bool:
            continue
        levels = len(value_counts(series))
        if not MIN_LEVELS <= levels <= MAX_PLACE_LEVELS:
            continue  # more levels than a category's were never vetoed as one
        sample = sample_values(series, sample_size, seed)
        best = None
        for entity in (E.ADDRESS, E.STREET_ADDRESS):
            score = entity_score(entity, sample, False, None)
            if score.values_decide and score.share >= MIN_SHARE and (best is None or score.share > best[1].share):
                best = (entity, score)
        if best is None:
            continue
        text = _text(series)
        partners = [k for k in keys if k != name and _one_to_one(text, _text(df[k]))]
        if len(partners) < MIN_KEYS:
            continue
        entity, score = best
        evidence = f"{score.evidence}; {levels} levels, each one-to-one with {len(partners)} person columns"
        out[name] = ColumnDetection(name, entity, round(score.share, 4), round(score.share, 4), "values+table", 0,
                                    None, evidence)  # fmt: skip
    return out | _towns_beside(df, left, decided, out)


def _towns_beside(
    df: pd.DataFrame, left: Sequence[str], decided: Mapping[str, str], streets: Mapping[str, ColumnDetection]
) -> dict[str, ColumnDetection]:
    """The town column of the address block beside the restored street columns (:mod:`column_block_towns`).

    Why: the town pass of the table ran before this one, when these streets were not yet known, so their towns
    (``Kigali``, ``Huye`` and ``Rubavu`` over an 11-row key register) were left as written."""
    if not streets:
        return {}
    lent = {c: e for c, e in decided.items() if e not in ADDRESSES} | {c: d.entity for c, d in streets.items()}
    method = "values+household-street"
    return {
        column: ColumnDetection(column, f.entity, f.confidence, f.confidence, method, 0, None, f.evidence)
        for column, f in block_town_columns(df, list(df.columns), lent).items()
        if column in left and lookalike_reason(df[column], column, f.entity) is None
    }
