"""Id columns whose cells carry the id with its dressing (``NIC/ 69133805Z``, ``33571732N (exp. 2035-09)``,
``DNI: 12345678Z``): decided on the ids inside the cells, by the same check a bare id column gets.

Why: the per-column id check (:func:`~safe_synthesizer.pii.column_numbers.national_id_score`) tests whole values,
so a column where a clerk wrote the document's kind before the number or its expiry after it fell below the share
of valid ids and was left as written or read as free text (set 46: the ``ID seen`` / ``N.º documento`` /
``Documento visto`` columns of en_GB, es_ES and it_IT, names shown and hidden). Here the cells are read by their
parts (:func:`~safe_synthesizer.pii.id_cell_reader.read_id_cell`: the run of tokens a scheme's check passes, the
residue judged by shape) and the ids found are scored as a bare column would be, with every guard of that score
(one scheme for nearly all, phone plans, GTINs, animals' chips). The dressing itself proves nothing; the check digits
do, so a column of random codes with words around them stays undecided.

Runs as a table pass over the columns the rules left undecided or read as free text, with short cells (a notes
column's sentences are not read). Cost: only columns whose cells mostly hold six digits or more; each sampled cell
is read once (about 0.3 ms).

Example::

    df = pd.DataFrame({"c010": ["ID/ SY 79 96 55 D", "GA 21 48 72 C", "RL 32 38 94 B (exp. 2035-07)", ...]})
    dressed_id_columns(df, ["c010"], {"c010": None})["c010"].entity  # "national_id"
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_numbers import national_id_score
from safe_synthesizer.pii.column_sample import ValueSample, sample_values
from safe_synthesizer.pii.id_cell_reader import MIN_DIGITS, IdCell, read_id_cell
from safe_synthesizer.pii.not_known_words import NOT_KNOWN_WORDS

SAMPLE_SIZE = 200
# Cells longer than this on average are sentences, not id cells.
MAX_MEAN_CHARS = 48
# Share of the written cells that hold six digits or more, and of those that read as one id with a residue of shape.
MIN_NUMBER_SHARE = 0.6
MIN_READ_SHARE = 0.8
# Ids the score must find among the cores, and at least this many cells read.
MIN_ID_SHARE = 0.8
MIN_CELLS = 2


def dressed_id_sample(values: Sequence[str]) -> ValueSample | None:
    """The ids inside ``values`` (distinct, with how many cells hold each) when the cells are id cells and at least
    one is dressed; ``None`` otherwise.

    Example::

        dressed_id_sample(["NIC/ 69133805Z", "88612705F", "22326043N (exp. 2027-08)"]).values
        # ["69133805Z", "88612705F", "22326043N"]
    """
    written = [v for v in values if v.strip() and v.strip().casefold() not in NOT_KNOWN_WORDS]
    if not written or sum(len(v) for v in written) / len(written) > MAX_MEAN_CHARS:
        return None
    numbers = [v for v in written if sum(ch.isdigit() for ch in v) >= MIN_DIGITS]
    if len(numbers) < max(MIN_CELLS, MIN_NUMBER_SHARE * len(written)):
        return None
    allowed_misses = int((1 - MIN_READ_SHARE) * len(numbers))
    cells: list[IdCell] = []
    for value in numbers:
        if (cell := read_id_cell(value)) is not None:
            cells.append(cell)
        elif (allowed_misses := allowed_misses - 1) < 0:
            return None  # too many cells without an id: the rest need not be read
    if not any(c.dressed for c in cells):
        return None
    counts = Counter(c.core for c in cells)
    return ValueSample(list(counts), np.array(list(counts.values()), dtype=float), len(counts))


def dressed_id_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, ColumnDetection | None], seed: int = 0
) -> dict[str, ColumnDetection]:
    """National id findings for the columns of ``names`` left undecided (or read as free text) whose cells hold ids
    in their dressing. Only new findings are returned; ``found`` is not modified.

    Example::

        dressed_id_columns(df, list(df.columns), found)  # {"ID seen": ColumnDetection(..., "national_id", ...)}
    """
    out: dict[str, ColumnDetection] = {}
    for name in names:
        det = found.get(name)
        if (det is not None and det.entity != E.FREE_TEXT) or name not in df.columns:
            continue
        series = df[name]
        if pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_datetime64_any_dtype(series.dtype):
            continue
        sample = sample_values(series.astype("string"), SAMPLE_SIZE, seed)
        cores = dressed_id_sample(sample.values)
        if cores is None:
            continue
        score = national_id_score(cores, cued=False)
        if not score.values_decide or score.share < MIN_ID_SHARE:
            continue
        why = f"ids inside dressed cells: {score.evidence}"
        out[name] = ColumnDetection(name, E.NATIONAL_ID, round(score.share, 4), round(score.share, 4), "values",
                                    len(sample.values), None, why)  # fmt: skip
    return out
