"""The Honduran DNI as a layout scheme: found in a column with its name hidden, faked in its scheme."""

from __future__ import annotations

import numpy as np
import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_id_layouts import layout_id_schemes
from safe_synthesizer.pii.fake_id_layouts import fake_layout_id
from safe_synthesizer.pii.replace import plan_columns


def test_scheme() -> None:
    assert layout_id_schemes("0501-1977-03318") == ["hn.dni"]
    assert layout_id_schemes("1503199100412") == ["hn.dni"]
    assert layout_id_schemes("2501-1977-03318") == []  # no 25th department
    assert layout_id_schemes("0501-2977-03318") == []  # no such year


def test_fake_keeps_scheme_and_layout() -> None:
    fake = fake_layout_id("0501-1977-03318", np.random.default_rng(1))
    assert fake is not None and fake != "0501-1977-03318"
    assert layout_id_schemes(fake) == ["hn.dni"] and fake[4] == "-" and fake[9] == "-"


def test_dni_column_with_its_name_hidden_is_an_id_not_a_phone() -> None:
    rng = np.random.default_rng(4)
    ids = [f"{rng.integers(1, 19):02d}{rng.integers(1, 25):02d}-{rng.integers(1950, 2004)}-{rng.integers(0, 10**5):05d}"
           for _ in range(30)]  # fmt: skip
    df = pd.DataFrame({"c000": ids, "c001": ["Activo", "Baja", "Activo"] * 10})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c000") == "national_id"
