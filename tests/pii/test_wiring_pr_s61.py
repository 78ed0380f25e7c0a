"""Helper PR's session 61 hooks, end to end through ``plan_columns`` / ``replace_pii`` (values are not set 46's)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


_MEMBERS = [
    "Harriet Cole",
    "Owen Pryce",
    "Harriet Cole",
    "Megan Lloyd",
    "Owen Pryce",
    "Harriet Cole",
    "Gareth Rees",
    "Megan Lloyd",
    "Sian Morgan",
    "Owen Pryce",
    "Rhys Hughes",
    "Gareth Rees",
    "Carys Evans",
    "Dylan Price",
]
_HOMES = {
    "Harriet Cole": "12 Heol y Bont, Aberaeron, SA46 0AB",
    "Owen Pryce": "4 Ffordd Las, Lampeter, SA48 7HJ",
    "Megan Lloyd": "9 Stryd Fawr, Tregaron, SY25 6JL",
    "Gareth Rees": "27 Maes y Dre, Cardigan, SA43 1AA",
    "Sian Morgan": "3 Lon Goed, Aberystwyth, SY23 1PX",
    "Rhys Hughes": "51 Ffordd Newydd, Llandysul, SA44 4QS",
    "Carys Evans": "8 Rhiw Goch, Newcastle Emlyn, SA38 9AB",
    "Dylan Price": "19 Bryn Teg, New Quay, SA45 9NR",
}
_LOCOS = ["Silver Link", "Royal Scot", "Bittern", "Morning Glory", "Silver Link", "Coronation", "Royal Scot", "Bittern",
          "Green Knight", "Morning Glory", "Coronation", "Silver Link", "Green Knight", "Royal Scot"]  # fmt: skip


def test_locomotives_beside_the_members_addresses_are_no_towns_hidden() -> None:
    df = pd.DataFrame({"c000": [str(100 + 7 * i) for i in range(14)], "c001": _MEMBERS,
                       "c002": [f"07{700 + 37 * i:03d} 81{i:04d}" for i in range(14)],
                       "c003": [_HOMES[m] for m in _MEMBERS], "c004": _LOCOS})  # fmt: skip
    plans = _plans(df)
    assert plans.get("c003") in ("street_address", "address")
    assert plans.get("c004") is None


def test_gauges_beside_members_are_no_surnames() -> None:
    df = pd.DataFrame({"Member": [f"{g} {f}" for g, f in zip(["Vika", "Sione", "Ana", "Tevita", "Mele", "Losa"] * 2,
                                                              ["Lomu", "Tui", "Fifita", "Moa", "Taufa", "Vea"] * 2,
                                                              strict=True)],
                       "Surname": ["Lomu", "Tui", "Fifita", "Moa", "Taufa", "Vea"] * 2,
                       "Gauge": ["N", "HO", "OO", "G", "O", "HO", "N", "OO", "G", "O", "N", "HO"]})  # fmt: skip
    assert _plans(df).get("Gauge") is None


def test_an_inverted_person_gets_the_fake_of_the_same_person() -> None:
    people = ["Ryan Lucas", "Lucas | Ryan", "Attn: Ryan Lucas", "Anna Weber", "Weber | Anna", "Paul Smith",
              "Smith; Paul", "Eva Long", "Long | Eva", "Nils Berg", "Berg | Nils", "Tom Baker"]  # fmt: skip
    df = pd.DataFrame({"Member": people, "Phone": [f"0171 55{i:05d}" for i in range(len(people))]})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Member"].tolist()
    for plain, inverted in ((0, 1), (3, 4), (5, 6), (7, 8), (9, 10)):
        given, family = out[plain].split(" ", 1)
        mark = "; " if ";" in people[inverted] else " | "
        assert out[inverted] == f"{family}{mark}{given}", (out[plain], out[inverted])
    assert "Lucas" not in " ".join(out) and "Ryan" not in " ".join(out)
