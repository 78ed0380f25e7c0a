"""Id columns whose cells are (id part, residue): decided on what the residues say (a document, its expiry or issue
year) and, for a town beside the number, on the id scheme's check.

Why: a clerk's "ID seen" column is mostly empty and writes each number with what it was (``ID: 195517992278``,
``818591295V / exp. 2031``, ``70738801R / vence 2029``) or where it was issued (``195276532598 – Batticaloa``). The
dressed-id pass decides on check digits over many cells and the document pass joined the expiry into the number
(``200522743609 / exp. 2036`` read as one run), so such columns were left as written, names shown and hidden (set
48: ta_LK, ar_SY, es_ES, te_IN). Here every written cell must read as one id part and a residue of shape
(:func:`~safe_synthesizer.pii.id_cell_residues.read_id_residue`); a third of them must name a document or an expiry,
or every dressed cell's id must pass a national scheme's check and its residue be a place. A number beside a town
that the table's phone plan dials is a contact's phone, not an id, and never counts.

:func:`documented_id_share` is also the guard that keeps an id column with expiries from being read as phones
(``608 131 785 / exp. 2033``: a SIN the phone check dials in another plan).

Cost: a table pass over the undecided columns with short cells holding four digits; each of at most
:data:`SAMPLE_SIZE` cells read once.

Example::

    df = pd.DataFrame({"c010": ["", "ID: 195517992278", "", "818591295V / exp. 2031", "197056070424"]})
    id_part_columns(df, ["c010"], {"c010": None})["c010"].entity  # "national_id"
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.cue_subjects import names_a_record_number
from safe_synthesizer.pii.id_cell_residues import IdResidue, read_id_residue
from safe_synthesizer.pii.locales import parse_phone
from safe_synthesizer.pii.not_known_words import NOT_KNOWN_WORDS
from safe_synthesizer.pii.validators.national_ids import column_id_schemes

__all__ = ["documented_id_share", "id_part_columns"]

SAMPLE_SIZE = 200
MAX_MEAN_CHARS = 48
# Share of the written cells that must name their document or its expiry (the rest may be bare or placed ids).
MIN_DOCUMENT_SHARE = 0.34


def _written(values: Sequence[object]) -> list[str]:
    return [
        v.strip() for v in values
        if isinstance(v, str) and v.strip() and v.strip().casefold() not in NOT_KNOWN_WORDS
    ]  # fmt: skip


def _read_all(written: Sequence[str]) -> list[IdResidue] | None:
    """Every written cell read as one id with its residue, or ``None`` when one is not."""
    if not written or sum(len(v) for v in written) / len(written) > MAX_MEAN_CHARS:
        return None
    cells = []
    for value in written:
        cell = read_id_residue(value)
        if cell is None:
            return None
        cells.append(cell)
    return cells


def documented_id_share(values: Sequence[object]) -> float:
    """Share of the written cells that read as one id whose residue names a document or its expiry or issue year;
    0.0 when any written cell is not an id cell.

    Example::

        documented_id_share(["644 363 384", "608 131 785 / exp. 2033", "ID: 644 363 384"])  # 0.667
    """
    cells = _read_all(_written(values))
    if not cells:
        return 0.0
    return sum(c.document for c in cells) / len(cells)


def _checked(core: str) -> bool:
    return bool(column_id_schemes(core) or (" " in core and column_id_schemes(core.replace(" ", ""))))


def _dials(core: str, region: str) -> bool:
    """Whether the id part is a valid number of the table's phone plan."""
    import phonenumbers

    parsed = parse_phone(core, region)
    return parsed is not None and phonenumbers.is_valid_number(parsed)


def _evidence(cells: Sequence[IdResidue], region: str) -> tuple[float, str] | None:
    documented = sum(c.document for c in cells)
    if documented >= max(1, MIN_DOCUMENT_SHARE * len(cells)):
        return documented / len(cells), f"{documented} of {len(cells)} cells name the document or its expiry"
    placed = [c for c in cells if c.place]
    if not placed or documented + len(placed) < sum(c.dressed for c in cells):
        return None
    if all(_checked(c.core) and not _dials(c.core, region) for c in placed):
        return 0.8, f"{len(placed)} of {len(cells)} cells: a checked national id beside a place"
    return None


def id_part_columns(
    df: pd.DataFrame,
    names: Sequence[str],
    found: Mapping[str, ColumnDetection | None],
    region: str = "US",
) -> dict[str, ColumnDetection]:
    """National id findings for the columns of ``names`` left undecided (or read as free text) whose written cells
    are each one id and a residue naming its document or expiry (or a place beside a checked id). Only new
    findings; ``found`` is not modified.

    Example::

        id_part_columns(df, list(df.columns), found)  # {"ID seen": ColumnDetection(..., "national_id", ...)}
    """
    out: dict[str, ColumnDetection] = {}
    for name in names:
        det = found.get(name)
        if (det is not None and det.entity != E.FREE_TEXT) or name not in df.columns:
            continue
        if names_a_record_number(str(name)):
            continue
        series = df[name]
        if pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_datetime64_any_dtype(series.dtype):
            continue
        written = _written(series.head(SAMPLE_SIZE * 20).dropna().tolist())[:SAMPLE_SIZE]
        cells = _read_all(written)
        if not cells:
            continue
        evidence = _evidence(cells, region)
        if evidence is None:
            continue
        share, why = evidence
        out[name] = ColumnDetection(name, E.NATIONAL_ID, round(max(share, 0.7), 4), round(share, 4), "values",
                                    len(cells), None, why)  # fmt: skip
    return out
