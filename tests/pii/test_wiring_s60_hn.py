"""Session 60 (helper HN) handles wired into the PII stage: each test goes through ``replace_pii`` / the run's fake
mapper, so it fails when the handle reader exists but is not hooked in. Values are invented, not set 45's."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.fakes import FakeMapper
from safe_synthesizer.pii.replace import replace_pii

_PEOPLE = [("Tadeo", "Wirihana"), ("Mereana", "Kotuku"), ("Hemi", "Parata"), ("Aroha", "Tamihana"),
           ("Wiremu", "Ngata"), ("Ngaio", "Tawhiri"), ("Rangi", "Whaanga"), ("Kiri", "Horomona")]  # fmt: skip


def _replaced(df: pd.DataFrame) -> pd.DataFrame:
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data


def test_a_register_mixing_names_and_handles_with_digits_anywhere_is_replaced() -> None:
    cells = []
    for k, (given, family) in enumerate(_PEOPLE):
        layouts = [f"{given[0].lower()}{k + 31}{family.lower()}", f"{family.lower()}{k + 60}{given[0].lower()}",
                   f"{given.lower()}{k + 12}.{family.lower()}"]  # fmt: skip
        cells += [f"{given} {family}", layouts[k % 3], f"{given} {family}"]
    df = pd.DataFrame({"Entrant": cells, "Lane": [k % 6 + 1 for k in range(len(cells))]})
    out = _replaced(df)["Entrant"].tolist()
    for original, fake in zip(cells, out, strict=True):
        assert original != fake
        if " " not in original:  # a handle keeps its layout: digits and separators in place
            assert [c for c in fake if not c.isalpha()] == [c for c in original if not c.isalpha()]
    assert not any(family.lower() in " ".join(out).lower() for _, family in _PEOPLE)


def test_a_login_column_holding_its_rows_names_is_replaced() -> None:
    df = pd.DataFrame({
        "Name": [f"{g} {f}" for g, f in _PEOPLE],
        "acct": [f"{g[0].lower()}{f.lower()}{k + 3}" for k, (g, f) in enumerate(_PEOPLE)],
        "sku": [f"lamp-{k:02d}-blue" for k in range(len(_PEOPLE))],
    })  # fmt: skip
    out = _replaced(df)
    assert all(a != b for a, b in zip(df["acct"], out["acct"], strict=True))
    assert out["sku"].tolist() == df["sku"].tolist()


def test_a_handle_gets_the_fake_of_its_person() -> None:
    mapper = FakeMapper(["en_US"], seed=3)
    fakes = mapper.map_values("name", ["Tadeo Wirihana", "tadeo77.wirihana"], locale="en_US")
    given, family = fakes["Tadeo Wirihana"].lower().split()[0], fakes["Tadeo Wirihana"].lower().split()[-1]
    assert fakes["tadeo77.wirihana"] == f"{given}77.{family}"
