"""Two tables built unlike any test or benchmark set, for a new user's first run (lead's probe).

    .venv/bin/python benchmarks/fresh_probe_tables.py OUT_DIR
    safe-synthesizer run --data-source OUT_DIR/german_patients.csv --generation__num_records 1000

``german_patients.csv``: repeated patient numbers, German names (some lower-case), phones in
``+49(0)``/``(0xxxx)`` layouts, dates in three formats, ``1.112,03 €`` amounts, ``16%``,
``n/a``/``-999``/``inf`` in weights, ICD-like codes. ``us_admissions.csv``: ``MRN`` ids,
``patient name``, ``Z``/``+00:00`` timestamps, ``$4,848.75``, ``unknown`` ages, notes with phones.
Seeds 777 and 4711 are used nowhere else. What the 2026-11-30 run found is in that day's note.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
from faker import Faker


def german_patients(n: int = 1500, seed: int = 777) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    fk = Faker("de_DE")
    fk.seed_instance(seed)
    date_formats = ["%d.%m.%Y", "%Y-%m-%d", "%m/%d/%Y"]
    rows = []
    for i, patient in enumerate(rng.integers(10000, 10400, n)):
        amount = rng.lognormal(7, 1.2)
        euro = f"{amount:,.2f} €".replace(",", "X").replace(".", ",").replace("X", ".")
        weight = f"{rng.normal(75, 12):.1f}" if rng.random() > 0.05 else str(rng.choice(["n/a", "-999", "inf"]))
        codes = [f"J{rng.integers(0, 99):02d}.{rng.integers(0, 9)}" for _ in range(3)] + ["U07.1"]
        rows.append({
            "pt_patnr": int(patient),
            "kunde_vorname": fk.first_name().lower() if i % 4 == 0 else fk.first_name(),
            "kunde_nachname": fk.last_name(),
            "telefon_nr": fk.phone_number(),
            "aufnahme_datum": fk.date_between("-5y", "today").strftime(date_formats[int(rng.integers(0, 3))]),
            "betrag_eur": euro,
            "rabatt": f"{rng.integers(0, 30)}%",
            "gewicht_kg": weight,
            "station": rng.choice(["A1", "B2", "C3", "ICU", "ER"], p=[0.3, 0.3, 0.2, 0.1, 0.1]),
            "entlassen": rng.choice(["ja", "nein"]),
            "diagnose_code": rng.choice(codes),
            "anzahl_besuche": int(rng.poisson(3)),
        })  # fmt: skip
    return pd.DataFrame(rows)


def us_admissions(n: int = 1200, seed: int = 4711) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    fk = Faker("en_US")
    fk.seed_instance(seed)
    rows = []
    for i in range(n):
        ts = fk.date_time_between("-2y", "now")
        note = f"Pt {fk.first_name()} seen {ts:%m/%d}; BP {rng.integers(90, 180)}/{rng.integers(60, 110)}. "
        rows.append({
            "mrn": f"MRN{rng.integers(0, 999999):06d}",
            "patient name": fk.name(),
            "zip": fk.zipcode() if rng.random() > 0.1 else f"0{rng.integers(1000, 9999)}",
            "admit_ts": ts.strftime("%Y-%m-%dT%H:%M:%S") + ("Z" if i % 2 else "+00:00"),
            "age": str(int(rng.integers(18, 95))) if rng.random() > 0.03 else "unknown",
            "is_smoker": rng.choice(["TRUE", "FALSE"], p=[0.2, 0.8]),
            "los_days": f"{rng.gamma(2, 2):.2f}",
            "charges_usd": f"${rng.lognormal(8, 1):,.2f}",
            "ward": rng.choice(["cardio", "onco", "neuro", "ortho", "peds"]),
            "outcome": rng.choice(["discharged", "transferred", "deceased"], p=[0.85, 0.12, 0.03]),
            "note": note + f"Call {fk.phone_number()}." if rng.random() > 0.3 else "",
            "email": fk.email() if rng.random() > 0.2 else None,
        })  # fmt: skip
    return pd.DataFrame(rows)


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    german_patients().to_csv(out / "german_patients.csv", index=False)
    us_admissions().to_csv(out / "us_admissions.csv", index=False)
    print(f"wrote {out / 'german_patients.csv'} and {out / 'us_admissions.csv'}")
