"""Person ids of an unseen layout beside people that only the learned classifier named.

Why: the unseen-layout id pass (:func:`~safe_synthesizer.pii.column_id_unseen_layouts.unseen_id_detections`)
asks for the table's people (a name column) and reads whether a value stays with its person over rows. It runs
among the rule passes, before the classifier rescues the columns the rules left: a table whose names are of a
script or a stock the name lists lack (Pashto in Arabic script, Indo-Guyanese names in capitals) had its
names found by the classifier only, and its id column (an e-Tazkira ``1401-2292-03179`` written three ways, a
Guyanese id of nine digits coming back with each farmer's deliveries) was left as written, with the column name
hidden. Run again once the classifier has spoken, the same pass reads those people; nothing else changes (the
columns it may take are those nothing was found in, under a name that says no more than an id).

Example::

    found.update(rescued := rescued_columns(frame, planned, found, params, seed))
    found.update(ids_beside_rescued_people(frame, names, found, rescued, params, seed))
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_id_unseen_layouts import unseen_id_detections
from safe_synthesizer.pii.cues import cue_hints, says_nothing

_PEOPLE = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME, E.EMAIL})
# Words of a number (``no``, ``nr``) say no more than a placeholder does of an id column (as the table pass).
_NUMBER_WORDS = frozenset({"no", "nr", "number", "num"})


def _says_no_more_than_id(name: str) -> bool:
    return E.NATIONAL_ID in cue_hints(name) or says_nothing(name, also=_NUMBER_WORDS)


def ids_beside_rescued_people(
    df: pd.DataFrame,
    names: Sequence[str],
    found: dict,
    rescued: dict,
    params: ReplacePiiParameters,
    seed: int = 0,
) -> dict:
    """National-id detections among ``names`` still undecided in ``found``, when ``rescued`` (the classifier's
    detections, already in ``found``) named people; ``{}`` otherwise (the rule pass has read the table as is)."""
    if not any(d is not None and d.entity in _PEOPLE for d in rescued.values()):
        return {}
    rest = [n for n in names if found.get(n) is None and n in df.columns and _says_no_more_than_id(n)]
    if not rest:
        return {}
    return unseen_id_detections(
        df, rest, found, entities=params.entities, sample_size=params.detection_sample_size, seed=seed
    )
