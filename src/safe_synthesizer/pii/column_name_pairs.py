"""Split name columns told by their neighbour: given names right beside family names (and, through
:mod:`column_name_vocab`, name columns told by the words they share).

Why: without a column name, a column of first names (or of surnames) needs many distinct values
before its values alone decide (:data:`~safe_synthesizer.pii.column_sample.MIN_DISTINCT_WITHOUT_CUE`),
so a small export (24 applicants, a club's 15 members) kept both halves of every name. Exports write
a person's given and family names side by side, and two neighbouring columns where one is nearly all
listed first names and the other nearly all listed surnames are no accident of categories: a status,
department or colour column lists no names. Each column must still look like names of people (varied
values, a share of them distinct), so a pair of repeated levels never passes.

Example::

    pair_split_names(df, ["id", "c001", "c002", "dob"], found={"id": None, "c001": None, ...})
    # {"c001": ColumnDetection(..., entity="first_name", method="values+pair"), "c002": ... "last_name"}
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_changed_surnames import changed_surname_columns
from safe_synthesizer.pii.column_contact_pairs import contact_pairs
from safe_synthesizer.pii.column_detector import ColumnDetection, NameStats, detection_of
from safe_synthesizer.pii.column_email_names import email_linked_names
from safe_synthesizer.pii.column_household_names import household_names
from safe_synthesizer.pii.column_name_recombine import recombined_name_columns
from safe_synthesizer.pii.column_name_stock_pairs import stock_name_pairs
from safe_synthesizer.pii.column_name_vocab import vocab_names
from safe_synthesizer.pii.column_people_lists import people_list_columns
from safe_synthesizer.pii.column_person_evidence import person_evidence
from safe_synthesizer.pii.column_sample import ValueSample, sample_values
from safe_synthesizer.pii.column_sparse_full_names import sparse_full_name_columns
from safe_synthesizer.pii.column_sparse_people import sparse_people_columns
from safe_synthesizer.pii.column_sparse_towns import sparse_town_findings
from safe_synthesizer.pii.common_words import common_words

# Share of values that must be listed names of the kind (distinct values, or rows for short lists).
MIN_PAIR_SHARE = 0.85
# Share of listed given names a column of single words needs beside a column of family names: given names of a
# country no list covers (Macedonian ``Дарија``, ``Зоран``) beside ``СПАСОВСКА``, ``КОЦЕВА`` (family names by their
# ending). The family-name side stays as strict as ever; towns and companies (one in five) are no given names.
MIN_GIVEN_BESIDE_SURNAMES = 0.3
MAX_PLACES_BESIDE_SURNAMES = 0.2
# Given names no list holds at all (Tongan ``Losana``, ``Semisi``) beside family names: half or more of the distinct
# words found in the table's other person columns (a contact's full name, an e-mail's local part: one population),
# few of them listed family names or common words. A nationality or a category beside surnames is in none of them.
MIN_GIVEN_AMONG_PEOPLE = 0.5
MAX_SURNAMES_AMONG_PEOPLE = 0.2
MAX_COMMON_AMONG_PEOPLE = 0.2
_PEOPLE_COLUMNS = frozenset({E.NAME, E.FIRST_NAME, E.EMAIL, E.PHONE_NUMBER})
_WORD = re.compile(r"[^\W\d_]+(?:['’ʻ][^\W\d_]+)?")
# Distinct values each column needs, absolute and as a share of its rows: names of people vary.
MIN_PAIR_DISTINCT = 8
MIN_PAIR_DISTINCT_SHARE = 0.25


def _kind_scores(sample: ValueSample) -> tuple[float, float]:
    """(first-name score, surname score) of one column's values, with no name hint."""
    names = NameStats(sample)
    return person_evidence(E.FIRST_NAME, names, False).share, person_evidence(E.LAST_NAME, names, False).share


def _varied(sample: ValueSample) -> bool:
    rows = float(sample.counts.sum()) if len(sample.counts) else 0.0
    return sample.n_distinct >= max(MIN_PAIR_DISTINCT, MIN_PAIR_DISTINCT_SHARE * rows)


