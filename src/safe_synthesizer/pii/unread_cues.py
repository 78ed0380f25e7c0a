"""Columns whose header names personal data but whose values no reader recognised: said, not left silently.

Why: every reader of the PII stage is judged on its values, so a ``Date of birth`` column written in a notation no
reader knows (``TO_DATE('28-OCT-1949','DD-MON-YYYY')``) is left as written, and a run ends with exit code 0 and the
birth dates in the training data. The header alone is no proof (a ``Nursery`` of rose growers, a ``birthCountry``),
so such a column is not replaced on the header's word; it is reported in the report's ``checks`` (the console's
"Check these" block, ``safe-synthesizer pii``'s output) with the key that replaces it anyway. A column the header names
and whose values are many and distinct (identifying, not a category) is the doubtful case worth a line; a column
scanned as free text is doubtful when its scan found fewer spans of the named entity than it has cells.

Example::

    unread = unread_cues(df, schema, plans)          # before the run, on the planning frame
    report = engine.finish()
    report.checks += unread_cue_warnings(unread, report)
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

import pandas as pd

from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.cues import cue_hints
from safe_synthesizer.pii.report import PiiReport

# Entities whose values identify a person on their own: a header naming one of them over values left as written is
# worth a warning. Towns, states, postcodes, URLs and IP addresses are not (a kept town list is a decision).
IDENTIFYING = (
    E.DATE_OF_BIRTH, E.NAME, E.FIRST_NAME, E.LAST_NAME, E.EMAIL, E.PHONE_NUMBER, E.FAX_NUMBER, E.ADDRESS,
    E.STREET_ADDRESS, E.SSN, E.NATIONAL_ID, E.TAX_ID, E.CREDIT_DEBIT_CARD, E.IBAN,
)  # fmt: skip
# Words the warning names an entity with.
_SAID = {
    E.DATE_OF_BIRTH: "a date of birth", E.NAME: "a person's name", E.FIRST_NAME: "a given name",
    E.LAST_NAME: "a family name", E.EMAIL: "an e-mail address", E.PHONE_NUMBER: "a phone number",
    E.FAX_NUMBER: "a fax number", E.ADDRESS: "an address", E.STREET_ADDRESS: "a street address",
    E.SSN: "a social security number", E.NATIONAL_ID: "a national id", E.TAX_ID: "a tax id",
    E.CREDIT_DEBIT_CARD: "a card number", E.IBAN: "an IBAN",
}  # fmt: skip
# Span entities a free-text scan counts for each named entity (a name column's spans are names of any part).
_SPANS = {
    E.NAME: (E.NAME, E.FIRST_NAME, E.LAST_NAME), E.FIRST_NAME: (E.NAME, E.FIRST_NAME, E.LAST_NAME),
    E.LAST_NAME: (E.NAME, E.FIRST_NAME, E.LAST_NAME), E.ADDRESS: (E.ADDRESS, E.STREET_ADDRESS),
    E.STREET_ADDRESS: (E.ADDRESS, E.STREET_ADDRESS), E.SSN: (E.SSN, E.NATIONAL_ID),
    E.NATIONAL_ID: (E.SSN, E.NATIONAL_ID, E.TAX_ID), E.PHONE_NUMBER: (E.PHONE_NUMBER, E.FAX_NUMBER),
}  # fmt: skip
# A column of few or repeated values is a category (``birthCountry``, a nursery list, a florist's five card
# messages): no person is singled out by it. People, birth dates and phones are mostly distinct (set 53: 0.79+).
MIN_DISTINCT = 3
MIN_DISTINCT_SHARE = 0.5


@dataclass(frozen=True)
class UnreadCue:
    """A column whose header names ``entity`` and whose values were not planned as it.

    ``filled`` is the share of the planning frame's rows with a value; ``free_text`` says the column was planned
    as free text (its spans scanned) rather than left as it is.
    """

    column: str
    entity: str
    filled: float
    free_text: bool


def unread_cues(
    frame: pd.DataFrame, schema: TableSchema, plans: Sequence, *, protected: Collection[str] = ()
) -> list[UnreadCue]:
    """The columns of ``frame`` whose header names an identifying entity that ``plans`` did not plan as one.

    ``plans`` are the stage's column plans (``ColumnPlan``); protected columns (the entity and order columns) are
    left to the user. Reads counts only, never keeps a value.

    Example::

        unread_cues(df, schema, plans)  # [UnreadCue("Date of birth", "date_of_birth", 1.0, True)]
    """
    planned = {p.column: p for p in plans}
    protected = set(protected) | {c for c in (schema.group_by, schema.order_by) if c}
    found = []
    for column in schema.columns:
        plan = planned.get(column.name)
        if column.name in protected or column.name not in frame.columns:
            continue
        if plan is not None and plan.entity != E.FREE_TEXT:
            continue
        header = f"{column.name} {column.label}" if column.label else column.name
        named = [e for e in IDENTIFYING if e in cue_hints(header)]
        if not named or not _identifying(frame[column.name]):
            continue
        filled = float(frame[column.name].notna().mean()) if len(frame) else 0.0
        found.append(UnreadCue(column.name, named[0], filled, plan is not None))
    return found


def _identifying(values: pd.Series) -> bool:
    """Written values (not numbers: a birth year, a month) that are many and mostly distinct."""
    present = values.dropna()
    if (
        present.empty
        or pd.api.types.is_numeric_dtype(present.dtype)
        or pd.api.types.is_datetime64_any_dtype(present.dtype)
    ):
        return False
    written = present.astype(str).str.strip()
    written = written[written != ""]  # blank cells are missing, not a repeated value
    n_distinct = written.nunique()
    return n_distinct >= MIN_DISTINCT and n_distinct >= MIN_DISTINCT_SHARE * len(written)


def unread_cue_warnings(unread: Sequence[UnreadCue], report: PiiReport) -> list[str]:
    """One warning per column of ``unread`` still left after the run that ``report`` describes.

    A free-text column whose scan replaced at least one span of the named entity per filled cell is no longer in
    doubt. The sentence names the column, the entity and the key that replaces the column anyway; never a value.

    Example::

        unread_cue_warnings([UnreadCue("DOB", "date_of_birth", 1.0, False)], report)
        # ['column `DOB`: its header names a date of birth but no reader recognised its values, so they were
        #   left as written; check it, and to replace it anyway set replace_pii.column_overrides: {"DOB": "hash"}']
    """
    entries = {e.column: e for e in report.columns}
    warnings = []
    for cue in unread:
        said = _SAID[cue.entity]
        fix = f'to replace it anyway set replace_pii.column_overrides: {{"{cue.column}": "hash"}}'
        if not cue.free_text:
            warnings.append(f"column `{cue.column}`: its header names {said} but no reader recognised its values, "
                            f"so they were left as written; check it, and {fix}")  # fmt: skip
            continue
        entry = entries.get(cue.column)
        cells = cue.filled * report.n_rows
        spans = sum(entry.span_counts.get(e, 0) for e in _SPANS.get(cue.entity, (cue.entity,))) if entry else 0
        if spans < cells:
            warnings.append(f"column `{cue.column}`: its header names {said} but its values were only scanned as "
                            f"free text ({spans:,} such spans in {round(cells):,} filled cells), so most may be "
                            f"left as written; check it, and {fix}")  # fmt: skip
    return warnings
