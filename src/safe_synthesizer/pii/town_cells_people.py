"""A town finding whose cells are people: name words that recombine from row to row, whatever joins them.

Why: an orienteering club's ``Competitor`` column of Kurdish names (``Jiyan Bulut``, ``Doğan.Welat``, ``Welat
Tekin``, ``Tekin.Zozan``) holds names no list knows; beside the competitors' seven-digit SI card numbers the pair
rule (:mod:`place_pairs`) read it as towns beside their postcodes, and the people were published as fake towns
(set 46, seen: kmr_TR, shown and hidden). The person readers had not found the column, so nothing stopped the pair.
A town column's values do not behave as people's names do: a population's given words come back with other family
words and its family words with other given words, in either order (``Doğan.Welat`` and ``Welat Doğan``), while
towns are fixed strings (``Porto Alegre`` is never ``Alegre Porto``; towns sharing a word share one hub: ``San``,
``Saint``). Which mark joins the two words (a space, a dot, an underscore, a hyphen in a lower-case slug, a comma,
none in camel case) is no evidence either way, so the cells are read with any of them as a space.

So a town finding is re-read with :func:`~column_name_recombine.recombined_names` (two to four name words per cell,
recombining through several shared words, no hub word, no listed towns, streets, firms or common words) or with
:func:`~column_swapped_names.swapped_pairs` (two distinct pairs written both ways round); when either says people,
the finding becomes a full-name finding.

Only the column's sample is read: the cost is per column.

Example::

    town_people_findings(df, {"Competitor": det_city})
    # {"Competitor": ColumnDetection("Competitor", "name", ..., "values+pair+people-not-towns", ...)}
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Mapping

import numpy as np
import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_name_recombine import recombined_names
from safe_synthesizer.pii.column_sample import ValueSample
from safe_synthesizer.pii.column_swapped_names import MIN_SWAPPED, MIN_SWAPPED_SHARE, swapped_pairs

__all__ = ["spaced_name_words", "town_people_findings"]

MAX_ROWS = 2000
# A dot or an underscore between two letters joins the words of one cell (``Doğan.Welat``, ``HARVEY_Gail``); a
# hyphen does so in a lower-case slug (``gail-harvey``), while in a capitalised cell it builds a double name.
_JOIN = re.compile(r"(?<=[^\W\d_])[._](?=[^\W\d_])")
_SLUG_JOIN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
# Two capitalised words run together (``GailHarvey``): the cell is the two words with no mark at all.
_CAMEL_PAIR = re.compile(r"^([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)$")


def spaced_name_words(value: str) -> str:
    """``value`` with the marks that join a cell's words written as spaces.

    >>> spaced_name_words("Doğan.Welat")
    'Doğan Welat'
    >>> spaced_name_words("gail-harvey")
    'gail harvey'
    >>> spaced_name_words("GailHarvey")
    'Gail Harvey'
    >>> spaced_name_words("Saint-Denis")
    'Saint-Denis'
    """
    text = _JOIN.sub(" ", value.strip())
    if (camel := _CAMEL_PAIR.match(text)) is not None:
        return f"{camel.group(1)} {camel.group(2)}"
    if text == text.lower():
        text = _SLUG_JOIN.sub(" ", text)
    return " ".join(text.split())


def _spaced_sample(series: pd.Series) -> ValueSample:
    cells = [spaced_name_words(v) for v in series.iloc[:MAX_ROWS].to_numpy() if isinstance(v, str) and v.strip()]
    counts = Counter(c for c in cells if c)
    values = list(counts)
    return ValueSample(values, np.array([counts[v] for v in values], dtype=float), len(values))


def _people_evidence(sample: ValueSample) -> str | None:
    swapped, pairs = swapped_pairs(sample.values)
    # Of the distinct people (a pair written both ways round is one person, not two).
    people = pairs - swapped
    if swapped >= MIN_SWAPPED and swapped >= MIN_SWAPPED_SHARE * people:
        return f"{swapped} of {people} two-word people also written the other way round"
    return recombined_names(sample)


def town_people_findings(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> dict[str, ColumnDetection]:
    """The town findings of ``found`` whose cells read as people (see the module), as full-name findings."""
    out: dict[str, ColumnDetection] = {}
    for column, det in found.items():
        if det is None or det.entity != E.CITY or column not in df.columns:
            continue
        if (why := _people_evidence(_spaced_sample(df[column]))) is None:
            continue
        out[column] = dataclasses.replace(
            det,
            entity=E.NAME,
            method=f"{det.method}+people-not-towns",
            evidence=f"{det.evidence}; people, not towns: {why}",
        )
    return out
