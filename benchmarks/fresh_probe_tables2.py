"""Three more tables built unlike any test or benchmark set, for a new user's first run (H6 probe).

    .venv/bin/python benchmarks/fresh_probe_tables2.py OUT_DIR
    safe-synthesizer run --data-source OUT_DIR/releve_banque.csv --generation__num_records 1000
    .venv/bin/python benchmarks/fresh_probe_tables2.py --audit OUT_DIR/releve_banque.csv RUN/generate/synthetic_data.csv

``releve_banque.csv``: a French/Belgian bank export as Excel writes it: ``;`` separated, a UTF-8
BOM, CRLF line ends, lower-case accented column names (``libellé``, ``montant_€``), amounts
``1 234,56`` with narrow no-break spaces and negatives in parentheses ``(12,50)``, dates
``31/12/2024``, ``Mme``/``M.`` civilities, IBANs.
``hr_survey.csv``: a wide (45 columns) Excel survey/HR export with ~30 % blanks: Likert text,
``Yes/No/N/A``, ``85%``, durations ``1h 30m`` and ``01:30:00``, ``TRUE/FALSE``, a free-text
comment, ``EMP-`` ids that repeat (one row per survey wave), ZIP codes with leading zeros
(``02139``), years written ``2019.0``.
``sensor_log.csv``: epoch-millisecond stamps, ISO stamps with milliseconds and offsets, hex device
ids, IPv4 addresses, 6-decimal lat/lon, a status enum with rare values, tiny and huge floats
(``1e-7``, ``3.2e9``), a monotonically increasing counter.

Seeds 3141, 3159 and 3126 are used nowhere else. What the run found is in benchmarks/results/probe2.md.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pandas as pd
from faker import Faker

from probe_audit import audit

NNBSP = "\u202f"  # narrow no-break space: the thousands separator French Excel exports write


def _euros(x: float) -> str:
    """``-1234.5`` -> ``(1 234,50)`` with a narrow no-break space."""
    whole, frac = f"{abs(x):,.2f}".split(".")
    text = whole.replace(",", NNBSP) + "," + frac
    return f"({text})" if x < 0 else text


def _iban(rng: np.random.Generator, country: str) -> str:
    digits = "".join(str(d) for d in rng.integers(0, 10, 23 if country == "FR" else 12))
    body = f"{country}{rng.integers(10, 99)}{digits}"
    return " ".join(body[i : i + 4] for i in range(0, len(body), 4))


def releve_banque(n: int = 1500, seed: int = 3141) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    fk = Faker("fr_FR")
    fk.seed_instance(seed)
    holders = [(rng.choice(["Mme", "M.", "Mlle"], p=[0.48, 0.48, 0.04]), fk.last_name().upper(), fk.first_name(),
                rng.choice(["FR", "BE"], p=[0.8, 0.2])) for _ in range(120)]  # fmt: skip
    ibans = [_iban(rng, h[3]) for h in holders]
    merchants = ["CARREFOUR MARKET", "LECLERC", "SNCF INTERNET", "TOTALENERGIES", "FNAC", "PHARMACIE DU CENTRE",
                 "BOULANGERIE PAUL", "DECATHLON", "AMAZON EU SARL", "DELHAIZE"]  # fmt: skip
    categories = {"CB": "Achats", "PRLV SEPA": "Prélèvement", "VIR": "Virement", "RETRAIT DAB": "Espèces"}
    start = datetime(2023, 1, 1)
    balance = {i: float(rng.uniform(200, 8000)) for i in range(len(holders))}
    rows = []
    for _ in range(n):
        h = int(rng.integers(0, len(holders)))
        civ, last, first, country = holders[h]
        kind = str(rng.choice(list(categories), p=[0.55, 0.2, 0.15, 0.1]))
        op = start + timedelta(days=int(rng.integers(0, 700)))
        if kind == "CB":
            label = f"CB {rng.choice(merchants)} {op:%d/%m}"
            amount = -float(np.round(rng.lognormal(3.2, 0.9), 2))
        elif kind == "PRLV SEPA":
            label = f"PRLV SEPA {rng.choice(['EDF', 'ORANGE SA', 'FREE MOBILE', 'MAIF', 'ENGIE'])} ECH/{op:%d%m%y}"
            amount = -float(np.round(rng.lognormal(4.0, 0.6), 2))
        elif kind == "VIR":
            label = f"VIR {rng.choice(['SALAIRE', 'M.', 'Mme'])} {fk.last_name().upper()}"
            amount = float(np.round(rng.lognormal(7.4, 0.5), 2)) * (1 if rng.random() < 0.7 else -1)
        else:
            label = f"RETRAIT DAB {op:%d/%m} {fk.city().upper()}"
            amount = -float(rng.choice([20, 40, 50, 60, 100, 200]))
        balance[h] += amount
        rows.append({
            "date_opération": op.strftime("%d/%m/%Y"),
            "date_valeur": (op + timedelta(days=int(rng.integers(0, 3)))).strftime("%d/%m/%Y"),
            "libellé": label,
            "montant_€": _euros(amount),
            "solde_€": _euros(balance[h]),
            "catégorie": categories[kind],
            "civilité": civ,
            "nom": last,
            "prénom": first,
            "iban": ibans[h],
            "pays": country,
            "devise": "EUR",
            "réf_opération": f"{op:%Y%m%d}{rng.integers(0, 16**6):06X}",
        })  # fmt: skip
    return pd.DataFrame(rows)


LIKERT = ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"]


def hr_survey(n: int = 1800, seed: int = 3159) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    fk = Faker("en_US")
    fk.seed_instance(seed)
    people = []
    for _ in range(700):
        people.append({
            "employee_id": f"EMP-{rng.integers(1, 99999):05d}",
            "department": rng.choice(["Engineering", "Sales", "HR", "Finance", "Support", "Legal"],
                                     p=[0.35, 0.25, 0.08, 0.12, 0.17, 0.03]),
            "office_zip": rng.choice(["02139", "02142", "01701", "07030", "94105", "10001", "00501", "06510"]),
            "hire_year": f"{rng.integers(2005, 2025)}.0",
            "manager": fk.name(),
        })  # fmt: skip
    rows = []
    for i in range(n):
        p = people[int(rng.integers(0, len(people)))]
        tone = rng.normal(0, 1)
        row = dict(p)
        row["survey_wave"] = str(rng.choice(["2023-Q1", "2023-Q3", "2024-Q1", "2024-Q3"]))
        for q in range(1, 21):
            level = int(np.clip(np.round(2 + tone + rng.normal(0, 0.9)), 0, 4))
            row[f"q{q:02d}_{['engaged', 'growth', 'pay', 'manager', 'balance'][q % 5]}"] = LIKERT[level]
        for q in range(1, 7):
            row[f"yn{q}_{['remote', 'training', 'promo', 'overtime', 'equipment', 'referral'][q - 1]}"] = rng.choice(
                ["Yes", "No", "N/A"], p=[0.5, 0.35, 0.15])
        row["completion_pct"] = f"{int(rng.integers(40, 101))}%"
        row["bonus_pct"] = f"{rng.uniform(0, 15):.1f}%"
        minutes = int(rng.integers(5, 180))
        row["time_spent"] = (f"{minutes // 60}h {minutes % 60}m" if minutes >= 60 else f"{minutes}m") if i % 2 else (
            f"{minutes // 60:02d}:{minutes % 60:02d}:{int(rng.integers(0, 60)):02d}")
        row["commute"] = f"{int(rng.integers(0, 2))}h {int(rng.integers(0, 60))}m"
        row["is_manager"] = rng.choice(["TRUE", "FALSE"], p=[0.15, 0.85])
        row["wfh_eligible"] = rng.choice(["TRUE", "FALSE"])
        row["tenure_years"] = f"{rng.gamma(2, 2.5):.1f}"
        row["salary_band"] = rng.choice(["B1", "B2", "B3", "B4", "B5", "C1"])
        row["sick_days"] = str(int(rng.poisson(3)))
        row["enps"] = str(int(np.clip(np.round(7 + 2 * tone), 0, 10)))
        row["comment"] = rng.choice([
            "", f"My manager {fk.first_name()} is {rng.choice(['great', 'supportive', 'often unavailable'])}.",
            f"Would like more {rng.choice(['training', 'remote days', 'clarity on promotions'])} this year.",
            f"Workload has been {rng.choice(['heavy', 'fine', 'unpredictable'])} since {fk.month_name()}.",
        ], p=[0.4, 0.2, 0.2, 0.2])  # fmt: skip
        row["submitted"] = fk.date_between("-2y", "today").strftime("%m/%d/%Y")
        rows.append(row)
    df = pd.DataFrame(rows)
    # Excel exports leave many cells blank: knock out ~30 % of the survey answers at random.
    survey = [c for c in df.columns if c.startswith(("q", "yn")) or c in ("bonus_pct", "commute", "sick_days")]
    blank = rng.random((len(df), len(survey))) < 0.3
    for j, column in enumerate(survey):
        df.loc[blank[:, j], column] = ""
    return df


def sensor_log(n: int = 2000, seed: int = 3126) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    devices = [f"{rng.integers(0, 2**32):08x}" for _ in range(40)]
    ips = {d: f"10.{rng.integers(0, 256)}.{rng.integers(0, 256)}.{rng.integers(1, 255)}" for d in devices}
    sites = {d: (48.8 + rng.normal(0, 0.05), 2.35 + rng.normal(0, 0.08)) for d in devices}
    t = datetime(2025, 3, 1, tzinfo=UTC)
    counter = 1_000_000
    rows = []
    for _ in range(n):
        t += timedelta(milliseconds=int(rng.integers(50, 120_000)))
        counter += int(rng.integers(1, 50))
        d = devices[int(rng.integers(0, len(devices)))]
        offset = timezone(timedelta(hours=int(rng.choice([1, 2, -5, 0]))))
        local = t.astimezone(offset)
        lat, lon = sites[d]
        rows.append({
            "ts_ms": str(int(t.timestamp() * 1000)),
            "ts_local": local.isoformat(timespec="milliseconds"),
            "device": d,
            "ip": ips[d],
            "lat": f"{lat + rng.normal(0, 1e-4):.6f}",
            "lon": f"{lon + rng.normal(0, 1e-4):.6f}",
            "status": rng.choice(["OK", "WARN", "ERR_TIMEOUT", "ERR_CRC", "REBOOT"],
                                 p=[0.93, 0.05, 0.012, 0.006, 0.002]),
            "leak_current_a": f"{rng.lognormal(np.log(1e-7), 0.6):.3e}",
            "bytes_total": f"{rng.lognormal(np.log(3.2e9), 0.3):.4g}",
            "temp_c": f"{rng.normal(21, 3):.2f}",
            "seq": str(counter),
            "firmware": rng.choice(["v1.4.2", "v1.4.3", "v2.0.0-rc1"], p=[0.6, 0.38, 0.02]),
        })  # fmt: skip
    return pd.DataFrame(rows)


def write_all(out: Path) -> list[Path]:
    """Write the three tables to ``out``; the bank export as Excel writes a French CSV."""
    out.mkdir(parents=True, exist_ok=True)
    bank = out / "releve_banque.csv"
    releve_banque().to_csv(bank, sep=";", index=False, encoding="utf-8-sig", lineterminator="\r\n")
    hr = out / "hr_survey.csv"
    hr_survey().to_csv(hr, index=False)
    sensor = out / "sensor_log.csv"
    sensor_log().to_csv(sensor, index=False)
    return [bank, hr, sensor]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--audit"]:
        print("\n".join(audit(Path(sys.argv[2]), Path(sys.argv[3]))))
    else:
        paths = write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
        print("wrote " + ", ".join(str(p) for p in paths))
