"""What a chunk's structured columns tell the note readers: each row's own names, street parts and phones, and the
table's name words, street types and id layouts.

Why: the note readers find a person, a street or an id again in the text by what the same row (and, outside DP,
the same chunk) holds in its columns. Gathering that is one concept, read once per chunk by
:meth:`replace_engine.ChunkReplacer.collect` and passed whole to :func:`text_replace.detect_text`. Under DP
(``keyed``) a record's text may depend on that record only, so every chunk-wide part is left out.

Example::

    context = chunk_context(chunk, active_plans, keyed=False)
    cells = context.detect(chunk["note"], detector)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_detector import TextPiiDetector
from safe_synthesizer.pii.text_id_any_cue import table_id_shapes
from safe_synthesizer.pii.text_name_table_people import table_people
from safe_synthesizer.pii.text_phone_local_numbers import LocalPhones, chunk_phones
from safe_synthesizer.pii.text_replace import TextCells, detect_text, row_names
from safe_synthesizer.pii.text_row_values import row_phones
from safe_synthesizer.pii.text_street_row_parts import row_street_parts
from safe_synthesizer.pii.text_street_slots import table_street_types

__all__ = ["ChunkContext", "chunk_context"]

_ID_ENTITIES = (E.NATIONAL_ID, E.SSN, E.TAX_ID)


@dataclass(frozen=True)
class ChunkContext:
    """The structured columns' evidence for one chunk's note cells (``None``: not gathered)."""

    names: list[dict[str, str]] | None
    streets: list[list[str]] | None
    phones: list[list[str]] | None
    people: Mapping[str, str] | None
    phone_regions: Sequence[tuple[str, ...]] | None
    local_phones: Sequence[LocalPhones] | None
    street_types: frozenset[str] | None
    id_shapes: frozenset[str] | None

    def detect(self, series: pd.Series, detector: TextPiiDetector) -> TextCells:
        """The spans of one note column's cells, read with this chunk's evidence."""
        return detect_text(
            series, detector, self.names, self.streets, self.phones, people=self.people,
            phone_regions=self.phone_regions, local_phones=self.local_phones, street_types=self.street_types,
            id_shapes=self.id_shapes,
        )  # fmt: skip


def chunk_context(chunk: pd.DataFrame, active: Sequence, *, keyed: bool) -> ChunkContext:
    """Read ``chunk``'s replaced columns (``active``: their plans) once for the note readers.

    Under DP (``keyed``) the phone columns are read per row and nothing chunk-wide (the table's name words, street
    types, id layouts) is gathered.
    """
    names = row_names(chunk, active)  # names in the structured columns of each row, found again in its text
    streets = row_street_parts(chunk, active)
    # The table's phone columns read once (under DP: each row's own cells): the region(s) they point to
    # (text_phone_table_region) and their own numbers, lengths and plans (text_phone_local_numbers).
    read = chunk_phones(chunk, active, per_row=keyed)
    phone_regions, local_phones = read if read is not None else (None, None)
    id_columns = [p.column for p in active if p.entity in _ID_ENTITIES]
    return ChunkContext(
        names=names,
        streets=streets,
        phones=row_phones(chunk, active),
        people=None if keyed or names is None else table_people(names),
        phone_regions=phone_regions,
        local_phones=local_phones,
        street_types=None if keyed or streets is None else table_street_types(streets),
        id_shapes=None if keyed else table_id_shapes(v for c in id_columns for v in chunk[c].tolist()),
    )
