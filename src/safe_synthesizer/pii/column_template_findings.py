"""Columns every rule left undecided, read through their own template: the cores judged as a sub-column.

Why: a column whose people, birth dates or addresses are written inside a dress no reader knows
(``Forwarded from Gail Harvey``, ``<![CDATA[GAIL HARVEY]]>``, ``TO_DATE('28-OCT-1949', 'DD-MON-YYYY')``) reads as no
entity, cell by cell. :func:`~safe_synthesizer.pii.column_templates.learn_template` learns the dress from the
column itself; here its cores (and the cells that wear no dress, whole) are read by the same column judge
(:func:`detect_column`, the column's header and the usual thresholds), so whatever entity the existing readers
know is found in whatever dress the next table brings. Numbers alone are no ids and phones here either: the judge
needs the same evidence it needs on a bare column (``Room 4``, ``Ward 7B``, ``PCS 7027`` stay).

A fallback only: it reads the columns left ``None`` after every rule, veto and the classifier, and never changes
a decision. When the cores are judged people or places the dress is learned again with every given name, family
name and town barred from it (``HARTLEY, Olivia``; three ``Ana`` in a register; ``KADUGLI: ...``) and judged
again: a dress that is itself a name is no dress.

Example::

    found.update(template_columns(frame, kept, found, params, seed=seed))
    found["Guest"].method  # "column-template"
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.schema import ColumnSchema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers as G
from safe_synthesizer.pii.column_detector import ColumnDetection, detect_column
from safe_synthesizer.pii.column_templates import MIN_DISTINCT, TemplateCell, learn_template
from safe_synthesizer.pii.typed_templates import learn_typed_template

__all__ = ["NAMED_ENTITIES", "TEMPLATE_METHOD", "TYPED_METHOD", "column_template", "name_or_town", "template_columns"]

TEMPLATE_METHOD = "column-template"
# A template whose dress holds typed slots (a chat line's date and time): learned by :func:`learn_typed_template`.
TYPED_METHOD = f"{TEMPLATE_METHOD}-typed"
# Distinct cells read to learn a column's template.
SAMPLE_CELLS = 400
# What a template may be found holding: the entities the value readers judge on cores.
_ENTITIES = frozenset({
    E.NAME, E.FIRST_NAME, E.LAST_NAME, E.DATE_OF_BIRTH, E.PHONE_NUMBER, E.EMAIL, E.ADDRESS, E.STREET_ADDRESS,
    E.CITY, E.POSTCODE, E.NATIONAL_ID, E.SSN, E.TAX_ID, E.IBAN, E.CREDIT_DEBIT_CARD,
})  # fmt: skip
# Cores judged as these are people or places: their dress may not be a name or a town.
NAMED_ENTITIES = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME, E.CITY, E.ADDRESS, E.STREET_ADDRESS})


def name_or_town(word: str) -> bool:
    """A given or family name or a town: never a template's dress round people or places."""
    w = word.casefold()
    return len(w) > 1 and (w in G.first_names() or w in G.last_names() or w.title() in G.all_cities())


def column_template(series: pd.Series, *, named: bool = False, typed: bool = False) -> dict[str, TemplateCell] | None:
    """The learned cut of the column's distinct (stripped) cells, or ``None`` (``named``: no name or town in a
    dress)."""
    if not (pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)):
        return None
    distinct = [v for v in pd.unique(series.dropna()) if isinstance(v, str) and v.strip()]
    if len(distinct) < MIN_DISTINCT:
        return None
    learner = learn_typed_template if typed else learn_template
    return learner(distinct[: SAMPLE_CELLS * 5], forbidden=name_or_town if named else None)


def _judge(
    series: pd.Series, cut: dict[str, TemplateCell], column: ColumnSchema, params: ReplacePiiParameters, seed: int
) -> ColumnDetection | None:
    cores = series.map(lambda v: cut[v.strip()].core if isinstance(v, str) and v.strip() in cut else v)
    found = detect_column(
        cores,
        column,
        entities=params.entities,
        min_share=params.min_column_confidence,
        min_share_with_cue=params.min_column_confidence_with_cue,
        sample_size=params.detection_sample_size,
        seed=seed,
    )
    return found if found is not None and found.entity in _ENTITIES else None


def template_columns(
    frame: pd.DataFrame,
    columns: Sequence[ColumnSchema],
    found: dict[str, ColumnDetection | None],
    params: ReplacePiiParameters,
    *,
    seed: int = 0,
) -> dict[str, ColumnDetection]:
    """Detections for the ``columns`` ``found`` leaves ``None`` whose learned cores the column judge reads as an
    entity (method :data:`TEMPLATE_METHOD`)."""
    out: dict[str, ColumnDetection] = {}
    for column in columns:
        name = column.name
        if found.get(name) is not None or name not in frame.columns:
            continue
        series = frame[name]
        decided, cut, typed = None, None, False
        # The word-for-word dress first; a dress with typed slots only where it reads nothing, so what the constant
        # template finds stays found as it was.
        for typed in (False, True):
            cut = column_template(series, typed=typed)
            if not cut:
                continue
            decided = _judge(series, cut, column, params, seed)
            if decided is not None and decided.entity in NAMED_ENTITIES:
                cut = column_template(series, named=True, typed=typed)
                again = _judge(series, cut, column, params, seed) if cut else None
                decided = again if again is not None and again.entity == decided.entity else None
            if decided is not None:
                break
        if decided is None:
            continue
        dressed = len(cut or {})
        out[name] = ColumnDetection(
            column=name,
            entity=decided.entity,
            confidence=decided.confidence,
            share=decided.share,
            method=TYPED_METHOD if typed else TEMPLATE_METHOD,
            n_sampled=decided.n_sampled,
            locale=decided.locale,
            evidence=f"{decided.evidence} in the cores of a learned template ({dressed} dressed cells)",
        )
    return out
