"""Columns whose cells are the row's person inside a label: ``Jason Montgomery Donation 08/12/2024``.

Why: CRMs name records after the person they belong to. Salesforce NPSP names an opportunity ``<Contact>
Donation <date>`` (``Spende``, ``Don``, ``Donazione``, ``Donatie`` in other languages), a household account
``<Surname> Household``, a ticketing system an order ``Order 1182 - Anna Berg``. The label words and the date make
the cell no name (the name checks need words of a name only), and each cell is distinct, so with the header
hidden nothing marks it. What does: in nearly every cell, the words other than the row's own name words
(from its found name columns) are the same few label words shared by the column, or digits. A column of
products, places or categories is not written in each row's own name words.

The fake (:func:`labelled_name_fakes`) replaces only the name words, through the same token fakes as the other
name columns (first words through the given-name map, the last through the surname map), and keeps the label
words, the digits and the punctuation: ``Roger May Donation 08/12/2024``.

Example::

    labelled_name_columns(df, ["c015"], {"c002": "first_name", "c003": "last_name"})
    # {"c015": ColumnDetection("c015", "name", 0.9, 1.0, "values+label", ...)}
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from itertools import islice

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_undecided import undecided_text_columns
from safe_synthesizer.pii.gazetteers import TITLES
from safe_synthesizer.pii.titles import PARTICLES

_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Rows read per column; filled cells needed; a label word is in this share of the cells at least.
MAX_ROWS = 500
MIN_FILLED = 3
MIN_LABEL_SHARE = 0.1
# Share of filled cells that must be the row's name words plus label words or digits (with at least one of them).
MIN_LABELLED = 0.75
# A label around a name is short (``Jason Montgomery Donation 08/12/2024``); a note written from a template repeats
# its words too and names the row's person, but it is prose: faking its name words alone would keep its phones,
# IBANs and cards (set 30: payroll, tenancy and tour notes taken as name columns).
MAX_LABEL_WORDS = 8


def _words(value: object) -> list[str]:
    return [w.casefold() for w in _WORD.findall(value)] if isinstance(value, str) else []


def labelled_name_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, str | None]
) -> dict[str, ColumnDetection]:
    """Undecided text columns of ``names`` whose cells are the row's own name words beside shared label words.

    ``found`` maps decided columns to their entity; the row's name words come from its name columns.
    """
    people = [c for c, entity in found.items() if entity in _PERSON and c in df.columns]
    if not people:
        return {}
    out: dict[str, ColumnDetection] = {}
    for column, series in undecided_text_columns(df, names, found):
        if column in people:
            continue
        cells = series.to_numpy()
        filled = list(islice((i for i, v in enumerate(cells) if isinstance(v, str) and v.strip()), MAX_ROWS))
        if len(filled) < MIN_FILLED:
            continue
        rests: list[tuple[int, list[str], bool]] = []  # (name words, other words, has digits) per filled cell
        for i in filled:
            own = set().union(*(_words(df[c].iat[i]) for c in people))
            words = _words(cells[i])
            if len(words) > MAX_LABEL_WORDS:
                break
            named = sum(w in own for w in words)
            rests.append((named, [w for w in words if w not in own], any(ch.isdigit() for ch in cells[i])))
        if len(rests) < len(filled):
            continue  # a cell of prose: no label column
        counts = Counter(w for _, rest, _ in rests for w in set(rest))
        labels = {w for w, n in counts.items() if n >= max(2, MIN_LABEL_SHARE * len(filled))}
        good = sum(1 for named, rest, digits in rests if named and (rest or digits) and set(rest) <= labels)
        share = good / len(filled)
        if share < MIN_LABELLED:
            continue
        evidence = (
            f"{share:.0%} of {len(filled)} filled cells: the row's own name words beside {len(labels)} label words"
        )
        out[column] = ColumnDetection(column, E.NAME, 0.9, round(share, 4), "values+label", len(filled), None, evidence)
    return out


_TOKENS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|[\d]+|[^\w]+|_+")
# A label word is in nearly every one of a column's distinct values (and there are a few), and is no listed name: a
# surname a family or a village shares (``Phiri`` in three of four cells, a surname no list holds) is no label, and
# keeping it would write the family's real name out.
MIN_FAKE_LABEL_SHARE = 0.9
MIN_FAKE_VALUES = 5


def _label_words(originals: Sequence[str]) -> frozenset[str]:
    """Words in most of the values that are no listed given name, surname, particle or title (``donation``)."""
    values = list(dict.fromkeys(originals))
    if len(values) < MIN_FAKE_VALUES:
        return frozenset()
    counts = Counter(w for v in values for w in set(_words(v)))
    common = {w for w, n in counts.items() if n >= MIN_FAKE_LABEL_SHARE * len(values)}
    # Particles and titles (``van``, ``del``, ``Dr``) belong to the names; the name fakes keep them already.
    return frozenset(
        w
        for w in common
        if w not in PARTICLES and w not in TITLES and not V.first_name_known(w) and not V.last_name_known(w)
    )


def labelled_name_fakes(originals: Sequence[str], tokens: Callable[[str, list[str]], dict[str, str]]) -> dict[str, str]:
    """Fakes of the values written as a name beside the column's label words; other values are left out.

    Each run of name words (words that are no label word) is faked as a name: its last word through the
    surname map, the words before it through the given-name map (``tokens(entity, values)``, the name fakes'
    token mapper), so the fake agrees with the row's ``First Name`` and ``Last Name`` columns. A lone word is a
    surname (``Montgomery Household``). Label words, digits and punctuation are kept as written.
    """
    labels = _label_words(originals)
    if not labels:
        return {}
    plans: dict[str, list[tuple[str, str]]] = {}  # value -> [(piece, "first" | "last" | "keep")]
    for v in dict.fromkeys(originals):
        pieces = _TOKENS.findall(v)
        if "".join(pieces) != v or not any(p.casefold() in labels for p in pieces):
            continue
        kinds = ["name" if _WORD.fullmatch(p) and p.casefold() not in labels else "keep" for p in pieces]
        # A run of name words is the name words with single spaces (or hyphens) between them.
        runs: list[list[int]] = []
        for k, kind in enumerate(kinds):
            if kind != "name":
                continue
            if runs and all(pieces[j].isspace() for j in range(runs[-1][-1] + 1, k)) and k - runs[-1][-1] <= 2:
                runs[-1].append(k)
            else:
                runs.append([k])
        if not runs or not any(_listed(pieces[k]) for run in runs for k in run):
            continue  # no listed name beside the label words: no evidence the rest is a name; faked whole instead
        plan = [(p, "keep") for p in pieces]
        for run in runs:
            for k in run[:-1]:
                plan[k] = (pieces[k], "first")
            plan[run[-1]] = (pieces[run[-1]], "last")
        plans[v] = plan
    if not plans:
        return {}
    firsts = tokens(E.FIRST_NAME, [p for plan in plans.values() for p, kind in plan if kind == "first"])
    lasts = tokens(E.LAST_NAME, [p for plan in plans.values() for p, kind in plan if kind == "last"])
    out = {}
    for v, plan in plans.items():
        pick = {"first": firsts, "last": lasts}
        out[v] = "".join(pick[kind].get(p, p) if kind in pick else p for p, kind in plan)
    return out


def _listed(word: str) -> bool:
    return V.first_name_known(word) or V.last_name_known(word)
