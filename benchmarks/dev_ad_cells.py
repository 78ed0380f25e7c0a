"""Dev (helper AD): one column of a held-out-35-shaped table, its values and which place checks each passes.

Usage: PYTHONPATH=src:benchmarks python benchmarks/dev_ad_cells.py en_GG:35002:STREET_1 ...
"""

from __future__ import annotations

import sys

import pandas as pd

import heldout35_shapes
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.validators.places import is_named_street, is_unnumbered_street

ENTITIES = ("street_address", "address", "city", "postcode", "name", "first_name", "last_name", "state")


def show(locale: str, seed: int, column: str) -> None:
    table = heldout35_shapes.heldout35_table(locale, seed)
    series = table.frame[column]
    hidden = pd.Series(series.values, name="c001")
    schema = infer_schema(hidden.to_frame())
    det = detect_column(hidden, schema.columns[0], entities=ENTITIES)
    print(f"== {locale}/{seed} {column!r}: hidden -> {det and (det.entity, round(det.confidence, 2), det.evidence)}")
    for v in list(dict.fromkeys(series.dropna().astype(str)))[:25]:
        print(f"   {V.is_street_any(v):d}{is_named_street(v):d}{is_unnumbered_street(v):d}{V.is_address_any(v):d}"
              f"{V.is_listed_city(v):d}{V.has_place_marker(v):d} {v!r}")  # fmt: skip


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        loc, seed, col = arg.split(":", 2)
        show(loc, int(seed), col)