def pair_split_names(
    df: pd.DataFrame,
    columns: list[str],
    found: dict[str, ColumnDetection | None],
    *,
    sample_size: int = 500,
    seed: int = 0,
) -> dict[str, ColumnDetection]:
    """First and last name columns, among neighbours in ``columns`` order that no check decided."""
    scores: dict[str, tuple[float, float, ValueSample] | None] = {}

    def score(column: str) -> tuple[float, float, ValueSample] | None:
        if column not in scores:
            series = df[column]
            if found.get(column) is not None or pd.api.types.is_numeric_dtype(series.dtype):
                scores[column] = None
            else:
                sample = sample_values(series, sample_size, seed)
                scores[column] = (*_kind_scores(sample), sample) if sample.values and _varied(sample) else None
        return scores[column]

    def is_kind(column: str, kind: str) -> bool:
        """``column`` holds names of ``kind``: already decided so, or its values say so beyond the other kind."""
        if (det := found.get(column)) is not None:
            return det.entity == kind
        if (sc := score(column)) is None:
            return False
        mine, other = (sc[0], sc[1]) if kind == E.FIRST_NAME else (sc[1], sc[0])
        return mine >= MIN_PAIR_SHARE and mine > other

    def given_beside_surnames(column: str, partner: str) -> bool:
        """Single words, a share of them listed given names (or words of the table's other person columns), few
        or no listed family names, no towns."""
        if found.get(column) is not None or (sc := score(column)) is None:
            return False
        names = NameStats(sc[2])
        if names.multi >= 0.5 or names.places >= MAX_PLACES_BESIDE_SURNAMES:
            return False
        if sc[0] >= MIN_GIVEN_BESIDE_SURNAMES and names.last == 0.0:
            return True
        return names.last <= MAX_SURNAMES_AMONG_PEOPLE and _among_people(sc[2], {column, partner})

    def _among_people(sample: ValueSample, skip: set[str]) -> bool:
        others = [c for c, d in found.items() if d is not None and d.entity in _PEOPLE_COLUMNS and c not in skip]
        if not others:
            return False
        words = {
            w.casefold()
            for c in others
            for v in df[c].iloc[:sample_size].to_numpy()
            if isinstance(v, str)
            for w in _WORD.findall(v)
        }
        values = [v.casefold() for v in sample.values]
        common = common_words()
        among = sum(v in words for v in values) / len(values)
        ordinary = sum(v in common for v in values) / len(values)
        return among >= MIN_GIVEN_AMONG_PEOPLE and ordinary <= MAX_COMMON_AMONG_PEOPLE

    out: dict[str, ColumnDetection] = {}
    for a, b in itertools.pairwise(columns):
        if a in out or b in out or (found.get(a) is not None and found.get(b) is not None):
            continue
        for first, last in ((a, b), (b, a)):
            if not is_kind(last, E.LAST_NAME) or not (
                is_kind(first, E.FIRST_NAME) or given_beside_surnames(first, last)
            ):
                continue
            for column, entity in ((first, E.FIRST_NAME), (last, E.LAST_NAME)):
                if found.get(column) is not None:
                    continue  # decided alone: its neighbour is the new find
                if (sc := score(column)) is None:
                    continue
                sample = sc[2]
                why = person_evidence(entity, NameStats(sample), False)
                share = sc[0] if entity == E.FIRST_NAME else sc[1]
                det = detection_of(column, (share, entity, why, "values+pair"), sample, "")
                out[column] = replace(det, evidence=det.evidence + "; beside a column of the other name part")
            break
    # Given and family names of a stock no list holds (Sesotho, Shona), told by the table's own person columns.
    left = {c: (out.get(c) or found.get(c)) for c in columns}
    out.update(stock_name_pairs(df, columns, left))
    # Names no list holds, told by the words a full-name column shares with its given-name and surname columns.
    left = {c: (out.get(c) or found.get(c)) for c in columns}
    out.update(vocab_names(df, columns, left, sample_size=sample_size, seed=seed))
    # Names too few or too rare for the lists, told by the same rows' e-mail addresses that spell them.
    left = {c: (out.get(c) or found.get(c)) for c in columns}
    out.update(email_linked_names(df, columns, left, sample_size=sample_size, seed=seed))
    # Married, maiden and birth names filled for a few persons beside the given and family names (those
    # the addresses told too).
    left = {c: (out.get(c) or found.get(c)) for c in columns}
    out.update(changed_surname_columns(df, columns, left))
    # Given names of others in the household (a child, a partner), told by following the person of the row.
    left = {c: (out.get(c) or found.get(c)) for c in columns}
    out.update(household_names(df, columns, left, sample_size=sample_size, seed=seed))
    # A further person's name pair filled on the same few rows (a second contact), beside the table's own pair.
    left = {c: (out.get(c) or found.get(c)) for c in columns}
    out.update(contact_pairs(df, columns, left, sample_size=sample_size, seed=seed))
    # Full names no list holds, told by their words recombining from row to row in a table about people (before
    # the town pass reads them as places beside a register number).
    left = {c: (out.get(c) or found.get(c)) for c in columns}
    out.update(recombined_name_columns(df, columns, left, sample_size=sample_size, seed=seed))
    # A second person's full name on one row or a few (a joint tenant), right beside the table's name column.
    left = {c: (out.get(c) or found.get(c)) for c in columns}
    out.update(sparse_full_name_columns(df, columns, left))
    # A nearly empty column of full names anywhere in the table (surrendered by, spare key with), its people found.
    left = {c: (out.get(c) or found.get(c)) for c in columns}
    sparse = sparse_people_columns(df, columns, left)
    sparse.update(sparse_town_findings(df, sparse))  # a raffle buyer's sparse ``West Alexandershire``: a town
    out.update(sparse)
    # Cells listing a few people (a tee sheet's ``Playing With``: ``Paul De Smet / I. Vaes / N. Van den Bergh``).
    left = {c: (out.get(c) or found.get(c)) for c in columns}
    out.update(people_list_columns(df, columns, left))
    return out
