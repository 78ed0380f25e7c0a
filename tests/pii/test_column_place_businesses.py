"""Firms named after their trade and street (``Bäckerei Lindenweg``) are no street column; company headers neither."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_place_businesses import business_reason, names_a_company, opens_or_closes_with_trade
from safe_synthesizer.pii.replace import plan_columns

_TRADES = ["Bäckerei", "Apotheke", "Friseur", "Metzgerei", "Autohaus", "Zahnarztpraxis"]
_STREETS = ["Lindenweg", "Ahornstraße", "Mühlgasse", "Rosenplatz", "Fichtenallee", "Birkenring", "Uferdamm",
            "Eichendorffstraße", "Kastanienweg", "Schillerplatz", "Goethegasse", "Tannenring"]  # fmt: skip


def test_trade_first_or_last_is_a_firm() -> None:
    assert opens_or_closes_with_trade("Apotheke Lindenweg")
    assert opens_or_closes_with_trade("Rue du Port Boulangerie")
    assert opens_or_closes_with_trade("Jalan Tutong, Kampung Kiulap Klinik")
    assert not opens_or_closes_with_trade("Lindenweg")
    assert not opens_or_closes_with_trade("Studio 4, Daly Brook")
    assert not opens_or_closes_with_trade("Calle Mayor 12, Oficina 305")


def test_company_headers() -> None:
    assert names_a_company("billing_company") and names_a_company("Firma") and names_a_company("Employer")
    assert not names_a_company("company_address") and not names_a_company("Straße")


def test_business_reason() -> None:
    firms = [f"{t} {s}" for t, s in zip(_TRADES * 2, _STREETS, strict=True)]
    assert business_reason(firms, "c005", "street_address") is not None
    assert business_reason(_STREETS, "c005", "street_address") is None
    assert business_reason(_STREETS, "c005", "name") is None


def _shop_table(rows: int = 120, seed: int = 43007) -> pd.DataFrame:
    rng = random.Random(seed)
    firms = [f"{rng.choice(_TRADES)} {rng.choice(_STREETS)}" for _ in range(rows)]
    return pd.DataFrame(
        {
            "order": range(5001, 5001 + rows),
            "first": [rng.choice(["Anna", "Jonas", "Lea", "Paul", "Mia", "Felix"]) for _ in range(rows)],
            "last": [rng.choice(["Becker", "Wolf", "Krüger", "Hahn", "Vogel", "Roth"]) for _ in range(rows)],
            "company": [f if rng.random() < 0.3 else None for f in firms],
            "street": [f"{rng.choice(_STREETS)} {rng.randint(1, 99)}" for _ in range(rows)],
            "plz": [f"{rng.randint(10000, 99999)}" for _ in range(rows)],
            "town": [rng.choice(["Kassel", "Fulda", "Gießen", "Marburg", "Wetzlar", "Hanau", "Bad Homburg"])
                     for _ in range(rows)],
        }
    )  # fmt: skip


def test_firm_column_of_a_shop_export_is_no_street_column() -> None:
    df = _shop_table()
    hidden = df.set_axis([f"c{i:03d}" for i in range(df.shape[1])], axis=1)
    for frame, firm in ((df, "company"), (hidden, "c003")):
        plans = {p.column: p.entity for p in plan_columns(frame, infer_schema(frame), ReplacePiiParameters())}
        assert plans.get(firm) is None, plans
        assert plans.get(firm.replace("company", "street").replace("c003", "c004")) == "street_address"


def test_firms_with_their_address_are_no_street_column() -> None:
    import pandas as pd

    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii import entities as E
    from safe_synthesizer.pii.column_detector import detect_columns

    trades = ["Boulangerie", "Pharmacie", "Coiffure", "Tabac"] * 5
    streets = ["rue des Lilas", "avenue Foch", "chemin Vert", "boulevard Carnot", "rue Nationale"] * 4
    firms = [f"{t} {n}, {s}" for t, n, s in zip(trades, range(3, 83, 4), streets, strict=True)]
    df = pd.DataFrame({"c005": firms})
    assert "c005" not in detect_columns(df, infer_schema(df), entities=E.ALL_ENTITIES)
