"""Town findings whose cells say where a home is: street or address findings.

Why: a column of homes written by landmark, post box or quarter (``près du Grand Marché``, ``BP 8794``, ``Yantala,
derrière la pharmacie Yantala``, ``Rue YN 215, Gamkallé``) has few street numbers and many place names, so with its
header hidden the classifier named it a town column (set 46 fr_NE c005) and the part reader
(:func:`~safe_synthesizer.pii.column_read_addresses.read_address_evidence`), which reads only undecided columns,
never saw it. A town's name never opens with a landmark's preposition, a box word and its number or a street type
and a name; when the part reader reads nearly all of a town finding's cells as addresses or street lines, by such a
closed-class word, the finding is changed to what the cells are. A header that names a town keeps its finding.

Example::

    df = pd.DataFrame({"c005": ["près du Grand Marché", "BP 8794", "Rue YN 215, Gamkallé", ...]})
    homes_not_towns(df, {"c005": <city detection>})["c005"].entity  # "address"
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_read_addresses import read_address_evidence
from safe_synthesizer.pii.cues import cue_hints


def homes_not_towns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> dict[str, ColumnDetection]:
    """The town findings of ``found`` whose cells read as homes, changed to ``address`` or ``street_address``;
    only changed columns are returned, ``found`` is not modified.

    Example::

        homes_not_towns(df, found)  # {"c005": ColumnDetection("c005", "address", ...)}
    """
    out: dict[str, ColumnDetection] = {}
    for name, det in found.items():
        if det is None or det.entity != E.CITY or name not in df.columns or E.CITY in cue_hints(str(name)):
            continue
        if (evidence := read_address_evidence(df[name])) is None:
            continue
        entity, why = evidence
        out[name] = dataclasses.replace(det, entity=entity, evidence=f"a town finding whose cells are homes: {why}")
    return out
