"""A run's large splits, read bounded by the stages that used to read them whole.

Over ``chunked.WHOLE_READ_MAX_BYTES`` (64 MB; a 1,000,000-row Adult split is about 100 MB, 1.5 GB
once typed in memory) a dataset CSV of the run is not read whole by:

- evaluation's PII replay: the raw training split streams chunk by chunk, its PII columns only
  (``pii_source``); the replay table is the same as from the split in memory;
- generation's privacy filter: built chunk by chunk (``privacy_filter_of``): exact copies are caught
  against every training row (an 8-byte key each), the ``privacy_filter_distance`` check compares
  with a uniform sample of ``PrivacyFilter.DISTANCE_SAMPLE_ROWS`` rows (``privacy_filter_source``);
- an LLM's training (outside DP): a uniform sample of ``training.num_input_records_to_sample``
  records (auto: the records an LLM sees, 25,000), whole groups with
  ``data.group_training_examples_by`` (``llm_training_sample``).

Each stage states what it did in its facts in the run manifest. Smaller files are read whole, as
before, and give the same artifacts.

Example:
    >>> if is_large(run.dataset_file(TRAINING_CSV)):                          # doctest: +SKIP
    ...     source = pii_chunks(run.dataset_file(TRAINING_CSV), schema, ["email"])
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from safe_synthesizer.data.chunked import WHOLE_READ_MAX_BYTES, iter_chunks
from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.data.streaming import typed_chunks
from safe_synthesizer.data.training_file import TrainingFile
from safe_synthesizer.data.typed_frame import apply_schema


def is_large(path: Path, *, min_bytes: int | None = None) -> bool:
    """Whether a dataset CSV of the run is over the size read whole."""
    path = Path(path)
    return path.is_file() and path.stat().st_size > (WHOLE_READ_MAX_BYTES if min_bytes is None else min_bytes)


def pii_chunks(path: Path, schema: TableSchema, columns: list[str]) -> Iterator[pd.DataFrame]:
    """The ``columns`` of a split (those in ``schema``) chunk by chunk, typed as ``read_dataset`` types them."""
    wanted = [c for c in schema.names if c in set(columns)]
    part = TableSchema(columns=[schema[c] for c in wanted])
    for chunk in iter_chunks(Path(path)):
        yield apply_schema(chunk[wanted], part)


def privacy_filter_source(path: Path, schema: TableSchema, distance: float,
                          read_whole: Callable[[], pd.DataFrame]) -> tuple[Any, dict]:
    """What generation's privacy filter is built from: the split read whole, or over 64 MB a
    ``PrivacyFilter`` built from its typed chunks; and the facts stated for the stage."""
    if not is_large(path):
        return read_whole(), {}
    from safe_synthesizer.models.builtin.privacy_filter import PrivacyFilter

    built = PrivacyFilter.from_chunks(typed_chunks(Path(path), schema), distance)
    return built, {"privacy_filter_rows": built.n_training_rows, "privacy_filter_distance_rows": built.distance_rows}


def pii_source(path: Path, schema: TableSchema, columns: list[str], read_whole: Callable[[], pd.DataFrame],
               facts: dict) -> pd.DataFrame | Iterator[pd.DataFrame]:
    """The raw training split for the PII replay table: read whole, or over 64 MB its PII columns
    streamed (``pii_chunks``, noted in ``facts``: the stream is read while the evaluation runs)."""
    if not is_large(path):
        return read_whole()
    facts["pii_replay_streamed"] = True
    return pii_chunks(path, schema, columns)


def llm_training_sample(path: Path, schema: TableSchema, n: int | str, seed: int,
                        group_by: str | None) -> tuple[pd.DataFrame, dict]:
    """At most ``n`` records of a large split (``auto``: the LLM default), uniform, whole groups,
    in file order; and the facts stated in the run manifest."""
    from safe_synthesizer.models.llm.backend import DEFAULT_RECORDS_TO_SAMPLE

    wanted = DEFAULT_RECORDS_TO_SAMPLE if n == "auto" else int(n)
    selected = TrainingFile(Path(path), schema).selected(wanted, seed, group_by)
    chunks = list(selected.chunks())
    frame = pd.concat(chunks, ignore_index=True) if chunks else next(iter(typed_chunks(Path(path), schema))).head(0)
    return frame, {"sampled_records": len(frame), "split_records": selected.n_file_rows,
                   "reason": f"split over {WHOLE_READ_MAX_BYTES >> 20} MB: read as a uniform sample of "
                             "training.num_input_records_to_sample records"}
