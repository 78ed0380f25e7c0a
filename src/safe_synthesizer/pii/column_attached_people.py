"""Person columns whose cells carry an ATTACHMENT beside the name, judged with the attachment set aside.

Why: a register writes ``Wahyudi Sutrisno (b. 1947)``, ``Hadiza Oumarou (mère de Fati)``, ``Uncle Makana`` or
``Mr Moses`` among plain names; every person judge of :mod:`table_passes` read the aside or the address word as part
of the cell and refused the column (set 47: exhibitors, helms, book owners, companions of eight locales, with their
headers shown). No new judge is written here: each cell is read by
:func:`person_cell_attachments.split_person_attachment` and, when enough cells carry an attachment, the existing
judges (:func:`column_detector.detect_column`, then the person passes) are asked about the column with the
attachments set aside. A column of wines, cars or firms with years (``Château Margaux (1990)``) stays refused: its
cells without the year are still no people.

Example::

    attached_people_columns(df, planned, {}, params)
    # {"Exhibitor": ColumnDetection("Exhibitor", "name", ..., method="values+attached")}
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.schema import ColumnSchema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection, detect_column
from safe_synthesizer.pii.column_undecided import undecided_text_columns
from safe_synthesizer.pii.person_cell_attachments import split_person_attachment

__all__ = ["attached_people_columns"]

# Distinct filled cells with an attachment: at least this many, and this share of the distinct filled cells.
MIN_ATTACHED = 2
MIN_ATTACHED_SHARE = 0.1
# Cells read per column (the distinct ones among the first rows).
MAX_CELLS = 400
_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
METHOD_SUFFIX = "+attached"


def _undressed(series: pd.Series) -> tuple[pd.Series, int, int]:
    """The column with each attachment set aside, the number of distinct filled cells, and of attached ones."""
    head = series.iloc[:MAX_CELLS] if len(series) > MAX_CELLS else series
    distinct = {v for v in head.to_numpy() if isinstance(v, str) and v.strip()}
    parts = {v: split_person_attachment(v) for v in distinct}
    attached = sum(p is not None for p in parts.values())
    undressed = series.map(lambda v: parts[v][0] if isinstance(v, str) and parts.get(v) else v)
    return undressed, len(distinct), attached


def _people_passes(df: pd.DataFrame, name: str) -> ColumnDetection | None:
    """The table's person passes on one column (the order of :mod:`table_passes`)."""
    from safe_synthesizer.pii.column_caseless_people import caseless_people_columns
    from safe_synthesizer.pii.column_dressed_people import dressed_people_columns
    from safe_synthesizer.pii.column_form_free_people import form_free_people_columns
    from safe_synthesizer.pii.column_machine_joined_people import machine_joined_people_columns
    from safe_synthesizer.pii.column_person_grammar import person_grammar_columns
    from safe_synthesizer.pii.column_slot_people import slot_people_columns
    from safe_synthesizer.pii.column_written_people import written_people_columns

    for judge in (
        written_people_columns, person_grammar_columns, dressed_people_columns, slot_people_columns,
        form_free_people_columns, machine_joined_people_columns, caseless_people_columns,
    ):  # fmt: skip
        found = judge(df, [name], {}).get(name)
        if found is not None:
            return found
    return None


def attached_people_columns(
    df: pd.DataFrame,
    planned: Sequence[ColumnSchema],
    found: Mapping[str, ColumnDetection | None],
    params: ReplacePiiParameters,
    seed: int = 0,
) -> dict[str, ColumnDetection]:
    """Person columns among the undecided text columns of ``planned`` once their cells' attachments are set aside.

    Example::

        attached_people_columns(df, planned, found, params)  # {"Owner of book": ColumnDetection(..., "name", ...)}
    """
    if E.NAME not in params.entities:
        return {}
    schemas = {c.name: c for c in planned}
    out: dict[str, ColumnDetection] = {}
    for name, series in undecided_text_columns(df, list(schemas), found):
        undressed, n_distinct, n_attached = _undressed(series)
        if n_attached < MIN_ATTACHED or n_attached < MIN_ATTACHED_SHARE * n_distinct:
            continue
        detection = detect_column(
            undressed, schemas[name], entities=params.entities, sample_size=params.detection_sample_size, seed=seed
        )
        if detection is None or detection.entity not in _PERSON:
            frame = df.assign(**{name: undressed}) if isinstance(name, str) else df
            detection = _people_passes(frame, name)
        if detection is not None and detection.entity in _PERSON:
            out[name] = dataclasses.replace(detection, method=detection.method + METHOD_SUFFIX)
    return out
