"""Phones split after their plan's prefix are phones, not national ids (PT's ``grouped_after_prefix``, wired)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns


def test_phones_split_after_their_prefix_are_no_national_ids() -> None:
    """German mobiles ``01515 8992969`` pass a national id's digit check three times in four."""
    values = ["01515 8992969", "01513 2192909", "01510 7771506", "01517 2069189", "01516 7292871", "01518 6428422",
              "01510 5403477", "01510 0618178", "01518 5273712", "01517 6390887", "01513 6198840", "01513 2421697",
              "01517 4576100", "01516 8985677", "01516 4328276", "01514 6767333"]  # fmt: skip
    df = pd.DataFrame({"c001": values})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c001") == "phone_number"
