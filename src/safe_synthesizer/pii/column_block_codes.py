"""A number column standing in an address block right after its street is the block's postcode, not an id of an
unseen layout.

Why: the unseen-layout id rule (:mod:`column_id_unseen_layouts`) takes any long number of one layout beside a table's
people for a person's id, since no country's id checker knows it. A long postcode is such a number too: Iran's ten
digits (``85290-89848``), a US ZIP+4 (``12345-6789``), Brazil's CEP (``01310-100``); with the header hidden the
address block's postcode column was read as national ids (set 49, seen: hy_IR, where the town after it was then
left too). What tells them apart is not the digits but where the column stands: a clerk writes a postcode between
the street and the town, and a person's paper anywhere but there. So an id finding of that rule (no check digit
decided it) is given back as a postcode when

- the column right before it is a street or address column found by any pass, and
- its cells are one to two groups of digits (a postcode's layout: one blank or hyphen at most), no letters.

A checked id (its method is not the table rule's) is never touched, wherever it stands.

Example::

    found = {"c004": street_finding, "c005": ColumnDetection("c005", "national_id", 0.9, 0.9, "values+table", 0)}
    block_code_postcodes(df, found)["c005"].entity  # "postcode"
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection

__all__ = ["block_code_postcodes"]

_STREETS = frozenset({E.STREET_ADDRESS, E.ADDRESS})
# One or two digit groups, one blank or hyphen between: a postcode's layout.
_CODE = re.compile(r"^\d{3,6}(?:[ \-]\d{3,5})?$")
SAMPLE_SIZE = 200
MIN_CODE_SHARE = 0.9
# The method the table passes give their findings (an unseen layout: no checker decided).
TABLE_METHOD = "values+table"


def block_code_postcodes(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> dict[str, ColumnDetection]:
    """Postcode findings for the unseen-layout id findings of ``found`` that stand right after a street column
    and are written as postcodes (see the module docstring). Only changed findings; ``found`` is not modified."""
    out: dict[str, ColumnDetection] = {}
    columns = list(df.columns)
    for i, name in enumerate(columns):
        det = found.get(name)
        if det is None or det.entity != E.NATIONAL_ID or det.method != TABLE_METHOD or i == 0:
            continue
        before = found.get(columns[i - 1])
        if before is None or before.entity not in _STREETS:
            continue
        values = [str(v).strip() for v in df[name].dropna().head(SAMPLE_SIZE) if str(v).strip()]
        if not values or sum(bool(_CODE.match(v)) for v in values) < MIN_CODE_SHARE * len(values):
            continue
        out[name] = dataclasses.replace(
            det,
            entity=E.POSTCODE,
            evidence=f"an id of no checked layout right after the street column, written as a postcode; {det.evidence}",
        )
    return out
