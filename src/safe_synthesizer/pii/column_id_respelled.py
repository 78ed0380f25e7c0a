"""Id columns whose cells write one id three ways (bare, spaced character by character, dressed by an export):
decided on the ids read after normalising each cell's spelling (:mod:`id_cell_spelling`), by the check a bare id
column gets; also taken back from the phone readers when those ids pass a check digit far beyond chance.

Why: a column of ``520726-8599`` / ``4 7 0 5 1 6 - 5 7 4 6`` / ``number: "520726-8599"`` fell below every id
check's share (the spaced and dressed cells read as nothing) while the phone readers, which read any digit groups,
took it for phones (set 51: sv_SE, ba_RU, en_US id columns faked as phones; en_GB, es_ES, it_IT left as written,
names shown and hidden). The spelling says nothing by itself; the check digits of the ids inside decide:

- a column left undecided or read as free text is an id column when :data:`MIN_READ_SHARE` of its number cells
  read as one id each, at least one of them spaced or dressed (the bare columns are the other passes' own), and the
  ids pass :func:`~safe_synthesizer.pii.column_numbers.national_id_score` (one scheme for nearly all, every guard
  of that score) or one of the checks python-stdnum lacks (a SNILS) or a US SSN's printed layout;
- a phone finding becomes an id column only on a check far beyond chance
  (:func:`~safe_synthesizer.pii.column_id_checksums.checksum_scheme`, the one-digit-change test), a SNILS check or
  the SSN layout no phone plan writes: an id that passes its country's check is no phone number.

Cost: only columns whose cells mostly hold six digits or more; each sampled cell read once.

Example::

    df = pd.DataFrame({"c009": ["520726-8599", "4 7 0 5 1 6 - 5 7 4 6", 'number: "490515-1678"', ...]})
    respelled_id_columns(df, ["c009"], {"c009": None})["c009"].entity  # "national_id"
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_id_checksums import checksum_scheme
from safe_synthesizer.pii.column_numbers import national_id_score
from safe_synthesizer.pii.column_sample import ValueSample, sample_values
from safe_synthesizer.pii.id_cell_spelling import read_spelt_id
from safe_synthesizer.pii.not_known_words import NOT_KNOWN_WORDS

__all__ = ["respelled_id_columns", "spelt_id_cores"]

SAMPLE_SIZE = 200
MAX_MEAN_CHARS = 48
MIN_DIGITS = 6
MIN_NUMBER_SHARE = 0.6
MIN_READ_SHARE = 0.8
MIN_ID_SHARE = 0.8
# Distinct ids needed: a check passed by two or three values may be chance.
MIN_IDS = 4
_PHONES = (E.PHONE_NUMBER, E.FAX_NUMBER)
# The schemes read here that python-stdnum lacks, and the entity each names.
_EXTRA = {"ru.snils": E.NATIONAL_ID, "us.ssn": E.SSN}


def spelt_id_cores(values: Sequence[str]) -> tuple[list[str], Counter[str]] | None:
    """The ids inside ``values`` (distinct, in order) and how many distinct ids pass each scheme, when the cells are
    id cells and at least one is spaced or dressed; ``None`` otherwise.

    Example::

        spelt_id_cores(["520726-8599", "4 7 0 5 1 6 - 5 7 4 6", ...])[0]  # ["520726-8599", "470516-5746", ...]
    """
    written = [v.strip() for v in values if v.strip() and v.strip().casefold() not in NOT_KNOWN_WORDS]
    if not written or sum(len(v) for v in written) / len(written) > MAX_MEAN_CHARS:
        return None
    numbers = [v for v in written if sum(ch.isdigit() for ch in v) >= MIN_DIGITS]
    if len(numbers) < max(MIN_IDS, MIN_NUMBER_SHARE * len(written)):
        return None
    allowed_misses = int((1 - MIN_READ_SHARE) * len(numbers))
    cores: dict[str, tuple[str, ...]] = {}
    respelt = False
    for value in numbers:
        cell = read_spelt_id(value)
        if cell is None:
            if (allowed_misses := allowed_misses - 1) < 0:
                return None  # too many cells without an id: the rest need not be read
            continue
        respelt = respelt or cell.dressed or cell.core != value
        cores.setdefault(cell.core, cell.schemes)
    if not respelt or len(cores) < MIN_IDS:
        return None
    schemes: Counter[str] = Counter(s for found in cores.values() for s in found)
    return list(cores), schemes


def _decide(cores: list[str], schemes: Counter[str], phone: bool) -> tuple[str, float, str] | None:
    """The entity, share and evidence of a column whose ids are ``cores``, or ``None``."""
    for scheme, entity in _EXTRA.items():
        share = schemes.get(scheme, 0) / len(cores)
        if share >= MIN_ID_SHARE:
            return entity, share, f"{share:.0%} {scheme} ids once spaced and dressed cells are read"
    if phone:
        checked = checksum_scheme(cores)
        if checked is None:
            return None
        code, share, tail = checked
        return E.NATIONAL_ID, share, f"{share:.0%} pass the {code} check (chance tail {tail:.1e}): ids, not phones"
    score = national_id_score(ValueSample(cores, np.ones(len(cores)), len(cores)), cued=False)
    if not score.values_decide or score.share < MIN_ID_SHARE:
        return None
    return E.NATIONAL_ID, score.share, f"ids once spaced and dressed cells are read: {score.evidence}"


def respelled_id_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, ColumnDetection | None], seed: int = 0
) -> dict[str, ColumnDetection]:
    """Id findings for the columns of ``names`` left undecided, read as free text or read as phones whose cells hold
    one id each once their spelling is normalised. Only new findings are returned; ``found`` is not modified.

    Example::

        respelled_id_columns(df, list(df.columns), found)  # {"ID seen": ColumnDetection(..., "national_id", ...)}
    """
    out: dict[str, ColumnDetection] = {}
    for name in names:
        det = found.get(name)
        phone = det is not None and det.entity in _PHONES
        if (det is not None and det.entity != E.FREE_TEXT and not phone) or name not in df.columns:
            continue
        series = df[name]
        if pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_datetime64_any_dtype(series.dtype):
            continue
        sample = sample_values(series.astype("string"), SAMPLE_SIZE, seed)
        read = spelt_id_cores(sample.values)
        if read is None:
            continue
        decided = _decide(*read, phone=phone)
        if decided is None:
            continue
        entity, share, why = decided
        method = det.method if det is not None and phone else "values"
        out[name] = ColumnDetection(name, entity, round(share, 4), round(share, 4), method, len(sample.values),
                                    None, why)  # fmt: skip
    return out
